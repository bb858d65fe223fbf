#include "AuditTestSupport.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace madoguchi;
using namespace madoguchi::test;

// The hash-chained audit log on SQLite (tst_database_postgres runs the same checks on
// PostgreSQL).
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        DatabaseConfig config;
        config.sqlitePath = m_dir->filePath(QStringLiteral("audit.sqlite"));
        m_db = openOrFail(config, {AuditLog::migrations()});
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void chainVerifies() { checkAuditChainVerifies(*m_db); }
    void triggersRejectUpdateAndDelete() { checkTriggersRejectChanges(*m_db); }
    void tamperedDetailFound() { checkTamperFound(*m_db, QStringLiteral("detail")); }
    void deletedMiddleRowFound() { checkTamperFound(*m_db, QStringLiteral("delete")); }
    void editedHashFound() { checkTamperFound(*m_db, QStringLiteral("hash")); }
    void swappedRowsFound() { checkTamperFound(*m_db, QStringLiteral("swap")); }
    void personalDataRejected() { checkPersonalDataRejected(*m_db); }
    void concurrentAppendsKeepOneChain() { checkConcurrentAppends(*m_db); }

    void hashIsLengthPrefixed()
    {
        AuditRecord a;
        a.actor = QStringLiteral("ab");
        a.role = QStringLiteral("c");
        AuditRecord b;
        b.actor = QStringLiteral("a");
        b.role = QStringLiteral("bc");
        const QString at = QStringLiteral("2025-04-01T00:00:00.000Z");
        const QString prev = AuditLog::genesisHash();
        QVERIFY(AuditLog::computeHash(prev, at, a) != AuditLog::computeHash(prev, at, b));
        QCOMPARE(AuditLog::computeHash(prev, at, a), AuditLog::computeHash(prev, at, a));
        QCOMPARE(AuditLog::computeHash(prev, at, a).size(), 64);
    }

    void entryWithoutObjectIdIsStored()
    {
        // A login or a settings change has no object: the entry must still be written and
        // verify, with the empty object id read back as empty.
        AuditLog log(*m_db);
        AuditEntry entry = auditEntry(1);
        entry.objectId = QString();
        entry.detail = QString();
        const Status appended = log.append(entry);
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error().toString()));
        const QList<AuditRecord> records = log.recent(1);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().objectId.isEmpty());
        QVERIFY(log.verify().ok);
    }

    void explicitTimeStoredAsUtc()
    {
        AuditLog log(*m_db);
        AuditEntry entry = auditEntry(1);
        entry.at = QDateTime(QDate(2025, 4, 1), QTime(9, 30, 15, 250), QTimeZone(9 * 3600));
        QVERIFY(log.append(entry));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT at FROM audit_log")).toString(),
                 QStringLiteral("2025-04-01T00:30:15.250Z"));
        QCOMPARE(log.recent(1).at(0).at, entry.at->toUTC());
        QVERIFY(log.verify().ok);
    }

    void recentIsNewestFirst()
    {
        AuditLog log(*m_db);
        MADOGUCHI_CHECK(appendRecords(log, 4));
        const QList<AuditRecord> records = log.recent(3);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).id, qint64(4));
        QCOMPARE(records.at(2).id, qint64(2));
        QCOMPARE(records.at(1).action, QStringLiteral("visit.open"));
        QCOMPARE(records.at(1).role, QStringLiteral("clerk"));
        QCOMPARE(records.at(1).workstation, QStringLiteral("counter-01"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
