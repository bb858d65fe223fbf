#pragma once

#include "counter/QueueScope.h"
#include "counter/TicketCategory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::counter {

// The ticket categories a ward uses, as TicketCategoryLoader read and checked them.
class TicketCategories
{
public:
    TicketCategories() = default;
    explicit TicketCategories(QList<TicketCategory> categories)
        : m_categories(std::move(categories))
    {}

    const QList<TicketCategory>& all() const { return m_categories; }
    bool isEmpty() const { return m_categories.isEmpty(); }
    // nullptr when there is no category `id`.
    const TicketCategory* find(const QString& id) const;
    // What `counterId` (working for `departmentIds`) calls: the categories it serves, and visits
    // handed off to it or to those departments.
    QueueScope scopeFor(const QString& counterId, const QStringList& departmentIds) const;

private:
    QList<TicketCategory> m_categories;
};

} // namespace madoguchi::counter
