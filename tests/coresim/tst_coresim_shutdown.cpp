// Graceful shutdown of madoguchi-core-sim: on SIGTERM it stops accepting, finishes the request
// in flight (made slow with the test-only --delay-ms), and exits 0. Starts a server of its own
// with the PKI from tests/scripts/with-core-sim.sh.
#include "CoreSimClient.h"

#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi::test;

class TestCoreSimShutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inFlightRequestFinishesOnSigterm()
    {
        if (CoreSimClient::pkiDir().isEmpty())
            QFAIL("Run through tests/scripts/with-core-sim.sh: MADOGUCHI_CORESIM_PKI is not set");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pki = CoreSimClient::pkiDir();
        QProcess server;
        server.start(
            QStringLiteral(MADOGUCHI_CORESIM_BIN),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--print-ready"),
             QStringLiteral("--cert"), pki + QStringLiteral("/server.crt"), QStringLiteral("--key"),
             pki + QStringLiteral("/server.key"), QStringLiteral("--ca"), pki + QStringLiteral("/ca.crt"),
             QStringLiteral("--db"), dir.filePath(QStringLiteral("core.sqlite")),
             QStringLiteral("--delay-ms"), QStringLiteral("1500"), QStringLiteral("--access-log"),
             dir.filePath(QStringLiteral("access.log"))});
        QVERIFY(server.waitForStarted());
        QVERIFY(server.waitForReadyRead(30000));
        const QRegularExpressionMatch ready =
            QRegularExpression(QStringLiteral("listening on https://127.0.0.1:(\\d+)"))
                .match(QString::fromUtf8(server.readAll()));
        QVERIFY(ready.hasMatch());
        qputenv("MADOGUCHI_CORESIM_URL", "https://localhost:" + ready.captured(1).toLatin1());

        CoreSimClient client(QStringLiteral("counter-01.p12"));
        QNetworkReply* slow =
            client.start(QStringLiteral("GET"), QStringLiteral("/v1/residents/KT0000001"), {});
        QTest::qWait(700);  // the request is inside its 1.5 s delay now
        server.terminate(); // SIGTERM
        const CoreSimClient::Response answer = CoreSimClient::collect(slow);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("residentId")).toString(), QStringLiteral("KT0000001"));
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        // And nobody is listening any more.
        QCOMPARE(CoreSimClient(QStringLiteral("counter-01.p12")).get(QStringLiteral("/v1/health")).error,
                 QNetworkReply::ConnectionRefusedError);
    }
};

QTEST_GUILESS_MAIN(TestCoreSimShutdown)
#include "tst_coresim_shutdown.moc"
