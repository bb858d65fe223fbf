// The document template loader (a ward's JSON layouts) and the filler: arbitrary bytes as a
// template. Invariants: no crash; every problem says what and where ("fuzz.json:<line>..."); a
// template that loads fills from empty data either completely or with an error that names the
// file and the element.
#include "FuzzCheck.h"
#include "documents/TemplateFiller.h"
#include "documents/TemplateLoader.h"

#include <cstddef>
#include <cstdint>

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.json");
    const QList<Error> problems = TemplateLoader::problems(json, file);
    for (const Error& problem : problems) {
        FUZZ_CHECK(!problem.code.isEmpty() && !problem.message.isEmpty(), problem.toString());
        FUZZ_CHECK(problem.where.startsWith(QLatin1String("fuzz.json:")), problem.where);
    }
    auto parsed = TemplateLoader::parse(json, file);
    FUZZ_CHECK(parsed.ok() == problems.isEmpty(), file);
    if (!parsed)
        return 0;

    auto filled = TemplateFiller::fill(parsed.value(), QVariantMap());
    if (filled) {
        FUZZ_CHECK(filled.value().pages.size() == 1, file);
        FUZZ_CHECK(filled.value().pages.first().elements.size() == parsed.value().elements.size(), file);
    } else {
        FUZZ_CHECK(filled.error().code == QLatin1String("template.field"), filled.error().toString());
        FUZZ_CHECK(filled.error().where.startsWith(QLatin1String("fuzz.json:")), filled.error().where);
    }
    return 0;
}
