#pragma once

#include "common/Result.h"
#include "sync/CoreClientConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslConfiguration>

namespace madoguchi::sync {

// Turns a CoreClientConfig into the TLS configuration of every request: only the ward CA
// trusted (no system CAs), TLS 1.2 or later, the host name checked, this PC's client
// certificate from its PKCS#12 file. What can be checked here is checked here, so that the
// clerk gets a precise reason instead of the server's bare "connection closed":
//   core.config.baseUrl          no https address
//   core.config.caFile           the CA file cannot be read or holds no certificate
//   core.config.noClientCertificate  no PKCS#12 file configured
//   core.config.clientCertificate    the file cannot be read or the passphrase is wrong
//   core.config.clientExpired        the client certificate has expired / is not valid yet
//   core.config.clientForeign        the client certificate was not issued by a CA in the CA file
class CoreTlsSetup
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::CoreTlsSetup)

public:
    static Result<QSslConfiguration> build(const CoreClientConfig& config,
                                           const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace madoguchi::sync
