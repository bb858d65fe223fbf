// The encrypted resident cache and the file-linkage import: a good extract, a bad line (file,
// line, column; nothing imported), an idempotent re-import, cancel, the worker-thread job, and
// the configuration loader's passphrase from the keychain.
#include "../common/MemorySecretStore.h"

#include "common/DataKeyManager.h"
#include "common/Database.h"
#include "common/EncryptedColumns.h"
#include "common/Settings.h"
#include "sync/CoreConfigLoader.h"
#include "sync/ResidentCache.h"
#include "sync/ResidentFileImport.h"
#include "sync/ResidentImportJob.h"
#include "sync/SyncSchema.h"

#include <QFile>
#include <QObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::sync;
using namespace madoguchi::test;

namespace {

const QByteArray header =
    "residentId,familyName,givenName,familyKana,givenKana,birthDate,sex,householdId,headResidentId,"
    "headFullName,"
    "relationship,postalCode,addressFullText,honsekiFullText,supportMeasureActive,movedInDate,version\r\n";

QByteArray line(int i, const QString& family = QStringLiteral("山田"),
                const QString& birth = QStringLiteral("1980-02-17"))
{
    const QString id = QStringLiteral("KT%1").arg(i, 7, 10, QLatin1Char('0'));
    return QStringLiteral(
               "%1,%2,太郎,ヤマダ,タロウ,%3,male,H%4,%1,%2　太郎,世帯主,114-0022,"
               "\"東京都北区王子本町1丁目15番22号, 101\",東京都北区王子本町一丁目15番地,%5,2008-04-01,1\r\n")
        .arg(id, family, birth)
        .arg(i, 7, 10, QLatin1Char('0'))
        .arg(i % 7 == 0 ? QStringLiteral("true") : QStringLiteral("false"))
        .toUtf8();
}

} // namespace

class TestResidentImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<DataKeyManager> m_dataKey;
    std::unique_ptr<ResidentCache> m_cache;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }
    void clearCache() { QSqlQuery(m_db->connection()).exec(QStringLiteral("DELETE FROM sync_residents")); }

private Q_SLOTS:
    // The cache's encrypted column is one a key rotation re-encrypts (else it would stay
    // under the old key and become unreadable once that key is removed).
    void cacheColumnIsRotatedWithTheDataKey()
    {
        bool found = false;
        for (const EncryptedColumns::Column& column : EncryptedColumns::all())
            found = found || (column.table == sync::ResidentCache::table() &&
                              column.idColumn == sync::ResidentCache::idColumn() &&
                              column.column == sync::ResidentCache::column());
        QVERIFY(found);
    }

    void initTestCase()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto opened = Database::open(config, {DataKeyManager::migrations(), SyncSchema::migrations()});
        QVERIFY(opened);
        m_db = std::move(opened).value();
        m_dataKey = std::make_unique<DataKeyManager>(*m_db, m_secrets);
        m_dataKey->registerColumn(ResidentCache::table(), ResidentCache::idColumn(), ResidentCache::column());
        std::optional<Status> loaded;
        QObject context;
        m_dataKey->load(&context, [&loaded](Status s) { loaded = s; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(*loaded);
        m_cache = std::make_unique<ResidentCache>(*m_db, *m_dataKey);
    }

    void init() { clearCache(); }

    void goodFileIsImportedAndEncrypted()
    {
        QByteArray content = header;
        content += line(1, u"葛\U000E0102城"_qs);
        content += line(2, u"\U00020BB7野"_qs);
        content += line(7);
        const QString path = writeFile(QStringLiteral("good.csv"), content);
        QList<QPair<int, int>> progress;
        const Result<ResidentFileImport::Summary> imported =
            ResidentFileImport::importFile(path, *m_cache, nullptr, [&progress](int done, int total) {
                progress << qMakePair(done, total);
            });
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported.value().records, 3);
        QCOMPARE(m_cache->count().value(), 3);
        QCOMPARE(progress.last(), qMakePair(3, 3));

        const std::optional<ResidentRecord> katsuragi = m_cache->find(QStringLiteral("KT0000001")).value();
        QVERIFY(katsuragi);
        QCOMPARE(katsuragi->names.family.toUcs4(), QString(u"葛\U000E0102城"_qs).toUcs4());
        QCOMPARE(katsuragi->address.fullText, QStringLiteral("東京都北区王子本町1丁目15番22号, 101"));
        QCOMPARE(katsuragi->honseki.fullText, QStringLiteral("東京都北区王子本町一丁目15番地"));
        QCOMPARE(m_cache->find(QStringLiteral("KT0000002")).value()->names.family.toUcs4(),
                 QString(u"\U00020BB7野"_qs).toUcs4());
        QVERIFY(m_cache->find(QStringLiteral("KT0000007")).value()->supportMeasure.active);
        QVERIFY(!m_cache->find(QStringLiteral("KT0000099")).value());

        // Personal data is not in the file in clear.
        QSqlQuery raw(m_db->connection());
        QVERIFY(raw.exec(QStringLiteral("SELECT record_enc FROM sync_residents")));
        while (raw.next()) {
            const QByteArray blob = raw.value(0).toByteArray();
            QVERIFY(!blob.contains(QStringLiteral("太郎").toUtf8()));
            QVERIFY(!blob.contains("1980-02-17"));
        }
    }

    void reimportIsIdempotent()
    {
        QByteArray content = header;
        for (int i = 1; i <= 20; ++i)
            content += line(i);
        const QString path = writeFile(QStringLiteral("twice.csv"), content);
        QVERIFY(ResidentFileImport::importFile(path, *m_cache));
        QVERIFY(ResidentFileImport::importFile(path, *m_cache));
        QCOMPARE(m_cache->count().value(), 20);
        QCOMPARE(m_cache->find(QStringLiteral("KT0000020")).value()->names.given, QStringLiteral("太郎"));
    }

    void newerRecordIsNotOverwrittenByAnOlderExtract()
    {
        QVERIFY(
            ResidentFileImport::importFile(writeFile(QStringLiteral("v1.csv"), header + line(3)), *m_cache));
        ResidentRecord newer = *m_cache->find(QStringLiteral("KT0000003")).value();
        newer.version = 5;
        newer.names.given = QStringLiteral("次郎");
        QVERIFY(m_cache->store(newer, ResidentCache::Source::Core));
        QVERIFY(ResidentFileImport::importFile(writeFile(QStringLiteral("v1-again.csv"), header + line(3)),
                                               *m_cache));
        QCOMPARE(m_cache->find(QStringLiteral("KT0000003")).value()->names.given, QStringLiteral("次郎"));
        // The feed says it changed: stale until fetched again.
        QVERIFY(!m_cache->isStale(QStringLiteral("KT0000003")).value());
        QVERIFY(m_cache->markStale(m_db->connection(), {QStringLiteral("KT0000003")}));
        QVERIFY(m_cache->isStale(QStringLiteral("KT0000003")).value());
    }

    void badLineImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("bad date") << line(9, QStringLiteral("山田"), QStringLiteral("1980-02-30"))
                                  << QStringLiteral("sync.import.invalid")
                                  << QStringLiteral("bad.csv:5, birthDate");
        QTest::newRow("empty name") << line(9, QString()) << QStringLiteral("sync.import.invalid")
                                    << QStringLiteral("bad.csv:5, familyName");
        QTest::newRow("kana not katakana")
            << QByteArray(line(9).replace("ヤマダ", "やまだ")) << QStringLiteral("sync.import.invalid")
            << QStringLiteral("bad.csv:5, familyKana");
        QTest::newRow("support flag")
            << QByteArray(line(9).replace(",false,", ",maybe,")) << QStringLiteral("sync.import.invalid")
            << QStringLiteral("bad.csv:5, supportMeasureActive");
        QTest::newRow("short line") << QByteArray("KT0000009,山田\r\n")
                                    << QStringLiteral("sync.import.invalid") << QStringLiteral("bad.csv:5");
        QTest::newRow("duplicate id")
            << line(2) << QStringLiteral("sync.import.duplicate") << QStringLiteral("bad.csv:5, residentId");
        QTest::newRow("stray quote") << QByteArray("KT0000009,山\"田\r\n")
                                     << QStringLiteral("csv.unterminatedQuote")
                                     << QStringLiteral("bad.csv:5");
    }

    void badLineImportsNothing()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const QString path =
            writeFile(QStringLiteral("bad.csv"), header + line(1) + line(2) + line(3) + badLine + line(10));
        const Result<ResidentFileImport::Summary> imported = ResidentFileImport::importFile(path, *m_cache);
        QVERIFY(!imported);
        QVERIFY2(imported.error().code == code || code.startsWith(QLatin1String("csv.")),
                 qPrintable(imported.error().code));
        QVERIFY2(imported.error().where.startsWith(where), qPrintable(imported.error().where));
        QCOMPARE(m_cache->count().value(), 0);
    }

    void headerProblems()
    {
        QCOMPARE(ResidentFileImport::read("", QStringLiteral("e.csv")).error().code,
                 QStringLiteral("sync.import.header"));
        const Result<QList<ResidentRecord>> unknown =
            ResidentFileImport::read("residentId,familyNmae\r\n", QStringLiteral("typo.csv"));
        QCOMPARE(unknown.error().code, QStringLiteral("sync.import.header"));
        QCOMPARE(unknown.error().where, QStringLiteral("typo.csv:1, column 2"));
        QVERIFY(unknown.error().message.contains(QStringLiteral("familyNmae")));
        const Result<QList<ResidentRecord>> missing =
            ResidentFileImport::read("residentId,familyName\r\n", QStringLiteral("few.csv"));
        QCOMPARE(missing.error().code, QStringLiteral("sync.import.header"));
        QVERIFY(missing.error().message.contains(QStringLiteral("givenName")));
    }

    void cancelRollsBack()
    {
        QByteArray content = header;
        for (int i = 1; i <= 3000; ++i)
            content += line(i);
        const QString path = writeFile(QStringLiteral("big.csv"), content);
        std::atomic_bool cancel{false};
        const Result<ResidentFileImport::Summary> cancelled =
            ResidentFileImport::importFile(path, *m_cache, &cancel, [&cancel](int done, int total) {
                if (done > total / 2 + 500) // in the writing half
                    cancel = true;
            });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("sync.import.cancelled"));
        QCOMPARE(m_cache->count().value(), 0);
    }

    void jobRunsOnAWorkerThread()
    {
        QByteArray content = header;
        for (int i = 1; i <= 2000; ++i)
            content += line(i);
        const QString path = writeFile(QStringLiteral("job.csv"), content);
        ResidentImportJob job(*m_cache);
        QSignalSpy progress(&job, &ResidentImportJob::progress);
        QSignalSpy finished(&job, &ResidentImportJob::finished);
        QVERIFY(job.start(path));
        QVERIFY(!job.start(path) || !job.isRunning()); // one run at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toInt(), 2000);
        QCOMPARE(finished.first().at(1).value<Error>().code, QString());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 2000);
        QCOMPARE(m_cache->count().value(), 2000);

        // Cancelled from the GUI thread at once: nothing changes.
        clearCache();
        QSignalSpy again(&job, &ResidentImportJob::finished);
        QVERIFY(job.start(path));
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 60000);
        QCOMPARE(again.first().at(1).value<Error>().code, QStringLiteral("sync.import.cancelled"));
        QCOMPARE(m_cache->count().value(), 0);
    }

    void configLoaderTakesThePassphraseFromTheKeychain()
    {
        auto settings = Settings::createTemporary(m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(settings->setValue(SettingKey::CoreBaseUrl, QStringLiteral("https://core.example:8443")));
        QVERIFY(settings->setValue(SettingKey::CoreClientCertificate,
                                   m_dir.filePath(QStringLiteral("counter.p12"))));
        QVERIFY(settings->setValue(SettingKey::CoreTimeoutSeconds, 7));
        std::optional<Result<CoreClientConfig>> loaded;
        QObject context;
        CoreConfigLoader::load(*settings, m_secrets, &context,
                               [&loaded](Result<CoreClientConfig> r) { loaded = std::move(r); });
        QTRY_VERIFY(loaded.has_value());
        QCOMPARE(loaded->error().code, QStringLiteral("core.config.passphrase"));

        m_secrets.entries.insert(CoreConfigLoader::passphraseKey(), "s3cret");
        loaded.reset();
        CoreConfigLoader::load(*settings, m_secrets, &context,
                               [&loaded](Result<CoreClientConfig> r) { loaded = std::move(r); });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(*loaded);
        QCOMPARE(loaded->value().passphrase, QByteArray("s3cret"));
        QCOMPARE(loaded->value().timeoutMs, 7000);
        QCOMPARE(loaded->value().baseUrl.host(), QStringLiteral("core.example"));
        // Never in the settings file.
        QFile file(settings->userFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestResidentImport)
#include "tst_residentimport.moc"
