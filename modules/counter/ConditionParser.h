#pragma once

#include "counter/CatalogFact.h"
#include "counter/Condition.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace madoguchi::counter {

class CatalogReader;

// Reads a condition of the data files (docs/procedures.md, "Conditions") into a Condition,
// checking every fact against the declared ones and every operand against the fact's type.
// Problems go to the reader; the result is nullopt when there was any.
class ConditionParser
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::ConditionParser)

public:
    // Deeper nesting is refused: no ward needs it, and it bounds the recursion on hostile input.
    static constexpr int maxDepth = 16;

    ConditionParser(CatalogReader& reader, const QHash<QString, CatalogFact>& facts);

    std::optional<Condition> parse(const QJsonValue& value, const QString& path);

private:
    std::optional<Condition> parse(const QJsonValue& value, const QString& path, int depth);
    std::optional<Condition> parseGroup(const QJsonObject& object, const QString& path, const QString& key,
                                        int depth);
    std::optional<Condition> parseComparison(const QJsonObject& object, const QString& path);
    std::optional<ConditionValue> operand(const QJsonValue& value, const CatalogFact& fact,
                                          const QString& at);

    CatalogReader& m_reader;
    const QHash<QString, CatalogFact>& m_facts;
};

} // namespace madoguchi::counter
