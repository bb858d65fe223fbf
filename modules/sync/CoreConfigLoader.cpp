#include "sync/CoreConfigLoader.h"

#include "common/SecretStore.h"
#include "common/Settings.h"

namespace madoguchi::sync {

CoreClientConfig CoreConfigLoader::fromSettings(const Settings& settings)
{
    CoreClientConfig config;
    config.baseUrl = QUrl(settings.stringValue(SettingKey::CoreBaseUrl));
    config.caFile = settings.stringValue(SettingKey::CoreCaBundle);
    config.pkcs12File = settings.stringValue(SettingKey::CoreClientCertificate);
    config.timeoutMs = settings.intValue(SettingKey::CoreTimeoutSeconds) * 1000;
    return config;
}

void CoreConfigLoader::load(const Settings& settings, SecretStore& secrets, QObject* context,
                            std::function<void(Result<CoreClientConfig>)> done)
{
    CoreClientConfig config = fromSettings(settings);
    const QPointer<QObject> guard(context);
    secrets.read(
        passphraseKey(), context, [config, done = std::move(done)](Result<QByteArray> secret) mutable {
            if (secret) {
                config.passphrase = secret.value();
                done(config);
                return;
            }
            if (secret.error().code == QLatin1String("secret.notFound") && config.pkcs12File.isEmpty()) {
                done(config);
                return;
            }
            done(makeError(
                QStringLiteral("core.config.passphrase"),
                tr("The passphrase of this PC's client certificate is not in the system keychain (%1). "
                   "Ask IT to store it (madoguchi-cli, or the settings dialog).")
                    .arg(secret.error().message),
                passphraseKey()));
        });
}

} // namespace madoguchi::sync
