#pragma once

#include "common/Result.h"
#include "sync/OutboxItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace madoguchi {
class Database;
}

namespace madoguchi::sync {

// The outbox of committed transactions for the core system (table sync_outbox, SyncSchema).
//
// enqueue() runs inside the caller's own database transaction, next to the business change it
// reports, so that both are stored or neither is. It assigns the idempotency key (a UUID) and
// the visit's next sequence number. OutboxSender then delivers the items at least once, each
// with its key, so that the core stores each exactly once; a visit's items go strictly in
// sequence order (n+1 is not sent before n is delivered).
//
// Errors: sync.outbox.invalid (a bad visit id or items), sync.outbox.personalData (a My Number
// candidate in the items), sync.outbox.db (database), sync.outbox.notFound (retry of an
// unknown item).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::Outbox)

public:
    // `origin`: this counter PC (the workstation id); only its own items are sent from here.
    Outbox(Database& database, QString origin);

    // Queues one transaction of `visitId` (a UUID) made of `items` (the API's TransactionItem
    // objects). Call it inside the transaction that stores the business change, on that
    // transaction's connection: on SQLite with inWriteTransaction (the sequence is read, then
    // written), on PostgreSQL a concurrent enqueue for the same visit fails on the unique
    // (visit, sequence) and the caller's transaction is rolled back.
    Result<OutboxItem> enqueue(QSqlDatabase db, const QString& visitId, const QJsonArray& items,
                               const QDateTime& committedAt = QDateTime::currentDateTime()) const;

    // --- for OutboxSender ---------------------------------------------------------------
    // After a start: items a process of an earlier version left `sending` go back to `queued`,
    // so they are sent again (their idempotency keys make that harmless). Returns how many.
    Result<int> recoverSending() const;
    // Up to `limit` items that may be sent now, oldest first, with an id above `afterId`. An
    // item may be sent when it is due, not blocked, and every earlier undelivered item of its
    // visit goes in the same batch: the core decides a batch in order, so a visit's queued run
    // travels together instead of one item per round trip. Nothing is written: the sender keeps
    // what it has in flight and, while anything is, passes the highest id it has taken as
    // `afterId`; an undelivered item at or below `afterId` (in flight, or passed over in this
    // round) holds its visit's later items back. The items carry `payload` (the stored JSON),
    // not a parsed `transaction`, and `attempts` as recorded before this one.
    Result<QList<OutboxItem>> takeReady(int limit, const QDateTime& now = QDateTime::currentDateTimeUtc(),
                                        qint64 afterId = 0) const;

    struct Outcome
    {
        enum class Kind { Delivered, Retry, Refused };
        qint64 id = 0;
        Kind kind = Kind::Retry;
        QString transactionId;   // Delivered
        Error error;             // Retry, Refused
        QDateTime nextAttemptAt; // Retry
    };
    // Applies the outcomes of one batch in one transaction; each counts as an attempt.
    Status record(const QList<Outcome>& outcomes,
                  const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // When the core returns: items waiting for their backoff become due now (blocked ones stay).
    Status resumeWaiting(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // When the next not-blocked item becomes due; nothing when none is pending.
    Result<std::optional<QDateTime>> nextDue() const;

    // --- for people -----------------------------------------------------------------------
    // A supervisor sends a failed item again (and thereby the visit's later ones).
    Status retry(qint64 id, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Items not yet delivered: the queue depth shown in the status bar.
    Result<int> pendingCount() const;
    Result<OutboxCounts> counts() const;
    // Items for a list view, newest first; `states` empty = all.
    Result<QList<OutboxItem>> items(const QList<OutboxState>& states = {}, int limit = 200,
                                    int offset = 0) const;
    Result<OutboxItem> item(qint64 id) const;

    QString origin() const { return m_origin; }

private:
    Result<QList<OutboxItem>> select(const QString& where, const QVariantList& values,
                                     const QString& tail) const;

    Database& m_database;
    QString m_origin;
};

} // namespace madoguchi::sync
