#pragma once

#include "common/CrashRingBuffer.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QString>

namespace madoguchi {

// Where log messages go: a rotating file (madoguchi.log, madoguchi.log.1, ...), an in-memory
// ring buffer written to crash-<pid>.log if the process crashes, and optionally stderr. Every
// message passes through MyNumber::redact() before it is written anywhere.
//
// Not a singleton: main.cpp constructs one and keeps it for the life of the process. But Qt
// has exactly one message handler and a process has one set of signal handlers, so start()
// installs both process-wide, and only one LogSink can be started at a time. The destructor
// restores the previous handlers; destroy the sink only after other threads stopped logging.
class LogSink
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::LogSink)

public:
    struct Options
    {
        QString directory; // created if missing
        QString fileName = QStringLiteral("madoguchi.log");
        qint64 maxFileSizeKiB = 1024; // rotate when the file would grow past this
        int maxFiles = 5;             // madoguchi.log plus maxFiles - 1 rotated ones
        qsizetype ringBufferBytes = 256 * 1024;
        bool echoToStderr = true; // also hand messages to the previous handler
        bool crashHandler = true; // install the SIGSEGV/SIGABRT/... handler
    };

    explicit LogSink(Options options);
    LogSink(const LogSink&) = delete;
    LogSink& operator=(const LogSink&) = delete;
    ~LogSink();

    // Opens the log file and installs the message and crash handlers. Errors: log.busy
    // (another sink is started), log.cannotOpen.
    Status start();

    // Qt logging rules, e.g. "madoguchi.card.debug=true\nmadoguchi.sync.*=false". They
    // replace the previous rules and apply at once to every category.
    void setFilterRules(const QString& rules);

    QString filePath() const;
    // The ring buffer's contents (for the diagnostics page).
    QByteArray recentLines() const;

    // "2024-05-01T10:00:00.123+09:00 INFO  madoguchi.db: message", redacted, without newline.
    static QByteArray formatLine(QtMsgType type, const QMessageLogContext& context, const QString& message);

    // The newest crash-*.log in `directory`, empty if there is none, so that the app can tell
    // IT after a restart that the last run crashed and where the report is.
    static QString lastCrashReport(const QString& directory);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message);
    void writeLine(const QByteArray& line);
    void rotate();

    Options m_options;
    mutable QMutex m_mutex;
    QFile m_file;
    CrashRingBuffer m_ring;
    QtMessageHandler m_previousHandler = nullptr;
    bool m_started = false;
};

} // namespace madoguchi
