#pragma once

#include "smartcard/CardResult.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace madoguchi::smartcard {

// One BER-TLV object with its children when constructed. The parser is lenient the way the
// My Number card needs (see mynumber-card.md, "Data formats"):
//  - multi-byte tags, also non-minimal ones such as FF 10 or DF 21 (kept as written: 0xFF10);
//  - short and long lengths 81..84, also non-minimal ones with leading zeros (82 00 9F);
//  - 00 bytes before or between objects and a trailing run of 00/FF filler are skipped
//    (ISO/IEC 7816-4 allows both; the card pads EF 0001 with FF FF).
// A constructed object's value is parsed into children when it parses (see childError()).
// It never reads outside the buffer; every error names the offset (from the start of the
// buffer given to parse) and the tag. Indefinite lengths (80) are refused: DER and the card
// never use them.
class BerTlv
{
public:
    static constexpr int kMaxDepth = 16; // deeper nesting is an error, not a stack overflow
    static constexpr std::size_t kMaxTagBytes = 4;

    // Every top-level object in the buffer, constructed ones parsed recursively.
    static CardResult<std::vector<BerTlv>> parseAll(const std::uint8_t* data, std::size_t size);
    static CardResult<std::vector<BerTlv>> parseAll(const std::vector<std::uint8_t>& data);

    // Tag ‖ minimal length ‖ value. The tag is written big-endian without leading zero bytes
    // (0xDF21 → DF 21, 0x30 → 30); the caller passes a well-formed tag.
    static std::vector<std::uint8_t> encode(std::uint32_t tag, const std::vector<std::uint8_t>& value);
    // The length field alone, minimal: 0..127 in one byte, then 81/82/83/84.
    static std::vector<std::uint8_t> encodeLength(std::size_t length);

    std::uint32_t tag() const { return m_tag; }
    bool isConstructed() const { return m_constructed; }
    const std::vector<std::uint8_t>& value() const { return m_value; }
    const std::vector<BerTlv>& children() const { return m_children; }
    std::size_t offset() const { return m_offset; }           // of the first tag byte
    std::size_t valueOffset() const { return m_valueOffset; } // of the first value byte
    std::size_t end() const { return m_valueOffset + m_value.size(); }

    // Set when the object is constructed but its value is not a list of objects; children()
    // is then empty. Says at which offset and tag the inner parse failed.
    const std::optional<CardError>& childError() const { return m_childError; }

    // Depth-first search below this object (not the object itself).
    const BerTlv* find(std::uint32_t tag) const;
    // Depth-first search through a parsed list and everything below it.
    static const BerTlv* find(const std::vector<BerTlv>& objects, std::uint32_t tag);

private:
    static CardResult<std::vector<BerTlv>> parseRange(const std::uint8_t* data, std::size_t begin,
                                                      std::size_t end, int depth);

    std::uint32_t m_tag = 0;
    bool m_constructed = false;
    std::vector<std::uint8_t> m_value;
    std::vector<BerTlv> m_children;
    std::size_t m_offset = 0;
    std::size_t m_valueOffset = 0;
    std::optional<CardError> m_childError;
};

} // namespace madoguchi::smartcard
