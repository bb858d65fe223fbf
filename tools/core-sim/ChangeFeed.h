#pragma once

#include "WriteLock.h"

#include "common/Database.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace madoguchi::coresim {

// The changes feed: one row per resident update, read by cursor. Cursors are "c" + the row id
// zero-padded to 20 digits, so they also sort as text; clients treat them as opaque.
//
// A reader must never see id 11 before id 10 commits (it would skip 10 for ever). SQLite
// serialises writers, so ids commit in order; on PostgreSQL sequence values are handed out
// before commit, so every writer of cs_changes first takes an EXCLUSIVE lock on the table
// (readers are not blocked), which makes commit order equal id order.
class ChangeFeed
{
public:
    explicit ChangeFeed(const Database& database);

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;

    // Bumps the resident's version and updatedAt and appends a change; call inside the
    // caller's write transaction on `db`.
    static Status recordResidentUpdate(QSqlDatabase db, const QString& residentId, const QString& kind);

    // A page after `since` (empty: from the beginning). Errors: validation-error on `since`.
    Result<QJsonObject> page(const QString& since, int limit);
    Result<QString> latestCursor();
    // Updates one resident picked by `randomValue` (for --simulate-changes).
    Status simulateUpdate(quint32 randomValue, WriteLock& writeLock);

    static QString cursorFor(qint64 id);
    static std::optional<qint64> parseCursor(const QString& cursor);
    // The current time in the form stored and returned (ISO 8601 with the local offset).
    static QString now();

private:
    const Database& m_database;
};

} // namespace madoguchi::coresim
