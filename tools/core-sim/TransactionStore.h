#pragma once

#include "TransactionValidator.h"
#include "WriteLock.h"

#include "common/Database.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

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

// Stores committed transactions exactly once. Per (counter, idempotency key) one row with the
// hash of the body and the response given, checked in this order inside one write transaction:
// replay or reuse of the key, then the visit's sequence, then the residents named. A form that
// names a resident updates that resident (version + 1) and adds a change to the feed.
class TransactionStore
{
public:
    TransactionStore(const Database& database, WriteLock& writeLock);

    Result<CommitOutcome> commit(const QString& counterId, const QString& idempotencyKey,
                                 const ValidatedTransaction& transaction);

    // SHA-256 (hex) of the body as compact JSON: key order and white space do not matter.
    static QString bodyHash(const QJsonObject& body);

private:
    Status decide(QSqlDatabase db, const QString& counterId, const QString& key,
                  const ValidatedTransaction& tx, const QString& hash, CommitOutcome& outcome);

    const Database& m_database;
    WriteLock& m_writeLock;
};

} // namespace madoguchi::coresim
