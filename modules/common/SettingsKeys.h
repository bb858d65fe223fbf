#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace madoguchi {

// Every setting of the application. Add a key here and a row in settingDefinitions()
// (SettingsKeys.cpp); the settings dialog, the policy templates and validation follow.
enum class SettingKey {
    UiLanguage,
    SessionIdleLockMinutes,
    SessionMaxSessionHours,
    WorkstationId,
    DatabaseBackend,
    DatabaseSqlitePath,
    DatabasePgHost,
    DatabasePgPort,
    DatabasePgName,
    DatabasePgUser,
    CoreBaseUrl,
    CoreCaBundle,
    CoreClientCertificate,
    CoreTimeoutSeconds,
    CorePollIntervalSeconds,
    CardReaderName,
    CardJpkiCaBundle,
    CardAllowCheckCodeB,
    LogDirectory,
    LogRules,
    LogMaxFileKiB,
    LogMaxFiles,
    PrinterName,
};

// User: each member of staff may change it (unless the policy locks it). Machine: belongs to
// the counter PC; the settings dialog offers it to admins only.
enum class SettingScope { User, Machine };

// Path: a string that must be empty or an absolute path.
enum class SettingType { Bool, Int, String, Path };

struct SettingDefinition
{
    SettingKey key;
    const char* name; // "session/idleLockMinutes": the QSettings key, in the user file and the policy
    SettingScope scope;
    SettingType type;
    QVariant defaultValue;
    int minimum = 0; // Int only
    int maximum = 0;
    QStringList allowed;     // String only; empty: anything
    const char* description; // QT_TRANSLATE_NOOP("madoguchi::Settings", ...)
};

// The table, in enum order.
const std::vector<SettingDefinition>& settingDefinitions();

} // namespace madoguchi
