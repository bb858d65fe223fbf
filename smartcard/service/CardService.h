#pragma once

#include "smartcard/ApduObserver.h"
#include "smartcard/PinFormat.h"
#include "smartcard/service/CardCertificate.h"
#include "smartcard/service/CardFailure.h"
#include "smartcard/service/CardIdentity.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace madoguchi {

class CardWorker;
struct CardRequest;

// The one card thread for the Qt side (STYLE.md 2, Kleopatra's ReaderStatus). Lives on the GUI
// thread; every call returns at once. A worker thread (CardWorker) owns the PC/SC context and
// all handles, runs the requests one after another and, between requests, watches the PnP
// reader and the clerk's reader; results and changes arrive as signals delivered through the
// GUI thread's event queue.
//
// Deadlines: every request has one (deadline(), 10 s by default). pcsc-lite cannot interrupt
// a blocked SCardTransmit (CardConnection.h), so when a request is still running at its deadline
// a QTimer here reports Timeout at once, the worker is abandoned (it posts nothing more and ends
// when the card or pcscd lets its call return), and a new worker with a new context takes the
// requests that were still queued and any later ones. The worker's state is shared with its
// thread, so nothing is freed under it; whatever an abandoned worker posts is dropped by its
// generation number.
//
// PINs: requestReadIdentity takes the PIN as a QByteArray by value — pass it with std::move
// and keep no other copy — copies it into the request, wipes the QByteArray at once and the
// request's copy right after the VERIFY (or when the request is dropped). Never put a PIN in a
// QString: its buffers cannot be wiped reliably.
class CardService : public QObject
{
    Q_OBJECT

public:
    explicit CardService(QObject* parent = nullptr);
    ~CardService() override;

    // The reader the clerk uses; only this one is connected or watched (no probing at start).
    void setReader(const QString& reader);
    QString reader() const { return m_reader; }
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    int deadline() const { return m_deadlineMs; }

    // The CA bundle (PEM file) the authentication certificate is checked against:
    // card/jpkiCaBundle, the J-LIS CA in production, the test CA in tests. Empty: certificates
    // are reported with Verdict::NoCaBundle. Applies to requests made after the call.
    void setCaBundle(const QString& path) { m_caBundle = path; }
    QString caBundle() const { return m_caBundle; }

    // The 照合番号B path (card/allowCheckCodeB, a machine policy, off by default; unconfirmed
    // on real cards). main.cpp sets it from Settings; while it is off requestReadBasicFour
    // fails with CheckCodeBNotAllowed before anything reaches the card thread.
    void setCheckCodeBAllowed(bool allowed) { m_checkCodeBAllowed = allowed; }
    bool isCheckCodeBAllowed() const { return m_checkCodeBAllowed; }

    // Hot-plug detection by polling instead of the PnP notification reader (what platforms
    // without it do anyway, PcscContext::HotplugMode). For tests of the polling path; takes
    // effect for workers started after the call, so call it before start().
    void setPollingMode(bool polling) { m_polling = polling; }
    bool isPollingMode() const { return m_polling; }

    // For tests and the benchmark: sees every APDU exchange (redacted: never a PIN or card
    // data), called on the card thread. Applies to this worker and the ones after it.
    void setApduObserver(std::shared_ptr<smartcard::ApduObserver> observer);

    void start();
    // Lets go of the worker without waiting for it; queued requests fail with Cancelled.
    void stop();
    bool isRunning() const { return m_worker != nullptr; }

    // Each returns the request's id (never 0); the answer is one of the *Ready signals or
    // requestFailed with that id, exactly once. Without start() they fail with Cancelled.
    quint64 requestTriesLeft(smartcard::PinKind kind);
    quint64 requestReadIdentity(QByteArray pin, bool confirmLastTry);
    // The basic four without the citizen's PIN, with the 14-digit 照合番号B (CheckCodeB); the
    // code is taken, copied and wiped like the PIN. Answered by basicFourReady (an identity
    // without the My Number, which 照合番号B does not open). Refused with CheckCodeBNotAllowed
    // while isCheckCodeBAllowed() is false, and with InvalidCheckCodeFormat before any APDU
    // when the code is malformed; a wrong code is WrongCheckCode with the tries left.
    quint64 requestReadBasicFour(QByteArray checkCodeB, bool confirmLastTry);
    // The JPKI authentication certificate, checked against caBundle(): certificateReady.
    quint64 requestAuthCertificate();

    // The state last reported (the signals below announce changes of it). Unknown until the
    // first worker reported: false / empty.
    bool isServiceAvailable() const { return m_available == 1; }
    // Whether a worker has reported at all: false while the first one is still starting, so a
    // late observer can tell "not reported yet" from "service unavailable".
    bool isServiceStateKnown() const { return m_available != -1; }
    QStringList readers() const { return m_readers; }
    bool isCardPresent() const { return m_cardPresent == 1; }

    // For tests and diagnostics: how many workers were abandoned after a deadline.
    int abandonedWorkers() const { return m_abandoned; }

Q_SIGNALS:
    void readersChanged(const QStringList& readers);
    void cardInserted();
    void cardRemoved();
    void serviceAvailable(bool available);
    void triesLeftReady(quint64 id, madoguchi::smartcard::PinKind kind, int triesLeft);
    void identityReady(quint64 id, const madoguchi::CardIdentity& identity);
    void basicFourReady(quint64 id, const madoguchi::CardIdentity& identity);
    void certificateReady(quint64 id, const madoguchi::CardCertificate& certificate);
    void requestFailed(quint64 id, const madoguchi::CardFailure& failure);

private:
    friend class CardWorker;
    // Called on this thread by what a worker posted.
    void deliverFromWorker(quint64 generation, const std::function<void(CardService&)>& deliver);
    // Every worker reports its first observation; these emit only real changes, so a new
    // worker (after stop/start or an abandoned one) does not announce the card a second time.
    void applyAvailable(bool available);
    void applyReaders(const QStringList& readers);
    void applyCardPresent(bool present);
    void finishTriesLeft(quint64 id, smartcard::PinKind kind, int tries);
    void finishIdentity(quint64 id, const CardIdentity& identity);
    void finishBasicFour(quint64 id, const CardIdentity& identity);
    void finishCertificate(quint64 id, const CardCertificate& certificate);
    void finishFailed(quint64 id, const CardFailure& failure);

    quint64 submit(std::unique_ptr<CardRequest> request);
    // True (and the deadline timer gone) when the id was still waiting for its answer.
    bool takePending(quint64 id);
    void onDeadline(quint64 id);
    void failLater(quint64 id, const CardFailure& failure);
    void startWorker();
    std::shared_ptr<CardWorker> newWorker(std::deque<std::unique_ptr<CardRequest>> pending);
    void onNudge();

    QString m_reader;
    int m_deadlineMs = 10000;
    QString m_caBundle;
    bool m_checkCodeBAllowed = false;
    bool m_polling = false;
    quint64 m_nextId = 1;
    quint64 m_generation = 0;
    int m_abandoned = 0;
    int m_available = -1; // -1 unknown, 0 / 1
    bool m_readersKnown = false;
    QStringList m_readers;
    int m_cardPresent = -1;
    std::shared_ptr<CardWorker> m_worker;
    std::shared_ptr<smartcard::ApduObserver> m_observer;
    std::map<quint64, QTimer*> m_pending; // request id → its deadline timer (null: answered at once)
    // SCardCancel only ends a wait already in progress: one that arrives just before the worker
    // enters SCardGetStatusChange is lost, and the request would sit until the wait's slice
    // ends. While requests are queued, this timer cancels again.
    QTimer* m_nudge = nullptr;
};

} // namespace madoguchi

Q_DECLARE_METATYPE(madoguchi::smartcard::PinKind)
