#pragma once

#include "counter/CatalogText.h"
#include "counter/Condition.h"

#include <QList>
#include <QString>

namespace madoguchi::counter {

// A procedure as one life event lists it, with the condition under which this event needs it
// (on top of the procedure's own condition).
struct LifeEventListing
{
    QString procedureId;
    Condition condition;
    QString where; // "life-events.json:14: lifeEvents[0].procedures[2]"
};

// 転入, 出生, 死亡・おくやみ, ...: what the citizen tells the clerk, and the procedures it brings.
struct LifeEvent
{
    QString id; // "moveIn"
    CatalogText title;
    CatalogText description; // may be empty
    QList<LifeEventListing> procedures;
    QString where;
};

} // namespace madoguchi::counter
