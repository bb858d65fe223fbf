#include "sync/ResidentCache.h"

#include "common/DataKeyManager.h"
#include "common/Database.h"
#include "sync/JsonReader.h"
#include "sync/ResidentJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

Error cacheError(const QSqlQuery& query)
{
    return makeError(QStringLiteral("sync.cache.db"),
                     ResidentCache::tr("The local copy of resident records could not be used: %1")
                         .arg(query.lastError().text()),
                     ResidentCache::table());
}

QByteArray aad(const QString& residentId)
{
    return DataKeyManager::aadFor(ResidentCache::table(), ResidentCache::column(), residentId);
}

} // namespace

ResidentCache::ResidentCache(Database& database, const DataKeyManager& dataKey)
    : m_database(database)
    , m_dataKey(dataKey)
{}

Status ResidentCache::store(QSqlDatabase db, const ResidentRecord& record, Source source) const
{
    const QByteArray plain = QJsonDocument(ResidentJson::write(record)).toJson(QJsonDocument::Compact);
    Result<QByteArray> sealed = m_dataKey.encrypt(plain, aad(record.residentId));
    if (!sealed)
        return sealed.error();
    QSqlQuery query(db);
    // A record only moves forward: an older extract never overwrites what the core sent since.
    query.prepare(
        QStringLiteral("INSERT INTO sync_residents (resident_id, version, source, stale, record_enc, "
                       "cached_ms) VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (resident_id) DO UPDATE SET "
                       "version = excluded.version, source = excluded.source, stale = 0, "
                       "record_enc = excluded.record_enc, cached_ms = excluded.cached_ms "
                       "WHERE sync_residents.version <= excluded.version"));
    query.addBindValue(record.residentId);
    query.addBindValue(record.version);
    query.addBindValue(source == Source::Core ? QStringLiteral("core") : QStringLiteral("file"));
    query.addBindValue(sealed.value());
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return cacheError(query);
    return {};
}

Status ResidentCache::store(const ResidentRecord& record, Source source) const
{
    return store(m_database.connection(), record, source);
}

Status ResidentCache::storeAll(const QList<ResidentRecord>& records, Source source,
                               const std::function<bool(int done)>& keepGoing) const
{
    QSqlDatabase db = m_database.connection();
    return inWriteTransaction(db, [&]() -> Status {
        int done = 0;
        for (const ResidentRecord& record : records) {
            if (const Status stored = store(db, record, source); !stored)
                return stored;
            ++done;
            if (keepGoing && !keepGoing(done))
                return makeError(QStringLiteral("sync.cache.cancelled"), tr("Cancelled."), table());
        }
        return {};
    });
}

Result<std::optional<ResidentRecord>> ResidentCache::find(const QString& residentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT record_enc FROM sync_residents WHERE resident_id = ?"));
    query.addBindValue(residentId);
    if (!query.exec())
        return cacheError(query);
    if (!query.next())
        return std::optional<ResidentRecord>();
    Result<QByteArray> plain = m_dataKey.decrypt(query.value(0).toByteArray(), aad(residentId));
    if (!plain)
        return plain.error();
    Result<QJsonObject> object = JsonReader::parseObject(plain.value());
    if (!object)
        return object.error();
    JsonReader reader(object.value(), QString());
    ResidentRecord record = ResidentJson::read(reader);
    if (const auto error = reader.error())
        return *error;
    return std::optional<ResidentRecord>(record);
}

Result<bool> ResidentCache::isStale(const QString& residentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT stale FROM sync_residents WHERE resident_id = ?"));
    query.addBindValue(residentId);
    if (!query.exec())
        return cacheError(query);
    return !query.next() || query.value(0).toInt() != 0;
}

Status ResidentCache::markStale(QSqlDatabase db, const QStringList& residentIds) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sync_residents SET stale = 1 WHERE resident_id = ?"));
    for (const QString& id : residentIds) {
        query.bindValue(0, id);
        if (!query.exec())
            return cacheError(query);
    }
    return {};
}

Result<int> ResidentCache::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_residents")) || !query.next())
        return cacheError(query);
    return query.value(0).toInt();
}

} // namespace madoguchi::sync
