// Csv::parse on arbitrary bytes (settlement files, resident extracts and exports share it).
// Invariants: an error names a place; a parsed file written back with formatRecord parses to
// the same fields, so nothing read is ever dropped, split or merged.
#include "FuzzCheck.h"
#include "common/Csv.h"

#include <cstddef>
#include <cstdint>

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = Csv::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error().message.isEmpty() && parsed.error().where.startsWith(u"fuzz.csv:"),
                   QString::fromUtf8(bytes));
        return 0;
    }
    QByteArray written;
    for (const Csv::Record& record : parsed.value())
        written += Csv::formatRecord(record.fields);
    const auto again = Csv::parse(written, QStringLiteral("again.csv"));
    FUZZ_CHECK(again.ok(), QString::fromUtf8(written));
    FUZZ_CHECK(again.value().size() == parsed.value().size(), QString::fromUtf8(written));
    for (qsizetype i = 0; i < again.value().size(); ++i)
        FUZZ_CHECK(again.value().at(i).fields == parsed.value().at(i).fields, QString::fromUtf8(written));
    return 0;
}
