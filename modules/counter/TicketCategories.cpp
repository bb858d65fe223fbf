#include "counter/TicketCategories.h"

namespace madoguchi::counter {

const TicketCategory* TicketCategories::find(const QString& id) const
{
    for (const TicketCategory& category : m_categories) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

QueueScope TicketCategories::scopeFor(const QString& counterId, const QStringList& departmentIds) const
{
    QueueScope scope;
    scope.departmentIds = departmentIds;
    for (const TicketCategory& category : m_categories) {
        if (category.isServedBy(counterId, departmentIds))
            scope.categoryIds << category.id;
    }
    return scope;
}

} // namespace madoguchi::counter
