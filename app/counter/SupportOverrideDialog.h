#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace madoguchi {

class StaffDirectory;

// A supervisor authorises, on the clerk's screen, a request the support measure (支援措置)
// blocks: their login and password (checked with StaffDirectory) and a reason. accept() keeps
// the dialog open with the problem inline until the sign-in holds and a reason is given; the
// supervisor's role is the guard's check (SupportMeasureGuard::override).
class SupportOverrideDialog : public QDialog
{
    Q_OBJECT

public:
    SupportOverrideDialog(StaffDirectory& staff, const QString& what, QWidget* parent = nullptr);

    QString supervisorLogin() const { return m_signedIn; }
    QString reason() const;
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QString messageText() const;

public Q_SLOTS:
    void accept() override;

private:
    void showMessage(const QString& text);

    StaffDirectory& m_staff;
    QString m_signedIn;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace madoguchi
