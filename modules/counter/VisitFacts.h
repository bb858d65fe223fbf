#pragma once

#include "counter/ConditionValue.h"

#include "sync/ResidentRecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::counter {

// What the navigator knows about the person a visit is for: facts derived from the resident
// record (and other sources the counter has, such as the household list or the card read) and
// the clerk's answers to the catalog's questions. Known facts win over answers, so an answer
// only fills what the record lacks. Pure data; no I/O.
class VisitFacts
{
public:
    // Fact ids the code derives or fills itself.
    static inline const QString age = QStringLiteral("age");
    static inline const QString sex = QStringLiteral("sex");
    static inline const QString residentStatus = QStringLiteral("residentStatus");
    static inline const QString isHouseholdHead = QStringLiteral("isHouseholdHead");
    static inline const QString childrenUnder18InHousehold = QStringLiteral("childrenUnder18InHousehold");
    static inline const QString schoolAgeChildren = QStringLiteral("schoolAgeChildren");
    static inline const QString hasSealRegistration = QStringLiteral("hasSealRegistration");
    static inline const QString hasMyNumberCard = QStringLiteral("hasMyNumberCard");

    VisitFacts() = default;

    // age on `visitDate` (from birthDate), sex, residentStatus and isHouseholdHead, each only
    // when the record holds a usable value; then the clerk's `answers`.
    static VisitFacts fromRecord(const sync::ResidentRecord& record, const QDate& visitDate,
                                 const QHash<QString, ConditionValue>& answers = {});

    // childrenUnder18InHousehold and schoolAgeChildren counted from the members of the
    // household (the resident included; records with status "movedOut" are not counted).
    void setHousehold(const QList<sync::ResidentRecord>& members, const QDate& visitDate);
    // age from a birth date, for a person without a record yet (moving in, identified by card).
    void setBirthDate(const QDate& birthDate, const QDate& visitDate);

    // A fact the counter knows from a source other than the clerk (e.g. hasMyNumberCard after a
    // card read).
    void setKnown(const QString& fact, const ConditionValue& value);
    void answer(const QString& fact, const ConditionValue& value);
    void forgetAnswer(const QString& fact);

    std::optional<ConditionValue> value(const QString& fact) const;
    bool has(const QString& fact) const { return value(fact).has_value(); }
    bool isAnswered(const QString& fact) const { return m_answers.contains(fact); }
    const QHash<QString, ConditionValue>& answers() const { return m_answers; }

    // Whole years on `on` (the birthday counts from the day itself); nullopt when either date
    // is invalid or `on` is before the birth.
    static std::optional<int> ageOn(const QDate& birthDate, const QDate& on);
    // 義務教育: a child is of compulsory school age in the school year (from 1 April) that `on`
    // falls in when it was 6 to 14 years old on that 1 April (elementary year 1 to junior-high
    // year 3).
    static bool isCompulsorySchoolAge(const QDate& birthDate, const QDate& on);

private:
    QHash<QString, ConditionValue> m_known;
    QHash<QString, ConditionValue> m_answers;
};

} // namespace madoguchi::counter
