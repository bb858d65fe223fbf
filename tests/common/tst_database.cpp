#include "DatabaseTestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::test;

// The local store on SQLite: migrations, integrity and lock errors, per-thread connections.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig freshConfig()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir->filePath(QStringLiteral("db%1/madoguchi.sqlite").arg(++m_counter));
        return config;
    }
    FreshDatabase fresh()
    {
        return [this] { return freshConfig(); };
    }
    // Bytes and modification time: a failed open must not touch the file at all.
    static QByteArray fileSnapshot(const DatabaseConfig& config)
    {
        QFile file(config.sqlitePath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) +
               QByteArray::number(QFileInfo(config.sqlitePath).lastModified().toMSecsSinceEpoch());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("madoguchi-test")); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void migrationsFromEmpty() { checkMigrationsFromEmpty(fresh()); }
    void migrationsFromEveryOlderVersion() { checkMigrationsFromEveryOlderVersion(fresh()); }
    void failingMigrationRollsBack() { checkFailingMigrationRollsBack(fresh()); }
    void badNumberingRejected() { checkBadNumberingRejected(fresh()); }
    void tooNewLeavesFileUnchanged() { checkTooNew(fresh(), &fileSnapshot); }

    void transactions()
    {
        auto db = openOrFail(freshConfig(), {});
        QVERIFY(db);
        checkTransactions(*db);
    }

    void rareNamesRoundTrip()
    {
        auto db = openOrFail(freshConfig(), {});
        QVERIFY(db);
        checkRareNamesRoundTrip(*db);
    }

    void connectionsPerThread()
    {
        auto db = openOrFail(freshConfig(), {demoSet(1)});
        QVERIFY(db);
        checkConnectionsPerThread(*db);
    }

    void walAndForeignKeysOnEveryConnection()
    {
        auto db = openOrFail(freshConfig(), {demoSet(2)});
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QVERIFY(
            !exec(*db, QStringLiteral("INSERT INTO demo_note (id, item_id, text) VALUES (1, 42, 'orphan')")));
        int threadForeignKeys = -1;
        std::unique_ptr<QThread> thread(QThread::create(
            [&] { threadForeignKeys = scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(threadForeignKeys, 1);
    }

    void defaultPathUnderAppData()
    {
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                 QStringLiteral("/madoguchi.sqlite");
        // isolated.sh points XDG_DATA_HOME at a private temporary tree; never touch a real one.
        QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run through tests/scripts/isolated.sh");
        QVERIFY(!QFile::exists(expected));
        auto db = openOrFail(DatabaseConfig{}, {demoSet(1)});
        QVERIFY(db);
        QVERIFY(QFile::exists(expected));
        QVERIFY(db->describe().contains(QStringLiteral("madoguchi.sqlite")));
        db.reset();
        QVERIFY(QFile::remove(expected));
    }

    void garbageFileIsCorrupt()
    {
        const DatabaseConfig config = freshConfig();
        QVERIFY(QDir().mkpath(QFileInfo(config.sqlitePath).absolutePath()));
        QFile file(config.sqlitePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("this is not a database, just some text that a careless copy left here\n");
        file.close();
        const QByteArray before = fileSnapshot(config);
        QTest::qWait(20);
        auto failed = Database::open(config, {demoSet(1)});
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("db.corrupt"));
        QVERIFY(failed.error().message.contains(QStringLiteral("backup")));
        QVERIFY(failed.error().message.contains(QStringLiteral("not changed")));
        QCOMPARE(failed.error().where, config.sqlitePath);
        QCOMPARE(fileSnapshot(config), before);
    }

    void damagedPagesAreCorrupt()
    {
        const DatabaseConfig config = freshConfig();
        {
            auto db = openOrFail(config, {demoSet(1)});
            QVERIFY(db);
            for (int i = 0; i < 300; ++i)
                QVERIFY(exec(*db, QStringLiteral("INSERT INTO demo_item (id, name) VALUES (%1, '%2')")
                                      .arg(i)
                                      .arg(QString(60, u'x'))));
        }
        QFile file(config.sqlitePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4 * 4096);
        // Keep page 1 (the header) and scribble over the b-tree pages behind it.
        QVERIFY(file.seek(4096 + 8));
        file.write(QByteArray(3 * 4096, '\xA5'));
        file.close();
        const QByteArray before = fileSnapshot(config);
        auto failed = Database::open(config, {demoSet(1)});
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("db.corrupt"));
        QCOMPARE(fileSnapshot(config), before);
    }

    void lockedDatabase()
    {
        DatabaseConfig config = freshConfig();
        QVERIFY(openOrFail(config, {demoSet(1)}));
        const QString holderName = QStringLiteral("tst-holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
            holder.setDatabaseName(config.sqlitePath);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("INSERT INTO demo_item (id, name) VALUES (1, 'held')")));

            config.sqliteBusyTimeoutMs = 200;
            QElapsedTimer timer;
            timer.start();
            auto failed = Database::open(config, {demoSet(2)});
            QVERIFY(!failed);
            QCOMPARE(failed.error().code, QStringLiteral("db.locked"));
            QVERIFY(failed.error().message.contains(QStringLiteral("another program")));
            QVERIFY2(timer.elapsed() < 4000, "the short busy timeout was not used");
            // Even with nothing to migrate: a counter that cannot write must hear it at once.
            auto readOnly = Database::open(config, {demoSet(1)});
            QVERIFY(!readOnly);
            QCOMPARE(readOnly.error().code, QStringLiteral("db.locked"));

            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            auto db = openOrFail(config, {demoSet(2)});
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(QStringLiteral("demo")), 2);
            holder.close();
        }
        QSqlDatabase::removeDatabase(holderName);
    }

    void dialectStatements()
    {
        auto db = openOrFail(freshConfig(), {});
        QVERIFY(db);
        QCOMPARE(db->dialectStatement(Database::postgresOnly(QStringLiteral("SELECT 1"))), QString());
        QCOMPARE(db->dialectStatement(
                     Database::sqliteOnly(QStringLiteral("CREATE TABLE t (id ${AUTO_ID}, b ${BLOB})"))),
                 QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, b BLOB)"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
