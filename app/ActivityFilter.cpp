#include "ActivityFilter.h"

#include "common/SessionGuard.h"

#include <QEvent>

namespace madoguchi {

ActivityFilter::ActivityFilter(SessionGuard& guard, QObject* parent)
    : QObject(parent)
    , m_guard(guard)
{}

bool ActivityFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_guard.recordActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace madoguchi
