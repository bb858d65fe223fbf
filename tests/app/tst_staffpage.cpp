#include "AppTestFixture.h"
#include "MainWindow.h"
#include "ModuleHost.h"
#include "StaffAccountDialog.h"
#include "StaffPage.h"
#include "common/Module.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestStaffPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppFixture> m_app;
    std::vector<std::unique_ptr<Module>> m_modules;
    StaffMember m_admin;

    std::unique_ptr<MainWindow> openWindow(const StaffMember& member)
    {
        m_modules = ModuleCatalog::create(*m_app->services, member);
        std::vector<Module*> modules;
        for (const auto& module : m_modules)
            modules.push_back(module.get());
        auto window = std::make_unique<MainWindow>(*m_app->services, member, modules);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

    // Types into whatever has the keyboard focus, as a person would.
    static void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

    static bool activate(QWidget* window)
    {
        // The offscreen platform re-activates no window when a modal box closes (a window
        // manager would), so the platform window is asked again.
        window->activateWindow();
        QApplication::setActiveWindow(window);
        return QTest::qWaitForWindowActive(window);
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
        QVERIFY(m_app->addAccount(QStringLiteral("admin"), Role::Admin));
        m_admin = m_app->staff->find(QStringLiteral("admin")).value();
    }

    void cleanup()
    {
        m_modules.clear();
        m_app.reset();
    }

    void adminCreatesClerkByKeyboard()
    {
        auto window = openWindow(m_admin);
        QVERIFY(window);
        const int index =
            static_cast<int>(window->moduleHost()->moduleIds().indexOf(QStringLiteral("staff")));
        QVERIFY(index >= 0 && index < 9);
        press(static_cast<Qt::Key>(Qt::Key_1 + index), Qt::ControlModifier);
        auto* page = qobject_cast<StaffPage*>(window->moduleHost()->currentPage());
        QVERIFY(page);
        QCOMPARE(page->table()->rowCount(), 1);

        press(Qt::Key_N, Qt::ControlModifier);
        QPointer<StaffAccountDialog> dialog = page->accountDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), StaffAccountDialog::Mode::Create);
        QVERIFY(activate(dialog));
        QCOMPARE(QApplication::focusWidget(), dialog->loginEdit());
        type(QStringLiteral("suzuki"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Suzuki Hanako"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->roleCombo());
        QCOMPARE(dialog->roleCombo()->currentText(), QStringLiteral("Clerk"));
        press(Qt::Key_Tab);
        type(QStringLiteral("short"));
        press(Qt::Key_Tab);
        type(QStringLiteral("short"));
        press(Qt::Key_Return);
        // The directory's policy, inline; the dialog stays open with the cursor on the password.
        QCOMPARE(dialog->errorText(), StaffDirectory::passwordPolicyText());
        QCOMPARE(QApplication::focusWidget(), dialog->passwordEdit());
        type(kPassword);
        press(Qt::Key_Tab);
        type(kPassword);
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog);

        QCOMPARE(page->table()->rowCount(), 2);
        QCOMPARE(page->selectedLogin(), QStringLiteral("suzuki"));
        QCOMPARE(m_app->auditCount(QStringLiteral("staff.create")), 2);
        QCOMPARE(m_app->audit->recent(1).first().actor, QStringLiteral("admin"));

        // The new clerk signs in, and their window has no staff page.
        auto clerk = m_app->staff->authenticate(QStringLiteral("suzuki"), kPassword);
        QVERIFY(clerk.ok());
        QCOMPARE(clerk.value().role, Role::Clerk);
        QCOMPARE(clerk.value().displayName, QStringLiteral("Suzuki Hanako"));
        window.reset();
        auto clerkWindow = openWindow(clerk.value());
        QVERIFY(clerkWindow);
        QVERIFY(!clerkWindow->moduleHost()->moduleIds().contains(QStringLiteral("staff")));
    }

    void onlyAdminsSeeStaffPage()
    {
        for (Role role : {Role::Clerk, Role::Supervisor}) {
            auto window = openWindow(StaffMember{QStringLiteral("someone"), QStringLiteral("Someone"), role});
            QVERIFY(window);
            QVERIFY(!window->moduleHost()->moduleIds().contains(QStringLiteral("staff")));
        }
        auto window = openWindow(m_admin);
        QVERIFY(window);
        QVERIFY(window->moduleHost()->moduleIds().contains(QStringLiteral("staff")));
    }

    void lastAdminProtectionShowsInlineError()
    {
        StaffPage page(*m_app->staff, m_admin);
        page.show();
        QVERIFY(activate(&page));
        QCOMPARE(page.selectedLogin(), QStringLiteral("admin"));

        QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
        QPointer<QMessageBox> box = page.confirmation();
        QVERIFY(box);
        auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QVERIFY(confirm);
        QVERIFY(box->defaultButton() != confirm); // Enter alone does not disable anyone
        confirm->click();
        QVERIFY(page.errorText().contains(QStringLiteral("last active administrator")));
        QVERIFY(m_app->staff->hasAnyAdmin());
        QCOMPARE(m_app->auditCount(QStringLiteral("staff.disable")), 0);

        // Demoting oneself is refused the same way, inline in the role dialog.
        QTRY_VERIFY(!box);
        QVERIFY(activate(&page));
        QTest::keyClick(&page, Qt::Key_E, Qt::ControlModifier);
        QPointer<StaffAccountDialog> dialog = page.accountDialog();
        QVERIFY(dialog);
        dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(int(Role::Clerk)));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("last active administrator")));
        QCOMPARE(m_app->staff->find(QStringLiteral("admin")).value().role, Role::Admin);
    }

    void disableEnableAndUnlockAnotherAccount()
    {
        QVERIFY(m_app->addAccount(QStringLiteral("clerk1"), Role::Clerk));
        for (int i = 0; i < StaffDirectory::maxFailedAttempts; ++i)
            QVERIFY(!m_app->staff->authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong password!"))
                         .ok());
        StaffPage page(*m_app->staff, m_admin);
        page.show();
        QVERIFY(activate(&page));
        page.selectLogin(QStringLiteral("clerk1"));
        QVERIFY(page.table()->item(1, 3)->text().startsWith(QStringLiteral("Locked until")));
        QVERIFY(page.unlockAction()->isEnabled());
        QTest::keyClick(&page, Qt::Key_U, Qt::ControlModifier);
        QVERIFY(page.errorText().isEmpty());
        QCOMPARE(page.table()->item(1, 3)->text(), QStringLiteral("Active"));
        QVERIFY(!page.unlockAction()->isEnabled());
        QVERIFY(m_app->staff->authenticate(QStringLiteral("clerk1"), kPassword).ok());

        QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(page.confirmation());
        page.confirmation()->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QCOMPARE(page.table()->item(1, 3)->text(), QStringLiteral("Disabled"));
        QCOMPARE(m_app->staff->authenticate(QStringLiteral("clerk1"), kPassword).error().code,
                 QStringLiteral("staff.disabled"));
        QTRY_VERIFY(!page.confirmation());
        QVERIFY(activate(&page));
        QCOMPARE(page.disableAction()->text(), QStringLiteral("Enable account"));
        QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(page.confirmation());
        page.confirmation()->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QCOMPARE(page.table()->item(1, 3)->text(), QStringLiteral("Active"));
        QCOMPARE(m_app->auditCount(QStringLiteral("staff.unlock")), 1);
        QCOMPARE(m_app->auditCount(QStringLiteral("staff.enable")), 1);
    }

    void resetPasswordDialog()
    {
        QVERIFY(m_app->addAccount(QStringLiteral("clerk1"), Role::Clerk));
        StaffPage page(*m_app->staff, m_admin);
        page.show();
        QVERIFY(activate(&page));
        page.selectLogin(QStringLiteral("clerk1"));
        QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
        QPointer<StaffAccountDialog> dialog = page.accountDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
        dialog->passwordEdit()->setText(QStringLiteral("atarashii-2025"));
        dialog->confirmEdit()->setText(QStringLiteral("atarashii-2026"));
        dialog->accept();
        QVERIFY(!dialog->errorText().isEmpty()); // the two differ
        dialog->passwordEdit()->setText(QStringLiteral("atarashii-2025"));
        dialog->confirmEdit()->setText(QStringLiteral("atarashii-2025"));
        dialog->accept();
        QTRY_VERIFY(!dialog);
        QVERIFY(m_app->staff->authenticate(QStringLiteral("clerk1"), QStringLiteral("atarashii-2025")).ok());
        QCOMPARE(m_app->auditCount(QStringLiteral("staff.passwordReset")), 1);
    }
};

QTEST_MAIN(TestStaffPage)
#include "tst_staffpage.moc"
