#include "common/Database.h"

#include "common/MigrationRunner.h"
#include "common/SqliteSupport.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

namespace madoguchi {

using detail::classifySqliteError;
using detail::execOn;

namespace {

const QString kPostgresDriver = QStringLiteral("QPSQL");
const QString kSqliteMarker = QStringLiteral("--@sqlite\n");
const QString kPostgresMarker = QStringLiteral("--@postgresql\n");

quintptr currentThreadKey()
{
    return reinterpret_cast<quintptr>(QThread::currentThreadId());
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
        QSqlDatabase db = database->connection();
        if (Status checked = detail::checkSqliteFileUsable(db, resolved.sqlitePath); !checked)
            return checked.error();
    }
    if (Status newer = detail::MigrationRunner(*database).checkNotTooNew(sets); !newer)
        return newer.error();
    Result<int> applied = database->migrate(sets);
    if (!applied)
        return applied.error();
    return Result<std::unique_ptr<Database>>(std::move(database));
}

Result<QSqlDatabase> Database::openThreadConnection() const
{
    const quintptr key = currentThreadKey();
    const QString name = m_connectionPrefix + u'-' + QString::number(key);
    QSqlDatabase db;
    if (isSqlite()) {
        db = QSqlDatabase::addDatabase(detail::sqliteDriverName(), name);
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
        ready = detail::configureSqliteConnection(db, m_config.sqlitePath, m_config.sqliteBusyTimeoutMs);
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

int Database::schemaVersion(const QString& component) const
{
    return detail::MigrationRunner(*this).appliedVersion(component).valueOr(0);
}

Result<int> Database::migrate(const std::vector<MigrationSet>& sets)
{
    return detail::MigrationRunner(*this).migrate(sets);
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
    if (db.driverName() != detail::sqliteDriverName())
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
