#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

namespace madoguchi {

// Where Madoguchi keeps its secrets (the data key, the PostgreSQL password, ...): the OS
// keychain through QtKeychain, or NullSecretStore when there is none. Built once by main.cpp
// and passed to whoever needs it.
//
// The API is asynchronous because the keychain is (Secret Service over D-Bus; a call may wait
// for the user to unlock a keyring). Every `done` is called exactly once, later (never from
// inside the call), in the thread of `context` — unless `context` was destroyed first, in
// which case it is not called at all. `context` must not be destroyed concurrently from
// another thread while a result is being delivered.
//
// Error codes: secret.notFound, secret.unavailable, secret.accessDenied, secret.failed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<QByteArray>)>;
    using StatusCallback = std::function<void(Status)>;

    // The keychain service name every entry is filed under.
    static QString serviceName() { return QStringLiteral("Madoguchi"); }

    explicit SecretStore(QObject* parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    // False when secrets cannot be stored; unavailableReason() then says why (translated).
    virtual bool isAvailable() const = 0;
    virtual QString unavailableReason() const = 0;

    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& key, const QByteArray& data, QObject* context, StatusCallback done) = 0;
    // Removing an entry that does not exist succeeds: the caller wanted it gone.
    virtual void remove(const QString& key, QObject* context, StatusCallback done) = 0;
};

// Runs `fn` later in the thread of `context` if it is still alive. A queued call (never a
// direct one) so that callbacks never re-enter the code that started the operation; Qt drops
// a queued call when its receiver is deleted.
template <typename Fn>
void invokeInContext(const QPointer<QObject>& context, Fn&& fn)
{
    if (QObject* receiver = context.data())
        QMetaObject::invokeMethod(receiver, std::forward<Fn>(fn), Qt::QueuedConnection);
}

} // namespace madoguchi
