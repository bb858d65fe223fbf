// A complete visit at the counter page, driven by key presses, on the real stack
// (with-counter-stack.sh: pcscd + the virtual card, madoguchi-core-sim over mutual TLS, SQLite):
// ticket, call, card read (the default card is core-sim's KT0000001, 山田 太郎), the procedures the
// navigator offers for the life event checked against the data and the record, the forms printed
// to PDF and read back with pdftotext, certificates and fees, close, and every step delivered to
// core-sim exactly once. One visit for 転入 (moving in) and one for 出生 (birth).
#include "CounterAppFixture.h"
#include "VisitDriver.h"
#include "documents/ui/NameView.h"

#include "counter/Navigator.h"
#include "counter/ProcedureCatalog.h"
#include "counter/VisitFacts.h"

#include <QFileInfo>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

class TestCounterVisit : public QObject
{
    Q_OBJECT

    CounterStack m_stack;

    QStringList expectedOffer(const QStringList& events, const sync::ResidentRecord& record,
                              const QHash<QString, ConditionValue>& answers) const
    {
        const auto catalog = ProcedureCatalog::load();
        if (!catalog)
            return {};
        VisitFacts facts = VisitFacts::fromRecord(record, QDate::currentDate(), answers);
        facts.setKnown(VisitFacts::hasMyNumberCard, true);
        const auto offer = Navigator(catalog.value()).offer(events, facts);
        QStringList ids;
        if (offer) {
            for (const OfferedProcedure& offered : offer.value().inState(OfferState::Offered))
                ids << offered.procedure.id;
        }
        return ids;
    }

    // Waits until the outbox is empty and returns how many items of `visitId` core-sim stored.
    int deliveredAtCore(const QString& visitId)
    {
        m_stack.link->transactionQueued();
        if (!QTest::qWaitFor([&] { return m_stack.link->outbox().counts().value().pending() == 0; }, 30000))
            return -1;
        return m_stack.coreTransactions(visitId);
    }

    void runVisit(const QString& category, const QString& lifeEvent,
                  const QHash<QString, ConditionValue>& answers, const QStringList& mustOffer,
                  const QStringList& mustNotOffer, int forms, const QStringList& formTexts)
    {
        CounterPage* page = m_stack.openPage();
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(m_stack.cardStatus->state(), CardReaderStatus::State::CardPresent, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_stack.link->monitor().isOnline(), 20000);
        VisitDriver drive{page};

        QVERIFY2(drive.issueTicket(category), qPrintable(page->messageText()));
        const QString slip = pdfText(page->ticketFiles().constLast());
        QVERIFY2(slip.contains(QStringLiteral("-001")), qPrintable(slip));

        QVERIFY2(drive.callNext(), qPrintable(page->messageText()));
        VisitWorkspace* work = drive.workspace();
        const QString visitId = work->visit()->id;
        QCOMPARE(page->queuePanel()->currentTicket(), work->visit()->ticket.number);

        QVERIFY2(drive.readCard(), qPrintable(work->messageText()));
        QCOMPARE(work->visit()->identification->residentId, QStringLiteral("KT0000001"));
        QCOMPARE(work->visit()->identification->person.familyName, QStringLiteral("山田"));
        QVERIFY(work->record().has_value());
        // The My Number is held for the visit only, and masked on screen.
        QVERIFY(work->session().hasMyNumber());
        QVERIFY(!work->identityText().contains(QStringLiteral("123456789018")));
        QVERIFY(work->identityText().contains(QStringLiteral("9018")));
        // The name is drawn by the documents engine, not as plain Qt text.
        const auto* name = work->findChild<NameView*>(QStringLiteral("visitName"));
        QVERIFY(name && name->isVisible());
        QVERIFY2(name->text().startsWith(QStringLiteral("山田")), qPrintable(name->text()));

        QVERIFY(drive.chooseLifeEvent(lifeEvent));
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            work->questions()->answer(it.key(), it.value());
        QStringList offered;
        for (const OfferedProcedure& o : work->offer().inState(OfferState::Offered))
            offered << o.procedure.id;
        QCOMPARE(offered, expectedOffer({lifeEvent}, *work->record(), answers));
        for (const QString& id : mustOffer)
            QVERIFY2(offered.contains(id), qPrintable(id + QStringLiteral(" not in ") + offered.join(u',')));
        for (const QString& id : mustNotOffer)
            QVERIFY2(!offered.contains(id), qPrintable(id));

        QVERIFY2(drive.addProcedures(), qPrintable(work->messageText()));
        QCOMPARE(work->visit()->procedures.size(), offered.size());
        QCOMPARE(work->checklist()->items().size(), offered.size());
        screenshot(page, lifeEvent == QLatin1String("moveIn") ? QStringLiteral("page")
                                                              : QStringLiteral("page-birth"));

        if (forms > 0) {
            QVERIFY2(drive.printForms(forms), qPrintable(work->messageText()));
            QString all;
            for (const QString& file : work->printedFiles())
                all += pdfText(file);
            for (const QString& text : formTexts)
                QVERIFY2(all.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + all));
            QVERIFY(!all.contains(QStringLiteral("123456789018"))); // never on paper
            drive.activate();
            QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(work->visit()->state, VisitState::FormsPrinted);
        }
        drive.activate();
        QTest::keyClick(page, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(!work->visit()->certificates.isEmpty(), qPrintable(work->messageText()));
        QVERIFY(work->visit()->feesDueYen() > 0);

        drive.markAllDone();
        QCOMPARE(work->visit()->pendingProcedureCount(), 0);
        QVERIFY2(drive.closeVisit(), qPrintable(work->messageText()));
        QVERIFY(!work->session().hasMyNumber());

        const int atCore = deliveredAtCore(visitId);
        QVERIFY2(atCore > 0, "nothing of the visit reached core-sim");
        QCOMPARE(m_stack.link->outbox().counts().value().failed, 0);
        // Every step is one transaction: ticket, call, identify, procedures, (forms), certificates,
        // each checklist line, close.
        const int expectedSteps = 5 + (forms > 0 ? 1 : 0) + int(offered.size()) + 1;
        QCOMPARE(atCore, expectedSteps);
    }

private Q_SLOTS:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_CORESIM_URL") ||
            qEnvironmentVariableIsEmpty("MADOGUCHI_VCARD_READER"))
            QFAIL("run through tests/scripts/with-counter-stack.sh (CTest does)");
    }

    void cleanup() { m_stack.tearDown(); }

    void moveInVisit()
    {
        QVERIFY(m_stack.setUp());
        const QHash<QString, ConditionValue> answers = moveInAnswers();
        runVisit(QStringLiteral("moving"), QStringLiteral("moveIn"), answers,
                 {QStringLiteral("jumin-tennyu"), QStringLiteral("mynumber-card-address"),
                  QStringLiteral("juminhyo-copy"), QStringLiteral("jido-teate-nintei")},
                 {QStringLiteral("kouki-join"), QStringLiteral("kaigo-shutoku"), QStringLiteral("nhi-join")},
                 2, {QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("住民票の写し")});
    }

    void birthVisit()
    {
        m_stack.counterId = QStringLiteral("counter-05"); // calls the "family" (C) tickets
        QVERIFY(m_stack.setUp());
        const QHash<QString, ConditionValue> answers{
            {QStringLiteral("needsJuminhyo"), true},
            {QStringLiteral("insuranceType"), QStringLiteral("employee")}};
        runVisit(QStringLiteral("family"), QStringLiteral("birth"), answers,
                 {QStringLiteral("shussei-todoke"), QStringLiteral("jido-teate-nintei"),
                  QStringLiteral("kodomo-iryosho"), QStringLiteral("juminhyo-copy")},
                 {QStringLiteral("nhi-join"), QStringLiteral("nhi-shussan-ikuji")}, 1,
                 {QStringLiteral("山田"), QStringLiteral("住民票の写し")});
    }
};

QTEST_MAIN(TestCounterVisit)
#include "tst_countervisit.moc"
