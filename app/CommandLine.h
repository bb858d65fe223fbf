#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi {

// madoguchi's command-line options. Descriptions are translated, so the translator must be
// installed first; preScanLanguage() finds --lang before the parser exists.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::CommandLine)

public:
    enum class ScreenshotOf { Auto, Login, FirstRun, Main };

    bool selfTest = false;
    bool json = false;
    bool demo = false;
    QString language;     // --lang ja|en, empty: setting or system
    QString databasePath; // --database PATH (SQLite), empty: the configured store
    QString screenshotFile;
    ScreenshotOf screenshotOf = ScreenshotOf::Auto;

    // "ja"/"en" after --lang / --lang=, or empty.
    static QString preScanLanguage(const QStringList& arguments);
    // True when the run needs no window on screen (--version, --self-test, --screenshot, --help):
    // main.cpp then falls back to the offscreen platform if there is no display.
    static bool isHeadlessRun(const QStringList& arguments);

    // Parses; handles --help and --version itself (prints and exits like QCommandLineParser).
    // Returns an error message for a bad value, empty on success.
    QString parse(const QStringList& arguments);
};

} // namespace madoguchi
