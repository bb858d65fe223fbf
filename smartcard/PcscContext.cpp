#include "smartcard/PcscContext.h"

#include "smartcard/PcscError.h"

#include <algorithm>
#include <chrono>

namespace madoguchi::smartcard {

namespace {

// The polling fallback looks at the reader list at least this often.
constexpr unsigned long kPollSliceMs = 500;

std::vector<std::string> splitMultiString(const char* data, DWORD size)
{
    std::vector<std::string> out;
    std::string current;
    for (DWORD i = 0; i < size; ++i) {
        if (data[i] == '\0') {
            if (current.empty())
                break;
            out.push_back(current);
            current.clear();
        } else {
            current.push_back(data[i]);
        }
    }
    return out;
}

} // namespace

PcscContext::~PcscContext()
{
    release();
}

CardResult<Done> PcscContext::establish()
{
    if (m_established)
        return Done{};
    SCARDCONTEXT context = 0;
    const LONG rc = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rc != SCARD_S_SUCCESS)
        return cardErrorFromPcsc(rc, "SCardEstablishContext");
    m_context.store(context);
    m_established = true;
    return Done{};
}

void PcscContext::release()
{
    if (!m_established)
        return;
    SCardReleaseContext(m_context.exchange(0));
    m_established = false;
    m_pnpState = SCARD_STATE_UNAWARE;
    m_pnpFresh = true;
    ++m_generation;
}

CardError PcscContext::fail(LONG rc, const std::string& what)
{
    // The service restarted or stopped: this context is worthless now. Release it so that the
    // next call establishes a fresh one (KeePassXC's self-healing context, STYLE.md).
    if (isServiceLost(rc))
        release();
    return cardErrorFromPcsc(rc, what);
}

CardResult<std::vector<std::string>> PcscContext::listReaders()
{
    auto established = establish();
    if (!established)
        return established.error();
    DWORD size = 0;
    LONG rc = MADOGUCHI_SCardListReaders(m_context.load(), nullptr, nullptr, &size);
    if (rc == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        return std::vector<std::string>{};
    if (rc != SCARD_S_SUCCESS)
        return fail(rc, "SCardListReaders");
    std::vector<char> buffer(size);
    rc = MADOGUCHI_SCardListReaders(m_context.load(), nullptr, buffer.data(), &size);
    if (rc == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        return std::vector<std::string>{};
    if (rc != SCARD_S_SUCCESS)
        return fail(rc, "SCardListReaders");
    return splitMultiString(buffer.data(), size);
}

CardResult<WaitResult> PcscContext::waitForChange(std::vector<ReaderState>& states, unsigned long timeoutMs)
{
    // A cancel() that came while nobody waited still counts: the worker must not sleep
    // through a request to stop.
    if (m_cancelled.exchange(false))
        return makeCardError(CardErrorCode::Cancelled, "waitForChange");
    auto established = establish();
    if (!established)
        return established.error();
    if (!m_pnpSupported)
        return waitPolling(states, timeoutMs);
    auto first = waitPnp(states, timeoutMs);
    // The first call only learns the PnP reader's state (it starts unaware and returns at
    // once): wait once more for a real change.
    if (first && !first.value().readersChanged && !first.value().cardsChanged && m_pnpSupported &&
        m_pnpFresh) {
        m_pnpFresh = false;
        return waitPnp(states, timeoutMs);
    }
    m_pnpFresh = false;
    return first;
}

CardResult<WaitResult> PcscContext::waitPnp(std::vector<ReaderState>& states, unsigned long timeoutMs)
{
    std::vector<MadoguchiReaderState> raw(states.size() + 1);
    for (std::size_t i = 0; i < states.size(); ++i) {
        raw[i].szReader = states[i].reader.c_str();
        raw[i].dwCurrentState = static_cast<DWORD>(states[i].currentState);
    }
    MadoguchiReaderState& pnp = raw.back();
    pnp.szReader = MADOGUCHI_PNP_READER;
    // pcsc-lite keeps a reader-count in the upper 16 bits; start unaware and learn it.
    pnp.dwCurrentState = static_cast<DWORD>(m_pnpState);

    const LONG rc = MADOGUCHI_SCardGetStatusChange(m_context.load(), static_cast<DWORD>(timeoutMs),
                                                   raw.data(), static_cast<DWORD>(raw.size()));
    if (rc == static_cast<LONG>(SCARD_E_TIMEOUT))
        return WaitResult{};
    if (rc == static_cast<LONG>(SCARD_E_CANCELLED))
        m_cancelled = false; // consumed by this wait
    if (rc != SCARD_S_SUCCESS)
        return fail(rc, "SCardGetStatusChange");

    WaitResult result;
    if (pnp.dwEventState & SCARD_STATE_UNKNOWN) {
        // No PnP reader on this platform: poll the reader list from now on.
        m_pnpSupported = false;
        auto readers = listReaders();
        if (readers)
            m_knownReaders = readers.value();
    } else if (pnp.dwEventState & SCARD_STATE_CHANGED) {
        result.readersChanged = m_pnpState != SCARD_STATE_UNAWARE;
        m_pnpState = pnp.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
    }
    for (std::size_t i = 0; i < states.size(); ++i) {
        if (raw[i].dwEventState & SCARD_STATE_CHANGED)
            result.cardsChanged = true;
        states[i].eventState = raw[i].dwEventState;
        states[i].currentState = raw[i].dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
        states[i].atr.assign(raw[i].rgbAtr,
                             raw[i].rgbAtr + std::min<DWORD>(raw[i].cbAtr, sizeof raw[i].rgbAtr));
    }
    return result;
}

CardResult<WaitResult> PcscContext::waitPolling(std::vector<ReaderState>& states, unsigned long timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        const unsigned long slice =
            std::min<unsigned long>(kPollSliceMs, left > 0 ? static_cast<unsigned long>(left) : 0);
        WaitResult result;
        if (states.empty()) {
            // Nothing to hand to SCardGetStatusChange: sleep, but wake for cancel().
            std::unique_lock<std::mutex> lock(m_sleepMutex);
            if (m_sleepWake.wait_for(lock, std::chrono::milliseconds(slice),
                                     [this] { return m_cancelled.load(); })) {
                m_cancelled = false;
                return makeCardError(CardErrorCode::Cancelled, "waitForChange");
            }
        } else {
            std::vector<MadoguchiReaderState> raw(states.size());
            for (std::size_t i = 0; i < states.size(); ++i) {
                raw[i].szReader = states[i].reader.c_str();
                raw[i].dwCurrentState = static_cast<DWORD>(states[i].currentState);
            }
            const LONG rc = MADOGUCHI_SCardGetStatusChange(m_context.load(), static_cast<DWORD>(slice),
                                                           raw.data(), static_cast<DWORD>(raw.size()));
            if (rc != SCARD_S_SUCCESS && rc != static_cast<LONG>(SCARD_E_TIMEOUT))
                return fail(rc, "SCardGetStatusChange");
            for (std::size_t i = 0; rc == SCARD_S_SUCCESS && i < states.size(); ++i) {
                if (raw[i].dwEventState & SCARD_STATE_CHANGED)
                    result.cardsChanged = true;
                states[i].eventState = raw[i].dwEventState;
                states[i].currentState = raw[i].dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
                states[i].atr.assign(raw[i].rgbAtr,
                                     raw[i].rgbAtr + std::min<DWORD>(raw[i].cbAtr, sizeof raw[i].rgbAtr));
            }
        }
        auto readers = listReaders();
        if (!readers)
            return readers.error();
        if (readers.value() != m_knownReaders) {
            m_knownReaders = readers.value();
            result.readersChanged = true;
        }
        if (result.readersChanged || result.cardsChanged || Clock::now() >= deadline)
            return result;
    }
}

void PcscContext::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_sleepMutex);
        m_cancelled = true;
    }
    m_sleepWake.notify_all();
    // SCardCancel is the one call pcsc-lite and WinSCard allow from another thread on a
    // context in use; it ends a blocking SCardGetStatusChange with SCARD_E_CANCELLED.
    if (const SCARDCONTEXT context = m_context.load())
        SCardCancel(context);
}

} // namespace madoguchi::smartcard
