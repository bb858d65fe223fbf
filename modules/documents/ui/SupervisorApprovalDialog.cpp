#include "SupervisorApprovalDialog.h"

#include "VariantComparisonView.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

SupervisorApprovalDialog::SupervisorApprovalDialog(StaffDirectory& staff, std::shared_ptr<FontCatalog> fonts,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_heading(new QLabel(this))
    , m_comparison(new VariantComparisonView(std::move(fonts), this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("supervisorApprovalDialog"));
    setWindowModality(Qt::WindowModal);
    m_heading->setWordWrap(true);
    m_heading->setFocusPolicy(Qt::TabFocus);
    m_login->setObjectName(QStringLiteral("supervisorLogin"));
    m_login->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("supervisorPassword"));
    // Password echo mode also keeps the text away from screen readers.
    m_password->setEchoMode(QLineEdit::Password);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setMaxLength(500);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_reasonLabel->setBuddy(m_reason);
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->hide();

    m_approve = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_refuse = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    // Enter approves only what accept() validates; an incomplete form just says what is missing.
    m_approve->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SupervisorApprovalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SupervisorApprovalDialog::reject);
    connect(this, &QDialog::finished, this, &SupervisorApprovalDialog::finish);
    for (QLineEdit* edit : {m_login, m_password, m_reason})
        connect(edit, &QLineEdit::textEdited, this, &SupervisorApprovalDialog::clearError);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_comparison);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_reason);
    setTabOrder(m_reason, m_approve);
    setTabOrder(m_approve, m_refuse);
    setMinimumWidth(520);
    retranslate();
}

SupervisorApprovalDialog::~SupervisorApprovalDialog()
{
    // The approver's contract: reply exactly once. A dialog that goes away unanswered refuses.
    if (m_reply) {
        auto reply = std::move(m_reply);
        m_reply = nullptr;
        reply(ApprovalDecision{});
    }
}

void SupervisorApprovalDialog::requestApproval(const ApprovalRequest& request,
                                               std::function<void(const ApprovalDecision&)> reply)
{
    if (m_reply) {
        reply(ApprovalDecision{});
        return;
    }
    m_request = request;
    m_reply = std::move(reply);
    m_decision = {};
    m_login->clear();
    m_password->clear();
    m_reason->clear();
    clearError();
    m_comparison->setSequences(request.unregistered);
    retranslate();
    m_login->setFocus();
    adjustSize(); // the comparison differs from request to request
    open();
}

QString SupervisorApprovalDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SupervisorApprovalDialog::showError(const QString& message, QWidget* focus)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->show();
    QAccessibleEvent event(m_error, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    if (focus)
        focus->setFocus();
}

void SupervisorApprovalDialog::clearError()
{
    m_error->clear();
    m_error->setAccessibleName(QString());
    m_error->hide();
}

bool SupervisorApprovalDialog::isRequester(const QString& login) const
{
    return login.compare(m_request.requestedBy.login, Qt::CaseInsensitive) == 0;
}

void SupervisorApprovalDialog::accept()
{
    if (!m_reply)
        return;
    const QString login = m_login->text().trimmed();
    const QString reason = m_reason->text().trimmed();
    const QString password = m_password->text();
    // The typed password is never kept, whatever the outcome: a refused attempt types it again.
    m_password->clear();
    if (login.isEmpty()) {
        showError(tr("Enter the supervisor's login name."), m_login);
        return;
    }
    // Checked before the password, so that the clerk cannot spend a supervisor's attempts.
    if (isRequester(login)) {
        showError(tr("You cannot approve your own print: a different supervisor must sign in."), m_login);
        return;
    }
    if (reason.isEmpty()) {
        showError(tr("Enter the reason for printing the base form."), m_reason);
        return;
    }
    const auto signedIn = m_staff.authenticate(login, password);
    if (!signedIn) {
        showError(signedIn.error().toString(), m_password);
        return;
    }
    const StaffMember& member = signedIn.value();
    if (!roleAtLeast(member.role, Role::Supervisor)) {
        showError(tr("%1 is signed in as %2: only a supervisor or an administrator can approve.")
                      .arg(member.displayName, roleTitle(member.role)),
                  m_login);
        return;
    }
    if (isRequester(member.login)) {
        showError(tr("You cannot approve your own print: a different supervisor must sign in."), m_login);
        return;
    }
    m_decision = ApprovalDecision{true, member, reason};
    QDialog::accept();
}

void SupervisorApprovalDialog::finish(int result)
{
    if (!m_reply)
        return;
    const ApprovalDecision decision = result == QDialog::Accepted ? m_decision : ApprovalDecision{};
    auto reply = std::move(m_reply);
    m_reply = nullptr;
    m_decision = {};
    reply(decision);
}

void SupervisorApprovalDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SupervisorApprovalDialog::retranslate()
{
    setWindowTitle(tr("Supervisor approval"));
    const QString clerk = m_request.requestedBy.displayName.isEmpty() ? m_request.requestedBy.login
                                                                      : m_request.requestedBy.displayName;
    m_heading->setText(
        tr("%1 asks to print \"%2\". The font does not have %n of the requested character form(s): they will "
           "print in the base form shown below. A supervisor must sign in and give a reason to print it "
           "anyway.",
           nullptr, static_cast<int>(m_request.unregistered.size()))
            .arg(clerk, m_request.documentTitle));
    m_heading->setAccessibleName(m_heading->text());
    m_loginLabel->setText(tr("Supervisor &login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_login->setAccessibleName(tr("Supervisor login"));
    m_password->setAccessibleName(tr("Supervisor password"));
    m_reason->setAccessibleName(tr("Reason for printing the base form"));
    m_reason->setPlaceholderText(tr("e.g. checked against the family register; no registered variant"));
    m_approve->setText(tr("&Approve printing"));
    m_approve->setAccessibleName(tr("Approve printing"));
    m_refuse->setText(tr("&Cancel"));
    m_refuse->setAccessibleName(tr("Cancel: do not print"));
}

} // namespace madoguchi
