#include "smartcard/service/CardService.h"

#include "smartcard/SecureWipe.h"
#include "smartcard/service/CardRequest.h"
#include "smartcard/service/CardWorker.h"

#include <QMetaObject>
#include <QTimer>

namespace madoguchi {

using smartcard::CardErrorCode;

namespace {

// How long the destructor lets an idle worker end cleanly (its wait is cancelled at once);
// a worker stuck in a transmit is left to end by itself.
constexpr std::chrono::milliseconds kShutdownGrace{500};
// How often a queued request wakes the worker again (m_nudge).
constexpr int kNudgeMs = 50;

} // namespace

CardService::CardService(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<CardIdentity>();
    qRegisterMetaType<CardFailure>();
    qRegisterMetaType<CardCertificate>();
    qRegisterMetaType<smartcard::PinKind>();
    qRegisterMetaType<smartcard::CardErrorCode>();
    m_nudge = new QTimer(this);
    m_nudge->setInterval(kNudgeMs);
    connect(m_nudge, &QTimer::timeout, this, &CardService::onNudge);
}

void CardService::onNudge()
{
    if (m_worker && m_worker->hasQueued())
        m_worker->nudge();
    else
        m_nudge->stop();
}

CardService::~CardService()
{
    if (!m_worker)
        return;
    auto worker = std::move(m_worker);
    worker->detach();
    // Shutdown only: a bounded wait (kShutdownGrace) so that an idle worker, whose wait the
    // detach cancelled, releases its context before the process exits. A worker stuck on the
    // card is not waited for beyond that: it ends by itself, owning its own state.
    worker->waitFinished(kShutdownGrace);
}

void CardService::setReader(const QString& reader)
{
    m_reader = reader;
    if (m_worker)
        m_worker->setReader(reader.toStdString());
}

void CardService::setApduObserver(std::shared_ptr<smartcard::ApduObserver> observer)
{
    m_observer = std::move(observer);
    if (m_worker)
        m_worker->setObserver(m_observer);
}

void CardService::start()
{
    if (!m_worker)
        startWorker();
}

void CardService::startWorker()
{
    ++m_generation;
    m_worker = newWorker({});
}

std::shared_ptr<CardWorker> CardService::newWorker(std::deque<std::unique_ptr<CardRequest>> pending)
{
    const auto mode = m_polling ? smartcard::PcscContext::HotplugMode::Polling
                                : smartcard::PcscContext::HotplugMode::Automatic;
    return CardWorker::start(this, m_generation, m_reader.toStdString(), std::move(pending), m_observer,
                             mode);
}

void CardService::stop()
{
    if (!m_worker)
        return;
    auto worker = std::move(m_worker);
    ++m_generation; // anything it posted from now on is dropped
    const auto left = worker->detach();
    for (const auto& r : left)
        failLater(r->id, CardFailure::make(CardErrorCode::Cancelled, QStringLiteral("service stopped")));
    if (const quint64 running = worker->runningId())
        failLater(running, CardFailure::make(CardErrorCode::Cancelled, QStringLiteral("service stopped")));
}

quint64 CardService::requestTriesLeft(smartcard::PinKind kind)
{
    auto request = std::make_unique<CardRequest>();
    request->kind = CardRequest::Kind::TriesLeft;
    request->pinKind = kind;
    return submit(std::move(request));
}

quint64 CardService::requestReadIdentity(QByteArray pin, bool confirmLastTry)
{
    auto request = std::make_unique<CardRequest>();
    request->kind = CardRequest::Kind::ReadIdentity;
    request->pinKind = smartcard::PinKind::CardInfo;
    request->pin.assign(pin.constData(), static_cast<std::size_t>(pin.size()));
    request->confirmLastTry = confirmLastTry;
    // Our copy of the caller's buffer (the only one when it was moved in) goes at once.
    if (pin.isDetached())
        pin.fill('\0');
    pin.clear();
    return submit(std::move(request));
}

quint64 CardService::requestReadBasicFour(QByteArray checkCodeB, bool confirmLastTry)
{
    auto request = std::make_unique<CardRequest>();
    request->kind = CardRequest::Kind::ReadBasicFourWithCheckCodeB;
    request->pinKind = smartcard::PinKind::CardInfo;
    request->confirmLastTry = confirmLastTry;
    // Only copied when the path is allowed; either way the caller's buffer is wiped now.
    if (m_checkCodeBAllowed)
        request->pin.assign(checkCodeB.constData(), static_cast<std::size_t>(checkCodeB.size()));
    if (checkCodeB.isDetached())
        checkCodeB.fill('\0');
    checkCodeB.clear();
    if (!m_checkCodeBAllowed) {
        // Policy, not a card error: nothing is queued, so no APDU and no VERIFY can follow.
        const quint64 id = m_nextId++;
        m_pending.emplace(id, nullptr); // answered at once: no deadline timer
        failLater(id, CardFailure::make(CardErrorCode::CheckCodeBNotAllowed,
                                        QStringLiteral("card/allowCheckCodeB is off")));
        return id;
    }
    return submit(std::move(request));
}

quint64 CardService::requestAuthCertificate()
{
    auto request = std::make_unique<CardRequest>();
    request->kind = CardRequest::Kind::AuthCertificate;
    request->caBundle = m_caBundle.toStdString();
    return submit(std::move(request));
}

quint64 CardService::submit(std::unique_ptr<CardRequest> request)
{
    const quint64 id = m_nextId++;
    request->id = id;
    request->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_deadlineMs);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(timer, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    timer->start(m_deadlineMs);
    m_pending.emplace(id, timer);
    if (!m_worker) {
        failLater(id, CardFailure::make(CardErrorCode::Cancelled, QStringLiteral("service not started")));
        return id;
    }
    m_worker->submit(std::move(request));
    if (!m_nudge->isActive())
        m_nudge->start();
    return id;
}

bool CardService::takePending(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return false;
    if (QTimer* timer = it->second) {
        timer->stop();
        timer->deleteLater();
    }
    m_pending.erase(it);
    return true;
}

void CardService::failLater(quint64 id, const CardFailure& failure)
{
    // Queued like every other answer: a caller never gets a signal from inside its request call.
    QMetaObject::invokeMethod(
        this, [this, id, failure] { finishFailed(id, failure); }, Qt::QueuedConnection);
}

void CardService::onDeadline(quint64 id)
{
    if (!takePending(id))
        return;
    const auto timeout = [this, id](const QString& where) {
        Q_EMIT requestFailed(id, CardFailure::make(CardErrorCode::Timeout,
                                                   QStringLiteral("request deadline passed ") + where));
    };
    if (!m_worker)
        return timeout(QStringLiteral("(service stopped)"));
    if (m_worker->remove(id))
        return timeout(QStringLiteral("(still queued)")); // what runs before it has its own deadline
    if (m_worker->runningId() != id)
        return timeout(QStringLiteral("(answer on its way)")); // the late answer is dropped by takePending
    // Stuck inside a call pcsc-lite cannot interrupt: abandon the worker and go on with a new
    // one, which takes over what was still queued.
    auto stuck = std::move(m_worker);
    ++m_abandoned;
    auto left = stuck->detach();
    ++m_generation;
    m_worker = newWorker(std::move(left));
    if (m_worker->hasQueued() && !m_nudge->isActive())
        m_nudge->start();
    timeout(QStringLiteral("(card did not answer; worker abandoned)"));
}

void CardService::deliverFromWorker(quint64 generation, const std::function<void(CardService&)>& deliver)
{
    if (generation != m_generation)
        return; // from a worker that was stopped or abandoned
    deliver(*this);
}

void CardService::applyAvailable(bool available)
{
    if (m_available == static_cast<int>(available))
        return;
    m_available = available ? 1 : 0;
    Q_EMIT serviceAvailable(available);
}

void CardService::applyReaders(const QStringList& readers)
{
    if (m_readersKnown && readers == m_readers)
        return;
    m_readersKnown = true;
    m_readers = readers;
    Q_EMIT readersChanged(readers);
}

void CardService::applyCardPresent(bool present)
{
    if (m_cardPresent == static_cast<int>(present))
        return;
    m_cardPresent = present ? 1 : 0;
    if (present)
        Q_EMIT cardInserted();
    else
        Q_EMIT cardRemoved();
}

void CardService::finishTriesLeft(quint64 id, smartcard::PinKind kind, int tries)
{
    if (takePending(id))
        Q_EMIT triesLeftReady(id, kind, tries);
}

void CardService::finishIdentity(quint64 id, const CardIdentity& identity)
{
    if (takePending(id))
        Q_EMIT identityReady(id, identity);
}

void CardService::finishBasicFour(quint64 id, const CardIdentity& identity)
{
    if (takePending(id))
        Q_EMIT basicFourReady(id, identity);
}

void CardService::finishCertificate(quint64 id, const CardCertificate& certificate)
{
    if (takePending(id))
        Q_EMIT certificateReady(id, certificate);
}

void CardService::finishFailed(quint64 id, const CardFailure& failure)
{
    if (takePending(id))
        Q_EMIT requestFailed(id, failure);
}

} // namespace madoguchi
