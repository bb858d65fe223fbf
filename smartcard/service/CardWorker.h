#pragma once

#include "smartcard/ApduObserver.h"
#include "smartcard/PcscContext.h"
#include "smartcard/service/CardRequest.h"

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace madoguchi {

class CardService;

// The card thread: owns the PcscContext and every card handle, pops requests from a queue,
// watches the chosen reader between requests and reports everything to its CardService.
//
// Lifetime: the thread holds a shared_ptr to this object, so the state outlives the service if
// it must. The service never joins a busy worker (the GUI thread never waits on the card): it
// detaches it (stop) or abandons it (a deadline passed while a transmit blocked, which pcsc-lite
// cannot interrupt). A detached worker posts nothing any more; the thread ends by itself when
// the blocked call returns (the card answers, is pulled, or pcscd stops).
class CardWorker : public std::enable_shared_from_this<CardWorker>
{
public:
    using Requests = std::deque<std::unique_ptr<CardRequest>>;

    // `generation` tags everything this worker posts so the service can drop late results.
    static std::shared_ptr<CardWorker>
    start(CardService* service, quint64 generation, std::string reader, Requests pending,
          std::shared_ptr<smartcard::ApduObserver> observer = {},
          smartcard::PcscContext::HotplugMode mode = smartcard::PcscContext::HotplugMode::Automatic);
    CardWorker(const CardWorker&) = delete;
    CardWorker& operator=(const CardWorker&) = delete;

    // All from the GUI thread, none blocks on the card.
    void submit(std::unique_ptr<CardRequest> request);
    void setReader(std::string reader);
    // Takes effect from the next request; called on the card thread (see ApduObserver).
    void setObserver(std::shared_ptr<smartcard::ApduObserver> observer);
    // Removes a queued (not yet started) request; false when it is not queued.
    bool remove(quint64 id);
    // Wakes the thread's wait again (see CardService::m_nudge for why one SCardCancel may not do).
    void nudge() { m_context.cancel(); }
    bool hasQueued();
    // The request the thread works on now, 0 when none.
    quint64 runningId() const { return m_running.load(); }
    // No more posts to the service; the thread ends on its own. Returns the requests it had not
    // started, for the next worker.
    Requests detach();
    // For shutdown only: waits up to `timeout` for the thread to end (after detach()).
    bool waitFinished(std::chrono::milliseconds timeout);

private:
    CardWorker(CardService* service, quint64 generation, std::string reader, Requests pending,
               smartcard::PcscContext::HotplugMode mode);
    void run();
    bool stopping();
    std::unique_ptr<CardRequest> takeNext();
    void failQueued(const smartcard::CardError& error);
    void execute(CardRequest& request);
    void sleepFor(std::chrono::milliseconds delay);
    // Queues `deliver` on the service's thread, unless the service let go of this worker.
    void post(std::function<void(CardService&)> deliver);
    void postFailure(quint64 id, const smartcard::CardError& error);
    void setAvailable(int& available, bool now);
    void refreshReaders(std::vector<std::string>& known, bool& emitted);

    smartcard::PcscContext m_context;
    const quint64 m_generation;
    std::atomic<quint64> m_running{0};

    std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    CardService* m_service; // null once detached
    std::string m_reader;
    std::shared_ptr<smartcard::ApduObserver> m_observer;
    Requests m_queue;
    bool m_finished = false;
    std::condition_variable m_finishedCv;
};

} // namespace madoguchi
