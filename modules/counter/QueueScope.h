#pragma once

#include <QStringList>

namespace madoguchi::counter {

// What one counter calls from the queue: tickets of the categories it serves, and visits handed
// off to it (by its counter id, the caller's VisitActor) or to one of its departments.
struct QueueScope
{
    QStringList categoryIds;
    QStringList departmentIds;
};

} // namespace madoguchi::counter
