#include "TransactionStore.h"

#include "ChangeFeed.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <functional>

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
    return hashOf(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString TransactionStore::hashOf(const QByteArray& canonical)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Result<CommitOutcome> TransactionStore::commit(const QString& counterId, const QString& idempotencyKey,
                                               const ValidatedTransaction& transaction)
{
    Result<QList<CommitOutcome>> outcomes =
        commitAll(counterId, {CommitRequest{idempotencyKey, transaction}});
    if (!outcomes)
        return outcomes.error();
    return outcomes.value().constFirst();
}

Result<QList<CommitOutcome>> TransactionStore::commitAll(const QString& counterId,
                                                         const QList<CommitRequest>& requests)
{
    QList<CommitOutcome> outcomes;
    if (requests.isEmpty())
        return outcomes;
    QSqlDatabase db = m_database.connection();
    const auto writing = m_writeLock.acquire(db);
    Status done = inWriteTransaction(db, [&]() -> Status {
        outcomes.clear();
        if (Status locked = lockAll(db, counterId, requests); !locked)
            return locked;
        BatchState state;
        state.receivedAt = ChangeFeed::now(); // one instant: it is one commit
        if (Status read = readState(db, counterId, requests, state); !read)
            return read;
        QList<Row> rows;
        for (const CommitRequest& request : requests)
            outcomes << decide(state, counterId, request, rows);
        if (Status stored = insertRows(db, rows); !stored)
            return stored;
        for (const Row& row : rows) {
            for (const QString& residentId : row.formResidents) {
                if (Status changed =
                        ChangeFeed::recordResidentUpdate(db, residentId, QStringLiteral("updated"));
                    !changed)
                    return changed;
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    return outcomes;
}

Status TransactionStore::lockAll(QSqlDatabase db, const QString& counterId,
                                 const QList<CommitRequest>& requests)
{
    // The replay check, the sequence check and the insert must see every commit of the same
    // visit and of the same key. SQLite has one writer at a time anyway; on PostgreSQL
    // transaction-scoped advisory locks serialise exactly those, so different visits commit in
    // parallel. Every transaction takes its locks in one global order — the visits (namespace 1)
    // before the keys (namespace 2), each by ascending lock id — so two batches cannot deadlock.
    // The unique constraints stay as the backstop.
    if (db.driverName() != QStringLiteral("QPSQL"))
        return {};
    QStringList visits;
    QStringList keys;
    for (const CommitRequest& request : requests) {
        visits << request.transaction.visitId;
        keys << QString(counterId + u':' + request.idempotencyKey);
    }
    QSqlQuery ids(db);
    QSqlQuery lock(db);
    if (!ids.prepare(QStringLiteral("SELECT DISTINCT hashtext(x) AS h FROM unnest(string_to_array(?, E'\\n'))"
                                    " AS x ORDER BY h")) ||
        !lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)")))
        return databaseError(lock, QStringLiteral("locking the visits"));
    for (const auto& [space, names] : {std::pair{1, visits}, std::pair{2, keys}}) {
        ids.addBindValue(names.join(u'\n'));
        if (!ids.exec())
            return databaseError(ids, QStringLiteral("locking the visits"));
        QList<int> lockIds;
        while (ids.next())
            lockIds << ids.value(0).toInt();
        for (const int id : lockIds) {
            lock.addBindValue(space);
            lock.addBindValue(id);
            if (!lock.exec())
                return databaseError(lock, QStringLiteral("locking the visits"));
        }
    }
    return {};
}

namespace {

// "?, ?, ?" for n placeholders.
QString placeholders(qsizetype n)
{
    QString text;
    text.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

// Runs `sql` (with one %1 for an IN list) over `values` in chunks, calling `row` per result row.
Status selectIn(QSqlDatabase db, const QString& sql, const QVariantList& leading, const QStringList& values,
                const QString& what, const std::function<void(const QSqlQuery&)>& row)
{
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < values.size(); from += chunk) {
        const qsizetype n = std::min(chunk, values.size() - from);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql.arg(placeholders(n))))
            return databaseError(q, what);
        for (const QVariant& value : leading)
            q.addBindValue(value);
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(values.at(i));
        if (!q.exec())
            return databaseError(q, what);
        while (q.next())
            row(q);
    }
    return {};
}

} // namespace

Status TransactionStore::readState(QSqlDatabase db, const QString& counterId,
                                   const QList<CommitRequest>& requests, BatchState& state)
{
    QStringList keys;
    QStringList visits;
    QStringList residents;
    QSet<QString> seen;
    for (const CommitRequest& request : requests) {
        keys << request.idempotencyKey;
        if (!seen.contains(request.transaction.visitId)) {
            seen.insert(request.transaction.visitId);
            visits << request.transaction.visitId;
        }
        for (const auto& ref : request.transaction.residentRefs)
            residents << ref.second;
    }
    residents.removeDuplicates();
    keys.removeDuplicates();
    if (Status read =
            selectIn(db,
                     QStringLiteral("SELECT idempotency_key, body_hash, response FROM cs_transactions"
                                    " WHERE counter_id = ? AND idempotency_key IN (%1)"),
                     {counterId}, keys, QStringLiteral("looking up idempotency keys"),
                     [&](const QSqlQuery& q) {
                         state.keys.insert(q.value(0).toString(),
                                           {q.value(1).toString(), q.value(2).toString().toUtf8()});
                     });
        !read)
        return read;
    if (Status read = selectIn(db,
                               QStringLiteral("SELECT visit_id, MAX(sequence) FROM cs_transactions"
                                              " WHERE visit_id IN (%1) GROUP BY visit_id"),
                               {}, visits, QStringLiteral("reading the visits' sequences"),
                               [&](const QSqlQuery& q) {
                                   state.lastSequence.insert(q.value(0).toString(), q.value(1).toLongLong());
                               });
        !read)
        return read;
    return selectIn(db, QStringLiteral("SELECT resident_id FROM cs_residents WHERE resident_id IN (%1)"), {},
                    residents, QStringLiteral("residents"),
                    [&](const QSqlQuery& q) { state.residents.insert(q.value(0).toString()); });
}

CommitOutcome TransactionStore::decide(BatchState& state, const QString& counterId,
                                       const CommitRequest& request, QList<Row>& rows)
{
    CommitOutcome outcome;
    const ValidatedTransaction& tx = request.transaction;
    const QString& key = request.idempotencyKey;
    const QByteArray canonical = QJsonDocument(tx.body).toJson(QJsonDocument::Compact);
    const QString hash = hashOf(canonical);

    if (const auto known = state.keys.constFind(key); known != state.keys.constEnd()) {
        if (known->bodyHash == hash) {
            outcome.kind = CommitOutcome::Kind::Replayed;
            outcome.receipt = known->response;
        } else {
            outcome.kind = CommitOutcome::Kind::KeyReused;
        }
        return outcome;
    }
    const qint64 expected = state.lastSequence.value(tx.visitId, 0) + 1;
    if (tx.sequence != expected) {
        outcome.kind = CommitOutcome::Kind::SequenceConflict;
        outcome.expectedSequence = expected;
        return outcome;
    }
    for (const auto& [field, residentId] : tx.residentRefs) {
        if (!state.residents.contains(residentId)) {
            outcome.kind = CommitOutcome::Kind::ResidentMissing;
            outcome.field = field;
            outcome.residentId = residentId;
            return outcome;
        }
    }

    const QString transactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject receipt{
        {QStringLiteral("transactionId"), transactionId}, {QStringLiteral("counterId"), counterId},
        {QStringLiteral("visitId"), tx.visitId},          {QStringLiteral("sequence"), tx.sequence},
        {QStringLiteral("itemCount"), tx.itemCount},      {QStringLiteral("receivedAt"), state.receivedAt}};
    outcome.kind = CommitOutcome::Kind::Created;
    outcome.receipt = QJsonDocument(receipt).toJson(QJsonDocument::Compact);
    // Later elements of this batch see this one, as they would see a stored row.
    state.keys.insert(key, {hash, outcome.receipt});
    state.lastSequence.insert(tx.visitId, tx.sequence);
    rows << Row{{QVariant(transactionId), QVariant(counterId), QVariant(key), QVariant(hash),
                 QVariant(tx.visitId), QVariant(tx.sequence), QVariant(QString::fromUtf8(canonical)),
                 QVariant(QString::fromUtf8(outcome.receipt)), QVariant(state.receivedAt)},
                tx.formResidents};
    return outcome;
}

Status TransactionStore::insertRows(QSqlDatabase db, const QList<Row>& rows)
{
    // Many rows per INSERT: one statement per row cost more than the rows themselves.
    constexpr qsizetype chunk = 50;
    static const QString columns =
        QStringLiteral("INSERT INTO cs_transactions (transaction_id, counter_id, idempotency_key, body_hash,"
                       " visit_id, sequence, body, response, received_at) VALUES ");
    QSqlQuery full(db);
    qsizetype prepared = 0;
    for (qsizetype from = 0; from < rows.size(); from += chunk) {
        const qsizetype n = std::min(chunk, rows.size() - from);
        if (n != prepared) {
            QStringList tuples;
            for (qsizetype i = 0; i < n; ++i)
                tuples << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!full.prepare(columns + tuples.join(QStringLiteral(", "))))
                return databaseError(full, QStringLiteral("storing transactions"));
            prepared = n;
        }
        for (qsizetype i = from; i < from + n; ++i) {
            for (const QVariant& value : rows.at(i).values)
                full.addBindValue(value);
        }
        if (!full.exec())
            return databaseError(full, QStringLiteral("storing transactions"));
    }
    return {};
}

} // namespace madoguchi::coresim
