#pragma once

// Audit log checks shared by tst_auditlog (SQLite) and tst_database_postgres.

#include "DatabaseTestSupport.h"

#include "common/AuditLog.h"

namespace madoguchi::test {

inline AuditEntry auditEntry(int n)
{
    AuditEntry entry;
    entry.actor = QStringLiteral("staff%1").arg(n % 3);
    entry.role = QStringLiteral("clerk");
    entry.workstation = QStringLiteral("counter-01");
    entry.action = QStringLiteral("visit.open");
    entry.objectId = QStringLiteral("visit-%1").arg(n);
    entry.detail = QStringLiteral("test record %1 窓口").arg(n);
    return entry;
}

inline void appendRecords(AuditLog& log, int count)
{
    for (int i = 1; i <= count; ++i) {
        Status appended = log.append(auditEntry(i));
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error().toString()));
    }
}

inline qint64 auditCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
}

// What an attacker with access to the database file or server does first.
inline void dropAuditTriggers(Database& db)
{
    if (db.isSqlite()) {
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    } else {
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
    }
}

inline void checkBrokenAt(const AuditLog& log, qint64 expectedId, qint64 expectedRecords)
{
    const AuditVerifyResult result = log.verify();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, expectedId);
    QCOMPARE(result.records, expectedRecords);
    QVERIFY2(result.reason.contains(QString::number(expectedId)), qPrintable(result.reason));
}

inline void checkAuditChainVerifies(Database& db)
{
    AuditLog log(db);
    const AuditVerifyResult empty = log.verify();
    QVERIFY(empty.ok);
    QCOMPARE(empty.records, qint64(0));
    MADOGUCHI_CHECK(appendRecords(log, 5));
    const AuditVerifyResult result = log.verify();
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.records, qint64(5));
    QCOMPARE(result.firstBrokenId, qint64(0));

    const QList<AuditRecord> newest = log.recent(2);
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest.at(0).id, qint64(5));
    QCOMPARE(newest.at(0).prevHash, newest.at(1).hash);
    QCOMPARE(newest.at(0).objectId, QStringLiteral("visit-5"));
    QCOMPARE(newest.at(0).detail, QStringLiteral("test record 5 窓口"));
    QCOMPARE(newest.at(0).at.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(newest.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(log.recent(100).last().prevHash, AuditLog::genesisHash());
}

inline void checkTriggersRejectChanges(Database& db)
{
    AuditLog log(db);
    MADOGUCHI_CHECK(appendRecords(log, 3));
    QVERIFY(!exec(db, QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 2")));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(auditCount(db), qint64(3));
    QVERIFY(log.verify().ok);
}

// kind: "detail" (an edited field), "delete" (a missing middle row), "hash" (an edited hash),
// "swap" (two rows exchanged).
inline void checkTamperFound(Database& db, const QString& kind)
{
    AuditLog log(db);
    MADOGUCHI_CHECK(appendRecords(log, 5));
    MADOGUCHI_CHECK(dropAuditTriggers(db));
    if (kind == QLatin1String("detail")) {
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 3")));
        MADOGUCHI_CHECK(checkBrokenAt(log, 3, 5));
    } else if (kind == QLatin1String("delete")) {
        QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        MADOGUCHI_CHECK(checkBrokenAt(log, 4, 4));
    } else if (kind == QLatin1String("hash")) {
        // A forger who recomputes one record's hash still breaks the link of the next one.
        QVERIFY(
            exec(db, QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 2").arg(QString(64, u'a'))));
        MADOGUCHI_CHECK(checkBrokenAt(log, 2, 5));
    } else if (kind == QLatin1String("swap")) {
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 2")));
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3")));
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 100")));
        MADOGUCHI_CHECK(checkBrokenAt(log, 2, 5));
    } else {
        QFAIL("unknown kind of tampering");
    }
}

inline void checkPersonalDataRejected(Database& db)
{
    AuditLog log(db);
    MADOGUCHI_CHECK(appendRecords(log, 1));
    const QStringList details = {
        QStringLiteral("番号 123456789018 を確認"), QStringLiteral("no. 1234-5678-9018"),
        QStringLiteral("１２３４５６７８９０１８"), QStringLiteral("pin=1234"),
        QStringLiteral("{\"PIN2\": \"abc\"}"),      QStringLiteral("暗証番号：1234")};
    for (const QString& detail : details) {
        AuditEntry entry = auditEntry(2);
        entry.detail = detail;
        Status rejected = log.append(entry);
        QVERIFY2(!rejected, qPrintable(detail));
        QCOMPARE(rejected.error().code, QStringLiteral("audit.personalData"));
        QVERIFY(!rejected.error().message.contains(QStringLiteral("1234")));
        QCOMPARE(rejected.error().where, QStringLiteral("audit_log.detail"));
    }
    AuditEntry inObject = auditEntry(3);
    inObject.objectId = QStringLiteral("person/123456789018");
    Status rejected = log.append(inObject);
    QVERIFY(!rejected);
    QCOMPARE(rejected.error().code, QStringLiteral("audit.personalData"));
    QCOMPARE(auditCount(db), qint64(1));

    AuditEntry noAction = auditEntry(4);
    noAction.action = QStringLiteral("Login OK");
    QCOMPARE(log.append(noAction).error().code, QStringLiteral("audit.invalid"));
    AuditEntry noActor = auditEntry(5);
    noActor.actor.clear();
    QCOMPARE(log.append(noActor).error().code, QStringLiteral("audit.invalid"));
    // Words that merely contain "pin" are fine.
    AuditEntry harmless = auditEntry(6);
    harmless.detail = QStringLiteral("shipping=2; spinner: on; PIN retry counter shown");
    QVERIFY(log.append(harmless));
    QCOMPARE(auditCount(db), qint64(2));
    QVERIFY(log.verify().ok);
}

inline void checkConcurrentAppends(Database& db)
{
    AuditLog log(db);
    constexpr int perThread = 40;
    std::vector<std::unique_ptr<QThread>> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back(QThread::create([&log, &failures, t] {
            for (int i = 0; i < perThread; ++i) {
                if (!log.append(auditEntry(t * 1000 + i)))
                    failures.fetchAndAddRelaxed(1);
            }
        }));
    }
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(failures.loadRelaxed(), 0);
    const AuditVerifyResult result = log.verify();
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.records, qint64(2 * perThread));
    // One chain: every prev_hash is used exactly once.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT prev_hash) FROM audit_log")).toLongLong(),
             qint64(2 * perThread));
}

} // namespace madoguchi::test
