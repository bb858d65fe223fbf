#pragma once

#include "smartcard/CardResult.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::smartcard {

enum class Sex { Male, Female, NotApplicable }; // card values 1, 2, 9

struct BirthDate
{
    int year = 0;
    int month = 0;
    int day = 0;
};

// 基本4情報 from EF 0002 of the card-info input support application. Name and address are
// the card's UTF-8 bytes unchanged (IVS sequences and non-BMP characters intact); the name
// separates family and given name with U+3000.
struct BasicFour
{
    std::string name;
    std::string address;
    BirthDate birthDate;
    Sex sex = Sex::NotApplicable;
};

enum class JpkiCardKind {
    MyNumberCard, // token "JPKIAPICCTOKEN2"
    JukiCard,     // token "JPKIAPICCTOKEN": the old 住基 card
};

// Decoders (and, for the virtual card, encoders) of the card's data files. Each decoder takes
// the bytes of the whole file as read (trailing 00/FF filler allowed) and checks everything it
// returns; errors name the field and the offset in the file, never the personal data itself.
class MyNumberData
{
public:
    // The check digit for the first 11 digits of a My Number, or -1 when the input is not
    // exactly 11 ASCII digits.
    static int checkDigit(const std::string& first11);
    // 12 ASCII digits with a matching check digit.
    static CardResult<Done> verifyMyNumber(const std::string& twelveDigits);

    // EF 0001: FF 10 0C + 12 ASCII digits (+ FF FF filler).
    static CardResult<std::string> decodeMyNumber(const std::uint8_t* data, std::size_t size);
    // EF 0002: FF 20 { DF 21 offsets, DF 22 name, DF 23 address, DF 24 birth date, DF 25 sex }.
    static CardResult<BasicFour> decodeBasicFour(const std::uint8_t* data, std::size_t size);
    // YYYYMMDD, a real Gregorian date.
    static CardResult<BirthDate> parseBirthDate(const std::string& yyyymmdd);
    // JPKI EF 0006. Trailing spaces, 00 and FF are padding.
    static CardResult<JpkiCardKind> parseJpkiToken(const std::uint8_t* data, std::size_t size);
    // The total DER length from the first four bytes of a certificate (30 82 LL LL → LL + 4).
    static CardResult<std::size_t> certificateLength(const std::uint8_t* header, std::size_t size);

    // The file contents the card holds, in the card's own layout (minimal lengths).
    static std::vector<std::uint8_t> encodeMyNumber(const std::string& twelveDigits);
    static std::vector<std::uint8_t> encodeBasicFour(const BasicFour& data);
};

} // namespace madoguchi::smartcard
