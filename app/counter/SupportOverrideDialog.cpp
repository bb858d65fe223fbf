#include "counter/SupportOverrideDialog.h"

#include "common/StaffDirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

SupportOverrideDialog::SupportOverrideDialog(StaffDirectory& staff, const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_staff(staff)
{
    setObjectName(QStringLiteral("supportOverrideDialog"));
    setWindowTitle(tr("Supervisor authorisation (support measure)"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(what, this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("overrideLogin"));
    m_login->setAccessibleName(tr("Supervisor login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("overridePassword"));
    m_password->setAccessibleName(tr("Supervisor password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setAccessibleName(tr("Reason for the authorisation"));
    form->addRow(tr("Supervisor &login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("overrideMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Authorise"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupportOverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SupportOverrideDialog::reject);
    m_login->setFocus();
}

QString SupportOverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString SupportOverrideDialog::messageText() const
{
    return m_message->text();
}

void SupportOverrideDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void SupportOverrideDialog::accept()
{
    if (reason().isEmpty()) {
        showMessage(tr("The supervisor must give a reason."));
        m_reason->setFocus();
        return;
    }
    const QString password = m_password->text();
    m_password->clear();
    const auto member = m_staff.authenticate(m_login->text().trimmed(), password);
    if (!member) {
        showMessage(member.error().message);
        m_password->setFocus();
        return;
    }
    m_signedIn = member.value().login;
    QDialog::accept();
}

} // namespace madoguchi
