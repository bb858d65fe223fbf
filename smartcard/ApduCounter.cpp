#include "smartcard/ApduCounter.h"

#include <cstdio>

namespace madoguchi::smartcard {

void ApduCounter::onExchange(const ApduExchange& exchange)
{
    m_transcript.push_back(exchange);
    m_total += exchange.elapsed;
}

std::size_t ApduCounter::countIns(unsigned char ins) const
{
    // The transcript holds toHex form "CC II P1 P2 ...": INS is the second byte.
    char wanted[3];
    std::snprintf(wanted, sizeof wanted, "%02X", static_cast<unsigned>(ins));
    std::size_t n = 0;
    for (const ApduExchange& e : m_transcript) {
        if (e.command.size() >= 5 && e.command.compare(3, 2, wanted) == 0)
            ++n;
    }
    return n;
}

void ApduCounter::reset()
{
    m_transcript.clear();
    m_total = std::chrono::microseconds(0);
}

} // namespace madoguchi::smartcard
