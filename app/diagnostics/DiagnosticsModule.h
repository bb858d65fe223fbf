#pragma once

#include "common/Migration.h"
#include "common/Module.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace madoguchi {

class DataKeyStatus;
class Database;
class SecretStore;
class Settings;

// The diagnostics page for the help desk: the self-test (database, keychain, card reader
// service, TLS configuration, printers, fonts) with what to do about each problem, plus
// version, OS, workstation and log facts, and a report to copy into a ticket.
//
// Required role: Supervisor. The page shows machine configuration (paths, reader and printer
// names, the core system address) and its keychain check writes a probe entry; a clerk with a
// broken reader calls the supervisor, and IT without an account uses `madoguchi --self-test`
// or `madoguchi-cli self-test`.
class DiagnosticsModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::DiagnosticsModule)

public:
    // `database` is null when opening failed (`databaseError` says why). `logDirectory` is the
    // resolved folder of the log files (where crash reports land too). Everything passed by
    // reference or pointer must outlive the module and its page.
    DiagnosticsModule(const Settings& settings, Database* database, std::optional<Error> databaseError,
                      SecretStore& secrets, QString logDirectory,
                      std::vector<MigrationSet> expectedSchemas = {},
                      const DataKeyStatus* dataKeyStatus = nullptr);

    QString id() const override { return QStringLiteral("diagnostics"); }
    QString title() const override;
    QIcon icon() const override;
    Role requiredRole() const override { return Role::Supervisor; }
    QWidget* createPage(QWidget* parent) override;

private:
    const Settings& m_settings;
    Database* m_database = nullptr;
    std::optional<Error> m_databaseError;
    SecretStore& m_secrets;
    QString m_logDirectory;
    std::vector<MigrationSet> m_expectedSchemas;
    const DataKeyStatus* m_dataKeyStatus = nullptr;
};

} // namespace madoguchi
