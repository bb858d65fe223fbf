#include "VirtualCard.h"

#include "CardBuilder.h"
#include "RsaSigner.h"

#include "smartcard/Apdu.h"
#include "smartcard/SecureWipe.h"

#include <algorithm>
#include <cctype>

namespace madoguchi::virtualcard {

namespace sc = madoguchi::smartcard;

namespace {

std::vector<std::uint8_t> sw(std::uint16_t value)
{
    return {static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value & 0xFF)};
}

constexpr std::uint16_t kOk = 0x9000;
constexpr std::uint16_t kWrongLength = 0x6700;
constexpr std::uint16_t kSecurityNotSatisfied = 0x6982;
constexpr std::uint16_t kBlocked = 0x6984;
constexpr std::uint16_t kNoCurrentEf = 0x6986;
constexpr std::uint16_t kFileNotFound = 0x6A82;
constexpr std::uint16_t kWrongP1P2 = 0x6A86;
constexpr std::uint16_t kWrongOffset = 0x6B00;
constexpr std::uint16_t kUnknownIns = 0x6D00;
constexpr std::uint16_t kUnknownCla = 0x6E00;

} // namespace

VirtualCard::VirtualCard(const CardProfile& profile, PinCounterStore& counters)
    : m_profile(profile)
    , m_counters(counters)
    , m_applications(CardBuilder::build(profile))
{}

const std::vector<std::uint8_t>& VirtualCard::atr()
{
    static const std::vector<std::uint8_t> kAtr{0x3B, 0xE0, 0x00, 0xFF, 0x81, 0x31, 0xFE, 0x45, 0x14};
    return kAtr;
}

void VirtualCard::resetSecurityState()
{
    m_verified.clear();
    m_currentApp = -1;
    m_currentEf = -1;
}

std::vector<std::uint8_t> VirtualCard::transmit(const std::vector<std::uint8_t>& command)
{
    auto parsed = sc::CommandApdu::parse(command);
    if (!parsed.ok())
        return sw(kWrongLength);
    const sc::CommandApdu& c = parsed.value();
    if (c.cla() == 0x80 && c.ins() == 0x2A && c.p1() == 0x00 && c.p2() == 0x80)
        return sign(c.data());
    if (c.cla() != 0x00)
        return sw(c.ins() == 0xA4 || c.ins() == 0xB0 || c.ins() == 0x20 ? kUnknownCla : kUnknownIns);
    switch (c.ins()) {
    case 0xA4:
        return select(c.p1(), c.data());
    case 0xB0:
        return readBinary(c.p1(), c.p2(), c.le(), c.isExtended());
    case 0x20:
        if (c.p1() != 0x00 || c.p2() != 0x80)
            return sw(kWrongP1P2);
        return verify(c.data(), c.apduCase() == 1);
    default:
        return sw(kUnknownIns);
    }
}

std::vector<std::uint8_t> VirtualCard::select(std::uint8_t p1, const std::vector<std::uint8_t>& data)
{
    if (p1 == 0x04) {
        for (std::size_t i = 0; i < m_applications.size(); ++i) {
            const auto& aid = m_applications[i].aid;
            if (data.size() == aid.size() && std::equal(aid.begin(), aid.end(), data.begin())) {
                // An application switch (and a reselect) drops every verification.
                m_currentApp = static_cast<int>(i);
                m_currentEf = -1;
                m_verified.clear();
                return sw(kOk);
            }
        }
        return sw(kFileNotFound);
    }
    // Only P1 02 (EF by file id) works; select MF (P1 00) and the rest answer 6A86.
    if (p1 != 0x02)
        return sw(kWrongP1P2);
    if (data.size() != 2 || m_currentApp < 0)
        return sw(kFileNotFound);
    const std::uint16_t fid = static_cast<std::uint16_t>(data[0] << 8 | data[1]);
    const CardApplication& app = m_applications[static_cast<std::size_t>(m_currentApp)];
    if (app.files.count(fid) == 0 && app.pins.count(fid) == 0)
        return sw(kFileNotFound); // includes 3F00: there is no MF to go back to
    m_currentEf = fid;
    return sw(kOk);
}

bool VirtualCard::opened(const std::vector<std::string>& access) const
{
    if (access.empty())
        return true;
    return std::any_of(access.begin(), access.end(),
                       [this](const std::string& id) { return m_verified.count(id) > 0; });
}

std::vector<std::uint8_t> VirtualCard::readBinary(std::uint8_t p1, std::uint8_t p2, std::size_t le,
                                                  bool extended)
{
    if (p1 & 0x80)
        return sw(kWrongP1P2); // short-EF addressing: the card does not use it
    if (le == sc::CommandApdu::kNoLe || (extended && !m_profile.extendedLength))
        return sw(kWrongLength);
    if (m_currentApp < 0 || m_currentEf < 0)
        return sw(kNoCurrentEf);
    const CardApplication& app = m_applications[static_cast<std::size_t>(m_currentApp)];
    const auto it = app.files.find(static_cast<std::uint16_t>(m_currentEf));
    if (it == app.files.end() || it->second.isKey)
        return sw(kSecurityNotSatisfied); // PIN and key files are never readable
    const CardFile& file = it->second;
    if (!opened(file.readableWith))
        return sw(kSecurityNotSatisfied);
    const std::size_t offset = static_cast<std::size_t>(p1 << 8 | p2);
    if (offset >= file.content.size())
        return sw(kWrongOffset);
    // A short answer at the end of the file is normal (no 6282, no 6Cxx).
    const std::size_t n = std::min(le, file.content.size() - offset);
    std::vector<std::uint8_t> out(file.content.begin() + static_cast<std::ptrdiff_t>(offset),
                                  file.content.begin() + static_cast<std::ptrdiff_t>(offset + n));
    out.push_back(0x90);
    out.push_back(0x00);
    return out;
}

std::vector<std::uint8_t> VirtualCard::verify(const std::vector<std::uint8_t>& pin, bool queryOnly)
{
    if (m_currentApp < 0 || m_currentEf < 0)
        return sw(kNoCurrentEf);
    const CardApplication& app = m_applications[static_cast<std::size_t>(m_currentApp)];
    const auto it = app.pins.find(static_cast<std::uint16_t>(m_currentEf));
    if (it == app.pins.end())
        return sw(kNoCurrentEf);
    const PinSlot& slot = it->second;
    const auto initial = m_profile.initialTries.find(slot.counterId);
    const int tries = m_counters.triesLeft(
        slot.counterId, initial == m_profile.initialTries.end() ? slot.maxTries : initial->second);
    // The query counts nothing and says nothing about login state: always 63Cx (OpenSC's
    // jpki driver relies on SW1 63), 63C0 once blocked.
    if (queryOnly)
        return sw(static_cast<std::uint16_t>(0x63C0 | std::min(tries, 15)));
    if (tries <= 0)
        return sw(kBlocked); // no decrement, no comparison
    std::string given(pin.begin(), pin.end());
    if (slot.upperCase)
        std::transform(given.begin(), given.end(), given.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    const bool match = given == slot.value;
    sc::secureWipe(given);
    if (match) {
        m_counters.setTriesLeft(slot.counterId, slot.maxTries);
        m_verified.insert(slot.counterId);
        return sw(kOk);
    }
    m_verified.erase(slot.counterId);
    m_counters.setTriesLeft(slot.counterId, tries - 1);
    return sw(static_cast<std::uint16_t>(0x63C0 | std::min(tries - 1, 15)));
}

std::vector<std::uint8_t> VirtualCard::sign(const std::vector<std::uint8_t>& digestInfo)
{
    if (m_currentApp < 0 || m_currentEf < 0)
        return sw(kNoCurrentEf);
    const CardApplication& app = m_applications[static_cast<std::size_t>(m_currentApp)];
    const auto it = app.files.find(static_cast<std::uint16_t>(m_currentEf));
    if (it == app.files.end() || !it->second.isKey)
        return sw(kNoCurrentEf);
    if (!opened(it->second.readableWith))
        return sw(kSecurityNotSatisfied);
    if (digestInfo.empty())
        return sw(kWrongLength);
    std::vector<std::uint8_t> out = RsaSigner::sign(it->second.keyPath, digestInfo);
    if (out.empty())
        return sw(kWrongLength); // no key configured, or DigestInfo longer than k - 11
    out.push_back(0x90);
    out.push_back(0x00);
    return out;
}

} // namespace madoguchi::virtualcard
