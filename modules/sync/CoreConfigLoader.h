#pragma once

#include "common/Result.h"
#include "sync/CoreClientConfig.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace madoguchi {
class Settings;
class SecretStore;
} // namespace madoguchi

namespace madoguchi::sync {

// Builds the CoreClientConfig of this counter PC: address, CA file, PKCS#12 file and timeout
// from the settings (each can be set and locked by the admin policy), the PKCS#12 passphrase
// from the SecretStore (entry "core-client-passphrase"), never from a settings file.
class CoreConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::CoreConfigLoader)

public:
    static QString passphraseKey() { return QStringLiteral("core-client-passphrase"); }

    // The part that comes from the settings (no passphrase).
    static CoreClientConfig fromSettings(const Settings& settings);
    // fromSettings() plus the passphrase; `done` follows SecretStore's rules. A missing entry is
    // an error only when a PKCS#12 file is configured (core.config.passphrase).
    static void load(const Settings& settings, SecretStore& secrets, QObject* context,
                     std::function<void(Result<CoreClientConfig>)> done);
};

} // namespace madoguchi::sync
