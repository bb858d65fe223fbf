#pragma once

#include "CardApplication.h"
#include "CardProfile.h"
#include "PinCounterStore.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace madoguchi::virtualcard {

// The card's behaviour: one call per command APDU, answer = data ‖ SW1 SW2. Everything the
// reference says about SELECT, READ BINARY, VERIFY and the JPKI signature lives here; the
// transport (VpcdConnection) knows nothing about it.
class VirtualCard
{
public:
    VirtualCard(const CardProfile& profile, PinCounterStore& counters);

    std::vector<std::uint8_t> transmit(const std::vector<std::uint8_t>& command);
    // Power off, power on and reset: the security state and the selection are lost.
    void resetSecurityState();

    static const std::vector<std::uint8_t>& atr();

private:
    std::vector<std::uint8_t> select(std::uint8_t p1, const std::vector<std::uint8_t>& data);
    std::vector<std::uint8_t> readBinary(std::uint8_t p1, std::uint8_t p2, std::size_t le, bool extended);
    std::vector<std::uint8_t> verify(const std::vector<std::uint8_t>& pin, bool queryOnly);
    std::vector<std::uint8_t> sign(const std::vector<std::uint8_t>& digestInfo);
    bool opened(const std::vector<std::string>& access) const;

    const CardProfile& m_profile;
    PinCounterStore& m_counters;
    std::vector<CardApplication> m_applications;
    int m_currentApp = -1;            // index into m_applications
    int m_currentEf = -1;             // the selected file id, -1 for none
    std::set<std::string> m_verified; // counter ids verified in the current application
};

} // namespace madoguchi::virtualcard
