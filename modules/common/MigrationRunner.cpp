#include "common/MigrationRunner.h"

#include "common/Database.h"
#include "common/SqliteSupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace madoguchi::detail {

namespace {

const QString kBookkeepingTable = QStringLiteral("schema_migrations");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

MigrationRunner::MigrationRunner(const Database& database)
    : m_database(database)
{}

Result<int> MigrationRunner::appliedVersion(const QString& component) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.tables().contains(kBookkeepingTable))
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT MAX(version) FROM schema_migrations WHERE component = ?"));
    query.addBindValue(component);
    if (!query.exec() || !query.next()) {
        return makeError(
            QStringLiteral("db.error"),
            Database::tr("Cannot read the schema version of %1: %2").arg(component, query.lastError().text()),
            kBookkeepingTable);
    }
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

Status MigrationRunner::checkNotTooNew(const std::vector<MigrationSet>& sets) const
{
    for (const MigrationSet& set : sets) {
        Result<int> applied = appliedVersion(set.component);
        if (!applied)
            return applied.error();
        if (applied.value() > set.latestVersion()) {
            return makeError(
                QStringLiteral("db.tooNew"),
                Database::tr("The database %1 was written by a newer version of Madoguchi (schema %2 of "
                             "component %3, this version knows up to %4). Install the newer version; the "
                             "database was not changed.")
                    .arg(m_database.describe())
                    .arg(applied.value())
                    .arg(set.component)
                    .arg(set.latestVersion()),
                QStringLiteral("schema_migrations ") + set.component);
        }
    }
    return {};
}

Status MigrationRunner::checkNumbering(const std::vector<MigrationSet>& sets)
{
    for (const MigrationSet& set : sets) {
        int expected = 1;
        for (const Migration& migration : set.migrations) {
            if (set.component.isEmpty() || migration.version != expected++) {
                return makeError(
                    QStringLiteral("db.migrationInvalid"),
                    Database::tr("The migrations of component \"%1\" must be numbered 1, 2, 3 … without gaps "
                                 "(found version %2).")
                        .arg(set.component)
                        .arg(migration.version),
                    set.component);
            }
        }
    }
    return {};
}

Status MigrationRunner::ensureBookkeeping() const
{
    QSqlDatabase db = m_database.connection();
    // Checked first: PostgreSQL answers IF NOT EXISTS with a NOTICE on stderr at every start.
    if (db.tables().contains(kBookkeepingTable))
        return {};
    return execOn(
        db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, "
                       "version INTEGER NOT NULL, description TEXT NOT NULL, applied_at TEXT NOT NULL, "
                       "PRIMARY KEY (component, version))"),
        kBookkeepingTable);
}

Result<int> MigrationRunner::migrate(const std::vector<MigrationSet>& sets) const
{
    if (Status numbered = checkNumbering(sets); !numbered)
        return numbered.error();
    if (Status newer = checkNotTooNew(sets); !newer)
        return newer.error();
    if (Status table = ensureBookkeeping(); !table)
        return table.error();

    int count = 0;
    for (const MigrationSet& set : sets) {
        Result<int> applied = appliedVersion(set.component);
        if (!applied)
            return applied.error();
        for (const Migration& migration : set.migrations) {
            if (migration.version <= applied.value())
                continue;
            if (Status done = applyMigration(set, migration); !done)
                return done.error();
            ++count;
        }
    }
    return count;
}

Status MigrationRunner::applyMigration(const MigrationSet& set, const Migration& migration) const
{
    QSqlDatabase db = m_database.connection();
    return inWriteTransaction(db, [&]() -> Status {
        for (int i = 0; i < migration.statements.size(); ++i) {
            const QString sql = m_database.dialectStatement(migration.statements.at(i));
            if (sql.isEmpty())
                continue;
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                return makeError(
                    QStringLiteral("db.migrationFailed"),
                    Database::tr(
                        "Migration %1 of component \"%2\" (%3) failed, nothing of it was applied: %4")
                        .arg(migration.version)
                        .arg(set.component, migration.description, query.lastError().text()),
                    Database::tr("%1 version %2, statement %3: %4")
                        .arg(set.component)
                        .arg(migration.version)
                        .arg(i + 1)
                        .arg(sql.simplified().left(160)));
            }
        }
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT INTO schema_migrations (component, version, description, applied_at) "
                           "VALUES (?, ?, ?, ?)"));
        record.addBindValue(set.component);
        record.addBindValue(migration.version);
        record.addBindValue(migration.description);
        record.addBindValue(nowUtc());
        if (!record.exec()) {
            return makeError(QStringLiteral("db.migrationFailed"),
                             Database::tr("Cannot record migration %1 of component \"%2\": %3")
                                 .arg(migration.version)
                                 .arg(set.component, record.lastError().text()),
                             kBookkeepingTable);
        }
        return {};
    });
}

} // namespace madoguchi::detail
