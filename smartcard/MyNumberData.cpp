#include "smartcard/MyNumberData.h"

#include "smartcard/BerTlv.h"
#include "smartcard/Utf8.h"

#include <cstdio>

namespace madoguchi::smartcard {

namespace {

constexpr std::uint32_t kMyNumberTag = 0xFF10;
constexpr std::uint32_t kBasicFourTag = 0xFF20;
constexpr std::uint32_t kOffsetsTag = 0xDF21;
constexpr std::uint32_t kNameTag = 0xDF22;
constexpr std::uint32_t kAddressTag = 0xDF23;
constexpr std::uint32_t kBirthDateTag = 0xDF24;
constexpr std::uint32_t kSexTag = 0xDF25;

std::string at(std::size_t offset)
{
    return " at offset " + std::to_string(offset);
}

bool isDigit(std::uint8_t c)
{
    return c >= '0' && c <= '9';
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

CardResult<std::string> utf8Field(const BerTlv& field, const char* name)
{
    const std::vector<std::uint8_t>& v = field.value();
    if (const auto problem = findInvalidUtf8(v.data(), v.size())) {
        return makeCardError(CardErrorCode::InvalidUtf8, std::string(name) + ": " + problem->reason +
                                                             at(field.valueOffset() + problem->offset));
    }
    return std::string(v.begin(), v.end());
}

std::vector<std::uint8_t> bytesOf(const std::string& s)
{
    return std::vector<std::uint8_t>(s.begin(), s.end());
}

} // namespace

int MyNumberData::checkDigit(const std::string& first11)
{
    if (first11.size() != 11)
        return -1;
    // Pn is the n-th digit from the right, Qn = n + 1 for n ≤ 6 and n - 5 above (2..7, 2..6).
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const char c = first11[static_cast<std::size_t>(11 - n)];
        if (!isDigit(static_cast<std::uint8_t>(c)))
            return -1;
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += (c - '0') * q;
    }
    const int remainder = sum % 11;
    return remainder <= 1 ? 0 : 11 - remainder;
}

CardResult<Done> MyNumberData::verifyMyNumber(const std::string& twelveDigits)
{
    if (twelveDigits.size() != 12)
        return makeCardError(CardErrorCode::InvalidMyNumber,
                             std::to_string(twelveDigits.size()) + " characters");
    for (std::size_t i = 0; i < twelveDigits.size(); ++i) {
        if (!isDigit(static_cast<std::uint8_t>(twelveDigits[i])))
            return makeCardError(CardErrorCode::InvalidMyNumber,
                                 "non-digit at position " + std::to_string(i));
    }
    if (checkDigit(twelveDigits.substr(0, 11)) != twelveDigits[11] - '0')
        return makeCardError(CardErrorCode::CheckDigitMismatch, "check digit");
    return Done{};
}

CardResult<std::string> MyNumberData::decodeMyNumber(const std::uint8_t* data, std::size_t size)
{
    auto parsed = BerTlv::parseAll(data, size);
    if (!parsed.ok())
        return parsed.error();
    const BerTlv* field = BerTlv::find(parsed.value(), kMyNumberTag);
    if (!field)
        return makeCardError(CardErrorCode::MissingField, "FF10 (My Number) not found");
    const std::vector<std::uint8_t>& v = field->value();
    if (v.size() != 12) {
        return makeCardError(CardErrorCode::InvalidMyNumber,
                             "FF10 holds " + std::to_string(v.size()) + " bytes" + at(field->offset()));
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!isDigit(v[i]))
            return makeCardError(CardErrorCode::InvalidMyNumber,
                                 "FF10: non-digit" + at(field->valueOffset() + i));
    }
    std::string number(v.begin(), v.end());
    auto check = verifyMyNumber(number);
    if (!check.ok()) {
        CardError e = check.error();
        e.detail = "FF10: " + e.detail + at(field->valueOffset() + 11);
        return e;
    }
    return number;
}

CardResult<BirthDate> MyNumberData::parseBirthDate(const std::string& s)
{
    if (s.size() != 8)
        return makeCardError(CardErrorCode::InvalidDate,
                             std::to_string(s.size()) + " characters, not YYYYMMDD");
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!isDigit(static_cast<std::uint8_t>(s[i])))
            return makeCardError(CardErrorCode::InvalidDate, "non-digit at position " + std::to_string(i));
    }
    BirthDate d;
    d.year = std::stoi(s.substr(0, 4));
    d.month = std::stoi(s.substr(4, 2));
    d.day = std::stoi(s.substr(6, 2));
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1 || d.month < 1 || d.month > 12)
        return makeCardError(CardErrorCode::InvalidDate, "no such year or month");
    const int last = kDays[d.month - 1] + (d.month == 2 && isLeapYear(d.year) ? 1 : 0);
    if (d.day < 1 || d.day > last)
        return makeCardError(CardErrorCode::InvalidDate, "no such day in that month");
    return d;
}

CardResult<BasicFour> MyNumberData::decodeBasicFour(const std::uint8_t* data, std::size_t size)
{
    auto parsed = BerTlv::parseAll(data, size);
    if (!parsed.ok())
        return parsed.error();
    const BerTlv* root = BerTlv::find(parsed.value(), kBasicFourTag);
    if (!root)
        return makeCardError(CardErrorCode::MissingField, "FF20 (basic four) not found");
    if (root->childError())
        return *root->childError();
    // DF 21 holds the offsets of the four objects. They repeat what the tags say, so the
    // fields are found by tag: that works whatever length form the card used for FF 20.
    const auto field = [&](std::uint32_t tag) -> const BerTlv* {
        for (const BerTlv& child : root->children()) {
            if (child.tag() == tag)
                return &child;
        }
        return nullptr;
    };
    const BerTlv* name = field(kNameTag);
    const BerTlv* address = field(kAddressTag);
    const BerTlv* birth = field(kBirthDateTag);
    const BerTlv* sex = field(kSexTag);
    if (!name || name->value().empty())
        return makeCardError(CardErrorCode::MissingField, "DF22 (name) missing or empty");
    if (!address)
        return makeCardError(CardErrorCode::MissingField, "DF23 (address) missing");
    if (!birth)
        return makeCardError(CardErrorCode::MissingField, "DF24 (birth date) missing");
    if (!sex)
        return makeCardError(CardErrorCode::MissingField, "DF25 (sex) missing");

    BasicFour out;
    auto nameText = utf8Field(*name, "DF22 (name)");
    if (!nameText.ok())
        return nameText.error();
    out.name = std::move(nameText).value();
    auto addressText = utf8Field(*address, "DF23 (address)");
    if (!addressText.ok())
        return addressText.error();
    out.address = std::move(addressText).value();

    auto date = parseBirthDate(std::string(birth->value().begin(), birth->value().end()));
    if (!date.ok()) {
        CardError e = date.error();
        e.detail = "DF24 (birth date): " + e.detail + at(birth->valueOffset());
        return e;
    }
    out.birthDate = date.value();

    const std::vector<std::uint8_t>& sexValue = sex->value();
    if (sexValue.size() != 1)
        return makeCardError(CardErrorCode::InvalidSex,
                             "DF25 holds " + std::to_string(sexValue.size()) + " bytes" + at(sex->offset()));
    switch (sexValue[0]) {
    case '1':
        out.sex = Sex::Male;
        break;
    case '2':
        out.sex = Sex::Female;
        break;
    case '9':
        out.sex = Sex::NotApplicable;
        break;
    default:
        return makeCardError(CardErrorCode::InvalidSex, "DF25 value" + at(sex->valueOffset()));
    }
    return out;
}

CardResult<JpkiCardKind> MyNumberData::parseJpkiToken(const std::uint8_t* data, std::size_t size)
{
    std::size_t end = size;
    while (end > 0 && (data[end - 1] == ' ' || data[end - 1] == 0x00 || data[end - 1] == 0xFF))
        --end;
    const std::string token(data, data + end);
    if (token == "JPKIAPICCTOKEN2")
        return JpkiCardKind::MyNumberCard;
    if (token == "JPKIAPICCTOKEN")
        return JpkiCardKind::JukiCard;
    return makeCardError(CardErrorCode::UnknownToken,
                         "EF0006 holds " + std::to_string(end) + " unexpected bytes");
}

CardResult<std::size_t> MyNumberData::certificateLength(const std::uint8_t* header, std::size_t size)
{
    if (size < 4)
        return makeCardError(CardErrorCode::InvalidCertificateHeader,
                             "header of " + std::to_string(size) + " bytes, need 4");
    // Every certificate on the card is 1.5-1.8 KB: a SEQUENCE with a two-byte length. Any
    // other form means the file is not what we expect, so it is refused rather than guessed.
    if (header[0] != 0x30 || header[1] != 0x82) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "starts %02X %02X, expected 30 82", header[0], header[1]);
        return makeCardError(CardErrorCode::InvalidCertificateHeader, buf);
    }
    return static_cast<std::size_t>(header[2] << 8 | header[3]) + 4;
}

std::vector<std::uint8_t> MyNumberData::encodeMyNumber(const std::string& twelveDigits)
{
    std::vector<std::uint8_t> out = BerTlv::encode(kMyNumberTag, bytesOf(twelveDigits));
    out.push_back(0xFF); // the card's filler: the file is 17 bytes
    out.push_back(0xFF);
    return out;
}

std::vector<std::uint8_t> MyNumberData::encodeBasicFour(const BasicFour& data)
{
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02d%02d", data.birthDate.year % 10000, data.birthDate.month % 100,
                  data.birthDate.day % 100);
    const char sex = data.sex == Sex::Male ? '1' : data.sex == Sex::Female ? '2' : '9';
    const std::vector<std::vector<std::uint8_t>> fields{
        BerTlv::encode(kNameTag, bytesOf(data.name)), BerTlv::encode(kAddressTag, bytesOf(data.address)),
        BerTlv::encode(kBirthDateTag, bytesOf(date)),
        BerTlv::encode(kSexTag, {static_cast<std::uint8_t>(sex)})};
    std::size_t contentSize = 3 + 8; // DF 21 08 + four offsets
    for (const auto& f : fields)
        contentSize += f.size();
    // The offsets count from the start of the file, so they depend on the header's length form.
    std::size_t pos = 2 + BerTlv::encodeLength(contentSize).size() + 3 + 8;
    std::vector<std::uint8_t> offsets;
    for (const auto& f : fields) {
        offsets.push_back(static_cast<std::uint8_t>(pos >> 8));
        offsets.push_back(static_cast<std::uint8_t>(pos & 0xFF));
        pos += f.size();
    }
    std::vector<std::uint8_t> content = BerTlv::encode(kOffsetsTag, offsets);
    for (const auto& f : fields)
        content.insert(content.end(), f.begin(), f.end());
    return BerTlv::encode(kBasicFourTag, content);
}

} // namespace madoguchi::smartcard
