#include "AuditTestSupport.h"
#include "PostgresTestServer.h"

using namespace madoguchi;
using namespace madoguchi::test;

// The migration and audit checks of tst_database and tst_auditlog, on PostgreSQL. Run through
// tests/scripts/with-postgres.sh, which starts a throwaway cluster; fails without it.
class TestDatabasePostgres : public QObject
{
    Q_OBJECT

private:
    static inline const QString kAdmin = QStringLiteral("tst-pg-admin");
    PostgresTestServer m_server{kAdmin};

    DatabaseConfig baseConfig() const { return PostgresTestServer::config(); }
    // An empty database: every test starts from a clean public schema.
    DatabaseConfig freshConfig() { return m_server.fresh(); }
    FreshDatabase fresh()
    {
        return [this] { return freshConfig(); };
    }
    // The bookkeeping rows and the list of tables: a refused open must leave both alone.
    static QByteArray schemaSnapshot(const DatabaseConfig&)
    {
        QSqlQuery query(QSqlDatabase::database(kAdmin));
        QByteArray snapshot;
        if (!query.exec(QStringLiteral("SELECT component || ':' || version || ':' || applied_at FROM "
                                       "schema_migrations ORDER BY component, version")))
            return {};
        while (query.next())
            snapshot += query.value(0).toString().toUtf8() + '\n';
        query.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                           "ORDER BY table_name"));
        while (query.next())
            snapshot += query.value(0).toString().toUtf8() + '\n';
        return snapshot;
    }
    std::unique_ptr<Database> freshAuditDatabase()
    {
        return openOrFail(freshConfig(), {AuditLog::migrations()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresTestServer::isRunning())
            QFAIL("run through tests/scripts/with-postgres.sh (CTest does): no test server was started");
        const QString error = m_server.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_server.close(); }

    void migrationsFromEmpty() { checkMigrationsFromEmpty(fresh()); }
    void migrationsFromEveryOlderVersion() { checkMigrationsFromEveryOlderVersion(fresh()); }
    void failingMigrationRollsBack() { checkFailingMigrationRollsBack(fresh()); }
    void badNumberingRejected() { checkBadNumberingRejected(fresh()); }
    void tooNewLeavesDatabaseUnchanged() { checkTooNew(fresh(), &schemaSnapshot); }

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

    void describeHasNoPassword()
    {
        DatabaseConfig config = freshConfig();
        config.pgPassword = QStringLiteral("s3cret-pw"); // trust authentication ignores it
        config.pgOptions = QStringLiteral("connect_timeout=5");
        auto db = openOrFail(config, {});
        QVERIFY(db);
        QVERIFY(db->describe().startsWith(QStringLiteral("PostgreSQL madoguchi@")));
        QVERIFY(!db->describe().contains(QStringLiteral("s3cret")));
    }

    void unreachableServer()
    {
        DatabaseConfig config = baseConfig();
        config.pgPort = 1; // nothing listens there
        config.pgPassword = QStringLiteral("s3cret-pw");
        auto failed = Database::open(config, {demoSet(1)});
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("db.open"));
        QVERIFY(!failed.error().toString().contains(QStringLiteral("s3cret")));
    }

    void auditChainVerifies()
    {
        auto db = freshAuditDatabase();
        QVERIFY(db);
        checkAuditChainVerifies(*db);
    }
    void auditTriggersRejectChanges()
    {
        auto db = freshAuditDatabase();
        QVERIFY(db);
        checkTriggersRejectChanges(*db);
        QVERIFY(!exec(*db, QStringLiteral("TRUNCATE audit_log")));
    }
    void auditTamperFound_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"detail", "delete", "hash", "swap"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void auditTamperFound()
    {
        QFETCH(QString, kind);
        auto db = freshAuditDatabase();
        QVERIFY(db);
        checkTamperFound(*db, kind);
    }
    void auditPersonalDataRejected()
    {
        auto db = freshAuditDatabase();
        QVERIFY(db);
        checkPersonalDataRejected(*db);
    }
    void auditConcurrentAppends()
    {
        auto db = freshAuditDatabase();
        QVERIFY(db);
        checkConcurrentAppends(*db);
    }
};

QTEST_GUILESS_MAIN(TestDatabasePostgres)
#include "tst_database_postgres.moc"
