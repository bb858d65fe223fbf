#include "ClientIdentity.h"

#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace madoguchi::coresim {

namespace {

QStringList entries(const X509_NAME* name, int nid)
{
    QStringList values;
    for (int index = X509_NAME_get_index_by_NID(name, nid, -1); index >= 0;
         index = X509_NAME_get_index_by_NID(name, nid, index)) {
        const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, data);
        if (length >= 0)
            values.append(QString::fromUtf8(reinterpret_cast<const char*>(utf8), length));
        OPENSSL_free(utf8);
    }
    return values;
}

} // namespace

ClientIdentity ClientIdentity::fromCertificate(const X509* certificate)
{
    ClientIdentity identity;
    if (!certificate)
        return identity;
    const X509_NAME* subject = X509_get_subject_name(certificate);
    identity.commonName = entries(subject, NID_commonName).value(0);
    identity.organisationalUnits = entries(subject, NID_organizationalUnitName);
    return identity;
}

ClientIdentity ClientIdentity::fromConnection(const SSL* ssl)
{
    // The handshake refuses connections without a verified certificate, so there always is one
    // here; an empty identity is still handled (it is in no segment and logs as "-").
    return ssl ? fromCertificate(SSL_get0_peer_certificate(ssl)) : ClientIdentity();
}

bool ClientIdentity::inMyNumberSegment(const QStringList& counterIds, const QString& unit) const
{
    if (commonName.isEmpty())
        return false;
    return counterIds.contains(commonName) || (!unit.isEmpty() && organisationalUnits.contains(unit));
}

} // namespace madoguchi::coresim
