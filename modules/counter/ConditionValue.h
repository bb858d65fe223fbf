#pragma once

#include <QString>

#include <variant>

namespace madoguchi::counter {

// The three kinds of fact a condition can test: yes/no, a whole number, or one of a list of
// choices (kept as the choice's id, e.g. "nhi").
enum class FactType { Bool, Int, Choice };

// A fact's value, and an operand of a comparison. The alternative held matches the FactType:
// bool for Bool, int for Int, QString (a choice id) for Choice.
using ConditionValue = std::variant<bool, int, QString>;

inline FactType factTypeOf(const ConditionValue& value)
{
    if (std::holds_alternative<bool>(value))
        return FactType::Bool;
    if (std::holds_alternative<int>(value))
        return FactType::Int;
    return FactType::Choice;
}

// The spelling of a type in the data files: "bool", "int", "choice".
inline QString factTypeName(FactType type)
{
    switch (type) {
    case FactType::Bool:
        return QStringLiteral("bool");
    case FactType::Int:
        return QStringLiteral("int");
    case FactType::Choice:
        break;
    }
    return QStringLiteral("choice");
}

} // namespace madoguchi::counter
