#include "smartcard/Utf8.h"

namespace madoguchi::smartcard {

std::optional<Utf8Problem> findInvalidUtf8(const std::uint8_t* data, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        const std::uint8_t lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t more = 0;
        std::uint32_t cp = 0;
        std::uint32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
            cp = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            more = 2;
            cp = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            cp = lead & 0x07;
            minimum = 0x10000;
        } else if (lead == 0xC0 || lead == 0xC1) {
            return Utf8Problem{i, "overlong sequence"};
        } else if (lead < 0xC0) {
            return Utf8Problem{i, "continuation byte without a lead byte"};
        } else {
            return Utf8Problem{i, "byte not allowed in UTF-8"};
        }
        if (size - i - 1 < more)
            return Utf8Problem{i, "truncated sequence"};
        for (std::size_t k = 1; k <= more; ++k) {
            const std::uint8_t c = data[i + k];
            if ((c & 0xC0) != 0x80)
                return Utf8Problem{i, "missing continuation byte"};
            cp = cp << 6 | (c & 0x3F);
        }
        if (cp < minimum)
            return Utf8Problem{i, "overlong sequence"};
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return Utf8Problem{i, "surrogate code point"};
        if (cp > 0x10FFFF)
            return Utf8Problem{i, "code point above U+10FFFF"};
        i += more + 1;
    }
    return std::nullopt;
}

} // namespace madoguchi::smartcard
