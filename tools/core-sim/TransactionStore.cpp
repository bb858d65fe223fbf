#include "TransactionStore.h"

#include "ChangeFeed.h"
#include "ResidentStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace madoguchi::coresim {

namespace {

Error databaseError(const QSqlQuery& query, const QString& what)
{
    return makeError(QStringLiteral("internal"),
                     QStringLiteral("Database error in %1: %2").arg(what, query.lastError().text()));
}

} // namespace

TransactionStore::TransactionStore(const Database& database, WriteLock& writeLock)
    : m_database(database)
    , m_writeLock(writeLock)
{}

QString TransactionStore::bodyHash(const QJsonObject& body)
{
    // QJsonObject keeps its keys sorted, so equal objects serialise to equal bytes.
    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Result<CommitOutcome> TransactionStore::commit(const QString& counterId, const QString& idempotencyKey,
                                               const ValidatedTransaction& transaction)
{
    const QString hash = bodyHash(transaction.body);
    QSqlDatabase db = m_database.connection();
    CommitOutcome outcome;
    const auto writing = m_writeLock.acquire(db);
    Status done = inWriteTransaction(
        db, [&]() -> Status { return decide(db, counterId, idempotencyKey, transaction, hash, outcome); });
    if (!done)
        return done.error();
    return outcome;
}

Status TransactionStore::decide(QSqlDatabase db, const QString& counterId, const QString& key,
                                const ValidatedTransaction& tx, const QString& hash, CommitOutcome& outcome)
{
    QSqlQuery q(db);
    // The replay check, the sequence check and the insert must see every commit of the same
    // visit and of the same key. SQLite has one writer at a time anyway; on PostgreSQL two
    // transaction-scoped advisory locks serialise exactly those, so different visits commit in
    // parallel. Always the visit first (namespace 1), then the key (namespace 2): no cycles.
    // The unique constraints stay as the backstop.
    if (db.driverName() == QStringLiteral("QPSQL")) {
        q.prepare(QStringLiteral(
            "SELECT pg_advisory_xact_lock(1, hashtext(?)), pg_advisory_xact_lock(2, hashtext(?))"));
        q.addBindValue(tx.visitId);
        q.addBindValue(QString(counterId + u':' + key));
        if (!q.exec())
            return databaseError(q, QStringLiteral("locking the visit"));
        q.finish();
    }
    q.prepare(QStringLiteral(
        "SELECT body_hash, response FROM cs_transactions WHERE counter_id = ? AND idempotency_key = ?"));
    q.addBindValue(counterId);
    q.addBindValue(key);
    if (!q.exec())
        return databaseError(q, QStringLiteral("looking up an idempotency key"));
    if (q.next()) {
        if (q.value(0).toString() == hash) {
            outcome.kind = CommitOutcome::Kind::Replayed;
            outcome.receipt = q.value(1).toString().toUtf8();
        } else {
            outcome.kind = CommitOutcome::Kind::KeyReused;
        }
        return {};
    }
    q.prepare(QStringLiteral("SELECT MAX(sequence) FROM cs_transactions WHERE visit_id = ?"));
    q.addBindValue(tx.visitId);
    if (!q.exec() || !q.next())
        return databaseError(q, QStringLiteral("reading a visit's sequence"));
    const qint64 expected = (q.value(0).isNull() ? 0 : q.value(0).toLongLong()) + 1;
    if (tx.sequence != expected) {
        outcome.kind = CommitOutcome::Kind::SequenceConflict;
        outcome.expectedSequence = expected;
        return {};
    }
    q.finish();
    for (const auto& [field, residentId] : tx.residentRefs) {
        Result<bool> known = ResidentStore::exists(db, residentId);
        if (!known)
            return known.error();
        if (!known.value()) {
            outcome.kind = CommitOutcome::Kind::ResidentMissing;
            outcome.field = field;
            outcome.residentId = residentId;
            return {};
        }
    }

    const QString receivedAt = ChangeFeed::now();
    const QJsonObject receipt{
        {QStringLiteral("transactionId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("counterId"), counterId},
        {QStringLiteral("visitId"), tx.visitId},
        {QStringLiteral("sequence"), tx.sequence},
        {QStringLiteral("itemCount"), tx.itemCount},
        {QStringLiteral("receivedAt"), receivedAt}};
    outcome.kind = CommitOutcome::Kind::Created;
    outcome.receipt = QJsonDocument(receipt).toJson(QJsonDocument::Compact);
    q.prepare(QStringLiteral(
        "INSERT INTO cs_transactions (transaction_id, counter_id, idempotency_key, body_hash,"
        " visit_id, sequence, body, response, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(receipt.value(QStringLiteral("transactionId")).toString()), QVariant(counterId),
          QVariant(key), QVariant(hash), QVariant(tx.visitId), QVariant(tx.sequence),
          QVariant(QString::fromUtf8(QJsonDocument(tx.body).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(outcome.receipt)), QVariant(receivedAt)}) {
        q.addBindValue(value);
    }
    if (!q.exec())
        return databaseError(q, QStringLiteral("storing a transaction"));
    for (const QString& residentId : tx.formResidents) {
        if (Status changed = ChangeFeed::recordResidentUpdate(db, residentId, QStringLiteral("updated"));
            !changed)
            return changed;
    }
    return {};
}

} // namespace madoguchi::coresim
