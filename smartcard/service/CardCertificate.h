#pragma once

#include "smartcard/CardError.h"
#include "smartcard/CertificateError.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

namespace madoguchi {

// The JPKI authentication certificate as the card service reports it: the DER read from the
// card, what it says, and the verdict of checking it against the configured CA bundle
// (card/jpkiCaBundle: the J-LIS CA in production, the test CA in tests) at the time of the
// read. A certificate that fails the check is still reported (the clerk sees whose it is and
// why it is not accepted); only a failed card read is a requestFailed.
struct CardCertificate
{
    enum class Verdict {
        Good,        // chains to a CA of the bundle and is within its validity
        WrongCa,     // does not chain to any CA of the bundle
        Expired,     // notAfter has passed
        NotYetValid, // notBefore is still to come
        Malformed,   // not a DER X.509 certificate (subject etc. are empty)
        Rejected,    // any other verification failure (bad signature, ...)
        NoCaBundle,  // no bundle configured, or it cannot be read: not checked
    };

    QByteArray der;
    Verdict verdict = Verdict::NoCaBundle;
    QString subject; // RFC 2253, UTF-8
    QString issuer;
    QString serial;      // upper-case hex
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString detail;      // for the help desk: OpenSSL's reason, the bundle path

    // Checks `der` against the bundle file (UTF-8 path; empty: NoCaBundle) at `when`. Runs on
    // the card thread: reading the bundle and OpenSSL's check take a few milliseconds.
    static CardCertificate check(const std::vector<std::uint8_t>& der, const std::string& caBundle,
                                 std::time_t when);

    bool isTrusted() const { return verdict == Verdict::Good; }
    // Why the certificate is not accepted, empty for Good.
    QString problem(smartcard::Language language) const;
    // A stable identifier for logs and JSON ("WrongCa").
    static const char* verdictName(Verdict verdict);
};

} // namespace madoguchi

Q_DECLARE_METATYPE(madoguchi::CardCertificate)
