#pragma once

#include "common/StaffDirectory.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi {

class InlineError;

// Covers the whole main window while the session is locked, so nothing of the work behind it
// shows. Only the signed-in member's password unlocks; an administrator may instead end the
// session (a clerk went home without signing out). Keyboard focus stays inside: everything
// behind it is disabled by the main window.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(StaffDirectory& staff, StaffMember member, QWidget* parent);

    // Shows the overlay, stretched over the parent, with the time it was locked.
    void lock();
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* adminLoginEdit() const { return m_adminLogin; }
    QLineEdit* adminPasswordEdit() const { return m_adminPassword; }
    QString errorText() const;

Q_SIGNALS:
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void tryUnlock();
    void tryAdminSignOut();
    void retranslate();

    StaffDirectory& m_staff;
    StaffMember m_member;
    QString m_lockedAt;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    InlineError* m_error = nullptr;
    QLabel* m_adminHint = nullptr;
    QLabel* m_adminLoginLabel = nullptr;
    QLabel* m_adminPasswordLabel = nullptr;
    QLineEdit* m_adminLogin = nullptr;
    QLineEdit* m_adminPassword = nullptr;
    QPushButton* m_adminSignOut = nullptr;
};

} // namespace madoguchi
