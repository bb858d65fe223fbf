#pragma once

#include "common/Result.h"
#include "sync/ResidentRecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace madoguchi {
class Database;
class DataKeyManager;
} // namespace madoguchi

namespace madoguchi::sync {

// The local copy of resident records (table sync_residents): what the core sent, or what a
// file-linkage extract brought in. The record is personal data and is stored encrypted with the
// data key (FieldCipher through DataKeyManager); the resident id and version stay in clear for
// look-ups and for keeping the newest version. Reading a record here writes no audit record:
// the screen that shows it does (a read for display is the auditable act).
//
// Register the column with DataKeyManager (registerColumn(table(), idColumn(), column())) so
// that a key rotation re-encrypts it.
class ResidentCache
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::ResidentCache)

public:
    enum class Source { Core, File };

    ResidentCache(Database& database, const DataKeyManager& dataKey);

    static QString table() { return QStringLiteral("sync_residents"); }
    static QString idColumn() { return QStringLiteral("resident_id"); }
    static QString column() { return QStringLiteral("record_enc"); }

    // Inserts or replaces the record on `db` (inside the caller's transaction, if any), unless a
    // newer version is already held. Storing the same record again changes nothing visible.
    Status store(QSqlDatabase db, const ResidentRecord& record, Source source) const;
    Status store(const ResidentRecord& record, Source source) const;
    // Stores every record in one transaction on this thread's connection. `keepGoing(done)` is
    // asked after each record; false rolls everything back (sync.cache.cancelled).
    Status storeAll(const QList<ResidentRecord>& records, Source source,
                    const std::function<bool(int done)>& keepGoing = {}) const;
    // The record, or nothing if it is not cached.
    Result<std::optional<ResidentRecord>> find(const QString& residentId) const;
    // Whether the core reported a change since the record was stored.
    Result<bool> isStale(const QString& residentId) const;
    // The changes feed says these changed: fetch before trusting the cached copy.
    Status markStale(QSqlDatabase db, const QStringList& residentIds) const;
    Result<int> count() const;

private:
    Database& m_database;
    const DataKeyManager& m_dataKey;
};

} // namespace madoguchi::sync
