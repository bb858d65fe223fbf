#pragma once

#include "common/Database.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::coresim {

// Reads resident records as the API's Resident JSON. Errors carry a problem type as their code
// ("resident-not-found", "internal") and the field at fault as `where`.
class ResidentStore
{
public:
    explicit ResidentStore(const Database& database);

    Result<QJsonObject> byId(const QString& residentId, const QString& field = QStringLiteral("residentId"));
    Result<QJsonObject> byMyNumber(const QString& myNumber);

    struct SearchResult
    {
        QJsonArray residents;
        bool truncated = false;
    };
    static constexpr int kSearchLimit = 50;
    // `name` folded with JapaneseText::foldForSearch and compared with the folded full name,
    // family name and reading; the birth date exactly.
    Result<SearchResult> search(const QString& name, const QDate& birthDate);

    // Whether a resident exists, on a connection the caller holds (inside its transaction).
    static Result<bool> exists(QSqlDatabase db, const QString& residentId);

private:
    Result<QJsonArray> select(const QString& where, const QVariantList& values, int limit);

    const Database& m_database;
};

} // namespace madoguchi::coresim
