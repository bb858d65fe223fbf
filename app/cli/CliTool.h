#pragma once

#include "CliOptions.h"

#include "common/Database.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace madoguchi {

class DataKeyCommand;
class SecretStore;
class SelfTest;
class Settings;

// Runs one madoguchi-cli command. Exit codes scripts can trust:
//   0 ok · 1 a problem or an error (one-line reason on stderr) · 2 usage error
//   3 the audit log's hash chain is broken (`audit verify`)
// With --json, stdout carries one JSON object (documented in docs/cli.md), also on errors.
class CliTool : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { ExitOk = 0, ExitProblem = 1, ExitUsage = 2, ExitAuditBroken = 3 };

    explicit CliTool(CliOptions options, QObject* parent = nullptr);
    ~CliTool() override;

    // Runs the command. Returns its exit code, or nothing when it finishes later (self-test
    // and datakey wait for the keychain): it then calls QCoreApplication::exit(code), so
    // main() runs app.exec() until then.
    std::optional<int> start();

    // Every schema component the CLI knows, in migration order.
    static std::vector<MigrationSet> knownSchemas();

    // Prints `error` as one line on stderr (and as JSON on stdout with --json); returns `code`.
    static int fail(const Error& error, int code, bool json);

private:
    void startSelfTest();
    int auditVerify();
    int dbMigrate();
    int dbStatus();
    std::optional<int> startDataKey(bool rotate);
    int card(bool read);
    std::optional<int> storeCorePassphrase();

    DatabaseConfig databaseConfig() const;
    // Opens the store without migrating it. A missing SQLite file is an error unless
    // `mayCreate`: reading commands must not leave an empty database behind.
    Result<std::unique_ptr<Database>> openDatabase(bool mayCreate) const;
    QJsonObject componentsJson(const Database& database) const;
    void printJson(const QJsonObject& object) const;

    CliOptions m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SelfTest> m_selfTest;
    std::unique_ptr<DataKeyCommand> m_dataKey;
};

} // namespace madoguchi
