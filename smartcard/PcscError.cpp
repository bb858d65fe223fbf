#include "smartcard/PcscError.h"

#include "smartcard/PcscPlatform.h"

#include <cstdio>

namespace madoguchi::smartcard {

std::string pcscErrorName(std::int64_t code)
{
    // The codes that matter for diagnosis; anything else is shown as hex.
    switch (static_cast<std::uint32_t>(code)) {
    case static_cast<std::uint32_t>(SCARD_S_SUCCESS):
        return "SCARD_S_SUCCESS";
    case static_cast<std::uint32_t>(SCARD_E_NO_SERVICE):
        return "SCARD_E_NO_SERVICE";
    case static_cast<std::uint32_t>(SCARD_E_SERVICE_STOPPED):
        return "SCARD_E_SERVICE_STOPPED";
    case static_cast<std::uint32_t>(SCARD_E_NO_READERS_AVAILABLE):
        return "SCARD_E_NO_READERS_AVAILABLE";
    case static_cast<std::uint32_t>(SCARD_E_TIMEOUT):
        return "SCARD_E_TIMEOUT";
    case static_cast<std::uint32_t>(SCARD_E_NO_SMARTCARD):
        return "SCARD_E_NO_SMARTCARD";
    case static_cast<std::uint32_t>(SCARD_W_REMOVED_CARD):
        return "SCARD_W_REMOVED_CARD";
    case static_cast<std::uint32_t>(SCARD_W_RESET_CARD):
        return "SCARD_W_RESET_CARD";
    case static_cast<std::uint32_t>(SCARD_E_SHARING_VIOLATION):
        return "SCARD_E_SHARING_VIOLATION";
    case static_cast<std::uint32_t>(SCARD_E_NOT_TRANSACTED):
        return "SCARD_E_NOT_TRANSACTED";
    case static_cast<std::uint32_t>(SCARD_E_UNKNOWN_READER):
        return "SCARD_E_UNKNOWN_READER";
    case static_cast<std::uint32_t>(SCARD_E_INVALID_HANDLE):
        return "SCARD_E_INVALID_HANDLE";
    case static_cast<std::uint32_t>(SCARD_E_CANCELLED):
        return "SCARD_E_CANCELLED";
    case static_cast<std::uint32_t>(SCARD_E_READER_UNAVAILABLE):
        return "SCARD_E_READER_UNAVAILABLE";
    default:
        break;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", static_cast<unsigned>(code));
    return buf;
}

bool isServiceLost(std::int64_t code)
{
    const auto c = static_cast<std::uint32_t>(code);
    return c == static_cast<std::uint32_t>(SCARD_E_NO_SERVICE) ||
           c == static_cast<std::uint32_t>(SCARD_E_SERVICE_STOPPED) ||
           c == static_cast<std::uint32_t>(SCARD_E_INVALID_HANDLE);
}

CardError cardErrorFromPcsc(std::int64_t code, const std::string& what)
{
    CardErrorCode mapped = CardErrorCode::Transport;
    switch (static_cast<std::uint32_t>(code)) {
    case static_cast<std::uint32_t>(SCARD_E_NO_SERVICE):
    case static_cast<std::uint32_t>(SCARD_E_SERVICE_STOPPED):
    case static_cast<std::uint32_t>(SCARD_E_INVALID_HANDLE): // a handle of a service that restarted
        mapped = CardErrorCode::NoService;
        break;
    case static_cast<std::uint32_t>(SCARD_E_NO_READERS_AVAILABLE):
    case static_cast<std::uint32_t>(SCARD_E_UNKNOWN_READER):
    case static_cast<std::uint32_t>(SCARD_E_READER_UNAVAILABLE):
        mapped = CardErrorCode::NoReader;
        break;
    case static_cast<std::uint32_t>(SCARD_E_NO_SMARTCARD):
    case static_cast<std::uint32_t>(SCARD_W_UNRESPONSIVE_CARD):
    case static_cast<std::uint32_t>(SCARD_W_UNPOWERED_CARD):
        mapped = CardErrorCode::NoCard;
        break;
    case static_cast<std::uint32_t>(SCARD_W_REMOVED_CARD):
    case static_cast<std::uint32_t>(SCARD_E_NOT_TRANSACTED):
        mapped = CardErrorCode::CardRemoved;
        break;
    case static_cast<std::uint32_t>(SCARD_W_RESET_CARD):
        mapped = CardErrorCode::CardReset;
        break;
    case static_cast<std::uint32_t>(SCARD_E_TIMEOUT):
        mapped = CardErrorCode::Timeout;
        break;
    case static_cast<std::uint32_t>(SCARD_E_CANCELLED):
        mapped = CardErrorCode::Cancelled;
        break;
    default:
        break;
    }
    return makeCardError(mapped, what + ": " + pcscErrorName(code));
}

} // namespace madoguchi::smartcard
