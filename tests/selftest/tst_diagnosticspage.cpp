// The diagnostics page: runs on show, fills one row per check with a state word, has
// accessible names, and builds a report for the help desk.

#include "diagnostics/DiagnosticsModule.h"
#include "diagnostics/DiagnosticsPage.h"
#include "selftest/SelfTest.h"

#include "common/NullSecretStore.h"
#include "common/Settings.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace madoguchi;

class TestDiagnosticsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pcscd.comm"))));
        m_settings = Settings::createTemporary(m_dir.path());
    }

    void moduleBasics()
    {
        NullSecretStore secrets(QStringLiteral("test"));
        DiagnosticsModule module(*m_settings, nullptr, std::nullopt, secrets, m_dir.path());
        QCOMPARE(module.id(), QStringLiteral("diagnostics"));
        QCOMPARE(module.requiredRole(), Role::Supervisor);
        QVERIFY(!module.title().isEmpty());
    }

    void runsOnShowAndReports()
    {
        // A crash report from an earlier run is announced.
        QFile crash(m_dir.filePath(QStringLiteral("crash-4242.log")));
        QVERIFY(crash.open(QIODevice::WriteOnly));
        crash.write("boom\n");
        crash.close();

        NullSecretStore secrets(QStringLiteral("no Secret Service here"));
        DiagnosticsModule module(*m_settings, nullptr,
                                 makeError(QStringLiteral("db.open"), QStringLiteral("cannot open test db")),
                                 secrets, m_dir.path());
        std::unique_ptr<QWidget> host(new QWidget);
        auto* page = qobject_cast<DiagnosticsPage*>(module.createPage(host.get()));
        QVERIFY(page);
        QSignalSpy spy(page, &DiagnosticsPage::checksFinished);
        host->show();
        QVERIFY(spy.wait(20000));

        auto* table = page->findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(SelfTest::checkIds().size()));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Problem")); // a word, not a colour
        QVERIFY(!table->item(0, 0)->icon().isNull());
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("cannot open test db")));

        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (qobject_cast<QPushButton*>(widget) || qobject_cast<QTableWidget*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }

        bool crashShown = false;
        for (QLabel* label : page->findChildren<QLabel*>())
            crashShown =
                crashShown || (label->isVisible() && label->text().contains(QStringLiteral("crash-4242")));
        QVERIFY(crashShown);

        const QString report = page->reportText();
        QVERIFY(report.contains(QStringLiteral("[PROBLEM] Database")));
        QVERIFY(report.contains(QStringLiteral("Qt ")));

        // F5 runs again.
        QTest::keyClick(page, Qt::Key_F5);
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.count(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestDiagnosticsPage)
#include "tst_diagnosticspage.moc"
