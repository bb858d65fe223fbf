#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QUrl>

#include <functional>

namespace madoguchi::test {

// An HTTPS server that answers every request with a fixed, possibly wrong, answer: what no
// well-behaved core sends (broken JSON, wrong types, a wrong number of batch results). It uses
// the test PKI's server certificate and does not ask for a client certificate.
class FakeCoreServer : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };
    using Responder =
        std::function<Answer(const QByteArray& method, const QByteArray& path, const QByteArray& body)>;

    explicit FakeCoreServer(Responder responder);
    bool listen();
    QUrl url() const;
    int requests() const { return m_requests; }

private:
    void serve(QSslSocket* socket);

    QSslServer m_server;
    Responder m_responder;
    int m_requests = 0;
};

} // namespace madoguchi::test
