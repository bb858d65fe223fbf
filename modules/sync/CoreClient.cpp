#include "sync/CoreClient.h"

#include "common/BackgroundJob.h"
#include "common/Logging.h"
#include "common/SecretStore.h"
#include "sync/Backoff.h"
#include "sync/CoreDecoder.h"
#include "sync/CoreErrors.h"
#include "sync/CoreTlsSetup.h"
#include "sync/JsonString.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace madoguchi::sync {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

struct CoreClient::Call
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString what;        // translated, for messages: "resident lookup"
    int maxAttempts = 0; // 0: the configuration's
    int attempt = 0;
    bool closedOnce = false; // a RemoteHostClosed already retried once
    QList<QSslError> sslErrors;
    QElapsedTimer timer;
    std::function<void(Result<QByteArray>)> finish;
};

CoreClient::CoreClient(QObject* parent)
    : QObject(parent)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_configError = makeError(QStringLiteral("core.config.baseUrl"),
                              tr("The link to the core system is not configured. Ask IT to set it up."));
}

CoreClient::~CoreClient()
{
    // Requests still running are dropped without their callbacks: aborting them would otherwise
    // call back into this half-destroyed object from the manager's destructor.
    const QList<QNetworkReply*> replies = m_manager->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

Status CoreClient::configure(const CoreClientConfig& config)
{
    m_config = config;
    m_manager->clearConnectionCache();
    Result<QSslConfiguration> tls = CoreTlsSetup::build(config);
    if (!tls) {
        m_configError = tls.error();
        qCWarning(lcSync) << "core link not configured:" << tls.error().code << tls.error().where;
        return tls.error();
    }
    m_tls = tls.value();
    m_configError.reset();
    qCInfo(lcSync) << "core link configured for" << config.baseUrl.toString();
    return {};
}

template <typename T>
void CoreClient::request(std::shared_ptr<Call> call, Result<T> (*decode)(const QByteArray&), QObject* context,
                         Callback<T> done)
{
    const QPointer<QObject> guard(context);
    const QPointer<CoreClient> self(this);
    const auto deliver = [self, guard, done = std::move(done)](Result<T> result) {
        if (self)
            Q_EMIT self->exchangeFinished(result ? Error{} : result.error());
        invokeInContext(guard, [done, result = std::move(result)] { done(result); });
    };
    call->finish = [this, decode, deliver](Result<QByteArray> body) {
        if (body && body.value().size() >= kDecodeInBackgroundBytes) {
            // A batch's answer (500 results, ~150 KB) took the caller's thread — the GUI thread in
            // the app — several milliseconds to parse and check. It is decoded on a worker
            // instead; the answer still arrives on this thread, and not at all once this client
            // is gone (runInBackground's watcher is its child).
            runInBackground<Result<T>>(
                this, [decode, bytes = body.value()] { return decode(bytes); }, deliver);
            return;
        }
        deliver(body ? decode(body.value()) : Result<T>(body.error()));
    };
    if (m_configError) {
        const Error error = *m_configError;
        // Asynchronous like every other outcome, so callers never see a callback re-entering.
        QTimer::singleShot(0, this, [call, error] { call->finish(error); });
        return;
    }
    if (call->maxAttempts < 1)
        call->maxAttempts = std::max(1, m_config.maxAttempts);
    ++m_inFlight;
    send(call);
}

void CoreClient::send(const std::shared_ptr<Call>& call)
{
    ++call->attempt;
    call->sslErrors.clear();
    call->timer.start();
    QUrl url = m_config.baseUrl;
    url.setPath(m_config.baseUrl.path().chopped(m_config.baseUrl.path().endsWith(u'/') ? 1 : 0) + call->path,
                QUrl::TolerantMode);
    if (!call->query.isEmpty())
        url.setQuery(call->query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_config.timeoutMs);
    // The core speaks HTTP/1.1; ALPN negotiation for h2 would only add a round of guessing.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!call->body.isEmpty() || call->method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& header : call->headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply* reply = call->method == "GET"
                               ? m_manager->get(request)
                               : m_manager->sendCustomRequest(request, call->method, call->body);
    connect(reply, &QNetworkReply::sslErrors, this,
            [call](const QList<QSslError>& errors) { call->sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finishAttempt(call, reply); });
}

void CoreClient::finishAttempt(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    CoreExchange exchange;
    exchange.networkError = reply->error();
    exchange.networkErrorString = reply->errorString();
    exchange.sslErrors = call->sslErrors;
    exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        exchange.body = reply->readAll();
    exchange.contentType = reply->rawHeader("Content-Type");
    exchange.retryAfter = reply->rawHeader("Retry-After");
    // Qt aborts a request whose transfer timeout fired with OperationCanceledError; nothing
    // else here aborts a request, so that error means "no answer in time".
    exchange.timedOut = exchange.networkError == QNetworkReply::OperationCanceledError;

    const qint64 elapsed = call->timer.elapsed();
    const std::optional<Error> error = CoreErrors::classify(exchange, call->what);
    qCDebug(lcSync).noquote() << call->method << call->path << "attempt" << call->attempt << "->"
                              << exchange.httpStatus << (error ? error->code : QStringLiteral("ok"))
                              << elapsed << "ms";
    if (!error) {
        --m_inFlight;
        call->finish(exchange.body);
        return;
    }

    bool retry = CoreErrors::isRetryable(exchange);
    // A connection closed without an answer is what a refused client certificate looks like,
    // but also what a core restarting mid-request looks like: try once more before blaming
    // the certificate (a restarting core then shows up as refused, i.e. offline).
    if (exchange.networkError == QNetworkReply::RemoteHostClosedError && !call->closedOnce) {
        call->closedOnce = true;
        retry = true;
    }
    if (retry && call->attempt < call->maxAttempts) {
        const Backoff backoff(m_config.backoffBaseMs, m_config.backoffMaxMs);
        const int delay = backoff.delayMs(call->attempt, CoreErrors::retryAfterMs(exchange.retryAfter));
        qCInfo(lcSync).noquote() << call->method << call->path << "failed (" << error->code << error->where
                                 << "), retry in" << delay << "ms";
        QTimer::singleShot(delay, this, [this, call] { send(call); });
        return;
    }
    qCWarning(lcSync).noquote() << call->method << call->path << "failed after" << call->attempt
                                << "attempt(s):" << error->code << error->where << error->message;
    --m_inFlight;
    call->finish(*error);
}

void CoreClient::health(QObject* context, Callback<Health> done, int attempts)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/v1/health");
    call->what = tr("connection check");
    call->maxAttempts = attempts;
    request(call, &CoreDecoder::health, context, std::move(done));
}

void CoreClient::resident(const QString& residentId, QObject* context, Callback<ResidentRecord> done)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/v1/residents/") + pathSegment(residentId);
    call->what = tr("resident lookup");
    request(call, &CoreDecoder::resident, context, std::move(done));
}

void CoreClient::searchResidents(const QString& name, const QString& birthDate, QObject* context,
                                 Callback<ResidentList> done)
{
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->path = QStringLiteral("/v1/residents/search");
    call->body = compact({{QStringLiteral("name"), name}, {QStringLiteral("birthDate"), birthDate}});
    call->what = tr("resident search");
    request(call, &CoreDecoder::residentList, context, std::move(done));
}

void CoreClient::residentByMyNumber(const QString& myNumber, QObject* context, Callback<ResidentRecord> done)
{
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->path = QStringLiteral("/v1/residents/by-my-number");
    call->body = compact({{QStringLiteral("myNumber"), myNumber}});
    call->what = tr("resident lookup by My Number");
    request(call, &CoreDecoder::resident, context, std::move(done));
}

void CoreClient::taxCertificates(const QString& residentId, std::optional<int> fiscalYear, QObject* context,
                                 Callback<TaxCertificateData> done)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/v1/residents/%1/tax-certificates").arg(pathSegment(residentId));
    if (fiscalYear)
        call->query.addQueryItem(QStringLiteral("fiscalYear"), QString::number(*fiscalYear));
    call->what = tr("tax certificate data");
    request(call, &CoreDecoder::taxCertificates, context, std::move(done));
}

void CoreClient::sealRegistration(const QString& residentId, QObject* context,
                                  Callback<SealRegistration> done)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/v1/residents/%1/seal-registration").arg(pathSegment(residentId));
    call->what = tr("seal registration");
    request(call, &CoreDecoder::sealRegistration, context, std::move(done));
}

void CoreClient::koseki(const QString& residentId, QObject* context, Callback<Koseki> done)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/v1/residents/%1/koseki").arg(pathSegment(residentId));
    call->what = tr("family register");
    request(call, &CoreDecoder::koseki, context, std::move(done));
}

void CoreClient::commitTransaction(const QString& idempotencyKey, const QJsonObject& transaction,
                                   QObject* context, Callback<TransactionReceipt> done)
{
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->path = QStringLiteral("/v1/transactions");
    call->body = compact(transaction);
    call->headers << qMakePair(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toLatin1());
    call->what = tr("sending a transaction");
    request(call, &CoreDecoder::receipt, context, std::move(done));
}

void CoreClient::commitBatch(const QList<BatchEntry>& entries, QObject* context, Callback<BatchResult> done,
                             int attempts)
{
    // Written piece by piece: parsing each stored transaction only to serialise it again cost
    // more than sending it. The key is a UUID and the transaction is JSON the outbox wrote.
    QByteArray body = QByteArrayLiteral("{\"transactions\":[");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const BatchEntry& entry = entries.at(i);
        if (i > 0)
            body += ',';
        body += QByteArrayLiteral("{\"idempotencyKey\":");
        body += jsonString(entry.idempotencyKey);
        body += QByteArrayLiteral(",\"transaction\":");
        body += entry.transactionJson.isEmpty() ? compact(entry.transaction) : entry.transactionJson;
        body += '}';
    }
    body += "]}";
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->path = QStringLiteral("/v1/transactions:batch");
    call->body = body;
    call->what = tr("sending transactions");
    call->maxAttempts = attempts;
    request(call, &CoreDecoder::batchResult, context, std::move(done));
}

void CoreClient::registerSlip(const QJsonObject& slip, QObject* context, Callback<Slip> done)
{
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->path = QStringLiteral("/v1/slips");
    call->body = compact(slip);
    call->what = tr("registering a payment slip");
    request(call, &CoreDecoder::slip, context, std::move(done));
}

void CoreClient::slip(const QString& slipNumber, QObject* context, Callback<Slip> done)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/v1/slips/") + pathSegment(slipNumber);
    call->what = tr("payment slip lookup");
    request(call, &CoreDecoder::slip, context, std::move(done));
}

void CoreClient::changes(const QString& since, int limit, QObject* context, Callback<ChangePage> done)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/v1/changes");
    if (!since.isEmpty())
        call->query.addQueryItem(QStringLiteral("since"), since);
    call->query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    call->what = tr("checking for changes");
    request(call, &CoreDecoder::changePage, context, std::move(done));
}

} // namespace madoguchi::sync
