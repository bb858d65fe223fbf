#include "common/DataKeyManager.h"

#include "common/DataKeyEntry.h"
#include "common/Database.h"
#include "common/Logging.h"
#include "common/SecretStore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace madoguchi {

namespace {

namespace keychainEntry = detail::DataKeyEntry;
using detail::wipeSecret;

Error dbError(const QSqlQuery& query, const QString& where)
{
    return makeError(QStringLiteral("db.failed"),
                     QCoreApplication::translate("madoguchi::DataKeyManager", "A database query failed: %1")
                         .arg(query.lastError().text()),
                     where);
}

Error notLoaded(const QString& where)
{
    return makeError(
        QStringLiteral("crypto.notLoaded"),
        QCoreApplication::translate("madoguchi::DataKeyManager", "The data key has not been loaded."), where);
}

Error busy()
{
    return makeError(QStringLiteral("crypto.busy"),
                     QCoreApplication::translate("madoguchi::DataKeyManager",
                                                 "The data key is already being loaded or rotated."),
                     keychainEntry::where());
}

bool isIdentifier(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

} // namespace

DataKeyManager::DataKeyManager(Database& db, SecretStore& store, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
{}

DataKeyManager::~DataKeyManager()
{
    for (LoadedKey& loaded : m_loaded)
        wipeSecret(loaded.key);
}

MigrationSet DataKeyManager::migrations()
{
    // id is given explicitly on insert (MAX + 1) so that the statement is the same on SQLite
    // and PostgreSQL.
    return MigrationSet{QStringLiteral("datakey"),
                        {Migration{1,
                                   QStringLiteral("data key ids"),
                                   {QStringLiteral("CREATE TABLE data_key_info (id BIGINT PRIMARY KEY, "
                                                   "key_id BIGINT NOT NULL, created_at TEXT NOT NULL)")}}}};
}

QByteArray DataKeyManager::aadFor(const QString& table, const QString& column, const QVariant& id)
{
    return (table + u'.' + column + u':' + id.toString()).toUtf8();
}

void DataKeyManager::registerColumn(QString table, QString idColumn, QString column)
{
    m_columns.push_back(Column{std::move(table), std::move(idColumn), std::move(column)});
}

QByteArray DataKeyManager::serialize(const std::vector<const LoadedKey*>& keys)
{
    std::vector<keychainEntry::Item> items;
    items.reserve(keys.size());
    for (const LoadedKey* loaded : keys)
        items.push_back({loaded->id, loaded->key});
    return keychainEntry::serialize(items);
}

Result<std::vector<DataKeyManager::LoadedKey>> DataKeyManager::parse(const QByteArray& entry)
{
    Result<std::vector<keychainEntry::Item>> items = keychainEntry::parse(entry);
    if (!items)
        return items.error();
    std::vector<LoadedKey> keys;
    for (keychainEntry::Item& item : items.value()) {
        LoadedKey loaded;
        loaded.id = item.id;
        loaded.key = std::move(item.key);
        loaded.cipher = std::make_unique<FieldCipher>(loaded.id, loaded.key);
        keys.push_back(std::move(loaded));
    }
    return keys;
}

Result<quint32> DataKeyManager::recordedKeyId(bool maximum) const
{
    QSqlQuery query(m_db.connection());
    const QString sql = maximum ? QStringLiteral("SELECT MAX(key_id) FROM data_key_info")
                                : QStringLiteral("SELECT key_id FROM data_key_info ORDER BY id DESC LIMIT 1");
    if (!query.exec(sql))
        return dbError(query, QStringLiteral("data_key_info"));
    return query.next() ? quint32(query.value(0).toLongLong()) : quint32(0);
}

Status DataKeyManager::recordKeyId(quint32 keyId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO data_key_info (id, key_id, created_at) "
                                 "SELECT COALESCE(MAX(id), 0) + 1, ?, ? FROM data_key_info"));
    query.addBindValue(qint64(keyId));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return dbError(query, QStringLiteral("data_key_info"));
    return {};
}

const FieldCipher* DataKeyManager::cipherFor(quint32 keyId) const
{
    for (const LoadedKey& loaded : m_loaded) {
        if (loaded.id == keyId)
            return loaded.cipher.get();
    }
    return nullptr;
}

Result<QByteArray> DataKeyManager::encrypt(const QByteArray& plain, const QByteArray& aad) const
{
    if (!m_current)
        return notLoaded(QString::fromUtf8(aad));
    return m_current->encrypt(plain, aad);
}

Result<QByteArray> DataKeyManager::decrypt(const QByteArray& blob, const QByteArray& aad) const
{
    const quint32 keyId = FieldCipher::keyIdOf(blob);
    const FieldCipher* cipher = cipherFor(keyId);
    if (!cipher) {
        if (!m_current)
            return notLoaded(QString::fromUtf8(aad));
        cipher = m_current; // reports malformed data or the foreign key id in its own words
    }
    return cipher->decrypt(blob, aad);
}

void DataKeyManager::finish(const QPointer<QObject>& context, const StatusCallback& done,
                            const Status& status)
{
    m_busy = false;
    if (!status)
        qCWarning(lcCrypto) << "data key:" << status.error().code << status.error().toString();
    invokeInContext(context, [done, status] { done(status); });
}

void DataKeyManager::load(QObject* context, StatusCallback done)
{
    const QPointer<QObject> guard(context);
    if (m_busy) {
        invokeInContext(guard, [done = std::move(done)] { done(busy()); });
        return;
    }
    const Result<quint32> recorded = recordedKeyId(false);
    if (!recorded)
        return finish(guard, done, recorded.error());
    m_busy = true;
    const quint32 recordedId = recorded.value();
    m_store.read(secretKey(), this, [this, recordedId, guard, done](Result<QByteArray> entry) {
        adoptEntry(std::move(entry), recordedId, guard, done);
    });
}

void DataKeyManager::adoptEntry(Result<QByteArray> entry, quint32 recorded, const QPointer<QObject>& context,
                                StatusCallback done)
{
    if (!entry && entry.error().code == QLatin1String("secret.notFound")) {
        if (recorded != 0) {
            finish(context, done,
                   makeError(QStringLiteral("crypto.keyMissing"),
                             tr("The database is encrypted with data key %1, but the system keychain has no "
                                "data key. Restore the keychain entry from the backup; a new key would make "
                                "the stored personal data unreadable.")
                                 .arg(recorded),
                             keychainEntry::where()));
            return;
        }
        createFirstKey(context, std::move(done));
        return;
    }
    if (!entry)
        return finish(context, done, entry.error());
    Result<std::vector<LoadedKey>> parsed = parse(entry.value());
    wipeSecret(entry.value());
    if (!parsed)
        return finish(context, done, parsed.error());
    std::vector<LoadedKey> keys = std::move(parsed).value();
    // No id recorded but an entry exists: a crash after the first key was stored and before
    // the database recorded it. Adopt the newest key rather than orphan it.
    const quint32 currentId = recorded != 0 ? recorded : keys.front().id;
    const auto current =
        std::find_if(keys.begin(), keys.end(), [currentId](const LoadedKey& k) { return k.id == currentId; });
    if (current == keys.end()) {
        QStringList ids;
        for (const LoadedKey& k : keys)
            ids << QString::number(k.id);
        finish(context, done,
               makeError(QStringLiteral("crypto.keyMissing"),
                         tr("The database is encrypted with data key %1, but the system keychain holds only "
                            "key(s) %2. Restore the keychain entry from the backup that matches this "
                            "database.")
                             .arg(currentId)
                             .arg(ids.join(QStringLiteral(", "))),
                         keychainEntry::where()));
        return;
    }
    if (recorded == 0) {
        const Status recordedNow = recordKeyId(currentId);
        if (!recordedNow)
            return finish(context, done, recordedNow);
    }
    for (LoadedKey& old : m_loaded)
        wipeSecret(old.key);
    // Keys other than the current one stay loaded: after an interrupted rotation some blobs
    // may still be under them. The next rotation drops them from the entry.
    m_loaded = std::move(keys);
    m_current = cipherFor(currentId);
    qCInfo(lcCrypto) << "data key" << currentId << "loaded," << m_loaded.size() << "key(s) in the entry";
    finish(context, done, {});
}

void DataKeyManager::createFirstKey(const QPointer<QObject>& context, StatusCallback done)
{
    Result<QByteArray> key = FieldCipher::generateKey();
    if (!key)
        return finish(context, done, key.error());
    auto fresh = std::make_shared<LoadedKey>();
    fresh->id = 1;
    fresh->key = std::move(key).value();
    fresh->cipher = std::make_unique<FieldCipher>(fresh->id, fresh->key);
    // Keychain first, database second: a crash in between leaves a key that the next load
    // adopts, never a recorded id without its key.
    m_store.write(secretKey(), serialize({fresh.get()}), this, [this, fresh, context, done](Status written) {
        if (!written) {
            wipeSecret(fresh->key);
            finish(context, done, written);
            return;
        }
        const Status recorded = recordKeyId(fresh->id);
        if (!recorded)
            return finish(context, done, recorded);
        m_loaded.clear();
        m_loaded.push_back(std::move(*fresh));
        m_current = m_loaded.front().cipher.get();
        qCInfo(lcCrypto) << "created data key" << m_current->keyId();
        finish(context, done, {});
    });
}

Status DataKeyManager::reencryptColumn(const Column& column, const FieldCipher& target)
{
    const QString where = column.table + u'.' + column.column;
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL")
                         .arg(column.idColumn, column.column, column.table)))
        return dbError(select, where);
    std::vector<std::pair<QVariant, QByteArray>> rows;
    while (select.next())
        rows.emplace_back(select.value(0), select.value(1).toByteArray());
    select.finish();

    QSqlQuery update(m_db.connection());
    if (!update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                            .arg(column.table, column.column, column.idColumn)))
        return dbError(update, where);
    for (auto& [id, blob] : rows) {
        const quint32 keyId = FieldCipher::keyIdOf(blob);
        if (keyId == target.keyId())
            continue; // already under the new key (a rotation resumed after an error)
        const QByteArray aad = aadFor(column.table, column.column, id);
        const FieldCipher* source = cipherFor(keyId);
        if (!source)
            return makeError(QStringLiteral("crypto.keyMissing"),
                             tr("A value is encrypted with data key %1, which the system keychain does not "
                                "hold; the key was not rotated.")
                                 .arg(keyId),
                             QString::fromUtf8(aad));
        Result<QByteArray> plain = source->decrypt(blob, aad);
        if (!plain)
            return plain.error();
        Result<QByteArray> reencrypted = target.encrypt(plain.value(), aad);
        wipeSecret(plain.value());
        if (!reencrypted)
            return reencrypted.error();
        update.addBindValue(reencrypted.value());
        update.addBindValue(id);
        if (!update.exec())
            return dbError(update, QString::fromUtf8(aad));
    }
    return {};
}

void DataKeyManager::rotate(QObject* context, StatusCallback done)
{
    const QPointer<QObject> guard(context);
    const auto fail = [&](const Error& error) { invokeInContext(guard, [done, error] { done(error); }); };
    if (m_busy)
        return fail(busy());
    if (!m_current)
        return fail(notLoaded(keychainEntry::where()));
    for (const Column& column : m_columns) {
        if (!isIdentifier(column.table) || !isIdentifier(column.idColumn) || !isIdentifier(column.column))
            return fail(makeError(QStringLiteral("crypto.badColumn"),
                                  tr("An encrypted column is registered with an invalid name."),
                                  column.table + u'.' + column.column));
    }
    const Result<quint32> maxRecorded = recordedKeyId(true);
    if (!maxRecorded)
        return fail(maxRecorded.error());
    quint32 newId = maxRecorded.value();
    for (const LoadedKey& loaded : m_loaded)
        newId = std::max(newId, loaded.id);
    ++newId;
    Result<QByteArray> key = FieldCipher::generateKey();
    if (!key)
        return fail(key.error());

    auto fresh = std::make_shared<LoadedKey>();
    fresh->id = newId;
    fresh->key = std::move(key).value();
    fresh->cipher = std::make_unique<FieldCipher>(fresh->id, fresh->key);
    // Step 1: the entry holds the new key and every old one before any blob changes.
    std::vector<const LoadedKey*> all{fresh.get()};
    for (const LoadedKey& loaded : m_loaded)
        all.push_back(&loaded);
    m_busy = true;
    m_store.write(secretKey(), serialize(all), this, [this, fresh, guard, done](Status written) {
        if (!written) {
            wipeSecret(fresh->key);
            finish(guard, done, written);
            return;
        }
        // Step 2: every blob and the recorded key id change together, or nothing does.
        const Status reencrypted = inWriteTransaction(m_db.connection(), [this, &fresh]() -> Status {
            for (const Column& column : m_columns) {
                const Status status = reencryptColumn(column, *fresh->cipher);
                if (!status)
                    return status;
            }
            return recordKeyId(fresh->id);
        });
        if (!reencrypted) {
            wipeSecret(fresh->key);
            finish(guard, done, reencrypted);
            return;
        }
        m_loaded.insert(m_loaded.begin(), std::move(*fresh));
        m_current = m_loaded.front().cipher.get();
        qCInfo(lcCrypto) << "data key rotated to" << m_current->keyId();
        // Step 3: drop the old keys from the entry. If this fails the rotation still stands:
        // the entry merely keeps keys that no blob uses any more.
        m_store.write(secretKey(), serialize({&m_loaded.front()}), this, [this, guard, done](Status trimmed) {
            if (trimmed) {
                for (auto it = m_loaded.begin() + 1; it != m_loaded.end(); ++it)
                    wipeSecret(it->key);
                m_loaded.erase(m_loaded.begin() + 1, m_loaded.end());
            } else {
                qCWarning(lcCrypto) << "old data keys stay in the keychain entry:"
                                    << trimmed.error().toString();
            }
            finish(guard, done, {});
        });
    });
}

} // namespace madoguchi
