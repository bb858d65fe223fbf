#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

// Identifiers of the Individual Number Card (マイナンバーカード). Every value comes from
// ../shared/reference/mynumber-card.md, which five independent readers agree on; many public
// snippets carry wrong AIDs or file ids, so add nothing here from elsewhere.
namespace madoguchi::smartcard::card {

using Aid = std::array<std::uint8_t, 10>;

// Applications, selected by the full DF name (00 A4 04 0C 0A <AID>).
inline constexpr Aid kJpkiAid{0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01};
inline constexpr Aid kCardInfoAid{0xD3, 0x92, 0x10, 0x00, 0x31,
                                  0x00, 0x01, 0x01, 0x04, 0x08}; // 券面事項入力補助
inline constexpr Aid kCardFaceAid{0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x02}; // 券面事項確認

// JPKI application files.
namespace jpki {
inline constexpr std::uint16_t kTokenEf = 0x0006;        // "JPKIAPICCTOKEN2", free
inline constexpr std::uint16_t kAuthCertEf = 0x000A;     // free
inline constexpr std::uint16_t kAuthCaCertEf = 0x000B;   // free
inline constexpr std::uint16_t kSignCertEf = 0x0001;     // needs the signing password
inline constexpr std::uint16_t kSignCaCertEf = 0x0002;   // free
inline constexpr std::uint16_t kAuthKeyEf = 0x0017;      // auth PIN
inline constexpr std::uint16_t kAuthPinEf = 0x0018;      // 4 digits, 3 tries
inline constexpr std::uint16_t kSignKeyEf = 0x001A;      // signing password
inline constexpr std::uint16_t kSignPasswordEf = 0x001B; // 6-16 of A-Z 0-9, 5 tries
} // namespace jpki

// Card-info input support application files.
namespace cardinfo {
inline constexpr std::uint16_t kPinEf = 0x0011;        // 4 digits, 3 tries
inline constexpr std::uint16_t kCheckCodeAEf = 0x0014; // 照合番号A: the 12-digit My Number
inline constexpr std::uint16_t kCheckCodeBEf = 0x0015; // 照合番号B: 14 digits
inline constexpr std::uint16_t kMyNumberEf = 0x0001;   // PIN
inline constexpr std::uint16_t kBasicFourEf = 0x0002;  // PIN
inline constexpr std::uint16_t kDigestsEf = 0x0003;    // SHA-256 of 0001/0002 + signature (single source)
inline constexpr std::uint16_t kAppInfoEf = 0x0005;    // FF 40 ..., free
} // namespace cardinfo

// Card-face confirmation application files.
namespace cardface {
inline constexpr std::uint16_t kFaceEf = 0x0002;       // FF 20: photo, images, ...
inline constexpr std::uint16_t kCheckCodeAEf = 0x0013; // 照合番号A
inline constexpr std::uint16_t kCheckCodeBEf = 0x0012; // 照合番号B
} // namespace cardface

// PIN rules. The three 4-digit PINs may share a value but count separately; a success resets
// a counter, failures persist, and a blocked PIN needs a visit to the municipal counter.
struct PinRule
{
    std::size_t minLength;
    std::size_t maxLength;
    int maxTries;
    bool alphanumeric; // A-Z 0-9 (upper-cased first) instead of digits only
};

inline constexpr PinRule kAuthPinRule{4, 4, 3, false};
inline constexpr PinRule kCardInfoPinRule{4, 4, 3, false};
inline constexpr PinRule kSigningPasswordRule{6, 16, 5, true};

// READ BINARY without extended length reads at most this many bytes.
inline constexpr std::size_t kShortReadMax = 256;
// The highest offset READ BINARY addresses (15 bits).
inline constexpr std::size_t kMaxReadOffset = 0x7FFF;

} // namespace madoguchi::smartcard::card
