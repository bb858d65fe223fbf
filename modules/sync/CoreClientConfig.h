#pragma once

#include <QByteArray>
#include <QMap>
#include <QSsl>
#include <QString>
#include <QUrl>
#include <QVariant>

namespace madoguchi::sync {

// Everything CoreClient needs to reach the core system. Built by CoreConfigLoader from the
// settings (address, CA file, PKCS#12 file: policy-capable) and the SecretStore (the PKCS#12
// passphrase, never in a settings file); tests build it by hand.
struct CoreClientConfig
{
    QUrl baseUrl;          // https://core.example.lg.jp:8443
    QString caFile;        // PEM: the ward CA (only these certificates are trusted)
    QString pkcs12File;    // this counter PC's client certificate and key
    QByteArray passphrase; // of the PKCS#12 file

    int timeoutMs = 20000; // per request, without an answer (QNetworkRequest::setTransferTimeout)
    int maxAttempts = 4;   // for retryable failures; 1 = no retry
    int backoffBaseMs = 500;
    int backoffMaxMs = 15000;

    // Test seams only: the TLS protocol offered and OpenSSL configuration commands
    // (QSslConfiguration::setBackendConfigurationOption, e.g. "MaxProtocol" = "TLSv1.1") so that a
    // test can make this client offer an old TLS version. Production keeps the defaults.
    QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    QMap<QByteArray, QVariant> tlsBackendOptions;
};

} // namespace madoguchi::sync
