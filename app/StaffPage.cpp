#include "StaffPage.h"

#include "InlineError.h"
#include "StaffAccountDialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi {

namespace {

enum Column { LoginColumn, NameColumn, RoleColumn, StateColumn, LastSignInColumn, ColumnCount };

} // namespace

StaffPage::StaffPage(StaffDirectory& staff, StaffMember actor, QWidget* parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_actor(std::move(actor))
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_error(new InlineError(this))
    , m_newButton(new QPushButton(this))
    , m_resetButton(new QPushButton(this))
    , m_roleButton(new QPushButton(this))
    , m_disableButton(new QPushButton(this))
    , m_unlockButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("staffPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table instead of walking its cells, so keyboard users reach the buttons.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffPage::updateActions);

    // Page actions carry the shortcuts: a window shortcut fires only while this page is the
    // visible one and the window is not locked (the lock screen disables the pages).
    m_newAction = addPageAction(m_newButton, QKeySequence(Qt::CTRL | Qt::Key_N), &StaffPage::newAccount);
    m_resetAction =
        addPageAction(m_resetButton, QKeySequence(Qt::CTRL | Qt::Key_R), &StaffPage::resetPassword);
    m_roleAction = addPageAction(m_roleButton, QKeySequence(Qt::CTRL | Qt::Key_E), &StaffPage::changeRole);
    m_disableAction =
        addPageAction(m_disableButton, QKeySequence(Qt::CTRL | Qt::Key_D), &StaffPage::toggleDisabled);
    m_unlockAction = addPageAction(m_unlockButton, QKeySequence(Qt::CTRL | Qt::Key_U), &StaffPage::unlock);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_newButton, m_resetButton, m_roleButton, m_disableButton, m_unlockButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_newButton);
    setTabOrder(m_newButton, m_resetButton);
    setTabOrder(m_resetButton, m_roleButton);
    setTabOrder(m_roleButton, m_disableButton);
    setTabOrder(m_disableButton, m_unlockButton);
    setFocusProxy(m_table);
    retranslate();
    refresh();
}

QAction* StaffPage::addPageAction(QPushButton* button, const QKeySequence& shortcut,
                                  void (StaffPage::*slot)())
{
    auto* action = new QAction(this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, slot);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return action;
}

QString StaffPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void StaffPage::refresh()
{
    const QString selected = selectedLogin();
    auto accounts = m_staff.listAccounts();
    if (!accounts) {
        m_error->showError(accounts.error());
        return;
    }
    m_accounts = accounts.value();
    m_table->setRowCount(static_cast<int>(m_accounts.size()));
    const QLocale locale;
    for (int row = 0; row < m_accounts.size(); ++row) {
        const StaffAccount& account = m_accounts.at(row);
        QString state = tr("Active");
        if (account.disabled)
            state = tr("Disabled");
        else if (account.lockedUntil.isValid())
            state = tr("Locked until %1")
                        .arg(locale.toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        const QString lastSignIn =
            account.lastSignIn.isValid()
                ? locale.toString(account.lastSignIn.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        const QStringList cells{account.member.login, account.member.displayName,
                                roleTitle(account.member.role), state, lastSignIn};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    selectLogin(selected.isEmpty() ? m_actor.login : selected);
    updateActions();
}

void StaffPage::selectLogin(const QString& login)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).member.login == login) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, LoginColumn);
            return;
        }
    }
}

const StaffAccount* StaffPage::selectedAccount() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

QString StaffPage::selectedLogin() const
{
    const StaffAccount* account = selectedAccount();
    return account ? account->member.login : QString();
}

void StaffPage::updateActions()
{
    const StaffAccount* account = selectedAccount();
    for (QAction* action : {m_resetAction, m_roleAction, m_disableAction})
        action->setEnabled(account != nullptr);
    m_unlockAction->setEnabled(account && account->lockedUntil.isValid());
    for (auto [button, action] :
         {std::pair{m_resetButton, m_resetAction}, std::pair{m_roleButton, m_roleAction},
          std::pair{m_disableButton, m_disableAction}, std::pair{m_unlockButton, m_unlockAction}})
        button->setEnabled(action->isEnabled());
    retranslate(); // the disable button says "Enable" for a disabled account
}

void StaffPage::openDialog(int mode)
{
    if (m_dialog)
        return;
    const StaffAccount* account = selectedAccount();
    const auto dialogMode = static_cast<StaffAccountDialog::Mode>(mode);
    const bool create = dialogMode == StaffAccountDialog::Mode::Create;
    if (!create && !account)
        return;
    m_error->clear();
    m_dialog =
        new StaffAccountDialog(m_staff, m_actor, dialogMode, create ? StaffMember{} : account->member, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &StaffAccountDialog::accountChanged, this,
            [this](const QString& login) { showResult({}, login); });
    m_dialog->open();
}

void StaffPage::newAccount()
{
    openDialog(static_cast<int>(StaffAccountDialog::Mode::Create));
}

void StaffPage::resetPassword()
{
    openDialog(static_cast<int>(StaffAccountDialog::Mode::ResetPassword));
}

void StaffPage::changeRole()
{
    openDialog(static_cast<int>(StaffAccountDialog::Mode::ChangeRole));
}

void StaffPage::toggleDisabled()
{
    const StaffAccount* account = selectedAccount();
    if (!account || m_confirmation)
        return;
    const QString login = account->member.login;
    const bool disable = !account->disabled;
    const QString who = tr("%1 (%2)").arg(account->member.displayName, login);
    m_error->clear();
    m_confirmation = new QMessageBox(
        QMessageBox::Question, disable ? tr("Disable account") : tr("Enable account"),
        disable
            ? tr("Disable the account of %1? They can no longer sign in until it is enabled again.").arg(who)
            : tr("Enable the account of %1? They can sign in again.").arg(who),
        QMessageBox::NoButton, this);
    QPushButton* yes =
        m_confirmation->addButton(disable ? tr("&Disable") : tr("&Enable"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = m_confirmation->addButton(tr("Cancel"), QMessageBox::RejectRole);
    // A slip of the Enter key must not lock a colleague out.
    m_confirmation->setDefaultButton(cancel);
    m_confirmation->setEscapeButton(cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox* box = m_confirmation;
    connect(box, &QMessageBox::finished, this, [this, box, yes, login, disable]() {
        if (box->clickedButton() == yes)
            showResult(m_staff.setDisabled(m_actor, login, disable), login);
    });
    m_confirmation->open();
}

void StaffPage::unlock()
{
    const QString login = selectedLogin();
    if (!login.isEmpty())
        showResult(m_staff.clearLockout(m_actor, login), login);
}

void StaffPage::showResult(const Status& status, const QString& login)
{
    if (!status) {
        m_error->showError(status.error());
        return;
    }
    m_error->clear();
    refresh();
    selectLogin(login);
    m_table->setFocus();
}

void StaffPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void StaffPage::retranslate()
{
    m_heading->setText(tr("Staff accounts"));
    m_heading->setAccessibleName(m_heading->text());
    m_hint->setText(tr("Select an account with the arrow keys, then choose an action. Every change is "
                       "recorded in the audit log under your name."));
    m_hint->setAccessibleName(m_hint->text());
    m_table->setAccessibleName(tr("Staff accounts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Login name"), tr("Display name"), tr("Role"), tr("State"), tr("Last sign-in")});
    const StaffAccount* account = selectedAccount();
    const bool enable = account && account->disabled;
    const struct
    {
        QPushButton* button;
        QAction* action;
        QString text;
        QString name;
    } entries[] = {
        {m_newButton, m_newAction, tr("&New account…"), tr("New account")},
        {m_resetButton, m_resetAction, tr("&Reset password…"), tr("Reset password")},
        {m_roleButton, m_roleAction, tr("Change r&ole…"), tr("Change role")},
        {m_disableButton, m_disableAction, enable ? tr("&Enable…") : tr("&Disable…"),
         enable ? tr("Enable account") : tr("Disable account")},
        {m_unlockButton, m_unlockAction, tr("&Unlock"), tr("Unlock account")},
    };
    for (const auto& entry : entries) {
        entry.button->setText(entry.text);
        entry.button->setAccessibleName(entry.name);
        entry.action->setText(entry.name);
        const QString keys = entry.action->shortcut().toString(QKeySequence::NativeText);
        entry.button->setToolTip(tr("%1 (%2)").arg(entry.name, keys));
        entry.button->setAccessibleDescription(tr("Shortcut: %1").arg(keys));
    }
}

} // namespace madoguchi
