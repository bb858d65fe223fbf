#pragma once

#include "smartcard/CertificateError.h"
#include "smartcard/Outcome.h"

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

struct x509_store_st; // OpenSSL's X509_STORE: kept out of this header so callers need no OpenSSL

namespace madoguchi::smartcard {

// What a verified certificate says, as text for the identity panel and the audit log.
struct CertificateInfo
{
    std::string subject;   // RFC 2253, UTF-8 ("CN=...,C=JP")
    std::string issuer;    // likewise
    std::string notBefore; // ISO 8601 UTC, "2024-04-01T00:00:00Z"
    std::string notAfter;
    std::string serial; // upper-case hex without separators ("1A2B")
};

// Verifies the card's JPKI authentication certificate (DER, EF 000A) against a configured CA
// bundle: the J-LIS CA in production, the test CA in tests. The bundle's certificates are
// trust anchors; no partial chains, no CRL (revocation needs J-LIS's online service).
// Immutable after construction and cheap to copy (the store is shared), so one verifier may
// serve several threads.
class CertificateVerifier
{
public:
    using Result = Outcome<CertificateInfo, CertificateError>;

    // One or more PEM certificates from a file (UTF-8 path) or from memory.
    static Outcome<CertificateVerifier, CertificateError> fromBundleFile(const std::string& path);
    static Outcome<CertificateVerifier, CertificateError> fromBundlePem(const std::string& pem);

    // Trailing 00/FF filler after the certificate is accepted (a card EF may be longer than
    // the certificate); any other trailing byte makes the input Malformed.
    Result verify(const std::vector<std::uint8_t>& der) const;
    Result verify(const std::uint8_t* der, std::size_t size) const;
    // At a given moment instead of now: for tests, and to re-check an old audit record.
    Result verifyAt(const std::uint8_t* der, std::size_t size, std::time_t when) const;

    // What the certificate says, without a verdict: to show the subject and validity of a
    // certificate that failed verification. Malformed is the only error.
    static Result inspect(const std::uint8_t* der, std::size_t size);

    std::size_t anchorCount() const { return m_anchorCount; }

private:
    CertificateVerifier(std::shared_ptr<x509_store_st> store, std::size_t anchors);

    std::shared_ptr<x509_store_st> m_store;
    std::size_t m_anchorCount = 0;
};

} // namespace madoguchi::smartcard
