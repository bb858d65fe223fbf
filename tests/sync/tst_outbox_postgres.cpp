// The outbox checks of tst_outbox on PostgreSQL (tests/scripts/with-postgres.sh): ordering and
// the same-transaction enqueue hold on a shared ward database too.
#include "OutboxChecks.h"

#include <QObject>
#include <QSqlDatabase>

using namespace madoguchi;
using namespace madoguchi::test;

class TestOutboxPostgres : public QObject
{
    Q_OBJECT

    static inline const QString kAdmin = QStringLiteral("tst-sync-pg-admin");

    static DatabaseConfig baseConfig()
    {
        DatabaseConfig config;
        config.backend = DatabaseConfig::Backend::Postgres;
        config.pgHost = qEnvironmentVariable("MADOGUCHI_TEST_PG_HOST");
        config.pgPort = qEnvironmentVariableIntValue("MADOGUCHI_TEST_PG_PORT");
        config.pgUser = qEnvironmentVariable("MADOGUCHI_TEST_PG_USER");
        config.pgDatabase = qEnvironmentVariable("MADOGUCHI_TEST_PG_DB");
        return config;
    }

    static FreshSyncDatabase fresh()
    {
        return []() -> std::unique_ptr<Database> {
            QSqlQuery reset(QSqlDatabase::database(kAdmin));
            if (!reset.exec(QStringLiteral("DROP SCHEMA public CASCADE")) ||
                !reset.exec(QStringLiteral("CREATE SCHEMA public")))
                qWarning("cannot reset the test schema: %s", qPrintable(reset.lastError().text()));
            auto opened = Database::open(baseConfig(), {sync::SyncSchema::migrations()});
            if (!opened) {
                qWarning("%s", qPrintable(opened.error().toString()));
                return nullptr;
            }
            return std::move(opened).value();
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_PORT"))
            QFAIL("run through tests/scripts/with-postgres.sh (CTest does): no test server was started");
        const DatabaseConfig config = baseConfig();
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdmin);
        admin.setHostName(config.pgHost);
        admin.setPort(config.pgPort);
        admin.setUserName(config.pgUser);
        admin.setDatabaseName(config.pgDatabase);
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("SET client_min_messages = warning")));
    }
    void cleanupTestCase()
    {
        QSqlDatabase::database(kAdmin, false).close();
        QSqlDatabase::removeDatabase(kAdmin);
    }

    void enqueueSharesTheCallersTransaction() { checkEnqueueSharesTheCallersTransaction(fresh()); }
    void sequenceAndKeys() { checkSequenceAndKeys(fresh()); }
    void enqueueRefusesBadInput() { checkEnqueueRefusesBadInput(fresh()); }
    void orderPerVisit() { checkOrderPerVisit(fresh()); }
    void refusalBlocksTheVisit() { checkRefusalBlocksTheVisit(fresh()); }
    void backoffAndResume() { checkBackoffAndResume(fresh()); }
    void crashWhileSending() { checkCrashWhileSending(fresh()); }
    void originsStayApart() { checkOriginsStayApart(fresh()); }
};

QTEST_GUILESS_MAIN(TestOutboxPostgres)
#include "tst_outbox_postgres.moc"
