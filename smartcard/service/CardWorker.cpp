#include "smartcard/service/CardWorker.h"

#include "smartcard/CardConnection.h"
#include "smartcard/MyNumberCard.h"
#include "smartcard/SecureWipe.h"
#include "smartcard/service/CardService.h"

#include <QMetaObject>
#include <QStringList>

#include <algorithm>
#include <ctime>
#include <thread>

namespace madoguchi {

using smartcard::CardErrorCode;
using smartcard::makeCardError;

namespace {

// Capped backoff for re-establishing the context (STYLE.md 2: 125 ms doubling to 1 s).
constexpr std::chrono::milliseconds kBackoffStart{125};
constexpr std::chrono::milliseconds kBackoffCap{1000};
// A wait for a change returns at least this often, so a missed PnP event costs at most this.
constexpr unsigned long kWatchSliceMs = 2000;

QStringList toQt(const std::vector<std::string>& names)
{
    QStringList out;
    for (const auto& n : names)
        out << QString::fromStdString(n);
    return out;
}

} // namespace

std::shared_ptr<CardWorker> CardWorker::start(CardService* service, quint64 generation, std::string reader,
                                              Requests pending,
                                              std::shared_ptr<smartcard::ApduObserver> observer,
                                              smartcard::PcscContext::HotplugMode mode)
{
    std::shared_ptr<CardWorker> worker(
        new CardWorker(service, generation, std::move(reader), std::move(pending), mode));
    worker->m_observer = std::move(observer); // before the thread exists: no lock needed
    // The thread keeps its own reference: the state lives as long as the thread does, whatever
    // the service does meanwhile (no use-after-free when an abandoned transmit returns late).
    std::thread([worker] { worker->run(); }).detach();
    return worker;
}

CardWorker::CardWorker(CardService* service, quint64 generation, std::string reader, Requests pending,
                       smartcard::PcscContext::HotplugMode mode)
    : m_context(mode)
    , m_generation(generation)
    , m_service(service)
    , m_reader(std::move(reader))
    , m_queue(std::move(pending))
{}

void CardWorker::submit(std::unique_ptr<CardRequest> request)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back(std::move(request));
    }
    m_wake.notify_all();
    m_context.cancel(); // ends a waitForChange in progress so the request runs now
}

void CardWorker::setReader(std::string reader)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_reader = std::move(reader);
    }
    m_wake.notify_all();
    m_context.cancel();
}

void CardWorker::setObserver(std::shared_ptr<smartcard::ApduObserver> observer)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_observer = std::move(observer);
}

bool CardWorker::hasQueued()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_queue.empty();
}

bool CardWorker::remove(quint64 id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [id](const auto& r) { return r->id == id; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

CardWorker::Requests CardWorker::detach()
{
    Requests left;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_service = nullptr;
        left.swap(m_queue);
    }
    m_wake.notify_all();
    m_context.cancel();
    return left;
}

bool CardWorker::waitFinished(std::chrono::milliseconds timeout)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_finishedCv.wait_for(lock, timeout, [this] { return m_finished; });
}

bool CardWorker::stopping()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_service == nullptr;
}

std::unique_ptr<CardRequest> CardWorker::takeNext()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_queue.empty() || !m_service)
        return nullptr;
    auto request = std::move(m_queue.front());
    m_queue.pop_front();
    // Marked running under the lock, so the service sees either "queued" or "running".
    m_running = request->id;
    return request;
}

void CardWorker::failQueued(const smartcard::CardError& error)
{
    Requests failed;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        failed.swap(m_queue);
    }
    for (const auto& r : failed)
        postFailure(r->id, error);
}

void CardWorker::sleepFor(std::chrono::milliseconds delay)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait_for(lock, delay, [this] { return !m_service || !m_queue.empty(); });
}

void CardWorker::post(std::function<void(CardService&)> deliver)
{
    // Under the lock: detach() cannot slip in between the check and the post. An event posted
    // to a QObject that is deleted later is discarded by Qt, and the service drops what an older
    // generation posted (CardService::deliverFromWorker).
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_service)
        return;
    CardService* service = m_service;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        service, [service, generation, deliver] { service->deliverFromWorker(generation, deliver); },
        Qt::QueuedConnection);
}

void CardWorker::postFailure(quint64 id, const smartcard::CardError& error)
{
    const CardFailure failure = CardFailure::fromCard(error);
    post([id, failure](CardService& s) { s.finishFailed(id, failure); });
}

void CardWorker::setAvailable(int& available, bool now)
{
    if (available == static_cast<int>(now))
        return;
    available = now ? 1 : 0;
    post([now](CardService& s) { s.applyAvailable(now); });
}

void CardWorker::refreshReaders(std::vector<std::string>& known, bool& emitted)
{
    auto readers = m_context.listReaders();
    if (!readers)
        return; // a lost service shows in the next wait, which establishes again
    if (emitted && readers.value() == known)
        return;
    known = readers.value();
    emitted = true;
    const QStringList names = toQt(known);
    post([names](CardService& s) { s.applyReaders(names); });
}

void CardWorker::run()
{
    auto backoff = kBackoffStart;
    int available = -1; // unknown until the first establish
    std::vector<std::string> readers;
    bool readersEmitted = false;
    bool readersStale = true;
    int cardPresent = -1; // unknown: the first observation is always reported
    std::vector<smartcard::ReaderState> states;
    const auto setPresent = [this, &cardPresent](bool present) {
        if (static_cast<int>(present) == cardPresent)
            return;
        cardPresent = present ? 1 : 0;
        post([present](CardService& s) { s.applyCardPresent(present); });
    };

    while (!stopping()) {
        if (!m_context.isEstablished()) {
            auto established = m_context.establish();
            if (!established) {
                setAvailable(available, false);
                setPresent(false);
                // Nothing can run without the service: say so now rather than at the deadline.
                failQueued(established.error());
                sleepFor(backoff);
                backoff = std::min(backoff * 2, kBackoffCap);
                continue;
            }
            backoff = kBackoffStart;
            setAvailable(available, true);
            readersStale = true;
            states.clear(); // a new context knows nothing: learn every state again
        }
        if (readersStale) {
            refreshReaders(readers, readersEmitted);
            readersStale = false;
        }
        std::string reader;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            reader = m_reader;
        }
        // Only the clerk's reader is watched and connected; a reader that is not there cannot
        // be handed to SCardGetStatusChange (it would answer at once, forever).
        if (!reader.empty() && std::find(readers.begin(), readers.end(), reader) != readers.end()) {
            if (states.empty() || states.front().reader != reader)
                states.assign(1, smartcard::ReaderState(reader));
        } else {
            states.clear();
            setPresent(false);
        }

        if (auto request = takeNext()) {
            execute(*request);
            m_running = 0;
            continue;
        }

        auto changed = m_context.waitForChange(states, kWatchSliceMs);
        if (!changed) {
            if (changed.error().code == CardErrorCode::Cancelled)
                continue;
            // The service stopped, restarted or broke: start over with a fresh context (the
            // next establish reports it unavailable if it really is gone).
            if (changed.error().code == CardErrorCode::NoService)
                setAvailable(available, false);
            m_context.release();
            sleepFor(backoff);
            backoff = std::min(backoff * 2, kBackoffCap);
            continue;
        }
        if (changed.value().readersChanged)
            readersStale = true;
        if (!states.empty())
            setPresent(states.front().present());
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_finished = true;
    m_finishedCv.notify_all();
}

void CardWorker::execute(CardRequest& request)
{
    const quint64 id = request.id;
    std::string reader;
    std::shared_ptr<smartcard::ApduObserver> observer; // held for the whole request
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        reader = m_reader;
        observer = m_observer;
    }
    if (reader.empty()) {
        smartcard::secureWipe(request.pin);
        postFailure(id, makeCardError(CardErrorCode::NoReader, "no reader chosen"));
        return;
    }
    if (std::chrono::steady_clock::now() >= request.deadline) {
        smartcard::secureWipe(request.pin);
        postFailure(id, makeCardError(CardErrorCode::Timeout, "deadline passed while queued"));
        return;
    }
    // One connection per request: after a removal the old handle is useless anyway, and a fresh
    // connection assumes nothing about earlier verifications (reference, careful client 4).
    smartcard::CardConnection connection(m_context);
    connection.setDeadline(request.deadline);
    connection.setObserver(observer.get());
    auto connected = connection.connect(reader);
    if (!connected) {
        smartcard::secureWipe(request.pin);
        postFailure(id, connected.error());
        return;
    }
    smartcard::MyNumberCard card(connection);
    switch (request.kind) {
    case CardRequest::Kind::TriesLeft: {
        auto tries = card.triesLeft(request.pinKind);
        if (!tries)
            return postFailure(id, tries.error());
        const int n = tries.value();
        const auto kind = request.pinKind;
        post([id, kind, n](CardService& s) { s.finishTriesLeft(id, kind, n); });
        return;
    }
    case CardRequest::Kind::ReadIdentity: {
        // readIdentity wipes its copy; ours goes right after (and again in ~CardRequest).
        auto identity = card.readIdentity(request.pin, request.confirmLastTry);
        smartcard::secureWipe(request.pin);
        if (!identity)
            return postFailure(id, identity.error());
        // Converted here so the worker's std::string My Number is wiped at once.
        const CardIdentity qt = CardIdentity::fromCard(identity.value());
        post([id, qt](CardService& s) { s.finishIdentity(id, qt); });
        return;
    }
    case CardRequest::Kind::ReadBasicFourWithCheckCodeB: {
        auto four = card.readBasicFourWithCheckCodeB(request.pin, request.confirmLastTry);
        smartcard::secureWipe(request.pin);
        if (!four)
            return postFailure(id, four.error());
        const CardIdentity qt = CardIdentity::fromBasicFour(four.value());
        post([id, qt](CardService& s) { s.finishBasicFour(id, qt); });
        return;
    }
    case CardRequest::Kind::AuthCertificate: {
        auto der = card.readAuthCertificate();
        if (!der)
            return postFailure(id, der.error());
        // Checked here, on the card thread: the GUI thread never reads the bundle file.
        const CardCertificate certificate =
            CardCertificate::check(der.value(), request.caBundle, std::time(nullptr));
        post([id, certificate](CardService& s) { s.finishCertificate(id, certificate); });
        return;
    }
    }
}

} // namespace madoguchi
