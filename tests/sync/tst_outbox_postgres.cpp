// The outbox checks of tst_outbox on PostgreSQL (tests/scripts/with-postgres.sh): ordering and
// the same-transaction enqueue hold on a shared ward database too.
#include "../common/PostgresTestServer.h"
#include "OutboxChecks.h"

#include <QObject>
#include <QSqlDatabase>

using namespace madoguchi;
using namespace madoguchi::test;

class TestOutboxPostgres : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server{QStringLiteral("tst-sync-pg-admin")};

    FreshSyncDatabase fresh()
    {
        return [this]() -> std::unique_ptr<Database> {
            auto opened = Database::open(m_server.fresh(), {sync::SyncSchema::migrations()});
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
        if (!PostgresTestServer::isRunning())
            QFAIL("run through tests/scripts/with-postgres.sh (CTest does): no test server was started");
        const QString error = m_server.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_server.close(); }

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
