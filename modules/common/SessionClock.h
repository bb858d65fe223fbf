#pragma once

#include <QDateTime>

namespace madoguchi {

// The time source of SessionGuard. Production uses SystemSessionClock; tests substitute a clock
// they can advance, so idle-lock behaviour is tested without waiting ten minutes.
class SessionClock
{
public:
    virtual ~SessionClock() = default;
    virtual QDateTime now() const = 0;
};

class SystemSessionClock final : public SessionClock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace madoguchi
