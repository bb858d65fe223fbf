#include "CliTool.h"

#include "schemas/ApplicationSchemas.h"

#include "CardCommand.h"
#include "DataKeyCommand.h"
#include "PinPrompt.h"
#include "smartcard/SecureWipe.h"
#include "sync/CoreConfigLoader.h"

#include "selftest/SelfTest.h"
#include "selftest/SelfTestReport.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/KeychainSecretStore.h"
#include "common/Settings.h"
#include "common/StaffDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>

#include <cstdio>

namespace madoguchi {

namespace {

void printOut(const QString& text)
{
    QTextStream(stdout) << text;
}

// One line, whatever the message holds: scripts read the first line of stderr as the reason.
void printErr(const QString& text)
{
    QString line = text;
    line.replace(u'\n', u' ');
    QTextStream(stderr) << line << u'\n';
}

} // namespace

CliTool::CliTool(CliOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

CliTool::~CliTool()
{
    // The self-test uses the database and the secret store: destroy it first.
    m_selfTest.reset();
    m_dataKey.reset();
}

std::vector<MigrationSet> CliTool::knownSchemas()
{
    return applicationSchemas();
}

int CliTool::fail(const Error& error, int code, bool json)
{
    printErr(QStringLiteral("madoguchi-cli: ") + error.toString());
    if (json) {
        QTextStream(stdout) << QJsonDocument(QJsonObject{
                                                 {QStringLiteral("ok"), false},
                                                 {QStringLiteral("exitCode"), code},
                                                 {QStringLiteral("error"),
                                                  QJsonObject{{QStringLiteral("code"), error.code},
                                                              {QStringLiteral("message"), error.toString()}}},
                                             })
                                   .toJson(QJsonDocument::Compact)
                            << u'\n';
    }
    return code;
}

void CliTool::printJson(const QJsonObject& object) const
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<int> CliTool::start()
{
    switch (m_options.command) {
    case CliOptions::Command::Help:
        printOut(CliOptions::helpText());
        return ExitOk;
    case CliOptions::Command::Version:
        if (m_options.json) {
            printJson({{QStringLiteral("name"), QStringLiteral("madoguchi-cli")},
                       {QStringLiteral("version"), QStringLiteral(MADOGUCHI_VERSION)},
                       {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
        } else {
            printOut(QStringLiteral("madoguchi-cli %1 (Qt %2)\n")
                         .arg(QStringLiteral(MADOGUCHI_VERSION), QString::fromLatin1(qVersion())));
        }
        return ExitOk;
    default:
        break;
    }

    if (!m_options.policyFile.isEmpty() && !QFileInfo(m_options.policyFile).isReadable()) {
        return fail(makeError(QStringLiteral("cli.policy"),
                              tr("The policy file %1 cannot be read.").arg(m_options.policyFile)),
                    ExitUsage, m_options.json);
    }
    if (m_options.policyFile.isEmpty()) {
        m_settings = Settings::createDefault();
    } else {
        // Same user file as the application; only the policy source differs.
        m_settings =
            std::make_unique<Settings>(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                           QStringLiteral("/madoguchi.ini"),
                                       m_options.policyFile);
    }

    switch (m_options.command) {
    case CliOptions::Command::SelfTest:
        startSelfTest();
        return std::nullopt;
    case CliOptions::Command::AuditVerify:
        return auditVerify();
    case CliOptions::Command::DbMigrate:
        return dbMigrate();
    case CliOptions::Command::DbStatus:
        return dbStatus();
    case CliOptions::Command::DatakeyStatus:
        return startDataKey(false);
    case CliOptions::Command::DatakeyRotate:
        return startDataKey(true);
    case CliOptions::Command::CardList:
        return card(false);
    case CliOptions::Command::CardRead:
        return card(true);
    case CliOptions::Command::CorePassphrase:
        return storeCorePassphrase();
    default:
        break;
    }
    return ExitUsage;
}

DatabaseConfig CliTool::databaseConfig() const
{
    DatabaseConfig config;
    if (!m_options.databasePath.isEmpty()) {
        config.sqlitePath = QFileInfo(m_options.databasePath).absoluteFilePath();
        return config;
    }
    if (m_settings->stringValue(SettingKey::DatabaseBackend) == QLatin1String("postgresql")) {
        config.backend = DatabaseConfig::Backend::Postgres;
        config.pgHost = m_settings->stringValue(SettingKey::DatabasePgHost);
        config.pgPort = m_settings->intValue(SettingKey::DatabasePgPort);
        config.pgDatabase = m_settings->stringValue(SettingKey::DatabasePgName);
        config.pgUser = m_settings->stringValue(SettingKey::DatabasePgUser);
        // No password here: libpq falls back to PGPASSWORD / ~/.pgpass for the CLI.
        return config;
    }
    config.sqlitePath = m_settings->stringValue(SettingKey::DatabaseSqlitePath);
    if (config.sqlitePath.isEmpty()) {
        // Database::open's own default, resolved here to tell "missing" from "empty".
        config.sqlitePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/madoguchi.sqlite");
    }
    return config;
}

Result<std::unique_ptr<Database>> CliTool::openDatabase(bool mayCreate) const
{
    const DatabaseConfig config = databaseConfig();
    if (config.backend == DatabaseConfig::Backend::Sqlite && !mayCreate &&
        !QFileInfo::exists(config.sqlitePath)) {
        return makeError(QStringLiteral("db.missing"),
                         tr("The database file %1 does not exist (create it with: madoguchi-cli db migrate).")
                             .arg(QDir::toNativeSeparators(config.sqlitePath)));
    }
    return Database::open(config, {});
}

void CliTool::startSelfTest()
{
    // A diagnostic must not change the database: open without migrating; pending schema
    // updates show as a warning.
    Result<std::unique_ptr<Database>> opened = openDatabase(false);
    std::optional<Error> openError;
    if (opened)
        m_database = std::move(opened).value();
    else
        openError = opened.error();

    m_secrets = std::make_unique<KeychainSecretStore>();
    SelfTestConfig config = SelfTestConfig::fromSettings(*m_settings);
    config.expectedSchemas = knownSchemas();
    m_selfTest = std::make_unique<SelfTest>(std::move(config), m_database.get(), openError, *m_secrets);
    connect(m_selfTest.get(), &SelfTest::finished, this, [this](const QList<CheckResult>& results) {
        const int code = exitCodeFor(results);
        if (m_options.json) {
            QJsonObject object = toJson(results).object();
            object.insert(QStringLiteral("exitCode"), code);
            printJson(object);
        } else {
            printOut(formatReport(results));
        }
        if (code != ExitOk) {
            int problems = 0;
            QString first;
            for (const CheckResult& result : results) {
                if (result.state == CheckResult::State::Problem && problems++ == 0)
                    first = result.title;
            }
            printErr(
                tr("madoguchi-cli: self-test found %n problem(s), first: %1.", nullptr, problems).arg(first));
        }
        QCoreApplication::exit(code);
    });
    m_selfTest->run();
}

int CliTool::auditVerify()
{
    Result<std::unique_ptr<Database>> opened = openDatabase(false);
    if (!opened)
        return fail(opened.error(), ExitProblem, m_options.json);
    Database& database = *opened.value();
    if (database.schemaVersion(AuditLog::migrations().component) == 0) {
        return fail(makeError(QStringLiteral("audit.missing"),
                              tr("%1 has no audit log (create it with: madoguchi-cli db migrate).")
                                  .arg(database.describe())),
                    ExitProblem, m_options.json);
    }

    AuditLog audit(database);
    const AuditVerifyResult result = audit.verify();
    const bool broken = result.firstBrokenId != 0;
    if (m_options.json) {
        printJson(
            {{QStringLiteral("ok"), result.ok},
             {QStringLiteral("database"), database.describe()},
             {QStringLiteral("records"), result.records},
             {QStringLiteral("firstBrokenId"), broken ? QJsonValue(result.firstBrokenId) : QJsonValue()},
             {QStringLiteral("reason"), result.reason}});
    } else if (result.ok) {
        printOut(tr("Audit log intact: %n record(s) checked.", nullptr, int(result.records)) + u'\n');
    }
    if (result.ok)
        return ExitOk;
    // Not broken but not ok: the log could not be read at all.
    printErr(QStringLiteral("madoguchi-cli: ") + result.reason);
    return broken ? ExitAuditBroken : ExitProblem;
}

QJsonObject CliTool::componentsJson(const Database& database) const
{
    QJsonArray components;
    for (const MigrationSet& set : knownSchemas()) {
        const int version = database.schemaVersion(set.component);
        components.append(QJsonObject{{QStringLiteral("component"), set.component},
                                      {QStringLiteral("version"), version},
                                      {QStringLiteral("latest"), set.latestVersion()},
                                      {QStringLiteral("pending"), version < set.latestVersion()}});
    }
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("database"), database.describe()},
            {QStringLiteral("components"), components}};
}

int CliTool::dbStatus()
{
    Result<std::unique_ptr<Database>> opened = openDatabase(false);
    if (!opened)
        return fail(opened.error(), ExitProblem, m_options.json);
    const Database& database = *opened.value();
    if (m_options.json) {
        printJson(componentsJson(database));
        return ExitOk;
    }
    QString text = database.describe() + u'\n';
    for (const MigrationSet& set : knownSchemas()) {
        const int version = database.schemaVersion(set.component);
        text += tr("  %1: version %2 of %3").arg(set.component).arg(version).arg(set.latestVersion());
        if (version < set.latestVersion())
            text += u' ' + tr("(pending: run madoguchi-cli db migrate)");
        text += u'\n';
    }
    printOut(text);
    return ExitOk;
}

std::optional<int> CliTool::startDataKey(bool rotate)
{
    Result<std::unique_ptr<Database>> opened = openDatabase(false);
    if (!opened)
        return DataKeyCommand::printProblem(opened.error(), {}, m_options.json);
    DataKeyCommand::Inputs inputs;
    inputs.action = rotate ? DataKeyCommand::Action::Rotate : DataKeyCommand::Action::Status;
    inputs.database = std::move(opened).value();
    inputs.schemas = knownSchemas();
    inputs.workstationId = m_settings->stringValue(SettingKey::WorkstationId);
    if (inputs.workstationId.isEmpty())
        inputs.workstationId = QSysInfo::machineHostName();
    inputs.json = m_options.json;
    m_dataKey = std::make_unique<DataKeyCommand>(std::move(inputs));
    connect(m_dataKey.get(), &DataKeyCommand::finished, this, [](int code) { QCoreApplication::exit(code); });
    return m_dataKey->start();
}

std::optional<int> CliTool::storeCorePassphrase()
{
    std::string passphrase;
    const PinPrompt::Outcome read =
        PinPrompt::read(tr("Passphrase of the client certificate: ").toStdString(), &passphrase);
    if (read != PinPrompt::Outcome::Ok || passphrase.empty()) {
        smartcard::secureWipe(passphrase);
        return fail(makeError(QStringLiteral("cli.passphrase"),
                              tr("No passphrase was given (one line on stdin, at most 64 bytes).")),
                    ExitUsage, m_options.json);
    }
    QByteArray bytes(passphrase.data(), qsizetype(passphrase.size()));
    smartcard::secureWipe(passphrase);
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_secrets->write(sync::CoreConfigLoader::passphraseKey(), bytes, this, [this](const Status& written) {
        if (!written) {
            QCoreApplication::exit(fail(written.error(), ExitProblem, m_options.json));
            return;
        }
        QTextStream(stdout) << (m_options.json ? QStringLiteral("{\"stored\": true}\n")
                                               : tr("The passphrase is stored in the system keychain.\n"));
        QCoreApplication::exit(ExitOk);
    });
    bytes.fill('\0');
    return std::nullopt;
}

int CliTool::card(bool read)
{
    CardCommand::Inputs inputs;
    inputs.json = m_options.json;
    inputs.reader = m_options.reader;
    inputs.confirmLastTry = m_options.confirmLastTry;
    inputs.japanese = m_options.language == QLatin1String("ja");
    inputs.workstationId = m_settings->stringValue(SettingKey::WorkstationId);
    if (inputs.workstationId.isEmpty())
        inputs.workstationId = QSysInfo::machineHostName();
    if (read) {
        // Only for the audit record; CardCommand refuses the read when it is missing.
        Result<std::unique_ptr<Database>> opened = openDatabase(false);
        if (opened)
            inputs.database = std::move(opened).value();
        else
            inputs.databaseError = opened.error();
    }
    CardCommand command(std::move(inputs));
    return read ? command.read() : command.list();
}

int CliTool::dbMigrate()
{
    Result<std::unique_ptr<Database>> opened = openDatabase(true);
    if (!opened)
        return fail(opened.error(), ExitProblem, m_options.json);
    Database& database = *opened.value();

    const std::vector<MigrationSet> sets = knownSchemas();
    std::vector<int> before;
    for (const MigrationSet& set : sets)
        before.push_back(database.schemaVersion(set.component));
    Result<int> applied = database.migrate(sets);
    if (!applied)
        return fail(applied.error(), ExitProblem, m_options.json);

    QJsonArray steps;
    QString text;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        for (const Migration& migration : sets[i].migrations) {
            if (migration.version <= before[i])
                continue;
            steps.append(QJsonObject{{QStringLiteral("component"), sets[i].component},
                                     {QStringLiteral("version"), migration.version},
                                     {QStringLiteral("description"), migration.description}});
            text += tr("Applied %1 v%2: %3")
                        .arg(sets[i].component)
                        .arg(migration.version)
                        .arg(migration.description) +
                    u'\n';
        }
    }
    if (m_options.json) {
        QJsonObject object = componentsJson(database);
        object.insert(QStringLiteral("applied"), steps);
        printJson(object);
    } else {
        if (steps.isEmpty())
            text = tr("%1 is up to date.").arg(database.describe()) + u'\n';
        printOut(text);
    }
    return ExitOk;
}

} // namespace madoguchi
