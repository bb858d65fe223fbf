#include "AppTestFixture.h"
#include "DemoSeed.h"
#include "LoginDialog.h"
#include "SessionController.h"
#include "common/SessionGuard.h"

#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestDemoSeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppFixture> m_app;

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
    }

    void cleanup() { m_app.reset(); }

    void seedsOnceWithEveryRole()
    {
        const auto seeded = DemoSeed::seed(*m_app->staff, true);
        QVERIFY(seeded.ok());
        QVERIFY(seeded.value());
        QVERIFY(DemoSeed::present(*m_app->staff));
        QCOMPARE(DemoSeed::password(), QStringLiteral("madoguchi-demo"));
        for (const DemoSeed::Account& account : DemoSeed::accounts()) {
            auto member = m_app->staff->authenticate(account.login, DemoSeed::password());
            QVERIFY2(member.ok(), qPrintable(account.login));
            QCOMPARE(member.value().role, account.role);
        }
        QVERIFY(m_app->staff->hasAnyAdmin());
        // A second start finds the accounts and leaves them alone.
        const auto again = DemoSeed::seed(*m_app->staff, true);
        QVERIFY(again.ok());
        QVERIFY(!again.value());
        QCOMPARE(m_app->staff->listAccounts().value().size(), 3);
        QCOMPARE(m_app->auditCount(QStringLiteral("staff.create")), 3);
    }

    void nothingWhenAccountsExist()
    {
        QVERIFY(m_app->addAccount(QStringLiteral("admin"), Role::Admin));
        const auto seeded = DemoSeed::seed(*m_app->staff, true);
        QVERIFY(seeded.ok());
        QVERIFY(!seeded.value());
        QVERIFY(!DemoSeed::present(*m_app->staff));
        QCOMPARE(m_app->staff->listAccounts().value().size(), 1);
    }

    void neverWithoutDemoFlag()
    {
        const auto seeded = DemoSeed::seed(*m_app->staff, false);
        QVERIFY(seeded.ok());
        QVERIFY(!seeded.value());
        QVERIFY(m_app->staff->listAccounts().value().isEmpty());
        QVERIFY(!DemoSeed::present(*m_app->staff));
    }

    void loginWindowShowsHintOnlyInDemoMode()
    {
        QVERIFY(DemoSeed::seed(*m_app->staff, true).ok());
        SessionGuard guard(m_app->clock, 0);
        {
            SessionController controller(*m_app->services, guard);
            controller.setShowWindows(false);
            controller.start();
            QVERIFY(controller.loginDialog()); // not the first-run dialog
            QVERIFY(!controller.firstRunDialog());
            QVERIFY(controller.loginDialog()->demoHintText().isEmpty());
        }
        SessionController controller(*m_app->services, guard);
        controller.setShowWindows(false);
        controller.setDemoCredentials(DemoSeed::hintLogin(), DemoSeed::password());
        controller.start();
        QVERIFY(controller.loginDialog());
        QCOMPARE(controller.loginDialog()->demoHintText(),
                 QStringLiteral("Demo: demo-clerk / madoguchi-demo"));
    }
};

QTEST_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
