#include "TransactionStore.h"

#include "ChangeFeed.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
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
    // What does not depend on the store is worked out before the write lock, while another
    // batch may hold it: the canonical body and its hash, and the receipt a new row would get.
    const QString receivedAt = ChangeFeed::now(); // one instant: it is one commit
    QList<Prepared> prepared;
    prepared.reserve(requests.size());
    for (const CommitRequest& request : requests)
        prepared << prepare(counterId, receivedAt, request);
    QSqlDatabase db = m_database.connection();
    const auto writing = m_writeLock.acquire(db);
    Status done = inWriteTransaction(db, [&]() -> Status {
        outcomes.clear();
        if (Status locked = lockAll(db, counterId, requests); !locked)
            return locked;
        BatchState state;
        state.receivedAt = receivedAt;
        if (Status read = readState(db, counterId, requests, state); !read)
            return read;
        QList<Row> rows;
        for (qsizetype i = 0; i < requests.size(); ++i)
            outcomes << decide(state, requests.at(i), prepared.at(i), rows);
        if (Status stored = insertRows(db, counterId, state.receivedAt, rows); !stored)
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

bool isPostgres(QSqlDatabase db)
{
    return db.driverName() == QStringLiteral("QPSQL");
}

// A batch hands its lists to the database as ONE JSON parameter, expanded there (SQLite's
// json_each, PostgreSQL's json_array_elements): binding each value through QSqlQuery cost more
// than the database's own work (Qt formats and looks up a name for every bound value).
QString jsonList(const QJsonArray& values)
{
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

// Runs `sql`, whose last parameter is the JSON list of `values`, calling `row` per result row.
Status selectIn(QSqlDatabase db, const QString& sql, const QVariantList& leading, const QStringList& values,
                const QString& what, const std::function<void(const QSqlQuery&)>& row)
{
    if (values.isEmpty())
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return databaseError(q, what);
    for (const QVariant& value : leading)
        q.addBindValue(value);
    q.addBindValue(jsonList(QJsonArray::fromStringList(values)));
    if (!q.exec())
        return databaseError(q, what);
    while (q.next())
        row(q);
    return {};
}

// "IN (…the JSON list given as the next parameter…)".
QString inList(QSqlDatabase db)
{
    return isPostgres(db) ? QStringLiteral("IN (SELECT json_array_elements_text(CAST(? AS json)))")
                          : QStringLiteral("IN (SELECT value FROM json_each(?))");
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
                                    " WHERE counter_id = ? AND idempotency_key ") +
                         inList(db),
                     {counterId}, keys, QStringLiteral("looking up idempotency keys"),
                     [&](const QSqlQuery& q) {
                         state.keys.insert(q.value(0).toString(),
                                           {q.value(1).toString(), q.value(2).toString().toUtf8()});
                     });
        !read)
        return read;
    if (Status read =
            selectIn(db,
                     QStringLiteral("SELECT visit_id, MAX(sequence) FROM cs_transactions WHERE visit_id ") +
                         inList(db) + QStringLiteral(" GROUP BY visit_id"),
                     {}, visits, QStringLiteral("reading the visits' sequences"),
                     [&](const QSqlQuery& q) {
                         state.lastSequence.insert(q.value(0).toString(), q.value(1).toLongLong());
                     });
        !read)
        return read;
    return selectIn(db,
                    QStringLiteral("SELECT resident_id FROM cs_residents WHERE resident_id ") + inList(db),
                    {}, residents, QStringLiteral("residents"),
                    [&](const QSqlQuery& q) { state.residents.insert(q.value(0).toString()); });
}

TransactionStore::Prepared TransactionStore::prepare(const QString& counterId, const QString& receivedAt,
                                                     const CommitRequest& request)
{
    const ValidatedTransaction& tx = request.transaction;
    Prepared p;
    p.canonical = QJsonDocument(tx.body).toJson(QJsonDocument::Compact);
    p.hash = hashOf(p.canonical);
    p.transactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject receipt{{QStringLiteral("transactionId"), p.transactionId},
                              {QStringLiteral("counterId"), counterId},
                              {QStringLiteral("visitId"), tx.visitId},
                              {QStringLiteral("sequence"), tx.sequence},
                              {QStringLiteral("itemCount"), tx.itemCount},
                              {QStringLiteral("receivedAt"), receivedAt}};
    p.receipt = QJsonDocument(receipt).toJson(QJsonDocument::Compact);
    return p;
}

CommitOutcome TransactionStore::decide(BatchState& state, const CommitRequest& request,
                                       const Prepared& prepared, QList<Row>& rows)
{
    CommitOutcome outcome;
    const ValidatedTransaction& tx = request.transaction;
    const QString& key = request.idempotencyKey;
    if (const auto known = state.keys.constFind(key); known != state.keys.constEnd()) {
        if (known->bodyHash == prepared.hash) {
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
    outcome.kind = CommitOutcome::Kind::Created;
    outcome.receipt = prepared.receipt;
    // Later elements of this batch see this one, as they would see a stored row.
    state.keys.insert(key, {prepared.hash, prepared.receipt});
    state.lastSequence.insert(tx.visitId, tx.sequence);
    rows << Row{QJsonArray{prepared.transactionId, key, prepared.hash, tx.visitId, tx.sequence,
                           QString::fromUtf8(prepared.canonical), QString::fromUtf8(prepared.receipt)},
                tx.formResidents};
    return outcome;
}

Status TransactionStore::insertRows(QSqlDatabase db, const QString& counterId, const QString& receivedAt,
                                    const QList<Row>& rows)
{
    if (rows.isEmpty())
        return {};
    QJsonArray list;
    for (const Row& row : rows)
        list.append(row.values);
    // One statement for the batch; the rows are one JSON parameter (see jsonList).
    static const QString sqlite = QStringLiteral(
        "INSERT INTO cs_transactions (transaction_id, counter_id, idempotency_key, body_hash, visit_id,"
        " sequence, body, response, received_at) SELECT value ->> 0, ?, value ->> 1, value ->> 2,"
        " value ->> 3, value ->> 4, value ->> 5, value ->> 6, ? FROM json_each(?) ORDER BY key");
    static const QString postgres = QStringLiteral(
        "INSERT INTO cs_transactions (transaction_id, counter_id, idempotency_key, body_hash, visit_id,"
        " sequence, body, response, received_at) SELECT e ->> 0, ?, e ->> 1, e ->> 2, e ->> 3,"
        " CAST(e ->> 4 AS bigint), e ->> 5, e ->> 6, ?"
        " FROM json_array_elements(CAST(? AS json)) WITH ORDINALITY AS t(e, n) ORDER BY n");
    QSqlQuery insert(db);
    if (!insert.prepare(isPostgres(db) ? postgres : sqlite))
        return databaseError(insert, QStringLiteral("storing transactions"));
    insert.addBindValue(counterId);
    insert.addBindValue(receivedAt);
    insert.addBindValue(jsonList(list));
    if (!insert.exec())
        return databaseError(insert, QStringLiteral("storing transactions"));
    if (insert.numRowsAffected() != rows.size()) {
        return makeError(QStringLiteral("internal"),
                         QStringLiteral("Database error in storing transactions: %1 rows stored for %2")
                             .arg(insert.numRowsAffected())
                             .arg(rows.size()));
    }
    return {};
}

} // namespace madoguchi::coresim
