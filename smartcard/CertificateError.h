#pragma once

#include "smartcard/CardError.h" // Language

#include <string>

namespace madoguchi::smartcard {

// Why a certificate read from the card was not accepted. Kept apart from CardErrorCode: these
// come from OpenSSL's verdict on bytes, not from the card or PC/SC.
enum class CertificateErrorCode {
    Malformed,        // not a DER X.509 certificate (detail: where it broke)
    UnknownIssuer,    // does not chain to a CA of the configured bundle
    Expired,          // notAfter has passed (date: notAfter)
    NotYetValid,      // notBefore is still to come (date: notBefore)
    BundleUnreadable, // the CA bundle cannot be read or holds no certificate (detail: path)
    Rejected,         // any other verification failure (bad signature, ...): detail says which
};

struct CertificateError
{
    CertificateErrorCode code = CertificateErrorCode::Malformed;
    // For logs and the help desk: OpenSSL's reason, the byte offset, the bundle path.
    std::string detail;
    // Expired: notAfter; NotYetValid: notBefore (ISO 8601 UTC, "2021-01-01T00:00:00Z").
    std::string date;
};

// The sentence for people, without the detail.
std::string messageFor(CertificateErrorCode code, Language language);
// The same with the date filled in where the code has one.
std::string messageFor(const CertificateError& error, Language language);
// A stable identifier for logs and JSON ("UnknownIssuer").
const char* codeName(CertificateErrorCode code);

} // namespace madoguchi::smartcard
