#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace madoguchi::smartcard {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates (U+D800..DFFF), nothing above
// U+10FFFF, no stray or missing continuation bytes. Non-BMP characters and variation
// selectors (IVS, U+E0100..) are valid: names on the card use them and must pass intact.
struct Utf8Problem
{
    std::size_t offset; // of the first byte of the offending sequence
    const char* reason;
};

std::optional<Utf8Problem> findInvalidUtf8(const std::uint8_t* data, std::size_t size);

} // namespace madoguchi::smartcard
