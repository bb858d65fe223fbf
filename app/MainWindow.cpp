#include "MainWindow.h"

#include "AppServices.h"
#include "DataKeyStatusLabel.h"
#include "LockScreen.h"
#include "ModuleHost.h"
#include "SettingsDialog.h"
#include "TranslationLoader.h"
#include "card/CardStatusWidget.h"
#include "common/SecretStore.h"
#include "icons/AppIcons.h"
#include "sync/CoreLink.h"
#include "sync/CoreStatusWidget.h"
#include "sync/OfflineBanner.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace madoguchi {

MainWindow::MainWindow(AppServices& services, StaffMember member, const std::vector<Module*>& modules,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_member(std::move(member))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcons::application());
    m_host = new ModuleHost(modules, m_member.role, this);
    if (m_services.core) {
        // The offline banner sits above every page (hidden while the core is reachable).
        auto* central = new QWidget(this);
        auto* layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(new OfflineBanner(m_services.core->monitor(), central));
        layout->addWidget(m_host, 1);
        setCentralWidget(central);
    } else {
        setCentralWidget(m_host);
    }
    createMenus();
    createStatusBar();
    m_lockScreen = new LockScreen(services.staff, m_member, this);
    connect(m_lockScreen, &LockScreen::unlocked, this, [this]() {
        setWorkEnabled(true);
        m_host->navigation()->setFocus();
        Q_EMIT unlocked();
    });
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);
    resize(1024, 700);
    retranslate();
    m_host->navigation()->setFocus();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(AppIcons::lock(), QString(), this, &MainWindow::lockRequested);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < std::min(9, m_host->pageCount()); ++i) {
        QAction* action = m_viewMenu->addAction(QString(), this, [this, i]() { m_host->showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_pageActions.push_back(action);
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* group = new QActionGroup(this);
    // Language names in their own language: findable whichever language is showing.
    m_japaneseAction = m_languageMenu->addAction(
        QStringLiteral("日本語"), this, [this]() { Q_EMIT languageRequested(QStringLiteral("ja")); });
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"), this,
                                                [this]() { Q_EMIT languageRequested(QStringLiteral("en")); });
    for (QAction* action : {m_japaneseAction, m_englishAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    setLanguage(m_services.translations.language());

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::createStatusBar()
{
    m_staffLabel = new QLabel(this);
    m_workstationLabel = new QLabel(this);
    m_keychainLabel = new QLabel(this);
    statusBar()->addWidget(m_staffLabel);
    statusBar()->addWidget(m_workstationLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);
    // Null in tests that do not care; main.cpp always sets it.
    if (m_services.dataKeyStatus)
        statusBar()->addPermanentWidget(new DataKeyStatusLabel(*m_services.dataKeyStatus, this));
    // Null in tests without a card service; main.cpp always sets it.
    if (m_services.cardStatus)
        statusBar()->addPermanentWidget(new CardStatusWidget(*m_services.cardStatus, this));
    if (m_services.core)
        statusBar()->addPermanentWidget(new CoreStatusWidget(m_services.core->monitor(), this));
}

bool MainWindow::isLocked() const
{
    return m_lockScreen->isVisible();
}

void MainWindow::lock()
{
    setWorkEnabled(false);
    m_lockScreen->lock();
}

void MainWindow::setWorkEnabled(bool enabled)
{
    // Disabled actions also disable their shortcuts, so nothing can be reached behind the lock.
    m_host->setEnabled(enabled);
    menuBar()->setEnabled(enabled);
    statusBar()->setEnabled(enabled);
    for (QAction* action : {m_settingsAction, m_lockAction, m_signOutAction, m_quitAction, m_japaneseAction,
                            m_englishAction, m_guideAction})
        action->setEnabled(enabled);
    for (QAction* action : m_pageActions)
        action->setEnabled(enabled);
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_services.settings, m_member.role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, &MainWindow::settingsSaved);
    dialog->open();
}

void MainWindow::setLanguage(const QString& language)
{
    m_japaneseAction->setChecked(language == QLatin1String("ja"));
    m_englishAction->setChecked(language != QLatin1String("ja"));
}

void MainWindow::showUserGuide()
{
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("User guide"),
                        tr("The user guide and the administrator guide are in the docs folder of the "
                           "installation, and on the ward's intranet. For a problem with this counter "
                           "PC, open the Diagnostics page or run \"madoguchi --self-test\"."),
                        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing the window is quitting; the controller signs out and ends the program.
    event->ignore();
    Q_EMIT quitRequested();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Madoguchi — %1").arg(m_member.displayName));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_lockAction->setText(tr("&Lock screen"));
    m_signOutAction->setText(tr("Sign &out"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_host->retranslate();
    for (size_t i = 0; i < m_pageActions.size(); ++i)
        m_pageActions[i]->setText(m_host->navigation()->item(static_cast<int>(i))->text());
    m_staffLabel->setText(tr("Signed in: %1 (%2)").arg(m_member.displayName, roleTitle(m_member.role)));
    m_workstationLabel->setText(tr("Workstation: %1").arg(m_services.workstationId));
    // The reason can be long (a D-Bus error); the tooltip and accessible description carry it.
    const bool keychain = m_services.secrets.isAvailable();
    m_keychainLabel->setText(keychain ? tr("Keychain: ready") : tr("Keychain: not available"));
    m_keychainLabel->setToolTip(keychain ? QString() : m_services.secrets.unavailableReason());
    m_keychainLabel->setAccessibleDescription(m_keychainLabel->toolTip());
    for (QLabel* label : {m_staffLabel, m_workstationLabel, m_keychainLabel})
        label->setAccessibleName(label->text());
}

} // namespace madoguchi
