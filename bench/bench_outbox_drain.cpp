// Draining the outbox to madoguchi-core-sim over mutual TLS (run through bench/run-sync-bench.sh):
// N queued transactions sent in batches (POST /v1/transactions:batch, up to 500 per request)
// next to the naive way, one POST /v1/transactions per transaction, measured in the same run.
// Then it checks the core's side: every transaction held exactly once (0 lost, 0 duplicate).
//
//   bench_outbox_drain [--items N] [--per-visit K] [--batch B] [--parallel P]   (10000, 4, 500, 4)
//                      [--batched-only]   (no naive loop, no ratio: for profiling the drain)
// Needs MADOGUCHI_CORESIM_URL and MADOGUCHI_CORESIM_PKI (tests/scripts/with-core-sim.sh sets them).
#include "common/Database.h"
#include "common/TimeOrderedUuid.h"
#include "sync/CoreClient.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"
#include "sync/SyncSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace madoguchi;
using namespace madoguchi::sync;

namespace {
// CPU seconds (user + system) of this process.
double cpuSelf()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// CPU seconds of the core-sim process (MADOGUCHI_CORESIM_PID, from /proc/<pid>/stat: utime and
// stime are fields 14 and 15, in clock ticks); -1 when unknown.
double cpuCore()
{
    std::ifstream file("/proc/" + qEnvironmentVariable("MADOGUCHI_CORESIM_PID").toStdString() + "/stat");
    std::string line;
    if (!std::getline(file, line) || line.rfind(')') == std::string::npos)
        return -1;
    std::istringstream fields(line.substr(line.rfind(')') + 2)); // from field 3 on
    std::string skip;
    for (int i = 3; i < 14; ++i)
        fields >> skip;
    long user = 0;
    long system = 0;
    fields >> user >> system;
    return double(user + system) / double(sysconf(_SC_CLK_TCK));
}

CoreClientConfig configFromEnvironment()
{
    const QString pki = qEnvironmentVariable("MADOGUCHI_CORESIM_PKI") + u'/';
    CoreClientConfig config;
    config.baseUrl = QUrl(qEnvironmentVariable("MADOGUCHI_CORESIM_URL"));
    config.caFile = pki + QStringLiteral("ca.crt");
    config.pkcs12File = pki + QStringLiteral("counter-01.p12");
    QFile passphrase(pki + QStringLiteral("p12-passphrase.txt"));
    if (passphrase.open(QIODevice::ReadOnly))
        config.passphrase = passphrase.readAll().trimmed();
    config.timeoutMs = 60000;
    return config;
}

QJsonArray items(int k)
{
    return QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificateIssued")},
                                  {QStringLiteral("certificateType"), QStringLiteral("juminhyo")},
                                  {QStringLiteral("copies"), 1 + k % 3}},
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("feePaid")},
                                  {QStringLiteral("amountYen"), 300 * (1 + k % 3)},
                                  {QStringLiteral("method"), QStringLiteral("cash")}}};
}

// Queues `count` transactions in visits of `perVisit`, each visit in one database transaction.
bool fill(Database& db, const Outbox& outbox, int count, int perVisit, qint64* elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    for (int queued = 0; queued < count;) {
        const QString visit = TimeOrderedUuid::createString(); // as VisitStore makes them
        const int n = std::min(perVisit, count - queued);
        const Status status = inWriteTransaction(db.connection(), [&]() -> Status {
            for (int k = 0; k < n; ++k) {
                Result<OutboxItem> item = outbox.enqueue(db.connection(), visit, items(k));
                if (!item)
                    return item.error();
            }
            return {};
        });
        if (!status) {
            std::fprintf(stderr, "enqueue failed: %s\n", qPrintable(status.error().toString()));
            return false;
        }
        queued += n;
    }
    *elapsedMs = timer.elapsed();
    return true;
}

// Waits in the event loop until done() holds; each call returns after it has handled an event.
// Not processEvents(flags, maxTime): that overload never waits, and its busy loop took a core
// from the client's network thread and from the server.
bool spin(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return true;
}

// Every item sent again as a batch: each must be a stored replay (200, replay) — none lost — and
// the core's unique (counter, key) / (visit, sequence) rule out a duplicate.
int notHeldOnce(CoreClient& client, const QList<OutboxItem>& all)
{
    int bad = 0;
    for (qsizetype from = 0; from < all.size(); from += 500) {
        QList<BatchEntry> entries;
        for (qsizetype i = from; i < std::min(all.size(), from + 500); ++i)
            entries << BatchEntry{all.at(i).idempotencyKey, all.at(i).transaction, {}};
        std::optional<Result<BatchResult>> result;
        QObject context;
        client.commitBatch(entries, &context, [&result](Result<BatchResult> r) { result = std::move(r); });
        spin([&] { return result.has_value(); });
        if (!*result)
            return int(all.size());
        for (const BatchItemResult& r : result->value().results)
            bad += (r.status == 200 && r.replay) ? 0 : 1;
    }
    return bad;
}

// Rows of the core's SQLite store for these keys (-1 when the core runs on PostgreSQL).
int coreRows(const QList<OutboxItem>& all)
{
    const QString path = qEnvironmentVariable("MADOGUCHI_CORESIM_DB");
    if (path.isEmpty() || path.startsWith(QLatin1String("postgres")))
        return -1;
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("core"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("CREATE TEMP TABLE bench_keys (k TEXT PRIMARY KEY)"));
            db.transaction();
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO bench_keys (k) VALUES (?)"));
            for (const OutboxItem& item : all) {
                insert.bindValue(0, item.idempotencyKey);
                insert.exec();
            }
            db.commit();
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM cs_transactions t JOIN bench_keys b ON "
                                          "t.idempotency_key = b.k")) &&
                query.next())
                rows = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("core"));
    return rows;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("items"), QStringLiteral("transactions per run"), QStringLiteral("N"),
          QStringLiteral("10000")},
         {QStringLiteral("per-visit"), QStringLiteral("transactions per visit"), QStringLiteral("K"),
          QStringLiteral("4")},
         {QStringLiteral("batch"), QStringLiteral("batch size"), QStringLiteral("B"), QStringLiteral("500")},
         {QStringLiteral("parallel"), QStringLiteral("batches in flight"), QStringLiteral("P"),
          QStringLiteral("4")},
         {QStringLiteral("batched-only"), QStringLiteral("skip the naive loop (for profiling)")}});
    parser.process(app);
    const int count = parser.value(QStringLiteral("items")).toInt();
    const int perVisit = std::max(1, parser.value(QStringLiteral("per-visit")).toInt());
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    const bool naiveToo = !parser.isSet(QStringLiteral("batched-only"));

    QTemporaryDir dir;
    DatabaseConfig dbConfig;
    dbConfig.sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto opened = Database::open(dbConfig, {SyncSchema::migrations()});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database& db = *opened.value();
    CoreClient client;
    if (const Status configured = client.configure(configFromEnvironment()); !configured) {
        std::fprintf(stderr, "%s\n", qPrintable(configured.error().toString()));
        return 1;
    }

    // 1. Batched drain through the outbox.
    Outbox batched(db, QStringLiteral("bench-batched"));
    qint64 fillMs = 0;
    if (!fill(db, batched, count, perVisit, &fillMs))
        return 1;
    OutboxSender sender(batched, client);
    sender.setBatchSize(batch);
    sender.setParallelBatches(parser.value(QStringLiteral("parallel")).toInt());
    int requests = 0;
    QObject::connect(&sender, &OutboxSender::batchFinished, &app, [&requests](int, int, int) { ++requests; });
    // The sender reports the queue after each batch and goes idle when nothing may be sent:
    // asking the store after every event instead cost the client a table scan each time.
    bool drained = false;
    QObject::connect(&sender, &OutboxSender::queueChanged, &app,
                     [&drained](int pending) { drained = drained || pending == 0; });
    QObject::connect(&sender, &OutboxSender::idle, &app, [&drained] { drained = true; });
    QElapsedTimer timer;
    const double clientCpu0 = cpuSelf();
    const double coreCpu0 = cpuCore();
    timer.start();
    sender.start();
    spin([&] { return drained; });
    const qint64 batchedMs = timer.elapsed();
    const double batchedClientCpu = cpuSelf() - clientCpu0;
    const double batchedCoreCpu = cpuCore() - coreCpu0;
    sender.stop();

    // 2. Naive: one request per transaction, in order, each waiting for the previous answer.
    Outbox naive(db, QStringLiteral("bench-naive"));
    qint64 naiveFillMs = 0;
    if (naiveToo && !fill(db, naive, count, perVisit, &naiveFillMs))
        return 1;
    const QList<OutboxItem> naiveItems = naiveToo ? naive.items({}, count).value() : QList<OutboxItem>();
    int naiveFailed = 0;
    const double clientCpu1 = cpuSelf();
    const double coreCpu1 = cpuCore();
    timer.restart();
    for (qsizetype i = naiveItems.size() - 1; i >= 0; --i) { // items() is newest first
        const OutboxItem& item = naiveItems.at(i);
        bool done = false;
        QObject context;
        client.commitTransaction(item.idempotencyKey, item.transaction, &context,
                                 [&](Result<TransactionReceipt> r) {
                                     naiveFailed += r ? 0 : 1;
                                     done = true;
                                 });
        spin([&] { return done; });
    }
    const qint64 naiveMs = timer.elapsed();
    const double naiveClientCpu = cpuSelf() - clientCpu1;
    const double naiveCoreCpu = cpuCore() - coreCpu1;

    // 3. The core's side.
    const QList<OutboxItem> sent = batched.items({}, count).value();
    const Result<OutboxCounts> counts = batched.counts();
    const int notOnce = notHeldOnce(client, sent) + notHeldOnce(client, naiveItems);
    const int rows = coreRows(sent + naiveItems);

    const auto rate = [](int n, qint64 ms) { return ms > 0 ? 1000.0 * n / double(ms) : 0.0; };
    std::printf(
        "outbox drain to madoguchi-core-sim over mutual TLS (loopback), %d transactions, %d per visit\n",
        count, perVisit);
    std::printf("%-34s %10s %12s %10s\n", "method", "total ms", "items/s", "requests");
    std::printf(
        "%-34s %10lld %12.0f %10d\n",
        qPrintable(
            QStringLiteral("batched (%1 per batch, %2 in flight)").arg(batch).arg(sender.parallelBatches())),
        static_cast<long long>(batchedMs), rate(count, batchedMs), requests);
    if (naiveToo) {
        std::printf("%-34s %10lld %12.0f %10d\n", "naive (one request per item)",
                    static_cast<long long>(naiveMs), rate(count, naiveMs), count);
        std::printf("CPU seconds, batched: client %.2f, core-sim %.2f; naive: client %.2f, core-sim %.2f\n",
                    batchedClientCpu, batchedCoreCpu, naiveClientCpu, naiveCoreCpu);
        std::printf("speed-up: %.1fx (target >= 20x)\n",
                    batchedMs > 0 ? double(naiveMs) / double(batchedMs) : 0.0);
    } else {
        std::printf("CPU seconds, batched: client %.2f, core-sim %.2f\n", batchedClientCpu, batchedCoreCpu);
    }
    std::printf("queueing (enqueue in the caller's transaction): %lld ms for %d (%.0f items/s)\n",
                static_cast<long long>(fillMs), count, rate(count, fillMs));
    std::printf("delivered (batched): %d of %d; naive failures: %d\n", counts ? counts.value().delivered : -1,
                count, naiveFailed);
    std::printf("core check: %d not held exactly once (0 lost, 0 duplicate expected); core rows for the %d "
                "keys: %d\n",
                notOnce, int(sent.size() + naiveItems.size()), rows);
    const bool ok = counts && counts.value().delivered == count && naiveFailed == 0 && notOnce == 0 &&
                    (rows < 0 || rows == int(sent.size() + naiveItems.size()));
    std::printf("%s\n", ok ? "result: OK" : "result: MISMATCH");
    return ok ? 0 : 1;
}
