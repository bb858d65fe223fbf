#include "common/CrashRingBuffer.h"
#include "common/LogSink.h"
#include "common/Logging.h"
#include "common/MyNumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

#include <sys/resource.h>

using namespace madoguchi;

namespace {

const char crashDirVariable[] = "MADOGUCHI_TST_LOGGING_CRASH_DIR";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

LogSink::Options quietOptions(const QString& dir)
{
    LogSink::Options options;
    options.directory = dir;
    options.echoToStderr = false;
    options.crashHandler = false;
    return options;
}

// The child side of TstLogging::crashWritesRingBuffer: log, then die.
int crashChild(const QString& dir)
{
    // No core file from a crash we cause on purpose.
    rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    LogSink::Options options;
    options.directory = dir;
    options.echoToStderr = false;
    LogSink sink(options);
    if (!sink.start())
        return 3;
    for (int i = 1; i <= 3; ++i)
        qCInfo(lcApp, "before-crash line %d", i);
    qCWarning(lcCard, "card holder 1234 5678 9012 read");
    std::abort();
}

} // namespace

class TstLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A visit id whose digit groups look like a My Number is not one; a number beside it still is.
    void uuidsAreNotMyNumbers()
    {
        const QStringList uuids{QStringLiteral("0a1b2c3d-1234-5678-9012-aabbccddeeff"),
                                QStringLiteral("0a1b2c3d-aaaa-bbbb-cccc-123456789012"),
                                QStringLiteral("ABCD1234-5678-9012-3456-789012345678")};
        for (const QString& uuid : uuids) {
            const QString text = QStringLiteral("resident record shown for visit %1").arg(uuid);
            QVERIFY2(!MyNumber::containsCandidate(text), qPrintable(text));
            QCOMPARE(MyNumber::redact(text), text);
            const QString both = text + QStringLiteral(", number 1234-5678-9012");
            QVERIFY(MyNumber::containsCandidate(both));
            QCOMPARE(MyNumber::redact(both), text + QStringLiteral(", number [MyNumber]"));
        }
        // Not a canonical UUID (a group too long): the run counts.
        QVERIFY(MyNumber::containsCandidate(QStringLiteral("x 0a1b2c3d-1234-5678-9012-aabbccddeeff0")));
        QVERIFY(MyNumber::containsCandidate(QStringLiteral("id 123456789012")));
    }

    void lineFormatAndRedaction()
    {
        QTemporaryDir dir;
        {
            LogSink sink(quietOptions(dir.path()));
            QVERIFY(sink.start().ok());
            qCInfo(lcCard, "read number 123456789012 from card");
            qCWarning(lcSync, "full-width １２３４５６７８９０１２ too");
        }
        const QString text =
            QString::fromUtf8(readAll(QDir(dir.path()).filePath(QStringLiteral("madoguchi.log"))));
        QVERIFY(!text.contains(QLatin1String("123456789012")));
        QVERIFY(!text.contains(QStringLiteral("１２３４５６７８９０１２")));
        QCOMPARE(text.count(QLatin1String("[MyNumber]")), 2);
        static const QRegularExpression line(
            QStringLiteral(
                R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d) INFO  madoguchi\.card: read number \[MyNumber\] from card$)"),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("WARN  madoguchi.sync: ")));
    }

    void rotationKeepsMaxFiles()
    {
        QTemporaryDir dir;
        LogSink::Options options = quietOptions(dir.path());
        options.maxFileSizeKiB = 1;
        options.maxFiles = 3;
        {
            LogSink sink(options);
            QVERIFY(sink.start().ok());
            for (int i = 0; i < 200; ++i)
                qCInfo(lcApp, "line %03d %s", i, QByteArray(60, 'x').constData());
        }
        const QDir d(dir.path());
        QCOMPARE(d.entryList({QStringLiteral("madoguchi.log*")}, QDir::Files),
                 (QStringList{QStringLiteral("madoguchi.log"), QStringLiteral("madoguchi.log.1"),
                              QStringLiteral("madoguchi.log.2")}));
        for (const QString& name : d.entryList({QStringLiteral("madoguchi.log*")}, QDir::Files))
            QVERIFY(QFileInfo(d.filePath(name)).size() <= 1024);
        // The newest line is in the current file, older ones in .1 and .2, the oldest gone.
        QVERIFY(readAll(d.filePath(QStringLiteral("madoguchi.log"))).contains("line 199"));
        QVERIFY(readAll(d.filePath(QStringLiteral("madoguchi.log.1"))).contains("line 1"));
        QVERIFY(!readAll(d.filePath(QStringLiteral("madoguchi.log.1"))).contains("line 199"));
        QVERIFY(!readAll(d.filePath(QStringLiteral("madoguchi.log.2"))).contains("line 000"));
    }

    void filterRulesAtRunTime()
    {
        QTemporaryDir dir;
        {
            LogSink sink(quietOptions(dir.path()));
            QVERIFY(sink.start().ok());
            qCDebug(lcDb, "hidden-by-default");
            sink.setFilterRules(QStringLiteral("madoguchi.db.debug=true"));
            QVERIFY(lcDb().isDebugEnabled());
            qCDebug(lcDb, "shown-after-rule");
            qCDebug(lcCard, "card-still-hidden");
            sink.setFilterRules(QStringLiteral("madoguchi.db.debug=false"));
            qCDebug(lcDb, "hidden-again");
            sink.setFilterRules(QString());
        }
        const QByteArray text = readAll(QDir(dir.path()).filePath(QStringLiteral("madoguchi.log")));
        QVERIFY(!text.contains("hidden-by-default"));
        QVERIFY(text.contains("DEBUG madoguchi.db: shown-after-rule"));
        QVERIFY(!text.contains("card-still-hidden"));
        QVERIFY(!text.contains("hidden-again"));
    }

    void onlyOneSinkAtATime()
    {
        QTemporaryDir dir;
        LogSink first(quietOptions(dir.path()));
        QVERIFY(first.start().ok());
        LogSink second(quietOptions(dir.path()));
        QCOMPARE(second.start().error().code, QStringLiteral("log.busy"));
    }

    void ringBufferKeepsTheTail()
    {
        CrashRingBuffer ring(16);
        ring.append("0123456789");
        QCOMPARE(ring.contents(), QByteArray("0123456789"));
        ring.append("abcdefghij");
        QCOMPARE(ring.contents(), QByteArray("456789abcdefghij"));
        ring.append(QByteArray(QByteArray(40, 'z') + "END"));
        QCOMPARE(ring.contents(), QByteArray(QByteArray(13, 'z') + "END"));

        QTemporaryDir dir;
        LogSink::Options options = quietOptions(dir.path());
        options.ringBufferBytes = 200;
        LogSink sink(options);
        QVERIFY(sink.start().ok());
        for (int i = 0; i < 50; ++i)
            qCInfo(lcUi, "ring %02d", i);
        const QByteArray recent = sink.recentLines();
        QCOMPARE(recent.size(), 200);
        QVERIFY(recent.endsWith("ring 49\n"));
        QVERIFY(!recent.contains("ring 00"));
    }

    void crashWritesRingBuffer()
    {
        QTemporaryDir dir;
        QVERIFY(LogSink::lastCrashReport(dir.path()).isEmpty());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(crashDirVariable), dir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QString report = QDir(dir.path()).filePath(QStringLiteral("crash-%1.log").arg(pid));
        QVERIFY2(QFile::exists(report), qPrintable(QDir(dir.path()).entryList().join(u' ')));
        QCOMPARE(LogSink::lastCrashReport(dir.path()), report);
        const QByteArray text = readAll(report);
        QVERIFY2(text.startsWith("Madoguchi crashed with signal 6"), text.constData());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(text.contains(
                QByteArray(QByteArray("madoguchi.app: before-crash line ") + QByteArray::number(i))));
        QVERIFY(text.contains("card holder [MyNumber] read"));
        QVERIFY(!text.contains("1234 5678 9012"));
        QVERIFY(!text.contains("123456789012"));
    }
};

int main(int argc, char** argv)
{
    const QString crashDir = qEnvironmentVariable(crashDirVariable);
    QCoreApplication app(argc, argv);
    if (!crashDir.isEmpty())
        return crashChild(crashDir);
    TstLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"
