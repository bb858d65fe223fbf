#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <memory>

namespace madoguchi::test {

// A mutual-TLS client of madoguchi-core-sim for tests, in the way the sync module will talk to
// the core: QNetworkAccessManager, the counter's PKCS#12 (certificate + key), only the ward CA
// trusted, TLS 1.2 or later, host name checked. The environment comes from
// tests/scripts/with-core-sim.sh (MADOGUCHI_CORESIM_URL / _PKI).
class CoreSimClient
{
public:
    struct Response
    {
        int status = 0; // 0: no HTTP answer (refused handshake, closed connection)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QList<QSslError> sslErrors;
        QByteArray body;
        QJsonObject json;
        QString contentType;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    // `p12` is a path relative to the PKI folder ("counter-01.p12", "bad/counter-expired.p12");
    // empty: no client certificate at all.
    explicit CoreSimClient(const QString& p12);

    bool isValid() const { return m_valid; }
    QString loadError() const { return m_loadError; }

    Response get(const QString& path);
    Response post(const QString& path, const QByteArray& body,
                  const QHash<QByteArray, QByteArray>& headers = {},
                  const QByteArray& contentType = "application/json");
    Response postJson(const QString& path, const QJsonObject& body,
                      const QHash<QByteArray, QByteArray>& headers = {});

    // For concurrent use: start a request; collect() waits for it (QSignalSpy) and reads it.
    QNetworkReply* start(const QString& method, const QString& path, const QByteArray& body,
                         const QHash<QByteArray, QByteArray>& headers = {});
    static Response read(QNetworkReply* reply);
    static Response collect(QNetworkReply* reply, int timeoutMs = 30000);

    static QString pkiDir();
    static QUrl baseUrl();

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QSslConfiguration m_tls;
    bool m_valid = false;
    QString m_loadError;
};

} // namespace madoguchi::test
