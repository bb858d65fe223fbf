// The self-test checks one by one (normal path, error paths, bad input) and SelfTest as a
// whole. Runs in isolated.sh: no pcscd (the client socket is pointed at nowhere), no keychain.

#include "selftest/DatabaseCheck.h"
#include "selftest/FontCheck.h"
#include "selftest/PcscCheck.h"
#include "selftest/PolicyCheck.h"
#include "selftest/PrinterCheck.h"
#include "selftest/SelfTest.h"
#include "selftest/SelfTestReport.h"
#include "selftest/TlsCheck.h"

#include "common/Database.h"
#include "common/NullSecretStore.h"
#include "common/Settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

CheckResult make(const QString& id, CheckResult::State state)
{
    return CheckResult{id, id, state, QStringLiteral("detail of ") + id, QString()};
}

MigrationSet demoSchema(int versions)
{
    MigrationSet set{QStringLiteral("demo"), {}};
    for (int v = 1; v <= versions; ++v)
        set.migrations.push_back({v,
                                  QStringLiteral("step %1").arg(v),
                                  {QStringLiteral("CREATE TABLE demo%1 (id INTEGER)").arg(v)}});
    return set;
}

} // namespace

class TestSelfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // pcsc-lite's client honours this: a socket that does not exist is "no service",
        // whatever runs on the machine.
        qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pcscd.comm"))));
        QVERIFY(m_dir.isValid());
    }

    void databaseOpenFailed()
    {
        const Error error =
            makeError(QStringLiteral("db.locked"), QStringLiteral("The database file x is locked"));
        const CheckResult result = DatabaseCheck::run(nullptr, error, {});
        QCOMPARE(result.id, QStringLiteral("database"));
        QCOMPARE(result.state, CheckResult::State::Problem);
        QVERIFY2(result.detail.contains(QStringLiteral("The database file x is locked")),
                 qPrintable(result.detail));
        QVERIFY(result.remedy.contains(QStringLiteral("Close the other program")));

        const CheckResult unknown = DatabaseCheck::run(nullptr, std::nullopt, {});
        QCOMPARE(unknown.state, CheckResult::State::Problem);
        QVERIFY(!unknown.remedy.isEmpty());
    }

    void databaseOk()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("ok.sqlite"));
        auto opened = Database::open(config, {demoSchema(2)});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        const CheckResult result = DatabaseCheck::run(opened.value().get(), std::nullopt, {demoSchema(2)});
        QCOMPARE(result.state, CheckResult::State::Ok);
        QVERIFY2(result.detail.contains(QStringLiteral("demo v2")), qPrintable(result.detail));
        QVERIFY(result.detail.contains(QStringLiteral("Integrity check passed")));
        QVERIFY(result.detail.contains(QStringLiteral("Write-ahead log on")));
        QVERIFY(result.remedy.isEmpty());
    }

    void databasePendingSchemaIsWarning()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("pending.sqlite"));
        auto opened = Database::open(config, {demoSchema(1)});
        QVERIFY(opened.ok());
        const CheckResult result = DatabaseCheck::run(opened.value().get(), std::nullopt, {demoSchema(3)});
        QCOMPARE(result.state, CheckResult::State::Warning);
        QVERIFY2(result.detail.contains(QStringLiteral("demo v1 → v3")), qPrintable(result.detail));
        QVERIFY(result.remedy.contains(QStringLiteral("db migrate")));
    }

    void pcscNoService()
    {
        const CheckResult result = PcscCheck::run(QString());
        QCOMPARE(result.id, QStringLiteral("pcsc"));
        QCOMPARE(result.state, CheckResult::State::Problem);
        QVERIFY2(result.detail.contains(QStringLiteral("pcscd is not running")), qPrintable(result.detail));
        QVERIFY(result.remedy.contains(QStringLiteral("systemctl start pcscd.socket")));
    }

    void pcscStates()
    {
        smartcard::PcscServiceStatus status;
        status.state = smartcard::PcscServiceStatus::State::NoReaders;
        QCOMPARE(PcscCheck::fromStatus(status, QString()).state, CheckResult::State::Warning);

        status.state = smartcard::PcscServiceStatus::State::Error;
        status.code = 0x80100001;
        status.detail = "SCARD_F_INTERNAL_ERROR";
        const CheckResult error = PcscCheck::fromStatus(status, QString());
        QCOMPARE(error.state, CheckResult::State::Problem);
        QVERIFY(error.detail.contains(QStringLiteral("SCARD_F_INTERNAL_ERROR")));
        QVERIFY(error.detail.contains(QStringLiteral("80100001")));

        status.state = smartcard::PcscServiceStatus::State::Running;
        status.readers = {"Reader A 00 00", "Reader B 00 00"};
        QCOMPARE(PcscCheck::fromStatus(status, QString()).state, CheckResult::State::Ok);
        QCOMPARE(PcscCheck::fromStatus(status, QStringLiteral("Reader B 00 00")).state,
                 CheckResult::State::Ok);
        const CheckResult missing = PcscCheck::fromStatus(status, QStringLiteral("Reader C 00 00"));
        QCOMPARE(missing.state, CheckResult::State::Problem);
        QVERIFY(missing.detail.contains(QStringLiteral("Reader C 00 00")));
    }

    void fontsInstalled()
    {
        const CheckResult result = FontCheck::run();
        QCOMPARE(result.id, QStringLiteral("fonts"));
        QVERIFY2(result.state == CheckResult::State::Ok, qPrintable(result.detail));
    }

    void fontsMissing()
    {
        const CheckResult none = FontCheck::fromFamilies({QStringLiteral("DejaVu Sans")});
        QCOMPARE(none.state, CheckResult::State::Problem);
        QVERIFY(none.remedy.contains(QStringLiteral("fonts-ipamj-mincho")));
        // The Japanese family names count as well as the English ones.
        const CheckResult japanese = FontCheck::fromFamilies(
            {QStringLiteral("IPAゴシック"), QStringLiteral("IPA明朝"), QStringLiteral("IPAmj明朝")});
        QCOMPARE(japanese.state, CheckResult::State::Ok);
        const CheckResult noMj =
            FontCheck::fromFamilies({QStringLiteral("IPAGothic"), QStringLiteral("IPAMincho")});
        QCOMPARE(noMj.state, CheckResult::State::Problem);
        QVERIFY(noMj.detail.contains(QStringLiteral("IPAmj Mincho")));
        QVERIFY(!noMj.detail.contains(QStringLiteral("IPA Gothic")));
    }

    void printers()
    {
        QCOMPARE(PrinterCheck::fromPrinters({}, {}, {}).state, CheckResult::State::Warning);
        QCOMPARE(PrinterCheck::fromPrinters({QStringLiteral("P1")}, QStringLiteral("P1"), {}).state,
                 CheckResult::State::Ok);
        QCOMPARE(PrinterCheck::fromPrinters({QStringLiteral("P1"), QStringLiteral("P2")},
                                            QStringLiteral("P1"), QStringLiteral("P2"))
                     .state,
                 CheckResult::State::Ok);
        const CheckResult missing =
            PrinterCheck::fromPrinters({QStringLiteral("P1")}, QStringLiteral("P1"), QStringLiteral("Certs"));
        QCOMPARE(missing.state, CheckResult::State::Problem);
        QVERIFY(missing.detail.contains(QStringLiteral("Certs")));
        // Printers but neither a configured nor a default one: every print would have to ask.
        QCOMPARE(PrinterCheck::fromPrinters({QStringLiteral("P1")}, {}, {}).state,
                 CheckResult::State::Warning);
        // The real system (none in the test environment) gives some answer without hanging.
        QCOMPARE(PrinterCheck::run({}).id, QStringLiteral("printers"));
    }

    void tlsNotConfigured()
    {
        const CheckResult result = TlsCheck::run({});
        QCOMPARE(result.id, QStringLiteral("tls"));
        QCOMPARE(result.state, CheckResult::State::Warning);
        QVERIFY(result.detail.contains(QStringLiteral("not configured")));
    }

    void tlsMissingCaBundle()
    {
        const QString ca = m_dir.filePath(QStringLiteral("nowhere/ca.pem"));
        const CheckResult result =
            TlsCheck::run({QStringLiteral("https://core.example.lg.jp/api/"), ca, clientCertificate()});
        QCOMPARE(result.state, CheckResult::State::Problem);
        QVERIFY2(result.detail.contains(ca), qPrintable(result.detail));
        QVERIFY(result.remedy.contains(QStringLiteral("core/caBundle")));
    }

    void tlsBadInput()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
        QVERIFY(writeFile(garbage, "not a certificate\n"));
        const CheckResult notPem =
            TlsCheck::run({QStringLiteral("https://core.example.lg.jp/"), garbage, clientCertificate()});
        QCOMPARE(notPem.state, CheckResult::State::Problem);
        QVERIFY(notPem.detail.contains(QStringLiteral("no PEM certificate")));

        const CheckResult http = TlsCheck::run({QStringLiteral("http://core.example.lg.jp/"), {}, {}});
        QCOMPARE(http.state, CheckResult::State::Problem);
        QVERIFY(http.detail.contains(QStringLiteral("does not use https")));
        QVERIFY(http.detail.contains(QStringLiteral("No CA bundle")));
        QVERIFY(http.detail.contains(QStringLiteral("No client certificate")));

        const CheckResult noUrl = TlsCheck::run({{}, {}, clientCertificate()});
        QCOMPARE(noUrl.state, CheckResult::State::Problem);
        QVERIFY(noUrl.remedy.contains(QStringLiteral("core/baseUrl")));

        const CheckResult missingP12 = TlsCheck::run(
            {QStringLiteral("https://core.example.lg.jp/"), {}, m_dir.filePath(QStringLiteral("none.p12"))});
        QVERIFY(missingP12.detail.contains(m_dir.filePath(QStringLiteral("none.p12"))));
    }

    void tlsValid()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt's OpenSSL TLS backend did not load");
        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Madoguchi Test CA"), QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), ca});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        const TlsCheck::Input input{QStringLiteral("https://core.example.lg.jp/api/"), ca,
                                    clientCertificate()};
        const CheckResult result = TlsCheck::run(input);
        QVERIFY2(result.state == CheckResult::State::Ok, qPrintable(result.detail + u' ' + result.remedy));
        QVERIFY(result.detail.contains(QStringLiteral("passphrase")));

        // The same certificate two years on: expired, named, a problem.
        const CheckResult later = TlsCheck::run(input, QDateTime::currentDateTimeUtc().addYears(2));
        QCOMPARE(later.state, CheckResult::State::Problem);
        QVERIFY(later.detail.contains(QStringLiteral("Madoguchi Test CA")));
        QVERIFY(later.detail.contains(QStringLiteral("expired")));
        // Close to expiry: a warning.
        const CheckResult soon = TlsCheck::run(input, QDateTime::currentDateTimeUtc().addDays(350));
        QCOMPARE(soon.state, CheckResult::State::Warning);
    }

    void policyClean()
    {
        const CheckResult result =
            PolicyCheck::fromProblems(QStringLiteral("/etc/xdg/Madoguchi/policy.ini"), 2, {});
        QCOMPARE(result.id, QStringLiteral("policy"));
        QCOMPARE(result.state, CheckResult::State::Ok);
        QVERIFY(result.detail.contains(QStringLiteral("policy.ini")));
        QVERIFY(result.remedy.isEmpty());
    }

    void policyBadEntriesAreAProblem()
    {
        // A real Settings object reading a policy file with one good and two bad entries: the
        // check must name the file, the line and the key of each bad one.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString policy = dir.filePath(QStringLiteral("policy.ini"));
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[session]\nidleLockMinutes=5\nmaxSessionHours=99\n[nosuch]\nkey=1\n");
        file.close();
        auto settings = Settings::createTemporary(dir.path(), policy);
        const SelfTestConfig config = SelfTestConfig::fromSettings(*settings);
        QCOMPARE(config.lockedKeys, 1);
        QCOMPARE(config.policyProblems.size(), 2);
        const CheckResult result =
            PolicyCheck::fromProblems(config.policySource, config.lockedKeys, config.policyProblems);
        QCOMPARE(result.state, CheckResult::State::Problem);
        QVERIFY2(result.detail.contains(QStringLiteral("maxSessionHours")), qPrintable(result.detail));
        QVERIFY2(result.detail.contains(QStringLiteral(":3")), qPrintable(result.detail));
        QVERIFY2(result.detail.contains(QStringLiteral("nosuch")), qPrintable(result.detail));
        QVERIFY(result.remedy.contains(policy));
        QCOMPARE(exitCodeFor({result}), 1);
    }

    void reportAndExitCode()
    {
        const QList<CheckResult> ok{make(QStringLiteral("a"), CheckResult::State::Ok),
                                    make(QStringLiteral("b"), CheckResult::State::Warning)};
        QCOMPARE(exitCodeFor(ok), 0);
        QCOMPARE(exitCodeFor({}), 0);
        QList<CheckResult> bad = ok;
        bad.append(make(QStringLiteral("c"), CheckResult::State::Problem));
        bad.last().remedy = QStringLiteral("fix it\nnow");
        QCOMPARE(exitCodeFor(bad), 1);

        const QString text = formatReport(bad);
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // one line per check, even with a newline in a text
        QCOMPARE(lines.at(0), QStringLiteral("[OK] a — detail of a"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("[WARNING] b")));
        QCOMPARE(lines.at(2), QStringLiteral("[PROBLEM] c — detail of c What to do: fix it now"));

        const QJsonObject json = toJson(bad).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("problems")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("warnings")).toInt(), 1);
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(2).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("problem"));
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("warning"));
        QCOMPARE(toJson(ok).object().value(QStringLiteral("ok")).toBool(), true);
    }

    void wholeRunWithoutDatabaseAndKeychain()
    {
        NullSecretStore secrets(QStringLiteral("no Secret Service on this test bus"));
        SelfTest test({}, nullptr, makeError(QStringLiteral("db.open"), QStringLiteral("disk on fire")),
                      secrets);
        QSignalSpy spy(&test, &SelfTest::finished);
        test.run();
        QVERIFY(test.isRunning());
        test.run(); // ignored while running: still one finished()
        QVERIFY(spy.wait(20000));
        QVERIFY(!test.isRunning());
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);

        const auto results = spy.at(0).at(0).value<QList<CheckResult>>();
        QStringList ids;
        for (const CheckResult& r : results)
            ids << r.id;
        QCOMPARE(ids, SelfTest::checkIds());
        QCOMPARE(results.at(0).state, CheckResult::State::Problem);
        QVERIFY(results.at(0).detail.contains(QStringLiteral("disk on fire")));
        QCOMPARE(results.at(1).state, CheckResult::State::Problem);
        QVERIFY2(results.at(1).detail.contains(QStringLiteral("no Secret Service on this test bus")),
                 qPrintable(results.at(1).detail));
        QVERIFY(!results.at(1).remedy.isEmpty());
        QCOMPARE(results.at(2).state, CheckResult::State::Problem); // no pcscd
        QCOMPARE(exitCodeFor(results), 1);

        // A second run works and reports again.
        test.run();
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.count(), 2);
    }

private:
    QString clientCertificate()
    {
        const QString path = m_dir.filePath(QStringLiteral("client.p12"));
        if (!QFile::exists(path))
            writeFile(path, "not opened by the check");
        return path;
    }

    static bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSelfTest)
#include "tst_selftest.moc"
