#include "DiagnosticsModule.h"

#include "icons/AppIcons.h"

#include "DiagnosticsPage.h"

#include "common/Settings.h"
#include "selftest/SelfTestConfig.h"

#include <QSysInfo>

namespace madoguchi {

DiagnosticsModule::DiagnosticsModule(const Settings& settings, Database* database,
                                     std::optional<Error> databaseError, SecretStore& secrets,
                                     QString logDirectory, std::vector<MigrationSet> expectedSchemas,
                                     const DataKeyStatus* dataKeyStatus)
    : m_settings(settings)
    , m_database(database)
    , m_databaseError(std::move(databaseError))
    , m_secrets(secrets)
    , m_logDirectory(std::move(logDirectory))
    , m_expectedSchemas(std::move(expectedSchemas))
    , m_dataKeyStatus(dataKeyStatus)
{}

QString DiagnosticsModule::title() const
{
    return tr("Diagnostics");
}

QIcon DiagnosticsModule::icon() const
{
    // Drawn in code: the icon theme is often missing on counter PCs (and always offscreen).
    return AppIcons::diagnostics();
}

QWidget* DiagnosticsModule::createPage(QWidget* parent)
{
    DiagnosticsPage::Inputs inputs;
    // Read when the page is made and again before every run (the settings may change).
    inputs.config = [this] {
        SelfTestConfig config = SelfTestConfig::fromSettings(m_settings);
        config.expectedSchemas = m_expectedSchemas;
        return config;
    };
    inputs.workstationId = [this] {
        const QString id = m_settings.stringValue(SettingKey::WorkstationId);
        // The setting's documented default: empty uses the host name.
        return id.isEmpty() ? QSysInfo::machineHostName() : id;
    };
    inputs.database = m_database;
    inputs.databaseError = m_databaseError;
    inputs.logDirectory = m_logDirectory;
    inputs.dataKeyStatus = m_dataKeyStatus;
    return new DiagnosticsPage(std::move(inputs), m_secrets, parent);
}

} // namespace madoguchi
