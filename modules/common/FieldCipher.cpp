#include "common/FieldCipher.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace madoguchi {

namespace {

struct CtxDeleter
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace

FieldCipher::FieldCipher(quint32 keyId, const QByteArray& key)
    : m_keyId(keyId)
    , m_valid(key.size() == keySize)
{
    if (m_valid)
        std::memcpy(m_key.data(), key.constData(), keySize);
}

FieldCipher::~FieldCipher()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

quint32 FieldCipher::keyIdOf(const QByteArray& blob)
{
    if (blob.size() < 5)
        return 0;
    return qFromBigEndian<quint32>(blob.constData() + 1);
}

Result<QByteArray> FieldCipher::generateKey()
{
    QByteArray key(keySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), keySize) != 1)
        return makeError(QStringLiteral("crypto.failed"), tr("The random number generator failed."));
    return key;
}

Result<QByteArray> FieldCipher::encrypt(const QByteArray& plain, const QByteArray& aad) const
{
    const QString where = QString::fromLatin1(aad);
    if (!m_valid)
        return makeError(QStringLiteral("crypto.badKey"),
                         tr("The data key %1 is not %2 bytes long.").arg(m_keyId).arg(keySize), where);
    const auto fail = [&] {
        return makeError(QStringLiteral("crypto.failed"), tr("Encrypting the data failed."), where);
    };

    QByteArray blob(headerSize + plain.size() + tagSize, Qt::Uninitialized);
    blob[0] = char(formatVersion);
    qToBigEndian<quint32>(m_keyId, blob.data() + 1);
    unsigned char* nonce = bytes(blob) + 5;
    if (RAND_bytes(nonce, nonceSize) != 1)
        return fail();

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, m_key.data(), nonce) != 1)
        return fail();
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        return fail();
    unsigned char* out = bytes(blob) + headerSize;
    int written = 0;
    if (!plain.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), out, &len, bytes(plain), int(plain.size())) != 1)
            return fail();
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), out + written, &len) != 1)
        return fail();
    written += len;
    if (written != plain.size() ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagSize, out + written) != 1)
        return fail();
    return blob;
}

Result<QByteArray> FieldCipher::decrypt(const QByteArray& blob, const QByteArray& aad) const
{
    const QString where = QString::fromLatin1(aad);
    if (blob.size() < headerSize + tagSize)
        return makeError(QStringLiteral("crypto.malformed"),
                         tr("The encrypted data is too short (%1 bytes, at least %2 expected).")
                             .arg(blob.size())
                             .arg(headerSize + tagSize),
                         where);
    if (quint8(blob.at(0)) != formatVersion)
        return makeError(QStringLiteral("crypto.malformed"),
                         tr("The encrypted data has an unknown format version %1.").arg(quint8(blob.at(0))),
                         where);
    if (!m_valid)
        return makeError(QStringLiteral("crypto.badKey"),
                         tr("The data key %1 is not %2 bytes long.").arg(m_keyId).arg(keySize), where);
    const quint32 blobKeyId = keyIdOf(blob);
    const auto wrongKey = [&] {
        return makeError(
            QStringLiteral("crypto.wrongKey"),
            tr("The data cannot be decrypted with this key (key id %1; the data names key id %2).")
                .arg(m_keyId)
                .arg(blobKeyId),
            where);
    };
    if (blobKeyId != m_keyId)
        return wrongKey();

    const auto cipherSize = int(blob.size() - headerSize - tagSize);
    const unsigned char* nonce = bytes(blob) + 5;
    const unsigned char* cipherText = bytes(blob) + headerSize;
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer although it only reads.
    unsigned char tag[tagSize];
    std::memcpy(tag, cipherText + cipherSize, tagSize);

    const auto fail = [&] {
        return makeError(QStringLiteral("crypto.failed"), tr("Decrypting the data failed."), where);
    };
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, m_key.data(), nonce) != 1)
        return fail();
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        return fail();
    QByteArray plain(cipherSize, Qt::Uninitialized);
    int written = 0;
    if (cipherSize > 0) {
        if (EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, cipherText, cipherSize) != 1)
            return fail();
        written = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag) != 1)
        return fail();
    // A tag that does not verify means another key, other associated data or altered bytes;
    // GCM cannot tell which, and the key id already matched.
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + written, &len) != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return makeError(QStringLiteral("crypto.wrongKey"),
                         tr("The data cannot be decrypted with this key (key id %1): it was made with "
                            "another key, belongs to another field, or was altered.")
                             .arg(m_keyId),
                         where);
    }
    return plain;
}

} // namespace madoguchi
