#pragma once

#include "smartcard/Apdu.h"
#include "smartcard/CardResult.h"
#include "smartcard/PcscPlatform.h"

#include <atomic>
#include <chrono>
#include <string>

namespace madoguchi::smartcard {

class ApduObserver;
class PcscContext;

// A shared-mode connection (T=1 or T=0) to the card in one named reader. Used by the card
// worker thread only; abort() is the one call for other threads.
//
// Deadlines, and what pcsc-lite allows: SCardTransmit blocks until the reader driver answers,
// and vpcd has no timeouts, so a stalled card stalls the transmitting thread. SCardCancel
// only ends SCardGetStatusChange, and SCardDisconnect from another thread waits for the
// client library's lock that the transmit holds. So no call can cut a transmit short; what
// this class does is (1) check the deadline and the abort flag before every APDU, so an
// operation stops at the next APDU boundary with Timeout / Cancelled, and (2) let the owner
// (the Qt CardService, later) give up on a worker whose transmit overran: report Timeout to
// the GUI at once, and leave that thread and its context to end when the card or the service
// answers or goes away (pulling the card or stopping pcscd ends the transmit).
class CardConnection
{
public:
    using Clock = std::chrono::steady_clock;

    explicit CardConnection(PcscContext& context);
    CardConnection(const CardConnection&) = delete;
    CardConnection& operator=(const CardConnection&) = delete;
    ~CardConnection();

    // Connects (again) to the reader; any previous handle is dropped first.
    CardResult<Done> connect(const std::string& reader);
    // SCARD_LEAVE_CARD: other software keeps the card as it is.
    void disconnect();
    bool isConnected() const { return m_card != 0; }
    const std::string& reader() const { return m_reader; }

    // One command; answers 61xx with GET RESPONSE until done and resends on 6Cxx with the Le the
    // card asked for, so the result is the card's final answer (any SW; PC/SC failures are
    // errors). A card reset by someone else: reconnects and fails with CardReset, because any
    // verification is gone (reference, "A careful client" 4).
    CardResult<ResponseApdu> transmit(const CommandApdu& command);

    // Deadline for the operation in progress (checked before each APDU).
    void setDeadline(Clock::time_point deadline) { m_deadline = deadline; }
    void clearDeadline() { m_deadline = Clock::time_point::max(); }
    // From any thread: the next APDU boundary fails with Cancelled (see the class comment).
    void abort() { m_aborted = true; }
    void clearAbort() { m_aborted = false; }

    // True once a reset or reconnect happened since the last call: verification is gone.
    bool takeSecurityStateLost();

    void setObserver(ApduObserver* observer) { m_observer = observer; }

    // RAII SCardBeginTransaction / SCardEndTransaction: other software cannot reset or
    // reselect the card in between (reference, "A careful client" 3). resetOnEnd resets the
    // card when the transaction ends so that a verified PIN does not outlive it.
    class Transaction
    {
    public:
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        Transaction(Transaction&& other) noexcept;
        Transaction& operator=(Transaction&&) = delete;
        ~Transaction();
        void setResetOnEnd(bool reset) { m_resetOnEnd = reset; }

    private:
        friend class CardConnection;
        explicit Transaction(CardConnection* connection)
            : m_connection(connection)
        {}
        CardConnection* m_connection;
        bool m_resetOnEnd = false;
    };
    CardResult<Transaction> beginTransaction();

private:
    CardResult<ResponseApdu> transmitOnce(const CommandApdu& command);
    CardResult<Done> checkBoundary() const;
    // Handles SCARD_W_RESET_CARD: reconnect; returns true when the caller may retry.
    bool reconnectAfterReset();
    CardError failure(LONG rc, const std::string& what);
    void endTransaction(bool reset);

    PcscContext& m_context;
    std::string m_reader;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    unsigned m_generation = 0;
    bool m_securityLost = false;
    bool m_selfReset = false; // our own transaction ended with a reset: expect RESET_CARD
    Clock::time_point m_deadline = Clock::time_point::max();
    std::atomic<bool> m_aborted{false};
    ApduObserver* m_observer = nullptr;
};

} // namespace madoguchi::smartcard
