#include "SelfTestConfig.h"

#include "common/Settings.h"

namespace madoguchi {

SelfTestConfig SelfTestConfig::fromSettings(const Settings& settings)
{
    SelfTestConfig config;
    config.readerName = settings.stringValue(SettingKey::CardReaderName);
    config.coreBaseUrl = settings.stringValue(SettingKey::CoreBaseUrl);
    config.caBundlePath = settings.stringValue(SettingKey::CoreCaBundle);
    config.clientCertificatePath = settings.stringValue(SettingKey::CoreClientCertificate);
    config.printerName = settings.stringValue(SettingKey::PrinterName);
    config.policySource = settings.policySource();
    config.policyProblems = settings.policyProblems();
    for (const SettingDefinition& definition : Settings::definitions())
        config.lockedKeys += settings.isLocked(definition.key) ? 1 : 0;
    return config;
}

} // namespace madoguchi
