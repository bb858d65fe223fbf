#pragma once

#include "smartcard/CardResult.h"
#include "smartcard/PcscPlatform.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace madoguchi::smartcard {

// One reader watched by PcscContext::waitForChange. currentState is what the caller knows,
// eventState what the service reported last; waitForChange copies eventState into
// currentState before it returns, so the next call waits for the next change.
struct ReaderState
{
    explicit ReaderState(std::string name = {})
        : reader(std::move(name))
    {}

    std::string reader;
    unsigned long currentState = SCARD_STATE_UNAWARE;
    unsigned long eventState = 0;
    std::vector<std::uint8_t> atr;

    bool present() const { return (eventState & SCARD_STATE_PRESENT) != 0; }
    bool gone() const { return (eventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE)) != 0; }
};

struct WaitResult
{
    bool readersChanged = false; // a reader appeared or went (PnP, or the polled list differs)
    bool cardsChanged = false;   // some ReaderState::eventState changed
};

// Owns one SCARDCONTEXT. Used by one thread (the card worker), except cancel(), which any
// thread may call. Established lazily on first use and re-established after the service
// restarted: a call failing with SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED or
// SCARD_E_INVALID_HANDLE releases the context, and the next call establishes a new one
// (pcscd restarts on Linux; Windows stops SCardSvr when the last reader is unplugged).
class PcscContext
{
public:
    // How waitForChange learns that readers came or went. Automatic: the PnP notification
    // reader where the platform has it (MADOGUCHI_PCSC_HAS_PNP), else polling; a service that
    // turns out not to offer it also falls back to polling. Polling: list the readers every
    // 500 ms and watch the named readers with SCardGetStatusChange in 500 ms slices, whatever
    // the platform offers; tests use it to run the polling path on Linux.
    enum class HotplugMode { Automatic, Polling };

    explicit PcscContext(HotplugMode mode = HotplugMode::Automatic)
        : m_pnpSupported(mode == HotplugMode::Automatic && MADOGUCHI_PCSC_HAS_PNP)
    {}
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;
    ~PcscContext();

    CardResult<Done> establish();
    bool isEstablished() const { return m_established; }
    // Drops the context (and so every handle made from it); the next call establishes again.
    void release();

    // Reader names (UTF-8). No readers is an empty list, not an error.
    CardResult<std::vector<std::string>> listReaders();

    // Blocks up to timeoutMs for a change of a card state in `states` or of the reader list.
    // Timeout is WaitResult{} (nothing changed), not an error; cancel() gives Cancelled.
    CardResult<WaitResult> waitForChange(std::vector<ReaderState>& states, unsigned long timeoutMs);

    // From any thread: wakes a waitForChange in progress (SCardCancel). It does NOT interrupt
    // SCardTransmit: see CardConnection::abort for what is possible there.
    void cancel();

    // Whether waitForChange uses the PnP notification reader: false in Polling mode, on
    // platforms without it, and once the service turned out not to offer it (known after the
    // first wait).
    bool pnpSupported() const { return m_pnpSupported; }
    // For CardConnection: the raw context (0 when not established) and error bookkeeping.
    SCARDCONTEXT handle() const { return m_context.load(); }
    // The typed error for a failing call; releases the context when the service is gone.
    CardError fail(LONG rc, const std::string& what);
    // Bumped on every release: handles from an older generation are dead.
    unsigned generation() const { return m_generation; }

private:
    CardResult<WaitResult> waitPnp(std::vector<ReaderState>& states, unsigned long timeoutMs);
    CardResult<WaitResult> waitPolling(std::vector<ReaderState>& states, unsigned long timeoutMs);

    std::atomic<SCARDCONTEXT> m_context{0};
    bool m_established = false;
    bool m_pnpSupported; // Automatic mode: true until the service says otherwise
    unsigned long m_pnpState = SCARD_STATE_UNAWARE;
    bool m_pnpFresh = true; // the PnP state is not known yet
    unsigned m_generation = 0;
    std::vector<std::string> m_knownReaders; // for the polling fallback
    std::atomic<bool> m_cancelled{false};
    std::mutex m_sleepMutex;
    std::condition_variable m_sleepWake;
};

} // namespace madoguchi::smartcard
