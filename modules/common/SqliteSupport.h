#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

// The SQLite-specific half of Database: connection setup, the checks run when a file is
// opened, and the mapping of SQLite failures to db.corrupt / db.locked. Internal to
// madoguchi_common; callers use Database.
namespace madoguchi::detail {

inline QString sqliteDriverName()
{
    return QStringLiteral("QSQLITE");
}

// Turns a SQLite failure into db.corrupt / db.locked / `fallbackCode`, keeping the promise
// that we never touched the file: the messages tell the clerk what to do next.
Error classifySqliteError(const QSqlError& error, const QString& path, const QString& fallbackCode);

// Runs one statement without results; SQLite failures are classified as above.
Status execOn(QSqlDatabase& db, const QString& sql, const QString& where);

// The per-connection setup every new SQLite connection needs (busy timeout, foreign keys,
// WAL). Pragmas are per connection, so this runs for each thread's connection.
Status configureSqliteConnection(QSqlDatabase& db, const QString& path, int busyTimeoutMs);

// Integrity and lock checks run once when the file is opened, so that a damaged or locked
// file is reported at start-up rather than half-way through a visit.
Status checkSqliteFileUsable(QSqlDatabase& db, const QString& path);

} // namespace madoguchi::detail
