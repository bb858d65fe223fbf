#pragma once

// Outbox behaviour asserted on both backends (tst_outbox on SQLite, tst_outbox_postgres on
// PostgreSQL): same-transaction enqueue, per-visit sequence and ordering, refusal blocking a
// visit, backoff, crash safety, origin isolation. Each check gets a fresh database.

#include "../common/TestCheck.h"
#include "common/Database.h"
#include "sync/Outbox.h"
#include "sync/SyncSchema.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <functional>
#include <memory>

namespace madoguchi::test {

using FreshSyncDatabase = std::function<std::unique_ptr<Database>()>;

inline QString newVisit()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonArray fee(int yen)
{
    return QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("feePaid")},
                                  {QStringLiteral("amountYen"), yen},
                                  {QStringLiteral("method"), QStringLiteral("cash")}}};
}

inline sync::OutboxItem enqueueOrFail(Database& db, const sync::Outbox& outbox, const QString& visit,
                                      int yen = 300)
{
    sync::OutboxItem item;
    const Status status = inWriteTransaction(db.connection(), [&]() -> Status {
        Result<sync::OutboxItem> queued = outbox.enqueue(db.connection(), visit, fee(yen));
        if (!queued)
            return queued.error();
        item = queued.value();
        return {};
    });
    if (!status)
        qWarning("enqueue failed: %s", qPrintable(status.error().toString()));
    return item;
}

inline QList<qint64> ids(const QList<sync::OutboxItem>& items)
{
    QList<qint64> out;
    for (const sync::OutboxItem& item : items)
        out << item.id;
    return out;
}

inline sync::Outbox::Outcome delivered(qint64 id)
{
    return {id, sync::Outbox::Outcome::Kind::Delivered, QStringLiteral("T-%1").arg(id), {}, {}};
}

inline void checkEnqueueSharesTheCallersTransaction(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    QSqlQuery create(db->connection());
    QVERIFY(create.exec(
        QStringLiteral("CREATE TABLE demo_visit_work (visit_id TEXT NOT NULL, what TEXT NOT NULL)")));
    const sync::Outbox outbox(*db, QStringLiteral("counter-a"));
    const QString visit = newVisit();

    // The business change fails after the enqueue: neither stays.
    const Status failed = inWriteTransaction(db->connection(), [&]() -> Status {
        QSqlQuery work(db->connection());
        work.prepare(
            QStringLiteral("INSERT INTO demo_visit_work (visit_id, what) VALUES (?, 'certificate')"));
        work.addBindValue(visit);
        if (!work.exec())
            return makeError(QStringLiteral("test.db"), work.lastError().text());
        Result<sync::OutboxItem> queued = outbox.enqueue(db->connection(), visit, fee(300));
        if (!queued)
            return queued.error();
        return makeError(QStringLiteral("test.abort"), QStringLiteral("the printer jammed"));
    });
    QCOMPARE(failed.error().code, QStringLiteral("test.abort"));
    QCOMPARE(outbox.pendingCount().value(), 0);

    // Committed together; invisible to another connection until the commit.
    int seenInside = -1;
    const Status ok = inWriteTransaction(db->connection(), [&]() -> Status {
        QSqlQuery work(db->connection());
        work.prepare(
            QStringLiteral("INSERT INTO demo_visit_work (visit_id, what) VALUES (?, 'certificate')"));
        work.addBindValue(visit);
        if (!work.exec())
            return makeError(QStringLiteral("test.db"), work.lastError().text());
        Result<sync::OutboxItem> queued = outbox.enqueue(db->connection(), visit, fee(300));
        if (!queued)
            return queued.error();
        std::unique_ptr<QThread> other(
            QThread::create([&] { seenInside = outbox.pendingCount().valueOr(-2); }));
        other->start();
        other->wait();
        return {};
    });
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    QCOMPARE(seenInside, 0);
    QCOMPARE(outbox.pendingCount().value(), 1);
}

inline void checkSequenceAndKeys(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    const sync::Outbox outbox(*db, QStringLiteral("counter-a"));
    const QString a = newVisit();
    const QString b = newVisit();
    const sync::OutboxItem a1 = enqueueOrFail(*db, outbox, a);
    const sync::OutboxItem a2 = enqueueOrFail(*db, outbox, a);
    const sync::OutboxItem b1 = enqueueOrFail(*db, outbox, b);
    const sync::OutboxItem a3 = enqueueOrFail(*db, outbox, a);
    QCOMPARE(a1.sequence, 1);
    QCOMPARE(a2.sequence, 2);
    QCOMPARE(a3.sequence, 3);
    QCOMPARE(b1.sequence, 1);
    QVERIFY(!QUuid(a1.idempotencyKey).isNull());
    QVERIFY(a1.idempotencyKey != a2.idempotencyKey);
    QCOMPARE(a2.transaction.value(QStringLiteral("sequence")).toInt(), 2);
    QCOMPARE(a2.transaction.value(QStringLiteral("visitId")).toString(), a);
    // The stored payload is what enqueue() returned.
    const Result<sync::OutboxItem> stored = outbox.item(a2.id);
    QVERIFY(stored);
    QCOMPARE(stored.value().transaction, a2.transaction);
    QCOMPARE(stored.value().state, sync::OutboxState::Queued);
}

inline void checkEnqueueRefusesBadInput(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    const sync::Outbox outbox(*db, QStringLiteral("counter-a"));
    const auto enqueue = [&](const QString& visit, const QJsonArray& items) {
        return outbox.enqueue(db->connection(), visit, items);
    };
    QCOMPARE(enqueue(QStringLiteral("visit-7"), fee(1)).error().code, QStringLiteral("sync.outbox.invalid"));
    QCOMPARE(enqueue(newVisit(), QJsonArray()).error().code, QStringLiteral("sync.outbox.invalid"));
    QCOMPARE(enqueue(newVisit(), QJsonArray{QJsonObject{{QStringLiteral("amountYen"), 1}}}).error().code,
             QStringLiteral("sync.outbox.invalid"));
    const QJsonArray withNumber{QJsonObject{{QStringLiteral("kind"), QStringLiteral("formAccepted")},
                                            {QStringLiteral("formType"), QStringLiteral("tenkyo")},
                                            {QStringLiteral("note"), QStringLiteral("番号 1234 5678 9018")}}};
    const Result<sync::OutboxItem> personal = enqueue(newVisit(), withNumber);
    QCOMPARE(personal.error().code, QStringLiteral("sync.outbox.personalData"));
    QVERIFY(!personal.error().toString().contains(QStringLiteral("9018")));
    QCOMPARE(outbox.pendingCount().value(), 0);
}

inline void checkOrderPerVisit(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    const sync::Outbox outbox(*db, QStringLiteral("counter-a"));
    const QString a = newVisit();
    const QString b = newVisit();
    const sync::OutboxItem a1 = enqueueOrFail(*db, outbox, a);
    const sync::OutboxItem a2 = enqueueOrFail(*db, outbox, a);
    const sync::OutboxItem b1 = enqueueOrFail(*db, outbox, b);
    const sync::OutboxItem a3 = enqueueOrFail(*db, outbox, a);

    // A visit's queued run goes together, in order (the core decides a batch in order).
    Result<QList<sync::OutboxItem>> first = outbox.takeReady(10);
    QVERIFY(first);
    QCOMPARE(ids(first.value()), (QList<qint64>{a1.id, a2.id, b1.id, a3.id}));
    // Taking writes nothing: the items stay queued, with the attempts recorded so far.
    QCOMPARE(first.value().at(0).state, sync::OutboxState::Queued);
    QCOMPARE(first.value().at(0).attempts, 0);
    QCOMPARE(outbox.item(a1.id).value().state, sync::OutboxState::Queued);
    QVERIFY(first.value().at(0).payload.contains(a.toUtf8())); // sent as stored, not parsed

    // While a visit has an item in flight (at or below the highest id the sender took), its
    // later items wait; other visits' new items do not.
    const sync::OutboxItem a4 = enqueueOrFail(*db, outbox, a);
    const sync::OutboxItem d1 = enqueueOrFail(*db, outbox, newVisit());
    QCOMPARE(ids(outbox.takeReady(10, QDateTime::currentDateTimeUtc(), a3.id).value()), QList<qint64>{d1.id});
    QVERIFY(outbox.record({delivered(d1.id)}));
    QVERIFY(outbox.takeReady(10, QDateTime::currentDateTimeUtc(), a3.id).value().isEmpty());

    // a1 comes back for a retry in an hour; a2 and a3 were not decided and wait behind it,
    // although their own time has come; a4 too.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Error busy = makeError(QStringLiteral("core.server"), QStringLiteral("busy"));
    const Error waiting = makeError(QStringLiteral("sync.waiting"), QStringLiteral("waits"));
    QVERIFY(outbox.record({{a1.id, sync::Outbox::Outcome::Kind::Retry, {}, busy, now.addSecs(3600)},
                           {a2.id, sync::Outbox::Outcome::Kind::Retry, {}, waiting, now},
                           {a3.id, sync::Outbox::Outcome::Kind::Retry, {}, waiting, now},
                           delivered(b1.id)}));
    QVERIFY(outbox.takeReady(10).value().isEmpty());
    QCOMPARE(outbox.nextDue().value().value_or(QDateTime()).toSecsSinceEpoch(),
             now.addSecs(3600).toSecsSinceEpoch());

    // When a1 is due, the whole run goes again together.
    QCOMPARE(ids(outbox.takeReady(10, now.addSecs(3601)).value()),
             (QList<qint64>{a1.id, a2.id, a3.id, a4.id}));
    QVERIFY(outbox.record({delivered(a1.id), delivered(a2.id), delivered(a3.id), delivered(a4.id)}));
    QVERIFY(outbox.takeReady(10).value().isEmpty());
    QCOMPARE(outbox.pendingCount().value(), 0);
    const Result<sync::OutboxItem> done = outbox.item(a3.id);
    QCOMPARE(done.value().state, sync::OutboxState::Delivered);
    QCOMPARE(done.value().transactionId, QStringLiteral("T-%1").arg(a3.id));
    QVERIFY(done.value().deliveredAt.isValid());

    // The limit holds, and cuts a run after an item, never before it: c2 is not taken without c1.
    const QString c = newVisit();
    const sync::OutboxItem c1 = enqueueOrFail(*db, outbox, c);
    const sync::OutboxItem c2 = enqueueOrFail(*db, outbox, c);
    for (int i = 0; i < 5; ++i)
        enqueueOrFail(*db, outbox, newVisit());
    QCOMPARE(ids(outbox.takeReady(1).value()), QList<qint64>{c1.id});
    const QList<sync::OutboxItem> rest = outbox.takeReady(3, QDateTime::currentDateTimeUtc(), c1.id).value();
    QCOMPARE(rest.size(), 3);
    QVERIFY(!ids(rest).contains(c2.id));
}

inline void checkRefusalBlocksTheVisit(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    const sync::Outbox outbox(*db, QStringLiteral("counter-a"));
    const QString a = newVisit();
    const sync::OutboxItem a1 = enqueueOrFail(*db, outbox, a);
    const sync::OutboxItem a2 = enqueueOrFail(*db, outbox, a);
    const sync::OutboxItem b1 = enqueueOrFail(*db, outbox, newVisit());
    QCOMPARE(ids(outbox.takeReady(10).value()), (QList<qint64>{a1.id, a2.id, b1.id}));
    const Error refusal = makeError(QStringLiteral("core.rejected"), QStringLiteral("refused: amount"),
                                    QStringLiteral("HTTP 400"));
    const Error waiting = makeError(QStringLiteral("sync.waiting"), QStringLiteral("waits"));
    QVERIFY(outbox.record(
        {{a1.id, sync::Outbox::Outcome::Kind::Refused, {}, refusal, {}},
         {a2.id, sync::Outbox::Outcome::Kind::Retry, {}, waiting, QDateTime::currentDateTimeUtc()},
         delivered(b1.id)}));
    // a1 is failed and blocked; a2 waits behind it; nothing is due.
    QVERIFY(outbox.takeReady(10).value().isEmpty());
    QVERIFY(!outbox.nextDue().value().has_value());
    const Result<sync::OutboxItem> failed = outbox.item(a1.id);
    QCOMPARE(failed.value().state, sync::OutboxState::Failed);
    QVERIFY(failed.value().blocked);
    QCOMPARE(failed.value().lastErrorCode, QStringLiteral("core.rejected"));
    QVERIFY(failed.value().lastError.contains(QStringLiteral("refused: amount")));
    QVERIFY(!failed.value().nextAttemptAt.isValid());
    QVERIFY(!outbox.item(a2.id).value().blocked);
    const sync::OutboxCounts counts = outbox.counts().value();
    QCOMPARE(counts.failed, 2);
    QCOMPARE(counts.blocked, 1);
    QCOMPARE(counts.queued, 0);
    QCOMPARE(counts.delivered, 1);
    QCOMPARE(counts.pending(), 2);
    QCOMPARE(outbox.items({sync::OutboxState::Failed}).value().size(), 2);
    QCOMPARE(outbox.items().value().first().id, b1.id); // newest first

    // A supervisor releases it: a1 goes again, and a2 with it.
    QVERIFY(outbox.retry(a1.id));
    QCOMPARE(ids(outbox.takeReady(10).value()), (QList<qint64>{a1.id, a2.id}));
    QCOMPARE(outbox.item(a1.id).value().attempts, 1); // the refusal
    QVERIFY(outbox.record({delivered(a1.id), delivered(a2.id)}));
    QCOMPARE(outbox.item(a1.id).value().attempts, 2);
    QVERIFY(outbox.takeReady(10).value().isEmpty());
    QCOMPARE(outbox.retry(b1.id).error().code, QStringLiteral("sync.outbox.notFound")); // delivered
}

inline void checkBackoffAndResume(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    const sync::Outbox outbox(*db, QStringLiteral("counter-a"));
    const sync::OutboxItem a1 = enqueueOrFail(*db, outbox, newVisit());
    QCOMPARE(outbox.takeReady(10).value().size(), 1);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    const Error offline = makeError(QStringLiteral("core.offline"), QStringLiteral("cannot reach"));
    QVERIFY(outbox.record({{a1.id, sync::Outbox::Outcome::Kind::Retry, {}, offline, later}}));
    QVERIFY(outbox.takeReady(10).value().isEmpty());
    QCOMPARE(outbox.nextDue().value()->toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    QCOMPARE(outbox.item(a1.id).value().state, sync::OutboxState::Failed);
    QVERIFY(!outbox.item(a1.id).value().blocked);
    // The core came back: everything waiting becomes due now.
    QVERIFY(outbox.resumeWaiting());
    QCOMPARE(ids(outbox.takeReady(10).value()), QList<qint64>{a1.id});
}

inline void checkCrashWhileSending(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    const QString visit = newVisit();
    qint64 id = 0;
    {
        const sync::Outbox outbox(*db, QStringLiteral("counter-a"));
        id = enqueueOrFail(*db, outbox, visit).id;
        QCOMPARE(outbox.takeReady(10).value().size(), 1);
        // The process dies here: no answer recorded.
    }
    // Nothing was written on the way out: the next run sends it again (its key makes that
    // harmless), and the answer then counts as its first recorded attempt.
    const sync::Outbox again(*db, QStringLiteral("counter-a"));
    QCOMPARE(again.counts().value().queued, 1);
    QCOMPARE(again.recoverSending().value(), 0);
    QCOMPARE(ids(again.takeReady(10).value()), QList<qint64>{id});
    QVERIFY(again.record({delivered(id)}));
    QCOMPARE(again.item(id).value().attempts, 1);

    // A store written by an earlier version can hold items marked `sending`: they are not handed
    // out as they are, and a start queues them again.
    const sync::OutboxItem old = enqueueOrFail(*db, again, visit);
    QSqlQuery mark(db->connection());
    QVERIFY(mark.exec(
        QStringLiteral("UPDATE sync_outbox SET state = 'sending', attempts = 1 WHERE id = %1").arg(old.id)));
    QCOMPARE(again.counts().value().sending, 1);
    QVERIFY(again.takeReady(10).value().isEmpty());
    QCOMPARE(again.recoverSending().value(), 1);
    QCOMPARE(again.counts().value().queued, 1);
    const QList<sync::OutboxItem> retaken = again.takeReady(10).value();
    QCOMPARE(ids(retaken), QList<qint64>{old.id});
    QCOMPARE(retaken.first().attempts, 1);
}

inline void checkOriginsStayApart(const FreshSyncDatabase& fresh)
{
    auto db = fresh();
    QVERIFY(db);
    const sync::Outbox mine(*db, QStringLiteral("counter-a"));
    const sync::Outbox theirs(*db, QStringLiteral("counter-b"));
    const sync::OutboxItem own = enqueueOrFail(*db, mine, newVisit());
    enqueueOrFail(*db, theirs, newVisit());
    QCOMPARE(ids(mine.takeReady(10).value()), QList<qint64>{own.id});
    QCOMPARE(mine.pendingCount().value(), 1);
    QCOMPARE(theirs.pendingCount().value(), 1);
    QCOMPARE(mine.retry(theirs.items().value().first().id).error().code,
             QStringLiteral("sync.outbox.notFound"));
}

} // namespace madoguchi::test
