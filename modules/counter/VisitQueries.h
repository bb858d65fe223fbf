#pragma once

#include "common/Result.h"
#include "counter/QueueScope.h"
#include "counter/VisitRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace madoguchi::counter {

// The SQL that selects visits for the queue and for a restart, and the wait and service times
// for reporting. Errors: counter.visit.db.
class VisitQueries
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitQueries)

public:
    // The WHERE clause (on counter_visits) of the visits waiting in `scope` for `counterId`, with
    // its bound values; queueOrder() lists them oldest first.
    static QString queueWhere(const QString& counterId, const QueueScope& scope, QVariantList& values);
    static QString queueOrder() { return QStringLiteral("queued_ms, ticket_day, ticket_seq"); }
    // The WHERE clause of the visits `counterId` is serving.
    static QString servingWhere(const QString& counterId, QVariantList& values);

    // The oldest visit waiting in `scope`, locked for this transaction on PostgreSQL (rows another
    // counter is calling right now are skipped, not waited for).
    static Result<std::optional<QString>> nextInQueue(QSqlDatabase db, const QString& counterId,
                                                      const QueueScope& scope);
    static Result<QList<VisitTiming>> timings(QSqlDatabase db, const QDate& day);
};

} // namespace madoguchi::counter
