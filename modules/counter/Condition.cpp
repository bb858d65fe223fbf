#include "counter/Condition.h"

#include "counter/VisitFacts.h"

namespace madoguchi::counter {

namespace {

void appendMissing(QStringList& into, const QStringList& more)
{
    for (const QString& fact : more) {
        if (!into.contains(fact))
            into.append(fact);
    }
}

// The terms already state what holds (a failed comparison is kept turned around), so "not"
// changes only the truth: the same facts that made the inner part fail make it hold.
ConditionOutcome negate(ConditionOutcome outcome)
{
    if (outcome.truth != Truth::Unknown)
        outcome.truth = outcome.truth == Truth::True ? Truth::False : Truth::True;
    return outcome;
}

} // namespace

Condition Condition::all(std::vector<Condition> children)
{
    Condition condition;
    condition.m_kind = Kind::All;
    condition.m_children = std::move(children);
    return condition;
}

Condition Condition::any(std::vector<Condition> children)
{
    Condition condition;
    condition.m_kind = Kind::Any;
    condition.m_children = std::move(children);
    return condition;
}

Condition Condition::negation(Condition child)
{
    Condition condition;
    condition.m_kind = Kind::Not;
    condition.m_children.push_back(std::move(child));
    return condition;
}

Condition Condition::compare(QString fact, FactType type, ConditionOp op, QList<ConditionValue> operands)
{
    Condition condition;
    condition.m_kind = Kind::Compare;
    condition.m_fact = std::move(fact);
    condition.m_type = type;
    condition.m_op = op;
    condition.m_operands = std::move(operands);
    return condition;
}

ConditionOutcome Condition::evaluate(const VisitFacts& facts) const
{
    switch (m_kind) {
    case Kind::Always:
        return {};
    case Kind::Compare: {
        const std::optional<ConditionValue> value = facts.value(m_fact);
        if (!value || factTypeOf(*value) != m_type)
            return ConditionOutcome{Truth::Unknown, {}, {m_fact}};
        const bool holds = ConditionTerm::holds(m_op, *value, m_operands);
        ConditionTerm term{m_fact, m_op, m_operands, *value};
        if (!holds)
            term.op = ConditionTerm::negated(m_op);
        return ConditionOutcome{holds ? Truth::True : Truth::False, {term}, {}};
    }
    case Kind::Not:
        return negate(m_children.front().evaluate(facts));
    case Kind::All:
    case Kind::Any:
        break;
    }
    // "all" is decided by its false parts, "any" by its true ones; the other value needs every
    // part to agree, and then every part's terms explain it.
    const Truth deciding = m_kind == Kind::All ? Truth::False : Truth::True;
    const Truth otherwise = m_kind == Kind::All ? Truth::True : Truth::False;
    ConditionOutcome decided{deciding, {}, {}};
    ConditionOutcome agreed{otherwise, {}, {}};
    ConditionOutcome unknown{Truth::Unknown, {}, {}};
    bool isDecided = false;
    bool isUnknown = false;
    for (const Condition& child : m_children) {
        const ConditionOutcome part = child.evaluate(facts);
        if (part.truth == deciding) {
            isDecided = true;
            decided.terms.append(part.terms);
        } else if (part.truth == Truth::Unknown) {
            isUnknown = true;
            appendMissing(unknown.missing, part.missing);
        } else {
            agreed.terms.append(part.terms);
        }
    }
    if (isDecided)
        return decided;
    return isUnknown ? unknown : agreed;
}

QStringList Condition::facts() const
{
    QStringList out;
    collectFacts(out);
    return out;
}

void Condition::collectFacts(QStringList& out) const
{
    if (m_kind == Kind::Compare && !out.contains(m_fact))
        out.append(m_fact);
    for (const Condition& child : m_children)
        child.collectFacts(out);
}

} // namespace madoguchi::counter
