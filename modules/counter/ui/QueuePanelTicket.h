#pragma once

#include <QDateTime>
#include <QString>

namespace madoguchi::counter {

// A ticket waiting to be called, as the queue panel lists it.
struct QueuePanelTicket
{
    QString ticket;     // "A-012"
    QString categoryId; // a QueuePanelCategory::id
    QDateTime issuedAt; // the wait is counted from here
};

} // namespace madoguchi::counter
