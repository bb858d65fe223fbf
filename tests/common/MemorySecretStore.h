#pragma once

#include "common/SecretStore.h"

#include <QHash>

namespace madoguchi::test {

// An in-memory SecretStore for logic tests (tst_datakeymanager, the sync tests); the real keychain
// path is covered by tst_keychainsecretstore. It delivers like the real one: later, in the context's thread.
class MemorySecretStore : public SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    int writes = 0;
    int failWriteNumber = -1; // the n-th write (1-based) fails

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
        Status status;
        if (++writes == failWriteNumber)
            status = makeError(QStringLiteral("secret.failed"), QStringLiteral("write refused"), key);
        else
            entries.insert(key, data);
        invokeInContext(context, [done, status] { done(status); });
    }
    void remove(const QString& key, QObject* context, StatusCallback done) override
    {
        entries.remove(key);
        invokeInContext(context, [done] { done(Status()); });
    }
};

} // namespace madoguchi::test
