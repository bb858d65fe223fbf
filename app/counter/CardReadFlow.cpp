#include "counter/CardReadFlow.h"

#include "card/CardMessages.h"
#include "card/CardReaderStatus.h"
#include "card/PinPadDialog.h"

#include "common/AuditLog.h"
#include "smartcard/service/CardFailure.h"
#include "smartcard/service/CardService.h"

#include <QUuid>

namespace madoguchi {

CardReadFlow::CardReadFlow(CardReaderStatus& status, AuditLog& audit, StaffMember actor, QString workstation,
                           QWidget* dialogParent)
    : QObject(dialogParent)
    , m_status(status)
    , m_audit(audit)
    , m_actor(std::move(actor))
    , m_workstation(std::move(workstation))
    , m_dialogParent(dialogParent)
{
    CardService& service = m_status.service();
    connect(&service, &CardService::triesLeftReady, this, &CardReadFlow::onTriesLeft);
    connect(&service, &CardService::identityReady, this, &CardReadFlow::onIdentity);
    connect(&service, &CardService::requestFailed, this, &CardReadFlow::onFailed);
    connect(&service, &CardService::cardRemoved, this, &CardReadFlow::cancel);
}

CardReadFlow::~CardReadFlow()
{
    closePinPad();
}

void CardReadFlow::start()
{
    if (isBusy())
        return;
    if (m_status.state() != CardReaderStatus::State::CardPresent) {
        // Say why instead of sending a request that can only fail.
        Q_EMIT failed(m_status.summary() + QStringLiteral(". ") + m_status.advice());
        return;
    }
    m_triesRequest = m_status.service().requestTriesLeft(smartcard::PinKind::CardInfo);
    Q_EMIT busyChanged(true);
}

void CardReadFlow::cancel()
{
    const bool wasBusy = isBusy();
    closePinPad();
    m_triesRequest = 0;
    m_readRequest = 0;
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

void CardReadFlow::onTriesLeft(quint64 id, smartcard::PinKind, int triesLeft)
{
    if (id != m_triesRequest)
        return;
    m_triesRequest = 0;
    if (triesLeft <= 0) {
        Q_EMIT failed(CardMessages::pinBlocked());
        Q_EMIT busyChanged(false);
        return;
    }
    m_pinPad = new PinPadDialog(m_dialogParent);
    m_pinPad->setObjectName(QStringLiteral("counterPinPad"));
    m_pinPad->setAttribute(Qt::WA_DeleteOnClose);
    m_pinPad->setTriesLeft(triesLeft);
    connect(m_pinPad, &PinPadDialog::pinSubmitted, this, &CardReadFlow::onPinSubmitted);
    connect(m_pinPad, &QDialog::rejected, this, [this] {
        if (m_readRequest == 0) {
            m_pinPad = nullptr;
            Q_EMIT failed(tr("Card read cancelled; no PIN was sent."));
            Q_EMIT busyChanged(false);
        }
    });
    m_pinPad->open();
}

void CardReadFlow::onPinSubmitted()
{
    if (!m_pinPad || m_readRequest != 0)
        return;
    QByteArray pin = m_pinPad->takePin();
    const bool confirmed = m_pinPad->lastTryConfirmed();
    m_pinPad->setBusy(true);
    // Moved in: the service copies it into the request and wipes this buffer at once.
    m_readRequest = m_status.service().requestReadIdentity(std::move(pin), confirmed);
}

void CardReadFlow::onIdentity(quint64 id, const CardIdentity& identity)
{
    if (id != m_readRequest)
        return;
    m_readRequest = 0;
    closePinPad();
    AuditEntry entry;
    entry.actor = m_actor.login;
    entry.role = roleName(m_actor.role);
    entry.workstation = m_workstation.isNull() ? QStringLiteral("") : m_workstation;
    entry.action = QStringLiteral("card.identity.read");
    entry.objectId = QStringLiteral("card-read:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.detail = QStringLiteral("identity read from the card with the citizen's PIN at the counter");
    // Every read of personal data is recorded; no record, nothing handed on.
    if (const Status written = m_audit.append(entry); !written) {
        Q_EMIT failed(tr("The card was read, but it is not used because the audit record could not be "
                         "written: %1")
                          .arg(written.error().toString()));
        Q_EMIT busyChanged(false);
        return;
    }
    Q_EMIT identityRead(identity);
    Q_EMIT busyChanged(false);
}

void CardReadFlow::onFailed(quint64 id, const CardFailure& failure)
{
    if (id == m_triesRequest) {
        m_triesRequest = 0;
        Q_EMIT failed(CardMessages::forFailure(failure));
        Q_EMIT busyChanged(false);
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
        return;
    }
    closePinPad();
    Q_EMIT failed(CardMessages::forFailure(failure));
    Q_EMIT busyChanged(false);
}

void CardReadFlow::closePinPad()
{
    if (!m_pinPad)
        return;
    PinPadDialog* pad = m_pinPad;
    m_pinPad = nullptr;
    pad->disconnect(this);
    pad->reject(); // wipes whatever it held
}

} // namespace madoguchi
