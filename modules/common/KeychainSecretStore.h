#pragma once

#include "common/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace madoguchi {

// SecretStore on the OS keychain through QtKeychain: Secret Service (gnome-keyring, KWallet)
// on Linux, Credential Manager on Windows, Keychain on macOS. Never uses QtKeychain's
// insecure plain-text fallback.
//
// Until probe() has run, isAvailable() is false ("not checked yet") but calls are still
// attempted; main.cpp probes at start-up and falls back to NullSecretStore if the probe fails.
//
// Windows' Credential Manager limits a secret to 2560 bytes (Nextcloud chunks larger ones);
// our secrets (data key, passwords) are far smaller, so no chunking is done.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_reason; }

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QByteArray& data, QObject* context, StatusCallback done) override;
    void remove(const QString& key, QObject* context, StatusCallback done) override;

    // Checks that the keychain really works by writing, reading back and deleting a probe
    // entry, and sets isAvailable()/unavailableReason() from the result. A failure is retried
    // once after retryDelayMs() because at login the keyring daemon may not be up yet.
    void probe(QObject* context, StatusCallback done);

    int retryDelayMs() const { return m_retryDelayMs; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

private:
    void probeOnce(bool mayRetry, const QPointer<QObject>& context, StatusCallback done);
    void finishProbe(const Status& status, bool mayRetry, const QPointer<QObject>& context,
                     StatusCallback done);

    bool m_available = false;
    QString m_reason;
    int m_retryDelayMs = 1500;
};

} // namespace madoguchi
