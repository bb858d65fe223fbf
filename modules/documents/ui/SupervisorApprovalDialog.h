#pragma once

#include "common/StaffDirectory.h"
#include "documents/FontCatalog.h"
#include "documents/VariantApprover.h"

#include <QDialog>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi {

class VariantComparisonView;

// The VariantApprover of the counter: a window-modal dialog in which a supervisor signs in on
// the spot to let a document print sequences the font does not register (they print as the
// base glyph, shown both ways). requestApproval() opens it with open() and returns; the reply
// comes when the dialog finishes, so PrintGate needs no nested event loop.
//
// Approval requires a correct password of a supervisor or administrator who is not the clerk
// asking, and a reason; every failure keeps the dialog open with the reason inline and sends
// no reply. Cancel (or Esc, or closing the window, or destroying the dialog) replies with a
// refusal. PrintGate writes the audit record of the decision; StaffDirectory records the
// sign-in attempt itself.
class SupervisorApprovalDialog : public QDialog, public VariantApprover
{
    Q_OBJECT

public:
    SupervisorApprovalDialog(StaffDirectory& staff, std::shared_ptr<FontCatalog> fonts,
                             QWidget* parent = nullptr);
    ~SupervisorApprovalDialog() override;

    // A second request while one is open is refused at once.
    void requestApproval(const ApprovalRequest& request,
                         std::function<void(const ApprovalDecision&)> reply) override;

    bool isPending() const { return static_cast<bool>(m_reply); }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* reasonEdit() const { return m_reason; }
    VariantComparisonView* comparison() const { return m_comparison; }
    QString errorText() const;

public Q_SLOTS:
    // Checks the sign-in and the reason; closes (and replies) only when they hold.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void finish(int result);
    void showError(const QString& message, QWidget* focus);
    void clearError();
    bool isRequester(const QString& login) const;
    void retranslate();

    StaffDirectory& m_staff;
    ApprovalRequest m_request;
    std::function<void(const ApprovalDecision&)> m_reply;
    ApprovalDecision m_decision;

    QLabel* m_heading = nullptr;
    VariantComparisonView* m_comparison = nullptr;
    QLabel* m_loginLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_refuse = nullptr;
};

} // namespace madoguchi
