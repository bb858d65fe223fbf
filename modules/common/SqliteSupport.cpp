#include "common/SqliteSupport.h"

#include "common/Database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace madoguchi::detail {

namespace {

// SQLite primary result codes (sqlite3.h). Qt turns on extended result codes, so the native
// code must be masked to its low byte before comparing.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

} // namespace

Error classifySqliteError(const QSqlError& error, const QString& path, const QString& fallbackCode)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.text();
    if (code == kSqliteNotADb || code == kSqliteCorrupt) {
        return makeError(QStringLiteral("db.corrupt"),
                         Database::tr("The database file %1 is damaged (%2); restore it from a backup. "
                                      "It was not changed.")
                             .arg(QDir::toNativeSeparators(path), text),
                         path);
    }
    if (code == kSqliteBusy || code == kSqliteLocked) {
        return makeError(
            QStringLiteral("db.locked"),
            Database::tr("The database file %1 is locked by another program (%2). Close the other "
                         "program or wait, then try again. It was not changed.")
                .arg(QDir::toNativeSeparators(path), text),
            path);
    }
    return makeError(fallbackCode, Database::tr("The database %1 reported an error: %2").arg(path, text),
                     path);
}

Status execOn(QSqlDatabase& db, const QString& sql, const QString& where)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    if (db.driverName() == sqliteDriverName())
        return classifySqliteError(query.lastError(), where, QStringLiteral("db.error"));
    return makeError(
        QStringLiteral("db.error"),
        Database::tr("The database statement \"%1\" failed: %2").arg(sql, query.lastError().text()), where);
}

Status configureSqliteConnection(QSqlDatabase& db, const QString& path, int busyTimeoutMs)
{
    if (Status busy = execOn(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), path); !busy)
        return busy;
    if (Status keys = execOn(db, QStringLiteral("PRAGMA foreign_keys = ON"), path); !keys)
        return keys;
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return classifySqliteError(wal.lastError(), path, QStringLiteral("db.open"));
    if (!wal.next() || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(QStringLiteral("db.open"),
                         Database::tr("The database file %1 cannot use write-ahead logging.").arg(path),
                         path);
    return {};
}

Status checkSqliteFileUsable(QSqlDatabase& db, const QString& path)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
        return classifySqliteError(check.lastError(), path, QStringLiteral("db.corrupt"));
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        return makeError(
            QStringLiteral("db.corrupt"),
            Database::tr(
                "The database file %1 is damaged (%2); restore it from a backup. It was not changed.")
                .arg(QDir::toNativeSeparators(path), problems.mid(0, 3).join(QStringLiteral("; "))),
            path);
    }
    check.finish();
    // In WAL mode a reader is never blocked, so take the write lock once: a counter that
    // cannot write must find out now, not half-way through a visit.
    if (Status begin = execOn(db, QStringLiteral("BEGIN IMMEDIATE"), path); !begin)
        return begin;
    return execOn(db, QStringLiteral("ROLLBACK"), path);
}

} // namespace madoguchi::detail
