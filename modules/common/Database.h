#pragma once

#include "common/Migration.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace madoguchi {

// Where the local store lives. SQLite by default (a file under AppDataLocation); PostgreSQL
// (QPSQL) when a ward runs a shared database.
struct DatabaseConfig
{
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString sqlitePath; // empty: <AppDataLocation>/madoguchi.sqlite
    QString pgHost;
    int pgPort = 5432;
    QString pgDatabase;
    QString pgUser;
    QString pgPassword; // taken from the SecretStore by the caller, never from a settings file
    QString pgOptions;  // extra QPSQL connect options, e.g. "sslmode=require"
    // How long a statement waits for another process's lock before it fails (SQLite
    // busy_timeout). Tests shorten it so that a held lock fails fast.
    int sqliteBusyTimeoutMs = 5000;
};

// The local store. One QSqlDatabase connection per thread (Qt requires it): connection()
// opens one lazily for the calling thread. Migrations are applied by open(); a database from
// a newer version of Madoguchi, a locked file or a corrupt file is an error, never recreated.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating an empty SQLite file if there is none), checks integrity, and applies
    // every pending migration of `sets`, in the order given. Each class that owns tables
    // publishes its own set (AuditLog::migrations(), ...); main.cpp collects them.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config,
                                                  const std::vector<MigrationSet>& sets = {});

    // Applies pending migrations of `sets` (used by `madoguchi-cli db migrate` and by modules
    // created after open). Returns the number of migrations applied.
    Result<int> migrate(const std::vector<MigrationSet>& sets);

    // The applied schema version of a component, 0 if none.
    int schemaVersion(const QString& component) const;

    // This thread's connection (opened on first use).
    QSqlDatabase connection() const;

    DatabaseConfig::Backend backend() const { return m_config.backend; }
    bool isSqlite() const { return m_config.backend == DatabaseConfig::Backend::Sqlite; }
    // A description safe for logs and the diagnostics page (no password).
    QString describe() const;
    // The SQL type name for binary columns: BLOB on SQLite, BYTEA on PostgreSQL.
    QString blobType() const;
    // "INTEGER PRIMARY KEY AUTOINCREMENT" / "BIGSERIAL PRIMARY KEY".
    QString autoIdType() const;

    // Migration statements are shared by both backends. Where the SQL must differ, a
    // statement is marked for one backend only, and two placeholders are replaced before it
    // runs: ${BLOB} (blobType()) and ${AUTO_ID} (autoIdType()).
    static QString sqliteOnly(const QString& statement);
    static QString postgresOnly(const QString& statement);
    // The statement as it runs on this backend, or an empty string when it is marked for the
    // other one.
    QString dialectStatement(const QString& statement) const;

private:
    explicit Database(DatabaseConfig config);

    // Migrations are applied by detail::MigrationRunner, the SQLite checks live in
    // SqliteSupport.h: this class keeps the per-thread connections.
    Result<QSqlDatabase> openThreadConnection() const;
    void forgetThreadConnection(quintptr threadId) const;

    DatabaseConfig m_config;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QHash<quintptr, QString> m_connectionNames; // thread id -> connection name
    // Removes a thread's connection when that thread finishes; cut in the destructor.
    mutable QHash<quintptr, QMetaObject::Connection> m_threadWatches;
};

// Runs `work` inside one transaction on `db`; rolls back and returns the error if `work`
// fails or a statement fails.
Status inTransaction(QSqlDatabase db, const std::function<Status()>& work);

// Like inTransaction, but takes the write lock up front (SQLite "BEGIN IMMEDIATE"), so that
// a read-then-write sequence cannot fail half-way with SQLITE_BUSY when another process
// writes. On PostgreSQL the caller locks what it needs (LOCK TABLE ...) inside `work`.
Status inWriteTransaction(QSqlDatabase db, const std::function<Status()>& work);

} // namespace madoguchi
