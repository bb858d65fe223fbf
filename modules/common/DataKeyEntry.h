#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

// The byte format of DataKeyManager's keychain entry, kept apart from the key handling so
// that the format can be read (and tested through DataKeyManager) on its own. Internal to
// madoguchi_common.
namespace madoguchi::detail {

// Overwrites a secret's bytes before dropping them, so that key material does not linger
// in freed memory.
void wipeSecret(QByteArray& secret);

// version (1) | count | count x (key id, 4 bytes big endian | 32-byte key), newest first.
namespace DataKeyEntry {

struct Item
{
    quint32 id = 0;
    QByteArray key; // FieldCipher::keySize bytes
};

QByteArray serialize(const std::vector<Item>& keys);
// crypto.malformed unless the entry has the version, at least one key and the exact size.
Result<std::vector<Item>> parse(const QByteArray& entry);
// The keychain service and entry name, for an Error's `where`.
QString where();

} // namespace DataKeyEntry
} // namespace madoguchi::detail
