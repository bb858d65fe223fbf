#pragma once

#include "common/Result.h"
#include "sync/CoreTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

#include <optional>

namespace madoguchi::sync {

// How one exchange with the core system ended, before the error is worded for people.
struct CoreExchange
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QList<QSslError> sslErrors;
    bool timedOut = false; // our transfer timeout fired
    int httpStatus = 0;    // 0: no HTTP answer
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter; // the Retry-After header as sent
};

// The error taxonomy of the core-system link: a stable code for programs, a message a clerk
// understands (what happened, what still works, whom to ask), and `where` for IT (the TLS or
// HTTP detail). docs/sync.md has the table with what IT checks for each code.
//
//   core.offline            the core cannot be reached (refused, no route, DNS)
//   core.timeout            no answer in time
//   core.tls.untrusted      the server's certificate is not from the ward CA
//   core.tls.expired        the server's certificate has expired (or is not valid yet)
//   core.tls.wrongHost      the server's certificate is for another host name
//   core.tls.clientRejected the server closed the connection during the handshake: almost
//                           always this PC's client certificate (missing, expired, other CA)
//   core.tls.tooOld         no common TLS version (the core or this PC offers < TLS 1.2)
//   core.tls.failed         another TLS handshake failure
//   core.server             5xx: the core failed or is busy (Retry-After)
//   core.rejected           4xx: the core refused the request (problem detail in the message)
//   core.notFound           404 resident-not-found / not-found / koseki-not-held
//   core.forbidden          403: this counter may not do that (My Number segment)
//   core.malformed          the answer is not what the API defines (JSON path in `where`)
//   core.config.*           this PC's link settings are incomplete or wrong (CoreTlsSetup)
//   core.offlineRefused     an operation that needs the core, asked for while offline
class CoreErrors
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::CoreErrors)

public:
    // The error for a finished exchange; nothing for a success (2xx) — the caller decodes.
    static std::optional<Error> classify(const CoreExchange& exchange, const QString& what);

    // Transient: worth trying again later (offline, timeout, 5xx, 429). 4xx answers and
    // configuration or certificate problems are not: retrying cannot change them.
    static bool isRetryable(const CoreExchange& exchange);
    // A definite "no" from the core about this request: resending the same request is useless.
    static bool isPermanent(const Error& error);
    // The core answered (even with a refusal): the link works.
    static bool meansReachable(const Error& error);
    // The core is unreachable (network, TLS, configuration).
    static bool meansOffline(const Error& error);

    // Retry-After in milliseconds (seconds form only, as the API sends it), -1 if none.
    static int retryAfterMs(const QByteArray& header);

    static Error offline(const QString& detail);
    static Error timeout(const QString& detail);
    static Error clientRejected(const QString& detail);
    static Error tooOld(const QString& detail);
    static Error rejected(const Problem& problem, const QString& what);

private:
    static std::optional<Error> classifyTls(const CoreExchange& exchange);
    static Error classifyHttp(const CoreExchange& exchange, const QString& what);
};

} // namespace madoguchi::sync
