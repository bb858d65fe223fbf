#include "AppTestFixture.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "common/SessionGuard.h"

#include <QLineEdit>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestLoginFlow : public QObject
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

    void firstRunCreatesAdminAndSignsIn()
    {
        SessionGuard guard(m_app->clock, 0);
        SessionController controller(*m_app->services, guard);
        controller.start();
        FirstRunDialog* dialog = controller.firstRunDialog();
        QVERIFY(dialog);
        QVERIFY(!controller.loginDialog());
        QTest::keyClicks(dialog->loginEdit(), QStringLiteral("admin"));
        dialog->displayNameEdit()->setText(QStringLiteral("管理者")); // QTest types ASCII only
        QTest::keyClicks(dialog->passwordEdit(), kPassword);
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("something else"));
        dialog->accept();
        QVERIFY(!dialog->errorText().isEmpty()); // the passwords differ
        QVERIFY(!m_app->staff->hasAnyAdmin());

        dialog->passwordEdit()->setText(QStringLiteral("short"));
        dialog->confirmEdit()->setText(QStringLiteral("short"));
        dialog->accept();
        QCOMPARE(dialog->errorText(), StaffDirectory::passwordPolicyText());
        QVERIFY(!m_app->staff->hasAnyAdmin());

        dialog->passwordEdit()->setText(kPassword);
        dialog->confirmEdit()->setText(kPassword);
        dialog->accept();
        QVERIFY(m_app->staff->hasAnyAdmin());
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->member().role, Role::Admin);
        QVERIFY(guard.isActive());
        QCOMPARE(m_app->auditCount(QStringLiteral("staff.create")), 1);
        QCOMPARE(m_app->auditCount(QStringLiteral("login.ok")), 1);
    }

    void loginWindowWhenAdminExists()
    {
        QVERIFY(m_app->addAccount(QStringLiteral("admin"), Role::Admin));
        SessionGuard guard(m_app->clock, 0);
        SessionController controller(*m_app->services, guard);
        controller.start();
        QVERIFY(controller.loginDialog());
        QVERIFY(!controller.firstRunDialog());
    }

    void loginOk()
    {
        QVERIFY(m_app->addAccount(QStringLiteral("clerk1"), Role::Clerk));
        LoginDialog dialog(*m_app->staff, QStringLiteral("en"));
        StaffMember signedIn;
        connect(&dialog, &LoginDialog::signedIn, this, [&signedIn](const StaffMember& m) { signedIn = m; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.loginEdit(), QStringLiteral("clerk1"));
        QTest::keyClick(dialog.loginEdit(), Qt::Key_Tab);
        QTest::keyClicks(dialog.passwordEdit(), kPassword);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(signedIn.login, QStringLiteral("clerk1"));
        QCOMPARE(signedIn.role, Role::Clerk);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_app->auditCount(QStringLiteral("login.ok")), 1);
    }

    void wrongPasswordShowsErrorAndIsAudited()
    {
        QVERIFY(m_app->addAccount(QStringLiteral("clerk1"), Role::Clerk));
        LoginDialog dialog(*m_app->staff, QStringLiteral("en"));
        bool signedIn = false;
        connect(&dialog, &LoginDialog::signedIn, this, [&signedIn]() { signedIn = true; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.loginEdit()->setText(QStringLiteral("clerk1"));
        dialog.passwordEdit()->setText(QStringLiteral("wrong password"));
        dialog.accept();
        QVERIFY(!signedIn);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // not kept
        QCOMPARE(m_app->auditCount(QStringLiteral("login.failed")), 1);
        QCOMPARE(m_app->auditCount(QStringLiteral("login.ok")), 0);
        // Typing again clears the old error.
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("x"));
        QVERIFY(dialog.errorText().isEmpty());
    }

    void lockoutAfterRepeatedWrongPasswords()
    {
        QVERIFY(m_app->addAccount(QStringLiteral("clerk1"), Role::Clerk));
        LoginDialog dialog(*m_app->staff, QStringLiteral("en"));
        bool signedIn = false;
        connect(&dialog, &LoginDialog::signedIn, this, [&signedIn]() { signedIn = true; });
        dialog.loginEdit()->setText(QStringLiteral("clerk1"));
        for (int i = 0; i < StaffDirectory::maxFailedAttempts; ++i) {
            dialog.passwordEdit()->setText(QStringLiteral("wrong password"));
            dialog.accept();
        }
        dialog.passwordEdit()->setText(kPassword);
        dialog.accept();
        QVERIFY(!signedIn);
        QVERIFY(dialog.errorText().contains(QStringLiteral("locked")));
        QCOMPARE(m_app->auditCount(QStringLiteral("login.lockedOut")), 1);
    }

    void passwordFieldHidesText()
    {
        LoginDialog dialog(*m_app->staff, QStringLiteral("en"));
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.passwordEdit()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
