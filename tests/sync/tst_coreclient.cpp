// CoreClient against a real madoguchi-core-sim over mutual TLS (tests/scripts/with-core-sim.sh):
// typed answers with the registered text intact, the error taxonomy for refusals, and the TLS
// matrix from the client's side. Cases that need a server with another certificate start a
// core-sim of their own with the test PKI.
#include "FakeCoreServer.h"
#include "OutboxChecks.h"
#include "SyncTestSupport.h"

#include "sync/ConnectionMonitor.h"
#include "sync/CoreClient.h"
#include "sync/CoreErrors.h"
#include "sync/OutboxSender.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace madoguchi;
using namespace madoguchi::sync;
using namespace madoguchi::test;

namespace {

// Runs one call and waits for its callback.
template <typename T, typename Start>
Result<T> call(Start start)
{
    std::optional<Result<T>> result;
    QObject context;
    start(&context, [&result](Result<T> r) { result = std::move(r); });
    if (!waitFor([&] { return result.has_value(); }, 60000))
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("no callback"));
    return *result;
}

Result<Health> healthWith(const CoreClientConfig& config, Error* configError = nullptr)
{
    CoreClient client;
    const Status configured = client.configure(config);
    if (!configured && configError)
        *configError = configured.error();
    return call<Health>([&](QObject* context, CoreClient::Callback<Health> done) {
        client.health(context, std::move(done), 3);
    });
}

// A fresh SQLite store whose outbox (counter-01) holds `items` transactions of new visits.
struct QueuedStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Outbox> outbox;

    bool open(int items)
    {
        DatabaseConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("store.sqlite"));
        auto opened = Database::open(config, {SyncSchema::migrations()});
        if (!opened)
            return false;
        db = std::move(opened.value());
        outbox = std::make_unique<Outbox>(*db, QStringLiteral("counter-01"));
        for (int i = 0; i < items; ++i) {
            if (enqueueOrFail(*db, *outbox, newVisit()).id <= 0)
                return false;
        }
        return true;
    }
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestCoreClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<CoreClient> m_client;   // counter-01: in the My Number segment
    std::unique_ptr<CoreClient> m_counter2; // outside it

    void expectCode(const QString& what, const Error& error, const QString& code)
    {
        QVERIFY2(error.code == code,
                 qPrintable(what + QStringLiteral(": got ") + error.code + u' ' + error.toString()));
        QVERIFY2(!error.message.isEmpty(), qPrintable(what));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!pkiDir().isEmpty() && coreSimUrl().isValid(), "run through tests/scripts/with-core-sim.sh");
        m_client = std::make_unique<CoreClient>();
        const Status ok = m_client->configure(clientConfig());
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        m_counter2 = std::make_unique<CoreClient>();
        QVERIFY(m_counter2->configure(clientConfig(QStringLiteral("counter-02.p12"))));
    }

    void healthNamesTheCertificatesCounter()
    {
        const Result<Health> health = call<Health>(
            [&](QObject* c, CoreClient::Callback<Health> done) { m_client->health(c, std::move(done)); });
        QVERIFY2(health, qPrintable(health ? QString() : health.error().toString()));
        QCOMPARE(health.value().counterId, QStringLiteral("counter-01"));
        QVERIFY(health.value().myNumberSegment);
        QVERIFY(!health.value().latestCursor.isEmpty());
    }

    void residentKeepsRegisteredText()
    {
        // 葛 + U+E0102 城: found by the folded key, returned with its selector.
        const Result<ResidentList> list = call<ResidentList>([&](QObject* c,
                                                                 CoreClient::Callback<ResidentList> d) {
            m_client->searchResidents(QStringLiteral("葛城"), QStringLiteral("1990-08-08"), c, std::move(d));
        });
        QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
        QCOMPARE(list.value().residents.size(), 1);
        const ResidentRecord& katsuragi = list.value().residents.constFirst();
        QCOMPARE(katsuragi.names.family.toUcs4(), QString(u"葛\U000E0102城"_qs).toUcs4());
        QCOMPARE(katsuragi.names.familyKana, QStringLiteral("カツラギ"));

        const Result<ResidentRecord> again =
            call<ResidentRecord>([&](QObject* c, CoreClient::Callback<ResidentRecord> d) {
                m_client->resident(katsuragi.residentId, c, std::move(d));
            });
        QVERIFY(again);
        QVERIFY(again.value() == katsuragi);

        // 𠮷 (U+20BB7) outside the BMP, by its reading.
        const Result<ResidentList> yoshino =
            call<ResidentList>([&](QObject* c, CoreClient::Callback<ResidentList> d) {
                m_client->searchResidents(QStringLiteral("よしの　さくら"), QStringLiteral("2001-03-03"), c,
                                          std::move(d));
            });
        QVERIFY2(yoshino, qPrintable(yoshino ? QString() : yoshino.error().toString()));
        QCOMPARE(yoshino.value().residents.size(), 1);
        QCOMPARE(yoshino.value().residents.constFirst().names.family.toUcs4(),
                 QString(u"\U00020BB7野"_qs).toUcs4());
        QVERIFY(yoshino.value().residents.constFirst().previousAddress.has_value());
    }

    void myNumberOnlyInTheSegment()
    {
        const auto lookup = [](CoreClient& client) {
            return call<ResidentRecord>([&](QObject* c, CoreClient::Callback<ResidentRecord> d) {
                client.residentByMyNumber(QStringLiteral("444455556665"), c, std::move(d));
            });
        };
        const Result<ResidentRecord> found = lookup(*m_client);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QCOMPARE(found.value().names.given, QStringLiteral("美咲"));
        const Result<ResidentRecord> refused = lookup(*m_counter2);
        QVERIFY(!refused);
        expectCode(QStringLiteral("outside the segment"), refused.error(), QStringLiteral("core.forbidden"));
        QVERIFY(!refused.error().toString().contains(QStringLiteral("444455556665")));
    }

    void notFoundAndRejected()
    {
        const Result<ResidentRecord> missing =
            call<ResidentRecord>([&](QObject* c, CoreClient::Callback<ResidentRecord> d) {
                m_client->resident(QStringLiteral("KT9999999"), c, std::move(d));
            });
        QVERIFY(!missing);
        expectCode(QStringLiteral("unknown resident"), missing.error(), QStringLiteral("core.notFound"));

        // A 400 names the field and is never retried.
        const Result<ResidentList> bad = call<ResidentList>([&](QObject* c,
                                                                CoreClient::Callback<ResidentList> d) {
            m_client->searchResidents(QStringLiteral("高橋"), QStringLiteral("1975-13-45"), c, std::move(d));
        });
        QVERIFY(!bad);
        expectCode(QStringLiteral("bad birth date"), bad.error(), QStringLiteral("core.rejected"));
        QVERIFY2(bad.error().where.contains(QStringLiteral("birthDate")), qPrintable(bad.error().where));
    }

    void certificateData()
    {
        const Result<TaxCertificateData> tax = call<TaxCertificateData>([&](QObject* c, auto d) {
            m_client->taxCertificates(QStringLiteral("KT0000001"), std::nullopt, c, std::move(d));
        });
        QVERIFY2(tax, qPrintable(tax ? QString() : tax.error().toString()));
        QVERIFY(!tax.value().years.isEmpty());
        const Result<SealRegistration> seal = call<SealRegistration>([&](QObject* c, auto d) {
            m_client->sealRegistration(QStringLiteral("KT0000001"), c, std::move(d));
        });
        QVERIFY2(seal, qPrintable(seal ? QString() : seal.error().toString()));
        QVERIFY(seal.value().image.startsWith("\x89PNG"));
        const Result<Koseki> koseki = call<Koseki>(
            [&](QObject* c, auto d) { m_client->koseki(QStringLiteral("KT0000001"), c, std::move(d)); });
        QVERIFY2(koseki, qPrintable(koseki ? QString() : koseki.error().toString()));
        QVERIFY(!koseki.value().entries.isEmpty());
    }

    void transactionIsIdempotent()
    {
        const QString key = uuid();
        const QJsonObject body{{QStringLiteral("visitId"), uuid()},
                               {QStringLiteral("sequence"), 1},
                               {QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:15:00+09:00")},
                               {QStringLiteral("items"), sampleItems()}};
        const auto send = [&] {
            return call<TransactionReceipt>(
                [&](QObject* c, auto d) { m_client->commitTransaction(key, body, c, std::move(d)); });
        };
        const Result<TransactionReceipt> first = send();
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        const Result<TransactionReceipt> replay = send();
        QVERIFY(replay);
        QCOMPARE(replay.value().transactionId, first.value().transactionId);
        QCOMPARE(first.value().counterId, QStringLiteral("counter-01"));
    }

    // --- the TLS matrix, from the client's side ---------------------------------------------

    void tlsGood()
    {
        const Result<Health> health = healthWith(clientConfig());
        QVERIFY2(health, qPrintable(health ? QString() : health.error().toString()));
    }

    void tlsServerFromAnotherCa()
    {
        // A server whose certificate the ward CA did not issue (here: the other CA's).
        CoreSimProcess other(CoreSimProcess::with(QStringLiteral("bad/counter-other-ca")));
        QString log;
        QVERIFY2(other.start(&log), qPrintable(log));
        const Result<Health> health =
            healthWith(clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), other.url()));
        QVERIFY(!health);
        expectCode(QStringLiteral("wrong CA"), health.error(), QStringLiteral("core.tls.untrusted"));
    }

    void tlsServerExpired()
    {
        CoreSimProcess expired(CoreSimProcess::with(QStringLiteral("bad/server-expired")));
        QString log;
        QVERIFY2(expired.start(&log), qPrintable(log));
        const Result<Health> health = healthWith(
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), expired.url()));
        QVERIFY(!health);
        expectCode(QStringLiteral("expired"), health.error(), QStringLiteral("core.tls.expired"));
    }

    void tlsServerWrongHost()
    {
        CoreSimProcess wrong(CoreSimProcess::with(QStringLiteral("bad/server-wrong-host")));
        QString log;
        QVERIFY2(wrong.start(&log), qPrintable(log));
        const Result<Health> health =
            healthWith(clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), wrong.url()));
        QVERIFY(!health);
        expectCode(QStringLiteral("wrong host"), health.error(), QStringLiteral("core.tls.wrongHost"));
    }

    void tlsNoClientCertificate()
    {
        Error configError;
        const Result<Health> health = healthWith(clientConfig(QString()), &configError);
        QVERIFY(!health);
        expectCode(QStringLiteral("no client certificate"), health.error(),
                   QStringLiteral("core.config.noClientCertificate"));
        QCOMPARE(configError.code, health.error().code);
    }

    void tlsClientCertificateExpired()
    {
        const Result<Health> health = healthWith(clientConfig(QStringLiteral("bad/counter-expired.p12")));
        QVERIFY(!health);
        expectCode(QStringLiteral("expired client certificate"), health.error(),
                   QStringLiteral("core.config.clientExpired"));
    }

    void tlsClientCertificateFromAnotherCa()
    {
        const Result<Health> health = healthWith(clientConfig(QStringLiteral("bad/counter-other-ca.p12")));
        QVERIFY(!health);
        expectCode(QStringLiteral("client certificate of another CA"), health.error(),
                   QStringLiteral("core.config.clientForeign"));
    }

    void tlsClientCertificateRejectedByServer_data()
    {
        QTest::addColumn<bool>("serverTrustsOtherCa");
        // The server trusts another CA than the one that issued this PC's certificate.
        QTest::newRow("server trusts another CA") << true;
        // This PC's CA file also lists the other CA, so the local check passes; the server
        // still refuses the other CA's certificate.
        QTest::newRow("certificate of another CA, CA file lists both") << false;
    }

    void tlsClientCertificateRejectedByServer()
    {
        QFETCH(bool, serverTrustsOtherCa);
        CoreSimProcess::Options options;
        CoreClientConfig config;
        QTemporaryDir dir;
        if (serverTrustsOtherCa) {
            options.ca = QStringLiteral("bad/other-ca.crt");
        }
        std::unique_ptr<CoreSimProcess> server = std::make_unique<CoreSimProcess>(options);
        QString log;
        QVERIFY2(server->start(&log), qPrintable(log));
        if (serverTrustsOtherCa) {
            config = clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), server->url());
        } else {
            QFile both(dir.filePath(QStringLiteral("both.pem")));
            QVERIFY(both.open(QIODevice::WriteOnly));
            for (const QString& name : {QStringLiteral("ca.crt"), QStringLiteral("bad/other-ca.crt")}) {
                QFile part(pkiDir() + u'/' + name);
                QVERIFY(part.open(QIODevice::ReadOnly));
                both.write(part.readAll());
            }
            both.close();
            config = clientConfig(QStringLiteral("bad/counter-other-ca.p12"), QString(), server->url());
            config.caFile = both.fileName();
        }
        const Result<Health> health = healthWith(config);
        QVERIFY(!health);
        expectCode(QStringLiteral("client certificate refused by the server"), health.error(),
                   QStringLiteral("core.tls.clientRejected"));
        QVERIFY2(health.error().message.contains(QStringLiteral("client certificate")),
                 qPrintable(health.error().message));
    }

    void tlsOldVersionOffered()
    {
        // This client offers TLS 1.1 only (through OpenSSL's own configuration: Qt 6.4's
        // TlsV1_1 is deprecated); the core refuses anything below 1.2.
        CoreClientConfig config = clientConfig();
        config.protocol = QSsl::AnyProtocol;
        config.tlsBackendOptions.insert("MinProtocol", QStringLiteral("TLSv1"));
        config.tlsBackendOptions.insert("MaxProtocol", QStringLiteral("TLSv1.1"));
        config.tlsBackendOptions.insert("CipherString", QStringLiteral("DEFAULT@SECLEVEL=0"));
        const Result<Health> health = healthWith(config);
        QVERIFY(!health);
        expectCode(QStringLiteral("TLS 1.1"), health.error(), QStringLiteral("core.tls.tooOld"));
    }

    void offlineWhenNobodyListens()
    {
        CoreSimProcess gone(CoreSimProcess::withArguments({}));
        QString log;
        QVERIFY2(gone.start(&log), qPrintable(log));
        const QUrl url = gone.url();
        gone.stop();
        const Result<Health> health =
            healthWith(clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), url));
        QVERIFY(!health);
        expectCode(QStringLiteral("nobody listening"), health.error(), QStringLiteral("core.offline"));
    }

    void slowAnswerTimesOut()
    {
        CoreSimProcess slow(
            CoreSimProcess::withArguments({QStringLiteral("--delay-ms"), QStringLiteral("3000")}));
        QString log;
        QVERIFY2(slow.start(&log), qPrintable(log));
        CoreClientConfig config =
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), slow.url());
        config.timeoutMs = 500;
        config.maxAttempts = 2;
        const Result<Health> health = healthWith(config);
        QVERIFY(!health);
        expectCode(QStringLiteral("slow answer"), health.error(), QStringLiteral("core.timeout"));
    }

    void serverErrorsAreRetriedThenReported()
    {
        CoreSimProcess failing(
            CoreSimProcess::withArguments({QStringLiteral("--fail-rate"), QStringLiteral("1")}));
        QString log;
        QVERIFY2(failing.start(&log), qPrintable(log));
        CoreClient client;
        QVERIFY(client.configure(
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), failing.url())));
        const Result<ResidentRecord> r = call<ResidentRecord>(
            [&](QObject* c, auto d) { client.resident(QStringLiteral("KT0000001"), c, std::move(d)); });
        QVERIFY(!r);
        expectCode(QStringLiteral("503 every time"), r.error(), QStringLiteral("core.server"));
    }

    // A refused POST must not leave its body on the keep-alive connection: the next request on
    // it would get the answer to the body's bytes (a 400) instead of its own.
    void refusedPostsLeaveTheConnectionClean()
    {
        CoreSimProcess failing(
            CoreSimProcess::withArguments({QStringLiteral("--fail-rate"), QStringLiteral("1")}));
        QString log;
        QVERIFY2(failing.start(&log), qPrintable(log));
        CoreClientConfig config =
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), failing.url());
        config.maxAttempts = 1;
        CoreClient client;
        QVERIFY(client.configure(config));
        for (int i = 0; i < 4; ++i) {
            const QJsonObject body{
                {QStringLiteral("visitId"), uuid()},
                {QStringLiteral("sequence"), 1},
                {QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:15:00+09:00")},
                {QStringLiteral("items"), sampleItems()}};
            const Result<TransactionReceipt> r = call<TransactionReceipt>(
                [&](QObject* c, auto d) { client.commitTransaction(uuid(), body, c, std::move(d)); });
            QVERIFY(!r);
            expectCode(QStringLiteral("request %1").arg(i), r.error(), QStringLiteral("core.server"));
        }
    }

    // --- answers no well-behaved core sends --------------------------------------------------

    void wrongTypeNamesTheField()
    {
        FakeCoreServer fake([](const QByteArray&, const QByteArray&, const QByteArray&) {
            return FakeCoreServer::Answer{
                200, "application/json",
                R"({"status":"ok","apiVersion":1,"server":"x","time":"t",)"
                R"("counterId":"counter-01","myNumberSegment":false,"latestCursor":"c1"})"};
        });
        QVERIFY(fake.listen());
        CoreClient client;
        QVERIFY(client.configure(
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), fake.url())));
        ConnectionMonitor monitor(client);
        const Result<Health> health =
            call<Health>([&](QObject* c, auto d) { client.health(c, std::move(d)); });
        QVERIFY(!health);
        expectCode(QStringLiteral("apiVersion as a number"), health.error(),
                   QStringLiteral("core.malformed"));
        QCOMPARE(health.error().where, QStringLiteral("apiVersion"));
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Degraded);
        QCOMPARE(fake.requests(), 1); // a malformed answer is not retried
    }

    // A batch's answer of 400 results (~80 KB) is decoded on a worker thread; the caller gets
    // it on its own thread all the same, whole, or with the exact place of what is wrong.
    void largeAnswerDecodedOffTheCallersThread_data()
    {
        QTest::addColumn<int>("broken");
        QTest::newRow("good") << -1;
        QTest::newRow("result 350 without a receipt") << 350;
    }

    void largeAnswerDecodedOffTheCallersThread()
    {
        QFETCH(int, broken);
        const int n = 400;
        QList<BatchEntry> entries;
        for (int i = 0; i < n; ++i)
            entries << BatchEntry{uuid(), QJsonObject{{QStringLiteral("visitId"), uuid()}}, {}};
        QByteArray answer = "{\"results\":[";
        for (int i = 0; i < n; ++i) {
            answer += (i ? "," : "") + QByteArray("{\"idempotencyKey\":\"") +
                      entries.at(i).idempotencyKey.toLatin1() + "\",\"status\":201,\"replay\":false";
            if (i != broken)
                answer += ",\"receipt\":{\"transactionId\":\"" + uuid().toLatin1() +
                          "\",\"counterId\":\"counter-01\",\"visitId\":\"" + uuid().toLatin1() +
                          "\",\"sequence\":1,\"itemCount\":2,\"receivedAt\":\"2026-11-28T09:00:00+09:00\"}";
            answer += '}';
        }
        answer += "]}";
        QVERIFY(answer.size() > 32 * 1024);
        FakeCoreServer fake([&](const QByteArray&, const QByteArray&, const QByteArray&) {
            return FakeCoreServer::Answer{200, "application/json", answer};
        });
        QVERIFY(fake.listen());
        CoreClient client;
        QVERIFY(client.configure(
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), fake.url())));
        QSignalSpy exchanges(&client, &CoreClient::exchangeFinished);
        QThread* callbackThread = nullptr;
        const Result<BatchResult> result = call<BatchResult>([&](QObject* c, auto d) {
            client.commitBatch(
                entries, c,
                [&callbackThread, d](Result<BatchResult> r) {
                    callbackThread = QThread::currentThread();
                    d(std::move(r));
                },
                1);
        });
        QCOMPARE(callbackThread, QThread::currentThread());
        QCOMPARE(exchanges.size(), 1);
        if (broken < 0) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            QCOMPARE(result.value().results.size(), n);
            QCOMPARE(result.value().results.at(n - 1).idempotencyKey, entries.at(n - 1).idempotencyKey);
            QVERIFY(result.value().results.at(n - 1).stored());
            QVERIFY(exchanges.first().at(0).value<Error>().code.isEmpty());
        } else {
            QVERIFY(!result);
            expectCode(QStringLiteral("a missing receipt"), result.error(), QStringLiteral("core.malformed"));
            QCOMPARE(result.error().where, QStringLiteral("results[%1].receipt").arg(broken));
            QCOMPARE(exchanges.first().at(0).value<Error>().code, QStringLiteral("core.malformed"));
        }
    }

    // The core stored the batch but its answer cannot be recorded (the store refuses writes):
    // nothing is lost, the items go again after a back-off (not in a tight loop), and the
    // replay's answer is recorded once the store writes again.
    void unrecordedAnswerIsSentAgainAfterABackOff()
    {
        QList<QByteArray> bodies;
        FakeCoreServer fake([&](const QByteArray&, const QByteArray&, const QByteArray& body) {
            bodies << body;
            const QJsonArray sent =
                QJsonDocument::fromJson(body).object().value(QStringLiteral("transactions")).toArray();
            QJsonArray results;
            for (const QJsonValue& entry : sent) {
                const QJsonObject tx = entry.toObject().value(QStringLiteral("transaction")).toObject();
                results.append(QJsonObject{
                    {QStringLiteral("idempotencyKey"),
                     entry.toObject().value(QStringLiteral("idempotencyKey"))},
                    {QStringLiteral("status"), bodies.size() == 1 ? 201 : 200},
                    {QStringLiteral("replay"), bodies.size() > 1},
                    {QStringLiteral("receipt"),
                     QJsonObject{
                         {QStringLiteral("transactionId"), uuid()},
                         {QStringLiteral("counterId"), QStringLiteral("counter-01")},
                         {QStringLiteral("visitId"), tx.value(QStringLiteral("visitId"))},
                         {QStringLiteral("sequence"), tx.value(QStringLiteral("sequence"))},
                         {QStringLiteral("itemCount"), 1},
                         {QStringLiteral("receivedAt"), QStringLiteral("2026-11-28T09:00:00+09:00")}}}});
            }
            return FakeCoreServer::Answer{200, "application/json",
                                          QJsonDocument(QJsonObject{{QStringLiteral("results"), results}})
                                              .toJson(QJsonDocument::Compact)};
        });
        QVERIFY(fake.listen());
        QueuedStore store;
        QVERIFY(store.open(3));
        Outbox& outbox = *store.outbox;
        QSqlQuery trigger(store.db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_record BEFORE UPDATE ON sync_outbox "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        CoreClient client;
        QVERIFY(client.configure(
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), fake.url())));
        OutboxSender sender(outbox, client);
        sender.setRetryBackoff(5000, 5000); // 2.5 to 5 s with jitter
        QSignalSpy storage(&sender, &OutboxSender::storageFailed);
        QSignalSpy batches(&sender, &OutboxSender::batchFinished);
        sender.start();
        QVERIFY(waitFor([&] { return !storage.isEmpty(); }));
        QVERIFY(storage.first().at(0).value<Error>().toString().contains(QStringLiteral("disk full")));
        QCOMPARE(outbox.pendingCount().value(), 3); // nothing lost
        // The back-off holds: no second request at once (this waits well under 2.5 s).
        QTest::qWait(300);
        QCOMPARE(bodies.size(), 1);
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_record")));
        sender.kick(); // as when the next transaction is queued
        QVERIFY(waitFor([&] { return outbox.pendingCount().value() == 0; }, 10000));
        sender.stop();
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(1), bodies.at(0)); // the same keys and bodies: a replay
        const QList<OutboxItem> items = outbox.items().value();
        for (const OutboxItem& item : items) {
            QCOMPARE(item.state, OutboxState::Delivered);
            QCOMPARE(item.attempts, 1); // the unrecorded attempt left no trace
        }
    }

    void brokenAnswersLoseNoTransaction_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("{\"results\": [") << 200 << QStringLiteral("core.malformed");
        QTest::newRow("HTML from a proxy")
            << QByteArray("<html>Bad gateway</html>") << 502 << QStringLiteral("core.server");
        QTest::newRow("too few results")
            << QByteArray(R"({"results":[]})") << 200 << QStringLiteral("core.malformed");
        QTest::newRow("status as text")
            << QByteArray(R"({"results":[{"idempotencyKey":"k","status":"201","replay":false}]})") << 200
            << QStringLiteral("core.malformed");
    }

    void brokenAnswersLoseNoTransaction()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        FakeCoreServer fake([&](const QByteArray&, const QByteArray&, const QByteArray&) {
            return FakeCoreServer::Answer{status, "application/json", body};
        });
        QVERIFY(fake.listen());
        QueuedStore store;
        QVERIFY(store.open(3));
        Outbox& outbox = *store.outbox;
        CoreClient client;
        QVERIFY(client.configure(
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), fake.url())));
        OutboxSender sender(outbox, client);
        QSignalSpy batches(&sender, &OutboxSender::batchFinished);
        sender.start();
        QVERIFY(waitFor([&] { return !batches.isEmpty(); }));
        sender.stop();
        QCOMPARE(batches.first().at(2).toInt(), 0); // nothing refused...
        QCOMPARE(outbox.pendingCount().value(), 3); // ...nothing lost
        // Kept in a variable: a range-for over value() of a temporary Result would dangle.
        const QList<OutboxItem> items = outbox.items().value();
        for (const OutboxItem& item : items) {
            QCOMPARE(item.state, OutboxState::Failed);
            QVERIFY(!item.blocked);
            QCOMPARE(item.lastErrorCode, code);
            QVERIFY(item.nextAttemptAt.isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestCoreClient)
#include "tst_coreclient.moc"
