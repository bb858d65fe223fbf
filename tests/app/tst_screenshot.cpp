#include "AppTestFixture.h"
#include "LoginDialog.h"

#include <QImage>
#include <QProcess>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs the real binary; HOME and XDG come from isolated.sh, the database from --database.
    int runMadoguchi(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral(MADOGUCHI_BINARY), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    void checkPng(const QString& path, QSize minimum)
    {
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY2(image.width() >= minimum.width() && image.height() >= minimum.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QVERIFY(image.width() <= 4000 && image.height() <= 4000);
        // Not a blank canvas: some pixels differ from the corner.
        const QRgb corner = image.pixel(0, 0);
        int different = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                different += image.pixel(x, y) != corner ? 1 : 0;
        QVERIFY(different > 50);
    }

private Q_SLOTS:
    void loginWindowPng()
    {
        QVERIFY(m_dir.isValid());
        const QString png = m_dir.filePath(QStringLiteral("login.png"));
        QCOMPARE(runMadoguchi({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("a.sqlite")),
                               QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--screenshot"),
                               png, QStringLiteral("--screenshot-of"), QStringLiteral("login")}),
                 0);
        checkPng(png, QSize(300, 150));
    }

    void mainWindowPng()
    {
        const QString png = m_dir.filePath(QStringLiteral("main.png"));
        QCOMPARE(
            runMadoguchi({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("b.sqlite")),
                          QStringLiteral("--screenshot"), png, QStringLiteral("--screenshot-signed-in")}),
            0);
        checkPng(png, QSize(800, 500));
    }

    void unwritableTargetFails()
    {
        QVERIFY(runMadoguchi({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("c.sqlite")),
                              QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/dir/x.png")}) !=
                0);
    }

    void versionFlag()
    {
        QProcess process;
        process.start(QStringLiteral(MADOGUCHI_BINARY), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(
            QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral(MADOGUCHI_VERSION)));
    }

    void loginTitleIsJapanese()
    {
        AppFixture app;
        QVERIFY(app.setUp());
        QVERIFY(app.translations.install(QStringLiteral("ja")));
        LoginDialog dialog(*app.staff, QStringLiteral("ja"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("窓口 — ログイン"));
        // Switching back retranslates the open window.
        QVERIFY(app.translations.install(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Madoguchi — Sign in"));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
