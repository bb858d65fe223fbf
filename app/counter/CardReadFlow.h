#pragma once

#include "card/PinPadDialog.h"
#include "common/Result.h"
#include "common/StaffDirectory.h"
#include "smartcard/PinFormat.h"
#include "smartcard/service/CardIdentity.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace madoguchi {

class AuditLog;
class CardReaderStatus;
struct CardFailure;

// One card read for the counter page, the way the "Identify by card" page does it: the tries
// left, the PIN pad (opened, never exec'd), the read with the PIN, the audit record
// (card.identity.read) before anything is handed on. Everything arrives through CardService's
// signals, so the GUI thread never waits on the card.
class CardReadFlow : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` parents the PIN pad; everything must outlive the flow.
    CardReadFlow(CardReaderStatus& status, AuditLog& audit, StaffMember actor, QString workstation,
                 QWidget* dialogParent);
    ~CardReadFlow() override;

    // Starts a read; refused (failed()) when no card is on the reader or a read is running.
    void start();
    void cancel();
    bool isBusy() const { return m_triesRequest != 0 || m_readRequest != 0 || m_pinPad; }
    PinPadDialog* pinPad() const { return m_pinPad; }

Q_SIGNALS:
    // The identity read, audited. The receiver takes the My Number into VisitSession and wipes
    // the rest.
    void identityRead(const madoguchi::CardIdentity& identity);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void onTriesLeft(quint64 id, smartcard::PinKind kind, int triesLeft);
    void onPinSubmitted();
    void onIdentity(quint64 id, const CardIdentity& identity);
    void onFailed(quint64 id, const CardFailure& failure);
    void closePinPad();

    CardReaderStatus& m_status;
    AuditLog& m_audit;
    StaffMember m_actor;
    QString m_workstation;
    QWidget* m_dialogParent;
    quint64 m_triesRequest = 0;
    quint64 m_readRequest = 0;
    QPointer<PinPadDialog> m_pinPad;
};

} // namespace madoguchi
