#pragma once

#include "common/Migration.h"
#include "common/Result.h"

#include <QString>

#include <vector>

namespace madoguchi {

class Database;

namespace detail {

// Applies MigrationSets to a Database and keeps the schema_migrations bookkeeping. Split out
// of Database so that connection handling and schema evolution can be read separately; it
// uses only Database's public interface. Internal to madoguchi_common.
class MigrationRunner
{
public:
    explicit MigrationRunner(const Database& database);

    // The applied schema version of a component, 0 if none.
    Result<int> appliedVersion(const QString& component) const;
    // db.tooNew when the database holds a schema version newer than a set knows.
    Status checkNotTooNew(const std::vector<MigrationSet>& sets) const;
    // Applies every pending migration of `sets`; returns how many were applied.
    Result<int> migrate(const std::vector<MigrationSet>& sets) const;

private:
    static Status checkNumbering(const std::vector<MigrationSet>& sets);
    Status ensureBookkeeping() const;
    Status applyMigration(const MigrationSet& set, const Migration& migration) const;

    const Database& m_database;
};

} // namespace detail
} // namespace madoguchi
