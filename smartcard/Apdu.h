#pragma once

#include "smartcard/CardResult.h"
#include "smartcard/SecureWipe.h"
#include "smartcard/StatusWord.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::smartcard {

// A command APDU (ISO/IEC 7816-3 cases 1-4, short and extended). Built only through make() or
// parse(), so an instance always encodes: data up to 65535 bytes, Le up to 65536. Short form
// whenever it fits (data ≤ 255, Le ≤ 256), because that is what every reader supports.
class CommandApdu
{
public:
    static constexpr std::size_t kNoLe = 0; // le() when the command expects no data back
    static constexpr std::size_t kMaxShortData = 255;
    static constexpr std::size_t kMaxShortLe = 256; // encoded as 00
    static constexpr std::size_t kMaxExtendedData = 65535;
    static constexpr std::size_t kMaxExtendedLe = 65536; // encoded as 00 00

    // le = kNoLe for cases 1 and 3. forceExtended uses the extended form even when the short
    // one would fit (the virtual card has to answer both).
    static CardResult<CommandApdu> make(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2,
                                        std::vector<std::uint8_t> data = {}, std::size_t le = kNoLe,
                                        bool forceExtended = false);
    // The reverse of bytes(), for the virtual card: every length must match exactly.
    static CardResult<CommandApdu> parse(const std::uint8_t* bytes, std::size_t size);
    static CardResult<CommandApdu> parse(const std::vector<std::uint8_t>& bytes);

    CommandApdu(const CommandApdu&) = default;
    CommandApdu(CommandApdu&&) = default;
    CommandApdu& operator=(const CommandApdu&) = default;
    CommandApdu& operator=(CommandApdu&&) = default;
    // A VERIFY carries the PIN in its data: wipe it whatever happens to the command.
    ~CommandApdu() { wipe(); }

    std::uint8_t cla() const { return m_cla; }
    std::uint8_t ins() const { return m_ins; }
    std::uint8_t p1() const { return m_p1; }
    std::uint8_t p2() const { return m_p2; }
    const std::vector<std::uint8_t>& data() const { return m_data; }
    std::size_t le() const { return m_le; }
    bool isExtended() const { return m_extended; }
    int apduCase() const; // 1..4

    // The bytes to transmit. The caller wipes them (secureWipe) after a VERIFY.
    std::vector<std::uint8_t> bytes() const;
    // Overwrites the data field with zeros and empties it.
    void wipe();

private:
    CommandApdu() = default;

    std::uint8_t m_cla = 0;
    std::uint8_t m_ins = 0;
    std::uint8_t m_p1 = 0;
    std::uint8_t m_p2 = 0;
    std::vector<std::uint8_t> m_data;
    std::size_t m_le = kNoLe;
    bool m_extended = false;
};

// The data and status word of a card answer.
class ResponseApdu
{
public:
    ResponseApdu(std::vector<std::uint8_t> data, StatusWord sw);
    // Fails (MalformedApdu) when fewer than the two status bytes arrived.
    static CardResult<ResponseApdu> parse(const std::uint8_t* bytes, std::size_t size);
    static CardResult<ResponseApdu> parse(const std::vector<std::uint8_t>& bytes);

    const std::vector<std::uint8_t>& data() const { return m_data; }
    StatusWord statusWord() const { return m_sw; }
    // The data for 9000, the typed error of the status word otherwise.
    CardResult<std::vector<std::uint8_t>> dataIfOk() const;
    // data ‖ SW1 SW2, for the virtual card.
    std::vector<std::uint8_t> bytes() const;

private:
    std::vector<std::uint8_t> m_data;
    StatusWord m_sw;
};

// The commands the My Number card understands (values from docs/reference: mynumber-card.md).
// SELECT by DF name with P2 0C (no FCI). The full AID, 1 to 16 bytes.
CardResult<CommandApdu> selectApplication(const std::vector<std::uint8_t>& aid);
// SELECT EF by file id (only P1 02 works on the card), P2 0C.
CommandApdu selectFile(std::uint16_t fileId);
// READ BINARY at a 15-bit offset (P1 bit 8 would mean short-EF addressing); le 1..65536, where
// more than 256 uses the extended form.
CardResult<CommandApdu> readBinary(std::size_t offset, std::size_t le);
// VERIFY with the ASCII PIN, no padding. An empty PIN is refused: an empty VERIFY with Lc
// is not a query and may count as a try. Check the format with PinFormat first.
CardResult<CommandApdu> verify(const std::string& pin);
// VERIFY without data: the card answers 63Cx with the tries left (or 9000) and counts nothing.
CommandApdu triesLeftQuery();
// PERFORM SECURITY OPERATION (JPKI sign) over a DigestInfo: 80 2A 00 80 Lc DigestInfo 00.
CardResult<CommandApdu> signDigestInfo(const std::vector<std::uint8_t>& digestInfo);

// Hex for logs with the data of PIN-carrying commands (VERIFY, CHANGE REFERENCE DATA, RESET
// RETRY COUNTER) replaced by "**": a PIN must never reach a log.
std::string redactedHex(const CommandApdu& command);

} // namespace madoguchi::smartcard
