#include "smartcard/CardConnection.h"

#include "smartcard/ApduObserver.h"
#include "smartcard/PcscContext.h"
#include "smartcard/PcscError.h"
#include "smartcard/SecureWipe.h"

#include <utility>
#include <vector>

namespace madoguchi::smartcard {

namespace {

// More GET RESPONSE rounds than any card file needs (65536 bytes / 256): a card that keeps
// answering 61xx is broken, not slow.
constexpr int kMaxGetResponses = 257;
// The receive buffer: the largest extended answer plus SW1 SW2.
constexpr std::size_t kMaxResponse = CommandApdu::kMaxExtendedLe + 2;
constexpr DWORD kProtocols = SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1;

std::size_t leFromSw2(int sw2)
{
    return sw2 == 0 ? CommandApdu::kMaxShortLe : static_cast<std::size_t>(sw2);
}

} // namespace

CardConnection::CardConnection(PcscContext& context)
    : m_context(context)
{}

CardConnection::~CardConnection()
{
    disconnect();
}

CardResult<Done> CardConnection::connect(const std::string& reader)
{
    disconnect();
    auto established = m_context.establish();
    if (!established)
        return established.error();
    m_reader = reader;
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    // Shared mode: other software (the JPKI client, a signing tool) can still use the reader;
    // our transactions keep it away while an operation runs (STYLE.md, KeePassXC).
    const LONG rc = MADOGUCHI_SCardConnect(m_context.handle(), reader.c_str(), SCARD_SHARE_SHARED, kProtocols,
                                           &card, &protocol);
    if (rc != SCARD_S_SUCCESS)
        return m_context.fail(rc, "SCardConnect");
    m_card = card;
    m_protocol = protocol;
    m_generation = m_context.generation();
    // A new connection knows nothing about earlier verifications (reference, careful client 4).
    m_securityLost = true;
    m_selfReset = false;
    return Done{};
}

void CardConnection::disconnect()
{
    // A handle of a released context is gone with it; disconnecting it would be undefined.
    if (m_card != 0 && m_generation == m_context.generation() && m_context.isEstablished())
        SCardDisconnect(m_card, SCARD_LEAVE_CARD);
    m_card = 0;
}

bool CardConnection::takeSecurityStateLost()
{
    return std::exchange(m_securityLost, false);
}

CardResult<Done> CardConnection::checkBoundary() const
{
    if (m_aborted)
        return makeCardError(CardErrorCode::Cancelled, "aborted before the next APDU");
    if (Clock::now() >= m_deadline)
        return makeCardError(CardErrorCode::Timeout, "deadline passed before the next APDU");
    if (m_card == 0 || m_generation != m_context.generation())
        return makeCardError(CardErrorCode::NoCard, "not connected");
    return Done{};
}

CardError CardConnection::failure(LONG rc, const std::string& what)
{
    CardError error = m_context.fail(rc, what);
    if (error.code == CardErrorCode::CardRemoved || error.code == CardErrorCode::NoCard ||
        error.code == CardErrorCode::NoReader) {
        // After a removal the handle fails until SCardReconnect (reference, virtual stack):
        // drop it, and connect() anew once the card is back.
        disconnect();
    } else if (error.code == CardErrorCode::NoService) {
        m_card = 0; // died with the context
    }
    return error;
}

bool CardConnection::reconnectAfterReset()
{
    DWORD protocol = 0;
    const LONG rc = SCardReconnect(m_card, SCARD_SHARE_SHARED, kProtocols, SCARD_LEAVE_CARD, &protocol);
    m_securityLost = true;
    if (rc != SCARD_S_SUCCESS)
        return false;
    m_protocol = protocol;
    return true;
}

CardResult<ResponseApdu> CardConnection::transmitOnce(const CommandApdu& command)
{
    auto boundary = checkBoundary();
    if (!boundary)
        return boundary.error();
    std::vector<std::uint8_t> out = command.bytes();
    std::vector<std::uint8_t> in(kMaxResponse);
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    LONG rc = 0;
    DWORD inLength = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        inLength = static_cast<DWORD>(in.size());
        const auto start = Clock::now();
        rc = SCardTransmit(m_card, pci, out.data(), static_cast<DWORD>(out.size()), nullptr, in.data(),
                           &inLength);
        if (m_observer) {
            ApduExchange exchange;
            exchange.command = redactedHex(command); // never the PIN (careful client 5)
            exchange.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
            exchange.pcscCode = rc;
            if (rc == SCARD_S_SUCCESS && inLength >= 2) {
                exchange.statusWord = static_cast<std::uint16_t>(in[inLength - 2] << 8 | in[inLength - 1]);
                exchange.responseBytes = inLength - 2;
            }
            m_observer->onExchange(exchange);
        }
        if (rc != static_cast<LONG>(SCARD_W_RESET_CARD))
            break;
        // Someone reset the card. If it was our own transaction's reset-on-end, resend; if
        // not, every verification is gone and the operation must start over.
        const bool ours = std::exchange(m_selfReset, false);
        if (!reconnectAfterReset()) {
            secureWipe(out);
            return failure(rc, "SCardReconnect");
        }
        if (!ours) {
            secureWipe(out);
            return makeCardError(CardErrorCode::CardReset, "SCardTransmit: SCARD_W_RESET_CARD");
        }
    }
    // The command may be a VERIFY: forget the PIN as soon as it is sent (careful client 5).
    secureWipe(out);
    if (rc != SCARD_S_SUCCESS) {
        secureWipe(in);
        return failure(rc, "SCardTransmit");
    }
    m_selfReset = false;
    in.resize(inLength);
    auto response = ResponseApdu::parse(in);
    secureWipe(in);
    return response;
}

CardResult<ResponseApdu> CardConnection::transmit(const CommandApdu& command)
{
    auto first = transmitOnce(command);
    if (!first)
        return first;
    StatusWord sw = first.value().statusWord();
    if (sw.kind() == StatusWord::Kind::WrongLe) {
        // 6Cxx: the card wants this Le; send the same command again with it.
        auto again = CommandApdu::make(command.cla(), command.ins(), command.p1(), command.p2(),
                                       command.data(), leFromSw2(sw.sw2()));
        if (!again)
            return again.error();
        return transmit(again.value());
    }
    if (sw.kind() != StatusWord::Kind::MoreData)
        return first;
    // 61xx (T=0 cards): collect the rest with GET RESPONSE.
    std::vector<std::uint8_t> data = first.value().data();
    for (int i = 0; i < kMaxGetResponses && sw.kind() == StatusWord::Kind::MoreData; ++i) {
        auto getResponse = CommandApdu::make(0x00, 0xC0, 0x00, 0x00, {}, leFromSw2(sw.sw2()));
        auto next = transmitOnce(getResponse.value());
        if (!next) {
            secureWipe(data);
            return next;
        }
        sw = next.value().statusWord();
        data.insert(data.end(), next.value().data().begin(), next.value().data().end());
    }
    return ResponseApdu(std::move(data), sw);
}

CardResult<CardConnection::Transaction> CardConnection::beginTransaction()
{
    auto boundary = checkBoundary();
    if (!boundary)
        return boundary.error();
    LONG rc = SCardBeginTransaction(m_card);
    if (rc == static_cast<LONG>(SCARD_W_RESET_CARD)) {
        // A reset before our transaction: reconnect, note the lost state, and begin anyway;
        // callers that need a verification do it inside the transaction.
        m_selfReset = false;
        if (!reconnectAfterReset())
            return failure(rc, "SCardReconnect");
        rc = SCardBeginTransaction(m_card);
    }
    if (rc != SCARD_S_SUCCESS)
        return failure(rc, "SCardBeginTransaction");
    return Transaction(this);
}

void CardConnection::endTransaction(bool reset)
{
    if (m_card == 0 || m_generation != m_context.generation() || !m_context.isEstablished())
        return;
    if (SCardEndTransaction(m_card, reset ? SCARD_RESET_CARD : SCARD_LEAVE_CARD) == SCARD_S_SUCCESS &&
        reset) {
        m_selfReset = true;
        m_securityLost = true;
    }
}

CardConnection::Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_resetOnEnd(other.m_resetOnEnd)
{}

CardConnection::Transaction::~Transaction()
{
    if (m_connection)
        m_connection->endTransaction(m_resetOnEnd);
}

} // namespace madoguchi::smartcard
