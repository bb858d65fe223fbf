#include "MemorySecretStore.h"
#include "common/DataKeyManager.h"
#include "common/Database.h"
#include "common/SecretStore.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace madoguchi;
using madoguchi::test::MemorySecretStore;

class TstDataKeyManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_store;

    Status run(const std::function<void(QObject*, DataKeyManager::StatusCallback)>& start)
    {
        std::optional<Status> result;
        start(this, [&](Status s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return makeError(QStringLiteral("test.timeout"), QStringLiteral("no callback"));
        return *result;
    }
    Status load(DataKeyManager& m)
    {
        return run([&](QObject* c, auto done) { m.load(c, done); });
    }
    Status rotate(DataKeyManager& m)
    {
        return run([&](QObject* c, auto done) { m.rotate(c, done); });
    }

    QList<quint32> recordedIds()
    {
        QList<quint32> ids;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT key_id FROM data_key_info ORDER BY id"));
        while (q.next())
            ids << quint32(q.value(0).toLongLong());
        return ids;
    }
    QHash<qint64, QByteArray> blobs()
    {
        QHash<qint64, QByteArray> out;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT id, name FROM resident WHERE name IS NOT NULL"));
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
        return out;
    }
    void fillResidents(DataKeyManager& m)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM resident")));
        const QStringList names{QStringLiteral("山田 太郎"), QStringLiteral("𠮷田 花子"), QString()};
        for (int i = 0; i < 4; ++i) {
            q.prepare(QStringLiteral("INSERT INTO resident (id, name) VALUES (?, ?)"));
            q.addBindValue(i + 1);
            if (i < 3)
                q.addBindValue(
                    m.encrypt(names.at(i).toUtf8(), DataKeyManager::aadFor(QStringLiteral("resident"),
                                                                           QStringLiteral("name"), i + 1))
                        .value());
            else
                q.addBindValue(QVariant(QMetaType::fromType<QByteArray>())); // NULL stays NULL
            QVERIFY(q.exec());
        }
    }
    QString readName(const DataKeyManager& m, qint64 id)
    {
        const Result<QByteArray> plain =
            m.decrypt(blobs().value(id),
                      DataKeyManager::aadFor(QStringLiteral("resident"), QStringLiteral("name"), id));
        return plain ? QString::fromUtf8(plain.value()) : QStringLiteral("<%1>").arg(plain.error().code);
    }

private Q_SLOTS:
    void init()
    {
        m_store.entries.clear();
        m_store.writes = 0;
        m_store.failWriteNumber = -1;
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")));
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("t.sqlite"));
        auto db = Database::open(config, {DataKeyManager::migrations()});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        m_db = std::move(db).value();
        QCOMPARE(m_db->schemaVersion(QStringLiteral("datakey")), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE resident (id INTEGER PRIMARY KEY, name BLOB)")));
    }

    void firstLoadCreatesKey()
    {
        DataKeyManager m(*m_db, m_store);
        QVERIFY(!m.isLoaded());
        QCOMPARE(m.encrypt("x", "a").error().code, QStringLiteral("crypto.notLoaded"));
        QVERIFY(load(m).ok());
        QVERIFY(m.cipher());
        QCOMPARE(m.cipher()->keyId(), quint32(1));
        QCOMPARE(recordedIds(), QList<quint32>{1});
        QCOMPARE(m_store.entries.value(DataKeyManager::secretKey()).size(), 2 + 4 + 32);
    }

    void reloadGetsSameKey()
    {
        DataKeyManager first(*m_db, m_store);
        QVERIFY(load(first).ok());
        const QByteArray blob = first.encrypt("hello", "t.c:1").value();
        DataKeyManager second(*m_db, m_store);
        QVERIFY(load(second).ok());
        QCOMPARE(second.cipher()->keyId(), quint32(1));
        QCOMPARE(second.decrypt(blob, "t.c:1").value(), QByteArray("hello"));
        QCOMPARE(recordedIds(), QList<quint32>{1}); // not recorded twice
    }

    void rotationReencrypts()
    {
        DataKeyManager m(*m_db, m_store);
        m.registerColumn(QStringLiteral("resident"), QStringLiteral("id"), QStringLiteral("name"));
        QVERIFY(load(m).ok());
        fillResidents(m);
        const FieldCipher oldCipher = *m.cipher();
        const QHash<qint64, QByteArray> before = blobs();
        QCOMPARE(before.size(), 3);

        const Status rotated = rotate(m);
        QVERIFY2(rotated.ok(), qPrintable(rotated.ok() ? QString() : rotated.error().toString()));
        QCOMPARE(m.cipher()->keyId(), quint32(2));
        QCOMPARE(recordedIds(), (QList<quint32>{1, 2}));
        const QHash<qint64, QByteArray> after = blobs();
        QCOMPARE(after.size(), 3);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QCOMPARE(FieldCipher::keyIdOf(it.value()), quint32(2));
            const QByteArray aad =
                DataKeyManager::aadFor(QStringLiteral("resident"), QStringLiteral("name"), it.key());
            QCOMPARE(oldCipher.decrypt(it.value(), aad).error().code, QStringLiteral("crypto.wrongKey"));
            QCOMPARE(m.cipher()->decrypt(before.value(it.key()), aad).error().code,
                     QStringLiteral("crypto.wrongKey"));
        }
        QCOMPARE(readName(m, 1), QStringLiteral("山田 太郎"));
        QCOMPARE(readName(m, 2), QStringLiteral("𠮷田 花子"));
        QCOMPARE(readName(m, 3), QString());
        // The entry ends with the new key only, and a fresh manager reads the data.
        QCOMPARE(m_store.entries.value(DataKeyManager::secretKey()).size(), 2 + 36);
        DataKeyManager fresh(*m_db, m_store);
        QVERIFY(load(fresh).ok());
        QCOMPARE(fresh.cipher()->keyId(), quint32(2));
        QCOMPARE(readName(fresh, 2), QStringLiteral("𠮷田 花子"));
    }

    void keyMissingIsAnError()
    {
        {
            DataKeyManager m(*m_db, m_store);
            QVERIFY(load(m).ok());
        }
        m_store.entries.clear();
        DataKeyManager m(*m_db, m_store);
        const Status status = load(m);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QStringLiteral("crypto.keyMissing"));
        QVERIFY(status.error().message.contains(QLatin1String("Restore")));
        QCOMPARE(status.error().where, QStringLiteral("Madoguchi/data-key"));
        QVERIFY(!m.isLoaded());
        QVERIFY(m_store.entries.isEmpty()); // never silently a new key
        QCOMPARE(recordedIds(), QList<quint32>{1});
    }

    void foreignKeyIsAnError()
    {
        {
            DataKeyManager m(*m_db, m_store);
            QVERIFY(load(m).ok());
        }
        QByteArray entry = m_store.entries.value(DataKeyManager::secretKey());
        entry[5] = char(9); // the entry now holds key 9, the database wants key 1
        m_store.entries.insert(DataKeyManager::secretKey(), entry);
        DataKeyManager m(*m_db, m_store);
        const Status status = load(m);
        QCOMPARE(status.error().code, QStringLiteral("crypto.keyMissing"));
        QVERIFY(status.error().message.contains(QLatin1String("9")));
    }

    void damagedEntry()
    {
        m_store.entries.insert(DataKeyManager::secretKey(), "garbage");
        DataKeyManager m(*m_db, m_store);
        QCOMPARE(load(m).error().code, QStringLiteral("crypto.malformed"));
    }

    void storeFailureOnFirstLoad()
    {
        m_store.failWriteNumber = 1;
        DataKeyManager m(*m_db, m_store);
        QCOMPARE(load(m).error().code, QStringLiteral("secret.failed"));
        QVERIFY(recordedIds().isEmpty()); // nothing recorded without a stored key
    }

    void failedRotationRollsBack()
    {
        DataKeyManager m(*m_db, m_store);
        m.registerColumn(QStringLiteral("resident"), QStringLiteral("id"), QStringLiteral("name"));
        QVERIFY(load(m).ok());
        fillResidents(m);
        // Row 2 was altered: rotation must stop and leave every row as it was.
        QByteArray bad = blobs().value(2);
        bad[bad.size() - 1] = char(bad.at(bad.size() - 1) ^ 1);
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE resident SET name = ? WHERE id = 2"));
        q.addBindValue(bad);
        QVERIFY(q.exec());

        const Status status = rotate(m);
        QCOMPARE(status.error().code, QStringLiteral("crypto.wrongKey"));
        QCOMPARE(status.error().where, QStringLiteral("resident.name:2"));
        QCOMPARE(m.cipher()->keyId(), quint32(1));
        QCOMPARE(recordedIds(), QList<quint32>{1});
        for (const QByteArray& blob : blobs())
            QCOMPARE(FieldCipher::keyIdOf(blob), quint32(1));
        // The entry kept {2, 1} (step 1 happened); a restart still reads with key 1.
        QCOMPARE(m_store.entries.value(DataKeyManager::secretKey()).size(), 2 + 2 * 36);
        DataKeyManager restarted(*m_db, m_store);
        QVERIFY(load(restarted).ok());
        QCOMPARE(restarted.cipher()->keyId(), quint32(1));
        QCOMPARE(readName(restarted, 1), QStringLiteral("山田 太郎"));
    }

    void crashBeforeTrimKeepsData()
    {
        DataKeyManager m(*m_db, m_store);
        m.registerColumn(QStringLiteral("resident"), QStringLiteral("id"), QStringLiteral("name"));
        QVERIFY(load(m).ok());
        fillResidents(m);
        m_store.failWriteNumber = m_store.writes + 2; // the trim write after the transaction
        QVERIFY(rotate(m).ok());
        QCOMPARE(m_store.entries.value(DataKeyManager::secretKey()).size(), 2 + 2 * 36);
        DataKeyManager restarted(*m_db, m_store);
        restarted.registerColumn(QStringLiteral("resident"), QStringLiteral("id"), QStringLiteral("name"));
        QVERIFY(load(restarted).ok());
        QCOMPARE(restarted.cipher()->keyId(), quint32(2));
        QCOMPARE(readName(restarted, 1), QStringLiteral("山田 太郎"));
        // The next rotation picks an unused id and leaves a single key behind.
        QVERIFY(rotate(restarted).ok());
        QCOMPARE(restarted.cipher()->keyId(), quint32(3));
        QCOMPARE(m_store.entries.value(DataKeyManager::secretKey()).size(), 2 + 36);
        QCOMPARE(readName(restarted, 2), QStringLiteral("𠮷田 花子"));
    }

    void badColumnName()
    {
        DataKeyManager m(*m_db, m_store);
        m.registerColumn(QStringLiteral("resident; DROP TABLE x"), QStringLiteral("id"),
                         QStringLiteral("name"));
        QVERIFY(load(m).ok());
        QCOMPARE(rotate(m).error().code, QStringLiteral("crypto.badColumn"));
    }
};

QTEST_GUILESS_MAIN(TstDataKeyManager)
#include "tst_datakeymanager.moc"
