// Money::parse on arbitrary UTF-8. Invariants: format() and formatWithSymbol() parse back to
// the same amount; add/sub/multiply succeed exactly when the 128-bit result fits in qint64.
#include "FuzzCheck.h"
#include "common/Money.h"

#include <cstddef>
#include <cstdint>
#include <limits>

using namespace madoguchi;

namespace {

bool fits(__int128 v)
{
    return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto r = Money::parse(text);
    if (!r.ok()) {
        FUZZ_CHECK(!r.error().code.isEmpty() && !r.error().message.isEmpty(), text);
        return 0;
    }
    const Money m = r.value();
    const auto plain = Money::parse(m.format());
    FUZZ_CHECK(plain.ok() && plain.value() == m, text + u" → " + m.format());
    const auto symbol = Money::parse(m.formatWithSymbol());
    FUZZ_CHECK(symbol.ok() && symbol.value() == m, text + u" → " + m.formatWithSymbol());

    const __int128 y = m.yen();
    const Money other = Money::fromYen(qint64(size) * 1000003 - 7);
    const __int128 o = other.yen();
    const auto sum = m.add(other);
    FUZZ_CHECK(sum.ok() == fits(y + o) && (!sum.ok() || sum.value().yen() == y + o), text);
    const auto diff = m.sub(other);
    FUZZ_CHECK(diff.ok() == fits(y - o) && (!diff.ok() || diff.value().yen() == y - o), text);
    const auto twice = m.multiply(-2);
    FUZZ_CHECK(twice.ok() == fits(y * -2) && (!twice.ok() || twice.value().yen() == y * -2), text);
    return 0;
}
