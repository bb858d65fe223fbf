#pragma once

#include "smartcard/ApduObserver.h"

#include <chrono>
#include <cstddef>
#include <vector>

namespace madoguchi::smartcard {

// Counts exchanges and sums their round-trip times; keeps the redacted transcript for tests
// and the benchmark. Not thread-safe: read it on the thread that transmits, or after.
class ApduCounter : public ApduObserver
{
public:
    void onExchange(const ApduExchange& exchange) override;

    std::size_t count() const { return m_transcript.size(); }
    std::chrono::microseconds total() const { return m_total; }
    const std::vector<ApduExchange>& transcript() const { return m_transcript; }
    // How many commands began with this INS byte (0x20 VERIFY, 0xB0 READ BINARY, ...).
    std::size_t countIns(unsigned char ins) const;
    void reset();

private:
    std::vector<ApduExchange> m_transcript;
    std::chrono::microseconds m_total{0};
};

} // namespace madoguchi::smartcard
