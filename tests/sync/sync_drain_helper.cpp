// A counter that queues a fixed set of transactions and drains them to the core, for
// tst_outboxdrain's crash test: it is killed with SIGKILL at random moments and started again.
//
//   sync_drain_helper --db FILE --url URL --pki DIR --run UUID --visits V --per-visit K [--batch N]
//
// Visit i's id is derived from the run id (UUID v5), and each visit's transactions are queued
// in one database transaction only if the visit has none yet, so a restart queues exactly what
// a kill cut off and nothing twice. Exits 0 once nothing is left to deliver.
#include "common/Database.h"
#include "sync/CoreClient.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"
#include "sync/SyncSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

using namespace madoguchi;
using namespace madoguchi::sync;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "sync_drain_helper: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char* name : {"db", "url", "pki", "run", "visits", "per-visit", "batch"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    parser.process(app);

    DatabaseConfig dbConfig;
    dbConfig.sqlitePath = parser.value(QStringLiteral("db"));
    dbConfig.sqliteBusyTimeoutMs = 20000;
    auto opened = Database::open(dbConfig, {SyncSchema::migrations()});
    if (!opened)
        return fail(opened.error().toString());
    Database& db = *opened.value();
    Outbox outbox(db, QStringLiteral("counter-01"));

    const QUuid run(parser.value(QStringLiteral("run")));
    const int visits = parser.value(QStringLiteral("visits")).toInt();
    const int perVisit = parser.value(QStringLiteral("per-visit")).toInt();
    for (int v = 0; v < visits; ++v) {
        const QString visit = QUuid::createUuidV5(run, QString::number(v)).toString(QUuid::WithoutBraces);
        const Status queued = inWriteTransaction(db.connection(), [&]() -> Status {
            QSqlQuery exists(db.connection());
            exists.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE visit_id = ?"));
            exists.addBindValue(visit);
            if (!exists.exec() || !exists.next())
                return makeError(QStringLiteral("helper.db"), QStringLiteral("cannot count"));
            if (exists.value(0).toInt() > 0)
                return {};
            for (int k = 0; k < perVisit; ++k) {
                const QJsonArray items{QJsonObject{{QStringLiteral("kind"), QStringLiteral("feePaid")},
                                                   {QStringLiteral("amountYen"), 100 * (k + 1)},
                                                   {QStringLiteral("method"), QStringLiteral("cash")}}};
                Result<OutboxItem> item = outbox.enqueue(db.connection(), visit, items);
                if (!item)
                    return item.error();
            }
            return {};
        });
        if (!queued)
            return fail(queued.error().toString());
    }

    CoreClientConfig config;
    const QString pki = parser.value(QStringLiteral("pki")) + u'/';
    config.baseUrl = QUrl(parser.value(QStringLiteral("url")));
    config.caFile = pki + QStringLiteral("ca.crt");
    config.pkcs12File = pki + QStringLiteral("counter-01.p12");
    QFile passphrase(pki + QStringLiteral("p12-passphrase.txt"));
    if (!passphrase.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no passphrase file"));
    config.passphrase = passphrase.readAll().trimmed();
    CoreClient client;
    if (const Status configured = client.configure(config); !configured)
        return fail(configured.error().toString());

    OutboxSender sender(outbox, client);
    sender.setBatchSize(parser.value(QStringLiteral("batch")).toInt() > 0
                            ? parser.value(QStringLiteral("batch")).toInt()
                            : 5);
    sender.setRetryBackoff(20, 200);
    sender.setIdleCheckMs(100);
    QObject::connect(&sender, &OutboxSender::idle, &app, [&] {
        if (outbox.pendingCount().valueOr(-1) == 0)
            app.exit(0);
    });
    QObject::connect(&sender, &OutboxSender::storageFailed, &app,
                     [&](const Error& error) { std::fprintf(stderr, "%s\n", qPrintable(error.toString())); });
    sender.start();
    return app.exec();
}
