#include "SessionController.h"

#include "ActivityFilter.h"
#include "AppServices.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ModuleCatalog.h"
#include "TranslationLoader.h"
#include "common/AuditLog.h"
#include "common/Logging.h"
#include "common/Module.h"
#include "common/SessionGuard.h"
#include "common/Settings.h"

#include <QApplication>

namespace madoguchi {

SessionController::SessionController(AppServices& services, SessionGuard& guard, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_guard(guard)
    , m_activity(std::make_unique<ActivityFilter>(guard))
{
    m_guard.applySettings(m_services.settings);
    qApp->installEventFilter(m_activity.get());
    connect(&m_guard, &SessionGuard::lockRequired, this, [this]() {
        if (m_mainWindow) {
            audit(QStringLiteral("session.locked"), QString());
            m_mainWindow->lock();
        }
    });
    connect(&m_guard, &SessionGuard::sessionExpired, this, [this]() {
        audit(QStringLiteral("session.expired"), QStringLiteral("absolute session limit reached"));
        signOut(tr("Your session reached the limit of %n hour(s). Please sign in again.", nullptr,
                   m_guard.maxSessionHours()));
    });
    connect(&m_services.settings, &Settings::changed, this, &SessionController::applySettings);
}

SessionController::~SessionController()
{
    qApp->removeEventFilter(m_activity.get());
    delete m_mainWindow.data();
    delete m_login.data();
    delete m_firstRun.data();
}

void SessionController::start()
{
    if (m_services.staff.hasAnyAdmin())
        showLogin(QString());
    else
        showFirstRun();
}

void SessionController::setDemoCredentials(const QString& login, const QString& password)
{
    m_demoLogin = login;
    m_demoPassword = password;
    if (m_login)
        m_login->setDemoCredentials(login, password);
}

void SessionController::show(QWidget* window)
{
    if (m_showWindows) {
        window->show();
        window->raise();
        window->activateWindow();
    }
}

void SessionController::showLogin(const QString& notice)
{
    closeSignInWindows();
    m_login = new LoginDialog(m_services.staff, m_services.translations.language());
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setNotice(notice);
    m_login->setDemoCredentials(m_demoLogin, m_demoPassword);
    connect(m_login, &LoginDialog::signedIn, this, &SessionController::openMainWindow);
    connect(m_login, &LoginDialog::rejected, this, &SessionController::quit);
    connect(m_login, &LoginDialog::languageRequested, this, &SessionController::changeLanguage);
    show(m_login);
}

void SessionController::showFirstRun()
{
    closeSignInWindows();
    m_firstRun = new FirstRunDialog(m_services.staff, m_services.translations.language());
    m_firstRun->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRun, &FirstRunDialog::signedIn, this, &SessionController::openMainWindow);
    connect(m_firstRun, &FirstRunDialog::rejected, this, &SessionController::quit);
    connect(m_firstRun, &FirstRunDialog::languageRequested, this, &SessionController::changeLanguage);
    show(m_firstRun);
}

void SessionController::closeSignInWindows()
{
    // Disconnect first: closing a dialog emits rejected(), which would mean "quit".
    for (QDialog* dialog :
         {static_cast<QDialog*>(m_login.data()), static_cast<QDialog*>(m_firstRun.data())}) {
        if (dialog) {
            dialog->disconnect(this);
            dialog->hide();
            dialog->deleteLater();
        }
    }
    m_login = nullptr;
    m_firstRun = nullptr;
}

void SessionController::openMainWindow(const StaffMember& member)
{
    closeSignInWindows();
    if (m_mainWindow)
        m_mainWindow->deleteLater();
    m_modules = ModuleCatalog::create(m_services, member);
    std::vector<Module*> modules;
    for (const auto& module : m_modules)
        modules.push_back(module.get());
    m_mainWindow = new MainWindow(m_services, member, modules);
    connect(m_mainWindow, &MainWindow::lockRequested, &m_guard, &SessionGuard::lockNow);
    connect(m_mainWindow, &MainWindow::unlocked, &m_guard, &SessionGuard::unlock);
    connect(m_mainWindow, &MainWindow::signOutRequested, this, [this]() { signOut(); });
    connect(m_mainWindow, &MainWindow::quitRequested, this, &SessionController::quit);
    connect(m_mainWindow, &MainWindow::languageRequested, this, &SessionController::changeLanguage);
    m_guard.start();
    show(m_mainWindow);
}

void SessionController::signOut(const QString& notice)
{
    if (m_mainWindow) {
        audit(QStringLiteral("logout"),
              notice.isEmpty() ? QStringLiteral("signed out") : QStringLiteral("forced"));
        m_mainWindow->hide();
        m_mainWindow->deleteLater();
        m_mainWindow = nullptr;
    }
    m_guard.stop();
    // The pages are children of the main window; the modules go once it is gone.
    auto modules = std::make_shared<std::vector<std::unique_ptr<Module>>>(std::move(m_modules));
    QMetaObject::invokeMethod(
        this, [modules]() { modules->clear(); }, Qt::QueuedConnection);
    showLogin(notice);
}

MainWindow* SessionController::mainWindow() const
{
    return m_mainWindow;
}

LoginDialog* SessionController::loginDialog() const
{
    return m_login;
}

FirstRunDialog* SessionController::firstRunDialog() const
{
    return m_firstRun;
}

QWidget* SessionController::currentWindow() const
{
    if (m_mainWindow)
        return m_mainWindow;
    if (m_firstRun)
        return m_firstRun;
    return m_login;
}

void SessionController::changeLanguage(const QString& language)
{
    if (!m_services.translations.install(language))
        qCWarning(lcUi) << "no translation catalogue for" << language;
    if (!m_services.settings.isLocked(SettingKey::UiLanguage)) {
        if (auto saved = m_services.settings.setValue(SettingKey::UiLanguage, language); !saved)
            qCWarning(lcUi) << "language choice not saved:" << saved.error().code;
    }
    if (m_mainWindow)
        m_mainWindow->setLanguage(language);
}

void SessionController::applySettings()
{
    m_guard.applySettings(m_services.settings);
    const QString wanted =
        TranslationLoader::resolveLanguage(m_services.settings.stringValue(SettingKey::UiLanguage));
    if (wanted != m_services.translations.language()) {
        m_services.translations.install(wanted);
        if (m_mainWindow)
            m_mainWindow->setLanguage(wanted);
    }
}

void SessionController::quit()
{
    if (m_mainWindow)
        audit(QStringLiteral("logout"), QStringLiteral("quit"));
    m_guard.stop();
    Q_EMIT quitRequested();
}

void SessionController::audit(const QString& action, const QString& detail)
{
    if (!m_mainWindow)
        return;
    AuditEntry entry;
    entry.actor = m_mainWindow->member().login;
    entry.role = roleName(m_mainWindow->member().role);
    entry.workstation = m_services.workstationId.isNull() ? QStringLiteral("") : m_services.workstationId;
    entry.action = action;
    entry.objectId = entry.actor;
    entry.detail = detail.isNull() ? QStringLiteral("") : detail;
    if (auto written = m_services.audit.append(entry); !written)
        qCWarning(lcAudit) << "session audit record not written:" << written.error().code;
}

} // namespace madoguchi
