// Identification without the card at the counter page (with-counter-stack.sh): the manual
// dialog with a reason and the ID document seen, the resident looked up in core-sim by name and
// birth date; and a restricted resident (支援措置, core-sim's 渡邊 洋子 KT0000009) asked about by
// a third party: the banner shows, the certificate request is blocked and audited, a supervisor
// authorises it with a reason (audited, on the visit's timeline), and the citizen-facing view
// never holds the address.
#include "../app/CardUiTestUtil.h"
#include "CounterAppFixture.h"
#include "VisitDriver.h"

#include "counter/ManualIdentificationDialog.h"
#include "counter/SupportOverrideDialog.h"
#include "counter/VisitStore.h"
#include "counter/ui/CitizenConfirmationWindow.h"
#include "counter/ui/SupportMeasureBanner.h"
#include "counter/ui/VisitTimelineView.h"

#include <QComboBox>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

class TestCounterIdentify : public QObject
{
    Q_OBJECT

    CounterStack m_stack;

    ManualIdentificationDialog* openManual(CounterPage* page)
    {
        activatePage(page);
        QTest::keyClick(page, Qt::Key_F7);
        ManualIdentificationDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (dialog = page->findChild<ManualIdentificationDialog*>()) && dialog->isVisible(); },
            5000);
        return shown ? dialog : nullptr;
    }

    static void activatePage(CounterPage* page)
    {
        QApplication::setActiveWindow(page);
        (void)QTest::qWaitForWindowActive(page);
    }

    // QTest types ASCII only: Japanese arrives as an input method commits it, at once.
    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->insert(text);
    }

    static void choose(QComboBox* box, const QString& data) { box->setCurrentIndex(box->findData(data)); }

    CounterPage* startVisit()
    {
        CounterPage* page = m_stack.openPage();
        if (!page || !QTest::qWaitFor([&] { return m_stack.link->monitor().isOnline(); }, 20000))
            return nullptr;
        VisitDriver drive{page};
        if (!drive.issueTicket(QStringLiteral("moving")) || !drive.callNext())
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_CORESIM_URL"))
            QFAIL("run through tests/scripts/with-counter-stack.sh (CTest does)");
        QVERIFY(m_stack.setUp(false));
    }

    void cleanup() { m_stack.tearDown(); }

    void manualIdentificationWithLookup()
    {
        CounterPage* page = startVisit();
        QVERIFY(page);
        ManualIdentificationDialog* dialog = openManual(page);
        QVERIFY(dialog);
        // Without a reason it stays open and says why.
        type(dialog->familyNameEdit(), QStringLiteral("髙橋"));
        type(dialog->givenNameEdit(), QStringLiteral("健一"));
        QTest::keyClicks(dialog->birthDateEdit(), QStringLiteral("1975-04-01"));
        QTest::keyClick(dialog->familyNameEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->messageText().isEmpty());
        type(dialog->reasonEdit(), QStringLiteral("カードを忘れた"));
        choose(dialog->documentBox(), QStringLiteral("driversLicence"));
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->record().has_value(), qPrintable(dialog->messageText()), 20000);
        QCOMPARE(dialog->record()->residentId, QStringLiteral("KT0000005"));
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        VisitWorkspace* work = page->workspace();
        QTRY_VERIFY_WITH_TIMEOUT(work->visit()->isIdentified(), 5000);
        const Identification& id = *work->visit()->identification;
        QCOMPARE(id.source, IdentificationSource::Manual);
        QCOMPARE(id.document, IdentificationDocument::DriversLicence);
        QCOMPARE(id.manualReason, QStringLiteral("カードを忘れた"));
        QCOMPARE(id.residentId, QStringLiteral("KT0000005"));
        QVERIFY(work->record().has_value());
        QVERIFY(!work->banner()->isRestricted());
        QVERIFY(!work->session().hasMyNumber());

        // Cancelled with a reason: the visit ends and is stored so.
        activatePage(page);
        QTest::keyClick(page, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QDialog* cancel = nullptr;
        QTRY_VERIFY((cancel = page->findChild<QDialog*>(QStringLiteral("cancelVisitDialog"))));
        auto* reason = cancel->findChild<QLineEdit*>(QStringLiteral("reasonEdit"));
        type(reason, QStringLiteral("本人が帰宅した"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(!work->visit().has_value());
        QCOMPARE(m_stack.module->loadProblem(), QString());
    }

    void restrictedResidentThirdParty()
    {
        CounterPage* page = startVisit();
        QVERIFY(page);
        activatePage(page);
        QTest::keyClick(page, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier); // citizen view
        QTRY_VERIFY(page->citizenView());
        ManualIdentificationDialog* dialog = openManual(page);
        QVERIFY(dialog);
        type(dialog->reasonEdit(), QStringLiteral("第三者請求"));
        choose(dialog->documentBox(), QStringLiteral("driversLicence"));
        choose(dialog->requestKindBox(), QStringLiteral("thirdParty"));
        type(dialog->requesterNameEdit(), QStringLiteral("債権 太郎"));
        type(dialog->requesterRelationEdit(), QStringLiteral("債権者"));
        type(dialog->requesterPurposeEdit(), QStringLiteral("債権回収"));
        type(dialog->familyNameEdit(), QStringLiteral("渡邊"));
        type(dialog->givenNameEdit(), QStringLiteral("洋子"));
        QTest::keyClicks(dialog->birthDateEdit(), QStringLiteral("1985-06-15"));
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->record().has_value(), qPrintable(dialog->messageText()), 20000);
        QVERIFY(dialog->record()->supportMeasure.active);
        const QString address = dialog->record()->address.fullText;
        QVERIFY(!address.isEmpty());
        QVERIFY(dialog->addressEdit()->text().isEmpty()); // not even in the dialog
        screenshot(dialog, QStringLiteral("manual-identification"));
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);

        VisitWorkspace* work = page->workspace();
        QTRY_VERIFY_WITH_TIMEOUT(work->visit()->isIdentified(), 5000);
        QVERIFY(work->banner()->isRestricted());
        screenshot(page, QStringLiteral("support-measure"));
        screenshot(page->citizenView(), QStringLiteral("citizen-restricted"));
        QVERIFY(work->banner()->isVisible());
        QVERIFY(m_stack.app->auditCount(QStringLiteral("supportMeasure.blocked")) >= 1); // the citizen view

        // The citizen-facing view: the address row is there, hidden, and no text of the window has it.
        CitizenConfirmationWindow* citizen = page->citizenView();
        bool hiddenRow = false;
        for (const ConfirmationField& field : citizen->fields()) {
            if (field.id == QLatin1String("address"))
                hiddenRow = field.hidden && field.value.isEmpty();
        }
        QVERIFY(hiddenRow);
        QVERIFY(!anyContains(allTexts(citizen), address));
        QVERIFY(!anyContains(allTexts(citizen), QStringLiteral("浮間")));

        // A 住民票 for the third party: blocked until a supervisor authorises it.
        VisitDriver drive{page};
        QVERIFY(drive.chooseLifeEvent(QStringLiteral("moveWithin")));
        work->questions()->answer(QStringLiteral("needsJuminhyo"), true);
        QVERIFY(drive.addProcedures());
        QVERIFY(work->visit()->procedure(QStringLiteral("juminhyo-copy")));
        const int blockedBefore = m_stack.app->auditCount(QStringLiteral("supportMeasure.blocked"));
        activatePage(page);
        QTest::keyClick(page, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(work->visit()->certificates.isEmpty());
        QCOMPARE(m_stack.app->auditCount(QStringLiteral("supportMeasure.blocked")), blockedBefore + 1);
        QVERIFY2(work->messageText().contains(QStringLiteral("Ctrl+Shift+O")),
                 qPrintable(work->messageText()));

        // The clerk cannot authorise it themself.
        activatePage(page);
        QTest::keyClick(page, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        SupportOverrideDialog* override = nullptr;
        QTRY_VERIFY((override = page->findChild<SupportOverrideDialog*>()));
        QTest::keyClicks(override->loginEdit(), QStringLiteral("sato"));
        QTest::keyClicks(override->passwordEdit(), kPassword);
        type(override->reasonEdit(), QStringLiteral("裁判所の命令による"));
        QTest::keyClick(override->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY(!override->isVisible());
        QTRY_VERIFY(work->messageText().contains(QStringLiteral("supervisor")));
        QCOMPARE(m_stack.app->auditCount(QStringLiteral("supportMeasure.overridden")), 0);

        activatePage(page);
        QTest::keyClick(page, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((override = page->findChild<SupportOverrideDialog*>()) && override->isVisible());
        QTest::keyClicks(override->loginEdit(), QStringLiteral("suzuki"));
        QTest::keyClicks(override->passwordEdit(), kPassword);
        type(override->reasonEdit(), QStringLiteral("裁判所の命令による"));
        QTest::keyClick(override->reasonEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_stack.app->auditCount(QStringLiteral("supportMeasure.overridden")), 1);
        bool onTimeline = false;
        for (const TimelineEntry& entry : work->timeline()->entries())
            onTimeline = onTimeline || entry.note.contains(QStringLiteral("裁判所"));
        QVERIFY(onTimeline);
        activatePage(page);
        QTest::keyClick(page, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(work->visit()->certificates.size(), 1);
        QCOMPARE(work->visit()->certificates.first().residentId, QStringLiteral("KT0000009"));
        // The audit records name the resident by id only.
        for (const AuditRecord& record : m_stack.app->audit->recent(1000))
            QVERIFY(!record.detail.contains(address) && !record.detail.contains(QStringLiteral("渡邊")));
        QVERIFY(!anyContains(allTexts(citizen), address));
    }
};

QTEST_MAIN(TestCounterIdentify)
#include "tst_counteridentify.moc"
