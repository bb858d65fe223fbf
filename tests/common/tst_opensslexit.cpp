// keepOpenSslUntilProcessExit() (common/OpenSslExit.h), which the app's main() and every test
// call first: a thread that used OpenSSL and ends only after main() has returned still frees
// its own state. openssl_exit_helper makes that ordering happen every time (see its header).
#include <QCoreApplication>
#include <QProcess>
#include <QTest>

class TestOpenSslExit : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray output;
    };

    static Run runHelper(const QString& mode)
    {
        QProcess helper;
        helper.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/openssl_exit_helper"));
        helper.setArguments({mode});
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start();
        if (!helper.waitForFinished(60000) || helper.exitStatus() != QProcess::NormalExit)
            return {};
        return {helper.exitCode(), helper.readAllStandardOutput()};
    }

private Q_SLOTS:
    void threadEndingAfterMainStillFreesItsState();
    void withoutItTheStateIsNeverFreed();
    void badUsageIsRefused();
};

void TestOpenSslExit::threadEndingAfterMainStillFreesItsState()
{
    const Run run = runHelper(QStringLiteral("keep"));
    QVERIFY2(run.output.startsWith("freed at thread end: "), run.output.constData());
    QVERIFY2(run.output.trimmed().split(' ').last().toInt() > 0, run.output.constData());
    QCOMPARE(run.exitCode, 0);
}

// The failure the precaution exists for: with OpenSSL's own exit handler, the ending thread
// frees nothing. If a future OpenSSL frees it anyway, this fails and the precaution can go.
void TestOpenSslExit::withoutItTheStateIsNeverFreed()
{
    const Run run = runHelper(QStringLiteral("default"));
    QCOMPARE(run.output.trimmed(), QByteArray("freed at thread end: 0"));
    QCOMPARE(run.exitCode, 3);
}

void TestOpenSslExit::badUsageIsRefused()
{
    QCOMPARE(runHelper(QStringLiteral("sometimes")).exitCode, 2);
    QCOMPARE(runHelper(QString()).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestOpenSslExit)
#include "tst_opensslexit.moc"
