// VisitStore on PostgreSQL (tests/scripts/with-postgres.sh): the shared checks, concurrent
// call-next from two connections, and the encrypted columns as the server stores them.
#include "../common/PostgresTestServer.h"
#include "VisitStoreChecks.h"

using namespace madoguchi;
using namespace madoguchi::test;

class TestVisitStorePostgres : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server{QStringLiteral("tst-counter-pg-admin")};

    FreshConfig fresh()
    {
        return [this] { return m_server.fresh(); };
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

    void fullVisitRoundTrip() { checkFullVisitRoundTrip(fresh()); }
    void stepAndOutboxAreAtomic()
    {
        checkStepAndOutboxAreAtomic(
            fresh(),
            {QStringLiteral("CREATE FUNCTION fail_outbox() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                            "'the outbox refuses'; END $$ LANGUAGE plpgsql"),
             QStringLiteral(
                 "CREATE TRIGGER fail_outbox BEFORE INSERT ON sync_outbox FOR EACH ROW EXECUTE FUNCTION "
                 "fail_outbox()")},
            {QStringLiteral("DROP TRIGGER fail_outbox ON sync_outbox")});
    }
    void openVisitsAfterReopen() { checkOpenVisitsAfterReopen(fresh()); }
    void lifeEventsRoundTrip() { checkLifeEventsRoundTrip(fresh()); }
    void queue() { checkQueue(fresh()); }
    void concurrentCallNext() { checkConcurrentCallNext(fresh()); }
    void handOffTimeline() { checkHandOffTimeline(fresh()); }
    void refusals() { checkRefusals(fresh()); }

    // What the server holds for the person is ciphertext.
    void personEncryptedOnTheServer()
    {
        MemorySecretStore secrets;
        auto f = openCounter(fresh()(), secrets);
        QVERIFY(f);
        const counter::Visit visit = calledVisit(*f->store);
        QVERIFY(f->store->identify(visit.id, actor(), manualIdentification()));
        QSqlQuery query(m_server.admin());
        QVERIFY(query.exec(QStringLiteral("SELECT person_enc FROM counter_visits")) && query.next());
        const QByteArray blob = query.value(0).toByteArray();
        QVERIFY(blob.size() > 40);
        QVERIFY(!blob.contains(manualIdentification().person.familyName.toUtf8()));
        QVERIFY(!blob.contains(QStringLiteral("王子本町").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestVisitStorePostgres)
#include "tst_visitstore_postgres.moc"
