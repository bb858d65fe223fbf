#pragma once

#include "common/SecretStore.h"

#include <QHash>

namespace madoguchi::test {

// An in-memory SecretStore for the logic tests of madoguchi_sync (the keychain itself is
// covered by tst_keychainsecretstore). It delivers like the real one: later, in the context's
// thread.
class MemorySecretStore : public SecretStore
{
public:
    QHash<QString, QByteArray> entries;

    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }
    void read(const QString& key, QObject* context, ReadCallback done) override
    {
        Result<QByteArray> result = entries.contains(key)
                                        ? Result<QByteArray>(entries.value(key))
                                        : Result<QByteArray>(makeError(QStringLiteral("secret.notFound"),
                                                                       QStringLiteral("not found"), key));
        invokeInContext(context, [done, result] { done(result); });
    }
    void write(const QString& key, const QByteArray& data, QObject* context, StatusCallback done) override
    {
        entries.insert(key, data);
        invokeInContext(context, [done] { done(Status()); });
    }
    void remove(const QString& key, QObject* context, StatusCallback done) override
    {
        entries.remove(key);
        invokeInContext(context, [done] { done(Status()); });
    }
};

} // namespace madoguchi::test
