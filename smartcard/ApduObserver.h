#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace madoguchi::smartcard {

// One command/response round trip as CardConnection saw it. Carries no response data and a
// redacted command (redactedHex): a VERIFY's PIN and the card's personal data never reach an
// observer, so observers may log freely.
struct ApduExchange
{
    std::string command;           // redactedHex of the command
    std::uint16_t statusWord = 0;  // 0 when the transmit itself failed
    std::size_t responseBytes = 0; // data bytes, without SW1 SW2
    std::chrono::microseconds elapsed{0};
    std::int64_t pcscCode = 0; // SCardTransmit's return code
};

// Hook for benchmarks, tests and debug logs; called on the thread that transmits, after each
// exchange (GET RESPONSE and 6Cxx resends are exchanges of their own).
class ApduObserver
{
public:
    virtual ~ApduObserver() = default;
    virtual void onExchange(const ApduExchange& exchange) = 0;
};

} // namespace madoguchi::smartcard
