#pragma once

#include "common/Migration.h"
#include "common/Result.h"

#include <QList>

#include <QString>

#include <vector>

namespace madoguchi {

class Settings;

// The configured values the self-test compares the machine against. A plain struct so that
// tests (and the CLI with --database) can fill it without a Settings object; fromSettings()
// reads the real keys.
struct SelfTestConfig
{
    QString readerName;            // card/readerName: the PC/SC reader the clerk uses
    QString coreBaseUrl;           // core/baseUrl: the core system, must be https
    QString caBundlePath;          // core/caBundle: PEM file with the core system's CA
    QString clientCertificatePath; // core/clientCertificate: this PC's PKCS#12 file
    QString printerName;           // printer/name: the printer for certificates
    // The schema components the database should have, to compare applied and latest
    // versions (AuditLog::migrations(), ...). Empty: versions are listed but not compared.
    std::vector<MigrationSet> expectedSchemas;
    // The admin policy: where it is read from, how many keys it locks, and its bad entries.
    QString policySource;
    int lockedKeys = 0;
    QList<Error> policyProblems;

    static SelfTestConfig fromSettings(const Settings& settings);
};

} // namespace madoguchi
