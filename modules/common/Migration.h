#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace madoguchi {

// One step of a component's schema. Versions of a component start at 1 and increase by one.
// Statements are run in order inside one transaction; write them in the SQL subset that both
// SQLite and PostgreSQL accept; write ${BLOB} and ${AUTO_ID} for the types that differ, and
// mark a statement for one backend with Database::sqliteOnly() / postgresOnly().
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The migrations of one component (e.g. "common", "counter"). Each module owns one set and
// hands it to Database::open; the database records the applied version per component.
struct MigrationSet
{
    QString component;
    std::vector<Migration> migrations;

    int latestVersion() const { return migrations.empty() ? 0 : migrations.back().version; }
};

} // namespace madoguchi
