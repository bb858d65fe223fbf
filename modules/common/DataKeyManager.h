#pragma once

#include "common/FieldCipher.h"
#include "common/Migration.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

namespace madoguchi {

class Database;
class SecretStore;

// The data key that encrypts personal fields at rest. The key itself lives only in the
// SecretStore (entry "data-key"); the database records which key id is current
// (data_key_info), never the key. Losing the keychain entry makes the data unreadable, so a
// missing key is an error for IT (crypto.keyMissing), never a reason to make a new one.
//
// Keychain entry: version (1) | count | count x (key id, 4 bytes big endian | 32-byte key),
// newest first. During a rotation it holds the new and the old key, so that a crash at any
// step leaves every blob decryptable on the next load.
//
// Callbacks follow SecretStore's rules (later, in the context's thread, not if it died).
// Database work (rotation re-encrypts every registered column) runs in the calling thread.
class DataKeyManager : public QObject
{
    Q_OBJECT

public:
    using StatusCallback = std::function<void(Status)>;

    DataKeyManager(Database& db, SecretStore& store, QObject* parent = nullptr);
    ~DataKeyManager() override;

    static MigrationSet migrations();
    static QString secretKey() { return QStringLiteral("data-key"); }
    // The associated data bound into a column's blobs: "table.column:id".
    static QByteArray aadFor(const QString& table, const QString& column, const QVariant& id);

    // Declares an encrypted column (its blobs use aadFor(table, column, id)); rotate()
    // re-encrypts every declared column. Names must be plain SQL identifiers.
    void registerColumn(QString table, QString idColumn, QString column);

    // Reads the key from the store; on first use (no key id recorded and no entry) creates one.
    void load(QObject* context, StatusCallback done);
    // Replaces the key with a new one and re-encrypts every registered column in one
    // transaction.
    void rotate(QObject* context, StatusCallback done);

    bool isLoaded() const { return m_current != nullptr; }
    // The current key's cipher, nullptr before load() succeeded.
    const FieldCipher* cipher() const { return m_current; }
    // encrypt() with the current key; decrypt() with whichever loaded key made the blob.
    Result<QByteArray> encrypt(const QByteArray& plain, const QByteArray& aad) const;
    Result<QByteArray> decrypt(const QByteArray& blob, const QByteArray& aad) const;

private:
    struct Column
    {
        QString table;
        QString idColumn;
        QString column;
    };
    struct LoadedKey
    {
        quint32 id = 0;
        QByteArray key; // needed to write the entry back; wiped on destruction
        std::unique_ptr<FieldCipher> cipher;
    };

    static QByteArray serialize(const std::vector<const LoadedKey*>& keys);
    static Result<std::vector<LoadedKey>> parse(const QByteArray& entry);
    Result<quint32> recordedKeyId(bool maximum) const;
    Status recordKeyId(quint32 keyId);
    Status reencryptColumn(const Column& column, const FieldCipher& target);
    const FieldCipher* cipherFor(quint32 keyId) const;
    void adoptEntry(Result<QByteArray> entry, quint32 recorded, const QPointer<QObject>& context,
                    StatusCallback done);
    void createFirstKey(const QPointer<QObject>& context, StatusCallback done);
    void finish(const QPointer<QObject>& context, const StatusCallback& done, const Status& status);

    Database& m_db;
    SecretStore& m_store;
    std::vector<Column> m_columns;
    std::vector<LoadedKey> m_loaded; // every key of the entry; decrypt() picks by key id
    const FieldCipher* m_current = nullptr;
    // One load or rotation at a time: they rewrite the same keychain entry.
    bool m_busy = false;
};

} // namespace madoguchi
