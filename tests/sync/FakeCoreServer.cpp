#include "FakeCoreServer.h"

#include "SyncTestSupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace madoguchi::test {

FakeCoreServer::FakeCoreServer(Responder responder)
    : m_responder(std::move(responder))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(pkiDir() + QStringLiteral("/server.crt")));
    QFile key(pkiDir() + QStringLiteral("/server.key"));
    if (key.open(QIODevice::ReadOnly))
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (m_server.hasPendingConnections())
            serve(static_cast<QSslSocket*>(m_server.nextPendingConnection()));
    });
}

bool FakeCoreServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeCoreServer::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_server.serverPort()));
}

void FakeCoreServer::serve(QSslSocket* socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer->left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        const QList<QByteArray> request = head.left(head.indexOf('\r')).split(' ');
        const Answer answer = m_responder(request.value(0), request.value(1), buffer->mid(end + 4, length));
        ++m_requests;
        buffer->clear();
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: " +
                      answer.contentType + "\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
                      "\r\nConnection: close\r\n\r\n" + answer.body);
        socket->disconnectFromHost();
    });
}

} // namespace madoguchi::test
