#include "sync/CoreErrors.h"

#include "sync/CoreDecoder.h"

namespace madoguchi::sync {

namespace {

Error coreError(const char* code, const QString& message, const QString& where)
{
    return makeError(QString::fromLatin1(code), message, where);
}

bool mentionsProtocolVersion(const QString& text)
{
    // OpenSSL's reasons when the two sides share no TLS version: "unsupported protocol",
    // "tlsv1 alert protocol version", "no protocols available", "wrong version number".
    const QString lower = text.toLower();
    return lower.contains(QLatin1String("protocol version")) ||
           lower.contains(QLatin1String("unsupported protocol")) ||
           lower.contains(QLatin1String("no protocols available")) ||
           lower.contains(QLatin1String("wrong version number"));
}

// OpenSSL's text for a TLS alert the server sends when it refuses this PC's certificate (with
// TLS 1.3 it arrives after the client considered the handshake done, so Qt reports it as an
// error while reading, or only as "connection closed").
bool mentionsClientCertificateAlert(const QString& text)
{
    const QString lower = text.toLower();
    return lower.contains(QLatin1String("alert unknown ca")) ||
           lower.contains(QLatin1String("alert bad certificate")) ||
           lower.contains(QLatin1String("alert certificate expired")) ||
           lower.contains(QLatin1String("alert certificate unknown")) ||
           lower.contains(QLatin1String("alert certificate revoked")) ||
           lower.contains(QLatin1String("certificate required")) ||
           lower.contains(QLatin1String("alert unsupported certificate")) ||
           lower.contains(QLatin1String("alert access denied"));
}

} // namespace

Error CoreErrors::offline(const QString& detail)
{
    return coreError("core.offline",
                     tr("The core system cannot be reached. Reception, card reading and cash payments "
                        "continue offline; transactions are kept and sent when the link returns. If this "
                        "lasts, tell IT."),
                     detail);
}

Error CoreErrors::timeout(const QString& detail)
{
    return coreError("core.timeout",
                     tr("The core system did not answer in time. Nothing is lost: queued transactions are "
                        "sent again. Try again in a moment; if it keeps happening, tell IT."),
                     detail);
}

Error CoreErrors::clientRejected(const QString& detail)
{
    // The server refuses a client certificate by closing the TLS connection: Qt reports
    // RemoteHostClosedError ("Connection closed"), nothing more specific (see toolchain notes).
    return coreError("core.tls.clientRejected",
                     tr("The core system closed the connection before answering. This almost always means "
                        "that this PC's client certificate is missing, has expired or was not issued by the "
                        "ward CA. Ask IT to check the client certificate of this counter PC."),
                     detail);
}

Error CoreErrors::tooOld(const QString& detail)
{
    return coreError("core.tls.tooOld",
                     tr("This PC and the core system have no secure connection method in common (TLS 1.2 "
                        "or later is required). Ask IT to check the TLS settings of the core system and of "
                        "this PC."),
                     detail);
}

Error CoreErrors::rejected(const Problem& problem, const QString& what)
{
    const QString where =
        problem.field.isEmpty()
            ? QStringLiteral("HTTP %1 %2").arg(problem.status).arg(problem.name())
            : QStringLiteral("HTTP %1 %2, field %3").arg(problem.status).arg(problem.name(), problem.field);
    const QString name = problem.name();
    if (problem.status == 404 &&
        (name == QLatin1String("resident-not-found") || name == QLatin1String("not-found") ||
         name == QLatin1String("koseki-not-held"))) {
        const QString message =
            name == QLatin1String("koseki-not-held")
                ? tr("The core system does not hold this person's family register (本籍 in "
                     "another municipality).")
                : tr("The core system has no record for this request (%1).").arg(what);
        return coreError("core.notFound", message, where);
    }
    if (problem.status == 403)
        return coreError("core.forbidden",
                         tr("This counter may not do that: %1. Lookups by My Number are allowed only at "
                            "counters of the My Number segment.")
                             .arg(what),
                         where);
    // The core's own words, kept short: the detail is for this occurrence and may be long.
    QString detail = problem.detail.isEmpty() ? problem.title : problem.detail;
    if (detail.size() > 160)
        detail = detail.left(159) + u'…';
    return coreError("core.rejected",
                     tr("The core system refused the request (%1): %2. Sending it again will not help; a "
                        "supervisor must look at it.")
                         .arg(what, detail),
                     where);
}

int CoreErrors::retryAfterMs(const QByteArray& header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds * 1000 : -1;
}

std::optional<Error> CoreErrors::classifyTls(const CoreExchange& e)
{
    const QString detail = e.networkErrorString;
    bool untrusted = false;
    bool expired = false;
    bool wrongHost = false;
    QStringList sslTexts;
    for (const QSslError& error : e.sslErrors) {
        sslTexts << error.errorString();
        switch (error.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            wrongHost = true;
            break;
        case QSslError::NoError:
            break;
        default:
            untrusted = true;
            break;
        }
    }
    const QString where = sslTexts.isEmpty() ? detail : sslTexts.join(QStringLiteral("; "));
    // A certificate from a foreign CA is the strongest finding: its dates and name mean nothing.
    if (untrusted)
        return coreError(
            "core.tls.untrusted",
            tr("The core system's certificate is not from the ward CA, so this PC does not trust "
               "the server. Nothing was sent. Tell IT: the server may be the wrong one, or the CA "
               "file configured on this PC is wrong."),
            where);
    if (expired)
        return coreError("core.tls.expired",
                         tr("The core system's certificate has expired (or is not valid yet: check this PC's "
                            "date and time). Nothing was sent. Tell IT to renew the server certificate."),
                         where);
    if (wrongHost)
        return coreError("core.tls.wrongHost",
                         tr("The core system's certificate is for another server name than the address "
                            "configured on this PC. Nothing was sent. Tell IT to check the core system "
                            "address in the settings."),
                         where);
    if (mentionsProtocolVersion(detail))
        return tooOld(detail);
    if (mentionsClientCertificateAlert(detail))
        return clientRejected(detail);
    if (e.networkError == QNetworkReply::SslHandshakeFailedError)
        return coreError("core.tls.failed",
                         tr("A secure connection to the core system could not be set up. Nothing was sent. "
                            "Tell IT."),
                         detail);
    return std::nullopt;
}

Error CoreErrors::classifyHttp(const CoreExchange& e, const QString& what)
{
    const QString where = QStringLiteral("HTTP %1").arg(e.httpStatus);
    if (e.httpStatus >= 500 || e.httpStatus == 429) {
        return coreError("core.server",
                         tr("The core system reported an error of its own or is busy (%1). Nothing is lost: "
                            "the request is tried again. If it keeps happening, tell IT.")
                             .arg(what),
                         where);
    }
    // 4xx: the problem detail says what the core objected to.
    Result<Problem> problem = CoreDecoder::problem(e.body);
    if (!problem) {
        Problem bare;
        bare.status = e.httpStatus;
        bare.type = QStringLiteral("urn:madoguchi:problem:http-%1").arg(e.httpStatus);
        bare.title = QStringLiteral("HTTP %1").arg(e.httpStatus);
        return rejected(bare, what);
    }
    Problem p = problem.value();
    p.status = e.httpStatus; // the status line is authoritative
    return rejected(p, what);
}

std::optional<Error> CoreErrors::classify(const CoreExchange& e, const QString& what)
{
    if (e.timedOut || e.networkError == QNetworkReply::TimeoutError)
        return timeout(e.networkErrorString);
    if (e.httpStatus >= 200 && e.httpStatus < 300 && e.networkError == QNetworkReply::NoError)
        return std::nullopt;
    if (e.httpStatus >= 400)
        return classifyHttp(e, what);
    if (auto tls = classifyTls(e))
        return tls;
    switch (e.networkError) {
    case QNetworkReply::RemoteHostClosedError:
        return clientRejected(e.networkErrorString);
    case QNetworkReply::OperationCanceledError:
        return timeout(e.networkErrorString);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return offline(e.networkErrorString);
    default:
        break;
    }
    if (e.httpStatus == 0)
        return offline(e.networkErrorString);
    // 1xx/3xx: the API never sends them.
    return coreError("core.malformed",
                     tr("The core system sent an answer this program does not understand: %1. Nothing was "
                        "changed; tell IT (the core system or this program may need an update).")
                         .arg(QStringLiteral("HTTP %1").arg(e.httpStatus)),
                     QStringLiteral("HTTP %1").arg(e.httpStatus));
}

bool CoreErrors::isRetryable(const CoreExchange& e)
{
    if (e.timedOut || e.networkError == QNetworkReply::TimeoutError)
        return true;
    if (e.httpStatus >= 500 || e.httpStatus == 429)
        return true;
    if (e.httpStatus >= 400)
        return false;
    if (!e.sslErrors.isEmpty() || e.networkError == QNetworkReply::SslHandshakeFailedError ||
        mentionsClientCertificateAlert(e.networkErrorString) || mentionsProtocolVersion(e.networkErrorString))
        return false;
    switch (e.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::OperationCanceledError:
        return true;
    default:
        return false;
    }
}

bool CoreErrors::isPermanent(const Error& error)
{
    return error.code == QLatin1String("core.rejected") || error.code == QLatin1String("core.notFound") ||
           error.code == QLatin1String("core.forbidden");
}

bool CoreErrors::meansReachable(const Error& error)
{
    return error.code.isEmpty() || isPermanent(error);
}

bool CoreErrors::meansOffline(const Error& error)
{
    return error.code == QLatin1String("core.offline") || error.code == QLatin1String("core.timeout") ||
           error.code.startsWith(QLatin1String("core.tls.")) ||
           error.code.startsWith(QLatin1String("core.config."));
}

} // namespace madoguchi::sync
