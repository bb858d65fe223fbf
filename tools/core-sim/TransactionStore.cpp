#include "TransactionStore.h"

#include "ChangeFeed.h"
#include "JsonText.h"
#include "common/TimeOrderedUuid.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/sha.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <memory>

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
    return hashOf(JsonText::compact(body));
}

QString TransactionStore::hashOf(const QByteArray& canonical)
{
    // OpenSSL's SHA-256 (CPU instructions where there are some), not QCryptographicHash's
    // portable one: a batch hashes every body it gets.
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(canonical.constData()), std::size_t(canonical.size()),
           digest);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char*>(digest), SHA256_DIGEST_LENGTH).toHex());
}

Result<CommitOutcome> TransactionStore::commit(const QString& counterId, const QString& idempotencyKey,
                                               const ValidatedTransaction& transaction)
{
    // Group commit: single commits that arrive while another thread is writing go into the next
    // write transaction together, decided in the order they arrived. With one writer (SQLite),
    // fifty counters committing one transaction each queued behind each other's transaction;
    // now a transaction carries everything that waited, and each waits for one at most.
    Waiter me;
    me.item.counterId = counterId;
    me.item.request = CommitRequest{idempotencyKey, transaction};
    me.item.prepared = prepare(counterId, ChangeFeed::now(), me.item.request);
    std::unique_lock<std::mutex> lock(m_groupMutex);
    m_waiting.push_back(&me);
    while (!me.result) {
        if (m_leading) {
            m_groupDone.wait(lock);
            continue;
        }
        m_leading = true;
        const auto take = std::min<std::size_t>(m_waiting.size(), kMaxGroup);
        const std::vector<Waiter*> group(m_waiting.begin(), m_waiting.begin() + std::ptrdiff_t(take));
        m_waiting.erase(m_waiting.begin(), m_waiting.begin() + std::ptrdiff_t(take));
        lock.unlock();
        QList<Item> items;
        items.reserve(qsizetype(group.size()));
        for (const Waiter* waiter : group)
            items << waiter->item;
        const Result<QList<CommitOutcome>> outcomes = store(items);
        lock.lock();
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (outcomes)
                group[i]->result = outcomes.value().at(qsizetype(i));
            else
                group[i]->result = outcomes.error(); // rolled back: the client retries the same key
        }
        m_leading = false;
        m_groupDone.notify_all();
    }
    return *me.result;
}

Result<QList<CommitOutcome>> TransactionStore::commitAll(const QString& counterId,
                                                         const QList<CommitRequest>& requests)
{
    // What does not depend on the store is worked out before the write lock, while another
    // batch may hold it: the canonical body and its hash, and the receipt a new row would get.
    const QString receivedAt = ChangeFeed::now(); // one instant: it is one commit
    QList<Item> items;
    items.reserve(requests.size());
    for (const CommitRequest& request : requests)
        items << Item{counterId, request, prepare(counterId, receivedAt, request)};
    return store(items);
}

Result<QList<CommitOutcome>> TransactionStore::store(const QList<Item>& items)
{
    QList<CommitOutcome> outcomes;
    if (items.isEmpty())
        return outcomes;
    QSqlDatabase db = m_database.connection();
    const auto writing = m_writeLock.acquire(db);
    Status done = inWriteTransaction(db, [&]() -> Status {
        outcomes.clear();
        if (Status locked = lockAll(db, items); !locked)
            return locked;
        BatchState state;
        if (Status read = readState(db, items, state); !read)
            return read;
        QList<const Item*> rows;
        for (const Item& item : items)
            outcomes << decide(state, item, rows);
        if (Status stored = insertRows(db, rows); !stored)
            return stored;
        for (const Item* row : rows) {
            for (const QString& residentId : row->request.transaction.formResidents) {
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

Status TransactionStore::lockAll(QSqlDatabase db, const QList<Item>& items)
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
    for (const Item& item : items) {
        visits << item.request.transaction.visitId;
        keys << QString(item.counterId + u':' + item.request.idempotencyKey);
    }
    // One round trip: the locks are taken as the ordered subquery yields its rows.
    QSqlQuery lock(db);
    if (!lock.prepare(
            QStringLiteral("SELECT pg_advisory_xact_lock(s, h) FROM (SELECT s, h FROM ("
                           " SELECT 1 AS s, hashtext(x) AS h FROM unnest(string_to_array(?, E'\\n')) AS x"
                           " UNION SELECT 2, hashtext(y) FROM unnest(string_to_array(?, E'\\n')) AS y) AS ids"
                           " ORDER BY s, h) AS ordered")))
        return databaseError(lock, QStringLiteral("locking the visits"));
    lock.addBindValue(visits.join(u'\n'));
    lock.addBindValue(keys.join(u'\n'));
    if (!lock.exec())
        return databaseError(lock, QStringLiteral("locking the visits"));
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
QString jsonList(const QStringList& values)
{
    QByteArray list = "[";
    for (const QString& value : values) {
        if (list.size() > 1)
            list += ',';
        list += JsonText::quoted(value);
    }
    list += ']';
    return QString::fromUtf8(list);
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
    q.addBindValue(jsonList(values));
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

QString TransactionStore::keyOf(const QString& counterId, const QString& idempotencyKey)
{
    return counterId + u'\n' + idempotencyKey;
}

Status TransactionStore::readState(QSqlDatabase db, const QList<Item>& items, BatchState& state)
{
    QStringList visits;
    QStringList residents;
    QSet<QString> seen;
    QSet<QString> seenKeys;
    QByteArray keys = "["; // [[counter, key], ...]
    for (const Item& item : items) {
        const CommitRequest& request = item.request;
        if (!seenKeys.contains(keyOf(item.counterId, request.idempotencyKey))) {
            seenKeys.insert(keyOf(item.counterId, request.idempotencyKey));
            if (keys.size() > 1)
                keys += ',';
            keys +=
                '[' + JsonText::quoted(item.counterId) + ',' + JsonText::quoted(request.idempotencyKey) + ']';
        }
        if (!seen.contains(request.transaction.visitId)) {
            seen.insert(request.transaction.visitId);
            visits << request.transaction.visitId;
        }
        for (const auto& ref : request.transaction.residentRefs)
            residents << ref.second;
    }
    keys += ']';
    residents.removeDuplicates();
    {
        // Row values: the (counter_id, idempotency_key) index answers each pair.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(
                QStringLiteral("SELECT counter_id, idempotency_key, body_hash, response FROM cs_transactions"
                               " WHERE (counter_id, idempotency_key) IN (%1)")
                    .arg(isPostgres(db)
                             ? QStringLiteral("SELECT e ->> 0, e ->> 1 FROM"
                                              " json_array_elements(CAST(? AS json)) AS e")
                             : QStringLiteral("SELECT value ->> 0, value ->> 1 FROM json_each(?)"))))
            return databaseError(q, QStringLiteral("looking up idempotency keys"));
        q.addBindValue(QString::fromUtf8(keys));
        if (!q.exec())
            return databaseError(q, QStringLiteral("looking up idempotency keys"));
        while (q.next()) {
            state.keys.insert(keyOf(q.value(0).toString(), q.value(1).toString()),
                              {q.value(2).toString(), q.value(3).toString().toUtf8()});
        }
    }
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
    p.receivedAt = receivedAt;
    p.canonical = JsonText::compact(tx.body); // QJsonDocument's compact bytes, as always stored
    p.hash = hashOf(p.canonical);
    p.transactionId = TimeOrderedUuid::createString();
    const QByteArray transactionId = JsonText::quoted(p.transactionId);
    const QByteArray visitId = JsonText::quoted(tx.visitId);
    const QByteArray sequence = QByteArray::number(tx.sequence);
    // The keys in the order QJsonObject keeps them (sorted), as the receipt was always written.
    p.receipt = "{\"counterId\":" + JsonText::quoted(counterId) +
                ",\"itemCount\":" + QByteArray::number(tx.itemCount) +
                ",\"receivedAt\":" + JsonText::quoted(receivedAt) + ",\"sequence\":" + sequence +
                ",\"transactionId\":" + transactionId + ",\"visitId\":" + visitId + '}';
    return p;
}

CommitOutcome TransactionStore::decide(BatchState& state, const Item& item, QList<const Item*>& rows)
{
    CommitOutcome outcome;
    const ValidatedTransaction& tx = item.request.transaction;
    const Prepared& prepared = item.prepared;
    const QString key = keyOf(item.counterId, item.request.idempotencyKey);
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
    rows << &item;
    return outcome;
}

Status TransactionStore::insertRowsSqlite(QSqlDatabase db, const QList<const Item*>& rows)
{
    // Through SQLite's own API on Qt's connection (QSqlDriver::handle(), the documented way): the
    // rows are bound as the UTF-8 bytes prepare() made, with no copy. Through QSqlQuery each bound
    // value cost more than SQLite's work for it (a QVariant and a placeholder name per value), and
    // one statement over a JSON list made SQLite parse every row again for each column.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3* const*>(handle.constData()))
        return makeError(QStringLiteral("internal"),
                         QStringLiteral("Database error in storing transactions: no SQLite handle"));
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    const auto sqliteError = [connection] {
        return makeError(QStringLiteral("internal"),
                         QStringLiteral("Database error in storing transactions: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    };
    sqlite3_stmt* statement = nullptr;
    static const char sql[] =
        "INSERT INTO cs_transactions (transaction_id, counter_id, idempotency_key, body_hash, visit_id,"
        " sequence, body, response, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(connection, sql, int(sizeof sql - 1), &statement, nullptr) != SQLITE_OK)
        return sqliteError();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalizer(statement, sqlite3_finalize);
    const auto text = [statement](int column, const QByteArray& value) {
        return sqlite3_bind_text(statement, column, value.constData(), int(value.size()), SQLITE_STATIC);
    };
    for (const Item* row : rows) {
        const Prepared& p = row->prepared;
        const QByteArray transactionId = p.transactionId.toLatin1();
        const QByteArray counter = row->counterId.toUtf8();
        const QByteArray key = row->request.idempotencyKey.toUtf8();
        const QByteArray hash = p.hash.toLatin1();
        const QByteArray visit = row->request.transaction.visitId.toUtf8();
        const QByteArray received = p.receivedAt.toUtf8();
        if (text(1, transactionId) != SQLITE_OK || text(2, counter) != SQLITE_OK ||
            text(3, key) != SQLITE_OK || text(4, hash) != SQLITE_OK || text(5, visit) != SQLITE_OK ||
            sqlite3_bind_int64(statement, 6, row->request.transaction.sequence) != SQLITE_OK ||
            text(7, p.canonical) != SQLITE_OK || text(8, p.receipt) != SQLITE_OK ||
            text(9, received) != SQLITE_OK)
            return sqliteError();
        if (sqlite3_step(statement) != SQLITE_DONE)
            return sqliteError();
        if (sqlite3_reset(statement) != SQLITE_OK)
            return sqliteError();
    }
    return {};
}

Status TransactionStore::insertRows(QSqlDatabase db, const QList<const Item*>& rows)
{
    if (rows.isEmpty())
        return {};
    if (!isPostgres(db))
        return insertRowsSqlite(db, rows);
    // PostgreSQL: one statement for the batch, its rows one JSON parameter (see jsonList): per row
    // transaction id, key, body hash, visit, sequence, the body and the receipt as JSON objects
    // (not strings: no escaping; the json type keeps their text as it came), counter, received at.
    QByteArray list = "[";
    for (const Item* row : rows) {
        const Prepared& p = row->prepared;
        if (list.size() > 1)
            list += ',';
        list += '[' + JsonText::quoted(p.transactionId) + ',' +
                JsonText::quoted(row->request.idempotencyKey) + ",\"" + p.hash.toLatin1() + "\"," +
                JsonText::quoted(row->request.transaction.visitId) + ',' +
                QByteArray::number(row->request.transaction.sequence) + ',' + p.canonical + ',' + p.receipt +
                ',' + JsonText::quoted(row->counterId) + ',' + JsonText::quoted(p.receivedAt) + ']';
    }
    list += ']';
    static const QString postgres = QStringLiteral(
        "INSERT INTO cs_transactions (transaction_id, counter_id, idempotency_key, body_hash, visit_id,"
        " sequence, body, response, received_at) SELECT e ->> 0, e ->> 7, e ->> 1, e ->> 2, e ->> 3,"
        " CAST(e ->> 4 AS bigint), CAST(e -> 5 AS text), CAST(e -> 6 AS text), e ->> 8"
        " FROM json_array_elements(CAST(? AS json)) WITH ORDINALITY AS t(e, n) ORDER BY n");
    QSqlQuery insert(db);
    if (!insert.prepare(postgres))
        return databaseError(insert, QStringLiteral("storing transactions"));
    insert.addBindValue(QString::fromUtf8(list));
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
