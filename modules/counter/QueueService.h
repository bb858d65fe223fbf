#pragma once

#include "common/Result.h"
#include "counter/TicketCategories.h"
#include "counter/Visit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::counter {

class VisitStore;

// The queue as a counter sees it: tickets issued by category (numbered per category and day,
// "A-001"), called oldest first from the categories this counter serves and the visits handed
// off to it or its departments, called again, skipped. Wait and service times are recorded on
// each visit by VisitStore (timings()). Errors: queue.unknownCategory, and VisitStore's.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::QueueService)

public:
    // `departmentIds`: the departments this counter works for (hand-offs to them reach it).
    QueueService(VisitStore& store, TicketCategories categories, QStringList departmentIds = {});

    const TicketCategories& categories() const { return m_categories; }
    QueueScope scopeFor(const QString& counterId) const;

    Result<Visit> issueTicket(const QString& categoryId, const VisitActor& actor);
    // Nothing when no one waits for this counter.
    Result<std::optional<Visit>> callNext(const VisitActor& actor);
    Result<Visit> recall(const QString& visitId, const VisitActor& actor);
    Result<Visit> skip(const QString& visitId, const VisitActor& actor);
    // A skipped ticket whose person came after all.
    Result<Visit> callAgain(const QString& visitId, const VisitActor& actor);
    // Who waits for `counterId`, oldest first.
    Result<QList<Visit>> waiting(const QString& counterId) const;

private:
    VisitStore& m_store;
    TicketCategories m_categories;
    QStringList m_departmentIds;
};

} // namespace madoguchi::counter
