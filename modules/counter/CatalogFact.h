#pragma once

#include "counter/CatalogText.h"
#include "counter/ConditionValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::counter {

struct CatalogChoice
{
    QString id; // "nhi"
    CatalogText label;
};

// A fact a condition may test. Record facts (age, sex, residentStatus, isHouseholdHead) are
// derived by VisitFacts from the resident record and are built into the code; questions are
// declared in the data files and answered by the clerk, because the record cannot give them
// (insurance type, children in the household, ...).
struct CatalogFact
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::CatalogFact)

public:
    enum class Source { Record, Question };

    QString id;
    Source source = Source::Question;
    FactType type = FactType::Bool;
    CatalogText label;            // questions only: record facts are labelled through tr()
    QList<CatalogChoice> choices; // FactType::Choice only
    QString where;                // questions: "questions.json:12: questions[3]"

    bool isQuestion() const { return source == Source::Question; }
    // The label for people: the data's text for a question, the translated one for a record fact.
    QString labelIn(const QString& language) const;
    // The label of a choice id, or the id itself when it is not one of the choices.
    QString choiceLabelIn(const QString& choiceId, const QString& language) const;
    bool hasChoice(const QString& choiceId) const;

    // age (int), sex (choice male/female), residentStatus (choice resident/movedOut),
    // isHouseholdHead (bool).
    static QList<CatalogFact> recordFacts();
    // Questions the counter fills by itself when it can (from the household list, the card read,
    // the seal register): a data file may declare them only with this type. nullopt for others.
    static std::optional<FactType> fixedQuestionType(const QString& id);
};

} // namespace madoguchi::counter
