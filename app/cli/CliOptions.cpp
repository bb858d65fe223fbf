#include "CliOptions.h"

namespace madoguchi {

namespace {

Error usage(const QString& message)
{
    return makeError(QStringLiteral("cli.usage"), message);
}

} // namespace

Result<CliOptions> CliOptions::parse(const QStringList& arguments)
{
    CliOptions options;
    QStringList words; // the command and its subcommand, in order
    bool help = false;
    bool version = false;

    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        // "--name=value" and "--name value" both work for options that take a value.
        const auto takeValue = [&](const QString& name, QString* out) -> Status {
            if (arg.startsWith(name + u'=')) {
                *out = arg.mid(name.size() + 1);
            } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                *out = arguments.at(++i);
            } else {
                return usage(tr("Option %1 needs a value.").arg(name));
            }
            if (out->isEmpty())
                return usage(tr("Option %1 needs a value.").arg(name));
            return {};
        };

        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-V")) {
            version = true;
        } else if (arg == QLatin1String("--verbose")) {
            options.verbose = true;
        } else if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--database") || arg.startsWith(QLatin1String("--database="))) {
            if (Status s = takeValue(QStringLiteral("--database"), &options.databasePath); !s)
                return s.error();
        } else if (arg == QLatin1String("--policy") || arg.startsWith(QLatin1String("--policy="))) {
            if (Status s = takeValue(QStringLiteral("--policy"), &options.policyFile); !s)
                return s.error();
        } else if (arg == QLatin1String("--reader") || arg.startsWith(QLatin1String("--reader="))) {
            if (Status s = takeValue(QStringLiteral("--reader"), &options.reader); !s)
                return s.error();
        } else if (arg == QLatin1String("--confirm-last-try")) {
            options.confirmLastTry = true;
        } else if (arg.startsWith(u'-')) {
            return usage(tr("Unknown option %1 (see madoguchi-cli --help).").arg(arg));
        } else {
            words << arg;
        }
    }

    if (help) {
        options.command = Command::Help;
        return options;
    }
    if (version) {
        if (!words.isEmpty())
            return usage(tr("--version takes no command."));
        options.command = Command::Version;
        return options;
    }

    const QString joined = words.join(u' ');
    if (words.isEmpty())
        return usage(tr("No command given (see madoguchi-cli --help)."));
    if (joined == QLatin1String("help"))
        options.command = Command::Help;
    else if (joined == QLatin1String("self-test"))
        options.command = Command::SelfTest;
    else if (joined == QLatin1String("audit verify"))
        options.command = Command::AuditVerify;
    else if (joined == QLatin1String("db migrate"))
        options.command = Command::DbMigrate;
    else if (joined == QLatin1String("db status"))
        options.command = Command::DbStatus;
    else if (joined == QLatin1String("datakey status"))
        options.command = Command::DatakeyStatus;
    else if (joined == QLatin1String("datakey rotate"))
        options.command = Command::DatakeyRotate;
    else if (joined == QLatin1String("card list"))
        options.command = Command::CardList;
    else if (joined == QLatin1String("card read"))
        options.command = Command::CardRead;
    else if (joined == QLatin1String("core passphrase"))
        options.command = Command::CorePassphrase;
    else if (words.first() == QLatin1String("audit") || words.first() == QLatin1String("db") ||
             words.first() == QLatin1String("datakey") || words.first() == QLatin1String("card") ||
             words.first() == QLatin1String("core"))
        return usage(tr("Unknown %1 subcommand \"%2\" (see madoguchi-cli --help).")
                         .arg(words.first(), words.mid(1).join(u' ')));
    else
        return usage(tr("Unknown command \"%1\" (see madoguchi-cli --help).").arg(joined));
    // A reader name or a last-try confirmation given to another command is a mistake in the
    // script: say so rather than ignore it.
    if (options.command != Command::CardRead && (!options.reader.isEmpty() || options.confirmLastTry))
        return usage(tr("--reader and --confirm-last-try belong to card read."));
    return options;
}

QString CliOptions::helpText()
{
    return tr("Usage: madoguchi-cli [options] <command> [--json]\n"
              "\n"
              "Madoguchi's command-line tool for IT staff and scripts (no window).\n"
              "\n"
              "Commands:\n"
              "  self-test      Check database, keychain, card reader service, TLS configuration,\n"
              "                 printers and Japanese fonts; exit 1 if any check finds a problem.\n"
              "  audit verify   Check the audit log's hash chain; exit 3 if it is broken.\n"
              "  db migrate     Create the database or bring its schema up to date.\n"
              "  db status      Show the schema version of each component.\n"
              "  datakey status Check the data key: the key id the database records, and whether\n"
              "                 the system keychain holds that key; exit 1 if not.\n"
              "  datakey rotate Replace the data key with a new one and re-encrypt every\n"
              "                 encrypted column (close Madoguchi first).\n"
              "  card list      List the card readers and what is in each.\n"
              "  card read      Read name, address, birth date and sex from a My Number card\n"
              "                 (card-info PIN from stdin or a prompt); the My Number is shown\n"
              "                 masked except its last four digits. Writes an audit record.\n"
              "  core passphrase Store the passphrase of this PC's client certificate for the\n"
              "                 core system (PKCS#12) in the system keychain; read from stdin\n"
              "                 or a prompt without echo.\n"
              "  help           Show this help.\n"
              "\n"
              "Options:\n"
              "  --json             Machine-readable output on stdout (see docs/cli.md).\n"
              "  --database PATH    Use this SQLite file instead of the configured database.\n"
              "  --policy FILE      Read the admin policy from this INI file.\n"
              "  --reader NAME      card read: the reader to use (see card list).\n"
              "  --confirm-last-try card read: allow the read when only one PIN try is left.\n"
              "  --verbose          Also show Qt's and Madoguchi's log messages on stderr.\n"
              "  -h, --help         Show this help.\n"
              "  -V, --version      Show the version.\n"
              "\n"
              "Exit codes: 0 ok; 1 a problem or error (reason on stderr); 2 usage error;\n"
              "3 audit log broken.\n");
}

} // namespace madoguchi
