#pragma once

#include "common/SessionClock.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QTimer;

namespace madoguchi {

class Settings;

// The rules of a signed-in session, without any widget: the screen locks after a period without
// user activity (session/idleLockMinutes, 0 = never) and the session ends after an absolute limit
// (session/maxSessionHours, 0 = none) even if the clerk keeps working, so that a shared counter
// PC never stays signed in overnight. The widget layer reports activity and shows the lock
// screen; this class only decides when.
class SessionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIdleLockMinutes = 10;
    static constexpr int defaultMaxSessionHours = 10;

    // `clock` must outlive the guard. `checkIntervalMs` is how often the real timer polls the
    // clock; 0 disables the timer (tests call check() themselves).
    explicit SessionGuard(const SessionClock& clock, int checkIntervalMs = 5000, QObject* parent = nullptr);
    ~SessionGuard() override;

    // Reads session/idleLockMinutes and session/maxSessionHours (the policy wins over the user).
    void applySettings(const Settings& settings);
    void setIdleLockMinutes(int minutes);
    void setMaxSessionHours(int hours);
    int idleLockMinutes() const { return m_idleLockMinutes; }
    int maxSessionHours() const { return m_maxSessionHours; }

    // A staff member signed in / out.
    void start();
    void stop();
    bool isActive() const { return m_active; }
    bool isLocked() const { return m_locked; }
    QDateTime sessionStarted() const { return m_started; }

    // Keyboard or mouse input while unlocked restarts the idle period; ignored while locked
    // (moving the mouse over the lock screen must not count).
    void recordActivity();
    // The lock screen was opened by hand (Ctrl+L).
    void lockNow();
    // The right password was entered on the lock screen.
    void unlock();

    // Compares the clock with the deadlines; emits at most one signal per transition.
    void check();

Q_SIGNALS:
    void lockRequired();
    void sessionExpired();

private:
    const SessionClock& m_clock;
    QTimer* m_timer = nullptr;
    int m_idleLockMinutes = defaultIdleLockMinutes;
    int m_maxSessionHours = defaultMaxSessionHours;
    bool m_active = false;
    bool m_locked = false;
    QDateTime m_started;
    QDateTime m_lastActivity;
};

} // namespace madoguchi
