#include "counter/TicketNumber.h"

namespace madoguchi::counter {

QString TicketNumber::format(const QString& prefix, int sequence)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(sequence, 3, 10, QLatin1Char('0'));
}

} // namespace madoguchi::counter
