#include "sync/OutboxItem.h"

namespace madoguchi::sync {

QString OutboxItem::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

OutboxState OutboxItem::stateFromName(const QString& name)
{
    if (name == QLatin1String("queued"))
        return OutboxState::Queued;
    if (name == QLatin1String("sending"))
        return OutboxState::Sending;
    if (name == QLatin1String("delivered"))
        return OutboxState::Delivered;
    return OutboxState::Failed;
}

} // namespace madoguchi::sync
