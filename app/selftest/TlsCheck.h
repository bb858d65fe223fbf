#pragma once

#include "CheckResult.h"

#include <QCoreApplication>
#include <QDateTime>

namespace madoguchi {

// Is the link to the core system (HTTPS with mutual TLS) configured so that it can work: a TLS
// library, an https base URL, a readable CA bundle of valid PEM certificates, this PC's client
// certificate file? Reads local files only; it does not connect (sync/ owns the connection)
// and does not open the PKCS#12 file, whose passphrase lives in the keychain.
class TlsCheck
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::TlsCheck)

public:
    struct Input
    {
        QString baseUrl;
        QString caBundlePath;
        QString clientCertificatePath;
    };

    // `now` decides which certificates count as expired (a parameter so tests are stable).
    static CheckResult run(const Input& input, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // A CA certificate that expires within this many days is a warning.
    static constexpr int expiryWarningDays = 30;
};

} // namespace madoguchi
