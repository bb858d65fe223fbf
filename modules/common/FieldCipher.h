#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>

namespace madoguchi {

// Encrypts single database fields with AES-256-GCM (OpenSSL EVP). Each blob carries its own
// random nonce and the id of the key that made it, and binds associated data (by convention
// "table.column:rowid") into the tag, so that a blob copied into another row or column fails
// to decrypt instead of showing someone else's data.
//
// Blob: version (1 byte, = 1) | key id (4 bytes, big endian) | nonce (12) | ciphertext | tag (16)
//
// Errors: crypto.wrongKey (another key id, or the tag does not verify), crypto.malformed
// (too short, unknown version), crypto.badKey (the key is not 32 bytes), crypto.failed
// (OpenSSL refused).
class FieldCipher
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::FieldCipher)

public:
    static constexpr int keySize = 32;
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;
    static constexpr int headerSize = 1 + 4 + nonceSize;
    static constexpr quint8 formatVersion = 1;

    // `key` must be keySize bytes; otherwise every call fails with crypto.badKey.
    FieldCipher(quint32 keyId, const QByteArray& key);
    FieldCipher(const FieldCipher& other) = default;
    FieldCipher& operator=(const FieldCipher& other) = default;
    ~FieldCipher();

    bool isValid() const { return m_valid; }
    quint32 keyId() const { return m_keyId; }

    Result<QByteArray> encrypt(const QByteArray& plain, const QByteArray& aad) const;
    Result<QByteArray> decrypt(const QByteArray& blob, const QByteArray& aad) const;

    // The key id stored in `blob`, 0 if the blob is too short to have one.
    static quint32 keyIdOf(const QByteArray& blob);

    // keySize fresh random bytes from OpenSSL's CSPRNG.
    static Result<QByteArray> generateKey();

private:
    // A plain array, not a QByteArray: implicit sharing would leave copies that the destructor
    // cannot wipe.
    std::array<unsigned char, keySize> m_key{};
    quint32 m_keyId = 0;
    bool m_valid = false;
};

} // namespace madoguchi
