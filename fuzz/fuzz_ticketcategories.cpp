// The queue's ticket categories (a ward's JSON file): arbitrary bytes as the file. Invariants: no
// crash; every problem says what and where ("fuzz.json:<line>..."); a file that loads has unique
// ids and prefixes, each prefix one capital letter, both titles, and a scope that only names its
// own categories.
#include "FuzzCheck.h"
#include "counter/TicketCategoryLoader.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace madoguchi;
using namespace madoguchi::counter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.json");
    const QList<Error> problems = TicketCategoryLoader::problems(json, file);
    for (const Error& problem : problems) {
        FUZZ_CHECK(problem.code.startsWith(QLatin1String("queue.categories.")) && !problem.message.isEmpty(),
                   problem.toString());
        FUZZ_CHECK(problem.where.startsWith(QLatin1String("fuzz.json:")), problem.where);
    }
    Result<TicketCategories> parsed = TicketCategoryLoader::parse(json, file);
    FUZZ_CHECK(parsed.ok() == problems.isEmpty(), file);
    if (!parsed)
        return 0;
    QSet<QString> ids;
    QSet<QString> prefixes;
    for (const TicketCategory& category : parsed.value().all()) {
        FUZZ_CHECK(!category.id.isEmpty() && !ids.contains(category.id), category.id);
        FUZZ_CHECK(category.prefix.size() == 1 && category.prefix.at(0).isUpper() &&
                       !prefixes.contains(category.prefix),
                   category.prefix);
        FUZZ_CHECK(!category.titleJa.isEmpty() && !category.titleEn.isEmpty(), category.id);
        ids.insert(category.id);
        prefixes.insert(category.prefix);
        const QueueScope scope = parsed.value().scopeFor(category.counters.value(0), category.departments);
        for (const QString& id : scope.categoryIds)
            FUZZ_CHECK(parsed.value().find(id) != nullptr, id);
    }
    FUZZ_CHECK(!parsed.value().isEmpty(), file);
    return 0;
}
