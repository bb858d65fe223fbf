// The lenient BER-TLV parser and the APDU parsers on arbitrary bytes. Invariants: no read
// outside the input (ASan); every object lies inside its parent and its value is the input's
// bytes at valueOffset; a primitive object re-encodes and parses back to the same tag and
// value; every error is MalformedTlv with an offset; a command APDU that parses encodes back to
// the same bytes; a response splits into data and SW1 SW2.
#include "FuzzCheckStd.h"
#include "smartcard/Apdu.h"
#include "smartcard/BerTlv.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace madoguchi::smartcard;

namespace {

void checkObjects(const std::vector<BerTlv>& objects, const std::uint8_t* data, std::size_t begin,
                  std::size_t end, int depth)
{
    FUZZ_CHECK_STD(depth <= BerTlv::kMaxDepth, "depth");
    std::size_t previousEnd = begin;
    for (const BerTlv& o : objects) {
        FUZZ_CHECK_STD(o.offset() >= previousEnd, "objects overlap");
        FUZZ_CHECK_STD(o.offset() < o.valueOffset() && o.end() <= end, "object outside its parent");
        FUZZ_CHECK_STD(o.value().empty() ||
                           std::memcmp(o.value().data(), data + o.valueOffset(), o.value().size()) == 0,
                       "value differs from input");
        FUZZ_CHECK_STD(o.children().empty() || o.isConstructed(), "children of a primitive object");
        FUZZ_CHECK_STD(!o.childError() || o.childError()->code == CardErrorCode::MalformedTlv,
                       "child error code");
        checkObjects(o.children(), data, o.valueOffset(), o.end(), depth + 1);
        if (!o.isConstructed()) {
            const auto encoded = BerTlv::encode(o.tag(), o.value());
            auto back = BerTlv::parseAll(encoded);
            FUZZ_CHECK_STD(back.ok() && back.value().size() == 1, "re-encoded object does not parse");
            FUZZ_CHECK_STD(back.value()[0].tag() == o.tag() && back.value()[0].value() == o.value(),
                           "re-encoded object differs");
        }
        previousEnd = o.end();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto parsed = BerTlv::parseAll(data, size);
    if (parsed.ok()) {
        checkObjects(parsed.value(), data, 0, size, 0);
    } else {
        FUZZ_CHECK_STD(parsed.error().code == CardErrorCode::MalformedTlv, parsed.error().detail.c_str());
        FUZZ_CHECK_STD(parsed.error().detail.find("offset") != std::string::npos,
                       parsed.error().detail.c_str());
    }

    auto command = CommandApdu::parse(data, size);
    if (command.ok()) {
        const auto bytes = command.value().bytes();
        FUZZ_CHECK_STD(bytes.size() == size && std::memcmp(bytes.data(), data, size) == 0,
                       "command round trip");
        const std::string redacted = redactedHex(command.value());
        FUZZ_CHECK_STD(!redacted.empty(), "empty log line");
    } else {
        FUZZ_CHECK_STD(command.error().code == CardErrorCode::MalformedApdu, command.error().detail.c_str());
    }

    auto response = ResponseApdu::parse(data, size);
    FUZZ_CHECK_STD(response.ok() == (size >= 2), "response split");
    if (response.ok()) {
        FUZZ_CHECK_STD(response.value().bytes().size() == size, "response round trip");
        const StatusWord sw = response.value().statusWord();
        if (!sw.isOk())
            FUZZ_CHECK_STD(!messageFor(sw.toError(), Language::Japanese).empty(), "message");
    }
    return 0;
}
