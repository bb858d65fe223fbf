// madoguchi-cli card list / card read through the real pcscd + vpcd stack and the virtual card
// (with-virtual-card.sh). Runs once per profile; expectations come from the profile. Every run
// is checked for the full My Number, which must appear nowhere in stdout or stderr.
#include "CliRun.h"

#include "common/AuditLog.h"
#include "common/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

QJsonObject loadProfile()
{
    QFile f(qEnvironmentVariable("MADOGUCHI_VCARD_PROFILE"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCliCard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_reader;
    QString m_pin;
    QByteArray m_number; // the full My Number of the profile: must never be printed
    QByteArray m_name;
    int m_tries = 3;

    Run card(QStringList arguments, const QByteArray& input = {})
    {
        arguments.prepend(m_database);
        arguments.prepend(QStringLiteral("--database"));
        arguments.prepend(QStringLiteral("card"));
        const Run run = cli(arguments, input);
        checkNoNumber(run);
        return run;
    }

    Run readCard(const QByteArray& pin, QStringList extra = {})
    {
        return card(QStringList{QStringLiteral("read")} + extra, pin + '\n');
    }

    // The full number in any of its printable forms: plain, grouped 4-4-4, full-width digits.
    void checkNoNumber(const Run& run) const
    {
        const QString plain = QString::fromLatin1(m_number);
        QString wide;
        for (QChar c : plain)
            wide += QChar(0xFF10 + (c.unicode() - u'0'));
        const QStringList forms{plain, plain.mid(0, 4) + u' ' + plain.mid(4, 4) + u' ' + plain.mid(8),
                                plain.mid(0, 4) + u'-' + plain.mid(4, 4) + u'-' + plain.mid(8), wide};
        for (const QString& form : forms) {
            QVERIFY2(!QString::fromUtf8(run.out).contains(form), "full My Number on stdout");
            QVERIFY2(!QString::fromUtf8(run.err).contains(form), "full My Number on stderr");
        }
    }

    QByteArray triesLine(int tries) const
    {
        return tries == 1 ? QByteArray("1 try left") : QByteArray::number(tries) + " tries left";
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_reader = qEnvironmentVariable("MADOGUCHI_VCARD_READER");
        QVERIFY2(!m_reader.isEmpty(), "run through tests/scripts/with-virtual-card.sh");
        const QJsonObject profile = loadProfile();
        QVERIFY(!profile.isEmpty());
        m_pin = profile[QStringLiteral("pins")][QStringLiteral("cardInfo")].toString();
        m_number = profile[QStringLiteral("resident")][QStringLiteral("myNumber")].toString().toLatin1();
        m_name = profile[QStringLiteral("resident")][QStringLiteral("name")].toString().toUtf8();
        m_tries = profile[QStringLiteral("triesLeft")][QStringLiteral("cardInfo")].toInt();
        QCOMPARE(m_number.size(), 12);
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(
            cli({QStringLiteral("--database"), m_database, QStringLiteral("db"), QStringLiteral("migrate")})
                .exitCode,
            0);
    }

    void listText()
    {
        const Run run = card({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QByteArray(m_reader.toUtf8() + ": My Number card (JPKI token JPKIAPICCTOKEN2)")),
            run.out.constData());
        QVERIFY(run.err.isEmpty());
    }

    void listJson()
    {
        const Run run = card({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = parseObject(run.out);
        QCOMPARE(object[QStringLiteral("ok")].toBool(), true);
        const QJsonArray readers = object[QStringLiteral("readers")].toArray();
        bool found = false;
        for (const QJsonValue& r : readers) {
            if (r[QStringLiteral("name")].toString() == m_reader) {
                found = true;
                QCOMPARE(r[QStringLiteral("card")].toString(), QStringLiteral("myNumberCard"));
            }
        }
        QVERIFY2(found, run.out.constData());
    }

    void noService()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"),
                           m_dir.filePath(QStringLiteral("no-such.comm")));
        for (const QString& command : {QStringLiteral("list"), QStringLiteral("read")}) {
            const Run run = cli({QStringLiteral("card"), command, QStringLiteral("--database"), m_database},
                                m_pin.toLatin1() + '\n', environment);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.err.contains("smart card service is not running") && run.err.contains("pcscd"),
                     run.err.constData());
        }
    }

    void usageAndUnknownReader()
    {
        QCOMPARE(card({QStringLiteral("list"), QStringLiteral("--reader"), m_reader}).exitCode, 2);
        QCOMPARE(card({QStringLiteral("frobnicate")}).exitCode, 2);
        const Run run =
            readCard(m_pin.toLatin1(), {QStringLiteral("--reader"), QStringLiteral("No Such Reader")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("no card reader named \"No Such Reader\""), run.err.constData());
    }

    void refusedWithoutAudit()
    {
        // Every card read is audited: without a database the read does not happen at all.
        const Run run = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--database"),
                             m_dir.filePath(QStringLiteral("missing.sqlite"))},
                            m_pin.toLatin1() + '\n');
        checkNoNumber(run);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("must be audited"), run.err.constData());
        QVERIFY(!run.out.contains(m_name));
    }

    void blocked()
    {
        QVERIFY2(m_tries == 0, "for the blocked-pin profile (tests/selftest/CMakeLists.txt)");
        for (int i = 0; i < 2; ++i) {
            const Run run = readCard(m_pin.toLatin1());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("PIN blocked"), run.err.constData());
            QVERIFY2(run.out.contains(triesLine(0)), run.out.constData());
        }
    }

    void lastTry()
    {
        QVERIFY2(m_tries == 1, "for the one-try-left profile (tests/selftest/CMakeLists.txt)");
        for (int i = 0; i < 2; ++i) {
            // The second refusal still shows 1: the first sent no VERIFY.
            const Run run = readCard(m_pin.toLatin1());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("--confirm-last-try"), run.err.constData());
            QVERIFY2(run.out.contains(triesLine(1)), run.out.constData());
            QVERIFY(!run.out.contains(m_name));
        }
        const Run run = readCard(m_pin.toLatin1(), {QStringLiteral("--confirm-last-try")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QByteArray("Name: " + m_name)), run.out.constData());
    }

    void readText()
    {
        QVERIFY2(m_tries >= 2, "for profiles with a fresh PIN (tests/selftest/CMakeLists.txt)");
        const Run run = readCard(m_pin.toLatin1());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        // Compared as UTF-8 bytes: an IVS (U+E0102) must come through unchanged.
        QVERIFY2(run.out.contains(QByteArray("Name: " + m_name + '\n')), run.out.constData());
        QVERIFY(run.out.contains(
            QByteArray("My Number: ●●●● ●●●● " + m_number.right(4) + " (check digit valid)")));
        QVERIFY(run.out.contains(triesLine(m_tries)));
        QVERIFY(run.out.contains("Birth date: "));
    }

    void readJson()
    {
        QVERIFY2(m_tries >= 2, "for profiles with a fresh PIN (tests/selftest/CMakeLists.txt)");
        const Run run =
            card({QStringLiteral("read"), QStringLiteral("--json"), QStringLiteral("--reader"), m_reader},
                 m_pin.toLatin1() + '\n');
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = parseObject(run.out);
        QCOMPARE(object[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(object[QStringLiteral("name")].toString().toUtf8(), m_name);
        QCOMPARE(object[QStringLiteral("myNumberLastFour")].toString().toLatin1(), m_number.right(4));
        QCOMPARE(object[QStringLiteral("myNumberMasked")].toString(),
                 QStringLiteral("●●●● ●●●● ") + QString::fromLatin1(m_number.right(4)));
        QCOMPARE(object[QStringLiteral("checkDigitValid")].toBool(), true);
        QVERIFY(!object[QStringLiteral("birthDateWareki")].toString().isEmpty());
    }

    void wrongPin()
    {
        QVERIFY2(m_tries >= 2, "for profiles with a fresh PIN (tests/selftest/CMakeLists.txt)");
        const QByteArray wrong = m_pin == QLatin1String("9999") ? "9998" : "9999";
        const Run run = readCard(wrong);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("PIN is wrong") && run.err.contains(triesLine(m_tries - 1)),
                 run.err.constData());
        QVERIFY(!run.out.contains(m_name));
        // The card counted it: the next read shows one try less (and its success resets it).
        const Run next = readCard(m_pin.toLatin1());
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.out.contains(triesLine(m_tries - 1)), next.out.constData());
    }

    void audited()
    {
        DatabaseConfig config;
        config.sqlitePath = m_database;
        auto opened = Database::open(config);
        QVERIFY(opened);
        AuditLog audit(*opened.value());
        const QList<AuditRecord> records = audit.recent(100);
        int reads = 0;
        for (const AuditRecord& record : records) {
            if (record.action != QLatin1String("card.read"))
                continue;
            ++reads;
            QVERIFY(record.actor.startsWith(QLatin1String("cli:")));
            QVERIFY(record.objectId.isEmpty());
            QVERIFY(!record.detail.toUtf8().contains(m_name));
            QVERIFY(!record.detail.contains(QString::fromLatin1(m_number.right(4))));
        }
        // One per successful read: fresh profiles read three times, one-try-left once.
        QCOMPARE(reads, m_tries >= 2 ? 3 : (m_tries == 1 ? 1 : 0));
        QVERIFY(audit.verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestCliCard)
#include "tst_cli_card.moc"
