#include "AppTestFixture.h"
#include "LockScreen.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "common/SessionGuard.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestIdleLock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<SessionGuard> m_guard;
    std::unique_ptr<SessionController> m_controller;

    MainWindow* signIn(const QString& login)
    {
        m_controller->start();
        LoginDialog* dialog = m_controller->loginDialog();
        if (!dialog)
            return nullptr;
        dialog->loginEdit()->setText(login);
        dialog->passwordEdit()->setText(kPassword);
        dialog->accept();
        return m_controller->mainWindow();
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
        QVERIFY(m_app->addAccount(QStringLiteral("clerk1"), Role::Clerk));
        QVERIFY(m_app->addAccount(QStringLiteral("admin"), Role::Admin));
        QVERIFY(m_app->settings->setValue(SettingKey::SessionIdleLockMinutes, 10).ok());
        QVERIFY(m_app->settings->setValue(SettingKey::SessionMaxSessionHours, 8).ok());
        m_guard = std::make_unique<SessionGuard>(m_app->clock, 0);
        m_controller = std::make_unique<SessionController>(*m_app->services, *m_guard);
    }

    void cleanup()
    {
        m_controller.reset();
        m_guard.reset();
        m_app.reset();
    }

    void noLockBeforeIdleLimit()
    {
        MainWindow* window = signIn(QStringLiteral("clerk1"));
        QVERIFY(window);
        m_app->clock.advanceSecs(9 * 60);
        m_guard->check();
        QVERIFY(!window->isLocked());
    }

    void lockScreenAppearsAfterIdleMinutes()
    {
        MainWindow* window = signIn(QStringLiteral("clerk1"));
        QVERIFY(window);
        m_app->clock.advanceSecs(10 * 60);
        m_guard->check();
        QVERIFY(window->isLocked());
        QVERIFY(window->lockScreen()->isVisible());
        QCOMPARE(window->lockScreen()->geometry(), window->rect());
        QCOMPARE(m_app->auditCount(QStringLiteral("session.locked")), 1);
    }

    void keyboardActivityResetsIdleTime()
    {
        MainWindow* window = signIn(QStringLiteral("clerk1"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        m_app->clock.advanceSecs(8 * 60);
        // Goes through the application event filter, like a real key press.
        QTest::keyClick(window, Qt::Key_Down);
        m_app->clock.advanceSecs(8 * 60);
        m_guard->check();
        QVERIFY(!window->isLocked());
        m_app->clock.advanceSecs(2 * 60);
        m_guard->check();
        QVERIFY(window->isLocked());
    }

    void onlyTheSameUserUnlocks()
    {
        MainWindow* window = signIn(QStringLiteral("clerk1"));
        QVERIFY(window);
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
        if (!window->isLocked())
            m_guard->lockNow(); // the shortcut needs an active window, which offscreen may not give
        QVERIFY(window->isLocked());
        LockScreen* lock = window->lockScreen();
        lock->passwordEdit()->setText(QStringLiteral("wrong password"));
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
        QVERIFY(window->isLocked());
        QVERIFY(!lock->errorText().isEmpty());
        QCOMPARE(m_app->auditCount(QStringLiteral("unlock.failed")), 1);
        lock->passwordEdit()->setText(kPassword);
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
        QVERIFY(!window->isLocked());
        QVERIFY(!m_guard->isLocked());
        QCOMPARE(m_app->auditCount(QStringLiteral("unlock.ok")), 1);
    }

    void adminCanEndALockedSession()
    {
        MainWindow* window = signIn(QStringLiteral("clerk1"));
        QVERIFY(window);
        m_guard->lockNow();
        LockScreen* lock = window->lockScreen();
        // Another clerk is not enough.
        QVERIFY(m_app->addAccount(QStringLiteral("clerk2"), Role::Clerk));
        lock->adminLoginEdit()->setText(QStringLiteral("clerk2"));
        lock->adminPasswordEdit()->setText(kPassword);
        QTest::keyClick(lock->adminPasswordEdit(), Qt::Key_Return);
        QCOMPARE(m_controller->mainWindow(), window);
        lock->adminLoginEdit()->setText(QStringLiteral("admin"));
        lock->adminPasswordEdit()->setText(kPassword);
        QTest::keyClick(lock->adminPasswordEdit(), Qt::Key_Return);
        QVERIFY(!m_controller->mainWindow());
        QVERIFY(m_controller->loginDialog());
        QVERIFY(!m_guard->isActive());
    }

    void absoluteLimitForcesSignOut()
    {
        MainWindow* window = signIn(QStringLiteral("clerk1"));
        QVERIFY(window);
        for (int i = 0; i < 8 * 12; ++i) { // eight busy hours in five-minute steps
            m_app->clock.advanceSecs(5 * 60);
            m_guard->recordActivity();
            m_guard->check();
        }
        QVERIFY(!m_controller->mainWindow());
        LoginDialog* login = m_controller->loginDialog();
        QVERIFY(login);
        QVERIFY(login->noticeText().contains(QStringLiteral("8 hours")));
        QCOMPARE(m_app->auditCount(QStringLiteral("session.expired")), 1);
    }

    void policyValueDrivesTheGuard()
    {
        AppFixture locked;
        QVERIFY(locked.setUp("[session]\nidleLockMinutes=2\n"));
        SessionGuard guard(locked.clock, 0);
        SessionController controller(*locked.services, guard);
        QCOMPARE(guard.idleLockMinutes(), 2);
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
