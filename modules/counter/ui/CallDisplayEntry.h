#pragma once

#include "counter/ui/BilingualText.h"

#include <QDateTime>
#include <QString>

namespace madoguchi::counter {

// One call of a queue ticket, as the call display shows it.
struct CallDisplayEntry
{
    QString ticket;        // as printed on the slip: prefix and number, "A-012"
    BilingualText counter; // where to go: {"3番窓口", "counter 3"}
    QDateTime calledAt;    // not shown; kept for the host's own bookkeeping
};

} // namespace madoguchi::counter
