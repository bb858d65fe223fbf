#include "smartcard/Hex.h"

namespace madoguchi::smartcard {

namespace {
constexpr char kDigits[] = "0123456789ABCDEF";
}

std::string toHex(const std::uint8_t* data, std::size_t size)
{
    std::string out;
    out.reserve(size * 3);
    for (std::size_t i = 0; i < size; ++i) {
        if (i > 0)
            out += ' ';
        out += kDigits[data[i] >> 4];
        out += kDigits[data[i] & 0x0F];
    }
    return out;
}

std::string toHex(const std::vector<std::uint8_t>& bytes)
{
    return toHex(bytes.data(), bytes.size());
}

std::string tagHex(std::uint32_t tag)
{
    std::string out;
    bool started = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto b = static_cast<std::uint8_t>(tag >> shift);
        if (!started && b == 0 && shift > 0)
            continue;
        started = true;
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0F];
    }
    return out;
}

} // namespace madoguchi::smartcard
