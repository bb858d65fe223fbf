#include "smartcard/Apdu.h"

#include "smartcard/Hex.h"
#include "smartcard/SecureWipe.h"

#include <utility>

namespace madoguchi::smartcard {

namespace {

CardError invalid(std::string detail)
{
    return makeCardError(CardErrorCode::InvalidArgument, std::move(detail));
}

CardError malformed(std::string detail)
{
    return makeCardError(CardErrorCode::MalformedApdu, std::move(detail));
}

} // namespace

CardResult<CommandApdu> CommandApdu::make(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1,
                                          std::uint8_t p2, std::vector<std::uint8_t> data, std::size_t le,
                                          bool forceExtended)
{
    if (data.size() > kMaxExtendedData)
        return invalid("data of " + std::to_string(data.size()) + " bytes exceeds 65535");
    if (le > kMaxExtendedLe)
        return invalid("Le " + std::to_string(le) + " exceeds 65536");
    CommandApdu c;
    c.m_cla = cla;
    c.m_ins = ins;
    c.m_p1 = p1;
    c.m_p2 = p2;
    c.m_data = std::move(data);
    c.m_le = le;
    c.m_extended = forceExtended || c.m_data.size() > kMaxShortData || le > kMaxShortLe;
    // A case-1 command has no length field at all, so it has no extended form either.
    if (c.m_data.empty() && le == kNoLe)
        c.m_extended = false;
    return c;
}

int CommandApdu::apduCase() const
{
    if (m_data.empty())
        return m_le == kNoLe ? 1 : 2;
    return m_le == kNoLe ? 3 : 4;
}

std::vector<std::uint8_t> CommandApdu::bytes() const
{
    std::vector<std::uint8_t> out{m_cla, m_ins, m_p1, m_p2};
    out.reserve(4 + 3 + m_data.size() + 3);
    if (!m_extended) {
        if (!m_data.empty()) {
            out.push_back(static_cast<std::uint8_t>(m_data.size()));
            out.insert(out.end(), m_data.begin(), m_data.end());
        }
        if (m_le != kNoLe)
            out.push_back(static_cast<std::uint8_t>(m_le == kMaxShortLe ? 0 : m_le));
        return out;
    }
    // Extended: one 00 marker byte, then two-byte Lc; Le is two bytes after data, three
    // (with the marker) when there is no data.
    out.push_back(0x00);
    if (!m_data.empty()) {
        out.push_back(static_cast<std::uint8_t>(m_data.size() >> 8));
        out.push_back(static_cast<std::uint8_t>(m_data.size() & 0xFF));
        out.insert(out.end(), m_data.begin(), m_data.end());
    }
    if (m_le != kNoLe) {
        const std::size_t le = m_le == kMaxExtendedLe ? 0 : m_le;
        out.push_back(static_cast<std::uint8_t>(le >> 8));
        out.push_back(static_cast<std::uint8_t>(le & 0xFF));
    }
    return out;
}

void CommandApdu::wipe()
{
    secureWipe(m_data);
}

CardResult<CommandApdu> CommandApdu::parse(const std::uint8_t* bytes, std::size_t size)
{
    if (size < 4)
        return malformed("command of " + std::to_string(size) + " bytes is shorter than its header");
    const auto build = [&](std::size_t dataOffset, std::size_t lc, std::size_t le, bool extended) {
        std::vector<std::uint8_t> data(bytes + dataOffset, bytes + dataOffset + lc);
        return make(bytes[0], bytes[1], bytes[2], bytes[3], std::move(data), le, extended);
    };
    if (size == 4)
        return build(4, 0, kNoLe, false);
    const std::size_t b4 = bytes[4];
    if (size == 5) // case 2 short: 00 means 256
        return build(5, 0, b4 == 0 ? kMaxShortLe : b4, false);
    if (b4 != 0) {
        if (size == 5 + b4)
            return build(5, b4, kNoLe, false);
        if (size == 6 + b4) {
            const std::size_t le = bytes[size - 1];
            return build(5, b4, le == 0 ? kMaxShortLe : le, false);
        }
        return malformed("short Lc " + std::to_string(b4) + " does not match a command of " +
                         std::to_string(size) + " bytes");
    }
    if (size < 7)
        return malformed("extended length at offset 4 is truncated");
    const std::size_t first = static_cast<std::size_t>(bytes[5] << 8 | bytes[6]);
    if (size == 7) // case 2 extended: 00 00 means 65536
        return build(7, 0, first == 0 ? kMaxExtendedLe : first, true);
    if (first == 0)
        return malformed("extended Lc of 0 at offset 5");
    if (size == 7 + first)
        return build(7, first, kNoLe, true);
    if (size == 9 + first) {
        const std::size_t le = static_cast<std::size_t>(bytes[size - 2] << 8 | bytes[size - 1]);
        return build(7, first, le == 0 ? kMaxExtendedLe : le, true);
    }
    return malformed("extended Lc " + std::to_string(first) + " does not match a command of " +
                     std::to_string(size) + " bytes");
}

CardResult<CommandApdu> CommandApdu::parse(const std::vector<std::uint8_t>& bytes)
{
    return parse(bytes.data(), bytes.size());
}

ResponseApdu::ResponseApdu(std::vector<std::uint8_t> data, StatusWord sw)
    : m_data(std::move(data))
    , m_sw(sw)
{}

CardResult<ResponseApdu> ResponseApdu::parse(const std::uint8_t* bytes, std::size_t size)
{
    if (size < 2)
        return malformed("response of " + std::to_string(size) + " bytes lacks SW1 SW2");
    std::vector<std::uint8_t> data(bytes, bytes + size - 2);
    return ResponseApdu(std::move(data), StatusWord(bytes[size - 2], bytes[size - 1]));
}

CardResult<ResponseApdu> ResponseApdu::parse(const std::vector<std::uint8_t>& bytes)
{
    return parse(bytes.data(), bytes.size());
}

CardResult<std::vector<std::uint8_t>> ResponseApdu::dataIfOk() const
{
    if (!m_sw.isOk())
        return m_sw.toError();
    return m_data;
}

std::vector<std::uint8_t> ResponseApdu::bytes() const
{
    std::vector<std::uint8_t> out = m_data;
    out.push_back(m_sw.sw1());
    out.push_back(m_sw.sw2());
    return out;
}

CardResult<CommandApdu> selectApplication(const std::vector<std::uint8_t>& aid)
{
    if (aid.empty() || aid.size() > 16)
        return invalid("AID of " + std::to_string(aid.size()) + " bytes (1..16 allowed)");
    return CommandApdu::make(0x00, 0xA4, 0x04, 0x0C, aid);
}

CommandApdu selectFile(std::uint16_t fileId)
{
    std::vector<std::uint8_t> fid{static_cast<std::uint8_t>(fileId >> 8),
                                  static_cast<std::uint8_t>(fileId & 0xFF)};
    // Two bytes of data and no Le always encode.
    return CommandApdu::make(0x00, 0xA4, 0x02, 0x0C, std::move(fid)).value();
}

CardResult<CommandApdu> readBinary(std::size_t offset, std::size_t le)
{
    if (offset > 0x7FFF)
        return invalid("READ BINARY offset " + std::to_string(offset) + " exceeds 0x7FFF");
    if (le == 0 || le > CommandApdu::kMaxExtendedLe)
        return invalid("READ BINARY Le " + std::to_string(le) + " (1..65536 allowed)");
    return CommandApdu::make(0x00, 0xB0, static_cast<std::uint8_t>(offset >> 8),
                             static_cast<std::uint8_t>(offset & 0xFF), {}, le);
}

CardResult<CommandApdu> verify(const std::string& pin)
{
    if (pin.empty())
        return invalid("VERIFY with an empty PIN (use triesLeftQuery)");
    if (pin.size() > CommandApdu::kMaxShortData)
        return invalid("VERIFY with a PIN of " + std::to_string(pin.size()) + " bytes");
    std::vector<std::uint8_t> data(pin.begin(), pin.end());
    return CommandApdu::make(0x00, 0x20, 0x00, 0x80, std::move(data));
}

CommandApdu triesLeftQuery()
{
    return CommandApdu::make(0x00, 0x20, 0x00, 0x80).value();
}

CardResult<CommandApdu> signDigestInfo(const std::vector<std::uint8_t>& digestInfo)
{
    // The card is known to take this command in short form with Le 00 (a 256-byte RSA-2048
    // signature); a DigestInfo is at most ~83 bytes (SHA-512), so short form always suffices.
    if (digestInfo.empty() || digestInfo.size() > CommandApdu::kMaxShortData)
        return invalid("DigestInfo of " + std::to_string(digestInfo.size()) + " bytes (1..255 allowed)");
    return CommandApdu::make(0x80, 0x2A, 0x00, 0x80, digestInfo, CommandApdu::kMaxShortLe);
}

std::string redactedHex(const CommandApdu& command)
{
    const std::uint8_t ins = command.ins();
    const bool carriesSecret = ins == 0x20 || ins == 0x21 || ins == 0x24 || ins == 0x2C;
    if (!carriesSecret || command.data().empty()) {
        std::vector<std::uint8_t> raw = command.bytes();
        return toHex(raw);
    }
    // Header and Lc stay visible (they tell which PIN and how long a try was sent, which the
    // help desk needs); the data and nothing after it is shown.
    std::vector<std::uint8_t> head{command.cla(), ins, command.p1(), command.p2()};
    const std::size_t lc = command.data().size();
    if (command.isExtended()) {
        head.push_back(0x00);
        head.push_back(static_cast<std::uint8_t>(lc >> 8));
    }
    head.push_back(static_cast<std::uint8_t>(lc & 0xFF));
    std::string out = toHex(head) + " **";
    if (command.le() != CommandApdu::kNoLe) {
        // Computed, not cut from bytes(): that copy would hold the PIN again.
        std::vector<std::uint8_t> tail;
        if (command.isExtended()) {
            const std::size_t le = command.le() == CommandApdu::kMaxExtendedLe ? 0 : command.le();
            tail = {static_cast<std::uint8_t>(le >> 8), static_cast<std::uint8_t>(le & 0xFF)};
        } else {
            tail = {static_cast<std::uint8_t>(command.le() == CommandApdu::kMaxShortLe ? 0 : command.le())};
        }
        out += ' ' + toHex(tail);
    }
    return out;
}

} // namespace madoguchi::smartcard
