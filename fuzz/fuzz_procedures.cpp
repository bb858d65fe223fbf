// The procedure catalog loader (a ward's JSON files) and the navigator over what it accepts, on
// arbitrary bytes. The first byte picks the file the rest replaces in a small valid catalog of
// three files (0 life-events.json, 1 procedures.json, 2 questions.json, 3 an added ward file),
// so references between files are exercised too; the base is small so that the fuzzer's input,
// not the base, takes the time. Invariants: every problem is procedures.syntax or
// procedures.invalid with a message and a place in one of the files; the load fails exactly
// when there are problems, with the first of them; a catalog that loads lists only procedures
// it has, and the navigator offers each procedure once and asks only about known facts.
#include "FuzzCheck.h"
#include "counter/Navigator.h"
#include "counter/ProcedureCatalog.h"
#include "counter/VisitFacts.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace madoguchi;
using namespace madoguchi::counter;

namespace {

const QList<CatalogSource>& base()
{
    static const QList<CatalogSource> sources{
        {QStringLiteral("life-events.json"),
         R"({"format": "madoguchi-procedures", "version": 1, "lifeEvents": [
  {"id": "death", "title": {"ja": "死亡", "en": "Death"},
   "procedures": ["sosaihi", {"procedure": "juminhyo", "condition": {"fact": "ownsDog", "eq": false}}]}]}
)"},
        {QStringLiteral("procedures.json"),
         R"({"format": "madoguchi-procedures", "version": 1, "procedures": [
  {"id": "juminhyo", "title": {"ja": "住民票", "en": "Residence record"},
   "department": {"ja": "戸籍住民課", "en": "Resident Records"}, "documents": [{"ja": "本人確認書類", "en": "ID"}],
   "forms": ["forms/shomeisho-kofu-seikyu"], "certificates": [{"type": "juminhyo", "copies": 1, "feeYen": 300}]},
  {"id": "sosaihi", "title": {"ja": "葬祭費", "en": "Funeral grant"},
   "department": {"ja": "国保年金課", "en": "NHI"}, "documents": [],
   "condition": {"any": [{"fact": "age", "gte": 75}, {"not": {"fact": "insuranceType", "in": ["employee"]}}]}}]}
)"},
        {QStringLiteral("questions.json"),
         R"({"format": "madoguchi-procedures", "version": 1, "questions": [
  {"id": "insuranceType", "label": {"ja": "保険", "en": "Insurance"}, "type": "choice",
   "choices": [{"id": "nhi", "label": {"ja": "国保", "en": "NHI"}}, {"id": "employee", "label": {"ja": "社保", "en": "Employee"}}]},
  {"id": "ownsDog", "label": {"ja": "犬", "en": "Dog"}, "type": "bool"},
  {"id": "childrenUnder18InHousehold", "label": {"ja": "子", "en": "Children"}, "type": "int"}]}
)"}};
    return sources;
}

void checkOffer(const ProcedureCatalog& catalog, const NavigatorOffer& offer)
{
    QSet<QString> seen;
    for (const OfferedProcedure& offered : offer.procedures + offer.notApplicable) {
        FUZZ_CHECK(!seen.contains(offered.procedure.id), offered.procedure.id);
        seen.insert(offered.procedure.id);
        FUZZ_CHECK(catalog.procedure(offered.procedure.id), offered.procedure.id);
        FUZZ_CHECK((offered.state == OfferState::AskFirst) == !offered.questions.isEmpty(),
                   offered.procedure.id);
    }
    for (const QString& question : offer.questions)
        FUZZ_CHECK(catalog.fact(question), question);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static const bool baseLoads = ProcedureCatalog::fromSources(base()).ok();
    FUZZ_CHECK(baseLoads, QStringLiteral("the base catalog of the fuzz target does not load"));
    QList<CatalogSource> sources = base();
    const QByteArray json(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const int pick = data[0] % 4;
    if (pick < 3)
        sources[pick].json = json;
    else
        sources.append(CatalogSource{QStringLiteral("ward.json"), json});

    const QList<Error> problems = ProcedureCatalog::problems(sources);
    for (const Error& problem : problems) {
        FUZZ_CHECK(problem.code == QLatin1String("procedures.syntax") ||
                       problem.code == QLatin1String("procedures.invalid"),
                   problem.toString());
        FUZZ_CHECK(!problem.message.isEmpty(), problem.toString());
        bool placed = false;
        for (const CatalogSource& source : sources)
            placed = placed || problem.where.startsWith(source.fileName + u':');
        FUZZ_CHECK(placed, problem.where);
    }
    const auto catalog = ProcedureCatalog::fromSources(sources);
    FUZZ_CHECK(catalog.ok() == problems.isEmpty(), QString::number(problems.size()));
    if (!catalog) {
        FUZZ_CHECK(catalog.error().where == problems.first().where, catalog.error().where);
        return 0;
    }

    QStringList events;
    for (const LifeEvent& event : catalog.value().lifeEvents()) {
        events << event.id;
        for (const LifeEventListing& listing : event.procedures)
            FUZZ_CHECK(catalog.value().procedure(listing.procedureId), listing.procedureId);
    }
    const Navigator navigator(catalog.value());
    VisitFacts nothingKnown;
    VisitFacts someKnown;
    someKnown.setBirthDate(QDate(1950, 1, 1), QDate(2025, 6, 2));
    someKnown.answer(QStringLiteral("insuranceType"), QStringLiteral("nhi"));
    someKnown.answer(VisitFacts::childrenUnder18InHousehold, 2);
    for (const VisitFacts* facts : {&nothingKnown, &someKnown}) {
        const auto offer = navigator.offer(events, *facts);
        FUZZ_CHECK(offer.ok(), offer ? QString() : offer.error().toString());
        checkOffer(catalog.value(), offer.value());
        for (const OfferedProcedure& offered : offer.value().procedures)
            (void)navigator.describeReasons(offered, QStringLiteral("ja"));
    }
    return 0;
}
