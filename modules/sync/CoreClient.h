#pragma once

#include "common/Result.h"
#include "sync/CoreClientConfig.h"
#include "sync/CoreTypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace madoguchi::sync {

// One transaction of a POST /v1/transactions:batch request.
struct BatchEntry
{
    QString idempotencyKey;  // a UUID
    QJsonObject transaction; // visitId, sequence, committedAt, items
    // The same transaction already serialised as compact JSON (as the outbox stores it); when
    // set, it is sent as is and `transaction` is not used.
    QByteArray transactionJson;
};

// The client of the core system's API (docs/api/openapi.yaml) over mutual TLS, on
// QNetworkAccessManager: asynchronous, never blocks the thread it lives in.
//
// Every call takes a `context` and a callback that is called exactly once, later, in the
// context's thread — not at all if the context was destroyed first (SecretStore's rules).
// Retryable failures (offline, timeout, 5xx, 429 with Retry-After) are retried with
// exponential backoff and jitter up to config.maxAttempts; 4xx answers never are. The result is
// the decoded answer or an Error of the taxonomy in CoreErrors.h.
class CoreClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit CoreClient(QObject* parent = nullptr);
    ~CoreClient() override;

    // Applies a configuration; on an error (CoreTlsSetup's codes) every request fails with it
    // until a good configuration is applied. Open connections are dropped either way.
    Status configure(const CoreClientConfig& config);
    const CoreClientConfig& config() const { return m_config; }
    std::optional<Error> configurationError() const { return m_configError; }

    // `attempts` overrides config.maxAttempts for one call (a health probe wants 1).
    void health(QObject* context, Callback<Health> done, int attempts = 1);
    void resident(const QString& residentId, QObject* context, Callback<ResidentRecord> done);
    void searchResidents(const QString& name, const QString& birthDate, QObject* context,
                         Callback<ResidentList> done);
    // The number travels in the POST body only and is never logged.
    void residentByMyNumber(const QString& myNumber, QObject* context, Callback<ResidentRecord> done);
    void taxCertificates(const QString& residentId, std::optional<int> fiscalYear, QObject* context,
                         Callback<TaxCertificateData> done);
    void sealRegistration(const QString& residentId, QObject* context, Callback<SealRegistration> done);
    void koseki(const QString& residentId, QObject* context, Callback<Koseki> done);
    void commitTransaction(const QString& idempotencyKey, const QJsonObject& transaction, QObject* context,
                           Callback<TransactionReceipt> done);
    void commitBatch(const QList<BatchEntry>& entries, QObject* context, Callback<BatchResult> done,
                     int attempts = -1);
    void registerSlip(const QJsonObject& slip, QObject* context, Callback<Slip> done);
    void slip(const QString& slipNumber, QObject* context, Callback<Slip> done);
    void changes(const QString& since, int limit, QObject* context, Callback<ChangePage> done);

    // Requests started and not yet finished.
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // After every call's final outcome (retries done): an empty error.code means success.
    // ConnectionMonitor listens to this, so real traffic keeps the connection state current.
    void exchangeFinished(const madoguchi::Error& error);

private:
    struct Call;
    template <typename T>
    void request(std::shared_ptr<Call> call, Result<T> (*decode)(const QByteArray&), QObject* context,
                 Callback<T> done);
    void send(const std::shared_ptr<Call>& call);
    void finishAttempt(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    // Answers at least this large are decoded on a worker thread: a thread switch costs less
    // than parsing them only from a few tens of kilobytes on.
    static constexpr qsizetype kDecodeInBackgroundBytes = 32 * 1024;

    CoreClientConfig m_config;
    QSslConfiguration m_tls;
    std::optional<Error> m_configError;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_inFlight = 0;
};

} // namespace madoguchi::sync
