#include "CoreSimClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>

namespace madoguchi::test {

QString CoreSimClient::pkiDir()
{
    return qEnvironmentVariable("MADOGUCHI_CORESIM_PKI");
}

QUrl CoreSimClient::baseUrl()
{
    return QUrl(qEnvironmentVariable("MADOGUCHI_CORESIM_URL"));
}

CoreSimClient::CoreSimClient(const QString& p12)
    : m_manager(std::make_unique<QNetworkAccessManager>())
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    // Only the ward CA: a certificate from any public CA must not be accepted for the core.
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(pkiDir() + QStringLiteral("/ca.crt"));
    if (ca.isEmpty()) {
        m_loadError = QStringLiteral("no ward CA in %1").arg(pkiDir());
        return;
    }
    m_tls.setCaCertificates(ca);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!p12.isEmpty()) {
        QFile file(pkiDir() + u'/' + p12);
        QFile passphraseFile(pkiDir() + QStringLiteral("/p12-passphrase.txt"));
        if (!file.open(QIODevice::ReadOnly) || !passphraseFile.open(QIODevice::ReadOnly)) {
            m_loadError = QStringLiteral("cannot read %1 or its passphrase").arg(file.fileName());
            return;
        }
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain,
                                           passphraseFile.readAll().trimmed())) {
            m_loadError = QStringLiteral("cannot import %1").arg(file.fileName());
            return;
        }
        m_tls.setLocalCertificate(certificate);
        m_tls.setPrivateKey(key);
    }
    m_valid = true;
}

QNetworkReply* CoreSimClient::start(const QString& method, const QString& path, const QByteArray& body,
                                    const QHash<QByteArray, QByteArray>& headers)
{
    QUrl url = baseUrl();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(30000);
    // HTTP/1.1 only: the answers are small, and it keeps one request per connection visible.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (method == QStringLiteral("GET"))
        return m_manager->get(request);
    return m_manager->sendCustomRequest(request, method.toLatin1(), body);
}

CoreSimClient::Response CoreSimClient::read(QNetworkReply* reply)
{
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.errorString = reply->errorString();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    for (const QNetworkReply::RawHeaderPair& header : reply->rawHeaderPairs())
        response.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return response;
}

CoreSimClient::Response CoreSimClient::collect(QNetworkReply* reply, int timeoutMs)
{
    QList<QSslError> sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&sslErrors](const QList<QSslError>& errors) { sslErrors = errors; });
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    Response response = read(reply);
    response.sslErrors = sslErrors;
    return response;
}

CoreSimClient::Response CoreSimClient::get(const QString& path)
{
    return collect(start(QStringLiteral("GET"), path, {}));
}

CoreSimClient::Response CoreSimClient::post(const QString& path, const QByteArray& body,
                                            const QHash<QByteArray, QByteArray>& headers,
                                            const QByteArray& contentType)
{
    QHash<QByteArray, QByteArray> all = headers;
    if (!contentType.isEmpty())
        all.insert("Content-Type", contentType);
    return collect(start(QStringLiteral("POST"), path, body, all));
}

CoreSimClient::Response CoreSimClient::postJson(const QString& path, const QJsonObject& body,
                                                const QHash<QByteArray, QByteArray>& headers)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace madoguchi::test
