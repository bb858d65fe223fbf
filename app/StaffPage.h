#pragma once

#include "StaffAccountDialog.h"
#include "common/StaffDirectory.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi {

class InlineError;

// The staff administration page: the list of accounts and the actions on them (new account,
// reset password, change role, disable / enable, unlock), each with a shortcut. The rules
// (last administrator, not oneself) live in StaffDirectory; this page shows its refusals inline.
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    StaffPage(StaffDirectory& staff, StaffMember actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString errorText() const;
    // The account dialog or confirmation open now, if any (for tests and the shell).
    StaffAccountDialog* accountDialog() const { return m_dialog; }
    QMessageBox* confirmation() const { return m_confirmation; }
    QAction* newAccountAction() const { return m_newAction; }
    QAction* resetPasswordAction() const { return m_resetAction; }
    QAction* changeRoleAction() const { return m_roleAction; }
    QAction* disableAction() const { return m_disableAction; }
    QAction* unlockAction() const { return m_unlockAction; }

    void refresh();
    void selectLogin(const QString& login);
    QString selectedLogin() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QAction* addPageAction(QPushButton* button, const QKeySequence& shortcut, void (StaffPage::*slot)());
    void openDialog(int mode);
    void newAccount();
    void resetPassword();
    void changeRole();
    void toggleDisabled();
    void unlock();
    void updateActions();
    void retranslate();
    void showResult(const Status& status, const QString& login);
    const StaffAccount* selectedAccount() const;

    StaffDirectory& m_staff;
    StaffMember m_actor;
    QList<StaffAccount> m_accounts;
    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QTableWidget* m_table = nullptr;
    InlineError* m_error = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_roleButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_roleAction = nullptr;
    QAction* m_disableAction = nullptr;
    QAction* m_unlockAction = nullptr;
    QPointer<StaffAccountDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace madoguchi
