#include "common/PasswordHasher.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

namespace madoguchi {

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(std::max(1, iterations))
{}

Result<QByteArray> PasswordHasher::derive(const QString& password, const QByteArray& salt, int iterations)
{
    QByteArray utf8 = password.toUtf8();
    QByteArray out(hashBytes, '\0');
    const int rc = PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(), hashBytes,
                                     reinterpret_cast<unsigned char*>(out.data()));
    // Don't leave the plain password in a freed heap block.
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 1)
        return makeError(QStringLiteral("password.kdf"),
                         QCoreApplication::translate("madoguchi::PasswordHasher",
                                                     "The password could not be processed (PBKDF2 failed)."));
    return out;
}

Result<PasswordHash> PasswordHasher::hash(const QString& password) const
{
    QByteArray salt(saltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), saltBytes) != 1)
        return makeError(
            QStringLiteral("password.random"),
            QCoreApplication::translate("madoguchi::PasswordHasher",
                                        "No random numbers are available for the password salt."));
    auto derived = derive(password, salt, m_iterations);
    if (!derived)
        return derived.error();
    return PasswordHash{salt, derived.value(), m_iterations};
}

bool PasswordHasher::verify(const QString& password, const PasswordHash& stored) const
{
    if (stored.iterations <= 0 || stored.salt.isEmpty() || stored.hash.size() != hashBytes)
        return false;
    auto derived = derive(password, stored.salt, stored.iterations);
    if (!derived)
        return false;
    return CRYPTO_memcmp(derived.value().constData(), stored.hash.constData(),
                         static_cast<size_t>(hashBytes)) == 0;
}

} // namespace madoguchi
