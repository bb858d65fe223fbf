// madoguchi-cli: Madoguchi without a window, for IT staff and scripts. See docs/cli.md.

#include "CliOptions.h"
#include "CliTool.h"

#include "TranslationLoader.h"

#include "common/AppIdentity.h"
#include "common/Settings.h"

#include <QGuiApplication>
#include <QTextStream>

namespace {

// stderr belongs to the one-line reasons scripts read: Qt's own chatter (platform plugin,
// QStandardPaths, D-Bus) is dropped unless --verbose asks for it. Critical and fatal messages
// always pass.
void quietMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << qFormatLogMessage(type, context, message) << u'\n';
}

} // namespace

int main(int argc, char* argv[])
{
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        verbose = verbose || qstrcmp(argv[i], "--verbose") == 0;
    if (!verbose)
        qInstallMessageHandler(quietMessageHandler);

    // The fonts check needs QFontDatabase, which needs a QGuiApplication; the tool shows no
    // window and often runs over SSH or from cron without a display, where the default xcb
    // platform would abort. An explicit QT_QPA_PLATFORM still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    // The same identity as the application, so that settings and the default database are the
    // application's own (QStandardPaths derives its folders from it).
    madoguchi::applyApplicationIdentity();

    // Japanese on a Japanese locale, as the application does (the ui/language setting is read
    // from the user's settings file).
    madoguchi::TranslationLoader translations;
    {
        const auto settings = madoguchi::Settings::createDefault();
        translations.install(madoguchi::TranslationLoader::resolveLanguage(
            settings->stringValue(madoguchi::SettingKey::UiLanguage)));
    }

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    madoguchi::Result<madoguchi::CliOptions> options = madoguchi::CliOptions::parse(arguments);
    if (!options) {
        return madoguchi::CliTool::fail(options.error(), madoguchi::CliTool::ExitUsage,
                                        arguments.contains(QStringLiteral("--json")));
    }

    madoguchi::CliOptions parsed = std::move(options).value();
    parsed.language = translations.language();
    madoguchi::CliTool tool(std::move(parsed));
    if (const std::optional<int> code = tool.start())
        return *code;
    // Only until the asynchronous command (self-test, datakey) calls QCoreApplication::exit().
    return QGuiApplication::exec();
}
