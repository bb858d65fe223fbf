#include "common/DataKeyEntry.h"

#include "common/DataKeyManager.h"
#include "common/FieldCipher.h"
#include "common/SecretStore.h"

#include <QtEndian>

#include <openssl/crypto.h>

namespace madoguchi::detail {

namespace {

constexpr quint8 entryVersion = 1;
constexpr int entryItemSize = 4 + FieldCipher::keySize;

} // namespace

void wipeSecret(QByteArray& secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

namespace DataKeyEntry {

QByteArray serialize(const std::vector<Item>& keys)
{
    QByteArray entry;
    entry.reserve(2 + int(keys.size()) * entryItemSize);
    entry += char(entryVersion);
    entry += char(keys.size());
    for (const Item& item : keys) {
        char id[4];
        qToBigEndian<quint32>(item.id, id);
        entry.append(id, 4);
        entry += item.key;
    }
    return entry;
}

Result<std::vector<Item>> parse(const QByteArray& entry)
{
    const int count = entry.size() >= 2 ? quint8(entry.at(1)) : 0;
    if (entry.size() < 2 || quint8(entry.at(0)) != entryVersion || count < 1 ||
        entry.size() != 2 + count * entryItemSize) {
        return makeError(
            QStringLiteral("crypto.malformed"),
            DataKeyManager::tr("The data key entry in the system keychain is damaged (%1 bytes). "
                               "Restore it from the backup.")
                .arg(entry.size()),
            where());
    }
    std::vector<Item> keys;
    for (int i = 0; i < count; ++i) {
        const char* data = entry.constData() + 2 + i * entryItemSize;
        keys.push_back(Item{qFromBigEndian<quint32>(data), QByteArray(data + 4, FieldCipher::keySize)});
    }
    return keys;
}

QString where()
{
    return SecretStore::serviceName() + u'/' + DataKeyManager::secretKey();
}

} // namespace DataKeyEntry
} // namespace madoguchi::detail
