// The core system unreachable (the link points at a closed port on loopback): in the shell, the
// offline banner shows, and at the counter page reception (ticket, call) and the card read
// (pcscd + the virtual card) still work; the resident look-up is refused with the reason, the
// person is identified from the card alone, and the steps wait in the outbox
// (with-counter-stack.sh).
#include "CounterAppFixture.h"
#include "VisitDriver.h"

#include "MainWindow.h"
#include "ModuleHost.h"
#include "common/Module.h"
#include "sync/OfflineBanner.h"

#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

class TestCounterOffline : public QObject
{
    Q_OBJECT

    CounterStack m_stack;
    std::vector<std::unique_ptr<Module>> m_modules;

private Q_SLOTS:
    void cleanup()
    {
        m_modules.clear();
        m_stack.tearDown();
    }

    void receptionAndCardReadWorkOffline()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_VCARD_READER"))
            QFAIL("run through tests/scripts/with-counter-stack.sh (CTest does)");
        QVERIFY(m_stack.setUp(true, false));
        QVERIFY(m_stack.link->start(clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"),
                                                 QUrl(QStringLiteral("https://localhost:1"))),
                                    60000));
        const StaffMember member = m_stack.clerk();
        m_modules = ModuleCatalog::create(*m_stack.app->services, member);
        std::vector<Module*> list;
        for (const auto& module : m_modules)
            list.push_back(module.get());
        MainWindow window(*m_stack.app->services, member, list);
        window.resize(1400, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ModuleHost* host = window.moduleHost();
        const int index = int(host->moduleIds().indexOf(QStringLiteral("counter")));
        QVERIFY2(index >= 0, "no counter page in the shell");
        host->showPage(index);
        auto* page = qobject_cast<CounterPage*>(host->currentPage());
        QVERIFY(page);
        page->setOutputDirectory(m_stack.output.path());

        auto* banner = window.findChild<OfflineBanner*>(QStringLiteral("offlineBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(!m_stack.link->monitor().isOnline());

        QTRY_COMPARE_WITH_TIMEOUT(m_stack.cardStatus->state(), CardReaderStatus::State::CardPresent, 15000);
        VisitDriver drive{page};
        QVERIFY2(drive.issueTicket(QStringLiteral("moving")), qPrintable(page->messageText()));
        QVERIFY2(drive.callNext(), qPrintable(page->messageText()));
        QVERIFY2(drive.readCard(), qPrintable(page->workspace()->messageText()));
        VisitWorkspace* work = page->workspace();
        const Identification& id = *work->visit()->identification;
        QCOMPARE(id.source, IdentificationSource::Card);
        QVERIFY(id.residentId.isEmpty()); // the core could not be asked
        QCOMPARE(id.person.familyName, QStringLiteral("山田"));
        QVERIFY(work->session().hasMyNumber());
        QVERIFY(!work->record().has_value());
        QVERIFY2(work->messageText().contains(QStringLiteral("card alone")), qPrintable(work->messageText()));
        // The steps wait in the outbox; nothing failed.
        const auto counts = m_stack.link->outbox().counts().value();
        QVERIFY(counts.pending() >= 3);
        QCOMPARE(counts.blocked, 0);
        // The life events and checklist still work.
        QVERIFY(drive.chooseLifeEvent(QStringLiteral("moveIn")));
        QVERIFY(drive.addProcedures());
    }
};

QTEST_MAIN(TestCounterOffline)
#include "tst_counteroffline.moc"
