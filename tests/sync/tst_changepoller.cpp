// ChangePoller against a real madoguchi-core-sim (tests/scripts/with-core-sim.sh): it starts at
// the core's present, reports the residents a committed form changed, keeps its cursor in the
// local store across a restart, and does not move it when processing a page failed.
#include "OutboxChecks.h"
#include "SyncTestSupport.h"

#include "sync/ChangePoller.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::sync;
using namespace madoguchi::test;

class TestChangePoller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CoreClient> m_client;

    // A form naming the resident: the core updates the record and adds a change.
    void changeResident(const QString& residentId)
    {
        const QJsonObject body{
            {QStringLiteral("visitId"), newVisit()},
            {QStringLiteral("sequence"), 1},
            {QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:15:00+09:00")},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("formAccepted")},
                                    {QStringLiteral("formType"), QStringLiteral("tenkyo")},
                                    {QStringLiteral("residentId"), residentId}}}}};
        std::optional<Result<TransactionReceipt>> receipt;
        QObject context;
        m_client->commitTransaction(QUuid::createUuid().toString(QUuid::WithoutBraces), body, &context,
                                    [&receipt](Result<TransactionReceipt> r) { receipt = std::move(r); });
        QVERIFY(waitFor([&] { return receipt.has_value(); }));
        QVERIFY2(*receipt, qPrintable(receipt->ok() ? QString() : receipt->error().toString()));
    }

    static void pollOnce(ChangePoller& poller, Error* error = nullptr)
    {
        QSignalSpy finished(&poller, &ChangePoller::pollFinished);
        poller.pollNow();
        QVERIFY(waitFor([&] { return !finished.isEmpty() && !poller.isPolling(); }));
        if (error)
            *error = finished.last().at(0).value<Error>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!pkiDir().isEmpty(), "run through tests/scripts/with-core-sim.sh");
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("poller.sqlite"));
        auto opened = Database::open(config, {SyncSchema::migrations()});
        QVERIFY(opened);
        m_db = std::move(opened).value();
        m_client = std::make_unique<CoreClient>();
        QVERIFY(m_client->configure(clientConfig()));
    }

    void cursorFollowsTheFeedAndSurvivesRestart()
    {
        QString cursorAtStart;
        {
            ChangePoller poller(*m_db, *m_client, QStringLiteral("residents-a"));
            QCOMPARE(poller.cursor().value(), QString());
            MADOGUCHI_CHECK(pollOnce(poller));
            cursorAtStart = poller.cursor().value();
            QVERIFY(!cursorAtStart.isEmpty()); // the core's present, from /v1/health

            QSignalSpy changed(&poller, &ChangePoller::residentsChanged);
            MADOGUCHI_CHECK(changeResident(QStringLiteral("KT0000002")));
            MADOGUCHI_CHECK(changeResident(QStringLiteral("KT0000003")));
            MADOGUCHI_CHECK(pollOnce(poller));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().at(0).toStringList(),
                     (QStringList{QStringLiteral("KT0000002"), QStringLiteral("KT0000003")}));
            QVERIFY(poller.cursor().value() != cursorAtStart);
        }
        // A restart: the cursor comes from the store, nothing is reported twice.
        ChangePoller again(*m_db, *m_client, QStringLiteral("residents-a"));
        const QString stored = again.cursor().value();
        QVERIFY(stored != cursorAtStart);
        QSignalSpy changed(&again, &ChangePoller::residentsChanged);
        MADOGUCHI_CHECK(pollOnce(again));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(again.cursor().value(), stored);
        MADOGUCHI_CHECK(changeResident(QStringLiteral("KT0000004")));
        MADOGUCHI_CHECK(pollOnce(again));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toStringList(), QStringList{QStringLiteral("KT0000004")});
    }

    void failedProcessingKeepsTheCursor()
    {
        ChangePoller poller(*m_db, *m_client, QStringLiteral("residents-b"));
        MADOGUCHI_CHECK(pollOnce(poller));
        const QString before = poller.cursor().value();
        MADOGUCHI_CHECK(changeResident(QStringLiteral("KT0000005")));
        int calls = 0;
        poller.setHandler([&calls](const QList<Change>& changes) -> Status {
            ++calls;
            if (calls == 1)
                return makeError(QStringLiteral("test.handler"), QStringLiteral("the cache is busy"));
            return changes.isEmpty()
                       ? Status(makeError(QStringLiteral("test.empty"), QStringLiteral("empty")))
                       : Status();
        });
        QSignalSpy changed(&poller, &ChangePoller::residentsChanged);
        Error error;
        MADOGUCHI_CHECK(pollOnce(poller, &error));
        QCOMPARE(error.code, QStringLiteral("test.handler"));
        QCOMPARE(poller.cursor().value(), before);
        QCOMPARE(changed.size(), 0);
        // The same page again, processed this time.
        MADOGUCHI_CHECK(pollOnce(poller, &error));
        QCOMPARE(error.code, QString());
        QCOMPARE(calls, 2);
        QCOMPARE(changed.size(), 1);
        QVERIFY(poller.cursor().value() != before);
    }

    void pagesUntilCaughtUp()
    {
        ChangePoller poller(*m_db, *m_client, QStringLiteral("residents-c"));
        poller.setStartFromLatest(false); // from the beginning of the feed
        poller.setPageSize(2);
        poller.setIntervalMs(60000);
        QSignalSpy caughtUp(&poller, &ChangePoller::caughtUp);
        QSignalSpy changed(&poller, &ChangePoller::residentsChanged);
        poller.start();
        QVERIFY(waitFor([&] { return !caughtUp.isEmpty(); }));
        poller.stop();
        // At least the changes made by the cases above, two per page.
        QVERIFY2(changed.size() >= 2, qPrintable(QString::number(changed.size())));
    }
};

QTEST_GUILESS_MAIN(TestChangePoller)
#include "tst_changepoller.moc"
