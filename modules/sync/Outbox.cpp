#include "sync/Outbox.h"

#include "common/Database.h"
#include "common/Logging.h"
#include "common/MyNumber.h"
#include "common/TimeOrderedUuid.h"
#include "sync/JsonString.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace madoguchi::sync {

namespace {

const char* const columns =
    "id, idempotency_key, visit_id, sequence, payload, state, attempts, next_attempt_ms, "
    "blocked, last_error_code, last_error, created_ms, delivered_ms, transaction_id";

enum class Access { Read, Write };

// Whole sentences per case: a translation cannot be built from "read"/"written" fragments.
Error dbError(const QSqlQuery& query, Access access)
{
    const QString message =
        access == Access::Read
            ? Outbox::tr("The outbox of transactions for the core system could not be read: %1")
            : Outbox::tr("The outbox of transactions for the core system could not be written: %1");
    return makeError(QStringLiteral("sync.outbox.db"), message.arg(query.lastError().text()),
                     QStringLiteral("sync_outbox"));
}

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

OutboxItem readItem(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.idempotencyKey = q.value(1).toString();
    item.visitId = q.value(2).toString();
    item.sequence = q.value(3).toLongLong();
    item.transaction = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    item.state = OutboxItem::stateFromName(q.value(5).toString());
    item.attempts = q.value(6).toInt();
    item.blocked = q.value(8).toInt() != 0;
    if (item.state != OutboxState::Delivered && !item.blocked)
        item.nextAttemptAt = fromMs(q.value(7));
    item.lastErrorCode = q.value(9).toString();
    item.lastError = q.value(10).toString();
    item.createdAt = fromMs(q.value(11));
    item.deliveredAt = fromMs(q.value(12));
    item.transactionId = q.value(13).toString();
    return item;
}

// Every string in the items, for the My Number check.
void collectStrings(const QJsonValue& value, QStringList& out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            collectStrings(element, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << it.key();
            collectStrings(it.value(), out);
        }
    }
}

} // namespace

Outbox::Outbox(Database& database, QString origin)
    : m_database(database)
    , m_origin(std::move(origin))
{}

Result<OutboxItem> Outbox::enqueue(QSqlDatabase db, const QString& visitId, const QJsonArray& items,
                                   const QDateTime& committedAt) const
{
    const QUuid visit(visitId);
    if (visit.isNull() || visit.toString(QUuid::WithoutBraces) != visitId.toLower())
        return makeError(QStringLiteral("sync.outbox.invalid"),
                         tr("A transaction for the core system needs the visit's id (a UUID)."), visitId);
    if (items.isEmpty() || items.size() > 100)
        return makeError(
            QStringLiteral("sync.outbox.invalid"),
            tr("A transaction for the core system needs 1 to 100 items, not %1.").arg(items.size()), visitId);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject() || !items.at(i).toObject().value(QLatin1String("kind")).isString())
            return makeError(QStringLiteral("sync.outbox.invalid"),
                             tr("Item %1 of the transaction has no kind.").arg(i + 1),
                             QStringLiteral("items[%1].kind").arg(i));
    }
    // The My Number never leaves the visit: it must not sit in the outbox, on disk, in clear.
    QStringList strings;
    collectStrings(items, strings);
    for (const QString& text : std::as_const(strings)) {
        if (MyNumber::containsCandidate(text))
            return makeError(QStringLiteral("sync.outbox.personalData"),
                             tr("A transaction for the core system must not contain a My Number (or any "
                                "12-digit number)."),
                             visitId);
    }

    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM sync_outbox WHERE visit_id = ?"));
    next.addBindValue(visitId.toLower());
    if (!next.exec() || !next.next())
        return dbError(next, Access::Read);
    const qint64 sequence = next.value(0).toLongLong();

    OutboxItem item;
    item.idempotencyKey = TimeOrderedUuid::createString();
    item.visitId = visitId.toLower();
    item.sequence = sequence;
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.nextAttemptAt = item.createdAt;
    const QDateTime local = committedAt.toOffsetFromUtc(committedAt.offsetFromUtc());
    item.transaction = QJsonObject{{QStringLiteral("visitId"), item.visitId},
                                   {QStringLiteral("sequence"), double(sequence)},
                                   {QStringLiteral("committedAt"), local.toString(Qt::ISODate)},
                                   {QStringLiteral("items"), items}};

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO sync_outbox (origin, idempotency_key, visit_id, sequence, payload, "
                       "state, attempts, next_attempt_ms, blocked, created_ms) "
                       "VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, 0, ?)"));
    insert.addBindValue(m_origin);
    insert.addBindValue(item.idempotencyKey);
    insert.addBindValue(item.visitId);
    insert.addBindValue(sequence);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(item.transaction).toJson(QJsonDocument::Compact)));
    insert.addBindValue(item.createdAt.toMSecsSinceEpoch());
    insert.addBindValue(item.createdAt.toMSecsSinceEpoch());
    if (!insert.exec())
        return dbError(insert, Access::Write);
    QSqlQuery id(db);
    id.prepare(QStringLiteral("SELECT id FROM sync_outbox WHERE idempotency_key = ?"));
    id.addBindValue(item.idempotencyKey);
    if (!id.exec() || !id.next())
        return dbError(id, Access::Read);
    item.id = id.value(0).toLongLong();
    return item;
}

Result<QList<OutboxItem>> Outbox::select(const QString& where, const QVariantList& values,
                                         const QString& tail) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sync_outbox o WHERE o.origin = ? %2 %3")
                      .arg(QLatin1String(columns), where, tail));
    query.addBindValue(m_origin);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return dbError(query, Access::Read);
    QList<OutboxItem> items;
    while (query.next())
        items << readItem(query);
    return items;
}

Result<QList<OutboxItem>> Outbox::takeReady(int limit, const QDateTime& now, qint64 afterId) const
{
    // A read, not a write transaction: marking each item `sending` in the store rewrote every
    // row of a batch once more and cost a commit per batch; what is in flight lives in the
    // sender, which says so through `afterId`.
    // "state <> 'delivered'" lets the planner walk sync_outbox_undelivered in id order and stop
    // at the limit. Sequence n+1 goes when n is delivered, or ready itself and above `afterId`
    // (then n is earlier in the batch: a visit's items are enqueued in order, so ids grow with
    // the sequence, and the LIMIT can cut a visit's run but never take n+1 without n).
    // Only the columns a batch needs: Qt converts every selected column of every row. The
    // payload as bytes: as text each went UTF-8 → UTF-16 (SQLite) → QString → UTF-8 again.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QSqlDatabase db = m_database.connection();
    const bool postgres = db.driverName() == QStringLiteral("QPSQL");
    QSqlQuery ready(db);
    ready.setForwardOnly(true);
    ready.prepare(
        QStringLiteral(
            "SELECT o.id, o.idempotency_key, o.visit_id, o.sequence, %1, o.state, o.attempts, "
            "o.created_ms FROM sync_outbox o WHERE o.origin = ? AND o.state <> 'delivered'"
            " AND o.state IN ('queued', 'failed') AND o.blocked = 0 AND o.next_attempt_ms <= ?"
            " AND o.id > ? AND NOT EXISTS (SELECT 1 FROM sync_outbox p WHERE p.visit_id = o.visit_id"
            " AND p.sequence < o.sequence AND p.state <> 'delivered' AND (p.id <= ? OR NOT"
            " (p.state IN ('queued', 'failed') AND p.blocked = 0 AND p.next_attempt_ms <= ?)))"
            " ORDER BY o.id LIMIT ?")
            .arg(postgres ? QStringLiteral("convert_to(o.payload, 'UTF8')")
                          : QStringLiteral("CAST(o.payload AS BLOB)")));
    ready.addBindValue(m_origin);
    ready.addBindValue(nowMs);
    ready.addBindValue(afterId);
    ready.addBindValue(afterId);
    ready.addBindValue(nowMs);
    ready.addBindValue(std::max(1, limit));
    if (!ready.exec())
        return dbError(ready, Access::Read);
    QList<OutboxItem> taken;
    while (ready.next()) {
        OutboxItem item;
        item.id = ready.value(0).toLongLong();
        item.idempotencyKey = ready.value(1).toString();
        item.visitId = ready.value(2).toString();
        item.sequence = ready.value(3).toLongLong();
        item.payload = ready.value(4).toByteArray();
        item.state = OutboxItem::stateFromName(ready.value(5).toString());
        item.attempts = ready.value(6).toInt();
        item.createdAt = fromMs(ready.value(7));
        taken << item;
    }
    return taken;
}

Result<int> Outbox::recoverSending() const
{
    QSqlQuery query(m_database.connection());
    // "state <> 'delivered'" spelled out: it lets the planner use sync_outbox_undelivered.
    query.prepare(QStringLiteral(
        "UPDATE sync_outbox SET state = 'queued' WHERE origin = ? AND state <> 'delivered' AND "
        "state = 'sending'"));
    query.addBindValue(m_origin);
    if (!query.exec())
        return dbError(query, Access::Write);
    const int recovered = query.numRowsAffected();
    if (recovered > 0)
        qCInfo(lcSync) << "outbox:" << recovered << "item(s) left sending by an earlier run are queued again";
    return recovered;
}

Status Outbox::record(const QList<Outcome>& outcomes, const QDateTime& now) const
{
    QSqlDatabase db = m_database.connection();
    return inWriteTransaction(db, [&]() -> Status {
        // The delivered items, most of a batch, in ONE statement: their (id, transaction id)
        // pairs are a JSON parameter joined in the database. One UPDATE per item cost the client
        // a quarter of a drain's CPU, mostly in binding values.
        QByteArray pairs = "[";
        for (const Outcome& outcome : outcomes) {
            if (outcome.kind != Outcome::Kind::Delivered)
                continue;
            if (pairs.size() > 1)
                pairs += ',';
            pairs += '[' + QByteArray::number(outcome.id) + ',' + jsonString(outcome.transactionId) + ']';
        }
        pairs += ']';
        if (pairs.size() > 2) {
            const bool postgres = db.driverName() == QStringLiteral("QPSQL");
            QSqlQuery delivered(db);
            delivered.prepare(
                QStringLiteral(
                    "UPDATE sync_outbox SET state = 'delivered', delivered_ms = ?, attempts = attempts + 1, "
                    "transaction_id = d.tx, last_error_code = NULL, last_error = NULL FROM (%1) AS d "
                    "WHERE sync_outbox.id = d.id")
                    .arg(postgres ? QStringLiteral("SELECT CAST(e ->> 0 AS bigint) AS id, e ->> 1 AS tx FROM "
                                                   "json_array_elements(CAST(? AS json)) AS e")
                                  : QStringLiteral(
                                        "SELECT value ->> 0 AS id, value ->> 1 AS tx FROM json_each(?)")));
            delivered.addBindValue(now.toMSecsSinceEpoch());
            delivered.addBindValue(QString::fromUtf8(pairs));
            if (!delivered.exec())
                return dbError(delivered, Access::Write);
        }
        QSqlQuery failed(db);
        failed.prepare(
            QStringLiteral("UPDATE sync_outbox SET state = 'failed', blocked = ?, next_attempt_ms = ?, "
                           "attempts = attempts + 1, last_error_code = ?, last_error = ? WHERE id = ? AND "
                           "state <> 'delivered'"));
        for (const Outcome& outcome : outcomes) {
            if (outcome.kind == Outcome::Kind::Delivered)
                continue;
            const bool refused = outcome.kind == Outcome::Kind::Refused;
            failed.bindValue(0, refused ? 1 : 0);
            failed.bindValue(1, refused || !outcome.nextAttemptAt.isValid()
                                    ? now.toMSecsSinceEpoch()
                                    : outcome.nextAttemptAt.toMSecsSinceEpoch());
            failed.bindValue(2, outcome.error.code);
            failed.bindValue(3, outcome.error.toString());
            failed.bindValue(4, outcome.id);
            if (!failed.exec())
                return dbError(failed, Access::Write);
        }
        return {};
    });
}

Status Outbox::resumeWaiting(const QDateTime& now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sync_outbox SET next_attempt_ms = ? WHERE origin = ? AND state <> "
                                 "'delivered' AND blocked = 0 AND next_attempt_ms > ?"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(m_origin);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return dbError(query, Access::Write);
    return {};
}

Result<std::optional<QDateTime>> Outbox::nextDue() const
{
    QSqlQuery query(m_database.connection());
    // Heads of visits only: an item behind a blocked one is not due, whatever its time says.
    query.prepare(
        QStringLiteral("SELECT MIN(o.next_attempt_ms) FROM sync_outbox o WHERE o.origin = ? AND "
                       "o.state <> 'delivered' AND o.state IN ('queued', 'failed') AND o.blocked = 0 AND NOT "
                       "EXISTS (SELECT 1 FROM "
                       "sync_outbox p WHERE p.visit_id = o.visit_id AND p.sequence < o.sequence AND "
                       "p.state <> 'delivered')"));
    query.addBindValue(m_origin);
    if (!query.exec() || !query.next())
        return dbError(query, Access::Read);
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(query.value(0)));
}

Status Outbox::retry(qint64 id, const QDateTime& now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'queued', blocked = 0, next_attempt_ms = ? "
                                 "WHERE id = ? AND origin = ? AND state <> 'delivered'"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(id);
    query.addBindValue(m_origin);
    if (!query.exec())
        return dbError(query, Access::Write);
    if (query.numRowsAffected() != 1)
        return makeError(QStringLiteral("sync.outbox.notFound"),
                         tr("There is no undelivered transaction %1 in the outbox.").arg(id),
                         QStringLiteral("sync_outbox"));
    qCInfo(lcSync) << "outbox item" << id << "released for another attempt";
    return {};
}

Result<int> Outbox::pendingCount() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE origin = ? AND state <> 'delivered'"));
    query.addBindValue(m_origin);
    if (!query.exec() || !query.next())
        return dbError(query, Access::Read);
    return query.value(0).toInt();
}

Result<OutboxCounts> Outbox::counts() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, blocked, COUNT(*) FROM sync_outbox WHERE origin = ? "
                                 "GROUP BY state, blocked"));
    query.addBindValue(m_origin);
    if (!query.exec())
        return dbError(query, Access::Read);
    OutboxCounts counts;
    while (query.next()) {
        const int n = query.value(2).toInt();
        switch (OutboxItem::stateFromName(query.value(0).toString())) {
        case OutboxState::Queued:
            counts.queued += n;
            break;
        case OutboxState::Sending:
            counts.sending += n;
            break;
        case OutboxState::Delivered:
            counts.delivered += n;
            break;
        case OutboxState::Failed:
            counts.failed += n;
            if (query.value(1).toInt() != 0)
                counts.blocked += n;
            break;
        }
    }
    return counts;
}

Result<QList<OutboxItem>> Outbox::items(const QList<OutboxState>& states, int limit, int offset) const
{
    QStringList names;
    for (OutboxState state : states)
        names << u'\'' + OutboxItem::stateName(state) + u'\'';
    QString where;
    if (!names.isEmpty()) {
        where = QStringLiteral("AND o.state IN (%1)").arg(names.join(u','));
        // Spelled out for undelivered states: it lets the planner walk sync_outbox_undelivered.
        if (!states.contains(OutboxState::Delivered))
            where.prepend(QStringLiteral("AND o.state <> 'delivered' "));
    }
    return select(where, {},
                  QStringLiteral("ORDER BY o.id DESC LIMIT %1 OFFSET %2")
                      .arg(std::max(1, limit))
                      .arg(std::max(0, offset)));
}

Result<OutboxItem> Outbox::item(qint64 id) const
{
    Result<QList<OutboxItem>> found = select(QStringLiteral("AND o.id = ?"), {id}, QString());
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(QStringLiteral("sync.outbox.notFound"),
                         tr("There is no transaction %1 in the outbox.").arg(id),
                         QStringLiteral("sync_outbox"));
    return found.value().constFirst();
}

} // namespace madoguchi::sync
