#include "smartcard/BerTlv.h"

#include "smartcard/Hex.h"

#include <string>

namespace madoguchi::smartcard {

namespace {

CardError tlvError(const std::string& what, std::size_t offset, std::uint32_t tag, bool tagKnown)
{
    std::string detail = what + " at offset " + std::to_string(offset);
    if (tagKnown)
        detail += " (tag " + tagHex(tag) + ")";
    return makeCardError(CardErrorCode::MalformedTlv, std::move(detail));
}

// Where the trailing run of 00/FF padding in [begin, end) starts: no object begins there.
std::size_t fillerStart(const std::uint8_t* data, std::size_t begin, std::size_t end)
{
    std::size_t i = end;
    while (i > begin && (data[i - 1] == 0x00 || data[i - 1] == 0xFF))
        --i;
    return i;
}

} // namespace

CardResult<std::vector<BerTlv>> BerTlv::parseAll(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return std::vector<BerTlv>{};
    return parseRange(data, 0, size, 0);
}

CardResult<std::vector<BerTlv>> BerTlv::parseAll(const std::vector<std::uint8_t>& data)
{
    return parseAll(data.data(), data.size());
}

CardResult<std::vector<BerTlv>> BerTlv::parseRange(const std::uint8_t* data, std::size_t begin,
                                                   std::size_t end, int depth)
{
    if (depth > kMaxDepth)
        return tlvError("nesting deeper than " + std::to_string(kMaxDepth), begin, 0, false);
    std::vector<BerTlv> objects;
    std::size_t pos = begin;
    // Computed once, so a range of many small objects is not rescanned for each of them. An
    // object that starts before the filler keeps its own trailing FF bytes.
    const std::size_t filler = fillerStart(data, begin, end);
    while (pos < end) {
        if (pos >= filler)
            break;
        if (data[pos] == 0x00) { // ISO 7816-4: 00 may sit before and between objects
            ++pos;
            continue;
        }
        BerTlv obj;
        obj.m_offset = pos;
        // Tag: low five bits all set means more tag bytes follow, each with b8 set but the
        // last. Non-minimal forms (FF 10 for tag number 16) are accepted as written.
        const std::uint8_t first = data[pos++];
        std::uint32_t tag = first;
        obj.m_constructed = (first & 0x20) != 0;
        if ((first & 0x1F) == 0x1F) {
            std::size_t tagBytes = 1;
            for (;;) {
                if (pos >= end)
                    return tlvError("tag runs off the end", obj.m_offset, tag, true);
                if (++tagBytes > kMaxTagBytes)
                    return tlvError("tag longer than 4 bytes", obj.m_offset, tag, true);
                const std::uint8_t b = data[pos++];
                tag = tag << 8 | b;
                if ((b & 0x80) == 0)
                    break;
            }
        }
        obj.m_tag = tag;
        // Length
        if (pos >= end)
            return tlvError("length missing", pos, tag, true);
        const std::uint8_t lengthByte = data[pos++];
        std::uint64_t length = lengthByte;
        if (lengthByte == 0x80)
            return tlvError("indefinite length", pos - 1, tag, true);
        if (lengthByte > 0x80) {
            const std::size_t count = lengthByte & 0x7F;
            if (count > 4)
                return tlvError("length of " + std::to_string(count) + " bytes", pos - 1, tag, true);
            if (end - pos < count)
                return tlvError("length field runs off the end", pos - 1, tag, true);
            // Leading zero bytes (82 00 9F) are accepted: the card writes them.
            length = 0;
            for (std::size_t i = 0; i < count; ++i)
                length = length << 8 | data[pos++];
        }
        if (length > end - pos) {
            return tlvError("length " + std::to_string(length) + " runs beyond the buffer (" +
                                std::to_string(end - pos) + " bytes left)",
                            obj.m_offset, tag, true);
        }
        obj.m_valueOffset = pos;
        const std::size_t valueEnd = pos + static_cast<std::size_t>(length);
        obj.m_value.assign(data + pos, data + valueEnd);
        if (obj.m_constructed) {
            // The card sets the constructed bit on objects that hold plain bytes (FF 10 holds
            // 12 ASCII digits), so content that does not parse is kept as a value and the
            // reason is kept for the decoders that do expect children.
            auto children = parseRange(data, pos, valueEnd, depth + 1);
            if (children.ok())
                obj.m_children = std::move(children).value();
            else
                obj.m_childError = children.error();
        }
        pos = valueEnd;
        objects.push_back(std::move(obj));
    }
    return objects;
}

std::vector<std::uint8_t> BerTlv::encodeLength(std::size_t length)
{
    if (length < 0x80)
        return {static_cast<std::uint8_t>(length)};
    std::vector<std::uint8_t> bytes;
    for (std::size_t rest = length; rest != 0; rest >>= 8)
        bytes.insert(bytes.begin(), static_cast<std::uint8_t>(rest & 0xFF));
    bytes.insert(bytes.begin(), static_cast<std::uint8_t>(0x80 | bytes.size()));
    return bytes;
}

std::vector<std::uint8_t> BerTlv::encode(std::uint32_t tag, const std::vector<std::uint8_t>& value)
{
    std::vector<std::uint8_t> out;
    bool started = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto b = static_cast<std::uint8_t>(tag >> shift);
        if (!started && b == 0 && shift > 0)
            continue;
        started = true;
        out.push_back(b);
    }
    const std::vector<std::uint8_t> length = encodeLength(value.size());
    out.insert(out.end(), length.begin(), length.end());
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

const BerTlv* BerTlv::find(std::uint32_t tag) const
{
    return find(m_children, tag);
}

const BerTlv* BerTlv::find(const std::vector<BerTlv>& objects, std::uint32_t tag)
{
    for (const BerTlv& obj : objects) {
        if (obj.m_tag == tag)
            return &obj;
        if (const BerTlv* inner = obj.find(tag))
            return inner;
    }
    return nullptr;
}

} // namespace madoguchi::smartcard
