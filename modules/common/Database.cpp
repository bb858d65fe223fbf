#include "common/Database.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace madoguchi {

namespace {

const QString kSqliteDriver = QStringLiteral("QSQLITE");
const QString kPostgresDriver = QStringLiteral("QPSQL");
const QString kSqliteMarker = QStringLiteral("--@sqlite\n");
const QString kPostgresMarker = QStringLiteral("--@postgresql\n");

// SQLite primary result codes (sqlite3.h). Qt turns on extended result codes, so the native
// code must be masked to its low byte before comparing.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

quintptr currentThreadKey()
{
    return reinterpret_cast<quintptr>(QThread::currentThreadId());
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Turns a SQLite failure into db.corrupt / db.locked / `fallbackCode`, keeping the promise
// that we never touched the file: the messages tell the clerk what to do next.
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
    if (db.driverName() == kSqliteDriver)
        return classifySqliteError(query.lastError(), where, QStringLiteral("db.error"));
    return makeError(
        QStringLiteral("db.error"),
        Database::tr("The database statement \"%1\" failed: %2").arg(sql, query.lastError().text()), where);
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
{
    static QAtomicInteger<quint64> counter;
    m_connectionPrefix = QStringLiteral("madoguchi-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const QMetaObject::Connection& watch : std::as_const(m_threadWatches))
        QObject::disconnect(watch);
    const quintptr self = currentThreadKey();
    for (auto it = m_connectionNames.cbegin(); it != m_connectionNames.cend(); ++it) {
        if (it.key() == self) {
            // Scoped so that no QSqlDatabase handle is alive when the connection is removed
            // (removeDatabase warns and leaves a dangling driver otherwise).
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(it.value());
    }
    m_connectionNames.clear();
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig& config,
                                                 const std::vector<MigrationSet>& sets)
{
    DatabaseConfig resolved = config;
    if (resolved.backend == DatabaseConfig::Backend::Sqlite) {
        if (resolved.sqlitePath.isEmpty()) {
            resolved.sqlitePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/madoguchi.sqlite");
        }
        const QString dir = QFileInfo(resolved.sqlitePath).absolutePath();
        if (!QDir().mkpath(dir)) {
            return makeError(
                QStringLiteral("db.open"),
                tr("Cannot create the folder %1 for the database.").arg(QDir::toNativeSeparators(dir)), dir);
        }
    }

    std::unique_ptr<Database> database(new Database(resolved));
    Result<QSqlDatabase> first = database->openThreadConnection();
    if (!first)
        return first.error();
    if (database->isSqlite()) {
        if (Status checked = database->openConnectionChecks(); !checked)
            return checked.error();
    }
    if (Status newer = database->checkNotTooNew(sets); !newer)
        return newer.error();
    Result<int> applied = database->migrate(sets);
    if (!applied)
        return applied.error();
    return Result<std::unique_ptr<Database>>(std::move(database));
}

Status Database::openConnectionChecks()
{
    QSqlDatabase db = connection();
    const QString& path = m_config.sqlitePath;
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
            tr("The database file %1 is damaged (%2); restore it from a backup. It was not changed.")
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

Result<QSqlDatabase> Database::openThreadConnection() const
{
    const quintptr key = currentThreadKey();
    const QString name = m_connectionPrefix + u'-' + QString::number(key);
    QSqlDatabase db;
    if (isSqlite()) {
        db = QSqlDatabase::addDatabase(kSqliteDriver, name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_config.sqliteBusyTimeoutMs));
    } else {
        db = QSqlDatabase::addDatabase(kPostgresDriver, name);
        db.setHostName(m_config.pgHost);
        db.setPort(m_config.pgPort);
        db.setDatabaseName(m_config.pgDatabase);
        db.setUserName(m_config.pgUser);
        db.setPassword(m_config.pgPassword);
        db.setConnectOptions(m_config.pgOptions);
    }

    Status ready;
    if (!db.open()) {
        ready = isSqlite()
                    ? classifySqliteError(db.lastError(), m_config.sqlitePath, QStringLiteral("db.open"))
                    : makeError(
                          QStringLiteral("db.open"),
                          tr("Cannot connect to the database %1: %2").arg(describe(), db.lastError().text()),
                          describe());
    } else if (isSqlite()) {
        const QString& path = m_config.sqlitePath;
        ready =
            execOn(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(m_config.sqliteBusyTimeoutMs), path);
        if (ready)
            ready = execOn(db, QStringLiteral("PRAGMA foreign_keys = ON"), path);
        if (ready) {
            QSqlQuery wal(db);
            if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
                ready = classifySqliteError(wal.lastError(), path, QStringLiteral("db.open"));
            else if (!wal.next() ||
                     wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                ready = makeError(QStringLiteral("db.open"),
                                  tr("The database file %1 cannot use write-ahead logging.").arg(path), path);
        }
    }
    if (!ready) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return ready.error();
    }

    QMutexLocker locker(&m_mutex);
    m_connectionNames.insert(key, name);
    // Thread ids are reused by the OS: a connection left behind by a finished thread would
    // belong to a dead thread, and Qt refuses to hand it to the new one.
    QThread* thread = QThread::currentThread();
    m_threadWatches.insert(key, QObject::connect(
                                    thread, &QThread::finished, thread,
                                    [this, key] { forgetThreadConnection(key); }, Qt::DirectConnection));
    return db;
}

void Database::forgetThreadConnection(quintptr threadId) const
{
    QMutexLocker locker(&m_mutex);
    const QString name = m_connectionNames.take(threadId);
    QObject::disconnect(m_threadWatches.take(threadId));
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_connectionNames.constFind(currentThreadKey());
        if (it != m_connectionNames.cend()) {
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            if (db.isOpen())
                return db;
        }
    }
    // First use on this thread, or a connection somebody closed: open it (again) with the
    // per-connection setup (pragmas) run again.
    forgetThreadConnection(currentThreadKey());
    Result<QSqlDatabase> opened = openThreadConnection();
    return opened ? opened.value() : QSqlDatabase();
}

Result<int> Database::appliedVersion(const QString& component) const
{
    QSqlDatabase db = connection();
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT MAX(version) FROM schema_migrations WHERE component = ?"));
    query.addBindValue(component);
    if (!query.exec() || !query.next()) {
        return makeError(
            QStringLiteral("db.error"),
            tr("Cannot read the schema version of %1: %2").arg(component, query.lastError().text()),
            QStringLiteral("schema_migrations"));
    }
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

int Database::schemaVersion(const QString& component) const
{
    return appliedVersion(component).valueOr(0);
}

Status Database::checkNotTooNew(const std::vector<MigrationSet>& sets) const
{
    for (const MigrationSet& set : sets) {
        Result<int> applied = appliedVersion(set.component);
        if (!applied)
            return applied.error();
        if (applied.value() > set.latestVersion()) {
            return makeError(QStringLiteral("db.tooNew"),
                             tr("The database %1 was written by a newer version of Madoguchi (schema %2 of "
                                "component %3, this version knows up to %4). Install the newer version; the "
                                "database was not changed.")
                                 .arg(describe())
                                 .arg(applied.value())
                                 .arg(set.component)
                                 .arg(set.latestVersion()),
                             QStringLiteral("schema_migrations ") + set.component);
        }
    }
    return {};
}

Status Database::ensureBookkeeping()
{
    QSqlDatabase db = connection();
    // Checked first: PostgreSQL answers IF NOT EXISTS with a NOTICE on stderr at every start.
    if (db.tables().contains(QStringLiteral("schema_migrations")))
        return {};
    return execOn(
        db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, "
                       "version INTEGER NOT NULL, description TEXT NOT NULL, applied_at TEXT NOT NULL, "
                       "PRIMARY KEY (component, version))"),
        QStringLiteral("schema_migrations"));
}

Result<int> Database::migrate(const std::vector<MigrationSet>& sets)
{
    for (const MigrationSet& set : sets) {
        int expected = 1;
        for (const Migration& migration : set.migrations) {
            if (set.component.isEmpty() || migration.version != expected++) {
                return makeError(
                    QStringLiteral("db.migrationInvalid"),
                    tr("The migrations of component \"%1\" must be numbered 1, 2, 3 … without gaps "
                       "(found version %2).")
                        .arg(set.component)
                        .arg(migration.version),
                    set.component);
            }
        }
    }
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

Status Database::applyMigration(const MigrationSet& set, const Migration& migration)
{
    QSqlDatabase db = connection();
    return inWriteTransaction(db, [&]() -> Status {
        for (int i = 0; i < migration.statements.size(); ++i) {
            const QString sql = dialectStatement(migration.statements.at(i));
            if (sql.isEmpty())
                continue;
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                return makeError(
                    QStringLiteral("db.migrationFailed"),
                    tr("Migration %1 of component \"%2\" (%3) failed, nothing of it was applied: %4")
                        .arg(migration.version)
                        .arg(set.component, migration.description, query.lastError().text()),
                    tr("%1 version %2, statement %3: %4")
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
                             tr("Cannot record migration %1 of component \"%2\": %3")
                                 .arg(migration.version)
                                 .arg(set.component, record.lastError().text()),
                             QStringLiteral("schema_migrations"));
        }
        return {};
    });
}

QString Database::describe() const
{
    if (isSqlite())
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(m_config.sqlitePath));
    // Host, port, database and user only: the password and the free-form options (which may
    // carry "password=...") stay out of logs.
    return QStringLiteral("PostgreSQL %1@%2:%3/%4")
        .arg(m_config.pgUser, m_config.pgHost)
        .arg(m_config.pgPort)
        .arg(m_config.pgDatabase);
}

QString Database::blobType() const
{
    return isSqlite() ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
}

QString Database::autoIdType() const
{
    return isSqlite() ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                      : QStringLiteral("BIGSERIAL PRIMARY KEY");
}

QString Database::sqliteOnly(const QString& statement)
{
    return kSqliteMarker + statement;
}

QString Database::postgresOnly(const QString& statement)
{
    return kPostgresMarker + statement;
}

QString Database::dialectStatement(const QString& statement) const
{
    QString sql = statement;
    if (sql.startsWith(kSqliteMarker)) {
        if (!isSqlite())
            return {};
        sql.remove(0, kSqliteMarker.size());
    } else if (sql.startsWith(kPostgresMarker)) {
        if (isSqlite())
            return {};
        sql.remove(0, kPostgresMarker.size());
    }
    sql.replace(QStringLiteral("${BLOB}"), blobType());
    sql.replace(QStringLiteral("${AUTO_ID}"), autoIdType());
    return sql;
}

Status inTransaction(QSqlDatabase db, const std::function<Status()>& work)
{
    if (!db.transaction()) {
        return makeError(QStringLiteral("db.transaction"),
                         Database::tr("Cannot start a database transaction: %1").arg(db.lastError().text()),
                         db.connectionName());
    }
    Status result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        Error error =
            makeError(QStringLiteral("db.transaction"),
                      Database::tr("Cannot commit a database transaction: %1").arg(db.lastError().text()),
                      db.connectionName());
        db.rollback();
        return error;
    }
    return {};
}

Status inWriteTransaction(QSqlDatabase db, const std::function<Status()>& work)
{
    if (db.driverName() != kSqliteDriver)
        return inTransaction(db, work);
    // QSqlDatabase::transaction() issues a deferred BEGIN; the SQLite driver keeps no state of
    // its own, so issuing the statements directly is safe.
    const QString where = db.databaseName();
    if (Status begin = execOn(db, QStringLiteral("BEGIN IMMEDIATE"), where); !begin)
        return begin;
    Status result = work();
    if (!result) {
        static_cast<void>(execOn(db, QStringLiteral("ROLLBACK"), where));
        return result;
    }
    if (Status commit = execOn(db, QStringLiteral("COMMIT"), where); !commit) {
        static_cast<void>(execOn(db, QStringLiteral("ROLLBACK"), where));
        return commit;
    }
    return {};
}

} // namespace madoguchi
