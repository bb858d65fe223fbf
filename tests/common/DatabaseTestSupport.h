#pragma once

// Checks shared by the SQLite and the PostgreSQL test suites (tst_database, tst_auditlog,
// tst_database_postgres): the same behaviour is asserted on both backends. Each check is a
// function with QVERIFY/QCOMPARE inside; call it through MADOGUCHI_CHECK so that a failure
// inside stops the calling test too.

#include "TestCheck.h"
#include "common/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QThread>
#include <QVariant>

#include <functional>
#include <memory>

namespace madoguchi::test {

// Gives the configuration of a new, empty database each time it is called.
using FreshDatabase = std::function<DatabaseConfig()>;
// A fingerprint of everything a failed open must leave alone (file bytes, or table rows).
using Snapshot = std::function<QByteArray(const DatabaseConfig&)>;

// Component "demo" up to `upTo` (1..3): a table, a second one with a foreign key, a column.
inline MigrationSet demoSet(int upTo)
{
    MigrationSet set{QStringLiteral("demo"), {}};
    const std::vector<Migration> all = {
        {1,
         QStringLiteral("items"),
         {QStringLiteral("CREATE TABLE demo_item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}},
        {2,
         QStringLiteral("notes"),
         {QStringLiteral(
             "CREATE TABLE demo_note (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES "
             "demo_item (id), text TEXT NOT NULL)")}},
        {3,
         QStringLiteral("item kind"),
         {QStringLiteral("ALTER TABLE demo_item ADD COLUMN kind TEXT NOT NULL DEFAULT 'plain'")}},
    };
    for (int i = 0; i < upTo; ++i)
        set.migrations.push_back(all.at(static_cast<std::size_t>(i)));
    return set;
}

inline std::unique_ptr<Database> openOrFail(const DatabaseConfig& config,
                                            const std::vector<MigrationSet>& sets)
{
    auto opened = Database::open(config, sets);
    if (!opened) {
        qWarning("open failed: %s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

inline bool exec(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qInfo("statement failed (as some tests expect): %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

inline QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline void checkMigrationsFromEmpty(const FreshDatabase& fresh)
{
    const DatabaseConfig config = fresh();
    auto db = openOrFail(config, {demoSet(3)});
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(QStringLiteral("demo")), 3);
    QCOMPARE(db->schemaVersion(QStringLiteral("unknown")), 0);
    QVERIFY(exec(*db, QStringLiteral("INSERT INTO demo_item (id, name) VALUES (1, 'a')")));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT kind FROM demo_item WHERE id = 1")).toString(),
             QStringLiteral("plain"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), 3);
    // Nothing pending: a second migrate is a no-op.
    Result<int> again = db->migrate({demoSet(3)});
    QVERIFY(again);
    QCOMPARE(again.value(), 0);
}

inline void checkMigrationsFromEveryOlderVersion(const FreshDatabase& fresh)
{
    for (int from = 1; from < 3; ++from) {
        const DatabaseConfig config = fresh();
        {
            auto old = openOrFail(config, {demoSet(from)});
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(QStringLiteral("demo")), from);
            QVERIFY(exec(*old, QStringLiteral("INSERT INTO demo_item (id, name) VALUES (7, 'kept')")));
        }
        auto db = openOrFail(config, {demoSet(3)});
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(QStringLiteral("demo")), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM demo_item WHERE id = 7")).toString(),
                 QStringLiteral("kept"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT kind FROM demo_item WHERE id = 7")).toString(),
                 QStringLiteral("plain"));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO demo_note (id, item_id, text) VALUES (1, 7, 'n')")));
    }
}

inline void checkFailingMigrationRollsBack(const FreshDatabase& fresh)
{
    const DatabaseConfig config = fresh();
    MigrationSet broken = demoSet(1);
    broken.migrations.push_back({2,
                                 QStringLiteral("half"),
                                 {QStringLiteral("CREATE TABLE demo_half (x INTEGER)"),
                                  QStringLiteral("INSERT INTO demo_half (x) VALUES (1)"),
                                  QStringLiteral("INSERT INTO no_such_table (x) VALUES (1)")}});
    auto failed = Database::open(config, {broken});
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("db.migrationFailed"));
    QVERIFY2(failed.error().message.contains(QStringLiteral("\"demo\"")), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QStringLiteral("no_such_table")),
             qPrintable(failed.error().message));
    QVERIFY2(failed.error().where.contains(QStringLiteral("demo version 2, statement 3")),
             qPrintable(failed.error().where));

    // Version 1 stays applied; nothing of version 2 remains.
    auto db = openOrFail(config, {demoSet(1)});
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(QStringLiteral("demo")), 1);
    QVERIFY(!db->connection().tables().contains(QStringLiteral("demo_half")));
    QVERIFY(db->connection().tables().contains(QStringLiteral("demo_item")));
}

inline void checkBadNumberingRejected(const FreshDatabase& fresh)
{
    MigrationSet gap = demoSet(1);
    gap.migrations.push_back({3, QStringLiteral("gap"), {QStringLiteral("SELECT 1")}});
    auto failed = Database::open(fresh(), {gap});
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("db.migrationInvalid"));
}

inline void checkTooNew(const FreshDatabase& fresh, const Snapshot& snapshot)
{
    const DatabaseConfig config = fresh();
    QVERIFY(openOrFail(config, {demoSet(3)}));
    const QByteArray before = snapshot(config);
    QVERIFY(!before.isEmpty());
    QTest::qWait(20); // so that a write would move the file time
    auto failed = Database::open(config, {MigrationSet{QStringLiteral("other"), {}}, demoSet(2)});
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("db.tooNew"));
    const QString message = failed.error().message;
    QVERIFY2(message.contains(QStringLiteral("schema 3 of component demo")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("up to 2")), qPrintable(message));
    QCOMPARE(snapshot(config), before);
}

inline void checkConnectionsPerThread(Database& db)
{
    const QString mine = db.connection().connectionName();
    QVERIFY(db.connection().isOpen());
    QCOMPARE(db.connection().connectionName(), mine); // remembered, not reopened
    QString theirs;
    bool theirsOpen = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        theirs = db.connection().connectionName();
        theirsOpen = db.connection().isOpen() && scalar(db, QStringLiteral("SELECT 1")).toInt() == 1;
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(theirsOpen);
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    // The finished thread's connection is gone, so a new thread with a recycled id gets a
    // fresh one instead of a connection Qt would refuse to hand out.
    QVERIFY(!QSqlDatabase::contains(theirs));
    QVERIFY(QSqlDatabase::contains(mine));
}

inline void checkTransactions(Database& db)
{
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE demo_tx (x INTEGER)")));
    Status failed = inTransaction(db.connection(), [&]() -> Status {
        if (!exec(db, QStringLiteral("INSERT INTO demo_tx (x) VALUES (1)")))
            return makeError(QStringLiteral("test.insert"), QStringLiteral("insert failed"));
        return makeError(QStringLiteral("test.abort"), QStringLiteral("abort"));
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("test.abort"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM demo_tx")).toInt(), 0);
    for (const auto& run : {&inTransaction, &inWriteTransaction}) {
        Status done = run(db.connection(), [&]() -> Status {
            return exec(db, QStringLiteral("INSERT INTO demo_tx (x) VALUES (2)"))
                       ? Status()
                       : Status(makeError(QStringLiteral("test.insert"), QStringLiteral("insert failed")));
        });
        QVERIFY(done);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM demo_tx")).toInt(), 2);
}

// Names exactly as registered: variation selectors (registered and not), characters outside
// the BMP and old forms come back code point for code point, and an exact lookup finds them.
inline const QStringList& rareNames()
{
    static const QStringList names = {
        u"葛\U000E0102城"_qs, u"葛城"_qs, u"辻\U000E0102"_qs, u"辻\U000E0103"_qs, u"𠮷野"_qs,
        u"髙橋"_qs,           u"﨑山"_qs, u"葛\U000E0100"_qs, u"ｶﾞ・が"_qs,
    };
    return names;
}

inline void checkRareNamesRoundTrip(Database& db)
{
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE demo_name (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
    for (int i = 0; i < rareNames().size(); ++i) {
        QSqlQuery insert(db.connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO demo_name (id, name) VALUES (?, ?)")));
        insert.addBindValue(i);
        insert.addBindValue(rareNames().at(i));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    for (int i = 0; i < rareNames().size(); ++i) {
        QSqlQuery select(db.connection());
        QVERIFY(select.prepare(QStringLiteral("SELECT id, name FROM demo_name WHERE name = ?")));
        select.addBindValue(rareNames().at(i));
        QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
        QVERIFY2(select.next(), qPrintable(rareNames().at(i)));
        QCOMPARE(select.value(0).toInt(), i);
        QCOMPARE(select.value(1).toString().toUcs4(), rareNames().at(i).toUcs4());
        QVERIFY(!select.next()); // 葛城 does not also match 葛+U+E0102城
    }
}

} // namespace madoguchi::test
