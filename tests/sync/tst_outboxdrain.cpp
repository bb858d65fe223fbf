// The outbox draining to a real madoguchi-core-sim (tests/scripts/with-core-sim.sh): every
// transaction reaches the core exactly once — through kill -9 of the client, a core that stops
// mid-run and returns, and a core that fails some requests — and a refused transaction blocks
// only its own visit.
#include "OutboxChecks.h"
#include "SyncTestSupport.h"

#include "sync/CoreErrors.h"
#include "sync/CoreLink.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::sync;
using namespace madoguchi::test;

namespace {

std::unique_ptr<Database> openStore(const QString& path)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    auto opened = Database::open(config, {SyncSchema::migrations()});
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

// Every item of the local outbox, for checking the core's side.
QList<OutboxItem> allItems(const Outbox& outbox)
{
    return outbox.items({}, 100000).valueOr({});
}

// Asks the core about every item again (same key, same body): each must come back as a stored
// replay. Together with the core's unique (counter, key) and (visit, sequence) that is "exactly
// once". Returns a description of the first mismatch, or nothing.
QString coreHoldsEachOnce(const CoreClientConfig& config, const QList<OutboxItem>& items)
{
    CoreClient client;
    if (!client.configure(config))
        return QStringLiteral("client not configured");
    for (qsizetype from = 0; from < items.size(); from += 500) {
        QList<BatchEntry> entries;
        for (qsizetype i = from; i < std::min(items.size(), from + 500); ++i)
            entries << BatchEntry{items.at(i).idempotencyKey, items.at(i).transaction, {}};
        std::optional<Result<BatchResult>> result;
        QObject context;
        client.commitBatch(entries, &context, [&result](Result<BatchResult> r) { result = std::move(r); });
        if (!waitFor([&] { return result.has_value(); }, 60000))
            return QStringLiteral("no answer");
        if (!*result)
            return result->error().toString();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const BatchItemResult& r = result->value().results.at(i);
            if (r.status != 200 || !r.replay)
                return QStringLiteral("item %1 (visit %2 #%3): status %4, replay %5")
                    .arg(items.at(from + i).id)
                    .arg(items.at(from + i).visitId)
                    .arg(items.at(from + i).sequence)
                    .arg(r.status)
                    .arg(r.replay);
        }
    }
    return {};
}

// Rows the core's SQLite store holds for these visits, and distinct keys among them.
QPair<int, int> coreRows(const QString& coreDb, const QList<OutboxItem>& items)
{
    QSet<QString> visits;
    for (const OutboxItem& item : items)
        visits.insert(u'\'' + item.visitId + u'\'');
    const QString name = QStringLiteral("core-inspect-%1").arg(QRandomGenerator::global()->generate());
    QPair<int, int> rows{-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(coreDb);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(
                    QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT idempotency_key) FROM cs_transactions "
                                   "WHERE visit_id IN (%1)")
                        .arg(QStringList(visits.cbegin(), visits.cend()).join(u','))) &&
                query.next())
                rows = {query.value(0).toInt(), query.value(1).toInt()};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Items the helper's store has marked delivered (-1 when it cannot be read yet), read while the
// helper writes it: read-only, with a busy timeout.
int deliveredInStore(const QString& path)
{
    const QString name = QStringLiteral("store-inspect-%1").arg(QRandomGenerator::global()->generate());
    int delivered = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state = 'delivered'")) &&
                query.next())
                delivered = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return delivered;
}

// Enough work that 20 kills, each after some progress, never finish it.
constexpr int kKilledVisits = 150;

} // namespace

class TestOutboxDrain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void waitDrained(const Outbox& outbox, int timeoutMs = 60000)
    {
        QVERIFY2(waitFor([&] { return outbox.pendingCount().valueOr(-1) == 0; }, timeoutMs),
                 qPrintable(QStringLiteral("still pending: %1").arg(outbox.pendingCount().valueOr(-1))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!pkiDir().isEmpty() && coreSimUrl().isValid(), "run through tests/scripts/with-core-sim.sh");
        QVERIFY(m_dir.isValid());
    }

    void drainsEverythingExactlyOnce()
    {
        auto db = openStore(m_dir.filePath(QStringLiteral("drain.sqlite")));
        QVERIFY(db);
        CoreLink link(*db, QStringLiteral("counter-01"));
        link.sender().setBatchSize(7);
        for (int v = 0; v < 20; ++v) {
            const QString visit = newVisit();
            for (int k = 0; k < 3; ++k)
                QVERIFY(enqueueOrFail(*db, link.outbox(), visit, 100 + k).id > 0);
        }
        QSignalSpy batches(&link.sender(), &OutboxSender::batchFinished);
        QVERIFY(link.start(clientConfig()));
        MADOGUCHI_CHECK(waitDrained(link.outbox()));
        // Never more than 7 per batch; a visit's next item waits for the previous one.
        QVERIFY(batches.size() >= (60 + 6) / 7);
        QCOMPARE(link.monitor().state(), ConnectionMonitor::State::Online);
        // The sender reports the depth when it goes idle (during a drain at most every 250 ms).
        QVERIFY(waitFor([&] { return link.monitor().queueDepth() == 0; }, 5000));
        QVERIFY(link.monitor().bannerText().isEmpty());
        const QList<OutboxItem> items = allItems(link.outbox());
        QCOMPARE(items.size(), 60);
        for (const OutboxItem& item : items) {
            QCOMPARE(item.state, OutboxState::Delivered);
            QCOMPARE(item.attempts, 1);
            QVERIFY(!item.transactionId.isEmpty());
        }
        const QString coreDb = qEnvironmentVariable("MADOGUCHI_CORESIM_DB");
        if (!coreDb.startsWith(QLatin1String("postgres")))
            QCOMPARE(coreRows(coreDb, items), qMakePair(60, 60));
        const QString mismatch = coreHoldsEachOnce(clientConfig(), items);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        link.stop();
    }

    void killedTwentyTimesDeliversEachOnce()
    {
        // A core of its own that answers slowly, so that the kills land in the middle of drains.
        CoreSimProcess core(
            CoreSimProcess::withArguments({QStringLiteral("--delay-ms"), QStringLiteral("100")}));
        QString log;
        QVERIFY2(core.start(&log), qPrintable(log));
        const QString store = m_dir.filePath(QStringLiteral("killed.sqlite"));
        const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QStringList arguments = {QStringLiteral("--db"),        store,
                                       QStringLiteral("--url"),       core.url().toString(),
                                       QStringLiteral("--pki"),       pkiDir(),
                                       QStringLiteral("--run"),       run,
                                       QStringLiteral("--visits"),    QString::number(kKilledVisits),
                                       QStringLiteral("--per-visit"), QStringLiteral("3"),
                                       QStringLiteral("--batch"),     QStringLiteral("4")};
        const QString helper = QCoreApplication::applicationDirPath() + QStringLiteral("/sync_drain_helper");
        // Each round waits until the helper has delivered something more (so the kill lands in
        // the middle of a drain, whatever the machine's speed), then kills it a random few
        // milliseconds later: between a batch sent and its answer recorded, or in a write.
        QList<int> deliveredAfterKill;
        int lastDelivered = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess process;
            process.start(helper, arguments);
            QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return deliveredInStore(store) > lastDelivered ||
                                    process.state() == QProcess::NotRunning;
                         },
                         60000),
                     "the helper made no progress");
            QVERIFY2(process.state() == QProcess::Running, "the drain finished before 20 kills");
            QTest::qWait(int(QRandomGenerator::global()->bounded(60)));
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            auto db = openStore(store);
            QVERIFY(db);
            lastDelivered = Outbox(*db, QStringLiteral("counter-01")).counts().valueOr({}).delivered;
            deliveredAfterKill << lastDelivered;
        }
        qInfo() << "delivered after each kill:" << deliveredAfterKill;
        QCOMPARE(deliveredAfterKill.size(), 20);
        // The last run, undisturbed, finishes the work.
        QProcess last;
        last.start(helper, arguments);
        QVERIFY(last.waitForFinished(120000));
        QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
                 last.readAllStandardError().constData());

        auto db = openStore(store);
        QVERIFY(db);
        const Outbox outbox(*db, QStringLiteral("counter-01"));
        const QList<OutboxItem> items = allItems(outbox);
        QCOMPARE(items.size(), kKilledVisits * 3);
        QCOMPARE(outbox.pendingCount().value(), 0);
        QCOMPARE(coreRows(core.dbPath(), items), qMakePair(kKilledVisits * 3, kKilledVisits * 3));
        const QString mismatch = coreHoldsEachOnce(
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), core.url()), items);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void coreStopsAndReturns()
    {
        CoreSimProcess core(CoreSimProcess::withArguments({}));
        QString log;
        QVERIFY2(core.start(&log), qPrintable(log));
        auto db = openStore(m_dir.filePath(QStringLiteral("offline.sqlite")));
        QVERIFY(db);
        CoreLink link(*db, QStringLiteral("counter-01"));
        link.monitor().setIntervals(1000, 150);
        link.sender().setRetryBackoff(100, 400);
        link.sender().setIdleCheckMs(200);
        CoreClientConfig config =
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), core.url());
        config.maxAttempts = 1;
        QVERIFY(link.start(config, 500));
        for (int i = 0; i < 5; ++i)
            enqueueOrFail(*db, link.outbox(), newVisit());
        link.transactionQueued();
        MADOGUCHI_CHECK(waitDrained(link.outbox()));

        // The core goes away mid-day: the monitor notices, the counter goes on taking work.
        core.stop();
        QVERIFY(waitFor([&] { return link.monitor().state() == ConnectionMonitor::State::Offline; }, 20000));
        QCOMPARE(link.monitor().lastError().code, QStringLiteral("core.offline"));
        for (int i = 0; i < 12; ++i) {
            enqueueOrFail(*db, link.outbox(), newVisit());
            link.transactionQueued();
        }
        QVERIFY(waitFor([&] { return link.monitor().queueDepth() == 12; }, 20000));
        const QString banner = link.monitor().bannerText();
        QVERIFY2(banner.contains(QStringLiteral("12")) && banner.contains(QStringLiteral("offline")),
                 qPrintable(banner));
        QVERIFY(link.monitor().check(Operation::Reception));
        QVERIFY(link.monitor().check(Operation::CashPayment));
        const Status refused = link.monitor().check(Operation::CertificateIssuance);
        QCOMPARE(refused.error().code, QStringLiteral("core.offlineRefused"));
        QCOMPARE(link.monitor().check(Operation::ResidentLookupByMyNumber).error().code,
                 QStringLiteral("core.offlineRefused"));
        // Failed attempts are kept with their reason and a next attempt time.
        QVERIFY(waitFor([&] { return link.outbox().counts().valueOr({}).failed > 0; }, 20000));
        const OutboxItem waiting = link.outbox().items({OutboxState::Failed}).value().first();
        QCOMPARE(waiting.lastErrorCode, QStringLiteral("core.offline"));
        QVERIFY(waiting.nextAttemptAt.isValid());
        QVERIFY(!waiting.blocked);

        // The core returns on the same address: the queue drains by itself.
        QSignalSpy cameBack(&link.monitor(), &ConnectionMonitor::cameBack);
        QVERIFY2(core.start(&log), qPrintable(log));
        MADOGUCHI_CHECK(waitDrained(link.outbox(), 30000));
        QVERIFY(cameBack.size() >= 1);
        QVERIFY(waitFor([&] { return link.monitor().queueDepth() == 0; }, 10000));
        QCOMPARE(link.monitor().state(), ConnectionMonitor::State::Online);
        const QList<OutboxItem> items = allItems(link.outbox());
        QCOMPARE(coreRows(core.dbPath(), items), qMakePair(17, 17));
        link.stop();
    }

    void flakyCoreLosesNothing()
    {
        // 503 for 30 % of requests, and 20 % of transactions stored and then answered with 500.
        CoreSimProcess core(CoreSimProcess::withArguments(
            {QStringLiteral("--fail-rate"), QStringLiteral("0.3"), QStringLiteral("--fail-after-commit-rate"),
             QStringLiteral("0.2")}));
        QString log;
        QVERIFY2(core.start(&log), qPrintable(log));
        auto db = openStore(m_dir.filePath(QStringLiteral("flaky.sqlite")));
        QVERIFY(db);
        CoreLink link(*db, QStringLiteral("counter-01"));
        // Small batches and no retry inside the client: every failure reaches the outbox, and
        // with some 25 requests the chance that none fails is about 1 in 10,000.
        link.sender().setBatchSize(2);
        link.sender().setRetryBackoff(20, 100);
        link.sender().setIdleCheckMs(100);
        link.monitor().setIntervals(200, 100);
        for (int v = 0; v < 25; ++v) {
            const QString visit = newVisit();
            enqueueOrFail(*db, link.outbox(), visit, 100);
            enqueueOrFail(*db, link.outbox(), visit, 200);
        }
        CoreClientConfig config =
            clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"), core.url());
        config.maxAttempts = 1;
        QVERIFY(link.start(config));
        MADOGUCHI_CHECK(waitDrained(link.outbox(), 90000));
        link.stop();
        const QList<OutboxItem> items = allItems(link.outbox());
        int retried = 0;
        for (const OutboxItem& item : items)
            retried += item.attempts > 1 ? 1 : 0;
        QVERIFY2(retried > 0, "the failure knobs did not bite");
        QCOMPARE(coreRows(core.dbPath(), items), qMakePair(50, 50));
    }

    void refusalBlocksOnlyItsVisit()
    {
        auto db = openStore(m_dir.filePath(QStringLiteral("refused.sqlite")));
        QVERIFY(db);
        CoreLink link(*db, QStringLiteral("counter-01"));
        const QString bad = newVisit();
        const QJsonArray unknownResident{
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificateIssued")},
                        {QStringLiteral("certificateType"), QStringLiteral("juminhyo")},
                        {QStringLiteral("copies"), 1},
                        {QStringLiteral("residentId"), QStringLiteral("KT9999999")}}};
        OutboxItem first;
        QVERIFY(inWriteTransaction(db->connection(), [&]() -> Status {
            Result<OutboxItem> item = link.outbox().enqueue(db->connection(), bad, unknownResident);
            if (!item)
                return item.error();
            first = item.value();
            return {};
        }));
        const OutboxItem second = enqueueOrFail(*db, link.outbox(), bad);
        const OutboxItem other = enqueueOrFail(*db, link.outbox(), newVisit());
        QVERIFY(link.start(clientConfig()));
        QVERIFY(
            waitFor([&] { return link.outbox().item(other.id).value().state == OutboxState::Delivered; }));
        QVERIFY(waitFor([&] { return link.outbox().item(first.id).value().blocked; }));
        const OutboxItem refused = link.outbox().item(first.id).value();
        QCOMPARE(refused.state, OutboxState::Failed);
        QCOMPARE(refused.lastErrorCode, QStringLiteral("core.notFound"));
        // The second went in the same batch; the core could not take it without the first, so
        // it waits (not refused, not blocked) until a supervisor releases the first.
        const OutboxItem waiting = link.outbox().item(second.id).value();
        QCOMPARE(waiting.state, OutboxState::Failed);
        QCOMPARE(waiting.lastErrorCode, QStringLiteral("sync.waiting"));
        QVERIFY(!waiting.blocked);
        QVERIFY(waitFor([&] { return link.monitor().queueDepth() == 2; }, 5000));
        link.stop();
    }
};

QTEST_GUILESS_MAIN(TestOutboxDrain)
#include "tst_outboxdrain.moc"
