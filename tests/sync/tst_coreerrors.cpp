// The error taxonomy, the backoff, what may run offline, and the connection monitor's state
// and banner — without a network: exchanges are described, outcomes are fed in.
#include "sync/Backoff.h"
#include "sync/ConnectionMonitor.h"
#include "sync/CoreClient.h"
#include "sync/CoreErrors.h"
#include "sync/OfflinePolicy.h"

#include <QObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::sync;

namespace {

CoreExchange network(QNetworkReply::NetworkError error, const QString& text = {})
{
    CoreExchange e;
    e.networkError = error;
    e.networkErrorString = text;
    return e;
}

CoreExchange http(int status, const QByteArray& body = {}, const QByteArray& retryAfter = {})
{
    CoreExchange e;
    e.httpStatus = status;
    e.networkError = status >= 400 ? QNetworkReply::ContentNotFoundError : QNetworkReply::NoError;
    e.body = body;
    e.retryAfter = retryAfter;
    return e;
}

CoreExchange ssl(const QList<QSslError::SslError>& errors)
{
    CoreExchange e = network(QNetworkReply::SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
    for (QSslError::SslError error : errors)
        e.sslErrors << QSslError(error);
    return e;
}

QString code(const CoreExchange& e)
{
    const auto error = CoreErrors::classify(e, QStringLiteral("test"));
    return error ? error->code : QStringLiteral("(none)");
}

} // namespace

class TestCoreErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<CoreExchange>("exchange");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("200") << http(200) << QStringLiteral("(none)") << false;
        QTest::newRow("refused") << network(QNetworkReply::ConnectionRefusedError)
                                 << QStringLiteral("core.offline") << true;
        QTest::newRow("no host") << network(QNetworkReply::HostNotFoundError)
                                 << QStringLiteral("core.offline") << true;
        QTest::newRow("timeout") << network(QNetworkReply::OperationCanceledError)
                                 << QStringLiteral("core.timeout") << true;
        QTest::newRow("wrong CA") << ssl({QSslError::SelfSignedCertificateInChain})
                                  << QStringLiteral("core.tls.untrusted") << false;
        QTest::newRow("unknown issuer")
            << ssl({QSslError::UnableToGetLocalIssuerCertificate, QSslError::HostNameMismatch})
            << QStringLiteral("core.tls.untrusted") << false;
        QTest::newRow("expired") << ssl({QSslError::CertificateExpired}) << QStringLiteral("core.tls.expired")
                                 << false;
        QTest::newRow("not yet valid")
            << ssl({QSslError::CertificateNotYetValid}) << QStringLiteral("core.tls.expired") << false;
        QTest::newRow("wrong host") << ssl({QSslError::HostNameMismatch})
                                    << QStringLiteral("core.tls.wrongHost") << false;
        QTest::newRow("closed") << network(QNetworkReply::RemoteHostClosedError,
                                           QStringLiteral("Connection closed"))
                                << QStringLiteral("core.tls.clientRejected") << false;
        QTest::newRow("unknown ca alert")
            << network(
                   QNetworkReply::UnknownNetworkError,
                   QStringLiteral("Error while reading: error:0A000418:SSL routines::tlsv1 alert unknown ca"))
            << QStringLiteral("core.tls.clientRejected") << false;
        QTest::newRow("certificate required") << network(QNetworkReply::UnknownNetworkError,
                                                         QStringLiteral("tlsv13 alert certificate required"))
                                              << QStringLiteral("core.tls.clientRejected") << false;
        QTest::newRow("protocol version")
            << network(QNetworkReply::SslHandshakeFailedError, QStringLiteral("tlsv1 alert protocol version"))
            << QStringLiteral("core.tls.tooOld") << false;
        QTest::newRow("other handshake")
            << network(QNetworkReply::SslHandshakeFailedError, QStringLiteral("bad mac"))
            << QStringLiteral("core.tls.failed") << false;
        QTest::newRow("500") << http(500) << QStringLiteral("core.server") << true;
        QTest::newRow("503") << http(503, {}, "2") << QStringLiteral("core.server") << true;
        QTest::newRow("429") << http(429) << QStringLiteral("core.server") << true;
        QTest::newRow("400") << http(
                                    400,
                                    R"({"type":"urn:madoguchi:problem:validation-error","title":"Invalid",)"
                                    R"("status":400,"detail":"birthDate is not a date","field":"birthDate"})")
                             << QStringLiteral("core.rejected") << false;
        QTest::newRow("400 without problem") << http(400, "oops") << QStringLiteral("core.rejected") << false;
        QTest::newRow("404 resident") << http(404, R"({"type":"urn:madoguchi:problem:resident-not-found",)"
                                                   R"("title":"Not found","status":404})")
                                      << QStringLiteral("core.notFound") << false;
        QTest::newRow("403") << http(403, R"({"type":"urn:madoguchi:problem:my-number-segment-required",)"
                                          R"("title":"Forbidden","status":403})")
                             << QStringLiteral("core.forbidden") << false;
    }

    void classify()
    {
        QFETCH(CoreExchange, exchange);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QCOMPARE(::code(exchange), code);
        QCOMPARE(CoreErrors::isRetryable(exchange), retryable);
        if (const auto error = CoreErrors::classify(exchange, QStringLiteral("test"))) {
            QVERIFY(!error->message.isEmpty());
            QCOMPARE(CoreErrors::isPermanent(*error), code == QLatin1String("core.rejected") ||
                                                          code == QLatin1String("core.notFound") ||
                                                          code == QLatin1String("core.forbidden"));
        }
    }

    void rejectionCarriesTheProblem()
    {
        const auto error = CoreErrors::classify(
            http(400, R"({"type":"urn:madoguchi:problem:validation-error","title":"Invalid","status":400,)"
                      R"("detail":"birthDate is not a date","field":"birthDate"})"),
            QStringLiteral("resident search"));
        QVERIFY(error);
        QVERIFY(error->message.contains(QStringLiteral("birthDate is not a date")));
        QVERIFY(error->message.contains(QStringLiteral("resident search")));
        QVERIFY(error->where.contains(QStringLiteral("field birthDate")));
    }

    void clientRejectedSaysWhatItProbablyMeans()
    {
        const Error error = CoreErrors::clientRejected(QStringLiteral("Connection closed"));
        QVERIFY(error.message.contains(QStringLiteral("client certificate")));
        QVERIFY(error.message.contains(QStringLiteral("IT")));
        QCOMPARE(error.where, QStringLiteral("Connection closed"));
    }

    void retryAfter()
    {
        QCOMPARE(CoreErrors::retryAfterMs("2"), 2000);
        QCOMPARE(CoreErrors::retryAfterMs(" 0 "), 0);
        QCOMPARE(CoreErrors::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT"), -1);
        QCOMPARE(CoreErrors::retryAfterMs({}), -1);
    }

    void backoffGrowsWithJitterAndCap()
    {
        const Backoff backoff(100, 1000);
        for (int i = 0; i < 200; ++i) {
            const int first = backoff.delayMs(1);
            QVERIFY(first >= 50 && first <= 100);
            const int third = backoff.delayMs(3);
            QVERIFY(third >= 200 && third <= 400);
            QVERIFY(backoff.delayMs(30) <= 1000);
            QVERIFY(backoff.delayMs(1, 700) >= 700);   // Retry-After respected...
            QVERIFY(backoff.delayMs(1, 5000) <= 1000); // ...up to the cap
        }
        QSet<int> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(backoff.delayMs(4));
        QVERIFY(seen.size() > 5); // jitter
    }

    void offlinePolicy()
    {
        for (Operation op : {Operation::Reception, Operation::CardReading, Operation::CashPayment,
                             Operation::CommitTransaction}) {
            QVERIFY(OfflinePolicy::canDoOffline(op));
            QVERIFY(OfflinePolicy::checkOffline(op));
        }
        for (Operation op : {Operation::ResidentLookupByMyNumber, Operation::ResidentLookupByName,
                             Operation::CertificateIssuance, Operation::SlipRegistration}) {
            QVERIFY(!OfflinePolicy::canDoOffline(op));
            const Status refused = OfflinePolicy::checkOffline(op);
            QCOMPARE(refused.error().code, QStringLiteral("core.offlineRefused"));
            QVERIFY(!refused.error().message.isEmpty());
            QCOMPARE(refused.error().where, OfflinePolicy::describe(op));
        }
    }

    void monitorFollowsOutcomes()
    {
        CoreClient client; // not configured: the monitor only listens here
        ConnectionMonitor monitor(client);
        QSignalSpy states(&monitor, &ConnectionMonitor::stateChanged);
        QSignalSpy back(&monitor, &ConnectionMonitor::cameBack);
        QSignalSpy banner(&monitor, &ConnectionMonitor::bannerChanged);
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Unknown);
        QVERIFY(monitor.bannerText().isEmpty());

        Q_EMIT client.exchangeFinished(Error{});
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Online);
        QCOMPARE(back.size(), 0); // unknown → online is no return

        // A refused request still means the core answered.
        Q_EMIT client.exchangeFinished(makeError(QStringLiteral("core.rejected"), QStringLiteral("no")));
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Online);

        Q_EMIT client.exchangeFinished(CoreErrors::offline(QStringLiteral("Connection refused")));
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Offline);
        QCOMPARE(monitor.lastError().code, QStringLiteral("core.offline"));
        monitor.setQueueDepth(3);
        QCOMPARE(monitor.queueDepth(), 3);
        QVERIFY2(monitor.bannerText().contains(QStringLiteral("3")), qPrintable(monitor.bannerText()));
        QVERIFY(monitor.bannerText().contains(QStringLiteral("offline")));
        QCOMPARE(banner.last().at(0).toString(), monitor.bannerText());
        QVERIFY(monitor.check(Operation::Reception));
        QCOMPARE(monitor.check(Operation::CertificateIssuance).error().code,
                 QStringLiteral("core.offlineRefused"));

        Q_EMIT client.exchangeFinished(makeError(QStringLiteral("core.server"), QStringLiteral("500")));
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Degraded);
        QVERIFY(monitor.bannerText().contains(QStringLiteral("errors")));
        QVERIFY(!monitor.check(Operation::ResidentLookupByName));

        Q_EMIT client.exchangeFinished(Error{});
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Online);
        QCOMPARE(back.size(), 1);
        QVERIFY(monitor.bannerText().contains(QStringLiteral("3"))); // still sending
        monitor.setQueueDepth(0);
        QVERIFY(monitor.bannerText().isEmpty());
        QCOMPARE(states.size(), 4);
        QVERIFY(monitor.check(Operation::CertificateIssuance));
    }
};

QTEST_GUILESS_MAIN(TestCoreErrors)
#include "tst_coreerrors.moc"
