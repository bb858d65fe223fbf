#pragma once

#include "common/Database.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace madoguchi::coresim {

// Reads the data behind certificates: tax figures per fiscal year, the seal registration with
// its image, and the 戸籍. Errors carry a problem type as their code and the field as `where`.
class CertificateDataStore
{
public:
    explicit CertificateDataStore(const Database& database);

    Result<QJsonObject> taxYears(const QString& residentId, std::optional<int> fiscalYear);
    Result<QJsonObject> sealRegistration(const QString& residentId);
    Result<QJsonObject> koseki(const QString& residentId);

private:
    // The resident's 戸籍 id ("" when the 戸籍 is held elsewhere), or resident-not-found.
    Result<QString> kosekiIdOf(const QString& residentId);
    Status requireResident(const QString& residentId);

    const Database& m_database;
};

} // namespace madoguchi::coresim
