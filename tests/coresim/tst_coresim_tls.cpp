// The mutual-TLS matrix seen from madoguchi-core-sim's side (tests/scripts/with-core-sim.sh):
// only a client certificate from the ward CA, still valid, over TLS 1.2 or later, gets an
// answer. Qt 6.4 (QT_DISABLE_DEPRECATED_UP_TO=6.4) cannot offer TLS 1.1 any more, so the TLS 1.1
// client is `openssl s_client -tls1_1`.
#include "CoreSimClient.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace madoguchi::test;

class TestCoreSimTls : public QObject
{
    Q_OBJECT

private:
    static QString accessLog()
    {
        QFile log(qEnvironmentVariable("MADOGUCHI_CORESIM_ACCESS_LOG"));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    // openssl s_client with the good counter certificate; returns exit code and output.
    static QPair<int, QString> sClient(const QStringList& protocolOptions)
    {
        const QString pki = CoreSimClient::pkiDir();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"),
                      QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                  QStringLiteral("127.0.0.1:%1").arg(CoreSimClient::baseUrl().port()),
                                  QStringLiteral("-cert"), pki + QStringLiteral("/counter-01.crt"),
                                  QStringLiteral("-key"), pki + QStringLiteral("/counter-01.key"),
                                  QStringLiteral("-CAfile"), pki + QStringLiteral("/ca.crt")} +
                          protocolOptions);
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            return {-1, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromLocal8Bit(process.readAll())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CoreSimClient::pkiDir().isEmpty())
            QFAIL("Run through tests/scripts/with-core-sim.sh: MADOGUCHI_CORESIM_PKI is not set");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("the openssl command is needed for the TLS 1.1 client");
    }

    void goodCertificateIsServed()
    {
        CoreSimClient client(QStringLiteral("counter-01.p12"));
        QVERIFY2(client.isValid(), qPrintable(client.loadError()));
        const CoreSimClient::Response r = client.get(QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("p12");
        QTest::addColumn<QString>("alert");
        QTest::newRow("no client certificate") << QString() << QStringLiteral("alert certificate required");
        QTest::newRow("client certificate from another CA")
            << QStringLiteral("bad/counter-other-ca.p12") << QStringLiteral("alert unknown ca");
        QTest::newRow("expired client certificate")
            << QStringLiteral("bad/counter-expired.p12") << QStringLiteral("alert certificate expired");
    }

    // No HTTP answer at all: the handshake is refused. With TLS 1.3 the client finishes its side
    // of the handshake before the server checks the certificate, so Qt 6.4 reports the server's
    // alert on the first read as UnknownNetworkError with OpenSSL's text ("... alert certificate
    // expired"); when the connection is torn down before the alert is read it is
    // RemoteHostClosedError, and over TLS 1.2 a handshake failure. The client module must word
    // all three for the clerk.
    void refused()
    {
        QFETCH(QString, p12);
        QFETCH(QString, alert);
        CoreSimClient client(p12);
        QVERIFY2(client.isValid(), qPrintable(client.loadError()));
        const CoreSimClient::Response r = client.get(QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        const QString seen = QStringLiteral("error %1: %2").arg(int(r.error)).arg(r.errorString);
        if (r.error == QNetworkReply::UnknownNetworkError)
            QVERIFY2(r.errorString.contains(alert), qPrintable(seen));
        else
            QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError ||
                         r.error == QNetworkReply::SslHandshakeFailedError,
                     qPrintable(seen));
    }

    // The server says why in its log: the client cannot.
    void refusalsAreLogged()
    {
        const QString log = accessLog();
        QVERIFY2(log.contains(QStringLiteral("\"reason\":\"certificate has expired\"")),
                 qPrintable(log.right(2000)));
        QVERIFY(log.contains(QStringLiteral("\"reason\":\"unable to get local issuer certificate\"")));
        QVERIFY(log.contains(QStringLiteral("\"event\":\"tls-refused\"")));
    }

    void tls11IsRefused()
    {
        // SECLEVEL=0 lets the client itself offer TLS 1.1 (OpenSSL 3 disables it by default),
        // so the refusal comes from the server: alert 70, protocol_version.
        const auto [code, output] = sClient(
            {QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY2(code != 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("alert protocol version")), qPrintable(output));
    }

    void tls12And13AreAccepted_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("protocol");
        QTest::newRow("1.2") << QStringLiteral("-tls1_2") << QStringLiteral("TLSv1.2");
        QTest::newRow("1.3") << QStringLiteral("-tls1_3") << QStringLiteral("TLSv1.3");
    }

    void tls12And13AreAccepted()
    {
        QFETCH(QString, option);
        QFETCH(QString, protocol);
        const auto [code, output] = sClient({option});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Protocol  : ") + protocol) ||
                     output.contains(QStringLiteral("New, ") + protocol),
                 qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCoreSimTls)
#include "tst_coresim_tls.moc"
