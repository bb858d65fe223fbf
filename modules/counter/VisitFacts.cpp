#include "counter/VisitFacts.h"

namespace madoguchi::counter {

namespace {

QDate parseDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

VisitFacts VisitFacts::fromRecord(const sync::ResidentRecord& record, const QDate& visitDate,
                                  const QHash<QString, ConditionValue>& answers)
{
    VisitFacts facts;
    facts.setBirthDate(parseDate(record.birthDate), visitDate);
    if (record.sex == QLatin1String("male") || record.sex == QLatin1String("female"))
        facts.setKnown(sex, record.sex);
    if (record.status == QLatin1String("resident") || record.status == QLatin1String("movedOut"))
        facts.setKnown(residentStatus, record.status);
    if (!record.residentId.isEmpty() && !record.household.headResidentId.isEmpty())
        facts.setKnown(isHouseholdHead, record.household.headResidentId == record.residentId);
    facts.m_answers = answers;
    return facts;
}

void VisitFacts::setHousehold(const QList<sync::ResidentRecord>& members, const QDate& visitDate)
{
    int children = 0;
    int pupils = 0;
    for (const sync::ResidentRecord& member : members) {
        if (member.status == QLatin1String("movedOut"))
            continue;
        const QDate birth = parseDate(member.birthDate);
        const std::optional<int> years = ageOn(birth, visitDate);
        if (years && *years < 18)
            ++children;
        if (isCompulsorySchoolAge(birth, visitDate))
            ++pupils;
    }
    setKnown(childrenUnder18InHousehold, children);
    setKnown(schoolAgeChildren, pupils);
}

void VisitFacts::setBirthDate(const QDate& birthDate, const QDate& visitDate)
{
    if (const std::optional<int> years = ageOn(birthDate, visitDate))
        setKnown(age, *years);
    else
        m_known.remove(age);
}

void VisitFacts::setKnown(const QString& fact, const ConditionValue& value)
{
    m_known.insert(fact, value);
}

void VisitFacts::answer(const QString& fact, const ConditionValue& value)
{
    m_answers.insert(fact, value);
}

void VisitFacts::forgetAnswer(const QString& fact)
{
    m_answers.remove(fact);
}

std::optional<ConditionValue> VisitFacts::value(const QString& fact) const
{
    if (const auto known = m_known.constFind(fact); known != m_known.constEnd())
        return known.value();
    if (const auto answered = m_answers.constFind(fact); answered != m_answers.constEnd())
        return answered.value();
    return std::nullopt;
}

std::optional<int> VisitFacts::ageOn(const QDate& birthDate, const QDate& on)
{
    if (!birthDate.isValid() || !on.isValid() || on < birthDate)
        return std::nullopt;
    int years = on.year() - birthDate.year();
    // A 29 February birthday counts from 1 March in common years (QDate compares month, day).
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --years;
    return years;
}

bool VisitFacts::isCompulsorySchoolAge(const QDate& birthDate, const QDate& on)
{
    if (!on.isValid())
        return false;
    // The Japanese school year starts on 1 April; a child born on 1 April joins the year above,
    // which "age on 1 April" gives directly.
    const QDate yearStart(on.month() >= 4 ? on.year() : on.year() - 1, 4, 1);
    const std::optional<int> years = ageOn(birthDate, yearStart);
    return years && *years >= 6 && *years <= 14;
}

} // namespace madoguchi::counter
