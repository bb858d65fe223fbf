#pragma once

#include <QString>
#include <QStringList>

namespace madoguchi::counter {

// One kind of queue ticket (resources/queue/ticket-categories.json): "A" tickets for resident
// certificates, "B" for moving in and out, … Which counters call it: the counters listed, and
// every counter of the departments listed.
struct TicketCategory
{
    QString id;     // e.g. "juminhyo"
    QString prefix; // one capital letter, unique among the categories: "A"
    QString titleJa;
    QString titleEn;
    QStringList counters;    // counter ids (Settings workstation/id)
    QStringList departments; // department ids, as hand-offs name them

    // The title in `language` ("ja"; anything else gives English).
    QString title(const QString& language) const
    {
        return language.startsWith(QLatin1String("ja")) ? titleJa : titleEn;
    }
    bool isServedBy(const QString& counterId, const QStringList& departmentIds) const
    {
        if (counters.contains(counterId))
            return true;
        for (const QString& department : departmentIds) {
            if (departments.contains(department))
                return true;
        }
        return false;
    }
};

} // namespace madoguchi::counter
