#pragma once

#include "common/StaffDirectory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi {

class InlineError;
class LanguageSelector;

// Shown on first start, when the staff table has no administrator: creates that first admin
// account and signs them in. Opened with open()/show(); emits signedIn() on success.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(StaffDirectory& staff, const QString& language, QWidget* parent = nullptr);

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void signedIn(const madoguchi::StaffMember& member);
    void languageRequested(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fail(const QString& message, QWidget* focus);

    StaffDirectory& m_staff;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_policy = nullptr;
    QLabel* m_loginLabel = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    LanguageSelector* m_language = nullptr;
    InlineError* m_error = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace madoguchi
