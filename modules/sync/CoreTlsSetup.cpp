#include "sync/CoreTlsSetup.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <algorithm>

namespace madoguchi::sync {

namespace {

Error configError(const char* code, const QString& message, const QString& where)
{
    return makeError(QString::fromLatin1(code), message, where);
}

// The issuer or subject name with every attribute, for comparing names exactly.
QStringList distinguishedName(const QSslCertificate& certificate, bool subject)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values =
            subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        parts << QString::fromLatin1(attribute) + u'=' + values.join(u'+');
    }
    parts.sort();
    return parts;
}

} // namespace

Result<QSslConfiguration> CoreTlsSetup::build(const CoreClientConfig& config, const QDateTime& now)
{
    if (!config.baseUrl.isValid() || config.baseUrl.scheme() != QLatin1String("https") ||
        config.baseUrl.host().isEmpty())
        return configError(
            "core.config.baseUrl",
            tr("The address of the core system is not set or is not an https:// address. Ask IT "
               "to set it in the settings."),
            config.baseUrl.toString());

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
    if (config.caFile.isEmpty() || ca.isEmpty())
        return configError(
            "core.config.caFile",
            tr("The ward CA certificate for the core system cannot be read, so the server cannot "
               "be checked. Ask IT to set the CA file in the settings."),
            config.caFile);

    if (config.pkcs12File.isEmpty())
        return configError("core.config.noClientCertificate",
                           tr("This PC has no client certificate for the core system configured. Ask IT to "
                              "install this counter's certificate (PKCS#12) and set it in the settings."),
                           QString());
    QFile p12(config.pkcs12File);
    if (!p12.open(QIODevice::ReadOnly))
        return configError("core.config.clientCertificate",
                           tr("This PC's client certificate file cannot be read. Ask IT to check it."),
                           config.pkcs12File + QStringLiteral(": ") + p12.errorString());
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&p12, &key, &certificate, &chain, config.passphrase) ||
        certificate.isNull() || key.isNull())
        return configError("core.config.clientCertificate",
                           tr("This PC's client certificate cannot be opened: the file is damaged or its "
                              "passphrase in the system keychain is wrong. Ask IT to check it."),
                           config.pkcs12File);
    if (certificate.expiryDate() < now || certificate.effectiveDate() > now)
        return configError(
            "core.config.clientExpired",
            tr("This PC's client certificate for the core system is not valid now (valid %1 to "
               "%2). Ask IT for a new certificate, or check this PC's date and time.")
                .arg(certificate.effectiveDate().toString(Qt::ISODate),
                     certificate.expiryDate().toString(Qt::ISODate)),
            config.pkcs12File);
    const QStringList issuer = certificate.issuerInfo(QSslCertificate::CommonName);
    const QStringList issuerName = distinguishedName(certificate, false);
    const bool fromWardCa = std::any_of(ca.cbegin(), ca.cend(), [&issuerName](const QSslCertificate& c) {
        return distinguishedName(c, true) == issuerName;
    });
    if (!fromWardCa)
        return configError(
            "core.config.clientForeign",
            tr("This PC's client certificate was not issued by the ward CA (issuer: %1), so the "
               "core system will refuse it. Ask IT for a certificate from the ward CA.")
                .arg(issuer.join(u' ')),
            config.pkcs12File);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Only the ward CA: a certificate from a public CA must never be accepted for the core.
    tls.setCaCertificates(ca);
    tls.setProtocol(config.protocol);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    for (auto it = config.tlsBackendOptions.cbegin(); it != config.tlsBackendOptions.cend(); ++it)
        tls.setBackendConfigurationOption(it.key(), it.value());
    return tls;
}

} // namespace madoguchi::sync
