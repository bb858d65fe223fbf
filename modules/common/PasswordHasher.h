#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace madoguchi {

// A stored password: PBKDF2-HMAC-SHA256 of the UTF-8 password with a per-user random salt.
// The iteration count travels with the hash so that it can be raised later without breaking
// existing accounts (old rows keep verifying with their own count).
struct PasswordHash
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

// Hashes and verifies staff passwords. Stateless apart from the iteration count used for new
// hashes, so one instance can be shared; tests pass a low count to stay fast.
class PasswordHasher
{
public:
    // OWASP 2023 recommendation for PBKDF2-HMAC-SHA256.
    static constexpr int defaultIterations = 210000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;

    explicit PasswordHasher(int iterations = defaultIterations);

    int iterations() const { return m_iterations; }

    // A fresh salt from the OpenSSL CSPRNG and the derived key.
    Result<PasswordHash> hash(const QString& password) const;

    // Recomputes with the stored salt and iteration count; constant-time compare.
    bool verify(const QString& password, const PasswordHash& stored) const;

private:
    static Result<QByteArray> derive(const QString& password, const QByteArray& salt, int iterations);

    int m_iterations;
};

} // namespace madoguchi
