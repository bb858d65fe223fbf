// madoguchi-cli as scripts use it: exit codes, one-line reasons on stderr, JSON on stdout.

#include "CliRun.h"

#include "selftest/SelfTest.h"

#include "common/AuditLog.h"
#include "common/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("self-test"));
        QVERIFY(run.out.contains("audit verify"));
        QVERIFY(run.out.contains("db migrate"));
        QVERIFY(run.err.isEmpty());
    }

    void version()
    {
        const Run run = cli({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseObject(run.out).value(QStringLiteral("version")).toString(),
                 QStringLiteral(MADOGUCHI_VERSION));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown db subcommand")
            << QStringList{QStringLiteral("db"), QStringLiteral("drop")} << QStringLiteral("drop");
        QTest::newRow("audit alone") << QStringList{QStringLiteral("audit")} << QStringLiteral("audit");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("self-test"), QStringLiteral("--frob")} << QStringLiteral("--frob");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("No command");
        QTest::newRow("option without value")
            << QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database")}
            << QStringLiteral("--database");
        QTest::newRow("policy unreadable")
            << QStringList{QStringLiteral("--policy"), QStringLiteral("/nonexistent/policy.ini"),
                           QStringLiteral("db"), QStringLiteral("status")}
            << QStringLiteral("/nonexistent/policy.ini");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, needle);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().contains(needle), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void usageErrorAsJson()
    {
        const Run run = cli({QStringLiteral("frobnicate"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = parseObject(run.out);
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("cli.usage"));
    }

    void statusOfMissingDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const Run run =
            cli({QStringLiteral("--database"), path, QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().first().contains(path));
        QVERIFY2(!QFile::exists(path), "a reading command must not create the database");
        const Run verify =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database=") + path});
        QCOMPARE(verify.exitCode, 1);
    }

    void migrateThenStatus()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run migrate = cli({QStringLiteral("--database"), path, QStringLiteral("db"),
                                 QStringLiteral("migrate"), QStringLiteral("--json")});
        QCOMPARE(migrate.exitCode, 0);
        const QJsonObject migrated = parseObject(migrate.out);
        QVERIFY2(!migrated.isEmpty(), migrate.out.constData());
        QVERIFY(!migrated.value(QStringLiteral("applied")).toArray().isEmpty());

        const Run again = cli({QStringLiteral("--database"), path, QStringLiteral("db"),
                               QStringLiteral("migrate"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(parseObject(again.out).value(QStringLiteral("applied")).toArray().isEmpty());

        const Run status = cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json"),
                                QStringLiteral("--database"), path});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = parseObject(status.out);
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QStringList components;
        for (const QJsonValue& value : json.value(QStringLiteral("components")).toArray()) {
            const QJsonObject component = value.toObject();
            components << component.value(QStringLiteral("component")).toString();
            QVERIFY(component.value(QStringLiteral("version")).toInt() >= 1);
            QCOMPARE(component.value(QStringLiteral("version")).toInt(),
                     component.value(QStringLiteral("latest")).toInt());
            QCOMPARE(component.value(QStringLiteral("pending")).toBool(true), false);
        }
        QVERIFY2(components.contains(QStringLiteral("audit")), qPrintable(components.join(u',')));
    }

    void auditVerifyIntactThenTampered()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.sqlite"));
        QCOMPARE(cli({QStringLiteral("--database"), path, QStringLiteral("db"), QStringLiteral("migrate")})
                     .exitCode,
                 0);

        const Run fresh =
            cli({QStringLiteral("--database"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(fresh.exitCode, 0);

        {
            DatabaseConfig config;
            config.sqlitePath = path;
            auto opened = Database::open(config, {AuditLog::migrations()});
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            AuditLog audit(*opened.value());
            for (int i = 1; i <= 3; ++i) {
                AuditEntry entry;
                entry.actor = QStringLiteral("tanaka");
                entry.role = QStringLiteral("clerk");
                entry.workstation = QStringLiteral("counter-1");
                entry.action = QStringLiteral("login.ok");
                entry.objectId = QStringLiteral("session-%1").arg(i);
                entry.detail = QStringLiteral("entry %1").arg(i);
                const Status appended = audit.append(entry);
                QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().toString()));
            }
        }
        const Run intact = cli({QStringLiteral("--database"), path, QStringLiteral("audit"),
                                QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(parseObject(intact.out).value(QStringLiteral("records")).toInt(), 3);

        {
            // Someone with the file: drop the guard trigger and edit the second record.
            DatabaseConfig config;
            config.sqlitePath = path;
            auto opened = Database::open(config, {});
            QVERIFY(opened.ok());
            QSqlQuery query(opened.value()->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET detail = 'edited' WHERE id = 2")));
        }
        const Run broken =
            cli({QStringLiteral("--database"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(broken.exitCode, 3);
        QCOMPARE(broken.errLines().size(), 1);
        QVERIFY2(broken.errLines().first().contains(QStringLiteral(" 2 ")), broken.err.constData());

        const Run brokenJson = cli({QStringLiteral("--database"), path, QStringLiteral("audit"),
                                    QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(brokenJson.exitCode, 3);
        const QJsonObject json = parseObject(brokenJson.out);
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("firstBrokenId")).toInt(), 2);
    }

    void selfTestJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("selftest.sqlite"));
        QCOMPARE(cli({QStringLiteral("--database"), path, QStringLiteral("db"), QStringLiteral("migrate")})
                     .exitCode,
                 0);
        const Run run =
            cli({QStringLiteral("--database"), path, QStringLiteral("self-test"), QStringLiteral("--json")});
        const QJsonObject json = parseObject(run.out);
        QVERIFY2(!json.isEmpty(), run.out.constData());
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), int(SelfTest::checkIds().size()));
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("database"));
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        // No keychain (no session bus) in the test environment: a problem, so exit 1.
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(),
                 json.value(QStringLiteral("problems")).toInt() == 0);
        QCOMPARE(run.exitCode, json.value(QStringLiteral("exitCode")).toInt());
        QCOMPARE(run.exitCode, json.value(QStringLiteral("ok")).toBool() ? 0 : 1);
        if (run.exitCode != 0)
            QCOMPARE(run.errLines().size(), 1);
    }

    void selfTestText()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-for-selftest.sqlite"));
        const Run run = cli({QStringLiteral("self-test"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(SelfTest::checkIds().size()));
        QVERIFY2(lines.first().startsWith(QStringLiteral("[PROBLEM] Database")), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(path));
        QCOMPARE(run.errLines().size(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
