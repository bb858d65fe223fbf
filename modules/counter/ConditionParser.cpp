#include "counter/ConditionParser.h"

#include "counter/CatalogReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <limits>

namespace madoguchi::counter {

namespace {

struct OpName
{
    const char* name;
    ConditionOp op;
};

constexpr OpName operators[] = {
    {"eq", ConditionOp::Eq}, {"ne", ConditionOp::Ne},   {"lt", ConditionOp::Lt}, {"lte", ConditionOp::Lte},
    {"gt", ConditionOp::Gt}, {"gte", ConditionOp::Gte}, {"in", ConditionOp::In},
};

bool isOrdering(ConditionOp op)
{
    return op == ConditionOp::Lt || op == ConditionOp::Lte || op == ConditionOp::Gt || op == ConditionOp::Gte;
}

QStringList choiceIds(const CatalogFact& fact)
{
    QStringList ids;
    for (const CatalogChoice& choice : fact.choices)
        ids << choice.id;
    return ids;
}

} // namespace

ConditionParser::ConditionParser(CatalogReader& reader, const QHash<QString, CatalogFact>& facts)
    : m_reader(reader)
    , m_facts(facts)
{}

std::optional<Condition> ConditionParser::parse(const QJsonValue& value, const QString& path)
{
    return parse(value, path, 1);
}

std::optional<Condition> ConditionParser::parse(const QJsonValue& value, const QString& path, int depth)
{
    if (depth > maxDepth) {
        m_reader.problem(path, tr("conditions must not nest deeper than %1 levels").arg(maxDepth));
        return std::nullopt;
    }
    if (!value.isObject()) {
        m_reader.problem(path, tr("a condition must be an object: {\"all\": [...]}, {\"any\": [...]}, "
                                  "{\"not\": {...}} or {\"fact\": \"...\", \"eq\": ...}"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (const QString& key : {QStringLiteral("all"), QStringLiteral("any"), QStringLiteral("not")}) {
        if (object.contains(key))
            return parseGroup(object, path, key, depth);
    }
    if (object.contains(QStringLiteral("fact")))
        return parseComparison(object, path);
    m_reader.problem(path, tr("a condition needs \"all\", \"any\", \"not\" or \"fact\""));
    return std::nullopt;
}

std::optional<Condition> ConditionParser::parseGroup(const QJsonObject& object, const QString& path,
                                                     const QString& key, int depth)
{
    m_reader.checkKeys(object, path, {key});
    const QString at = CatalogReader::join(path, key);
    if (key == QLatin1String("not")) {
        std::optional<Condition> child = parse(object.value(key), at, depth + 1);
        if (!child)
            return std::nullopt;
        return Condition::negation(std::move(*child));
    }
    const std::optional<QJsonArray> list = m_reader.array(object, path, key, true, true);
    if (!list)
        return std::nullopt;
    std::vector<Condition> children;
    bool complete = true;
    for (int i = 0; i < list->size(); ++i) {
        std::optional<Condition> child = parse(list->at(i), at + QStringLiteral("[%1]").arg(i), depth + 1);
        if (child)
            children.push_back(std::move(*child));
        else
            complete = false;
    }
    if (!complete)
        return std::nullopt;
    return key == QLatin1String("all") ? Condition::all(std::move(children))
                                       : Condition::any(std::move(children));
}

std::optional<Condition> ConditionParser::parseComparison(const QJsonObject& object, const QString& path)
{
    QStringList allowed{QStringLiteral("fact")};
    for (const OpName& entry : operators)
        allowed << QLatin1String(entry.name);
    m_reader.checkKeys(object, path, allowed);

    std::optional<ConditionOp> op;
    QString opKey;
    for (const OpName& entry : operators) {
        const QString key = QLatin1String(entry.name);
        if (!object.contains(key))
            continue;
        if (op) {
            m_reader.problem(path,
                             tr("one comparison per condition: combine several with \"all\" or \"any\""));
            return std::nullopt;
        }
        op = entry.op;
        opKey = key;
    }
    const std::optional<QString> factId = m_reader.string(object, path, QStringLiteral("fact"), true);
    if (!factId)
        return std::nullopt;
    const auto found = m_facts.constFind(*factId);
    if (found == m_facts.constEnd()) {
        m_reader.referenceProblem(
            CatalogReader::join(path, QStringLiteral("fact")),
            tr("unknown fact \"%1\": declare it under \"questions\" or use a fact of the "
               "resident record (age, sex, residentStatus, isHouseholdHead)")
                .arg(*factId));
        return std::nullopt;
    }
    const CatalogFact& fact = found.value();
    if (!op) {
        m_reader.problem(path, tr("a comparison needs one of eq, ne, lt, lte, gt, gte, in"));
        return std::nullopt;
    }
    const QString at = CatalogReader::join(path, opKey);
    if (isOrdering(*op) && fact.type != FactType::Int) {
        m_reader.problem(at, tr("\"%1\" compares numbers, but \"%2\" is of type %3")
                                 .arg(opKey, fact.id, factTypeName(fact.type)));
        return std::nullopt;
    }
    QList<ConditionValue> operands;
    if (*op == ConditionOp::In) {
        const std::optional<QJsonArray> list = m_reader.array(object, path, opKey, true, true);
        if (!list)
            return std::nullopt;
        for (int i = 0; i < list->size(); ++i) {
            const std::optional<ConditionValue> value =
                operand(list->at(i), fact, at + QStringLiteral("[%1]").arg(i));
            if (!value)
                return std::nullopt;
            operands << *value;
        }
    } else {
        const std::optional<ConditionValue> value = operand(object.value(opKey), fact, at);
        if (!value)
            return std::nullopt;
        operands << *value;
    }
    return Condition::compare(fact.id, fact.type, *op, operands);
}

std::optional<ConditionValue> ConditionParser::operand(const QJsonValue& value, const CatalogFact& fact,
                                                       const QString& at)
{
    switch (fact.type) {
    case FactType::Bool:
        if (value.isBool())
            return ConditionValue(value.toBool());
        m_reader.problem(at, tr("must be true or false: \"%1\" is a yes/no fact").arg(fact.id));
        return std::nullopt;
    case FactType::Int:
        if (const std::optional<int> number = CatalogReader::wholeNumberValue(
                value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
            return ConditionValue(*number);
        m_reader.problem(at, tr("must be a whole number: \"%1\" is a number fact").arg(fact.id));
        return std::nullopt;
    case FactType::Choice:
        break;
    }
    if (!value.isString() || !fact.hasChoice(value.toString())) {
        m_reader.problem(at, tr("must be one of the choices of \"%1\": %2")
                                 .arg(fact.id, choiceIds(fact).join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return ConditionValue(value.toString());
}

} // namespace madoguchi::counter
