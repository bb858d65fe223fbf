#pragma once

#include "ResidentRecord.h"

#include "common/Result.h"

#include <QSqlDatabase>

namespace madoguchi::coresim {

// Inserts seed data (households, residents with their search keys, tax figures, seals, 戸籍)
// in one database transaction. Every resident starts at version 1.
class ResidentWriter
{
public:
    explicit ResidentWriter(QSqlDatabase db);

    Status write(const SeedData& data, const QString& timestamp);
    // How many residents the store holds.
    Result<int> residentCount();

private:
    Status writeResidents(const SeedData& data, const QString& timestamp);
    Status writeCertificateData(const SeedData& data);

    QSqlDatabase m_db;
};

} // namespace madoguchi::coresim
