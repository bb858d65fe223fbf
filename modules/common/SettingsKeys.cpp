#include "common/SettingsKeys.h"

#include <QCoreApplication>

namespace madoguchi {

namespace {

SettingDefinition intSetting(SettingKey key, const char* name, SettingScope scope, int def, int min, int max,
                             const char* description)
{
    return SettingDefinition{key, name, scope, SettingType::Int, def, min, max, {}, description};
}

SettingDefinition textSetting(SettingKey key, const char* name, SettingScope scope, SettingType type,
                              const char* description, QStringList allowed = {}, QString def = {})
{
    return SettingDefinition{key, name, scope, type, def, 0, 0, std::move(allowed), description};
}

// `allowed` of a Bool lists the two words the policy templates offer (the ADMX drop-down);
// validating a Bool does not look at it.
SettingDefinition boolSetting(SettingKey key, const char* name, SettingScope scope, bool def,
                              const char* description)
{
    return SettingDefinition{key,        name, scope, SettingType::Bool,
                             def,        0,    0,     {QStringLiteral("false"), QStringLiteral("true")},
                             description};
}

std::vector<SettingDefinition> buildDefinitions()
{
    using K = SettingKey;
    const auto user = SettingScope::User;
    const auto machine = SettingScope::Machine;
    const auto text = SettingType::String;
    const auto path = SettingType::Path;
    return {
        textSetting(K::UiLanguage, "ui/language", user, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings",
                                      "Language of the user interface; empty follows the system."),
                    {QString(), QStringLiteral("ja"), QStringLiteral("en")}),
        intSetting(
            K::SessionIdleLockMinutes, "session/idleLockMinutes", machine, 10, 1, 120,
            QT_TRANSLATE_NOOP("madoguchi::Settings", "Minutes without input before the screen locks.")),
        intSetting(K::SessionMaxSessionHours, "session/maxSessionHours", machine, 10, 1, 24,
                   QT_TRANSLATE_NOOP("madoguchi::Settings", "Hours after which staff must sign in again.")),
        textSetting(K::WorkstationId, "workstation/id", machine, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings",
                                      "Name of this counter PC in the audit log; empty uses the host name.")),
        textSetting(K::DatabaseBackend, "database/backend", machine, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings", "Local store: sqlite or postgresql."),
                    {QStringLiteral("sqlite"), QStringLiteral("postgresql")}, QStringLiteral("sqlite")),
        textSetting(K::DatabaseSqlitePath, "database/sqlitePath", machine, path,
                    QT_TRANSLATE_NOOP("madoguchi::Settings",
                                      "SQLite database file; empty uses the application data folder.")),
        textSetting(K::DatabasePgHost, "database/pgHost", machine, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings", "PostgreSQL server host name.")),
        intSetting(K::DatabasePgPort, "database/pgPort", machine, 5432, 1, 65535,
                   QT_TRANSLATE_NOOP("madoguchi::Settings", "PostgreSQL server port.")),
        textSetting(K::DatabasePgName, "database/pgName", machine, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings", "PostgreSQL database name.")),
        textSetting(K::DatabasePgUser, "database/pgUser", machine, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings", "PostgreSQL user name.")),
        textSetting(K::CoreBaseUrl, "core/baseUrl", machine, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings", "Address of the core system (https://...).")),
        textSetting(K::CoreCaBundle, "core/caBundle", machine, path,
                    QT_TRANSLATE_NOOP("madoguchi::Settings",
                                      "File of CA certificates trusted for the core system (PEM).")),
        textSetting(
            K::CoreClientCertificate, "core/clientCertificate", machine, path,
            QT_TRANSLATE_NOOP("madoguchi::Settings",
                              "Client certificate of this counter PC for the core system (PKCS#12).")),
        intSetting(K::CoreTimeoutSeconds, "core/timeoutSeconds", machine, 20, 2, 300,
                   QT_TRANSLATE_NOOP("madoguchi::Settings",
                                     "Seconds without an answer after which a request to the core system "
                                     "fails (and is retried).")),
        intSetting(K::CorePollIntervalSeconds, "core/pollIntervalSeconds", machine, 60, 5, 3600,
                   QT_TRANSLATE_NOOP("madoguchi::Settings",
                                     "Seconds between two looks at the core system's changes feed.")),
        textSetting(
            K::CardReaderName, "card/readerName", machine, text,
            QT_TRANSLATE_NOOP("madoguchi::Settings", "Name of the card reader used at this counter.")),
        textSetting(K::CardJpkiCaBundle, "card/jpkiCaBundle", machine, path,
                    QT_TRANSLATE_NOOP("madoguchi::Settings",
                                      "File of the J-LIS CA certificates (PEM) that the authentication "
                                      "certificate of a My Number card is checked against; empty: "
                                      "certificates are shown as not checked.")),
        boolSetting(K::CardAllowCheckCodeB, "card/allowCheckCodeB", machine, false,
                    QT_TRANSLATE_NOOP("madoguchi::Settings",
                                      "Allow reading name, address, birth date and sex with the check "
                                      "code B (birth date, expiry year and security code printed on the "
                                      "card) instead of the citizen's PIN. UNCONFIRMED on real cards: "
                                      "tested only with the virtual card. Off by default.")),
        textSetting(
            K::LogDirectory, "log/directory", machine, path,
            QT_TRANSLATE_NOOP("madoguchi::Settings",
                              "Folder for log files; empty uses the logs folder in the application data.")),
        textSetting(K::LogRules, "log/rules", machine, text,
                    QT_TRANSLATE_NOOP("madoguchi::Settings", "Qt logging filter rules."), {},
                    QStringLiteral("madoguchi.*.debug=false")),
        intSetting(K::LogMaxFileKiB, "log/maxFileKiB", machine, 1024, 64, 1024 * 1024,
                   QT_TRANSLATE_NOOP("madoguchi::Settings", "Size in KiB at which a log file is rotated.")),
        intSetting(K::LogMaxFiles, "log/maxFiles", machine, 5, 1, 100,
                   QT_TRANSLATE_NOOP("madoguchi::Settings", "Number of rotated log files kept.")),
        textSetting(
            K::PrinterName, "printer/name", user, text,
            QT_TRANSLATE_NOOP("madoguchi::Settings", "Printer for certificates; empty uses the default.")),
    };
}

} // namespace

const std::vector<SettingDefinition>& settingDefinitions()
{
    static const std::vector<SettingDefinition> definitions = buildDefinitions();
    return definitions;
}

} // namespace madoguchi
