#pragma once

#include "common/StaffDirectory.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi {

class InlineError;
class LanguageSelector;

// The sign-in window. Opened with open()/show(), never exec(): the caller listens to
// signedIn() and rejected(). A wrong password keeps the dialog open with the reason inline.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(StaffDirectory& staff, const QString& language, QWidget* parent = nullptr);

    void setLogin(const QString& login);
    // Why the login window is back (the session expired, an admin ended it); empty hides it.
    void setNotice(const QString& notice);
    QString noticeText() const;
    // `madoguchi --demo` only: a line naming a demo account and its published password.
    void setDemoCredentials(const QString& login, const QString& password);
    QString demoHintText() const;
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;

public Q_SLOTS:
    // Tries to sign in; closes only on success.
    void accept() override;

Q_SIGNALS:
    void signedIn(const madoguchi::StaffMember& member);
    void languageRequested(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StaffDirectory& m_staff;
    QLabel* m_heading = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_demoHint = nullptr;
    QString m_demoLogin;
    QString m_demoPassword;
    QLabel* m_loginLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    LanguageSelector* m_language = nullptr;
    InlineError* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace madoguchi
