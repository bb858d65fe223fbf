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
// element n. Per-element outcomes (conflict, unknown resident) write nothing, so they need no
// savepoint; a database error rolls the whole batch back and is answered as a 500, which the
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
    // What the batch's decisions need from the store, read with a few IN queries up front and
    // then kept current as the batch proceeds.
    struct BatchState
    {
        QString receivedAt;
        QHash<QString, KnownKey> keys;       // this counter's keys among the batch's
        QHash<QString, qint64> lastSequence; // per visit
        QSet<QString> residents;             // the referenced residents that exist
    };
    struct Row
    {
        QJsonArray values; // transaction id, key, body hash, visit, sequence, body, response
        QStringList formResidents;
    };
    static QString hashOf(const QByteArray& canonical);
    static Status lockAll(QSqlDatabase db, const QString& counterId, const QList<CommitRequest>& requests);
    static Status readState(QSqlDatabase db, const QString& counterId, const QList<CommitRequest>& requests,
                            BatchState& state);
    // Per request, computed before the write lock.
    struct Prepared
    {
        QByteArray canonical; // the body as compact JSON (sorted keys)
        QString hash;         // of canonical
        QString transactionId;
        QByteArray receipt; // what a new row answers
    };
    static Prepared prepare(const QString& counterId, const QString& receivedAt,
                            const CommitRequest& request);
    static CommitOutcome decide(BatchState& state, const CommitRequest& request, const Prepared& prepared,
                                QList<Row>& rows);
    static Status insertRows(QSqlDatabase db, const QString& counterId, const QString& receivedAt,
                             const QList<Row>& rows);

    const Database& m_database;
    WriteLock& m_writeLock;
};

} // namespace madoguchi::coresim
