// Kill the app mid-visit (counter_crash_helper, SIGKILLed once a step is stored) and start
// again on the same database: the visit is reopened where it stood, the My Number is said to be
// gone, the outbox delivers what was left and core-sim holds each step exactly once, also after
// the visit is finished (with-counter-stack.sh).
#include "CounterAppFixture.h"
#include "VisitDriver.h"

#include "counter/LifeEventPicker.h"
#include "counter/VisitStore.h"

#include <QCheckBox>
#include <QProcess>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

class TestCounterCrash : public QObject
{
    Q_OBJECT

    CounterStack m_stack;

    // The steps stored here that go to the core (the life events chosen stay local).
    int localSteps(const QString& visitId)
    {
        QStringList localOnly;
        for (VisitEventKind kind : VisitEventKinds::all()) {
            if (!VisitEventKinds::isSentToCore(kind))
                localOnly << QLatin1Char('\'') + VisitEventKinds::name(kind) + QLatin1Char('\'');
        }
        QSqlQuery query(m_stack.app->database->connection());
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM counter_events WHERE visit_id = ? AND kind NOT IN (%1)")
                .arg(localOnly.join(QStringLiteral(", "))));
        query.addBindValue(visitId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    bool drained()
    {
        m_stack.link->transactionQueued();
        return QTest::qWaitFor([&] { return m_stack.link->outbox().counts().value().pending() == 0; }, 30000);
    }

private Q_SLOTS:
    void cleanup() { m_stack.tearDown(); }

    void killedMidVisitReopensWithoutDuplicates()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_CORESIM_URL"))
            QFAIL("run through tests/scripts/with-counter-stack.sh (CTest does)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(MADOGUCHI_CRASH_HELPER), {dir.path()});
        QVERIFY(helper.waitForStarted());
        QString visitId;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QString line = QString::fromUtf8(helper.readLine()).trimmed();
                if (line.startsWith(QLatin1String("STORED ")))
                    visitId = line.mid(7);
                else if (!line.isEmpty())
                    qWarning().noquote() << "helper:" << line;
                return !visitId.isEmpty() || helper.state() == QProcess::NotRunning;
            },
            60000));
        QVERIFY2(!visitId.isEmpty(), "the helper did not store the step");
        helper.kill(); // SIGKILL: no destructor, no flush, no goodbye
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        QVERIFY(m_stack.reopen(dir.path(), false, true));
        CounterPage* page = m_stack.openPage();
        QVERIFY(page);
        VisitWorkspace* work = page->workspace();
        QVERIFY(work->visit().has_value());
        QCOMPARE(work->visit()->id, visitId);
        QCOMPARE(work->visit()->state, VisitState::ProceduresChosen);
        QVERIFY(work->visit()->isIdentified());
        QCOMPARE(work->visit()->identification->person.familyName, QStringLiteral("試験"));
        QVERIFY(!work->visit()->procedures.isEmpty());
        // The life event chosen before the crash is chosen again, and the navigator offers from it.
        QCOMPARE(work->visit()->lifeEvents, QStringList{QStringLiteral("moveWithin")});
        QCOMPARE(work->lifeEvents()->selected(), QStringList{QStringLiteral("moveWithin")});
        QVERIFY(work->lifeEvents()->box(QStringLiteral("moveWithin"))->isChecked());
        QVERIFY(!work->offer().procedures.isEmpty());
        QVERIFY(!work->session().hasMyNumber());
        QVERIFY2(work->messageText().contains(QStringLiteral("My Number")), qPrintable(work->messageText()));
        QCOMPARE(page->queuePanel()->currentTicket(), work->visit()->ticket.number);

        QTRY_VERIFY_WITH_TIMEOUT(m_stack.link->monitor().isOnline(), 20000);
        QVERIFY(drained());
        QCOMPARE(m_stack.coreTransactions(visitId), localSteps(visitId));

        VisitDriver drive{page};
        drive.markAllDone();
        QVERIFY2(drive.closeVisit(), qPrintable(work->messageText()));
        QVERIFY(drained());
        QCOMPARE(m_stack.link->outbox().counts().value().failed, 0);
        QCOMPARE(m_stack.coreTransactions(visitId), localSteps(visitId));
    }
};

QTEST_MAIN(TestCounterCrash)
#include "tst_countercrash.moc"
