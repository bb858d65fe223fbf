#include "counter/VisitQueries.h"

#include "counter/CounterSchema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace madoguchi::counter {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

Error dbError(const QSqlQuery& query)
{
    return makeError(QStringLiteral("counter.visit.db"),
                     VisitQueries::tr("The queue could not be read: %1").arg(query.lastError().text()),
                     CounterSchema::visitsTable());
}

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

QString VisitQueries::queueWhere(const QString& counterId, const QueueScope& scope, QVariantList& values)
{
    values.clear();
    QString tickets;
    if (!scope.categoryIds.isEmpty()) {
        tickets = QStringLiteral("(state = 'waiting' AND category_id IN (%1)) OR ")
                      .arg(placeholders(scope.categoryIds.size()));
        for (const QString& id : scope.categoryIds)
            values << id;
    }
    QStringList handedOff{QStringLiteral("target_counter = ?")};
    values << counterId;
    if (!scope.departmentIds.isEmpty()) {
        handedOff
            << QStringLiteral("target_department IN (%1)").arg(placeholders(scope.departmentIds.size()));
        for (const QString& id : scope.departmentIds)
            values << id;
    }
    return QStringLiteral("(%1(state = 'handedOff' AND (%2)))")
        .arg(tickets, handedOff.join(QStringLiteral(" OR ")));
}

QString VisitQueries::servingWhere(const QString& counterId, QVariantList& values)
{
    QStringList states;
    for (VisitState state : VisitStates::all()) {
        if (VisitStates::isWorking(state))
            states << VisitStates::name(state);
    }
    values = QVariantList{counterId};
    for (const QString& state : std::as_const(states))
        values << state;
    return QStringLiteral("counter_id = ? AND state IN (%1)").arg(placeholders(states.size()));
}

Result<std::optional<QString>> VisitQueries::nextInQueue(QSqlDatabase db, const QString& counterId,
                                                         const QueueScope& scope)
{
    QVariantList values;
    const QString where = queueWhere(counterId, scope, values);
    // SQLite's write transaction holds the whole database already; PostgreSQL locks the row.
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT visit_id FROM counter_visits WHERE %1 ORDER BY %2 LIMIT 1%3")
            .arg(where, queueOrder(), postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
    for (const QVariant& value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QList<VisitTiming>> VisitQueries::timings(QSqlDatabase db, const QDate& day)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT visit_id, ticket_number, category_id, state, issued_ms, called_ms, closed_ms, "
                       "wait_seconds, service_seconds FROM counter_visits WHERE ticket_day = ? "
                       "ORDER BY issued_ms, ticket_seq"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return dbError(q);
    QList<VisitTiming> timings;
    while (q.next()) {
        VisitTiming timing;
        timing.visitId = q.value(0).toString();
        timing.ticketNumber = q.value(1).toString();
        timing.categoryId = q.value(2).toString();
        timing.state = VisitStates::fromName(q.value(3).toString()).value_or(VisitState::Waiting);
        timing.issuedAt = fromMs(q.value(4));
        timing.calledAt = fromMs(q.value(5));
        timing.closedAt = fromMs(q.value(6));
        timing.waitSeconds = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
        timing.serviceSeconds = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        timings << timing;
    }
    return timings;
}

} // namespace madoguchi::counter
