#include "DatabaseCheck.h"

#include "common/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace madoguchi {

namespace {

QString remedyFor(const QString& code)
{
    if (code == QLatin1String("db.locked"))
        return DatabaseCheck::tr(
            "Close the other program that holds the database (another Madoguchi, a backup "
            "tool), then start Madoguchi again.");
    if (code == QLatin1String("db.corrupt"))
        return DatabaseCheck::tr("Do not delete the file. Restore the database from the latest backup (admin "
                                 "guide, \"Backup and restore\") and send this report to the help desk.");
    if (code == QLatin1String("db.tooNew"))
        return DatabaseCheck::tr("Install the newer version of Madoguchi that wrote this database.");
    if (code == QLatin1String("db.migrationFailed") || code == QLatin1String("db.migrationInvalid"))
        return DatabaseCheck::tr("The database was left at its previous version. Send this report to the "
                                 "help desk.");
    return DatabaseCheck::tr("Check that the database folder exists and is writable for this user and that "
                             "the disk is not full (setting database/sqlitePath); for a shared PostgreSQL "
                             "database, check the server and the network. Then start Madoguchi again.");
}

// component -> applied version, from Database's bookkeeping table.
QList<QPair<QString, int>> appliedSchemas(const QSqlDatabase& db, QString* error)
{
    QList<QPair<QString, int>> out;
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return out;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT component, MAX(version) FROM schema_migrations GROUP BY component "
                                   "ORDER BY component"))) {
        *error = query.lastError().text();
        return out;
    }
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toInt()});
    return out;
}

} // namespace

CheckResult DatabaseCheck::run(Database* database, const std::optional<Error>& openError,
                               const std::vector<MigrationSet>& expectedSchemas)
{
    CheckResult result;
    result.id = QStringLiteral("database");
    result.title = tr("Database");
    result.state = CheckResult::State::Problem;

    if (!database) {
        result.detail = openError ? tr("The database could not be opened: %1").arg(openError->toString())
                                  : tr("The database was not opened.");
        result.remedy = remedyFor(openError ? openError->code : QString());
        return result;
    }

    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        result.detail =
            tr("The connection to %1 is lost: %2").arg(database->describe(), db.lastError().text());
        result.remedy = remedyFor(QStringLiteral("db.open"));
        return result;
    }

    QStringList details{tr("Opened %1.").arg(database->describe())};
    QStringList remedies;
    CheckResult::State state = CheckResult::State::Ok;
    const auto raise = [&state](CheckResult::State to) {
        if (int(to) > int(state))
            state = to;
    };

    QString schemaError;
    const QList<QPair<QString, int>> applied = appliedSchemas(db, &schemaError);
    if (!schemaError.isEmpty()) {
        raise(CheckResult::State::Problem);
        details << tr("The schema versions cannot be read: %1").arg(schemaError);
        remedies << remedyFor(QStringLiteral("db.error"));
    } else {
        QStringList versions;
        for (const auto& [component, version] : applied)
            versions << QStringLiteral("%1 v%2").arg(component).arg(version);
        details << (versions.isEmpty() ? tr("No schema is installed yet.")
                                       : tr("Schema: %1.").arg(versions.join(QStringLiteral(", "))));
    }

    QStringList pending;
    for (const MigrationSet& set : expectedSchemas) {
        const int have = database->schemaVersion(set.component);
        if (have < set.latestVersion())
            pending << QStringLiteral("%1 v%2 → v%3").arg(set.component).arg(have).arg(set.latestVersion());
    }
    if (!pending.isEmpty()) {
        raise(CheckResult::State::Warning);
        details << tr("Pending schema updates: %1.").arg(pending.join(QStringLiteral(", ")));
        remedies << tr("Run \"madoguchi-cli db migrate\" or start Madoguchi again to apply them.");
    }

    if (database->isSqlite()) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            raise(CheckResult::State::Problem);
            details << tr("The integrity check failed to run: %1").arg(check.lastError().text());
            remedies << remedyFor(QStringLiteral("db.corrupt"));
        } else {
            QStringList problems;
            while (check.next()) {
                const QString line = check.value(0).toString();
                if (line != QLatin1String("ok"))
                    problems << line;
            }
            if (problems.isEmpty()) {
                details << tr("Integrity check passed.");
            } else {
                raise(CheckResult::State::Problem);
                details << tr("The integrity check found damage: %1")
                               .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
                remedies << remedyFor(QStringLiteral("db.corrupt"));
            }
        }

        QSqlQuery journal(db);
        if (journal.exec(QStringLiteral("PRAGMA journal_mode")) && journal.next()) {
            const QString mode = journal.value(0).toString().toLower();
            if (mode == QLatin1String("wal")) {
                details << tr("Write-ahead log on.");
            } else {
                // Without WAL a long read (a report) blocks the counter's writes.
                raise(CheckResult::State::Warning);
                details << tr("Journal mode is %1, not WAL.").arg(mode);
                remedies << tr("Keep the database on a local disk (WAL does not work on network shares) "
                               "and start Madoguchi again.");
            }
        }
    }

    result.state = state;
    result.detail = details.join(u' ');
    result.remedy = remedies.join(u' ');
    return result;
}

} // namespace madoguchi
