#include "common/LogSink.h"

#include "common/MyNumber.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <atomic>

namespace madoguchi {

namespace {

std::atomic<LogSink*> activeSink{nullptr};
// A message logged while handling a message (QFile warns, for instance) would deadlock on the
// sink's mutex; such messages go to the previous handler only.
thread_local bool inHandler = false;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO ";
    case QtWarningMsg:
        return "WARN ";
    case QtCriticalMsg:
        return "CRIT ";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?    ";
}

} // namespace

LogSink::LogSink(Options options)
    : m_options(std::move(options))
    , m_ring(m_options.ringBufferBytes)
{
    m_options.maxFiles = qMax(1, m_options.maxFiles);
    m_options.maxFileSizeKiB = qMax<qint64>(1, m_options.maxFileSizeKiB);
    m_file.setFileName(QDir(m_options.directory).filePath(m_options.fileName));
}

LogSink::~LogSink()
{
    if (!m_started)
        return;
    LogSink* self = this;
    if (activeSink.compare_exchange_strong(self, nullptr)) {
        qInstallMessageHandler(m_previousHandler);
        if (m_options.crashHandler)
            CrashRingBuffer::uninstallCrashHandler();
    }
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

Status LogSink::start()
{
    if (m_started)
        return {};
    if (!QDir().mkpath(m_options.directory) || !m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return makeError(QStringLiteral("log.cannotOpen"),
                         tr("Cannot open the log file: %1").arg(m_file.errorString()), m_file.fileName());
    }
    LogSink* expected = nullptr;
    if (!activeSink.compare_exchange_strong(expected, this)) {
        m_file.close();
        return makeError(QStringLiteral("log.busy"), tr("Another log sink is already active."),
                         m_file.fileName());
    }
    if (m_options.crashHandler && !CrashRingBuffer::installCrashHandler(&m_ring, m_options.directory)) {
        // Logging still works; only the crash report is lost. Say so in the log itself.
        m_started = true;
        m_previousHandler = qInstallMessageHandler(&LogSink::handleMessage);
        qWarning("Could not install the crash handler; crashes will not be reported.");
        return {};
    }
    m_started = true;
    m_previousHandler = qInstallMessageHandler(&LogSink::handleMessage);
    return {};
}

void LogSink::setFilterRules(const QString& rules)
{
    QLoggingCategory::setFilterRules(rules);
}

QString LogSink::filePath() const
{
    return m_file.fileName();
}

QByteArray LogSink::recentLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_ring.contents();
}

QByteArray LogSink::formatLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // Local time with its offset: IT compares log lines with the counter's wall clock.
    QDateTime now = QDateTime::currentDateTime();
    now = now.toOffsetFromUtc(now.offsetFromUtc());
    const QByteArray time = now.toString(Qt::ISODateWithMs).toLatin1();
    QByteArray line;
    line.reserve(message.size() + 64);
    line += time;
    line += ' ';
    line += levelName(type);
    line += ' ';
    line += context.category ? context.category : "default";
    line += ": ";
    line += MyNumber::redact(message).toUtf8();
    return line;
}

QString LogSink::lastCrashReport(const QString& directory)
{
    const QFileInfoList reports =
        QDir(directory).entryInfoList({QStringLiteral("crash-*.log")}, QDir::Files, QDir::Time);
    return reports.isEmpty() ? QString() : reports.first().absoluteFilePath();
}

void LogSink::handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogSink* sink = activeSink.load();
    if (!sink)
        return;
    const QString redacted = MyNumber::redact(message);
    if (!inHandler) {
        inHandler = true;
        QByteArray line = formatLine(type, context, message);
        line += '\n';
        sink->writeLine(line);
        inHandler = false;
    }
    if ((sink->m_options.echoToStderr || type == QtFatalMsg) && sink->m_previousHandler)
        sink->m_previousHandler(type, context, redacted);
}

void LogSink::writeLine(const QByteArray& line)
{
    QMutexLocker lock(&m_mutex);
    m_ring.append(line);
    if (!m_file.isOpen())
        return;
    const qint64 maxBytes = m_options.maxFileSizeKiB * 1024;
    if (m_file.size() > 0 && m_file.size() + line.size() > maxBytes)
        rotate();
    if (m_file.isOpen()) {
        m_file.write(line);
        // Flushed per line: the file must hold everything up to a crash or power cut.
        m_file.flush();
    }
}

// madoguchi.log.(n-2) -> .(n-1), ..., madoguchi.log -> .1; the oldest falls off.
void LogSink::rotate()
{
    const QString base = m_file.fileName();
    m_file.close();
    const int maxFiles = m_options.maxFiles;
    if (maxFiles <= 1) {
        QFile::remove(base);
    } else {
        QFile::remove(base + u'.' + QString::number(maxFiles - 1));
        for (int i = maxFiles - 2; i >= 1; --i)
            QFile::rename(base + u'.' + QString::number(i), base + u'.' + QString::number(i + 1));
        QFile::rename(base, base + QStringLiteral(".1"));
    }
    m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

} // namespace madoguchi
