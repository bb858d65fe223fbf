#include "CoreServer.h"

#include "AccessLog.h"
#include "ApiReply.h"
#include "ApiRequest.h"
#include "ChangeFeed.h"
#include "ClientIdentity.h"
#include "ResidentHandlers.h"
#include "TransactionHandlers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace madoguchi::coresim {

namespace {

// Quick-ACK mode on the request's connection (see the pre-routing handler): the kernel leaves it
// by itself, so it is set again for each request.
void quickAck(const httplib::Request& req)
{
    if (req.ssl) {
        const int one = 1;
        setsockopt(SSL_get_fd(req.ssl), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    }
}

using Clock = std::chrono::steady_clock;
// Set by the pre-routing handler, read by the logger: both run on the connection's thread.
thread_local Clock::time_point t_requestStart;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string openSslErrors()
{
    std::string text;
    for (unsigned long code = ERR_get_error(); code != 0; code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        text += (text.empty() ? "" : "; ") + std::string(buffer);
    }
    return text;
}

void send(httplib::Response& res, const ApiReply& reply)
{
    res.status = reply.status;
    for (const auto& [name, value] : reply.headers)
        res.set_header(name.toStdString(), value.toStdString());
    // cpp-httplib compresses a body typed exactly "application/json" with Brotli at quality 11
    // whenever the client accepts "br" (Qt's network stack does). For short API answers on a
    // ward LAN that only costs time: it took 70% of the server's CPU while draining batches.
    // With the charset parameter (the same media type) the library leaves the body alone.
    std::string type = reply.contentType.toStdString();
    if (type == "application/json")
        type += "; charset=utf-8";
    res.set_content(reply.body.toStdString(), type);
}

} // namespace

struct CoreServer::Impl
{
    Impl(const CoreSimOptions& o, const Database& db, AccessLog& l)
        : options(o)
        , database(db)
        , log(l)
        , writeLock(db.isSqlite())
        , residents(db, QStringLiteral("madoguchi-core-sim " MADOGUCHI_VERSION))
        , transactions(db, writeLock, o.failAfterCommitRate)
    {}

    bool configureTls(SSL_CTX& ctx);
    static int verifyClient(int preverified, X509_STORE_CTX* store);
    void routes();
    ApiRequest requestOf(const httplib::Request& req) const;
    httplib::Server::Handler handler(ApiReply (Impl::*method)(const ApiRequest&));
    void simulateChanges();

    // Route targets, thin: the work is in the handler classes.
    ApiReply health(const ApiRequest& r) { return residents.health(r); }
    ApiReply resident(const ApiRequest& r) { return residents.resident(r); }
    ApiReply search(const ApiRequest& r) { return residents.search(r); }
    ApiReply byMyNumber(const ApiRequest& r) { return residents.byMyNumber(r); }
    ApiReply tax(const ApiRequest& r) { return residents.taxCertificates(r); }
    ApiReply seal(const ApiRequest& r) { return residents.sealRegistration(r); }
    ApiReply koseki(const ApiRequest& r) { return residents.koseki(r); }
    ApiReply changes(const ApiRequest& r) { return residents.changes(r); }
    ApiReply commit(const ApiRequest& r) { return transactions.commit(r); }
    ApiReply batch(const ApiRequest& r) { return transactions.batch(r); }
    ApiReply registerSlip(const ApiRequest& r) { return transactions.registerSlip(r); }
    ApiReply slip(const ApiRequest& r) { return transactions.slip(r); }

    const CoreSimOptions& options;
    const Database& database;
    AccessLog& log;
    WriteLock writeLock;
    ResidentHandlers residents;
    TransactionHandlers transactions;
    std::string tlsError;
    std::unique_ptr<httplib::SSLServer> server;
    int boundPort = 0;

    std::mutex stopMutex;
    std::condition_variable stopCondition;
    bool stopping = false;
};

bool CoreServer::Impl::configureTls(SSL_CTX& ctx)
{
    // TLS 1.2 is the floor (the ward's rule and the API's contract); cpp-httplib's own default
    // would still accept TLS 1.1.
    const std::string cert = options.certPath.toStdString();
    const std::string key = options.keyPath.toStdString();
    const std::string ca = options.caPath.toStdString();
    SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    STACK_OF(X509_NAME)* caNames = nullptr;
    const bool ok = SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION) == 1 &&
                    SSL_CTX_use_certificate_chain_file(&ctx, cert.c_str()) == 1 &&
                    SSL_CTX_use_PrivateKey_file(&ctx, key.c_str(), SSL_FILETYPE_PEM) == 1 &&
                    SSL_CTX_check_private_key(&ctx) == 1 &&
                    SSL_CTX_load_verify_locations(&ctx, ca.c_str(), nullptr) == 1 &&
                    (caNames = SSL_load_client_CA_file(ca.c_str())) != nullptr;
    if (!ok) {
        tlsError = openSslErrors();
        return false;
    }
    SSL_CTX_set_client_CA_list(&ctx, caNames);
    // Required, not requested: no certificate, no connection.
    SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, &Impl::verifyClient);
    SSL_CTX_set_app_data(&ctx, this);
    static const unsigned char context[] = "madoguchi-core-sim";
    SSL_CTX_set_session_id_context(&ctx, context, sizeof context - 1);
    return true;
}

int CoreServer::Impl::verifyClient(int preverified, X509_STORE_CTX* store)
{
    if (preverified == 1)
        return 1;
    // Log why a handshake is refused: the client only sees "connection closed".
    auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto* self = ssl ? static_cast<Impl*>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl))) : nullptr;
    if (self) {
        const ClientIdentity who = ClientIdentity::fromCertificate(X509_STORE_CTX_get_current_cert(store));
        self->log.event(QStringLiteral("tls-refused"),
                        {{QStringLiteral("subjectCn"), who.commonName},
                         {QStringLiteral("depth"), X509_STORE_CTX_get_error_depth(store)},
                         {QStringLiteral("reason"), QString::fromLatin1(X509_verify_cert_error_string(
                                                        X509_STORE_CTX_get_error(store)))}});
    }
    return 0;
}

ApiRequest CoreServer::Impl::requestOf(const httplib::Request& req) const
{
    ApiRequest request;
    request.method = qs(req.method);
    request.path = qs(req.path);
    for (std::size_t i = 1; i < req.matches.size(); ++i)
        request.pathParams.append(qs(req.matches[i].str()));
    for (const auto& [name, value] : req.params)
        request.query.insert(qs(name), qs(value));
    request.body = QByteArray::fromStdString(req.body);
    request.contentType = qs(req.get_header_value("Content-Type"));
    request.idempotencyKey = qs(req.get_header_value("Idempotency-Key"));
    const ClientIdentity identity = ClientIdentity::fromConnection(req.ssl);
    request.counterId = identity.commonName;
    request.myNumberSegment = identity.inMyNumberSegment(options.myNumberSegment, options.myNumberOu);
    return request;
}

httplib::Server::Handler CoreServer::Impl::handler(ApiReply (Impl::*method)(const ApiRequest&))
{
    return [this, method](const httplib::Request& req, httplib::Response& res) {
        const ApiRequest request = requestOf(req);
        // --fail-rate is decided here, after the library has read the whole request: answering
        // from the pre-routing handler left a POST body unread on the keep-alive connection,
        // where it was parsed as the next request.
        const bool fail = options.failRate > 0 && method != &Impl::health &&
                          QRandomGenerator::global()->generateDouble() < options.failRate;
        ApiReply reply = fail ? ApiReply::problem(QStringLiteral("unavailable"),
                                                  QStringLiteral("Simulated unavailability (--fail-rate)"))
                              : (this->*method)(request);
        if (reply.contentType == "application/problem+json") {
            QJsonObject problem = QJsonDocument::fromJson(reply.body).object();
            problem.insert(QStringLiteral("instance"), request.path);
            reply.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
        }
        send(res, reply);
    };
}

void CoreServer::Impl::routes()
{
    const std::string id = "([^/]+)";
    server->Get("/v1/health", handler(&Impl::health));
    server->Post("/v1/residents/search", handler(&Impl::search));
    server->Post("/v1/residents/by-my-number", handler(&Impl::byMyNumber));
    server->Get("/v1/residents/" + id + "/tax-certificates", handler(&Impl::tax));
    server->Get("/v1/residents/" + id + "/seal-registration", handler(&Impl::seal));
    server->Get("/v1/residents/" + id + "/koseki", handler(&Impl::koseki));
    server->Get("/v1/residents/" + id, handler(&Impl::resident));
    server->Post("/v1/transactions", handler(&Impl::commit));
    server->Post("/v1/transactions:batch", handler(&Impl::batch));
    server->Post("/v1/slips", handler(&Impl::registerSlip));
    server->Get("/v1/slips/" + id, handler(&Impl::slip));
    server->Get("/v1/changes", handler(&Impl::changes));

    server->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
        t_requestStart = Clock::now();
        // The headers are read, the body is not. Qt's client writes a large body in 16 KB TLS
        // records without TCP_NODELAY, so Nagle holds each record until the previous one is
        // acknowledged, and this side, having just answered the last request, delays its ACKs
        // (up to 40 ms on Linux). Quick-ACK mode for the body's segments removes that wait.
        quickAck(req);
        if (options.delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(options.delayMs));
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // cpp-httplib calls this for every status >= 400, also for our own problems: only fill in
    // the answers the library made itself (unknown route, body too large, bad request line).
    server->set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req,
                                                                      httplib::Response& res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        const QString type = res.status == 404 || res.status == 405 ? QStringLiteral("no-such-route")
                             : res.status == 413                    ? QStringLiteral("payload-too-large")
                             : res.status < 500                     ? QStringLiteral("validation-error")
                                                                    : QStringLiteral("internal");
        ApiReply reply = ApiReply::problem(type, QStringLiteral("%1 %2").arg(qs(req.method), qs(req.path)));
        reply.status = res.status;
        send(res, reply);
        return httplib::Server::HandlerResponse::Handled;
    }));
    server->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send(res, ApiReply::problem(QStringLiteral("internal"), QStringLiteral("Unexpected server error")));
    });
    server->set_logger([this](const httplib::Request& req, const httplib::Response& res) {
        quickAck(req); // again for the next request's headers on this connection
        AccessLog::Entry entry;
        entry.counterId = ClientIdentity::fromConnection(req.ssl).commonName;
        entry.method = qs(req.method);
        entry.path = qs(req.path);
        for (const auto& param : req.params) {
            if (!entry.queryKeys.contains(qs(param.first)))
                entry.queryKeys.append(qs(param.first));
        }
        entry.status = res.status;
        entry.durationMs = std::chrono::duration<double, std::milli>(Clock::now() - t_requestStart).count();
        entry.bytes = qint64(res.body.size());
        log.request(entry);
    });
}

void CoreServer::Impl::simulateChanges()
{
    const auto interval = std::chrono::duration<double>(60.0 / options.simulateChangesPerMinute);
    ChangeFeed feed(database);
    std::unique_lock<std::mutex> lock(stopMutex);
    while (!stopCondition.wait_for(lock, interval, [this] { return stopping; })) {
        lock.unlock();
        if (Status done = feed.simulateUpdate(QRandomGenerator::global()->generate(), writeLock); !done)
            log.event(QStringLiteral("simulate-failed"), {{QStringLiteral("reason"), done.error().message}});
        lock.lock();
    }
}

CoreServer::CoreServer(const CoreSimOptions& options, const Database& database, AccessLog& log)
    : d(std::make_unique<Impl>(options, database, log))
{}

CoreServer::~CoreServer() = default;

Status CoreServer::start()
{
    d->server = std::make_unique<httplib::SSLServer>([this](SSL_CTX& ctx) { return d->configureTls(ctx); });
    if (!d->server->is_valid()) {
        return makeError(QStringLiteral("coresim.tls"),
                         QStringLiteral("Cannot set up TLS with --cert/--key/--ca: %1").arg(qs(d->tlsError)),
                         d->options.certPath);
    }
    const int threads = d->options.threads;
    d->server->new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    // SO_REUSEADDR only: cpp-httplib's default SO_REUSEPORT would let a second server share the
    // port silently.
    d->server->set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Small request/answer pairs on keep-alive connections: without TCP_NODELAY, Nagle and
    // delayed ACKs add ~40 ms to every answer.
    d->server->set_tcp_nodelay(true);
    d->server->set_keep_alive_max_count(1000);
    d->server->set_keep_alive_timeout(10);
    d->server->set_read_timeout(30);
    d->server->set_payload_max_length(8 * 1024 * 1024);
    d->routes();
    const std::string host = d->options.listenHost.toStdString();
    if (d->options.listenPort == 0) {
        d->boundPort = d->server->bind_to_any_port(host);
    } else if (d->server->bind_to_port(host, d->options.listenPort)) {
        d->boundPort = d->options.listenPort;
    }
    if (d->boundPort <= 0) {
        return makeError(
            QStringLiteral("coresim.listen"),
            QStringLiteral("Cannot listen on %1:%2").arg(d->options.listenHost).arg(d->options.listenPort));
    }
    return {};
}

int CoreServer::port() const
{
    return d->boundPort;
}

void CoreServer::run()
{
    std::thread simulator;
    if (d->options.simulateChangesPerMinute > 0)
        simulator = std::thread([this] { d->simulateChanges(); });
    d->server->listen_after_bind(); // returns after stop(), once the worker threads finished
    {
        std::lock_guard<std::mutex> lock(d->stopMutex);
        d->stopping = true;
    }
    d->stopCondition.notify_all();
    if (simulator.joinable())
        simulator.join();
}

void CoreServer::stop()
{
    if (d->server)
        d->server->stop();
}

} // namespace madoguchi::coresim
