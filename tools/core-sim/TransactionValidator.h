#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace madoguchi::coresim {

// A Transaction body (docs/api/openapi.yaml) that passed every check.
struct ValidatedTransaction
{
    QString visitId;
    qint64 sequence = 0;
    int itemCount = 0;
    QJsonObject body;
    std::vector<std::pair<QString, QString>> residentRefs; // (field path, resident id)
    QStringList formResidents;                             // residents whose record an accepted form updates
};

// Checks a Transaction strictly: types, ranges, known fields per item kind. Field paths in
// errors are relative to the transaction object ("items[2].amountYen"), also in a batch.
class TransactionValidator
{
public:
    static constexpr int kMaxItems = 100; // per transaction

    static Result<ValidatedTransaction> validate(const QJsonObject& body);

private:
    static Status validateItem(const QJsonObject& item, const QString& path, ValidatedTransaction& out);
};

} // namespace madoguchi::coresim
