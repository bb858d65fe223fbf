#pragma once

#include "common/StaffDirectory.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QWidget;

namespace madoguchi {

class ActivityFilter;
class FirstRunDialog;
class LoginDialog;
class MainWindow;
class Module;
class SessionGuard;
struct AppServices;

// The sign-in flow as a small state machine driven by signals (no nested event loops):
// first start → FirstRunDialog; otherwise LoginDialog → MainWindow; idle → lock screen;
// absolute limit → forced sign-out back to the login window with the reason shown there.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(AppServices& services, SessionGuard& guard, QObject* parent = nullptr);
    ~SessionController() override;

    // Whether windows are shown (off for --screenshot, which only renders them).
    void setShowWindows(bool show) { m_showWindows = show; }

    // `madoguchi --demo`: the login window names this demo account and password.
    void setDemoCredentials(const QString& login, const QString& password);

    // Opens the first-run or the login window, whichever applies.
    void start();
    // Opens the main window for `member`, who has already been authenticated.
    void openMainWindow(const StaffMember& member);
    // Closes the main window and returns to the login window; `notice` explains why.
    void signOut(const QString& notice = {});

    // The top-level window on screen now (login, first run or main window).
    QWidget* currentWindow() const;
    MainWindow* mainWindow() const;
    LoginDialog* loginDialog() const;
    FirstRunDialog* firstRunDialog() const;

Q_SIGNALS:
    void quitRequested();

private:
    void showLogin(const QString& notice);
    void showFirstRun();
    void closeSignInWindows();
    void changeLanguage(const QString& language);
    void applySettings();
    void quit();
    void audit(const QString& action, const QString& detail);
    void show(QWidget* window);

    AppServices& m_services;
    SessionGuard& m_guard;
    std::unique_ptr<ActivityFilter> m_activity;
    std::vector<std::unique_ptr<Module>> m_modules;
    QPointer<MainWindow> m_mainWindow;
    QPointer<LoginDialog> m_login;
    QPointer<FirstRunDialog> m_firstRun;
    bool m_showWindows = true;
    QString m_demoLogin;
    QString m_demoPassword;
};

} // namespace madoguchi
