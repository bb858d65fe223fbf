#include "LockScreen.h"

#include "InlineError.h"
#include "icons/AppIcons.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace madoguchi {

LockScreen::LockScreen(StaffDirectory& staff, StaffMember member, QWidget* parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_member(std::move(member))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_who(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_error(new InlineError(this))
    , m_adminHint(new QLabel(this))
    , m_adminLoginLabel(new QLabel(this))
    , m_adminPasswordLabel(new QLabel(this))
    , m_adminLogin(new QLineEdit(this))
    , m_adminPassword(new QLineEdit(this))
    , m_adminSignOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    m_icon->setPixmap(AppIcons::lock().pixmap(48, 48));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_password->setEchoMode(QLineEdit::Password);
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminHint->setWordWrap(true);
    m_passwordLabel->setBuddy(m_password);
    m_adminLoginLabel->setBuddy(m_adminLogin);
    m_adminPasswordLabel->setBuddy(m_adminPassword);
    m_unlock->setDefault(true);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_adminSignOut, &QPushButton::clicked, this, &LockScreen::tryAdminSignOut);
    connect(m_adminPassword, &QLineEdit::returnPressed, this, &LockScreen::tryAdminSignOut);

    auto* unlockForm = new QFormLayout;
    unlockForm->addRow(m_passwordLabel, m_password);
    auto* adminForm = new QFormLayout;
    adminForm->addRow(m_adminLoginLabel, m_adminLogin);
    adminForm->addRow(m_adminPasswordLabel, m_adminPassword);

    auto* panel = new QVBoxLayout;
    panel->addWidget(m_icon, 0, Qt::AlignHCenter);
    panel->addWidget(m_title, 0, Qt::AlignHCenter);
    panel->addWidget(m_who, 0, Qt::AlignHCenter);
    panel->addSpacing(16);
    panel->addLayout(unlockForm);
    panel->addWidget(m_unlock, 0, Qt::AlignRight);
    panel->addWidget(m_error);
    panel->addSpacing(24);
    panel->addWidget(m_adminHint);
    panel->addLayout(adminForm);
    panel->addWidget(m_adminSignOut, 0, Qt::AlignRight);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addLayout(panel);
    outer->addStretch();

    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_adminLogin);
    setTabOrder(m_adminLogin, m_adminPassword);
    setTabOrder(m_adminPassword, m_adminSignOut);
    parent->installEventFilter(this);
    hide();
    retranslate();
}

void LockScreen::lock()
{
    m_lockedAt = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_password->clear();
    m_adminLogin->clear();
    m_adminPassword->clear();
    m_error->clear();
    retranslate();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LockScreen::tryUnlock()
{
    const auto result =
        m_staff.authenticate(m_member.login, m_password->text(), StaffDirectory::Purpose::Unlock);
    m_password->clear();
    if (!result) {
        m_error->showError(result.error());
        m_password->setFocus();
        return;
    }
    hide();
    Q_EMIT unlocked();
}

void LockScreen::tryAdminSignOut()
{
    const auto result = m_staff.authenticate(m_adminLogin->text().trimmed(), m_adminPassword->text(),
                                             StaffDirectory::Purpose::Unlock);
    m_adminPassword->clear();
    if (!result) {
        m_error->showError(result.error());
        m_adminPassword->setFocus();
        return;
    }
    if (result.value().role != Role::Admin) {
        m_error->showMessage(tr("Only an administrator can end another person's session."));
        m_adminLogin->setFocus();
        return;
    }
    hide();
    Q_EMIT signOutRequested();
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    // Follow the main window's size so that nothing behind the overlay shows.
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockScreen::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    QWidget::paintEvent(event);
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    m_icon->setAccessibleName(tr("Locked"));
    m_title->setText(tr("The screen is locked"));
    m_who->setText(
        m_lockedAt.isEmpty()
            ? tr("Signed in: %1 (%2)").arg(m_member.displayName, m_member.login)
            : tr("Locked at %1 for %2 (%3)").arg(m_lockedAt, m_member.displayName, m_member.login));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password of %1").arg(m_member.displayName));
    m_unlock->setText(tr("&Unlock"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_adminHint->setText(tr("Not %1? An administrator can end this session:").arg(m_member.displayName));
    m_adminLoginLabel->setText(tr("Administrator &login:"));
    m_adminPasswordLabel->setText(tr("Administrator pass&word:"));
    m_adminLogin->setAccessibleName(tr("Administrator login name"));
    m_adminPassword->setAccessibleName(tr("Administrator password"));
    m_adminSignOut->setText(tr("&End session"));
    m_adminSignOut->setAccessibleName(tr("End session"));
}

} // namespace madoguchi
