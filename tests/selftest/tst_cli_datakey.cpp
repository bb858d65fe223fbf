// `madoguchi-cli datakey status|rotate` against a real gnome-keyring (runs through
// with-keyring.sh), and once without any keychain. Every test starts without a keychain entry:
// the keyring is shared by the tests of this binary.

#include "CliRun.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/Database.h"
#include "common/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace madoguchi;
using namespace madoguchi::test;

class TstCliDataKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain;
    int m_databases = 0;

    // A migrated database of its own for each test.
    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases));
        const Run migrate =
            cli({QStringLiteral("--database"), path, QStringLiteral("db"), QStringLiteral("migrate")});
        return migrate.exitCode == 0 ? path : QString();
    }

    Run datakey(const QString& database, const QString& command, bool json = true)
    {
        QStringList arguments{QStringLiteral("--database"), database, QStringLiteral("datakey"), command};
        if (json)
            arguments << QStringLiteral("--json");
        return cli(arguments);
    }

    Result<QByteArray> readEntry()
    {
        std::optional<Result<QByteArray>> result;
        m_keychain.read(DataKeyManager::secretKey(), this,
                        [&](Result<QByteArray> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return makeError(QStringLiteral("test.timeout"), QStringLiteral("no callback"));
        return *result;
    }

    bool removeEntry()
    {
        std::optional<Status> result;
        m_keychain.remove(DataKeyManager::secretKey(), this, [&](Status s) { result = s; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 20000) && result->ok();
    }

    static QList<qint64> recordedKeyIds(const QString& path)
    {
        DatabaseConfig config;
        config.sqlitePath = path;
        auto opened = Database::open(config, {});
        QList<qint64> ids;
        if (!opened)
            return {-1};
        QSqlQuery query(opened.value()->connection());
        query.exec(QStringLiteral("SELECT key_id FROM data_key_info ORDER BY id"));
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(removeEntry()); }

    void statusOnFreshDatabaseCreatesNothing()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        const Run run = datakey(path, QStringLiteral("status"));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        QVERIFY(json.value(QStringLiteral("recordedKeyId")).isNull());
        QCOMPARE(json.value(QStringLiteral("keychainEntry")).toBool(true), false);
        QVERIFY(run.err.isEmpty());

        const Run text = datakey(path, QStringLiteral("status"), false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("No data key yet"), text.out.constData());

        QCOMPARE(recordedKeyIds(path), QList<qint64>{});
        QCOMPARE(readEntry().error().code, QStringLiteral("secret.notFound"));
    }

    void rotateTwiceThenStatus()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        // No key yet: rotate first creates key 1, as the application would, then replaces it.
        const Run first = datakey(path, QStringLiteral("rotate"));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(QStringLiteral("oldKeyId")).toInt(), 1);
        QCOMPARE(first.json().value(QStringLiteral("newKeyId")).toInt(), 2);

        const Run second = datakey(path, QStringLiteral("rotate"), false);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("2 → 3"), second.out.constData());
        QVERIFY(second.err.isEmpty());
        QCOMPARE(recordedKeyIds(path), (QList<qint64>{1, 2, 3}));

        const Run status = datakey(path, QStringLiteral("status"));
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = status.json();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(json.value(QStringLiteral("recordedKeyId")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("keychainEntry")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("keyLoads")).toBool(), true);

        // Each rotation is in the audit log, and the chain is intact.
        DatabaseConfig config;
        config.sqlitePath = path;
        auto opened = Database::open(config, {});
        QVERIFY(opened.ok());
        AuditLog audit(*opened.value());
        int rotations = 0;
        for (const AuditRecord& record : audit.recent(100))
            rotations += record.action == QLatin1String("datakey.rotate") ? 1 : 0;
        QCOMPARE(rotations, 2);
        QVERIFY(audit.verify().ok);
    }

    void missingKeychainEntryIsAProblem()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        QCOMPARE(datakey(path, QStringLiteral("rotate")).exitCode, 0);
        QVERIFY(removeEntry());

        const Run status = datakey(path, QStringLiteral("status"), false);
        QCOMPARE(status.exitCode, 1);
        QCOMPARE(status.errLines().size(), 1);
        QVERIFY2(status.errLines().first().contains(QStringLiteral("crypto.keyMissing")),
                 status.err.constData());

        const Run json = datakey(path, QStringLiteral("status"));
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("state")).toString(), QStringLiteral("problem"));
        QCOMPARE(json.json().value(QStringLiteral("recordedKeyId")).toInt(), 2);
        QCOMPARE(json.json().value(QStringLiteral("keychainEntry")).toBool(true), false);
        QCOMPARE(
            json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("crypto.keyMissing"));

        // Never a new key in place of a lost one: that would make the stored data unreadable.
        const Run rotate = datakey(path, QStringLiteral("rotate"));
        QCOMPARE(rotate.exitCode, 1);
        QVERIFY(rotate.errLines().first().contains(QStringLiteral("crypto.keyMissing")));
        QCOMPARE(recordedKeyIds(path), (QList<qint64>{1, 2}));
        QCOMPARE(readEntry().error().code, QStringLiteral("secret.notFound"));
    }

    void withoutKeychainSaysWhy()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        QTemporaryDir runtime; // no "bus" socket in it: libdbus must not find the test's bus
        QVERIFY(runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        for (const QString& command : {QStringLiteral("rotate"), QStringLiteral("status")}) {
            const Run run = cli({QStringLiteral("--database"), path, QStringLiteral("datakey"), command,
                                 QStringLiteral("--json")},
                                env);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.errLines().first().contains(QStringLiteral("secret.unavailable")),
                     run.err.constData());
            QCOMPARE(run.json().value(QStringLiteral("ok")).toBool(true), false);
        }
        QCOMPARE(recordedKeyIds(path), QList<qint64>{});
    }

    void rotateNeedsACurrentSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("unmigrated.sqlite"));
        {
            DatabaseConfig config;
            config.sqlitePath = path;
            QVERIFY(Database::open(config, {}).ok()); // bookkeeping only, no component
        }
        const Run run = datakey(path, QStringLiteral("rotate"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errLines().first().contains(QStringLiteral("db.pending")), run.err.constData());
        QCOMPARE(
            run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("db.pending"));
    }

    // `core passphrase` shares the keychain with the data key: stored from stdin, never echoed.
    void corePassphraseIsStoredInTheKeychain()
    {
        const Run stored =
            cli({QStringLiteral("core"), QStringLiteral("passphrase")}, QByteArray("demo-pass\n"));
        QCOMPARE(stored.exitCode, 0);
        QVERIFY(!stored.out.contains("demo-pass") && !stored.err.contains("demo-pass"));
        std::optional<Result<QByteArray>> result;
        m_keychain.read(QStringLiteral("core-client-passphrase"), this,
                        [&](Result<QByteArray> r) { result.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY(result->ok());
        QCOMPARE(result->value(), QByteArray("demo-pass"));

        const Run empty = cli({QStringLiteral("core"), QStringLiteral("passphrase")}, QByteArray());
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.contains("No passphrase"));
        const Run tooLong =
            cli({QStringLiteral("core"), QStringLiteral("passphrase")}, QByteArray(100, 'x') + '\n');
        QCOMPARE(tooLong.exitCode, 2);
        const Run unknown = cli({QStringLiteral("core"), QStringLiteral("status")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void unknownSubcommandIsUsage()
    {
        const Run run = cli({QStringLiteral("datakey"), QStringLiteral("delete")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errLines().first().contains(QStringLiteral("delete")));
    }
};

QTEST_GUILESS_MAIN(TstCliDataKey)
#include "tst_cli_datakey.moc"
