#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace madoguchi {

// The parsed command line of madoguchi-cli:
//   madoguchi-cli [--database PATH] [--policy FILE] <command> [--json]
// Options may stand before or after the command. Parsed by hand because QCommandLineParser
// has no subcommands and exits on its own with its own messages and codes.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::CliOptions)

public:
    enum class Command {
        Help,
        Version,
        SelfTest,
        AuditVerify,
        DbMigrate,
        DbStatus,
        DatakeyStatus,
        DatakeyRotate,
        CardList,
        CardRead,
        CorePassphrase
    };

    Command command = Command::Help;
    bool json = false;
    bool verbose = false;        // --verbose: log messages on stderr (main.cpp acts on it)
    QString databasePath;        // --database: SQLite file instead of the configured store
    QString policyFile;          // --policy: admin policy INI instead of the platform's
    QString reader;              // --reader: `card read` from this reader instead of the only one with a card
    bool confirmLastTry = false; // --confirm-last-try: `card read` may use the PIN's last try
    QString language;            // "ja" or "en": the UI language main.cpp installed (for card messages)

    // `arguments` without the program name. Error code "cli.usage" with a one-line message.
    static Result<CliOptions> parse(const QStringList& arguments);
    // The --help text (translated).
    static QString helpText();
};

} // namespace madoguchi
