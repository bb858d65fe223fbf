#pragma once

#include "counter/ConditionValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace madoguchi::counter {

struct CatalogFact;

// The comparisons of the condition language. NotIn appears only in terms (a negated "in"); the
// data files write {"not": {"fact": ..., "in": [...]}} for it.
enum class ConditionOp { Eq, Ne, Lt, Lte, Gt, Gte, In, NotIn };

// One comparison of a fact with its value at the visit that decided a condition, e.g.
// "age ≥ 65 (80)". A comparison that failed is kept with its operator turned around ("age < 65
// (40)"), so every term a navigator reports is true as it reads, under "not" as well.
struct ConditionTerm
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::ConditionTerm)

public:
    QString fact;
    ConditionOp op = ConditionOp::Eq;
    QList<ConditionValue> operands; // one, or the list of "in"
    ConditionValue actual;

    // Whether `actual` compares as `op` demands with `operands` (all of the same type).
    static bool holds(ConditionOp op, const ConditionValue& actual, const QList<ConditionValue>& operands);
    static ConditionOp negated(ConditionOp op);
    // The data files' name of an operator ("gte"); "notIn" for NotIn.
    static QString opName(ConditionOp op);

    // For people, e.g. "Age ≥ 65 (80)", "Health insurance: National Health Insurance". Choice
    // ids and fact ids are shown with the labels of `fact` (nullptr: the ids themselves).
    QString describe(const CatalogFact* factInfo, const QString& language) const;

    bool operator==(const ConditionTerm& o) const
    {
        return fact == o.fact && op == o.op && operands == o.operands && actual == o.actual;
    }
};

} // namespace madoguchi::counter
