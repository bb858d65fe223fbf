// Runs through with-keyring.sh: a private D-Bus session with an unlocked gnome-keyring, the
// real Secret Service that QtKeychain talks to on Linux.
#include "common/DataKeyManager.h"
#include "common/Database.h"
#include "common/KeychainSecretStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

using namespace madoguchi;

class TstKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store;

    Result<QByteArray> read(const QString& key)
    {
        std::optional<Result<QByteArray>> result;
        m_store.read(key, this, [&](Result<QByteArray> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return makeError(QStringLiteral("test.timeout"), QStringLiteral("no callback"));
        return *result;
    }
    Status waitStatus(const std::function<void(SecretStore::StatusCallback)>& start)
    {
        std::optional<Status> result;
        start([&](Status s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return makeError(QStringLiteral("test.timeout"), QStringLiteral("no callback"));
        return *result;
    }
    Status write(const QString& key, const QByteArray& data)
    {
        return waitStatus([&](auto done) { m_store.write(key, data, this, done); });
    }
    Status remove(const QString& key)
    {
        return waitStatus([&](auto done) { m_store.remove(key, this, done); });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")); }

    void probeSucceeds()
    {
        QVERIFY(!m_store.isAvailable()); // not checked yet
        const Status status = waitStatus([&](auto done) { m_store.probe(this, done); });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QVERIFY(m_store.isAvailable());
        QVERIFY(m_store.unavailableReason().isEmpty());
        // The probe cleans up after itself.
        QCOMPARE(read(QStringLiteral("probe")).error().code, QStringLiteral("secret.notFound"));
    }

    void binaryRoundTrip()
    {
        QByteArray data;
        for (int i = 0; i < 256; ++i)
            data += char(i);
        QVERIFY(write(QStringLiteral("binary"), data).ok());
        const Result<QByteArray> back = read(QStringLiteral("binary"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back.value(), data);
    }

    void overwrite()
    {
        QVERIFY(write(QStringLiteral("over"), "first").ok());
        QVERIFY(write(QStringLiteral("over"), "second").ok());
        QCOMPARE(read(QStringLiteral("over")).value(), QByteArray("second"));
    }

    void removeThenRead()
    {
        QVERIFY(write(QStringLiteral("gone"), "x").ok());
        QVERIFY(remove(QStringLiteral("gone")).ok());
        const Result<QByteArray> r = read(QStringLiteral("gone"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("secret.notFound"));
        QCOMPARE(r.error().where, QStringLiteral("Madoguchi/gone"));
        QVERIFY(remove(QStringLiteral("gone")).ok()); // removing twice is fine
    }

    void callbackRunsInContextThread()
    {
        QThread worker;
        auto* context = new QObject;
        context->moveToThread(&worker);
        // The documented way to dispose of an object living in a thread that stops.
        connect(&worker, &QThread::finished, context, &QObject::deleteLater);
        worker.start();
        std::atomic<QThread*> calledIn{nullptr};
        m_store.read(QStringLiteral("binary"), context,
                     [&](Result<QByteArray>) { calledIn = QThread::currentThread(); });
        QTRY_VERIFY_WITH_TIMEOUT(calledIn.load() != nullptr, 20000);
        QCOMPARE(calledIn.load(), &worker);
        worker.quit();
        QVERIFY(worker.wait(5000));
    }

    void dataKeyManagerOnRealKeyring()
    {
        QTemporaryDir dir;
        DatabaseConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("k.sqlite"));
        auto opened = Database::open(config, {DataKeyManager::migrations()});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        std::unique_ptr<Database> db = std::move(opened).value();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE person (pid INTEGER PRIMARY KEY, address BLOB)")));

        const auto run = [&](DataKeyManager& m, bool rotate) {
            return waitStatus([&](auto done) { rotate ? m.rotate(this, done) : m.load(this, done); });
        };
        const QByteArray aad = DataKeyManager::aadFor(QStringLiteral("person"), QStringLiteral("address"), 7);
        {
            DataKeyManager m(*db, m_store);
            m.registerColumn(QStringLiteral("person"), QStringLiteral("pid"), QStringLiteral("address"));
            const Status loaded = run(m, false);
            QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
            q.prepare(QStringLiteral("INSERT INTO person (pid, address) VALUES (7, ?)"));
            q.addBindValue(m.encrypt("東京都千代田区", aad).value());
            QVERIFY(q.exec());
            const Status rotated = run(m, true);
            QVERIFY2(rotated.ok(), qPrintable(rotated.ok() ? QString() : rotated.error().toString()));
            QCOMPARE(m.cipher()->keyId(), quint32(2));
        }
        DataKeyManager again(*db, m_store);
        QVERIFY(run(again, false).ok());
        QCOMPARE(again.cipher()->keyId(), quint32(2));
        QVERIFY(q.exec(QStringLiteral("SELECT address FROM person WHERE pid = 7")) && q.next());
        const QByteArray blob = q.value(0).toByteArray();
        QCOMPARE(FieldCipher::keyIdOf(blob), quint32(2));
        QCOMPARE(again.decrypt(blob, aad).value(), QByteArray("東京都千代田区"));
        QVERIFY(remove(DataKeyManager::secretKey()).ok());
    }
};

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
