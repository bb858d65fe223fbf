// The core-system link in the shell, against the real madoguchi-core-sim over mutual TLS
// (tests/scripts/with-core-sim.sh): the status bar's indicator, the offline banner with the
// queue depth, and the supervisors' page with the outbox and an audited retry.
#include "AppTestFixture.h"
#include "MainWindow.h"
#include "ModuleCatalog.h"
#include "ModuleHost.h"
#include "common/Database.h"
#include "common/Module.h"
#include "sync/CoreLink.h"
#include "sync/CoreStatusWidget.h"
#include "sync/OfflineBanner.h"
#include "sync/SyncPage.h"

#include "../sync/SyncTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace madoguchi;
using namespace madoguchi::test;

class TestSyncPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<sync::CoreLink> m_link;
    std::vector<std::unique_ptr<Module>> m_modules;

    std::unique_ptr<MainWindow> openWindow(Role role)
    {
        const StaffMember member{QStringLiteral("sato"), QStringLiteral("佐藤"), role};
        m_modules = ModuleCatalog::create(*m_app->services, member);
        std::vector<Module*> list;
        for (const auto& module : m_modules)
            list.push_back(module.get());
        auto window = std::make_unique<MainWindow>(*m_app->services, member, list);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

    // One transaction of a new visit, queued in its own database transaction as a module would.
    bool enqueue(const QJsonArray& items)
    {
        const QString visit = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Database& db = *m_app->database;
        const Status done = inWriteTransaction(db.connection(), [&]() -> Status {
            auto queued = m_link->outbox().enqueue(db.connection(), visit, items);
            return queued ? Status() : Status(queued.error());
        });
        if (!done)
            qWarning().noquote() << done.error().toString();
        m_link->transactionQueued();
        return done.ok();
    }

    sync::OutboxCounts counts() const { return m_link->outbox().counts().value(); }

    SyncPage* openSyncPage(MainWindow& window)
    {
        ModuleHost* host = window.moduleHost();
        const int index = int(host->moduleIds().indexOf(QStringLiteral("sync")));
        if (index < 0)
            return nullptr;
        host->showPage(index);
        return qobject_cast<SyncPage*>(host->currentPage());
    }

private Q_SLOTS:
    void init()
    {
        if (coreSimUrl().isEmpty())
            QFAIL("run through tests/scripts/with-core-sim.sh (CTest does): no core-sim was started");
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
        m_link = std::make_unique<sync::CoreLink>(*m_app->database, QStringLiteral("test-counter"));
        m_app->services->core = m_link.get();
    }

    void cleanup()
    {
        m_modules.clear();
        if (m_link)
            m_link->stop();
        m_link.reset();
        m_app.reset();
    }

    void onlineLinkDrainsAndThePageShowsIt()
    {
        QVERIFY(m_link->start(clientConfig(), 60000));
        auto window = openWindow(Role::Supervisor);
        QVERIFY(window);
        auto* status = window->statusBar()->findChild<CoreStatusWidget*>(QStringLiteral("coreStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(m_link->monitor().isOnline(), 20000);
        QVERIFY2(status->text().contains(QLatin1String("connected")), qPrintable(status->text()));
        auto* banner = window->findChild<OfflineBanner*>(QStringLiteral("offlineBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        QVERIFY(enqueue(sampleItems(300)));
        QVERIFY(enqueue(sampleItems(200)));
        QTRY_COMPARE_WITH_TIMEOUT(counts().delivered, 2, 20000);
        SyncPage* page = openSyncPage(*window);
        QVERIFY(page);
        QVERIFY2(page->summary()->text().contains(QLatin1String("Delivered: 2")),
                 qPrintable(page->summary()->text()));
        // "Not yet sent" is the default view: nothing left.
        QCOMPARE(page->table()->rowCount(), 0);
        page->filter()->setCurrentIndex(2);
        QCOMPARE(page->table()->rowCount(), 2);
        QCOMPARE(page->table()->item(0, 3)->text(), QStringLiteral("Delivered"));
    }

    void offlineShowsTheBannerWithTheQueueDepth()
    {
        // Nothing listens on port 1: the core cannot be reached.
        QVERIFY(m_link->start(clientConfig(QStringLiteral("counter-01.p12"), QStringLiteral("ca.crt"),
                                           QUrl(QStringLiteral("https://localhost:1"))),
                              60000));
        auto window = openWindow(Role::Clerk);
        QVERIFY(window);
        auto* banner = window->findChild<OfflineBanner*>(QStringLiteral("offlineBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(m_link->monitor().state() == sync::ConnectionMonitor::State::Offline, 20000);
        QVERIFY(enqueue(sampleItems()));
        QVERIFY(enqueue(sampleItems()));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(QLatin1Char('2')), 20000);
        QVERIFY2(banner->text().contains(QLatin1String("offline")), qPrintable(banner->text()));
        QCOMPARE(banner->accessibleName(), banner->text());
        auto* status = window->statusBar()->findChild<CoreStatusWidget*>(QStringLiteral("coreStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("offline")), qPrintable(status->text()));
        // Clerks do not get the supervisors' page.
        QVERIFY(!window->moduleHost()->moduleIds().contains(QStringLiteral("sync")));
        QCOMPARE(counts().pending(), 2);
    }

    void refusedTransactionIsShownAndRetriedWithAnAuditRecord()
    {
        QVERIFY(m_link->start(clientConfig(), 60000));
        auto window = openWindow(Role::Supervisor);
        QVERIFY(window);
        // core-sim refuses an item kind the API does not know (a 4xx problem): the item fails,
        // blocked until a supervisor retries it.
        QVERIFY(enqueue(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("teaCeremony")}}}));
        QTRY_COMPARE_WITH_TIMEOUT(counts().blocked, 1, 20000);
        SyncPage* page = openSyncPage(*window);
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 1, 5000);
        QVERIFY(!page->table()->item(0, 6)->text().isEmpty()); // the reason
        QVERIFY(!page->retryButton()->isEnabled());
        page->table()->selectRow(0);
        QVERIFY(page->retryButton()->isEnabled());
        const int attempts = m_link->outbox().items().value().front().attempts;
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_app->auditCount(QStringLiteral("sync.retry")), 1);
        // Sent again and refused again: one more attempt, still waiting for a person.
        QTRY_VERIFY_WITH_TIMEOUT(m_link->outbox().items().value().front().attempts == attempts + 1 &&
                                     counts().blocked == 1,
                                 20000);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
