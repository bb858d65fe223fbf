#pragma once

#include "counter/ConditionOutcome.h"
#include "counter/ConditionTerm.h"
#include "counter/ConditionValue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace madoguchi::counter {

class VisitFacts;

// A condition of the catalog over the facts of a visit: "all", "any", "not" and comparisons
// (see docs/procedures.md). A default-constructed condition always holds. Built by
// ConditionParser from the data, already checked against the declared facts and their types.
class Condition
{
public:
    Condition() = default;

    static Condition all(std::vector<Condition> children);
    static Condition any(std::vector<Condition> children);
    static Condition negation(Condition child);
    // `type` is the declared type of `fact`; `operands` are of that type (one, or the "in" list).
    static Condition compare(QString fact, FactType type, ConditionOp op, QList<ConditionValue> operands);

    bool isAlways() const { return m_kind == Kind::Always; }
    // Kleene logic: "all" is false as soon as one part is false, whatever is unknown; "any" is
    // true as soon as one part is true. A fact without a value, or with a value of another type
    // than declared, is unknown.
    ConditionOutcome evaluate(const VisitFacts& facts) const;
    // Every fact the condition tests, each once, in order.
    QStringList facts() const;

private:
    enum class Kind { Always, All, Any, Not, Compare };

    void collectFacts(QStringList& out) const;

    Kind m_kind = Kind::Always;
    std::vector<Condition> m_children;
    QString m_fact;
    FactType m_type = FactType::Bool;
    ConditionOp m_op = ConditionOp::Eq;
    QList<ConditionValue> m_operands;
};

} // namespace madoguchi::counter
