#pragma once

#include "common/SecretStore.h"

namespace madoguchi {

// The store used when no keychain service works (no Secret Service on the session bus, a
// probe that failed): every call fails with secret.unavailable and the reason given at
// construction, so that features needing secrets can hide themselves and say why.
class NullSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit NullSecretStore(QString reason, QObject* parent = nullptr);

    bool isAvailable() const override { return false; }
    QString unavailableReason() const override { return m_reason; }

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& data, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

private:
    Error unavailable(const QString& key) const;

    QString m_reason;
};

} // namespace madoguchi
