#include "FirstRunDialog.h"

#include "InlineError.h"
#include "LanguageSelector.h"
#include "icons/AppIcons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

FirstRunDialog::FirstRunDialog(StaffDirectory& staff, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_policy(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_displayNameLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_language(new LanguageSelector(language, this))
    , m_error(new InlineError(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowIcon(AppIcons::application());
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_policy->setWordWrap(true);

    m_login->setMaxLength(32);
    m_displayName->setMaxLength(64);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_loginLabel->setBuddy(m_login);
    m_displayNameLabel->setBuddy(m_displayName);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);
    m_languageLabel->setBuddy(m_language);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_quit = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_language, &LanguageSelector::languageRequested, this, &FirstRunDialog::languageRequested);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_policy);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_login, m_displayName);
    setTabOrder(m_displayName, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_language);
    setTabOrder(m_language, m_create);
    setTabOrder(m_create, m_quit);
    m_login->setFocus();
    setMinimumWidth(480);
    retranslate();
}

QString FirstRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunDialog::fail(const QString& message, QWidget* focus)
{
    m_error->showMessage(message);
    focus->setFocus();
}

void FirstRunDialog::accept()
{
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (password != m_confirm->text()) {
        m_confirm->clear();
        return fail(tr("The two passwords are not the same."), m_confirm);
    }
    auto created = m_staff.createAccount(login, m_displayName->text().trimmed(), Role::Admin, password);
    if (!created) {
        QWidget* focus =
            created.error().code.startsWith(QLatin1String("staff.password")) ? m_password : m_login;
        return fail(created.error().toString(), focus);
    }
    // Sign the new admin in through the normal path so that the audit log has the sign-in.
    auto member = m_staff.authenticate(login, password);
    m_password->clear();
    m_confirm->clear();
    if (!member)
        return fail(member.error().toString(), m_password);
    m_error->clear();
    Q_EMIT signedIn(member.value());
    QDialog::accept();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Madoguchi — First start"));
    m_heading->setText(tr("Create the administrator account"));
    m_intro->setText(tr("No staff accounts exist yet. The administrator you create now can add "
                        "accounts for the other staff and change the settings of this counter PC."));
    m_policy->setText(StaffDirectory::passwordPolicyText());
    m_policy->setAccessibleName(m_policy->text());
    m_loginLabel->setText(tr("&Login name:"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Repeat password:"));
    m_languageLabel->setText(tr("L&anguage:"));
    m_login->setAccessibleName(tr("Login name"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setAccessibleName(tr("Repeat password"));
    m_create->setText(tr("&Create and sign in"));
    m_create->setAccessibleName(tr("Create and sign in"));
    m_quit->setText(tr("&Quit"));
    m_quit->setAccessibleName(tr("Quit"));
}

} // namespace madoguchi
