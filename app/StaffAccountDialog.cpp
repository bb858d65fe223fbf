#include "StaffAccountDialog.h"

#include "InlineError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

StaffAccountDialog::StaffAccountDialog(StaffDirectory& staff, StaffMember actor, Mode mode,
                                       StaffMember target, QWidget* parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_actor(std::move(actor))
    , m_mode(mode)
    , m_target(std::move(target))
    , m_heading(new QLabel(this))
    , m_policy(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_displayNameLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new InlineError(this))
{
    setObjectName(QStringLiteral("staffAccountDialog"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_policy->setWordWrap(true);
    m_login->setMaxLength(32);
    m_displayName->setMaxLength(64);
    // Password echo mode also makes Qt's accessibility layer report bullets, not the text.
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Admin})
        m_role->addItem(QString(), static_cast<int>(role));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(m_target.role)));
    m_loginLabel->setBuddy(m_login);
    m_displayNameLabel->setBuddy(m_displayName);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffAccountDialog::reject);

    const bool create = m_mode == Mode::Create;
    const bool password = m_mode != Mode::ChangeRole;
    const bool role = m_mode != Mode::ResetPassword;
    auto* form = new QFormLayout;
    if (create) {
        form->addRow(m_loginLabel, m_login);
        form->addRow(m_displayNameLabel, m_displayName);
    }
    if (role)
        form->addRow(m_roleLabel, m_role);
    if (password) {
        form->addRow(m_passwordLabel, m_password);
        form->addRow(m_confirmLabel, m_confirm);
    }
    // Rows not in the form stay hidden children: they take no focus and no space.
    for (QWidget* unused :
         std::initializer_list<QWidget*>{m_loginLabel, m_login, m_displayNameLabel, m_displayName})
        unused->setVisible(create);
    for (QWidget* unused : std::initializer_list<QWidget*>{m_roleLabel, m_role})
        unused->setVisible(role);
    for (QWidget* unused :
         std::initializer_list<QWidget*>{m_passwordLabel, m_password, m_confirmLabel, m_confirm, m_policy})
        unused->setVisible(password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_policy);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_login, m_displayName);
    setTabOrder(m_displayName, m_role);
    setTabOrder(m_role, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_ok);
    setTabOrder(m_ok, m_cancel);
    if (create)
        m_login->setFocus();
    else if (password)
        m_password->setFocus();
    else
        m_role->setFocus();
    setMinimumWidth(440);
    retranslate();
}

QString StaffAccountDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void StaffAccountDialog::fail(const Error& error, QWidget* focus)
{
    m_error->showError(error);
    focus->setFocus();
}

void StaffAccountDialog::clearPasswords()
{
    m_password->clear();
    m_confirm->clear();
}

void StaffAccountDialog::accept()
{
    const Role role = static_cast<Role>(m_role->currentData().toInt());
    const QString login = m_mode == Mode::Create ? m_login->text().trimmed() : m_target.login;
    if (m_mode != Mode::ChangeRole && m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        return fail(
            makeError(QStringLiteral("staff.passwordMismatch"), tr("The two passwords are not the same.")),
            m_confirm);
    }
    Status done;
    if (m_mode == Mode::Create) {
        auto created =
            m_staff.createAccount(m_actor, login, m_displayName->text().trimmed(), role, m_password->text());
        if (!created)
            done = created.error();
    } else if (m_mode == Mode::ResetPassword) {
        done = m_staff.resetPassword(m_actor, login, m_password->text());
    } else {
        done = m_staff.setRole(m_actor, login, role);
    }
    if (!done) {
        const QString& code = done.error().code;
        // Put the cursor where the fix goes.
        QWidget* focus = m_role;
        if (code.startsWith(QLatin1String("staff.password")) || m_mode == Mode::ResetPassword)
            focus = m_password;
        else if (m_mode == Mode::Create)
            focus = code == QLatin1String("staff.displayNameEmpty") ? m_displayName : m_login;
        if (focus == m_password)
            clearPasswords();
        return fail(done.error(), focus);
    }
    // The typed passwords are not kept around once they have been used.
    clearPasswords();
    m_error->clear();
    Q_EMIT accountChanged(login);
    QDialog::accept();
}

void StaffAccountDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StaffAccountDialog::retranslate()
{
    const QString who = tr("%1 (%2)").arg(m_target.displayName, m_target.login);
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("New staff account"));
        m_heading->setText(tr("Create an account for a member of staff."));
        m_ok->setText(tr("&Create"));
        m_ok->setAccessibleName(tr("Create"));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        m_heading->setText(tr("Set a new password for %1. Give it to them in person.").arg(who));
        m_ok->setText(tr("&Set password"));
        m_ok->setAccessibleName(tr("Set password"));
        break;
    case Mode::ChangeRole:
        setWindowTitle(tr("Change role"));
        m_heading->setText(tr("Choose the role of %1.").arg(who));
        m_ok->setText(tr("C&hange role"));
        m_ok->setAccessibleName(tr("Change role"));
        break;
    }
    m_heading->setAccessibleName(m_heading->text());
    m_policy->setText(StaffDirectory::passwordPolicyText());
    m_policy->setAccessibleName(m_policy->text());
    m_loginLabel->setText(tr("&Login name:"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("R&epeat password:"));
    m_login->setAccessibleName(tr("Login name"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_role->setAccessibleName(tr("Role"));
    m_password->setAccessibleName(tr("New password"));
    m_confirm->setAccessibleName(tr("Repeat password"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleTitle(static_cast<Role>(m_role->itemData(i).toInt())));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

} // namespace madoguchi
