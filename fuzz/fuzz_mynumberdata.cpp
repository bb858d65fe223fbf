// The identity decoders on arbitrary file contents. Invariants: no read outside the input;
// a decoded My Number is 12 digits with a valid check digit and survives encode/decode; a
// decoded basic four has valid UTF-8, a real date and survives encode/decode unchanged; the
// token and certificate-header checks never crash; every error has both messages.
#include "FuzzCheckStd.h"
#include "smartcard/MyNumberData.h"
#include "smartcard/Utf8.h"

#include <cstddef>
#include <cstdint>

using namespace madoguchi::smartcard;

namespace {

void checkError(const CardError& e)
{
    FUZZ_CHECK_STD(!e.detail.empty(), codeName(e.code));
    FUZZ_CHECK_STD(!messageFor(e, Language::Japanese).empty() && !messageFor(e, Language::English).empty(),
                   codeName(e.code));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto number = MyNumberData::decodeMyNumber(data, size);
    if (number.ok()) {
        FUZZ_CHECK_STD(MyNumberData::verifyMyNumber(number.value()).ok(), "decoded number fails its check");
        const auto file = MyNumberData::encodeMyNumber(number.value());
        auto back = MyNumberData::decodeMyNumber(file.data(), file.size());
        FUZZ_CHECK_STD(back.ok() && back.value() == number.value(), "My Number round trip");
    } else {
        checkError(number.error());
    }

    auto four = MyNumberData::decodeBasicFour(data, size);
    if (four.ok()) {
        const BasicFour& b = four.value();
        FUZZ_CHECK_STD(!b.name.empty(), "empty name");
        FUZZ_CHECK_STD(!findInvalidUtf8(reinterpret_cast<const std::uint8_t*>(b.name.data()), b.name.size()),
                       "name not UTF-8");
        FUZZ_CHECK_STD(
            !findInvalidUtf8(reinterpret_cast<const std::uint8_t*>(b.address.data()), b.address.size()),
            "address not UTF-8");
        const auto file = MyNumberData::encodeBasicFour(b);
        auto back = MyNumberData::decodeBasicFour(file.data(), file.size());
        FUZZ_CHECK_STD(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        const BasicFour& c = back.value();
        FUZZ_CHECK_STD(c.name == b.name && c.address == b.address && c.sex == b.sex, "basic four round trip");
        FUZZ_CHECK_STD(c.birthDate.year == b.birthDate.year && c.birthDate.month == b.birthDate.month &&
                           c.birthDate.day == b.birthDate.day,
                       "birth date round trip");
    } else {
        checkError(four.error());
    }

    auto token = MyNumberData::parseJpkiToken(data, size);
    if (!token.ok())
        checkError(token.error());
    auto length = MyNumberData::certificateLength(data, size);
    if (length.ok())
        FUZZ_CHECK_STD(length.value() >= 4 && length.value() <= 0xFFFF + 4, "certificate length");
    else
        checkError(length.error());
    return 0;
}
