#include "counter/QueueService.h"

#include "counter/VisitStore.h"

namespace madoguchi::counter {

QueueService::QueueService(VisitStore& store, TicketCategories categories, QStringList departmentIds)
    : m_store(store)
    , m_categories(std::move(categories))
    , m_departmentIds(std::move(departmentIds))
{}

QueueScope QueueService::scopeFor(const QString& counterId) const
{
    return m_categories.scopeFor(counterId, m_departmentIds);
}

Result<Visit> QueueService::issueTicket(const QString& categoryId, const VisitActor& actor)
{
    const TicketCategory* category = m_categories.find(categoryId);
    if (!category)
        return makeError(QStringLiteral("queue.unknownCategory"),
                         tr("There is no ticket category \"%1\".").arg(categoryId),
                         QStringLiteral("categoryId"));
    return m_store.issueTicket(category->id, category->prefix, actor);
}

Result<std::optional<Visit>> QueueService::callNext(const VisitActor& actor)
{
    return m_store.callNext(actor, scopeFor(actor.counterId));
}

Result<Visit> QueueService::recall(const QString& visitId, const VisitActor& actor)
{
    return m_store.recall(visitId, actor);
}

Result<Visit> QueueService::skip(const QString& visitId, const VisitActor& actor)
{
    return m_store.skip(visitId, actor);
}

Result<Visit> QueueService::callAgain(const QString& visitId, const VisitActor& actor)
{
    return m_store.call(visitId, actor);
}

Result<QList<Visit>> QueueService::waiting(const QString& counterId) const
{
    return m_store.waiting(counterId, scopeFor(counterId));
}

} // namespace madoguchi::counter
