#pragma once

#include "common/StaffDirectory.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi {

class InlineError;

// One account task of the staff page: create an account, set a new password, or change the
// role. Opened with open(), never exec(); it calls StaffDirectory itself, keeps itself open
// with the reason inline when the directory refuses, and emits accountChanged() on success.
class StaffAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, ResetPassword, ChangeRole };

    // `target` is the account to change (ignored for Create); `actor` the admin who acts.
    StaffAccountDialog(StaffDirectory& staff, StaffMember actor, Mode mode, StaffMember target,
                       QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void accountChanged(const QString& login);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fail(const Error& error, QWidget* focus);
    void clearPasswords();

    StaffDirectory& m_staff;
    StaffMember m_actor;
    Mode m_mode;
    StaffMember m_target;
    QLabel* m_heading = nullptr;
    QLabel* m_policy = nullptr;
    QLabel* m_loginLabel = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLabel* m_roleLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    InlineError* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace madoguchi
