#pragma once

#include "TransactionValidator.h"
#include "WriteLock.h"

#include "common/Database.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

namespace madoguchi::coresim {

struct CommitOutcome
{
    enum class Kind { Created, Replayed, KeyReused, SequenceConflict, ResidentMissing };
    Kind kind = Kind::Created;
    QByteArray receipt;          // Created / Replayed: the TransactionReceipt JSON, byte for byte as stored
    qint64 expectedSequence = 0; // SequenceConflict
    QString field;               // ResidentMissing: the item field naming the unknown resident
    QString residentId;          // ResidentMissing
};

struct CommitRequest
{
    QString idempotencyKey; // lower case
    ValidatedTransaction transaction;
};

// Stores committed transactions exactly once. Per (counter, idempotency key) one row with the
// hash of the body and the response given, checked in this order: replay or reuse of the key,
// then the visit's sequence, then the residents named. A form that names a resident updates
// that resident (version + 1) and adds a change to the feed.
//
// A batch is decided in order inside ONE write transaction: element n+1 of a visit sees
// element n. Single commits are grouped: those that arrive while a write is under way share the
// next write transaction (see commit()). Per-element outcomes (conflict, unknown resident) write nothing, so
// they need no savepoint; a database error rolls the whole batch back and is answered as a 500, which the
// client retries with the same keys. One transaction per element made a 500-element batch cost
// 500 commits.
class TransactionStore
{
public:
    TransactionStore(const Database& database, WriteLock& writeLock);

    Result<CommitOutcome> commit(const QString& counterId, const QString& idempotencyKey,
                                 const ValidatedTransaction& transaction);
    // One outcome per request, in order.
    Result<QList<CommitOutcome>> commitAll(const QString& counterId, const QList<CommitRequest>& requests);

    // SHA-256 (hex) of the body as compact JSON: key order and white space do not matter.
    static QString bodyHash(const QJsonObject& body);

private:
    struct KnownKey
    {
        QString bodyHash;
        QByteArray response;
    };
    // What the decisions need from the store, read with a few IN queries up front and then kept
    // current as the items are decided.
    struct BatchState
    {
        QHash<QString, KnownKey> keys;       // by keyOf(counter, idempotency key)
        QHash<QString, qint64> lastSequence; // per visit
        QSet<QString> residents;             // the referenced residents that exist
    };
    // Per request, computed before the write lock.
    struct Prepared
    {
        QString receivedAt;
        QByteArray canonical; // the body as compact JSON (sorted keys)
        QString hash;         // of canonical
        QString transactionId;
        QByteArray receipt; // what a new row answers
    };
    // One commit request of a write transaction, with its counter (a group has several).
    struct Item
    {
        QString counterId;
        CommitRequest request;
        Prepared prepared;
    };
    // A thread waiting in commit() for its group's write transaction.
    struct Waiter
    {
        Item item;
        std::optional<Result<CommitOutcome>> result;
    };
    static constexpr std::size_t kMaxGroup = 500;

    // Decides `items` in order and stores the new ones, in one write transaction.
    Result<QList<CommitOutcome>> store(const QList<Item>& items);
    static QString keyOf(const QString& counterId, const QString& idempotencyKey);
    static QString hashOf(const QByteArray& canonical);
    static Status lockAll(QSqlDatabase db, const QList<Item>& items);
    static Status readState(QSqlDatabase db, const QList<Item>& items, BatchState& state);
    static Prepared prepare(const QString& counterId, const QString& receivedAt,
                            const CommitRequest& request);
    static CommitOutcome decide(BatchState& state, const Item& item, QList<const Item*>& rows);
    static Status insertRows(QSqlDatabase db, const QList<const Item*>& rows);
    static Status insertRowsSqlite(QSqlDatabase db, const QList<const Item*>& rows);

    const Database& m_database;
    WriteLock& m_writeLock;
    std::mutex m_groupMutex;
    std::condition_variable m_groupDone;
    std::vector<Waiter*> m_waiting; // arrival order
    bool m_leading = false;         // a thread is writing a group
};

} // namespace madoguchi::coresim
