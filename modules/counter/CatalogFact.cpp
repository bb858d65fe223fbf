#include "counter/CatalogFact.h"

#include "counter/VisitFacts.h"

namespace madoguchi::counter {

namespace {

struct RecordLabel
{
    const char* id;
    const char* label;
};

// Labels of the built-in facts and their choices, translated at display time.
constexpr RecordLabel recordLabels[] = {
    {"age", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Age")},
    {"sex", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Sex")},
    {"sex.male", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Male")},
    {"sex.female", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Female")},
    {"residentStatus", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Resident status")},
    {"residentStatus.resident", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Resident")},
    {"residentStatus.movedOut", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Moved out")},
    {"isHouseholdHead", QT_TRANSLATE_NOOP("madoguchi::counter::CatalogFact", "Head of household")},
};

QString recordLabel(const QString& key)
{
    for (const RecordLabel& entry : recordLabels) {
        if (key == QLatin1String(entry.id))
            return CatalogFact::tr(entry.label);
    }
    return key;
}

CatalogFact recordFact(const QString& id, FactType type, const QStringList& choices = {})
{
    CatalogFact fact;
    fact.id = id;
    fact.source = CatalogFact::Source::Record;
    fact.type = type;
    for (const QString& choice : choices)
        fact.choices.append(CatalogChoice{choice, {}});
    return fact;
}

} // namespace

QString CatalogFact::labelIn(const QString& language) const
{
    return isQuestion() ? label.in(language) : recordLabel(id);
}

QString CatalogFact::choiceLabelIn(const QString& choiceId, const QString& language) const
{
    for (const CatalogChoice& choice : choices) {
        if (choice.id == choiceId)
            return isQuestion() ? choice.label.in(language) : recordLabel(id + u'.' + choiceId);
    }
    return choiceId;
}

bool CatalogFact::hasChoice(const QString& choiceId) const
{
    for (const CatalogChoice& choice : choices) {
        if (choice.id == choiceId)
            return true;
    }
    return false;
}

QList<CatalogFact> CatalogFact::recordFacts()
{
    return {recordFact(VisitFacts::age, FactType::Int),
            recordFact(VisitFacts::sex, FactType::Choice, {QStringLiteral("male"), QStringLiteral("female")}),
            recordFact(VisitFacts::residentStatus, FactType::Choice,
                       {QStringLiteral("resident"), QStringLiteral("movedOut")}),
            recordFact(VisitFacts::isHouseholdHead, FactType::Bool)};
}

std::optional<FactType> CatalogFact::fixedQuestionType(const QString& id)
{
    if (id == VisitFacts::childrenUnder18InHousehold || id == VisitFacts::schoolAgeChildren)
        return FactType::Int;
    if (id == VisitFacts::hasSealRegistration || id == VisitFacts::hasMyNumberCard)
        return FactType::Bool;
    return std::nullopt;
}

} // namespace madoguchi::counter
