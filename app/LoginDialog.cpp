#include "LoginDialog.h"

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

LoginDialog::LoginDialog(StaffDirectory& staff, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_demoHint(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_language(new LanguageSelector(language, this))
    , m_error(new InlineError(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(AppIcons::application());
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_notice->setWordWrap(true);
    m_notice->setFocusPolicy(Qt::TabFocus);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->hide();
    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_demoHint->hide();

    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("password"));
    // Password echo mode also makes Qt's accessibility layer report bullets, not the text.
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_language);

    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_quit = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_signIn->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_language, &LanguageSelector::languageRequested, this, &LoginDialog::languageRequested);
    connect(m_login, &QLineEdit::textEdited, m_error, &InlineError::clear);
    connect(m_password, &QLineEdit::textEdited, m_error, &InlineError::clear);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_demoHint);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_language);
    setTabOrder(m_language, m_signIn);
    setTabOrder(m_signIn, m_quit);
    m_login->setFocus();
    setMinimumWidth(420);
    retranslate();
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void LoginDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setAccessibleName(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString LoginDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void LoginDialog::setDemoCredentials(const QString& login, const QString& password)
{
    m_demoLogin = login;
    m_demoPassword = password;
    m_demoHint->setVisible(!login.isEmpty());
    retranslate();
}

QString LoginDialog::demoHintText() const
{
    return m_demoHint->isHidden() ? QString() : m_demoHint->text();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_error->showMessage(tr("Enter your login name."));
        m_login->setFocus();
        return;
    }
    const auto result = m_staff.authenticate(m_login->text().trimmed(), m_password->text());
    // The typed password is not kept around, whatever the outcome.
    m_password->clear();
    if (!result) {
        m_error->showError(result.error());
        m_password->setFocus();
        return;
    }
    m_error->clear();
    Q_EMIT signedIn(result.value());
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Madoguchi — Sign in"));
    m_heading->setText(tr("Sign in to Madoguchi"));
    m_loginLabel->setText(tr("&Login name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("L&anguage:"));
    m_login->setAccessibleName(tr("Login name"));
    m_password->setAccessibleName(tr("Password"));
    m_signIn->setText(tr("&Sign in"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_quit->setText(tr("&Quit"));
    m_quit->setAccessibleName(tr("Quit"));
    // The demo password is published (README), so screen readers may read it out like the
    // sighted audience reads it; real passwords never reach a label.
    m_demoHint->setText(m_demoLogin.isEmpty() ? QString()
                                              : tr("Demo: %1 / %2").arg(m_demoLogin, m_demoPassword));
    m_demoHint->setAccessibleName(m_demoHint->text());
}

} // namespace madoguchi
