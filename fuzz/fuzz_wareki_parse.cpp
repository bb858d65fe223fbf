// Wareki::parse on arbitrary UTF-8. Invariants: a parsed date is valid; every style that
// format() prints parses back to the same date; the counter code round-trips; toWareki and
// fromWareki are inverse; errors always carry a code and a message.
#include "FuzzCheck.h"
#include "common/Wareki.h"

#include <cstddef>
#include <cstdint>

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const auto code = Wareki::parseCounterCode(text);
    FUZZ_CHECK(code.ok() || !code.error().message.isEmpty(), text);

    const auto r = Wareki::parse(text);
    if (!r.ok()) {
        FUZZ_CHECK(!r.error().code.isEmpty() && !r.error().message.isEmpty(), text);
        return 0;
    }
    const QDate d = r.value();
    FUZZ_CHECK(d.isValid(), text);
    for (Wareki::Style style : {Wareki::Style::Long, Wareki::Style::Numeric, Wareki::Style::Romaji}) {
        const QString printed = Wareki::format(d, style);
        if (printed.isEmpty())
            continue; // before 明治: no era form
        const auto back = Wareki::parse(printed);
        FUZZ_CHECK(back.ok() && back.value() == d, text + u" → " + printed);
    }
    const QString counter = Wareki::counterCode(d);
    if (!counter.isEmpty()) {
        const auto back = Wareki::parseCounterCode(counter);
        FUZZ_CHECK(back.ok() && back.value() == d, text + u" → " + counter);
    }
    if (const auto w = Wareki::toWareki(d)) {
        const auto back = Wareki::fromWareki(*w);
        FUZZ_CHECK(back.ok() && back.value() == d, text);
        const int fy = Wareki::fiscalYear(d);
        FUZZ_CHECK(fy == d.year() || fy == d.year() - 1, text);
        Wareki::formatFiscalYear(fy, Wareki::FiscalEraRule::EraAtStart);
        Wareki::formatFiscalYear(fy, Wareki::FiscalEraRule::EraAtEnd);
    }
    return 0;
}
