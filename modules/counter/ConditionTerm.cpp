#include "counter/ConditionTerm.h"

#include "counter/CatalogFact.h"

#include <QStringList>

namespace madoguchi::counter {

namespace {

QString valueText(const ConditionValue& value, const CatalogFact* fact, const QString& language)
{
    if (const bool* flag = std::get_if<bool>(&value))
        return *flag ? ConditionTerm::tr("yes") : ConditionTerm::tr("no");
    if (const int* number = std::get_if<int>(&value))
        return QString::number(*number);
    const QString& choice = std::get<QString>(value);
    return fact ? fact->choiceLabelIn(choice, language) : choice;
}

QString listText(const QList<ConditionValue>& values, const CatalogFact* fact, const QString& language)
{
    QStringList parts;
    for (const ConditionValue& value : values)
        parts << valueText(value, fact, language);
    return parts.join(ConditionTerm::tr(", "));
}

} // namespace

bool ConditionTerm::holds(ConditionOp op, const ConditionValue& actual, const QList<ConditionValue>& operands)
{
    if (operands.isEmpty())
        return false;
    const ConditionValue& operand = operands.first();
    switch (op) {
    case ConditionOp::Eq:
        return actual == operand;
    case ConditionOp::Ne:
        return actual != operand;
    case ConditionOp::Lt:
        return actual < operand;
    case ConditionOp::Lte:
        return actual <= operand;
    case ConditionOp::Gt:
        return actual > operand;
    case ConditionOp::Gte:
        return actual >= operand;
    case ConditionOp::In:
        return operands.contains(actual);
    case ConditionOp::NotIn:
        return !operands.contains(actual);
    }
    return false;
}

ConditionOp ConditionTerm::negated(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Eq:
        return ConditionOp::Ne;
    case ConditionOp::Ne:
        return ConditionOp::Eq;
    case ConditionOp::Lt:
        return ConditionOp::Gte;
    case ConditionOp::Lte:
        return ConditionOp::Gt;
    case ConditionOp::Gt:
        return ConditionOp::Lte;
    case ConditionOp::Gte:
        return ConditionOp::Lt;
    case ConditionOp::In:
        return ConditionOp::NotIn;
    case ConditionOp::NotIn:
        break;
    }
    return ConditionOp::In;
}

QString ConditionTerm::opName(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Eq:
        return QStringLiteral("eq");
    case ConditionOp::Ne:
        return QStringLiteral("ne");
    case ConditionOp::Lt:
        return QStringLiteral("lt");
    case ConditionOp::Lte:
        return QStringLiteral("lte");
    case ConditionOp::Gt:
        return QStringLiteral("gt");
    case ConditionOp::Gte:
        return QStringLiteral("gte");
    case ConditionOp::In:
        return QStringLiteral("in");
    case ConditionOp::NotIn:
        break;
    }
    return QStringLiteral("notIn");
}

QString ConditionTerm::describe(const CatalogFact* factInfo, const QString& language) const
{
    const QString label = factInfo ? factInfo->labelIn(language) : fact;
    const QString now = valueText(actual, factInfo, language);
    const QString operand = operands.isEmpty() ? QString() : valueText(operands.first(), factInfo, language);
    // A yes/no term that holds says all in its value: "Keeps a dog: no", not "not yes".
    if (std::holds_alternative<bool>(actual))
        return tr("%1: %2").arg(label, now);
    switch (op) {
    case ConditionOp::Eq:
    case ConditionOp::In:
        //: A condition that held, e.g. "Health insurance: National Health Insurance".
        return tr("%1: %2").arg(label, now);
    case ConditionOp::Ne:
        //: e.g. "Health insurance: not Employee insurance (National Health Insurance)".
        return tr("%1: not %2 (%3)").arg(label, operand, now);
    case ConditionOp::NotIn:
        //: e.g. "Health insurance: none of Employee insurance, None (National Health Insurance)".
        return tr("%1: none of %2 (%3)").arg(label, listText(operands, factInfo, language), now);
    case ConditionOp::Lt:
        //: A comparison that held and the value at the visit: "Age < 20 (18)".
        return tr("%1 < %2 (%3)").arg(label, operand, now);
    case ConditionOp::Lte:
        return tr("%1 ≤ %2 (%3)").arg(label, operand, now);
    case ConditionOp::Gt:
        return tr("%1 > %2 (%3)").arg(label, operand, now);
    case ConditionOp::Gte:
        return tr("%1 ≥ %2 (%3)").arg(label, operand, now);
    }
    return label;
}

} // namespace madoguchi::counter
