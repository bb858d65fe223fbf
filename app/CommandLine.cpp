#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi {

QString CommandLine::preScanLanguage(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

bool CommandLine::isHeadlessRun(const QStringList& arguments)
{
    for (const QString& arg : arguments) {
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            arg == QLatin1String("--self-test") || arg.startsWith(QLatin1String("--screenshot")))
            return true;
    }
    return false;
}

QString CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Madoguchi: counter application for ward offices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            tr("Check the database, keychain, card reader service, TLS "
                                               "settings, printers and fonts, print a report and exit."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("With --self-test: print the report as JSON."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              tr("Render the window that would open to a PNG file and exit."),
                                              tr("file"));
    const QCommandLineOption screenshotOfOption(QStringLiteral("screenshot-of"),
                                                tr("With --screenshot: which window (auto, login, first-run, "
                                                   "main)."),
                                                tr("window"), QStringLiteral("auto"));
    const QCommandLineOption signedInOption(QStringLiteral("screenshot-signed-in"),
                                            tr("With --screenshot: render the main window as a sample "
                                               "administrator (same as --screenshot-of main)."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Language of the user interface (ja or en)."), tr("language"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), tr("Use this SQLite database file instead of the configured one."),
        tr("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Demonstration mode (for training)."));
    parser.addOptions({selfTestOption, jsonOption, screenshotOption, screenshotOfOption, signedInOption,
                       langOption, databaseOption, demoOption});
    parser.process(arguments);

    selfTest = parser.isSet(selfTestOption);
    json = parser.isSet(jsonOption);
    demo = parser.isSet(demoOption);
    language = parser.value(langOption);
    databasePath = parser.value(databaseOption);
    screenshotFile = parser.value(screenshotOption);
    if (!language.isEmpty() && language != QLatin1String("ja") && language != QLatin1String("en"))
        return tr("Unknown language \"%1\": use ja or en.").arg(language);
    const QString of = parser.value(screenshotOfOption);
    if (parser.isSet(signedInOption) || of == QLatin1String("main"))
        screenshotOf = ScreenshotOf::Main;
    else if (of == QLatin1String("login"))
        screenshotOf = ScreenshotOf::Login;
    else if (of == QLatin1String("first-run"))
        screenshotOf = ScreenshotOf::FirstRun;
    else if (of != QLatin1String("auto"))
        return tr("Unknown window \"%1\" for --screenshot-of.").arg(of);
    return {};
}

} // namespace madoguchi
