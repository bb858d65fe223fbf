#pragma once

#include "common/StaffDirectory.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace madoguchi {

class LockScreen;
class Module;
class ModuleHost;
struct AppServices;

// The shell: navigation and pages (ModuleHost), the menus, the status bar and the lock screen.
// It owns no session logic: it reports what the person asked for (lock, sign out, language)
// and SessionController decides.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppServices& services, StaffMember member, const std::vector<Module*>& modules,
               QWidget* parent = nullptr);

    const StaffMember& member() const { return m_member; }
    ModuleHost* moduleHost() const { return m_host; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    bool isLocked() const;

    // Covers the window with the lock screen and disables everything behind it.
    void lock();
    void openSettings();
    void setLanguage(const QString& language);

Q_SIGNALS:
    void lockRequested();
    void unlocked();
    void signOutRequested();
    void quitRequested();
    void languageRequested(const QString& language);
    void settingsSaved();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void setWorkEnabled(bool enabled);
    void showUserGuide();
    void retranslate();

    AppServices& m_services;
    StaffMember m_member;
    ModuleHost* m_host = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_japaneseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_guideAction = nullptr;
    std::vector<QAction*> m_pageActions;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_workstationLabel = nullptr;
    QLabel* m_keychainLabel = nullptr;
};

} // namespace madoguchi
