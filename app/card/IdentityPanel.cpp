#include "card/IdentityPanel.h"

#include "InlineError.h"
#include "card/CardMessages.h"
#include "card/CardReaderStatus.h"
#include "card/MyNumberField.h"
#include "card/PinPadDialog.h"
#include "card/ReaderChooser.h"

#include "common/AuditLog.h"
#include "common/Wareki.h"
#include "documents/ui/NameView.h"
#include "smartcard/service/CardService.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QUuid>
#include <QVBoxLayout>

namespace madoguchi {

namespace {

// The one place that makes the widgets showing a resident's name and address: NameView draws
// them through the documents engine, so registered variants (葛+U+E0102) and characters outside
// the BMP look exactly as they will print. Its accessible name is the exact text.
NameView* makeNameDisplay(const std::shared_ptr<FontCatalog>& fonts, QWidget* parent,
                          const QString& objectName)
{
    auto* view = new NameView(fonts, parent);
    view->setObjectName(objectName);
    view->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QLabel* makeValue(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

IdentityPanel::IdentityPanel(CardReaderStatus& status, AuditLog& audit, std::shared_ptr<FontCatalog> fonts,
                             StaffMember actor, QString workstation, QWidget* parent)
    : QWidget(parent)
    , m_fonts(std::move(fonts))
    , m_status(status)
    , m_audit(audit)
    , m_actor(std::move(actor))
    , m_workstation(std::move(workstation))
{
    setObjectName(QStringLiteral("identityPanel"));
    buildUi();
    CardService& service = m_status.service();
    connect(&service, &CardService::triesLeftReady, this, &IdentityPanel::onTriesLeft);
    connect(&service, &CardService::identityReady, this, &IdentityPanel::onIdentity);
    connect(&service, &CardService::requestFailed, this, &IdentityPanel::onFailed);
    connect(&service, &CardService::cardRemoved, this, &IdentityPanel::onCardRemoved);
    connect(&m_status, &CardReaderStatus::changed, this, &IdentityPanel::refreshStatus);
    retranslate();
    refreshStatus();
}

IdentityPanel::~IdentityPanel()
{
    closePinPad();
}

void IdentityPanel::buildUi()
{
    // Large readable type: the citizen often reads along from the other side of the counter.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    setFont(big);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("cardPanelStatus"));
    m_statusText->setWordWrap(true);
    layout->addWidget(m_statusText);
    m_chooser = new ReaderChooser(m_status, this);
    layout->addWidget(m_chooser);

    auto* buttons = new QHBoxLayout;
    m_read = new QPushButton(this);
    m_read->setObjectName(QStringLiteral("cardRead"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("cardClear"));
    buttons->addWidget(m_read);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    layout->addLayout(buttons);
    // F5 and Ctrl+R as window shortcuts of this page, live only while the page shows. Not the
    // button's own shortcut: setText() with a mnemonic ("&Read") would replace it.
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_read->isEnabled())
                readCard();
        });
    }
    connect(m_read, &QPushButton::clicked, this, &IdentityPanel::readCard);
    connect(m_clear, &QPushButton::clicked, this, [this] { clearIdentity(); });

    m_message = new InlineError(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    layout->addWidget(m_message);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("cardNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto* form = new QFormLayout;
    m_nameCaption = new QLabel(this);
    m_addressCaption = new QLabel(this);
    m_birthCaption = new QLabel(this);
    m_sexCaption = new QLabel(this);
    m_numberCaption = new QLabel(this);
    m_name = makeNameDisplay(m_fonts, this, QStringLiteral("identityName"));
    m_address = makeNameDisplay(m_fonts, this, QStringLiteral("identityAddress"));
    m_birthDate = makeValue(this, QStringLiteral("identityBirthDate"));
    m_sex = makeValue(this, QStringLiteral("identitySex"));
    m_myNumber = new MyNumberField(
        [this] {
            return audit(QStringLiteral("card.mynumber.reveal"),
                         QStringLiteral("My Number shown on screen at the clerk's request"));
        },
        this);
    connect(m_myNumber, &MyNumberField::revealRefused, this, &IdentityPanel::showMessage);
    connect(m_myNumber, &MyNumberField::revealed, m_message, &InlineError::clear);
    form->addRow(m_nameCaption, m_name);
    form->addRow(m_addressCaption, m_address);
    form->addRow(m_birthCaption, m_birthDate);
    form->addRow(m_sexCaption, m_sex);
    form->addRow(m_numberCaption, m_myNumber);
    layout->addLayout(form);
    layout->addStretch();

    // Reader choice (when shown), read, clear, then the reveal button: the order of the work.
    setTabOrder(m_chooser, m_read);
    setTabOrder(m_read, m_clear);
    setTabOrder(m_clear, m_name);
    setTabOrder(m_name, m_address);
    setTabOrder(m_address, m_myNumber->revealButton());
}

void IdentityPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::EnabledChange && !isEnabled()) {
        // The shell disables the pages behind its lock screen: nothing personal stays behind it.
        clearIdentity(tr("The data shown was cleared when the screen was locked."));
    }
    QWidget::changeEvent(event);
}

void IdentityPanel::retranslate()
{
    setAccessibleName(tr("Identify by card"));
    m_heading->setText(tr("Identify by card"));
    m_read->setText(tr("&Read card (F5)"));
    m_read->setAccessibleName(tr("Read the card on the reader"));
    m_read->setToolTip(
        tr("Reads the Individual Number Card with the citizen's PIN. Shortcut: F5 or Ctrl+R."));
    m_clear->setText(tr("C&lear"));
    m_clear->setAccessibleName(tr("Clear the identity shown"));
    m_nameCaption->setText(tr("Name:"));
    m_addressCaption->setText(tr("Address:"));
    m_birthCaption->setText(tr("Date of birth:"));
    m_sexCaption->setText(tr("Sex:"));
    m_numberCaption->setText(tr("My Number:"));
    refreshStatus();
    showIdentity();
}

void IdentityPanel::refreshStatus()
{
    m_statusText->setText(m_status.summary() + QStringLiteral(" — ") + m_status.advice());
    m_statusText->setAccessibleName(m_statusText->text());
    m_read->setEnabled(m_triesRequest == 0 && m_readRequest == 0 && !m_pinPad);
}

QString IdentityPanel::messageText() const
{
    return m_message->text();
}

QString IdentityPanel::nameText() const
{
    return m_name->text();
}

QString IdentityPanel::addressText() const
{
    return m_address->text();
}

QString IdentityPanel::birthDateText() const
{
    return m_birthDate->text();
}

QString IdentityPanel::sexText() const
{
    return m_sex->text();
}

void IdentityPanel::showMessage(const QString& message)
{
    m_message->showMessage(message);
}

void IdentityPanel::readCard()
{
    if (m_triesRequest != 0 || m_readRequest != 0 || m_pinPad)
        return; // one read at a time
    using State = CardReaderStatus::State;
    const State state = m_status.state();
    if (state != State::CardPresent) {
        // Say why instead of sending a request that can only fail.
        showMessage(m_status.summary() + QStringLiteral(". ") + m_status.advice());
        return;
    }
    clearIdentity();
    m_message->clear();
    m_note->setText(tr("Checking the card…"));
    m_triesRequest = m_status.service().requestTriesLeft(smartcard::PinKind::CardInfo);
    refreshStatus();
}

void IdentityPanel::onTriesLeft(quint64 id, smartcard::PinKind, int triesLeft)
{
    if (id != m_triesRequest)
        return;
    m_triesRequest = 0;
    m_note->clear();
    if (triesLeft <= 0) {
        // Refused here: no PIN pad, nothing sent.
        showMessage(CardMessages::pinBlocked());
        refreshStatus();
        return;
    }
    openPinPad(triesLeft);
}

void IdentityPanel::openPinPad(int triesLeft)
{
    m_pinPad = new PinPadDialog(this);
    m_pinPad->setAttribute(Qt::WA_DeleteOnClose);
    m_pinPad->setTriesLeft(triesLeft);
    connect(m_pinPad, &PinPadDialog::pinSubmitted, this, &IdentityPanel::onPinSubmitted);
    connect(m_pinPad, &QDialog::rejected, this, [this] {
        m_note->setText(m_readRequest != 0 ? QString() : tr("Card read cancelled; no PIN was sent."));
        refreshStatus();
    });
    connect(m_pinPad, &QObject::destroyed, this, &IdentityPanel::refreshStatus, Qt::QueuedConnection);
    m_pinPad->open();
    refreshStatus();
}

void IdentityPanel::closePinPad()
{
    if (!m_pinPad)
        return;
    m_pinPad->disconnect(this);
    m_pinPad->reject(); // wipes whatever it held
    m_pinPad = nullptr;
}

void IdentityPanel::onPinSubmitted()
{
    if (!m_pinPad || m_readRequest != 0)
        return;
    QByteArray pin = m_pinPad->takePin();
    const bool confirmed = m_pinPad->lastTryConfirmed();
    m_pinPad->setBusy(true);
    // Moved in: the service copies it into the request and wipes this buffer at once.
    m_readRequest = m_status.service().requestReadIdentity(std::move(pin), confirmed);
    refreshStatus();
}

void IdentityPanel::onIdentity(quint64 id, const CardIdentity& identity)
{
    if (id != m_readRequest)
        return;
    m_readRequest = 0;
    closePinPad();
    const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_readRef = reference;
    // Every read of personal data is recorded; no record, nothing shown.
    if (const Status written = audit(QStringLiteral("card.identity.read"),
                                     QStringLiteral("identity read from the card with the citizen's PIN"));
        !written) {
        m_readRef.clear();
        showMessage(tr("The card was read, but nothing is shown because the audit record could not be "
                       "written: %1")
                        .arg(written.error().toString()));
        refreshStatus();
        return;
    }
    m_identity = identity;
    m_message->clear();
    m_note->setText(tr("Card read. Check the person against the card's photo."));
    showIdentity();
    refreshStatus();
}

void IdentityPanel::onFailed(quint64 id, const CardFailure& failure)
{
    if (id == m_triesRequest) {
        m_triesRequest = 0;
        m_note->clear();
        showMessage(CardMessages::forFailure(failure));
        refreshStatus();
        return;
    }
    if (id != m_readRequest)
        return;
    m_readRequest = 0;
    using smartcard::CardErrorCode;
    const bool keepPad = m_pinPad && ((failure.code == CardErrorCode::WrongPin && failure.count > 0) ||
                                      failure.code == CardErrorCode::LastTryNeedsConfirmation);
    if (keepPad) {
        // The new count from the card, the field cleared; the next try is the citizen's.
        m_pinPad->setBusy(false);
        m_pinPad->setTriesLeft(failure.code == CardErrorCode::WrongPin ? failure.count : 1);
        m_pinPad->showProblem(CardMessages::forFailure(failure));
    } else {
        closePinPad();
        m_note->clear();
        showMessage(CardMessages::forFailure(failure));
    }
    refreshStatus();
}

void IdentityPanel::onCardRemoved()
{
    const bool hadSomething = hasIdentity() || m_pinPad;
    closePinPad();
    if (hadSomething)
        clearIdentity(tr("The card was removed from the reader: the data shown was cleared."));
    refreshStatus();
}

void IdentityPanel::clearIdentity(const QString& why)
{
    closePinPad();
    if (m_identity) // QString cannot be wiped reliably (CardIdentity.h); overwrite our copy at least
        m_identity->myNumber.fill(QLatin1Char('0'));
    m_identity.reset();
    m_readRef.clear();
    m_myNumber->clear();
    showIdentity();
    m_note->setText(why);
    refreshStatus();
}

void IdentityPanel::showIdentity()
{
    const QString none = tr("—");
    if (!m_identity) {
        for (QLabel* label : {m_birthDate, m_sex}) {
            label->setText(none);
            label->setAccessibleName(QString());
        }
        m_name->setText(none);
        m_address->setText(none);
        m_myNumber->clear();
        return;
    }
    const CardIdentity& id = *m_identity;
    m_name->setText(id.name);
    m_address->setText(id.address);
    const QString wareki = Wareki::format(id.birthDate, Wareki::Style::Long);
    m_birthDate->setText(tr("%1 (%2)").arg(wareki, id.birthDate.toString(Qt::ISODate)));
    switch (id.sex) {
    case CardIdentity::Sex::Male:
        m_sex->setText(tr("Male"));
        break;
    case CardIdentity::Sex::Female:
        m_sex->setText(tr("Female"));
        break;
    case CardIdentity::Sex::NotApplicable:
        m_sex->setText(tr("Not applicable"));
        break;
    }
    m_birthDate->setAccessibleName(tr("Date of birth: %1").arg(m_birthDate->text()));
    m_sex->setAccessibleName(tr("Sex: %1").arg(m_sex->text()));
    if (!m_myNumber->hasNumber())
        m_myNumber->setNumber(id.myNumber);
}

Status IdentityPanel::audit(const QString& action, const QString& detail) const
{
    AuditEntry entry;
    entry.actor = m_actor.login;
    entry.role = roleName(m_actor.role);
    entry.workstation = m_workstation.isNull() ? QStringLiteral("") : m_workstation;
    entry.action = action;
    entry.objectId = m_readRef.isEmpty() ? QStringLiteral("card") : QStringLiteral("card-read:") + m_readRef;
    entry.detail = detail;
    return m_audit.append(entry);
}

} // namespace madoguchi
