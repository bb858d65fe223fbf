#pragma once

#include <QString>
#include <QStringList>

#include <openssl/types.h>

namespace madoguchi::coresim {

// Who is calling, read from the client certificate that the TLS handshake already verified
// against the ward CA. The counter id is the subject CN; nothing in the request can change it.
struct ClientIdentity
{
    QString commonName;
    QStringList organisationalUnits;

    static ClientIdentity fromCertificate(const X509* certificate);
    static ClientIdentity fromConnection(const SSL* ssl);

    // In the My Number segment by name (a configured CN list) or by OU.
    bool inMyNumberSegment(const QStringList& counterIds, const QString& unit) const;
};

} // namespace madoguchi::coresim
