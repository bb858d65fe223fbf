#include "common/SessionGuard.h"

#include "common/Settings.h"

#include <QTimer>

#include <algorithm>

namespace madoguchi {

SessionGuard::SessionGuard(const SessionClock& clock, int checkIntervalMs, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    if (checkIntervalMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setInterval(checkIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &SessionGuard::check);
    }
}

SessionGuard::~SessionGuard() = default;

void SessionGuard::applySettings(const Settings& settings)
{
    setIdleLockMinutes(settings.intValue(SettingKey::SessionIdleLockMinutes));
    setMaxSessionHours(settings.intValue(SettingKey::SessionMaxSessionHours));
}

void SessionGuard::setIdleLockMinutes(int minutes)
{
    m_idleLockMinutes = std::max(0, minutes);
}

void SessionGuard::setMaxSessionHours(int hours)
{
    m_maxSessionHours = std::max(0, hours);
}

void SessionGuard::start()
{
    m_active = true;
    m_locked = false;
    m_started = m_clock.now();
    m_lastActivity = m_started;
    if (m_timer)
        m_timer->start();
}

void SessionGuard::stop()
{
    m_active = false;
    m_locked = false;
    if (m_timer)
        m_timer->stop();
}

void SessionGuard::recordActivity()
{
    if (m_active && !m_locked)
        m_lastActivity = m_clock.now();
}

void SessionGuard::lockNow()
{
    if (!m_active || m_locked)
        return;
    m_locked = true;
    Q_EMIT lockRequired();
}

void SessionGuard::unlock()
{
    if (!m_active)
        return;
    m_locked = false;
    m_lastActivity = m_clock.now();
    // The absolute limit may have passed while the screen was locked.
    check();
}

void SessionGuard::check()
{
    if (!m_active)
        return;
    const QDateTime now = m_clock.now();
    if (m_maxSessionHours > 0 && m_started.secsTo(now) >= qint64(m_maxSessionHours) * 3600) {
        stop();
        Q_EMIT sessionExpired();
        return;
    }
    if (!m_locked && m_idleLockMinutes > 0 && m_lastActivity.secsTo(now) >= qint64(m_idleLockMinutes) * 60) {
        m_locked = true;
        Q_EMIT lockRequired();
    }
}

} // namespace madoguchi
