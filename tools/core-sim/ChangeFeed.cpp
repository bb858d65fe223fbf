#include "ChangeFeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::coresim {

namespace {

Error databaseError(const QSqlQuery& query, const QString& what)
{
    return makeError(QStringLiteral("internal"),
                     QStringLiteral("Database error in %1: %2").arg(what, query.lastError().text()));
}

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QStringLiteral("QPSQL");
}

} // namespace

ChangeFeed::ChangeFeed(const Database& database)
    : m_database(database)
{}

QString ChangeFeed::now()
{
    return QDateTime::currentDateTime()
        .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
        .toString(Qt::ISODate);
}

QString ChangeFeed::cursorFor(qint64 id)
{
    return QStringLiteral("c%1").arg(id, 20, 10, QLatin1Char('0'));
}

std::optional<qint64> ChangeFeed::parseCursor(const QString& cursor)
{
    static const QRegularExpression shape(QStringLiteral("^c\\d{20}$"));
    if (!shape.match(cursor).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 id = cursor.mid(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

Status ChangeFeed::recordResidentUpdate(QSqlDatabase db, const QString& residentId, const QString& kind)
{
    QSqlQuery q(db);
    if (isPostgres(db) && !q.exec(QStringLiteral("LOCK TABLE cs_changes IN EXCLUSIVE MODE")))
        return databaseError(q, QStringLiteral("locking the changes feed"));
    const QString at = now();
    q.prepare(QStringLiteral(
        "UPDATE cs_residents SET version = version + 1, updated_at = ? WHERE resident_id = ?"));
    q.addBindValue(at);
    q.addBindValue(residentId);
    if (!q.exec())
        return databaseError(q, QStringLiteral("updating a resident"));
    q.prepare(QStringLiteral("INSERT INTO cs_changes (resident_id, kind, at) VALUES (?, ?, ?)"));
    q.addBindValue(residentId);
    q.addBindValue(kind);
    q.addBindValue(at);
    if (!q.exec())
        return databaseError(q, QStringLiteral("recording a change"));
    return {};
}

Result<QJsonObject> ChangeFeed::page(const QString& since, int limit)
{
    qint64 after = 0;
    if (!since.isEmpty()) {
        const std::optional<qint64> parsed = parseCursor(since);
        if (!parsed) {
            return makeError(QStringLiteral("validation-error"),
                             QStringLiteral("since is not a cursor this server handed out"),
                             QStringLiteral("since"));
        }
        after = *parsed;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, resident_id, kind, at FROM cs_changes WHERE id > ? ORDER BY id LIMIT %1")
            .arg(limit + 1));
    q.addBindValue(after);
    if (!q.exec())
        return databaseError(q, QStringLiteral("reading the changes feed"));
    QJsonArray changes;
    bool more = false;
    QString next = since.isEmpty() ? cursorFor(0) : since;
    while (q.next()) {
        if (changes.size() == limit) {
            more = true;
            break;
        }
        next = cursorFor(q.value(0).toLongLong());
        changes.append(QJsonObject{{QStringLiteral("cursor"), next},
                                   {QStringLiteral("residentId"), q.value(1).toString()},
                                   {QStringLiteral("kind"), q.value(2).toString()},
                                   {QStringLiteral("at"), q.value(3).toString()}});
    }
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("nextCursor"), next},
                       {QStringLiteral("hasMore"), more}};
}

Result<QString> ChangeFeed::latestCursor()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM cs_changes")) || !q.next())
        return databaseError(q, QStringLiteral("reading the changes feed"));
    return cursorFor(q.value(0).isNull() ? 0 : q.value(0).toLongLong());
}

Status ChangeFeed::simulateUpdate(quint32 randomValue, WriteLock& writeLock)
{
    QSqlDatabase db = m_database.connection();
    const auto writing = writeLock.acquire(db);
    return inWriteTransaction(db, [&]() -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cs_residents")) || !q.next())
            return databaseError(q, QStringLiteral("counting residents"));
        const qint64 count = q.value(0).toLongLong();
        if (count == 0)
            return {};
        q.prepare(
            QStringLiteral("SELECT resident_id FROM cs_residents ORDER BY resident_id LIMIT 1 OFFSET %1")
                .arg(qint64(randomValue) % count));
        if (!q.exec() || !q.next())
            return databaseError(q, QStringLiteral("picking a resident"));
        const QString residentId = q.value(0).toString();
        q.finish();
        return recordResidentUpdate(db, residentId, QStringLiteral("updated"));
    });
}

} // namespace madoguchi::coresim
