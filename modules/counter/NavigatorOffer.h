#pragma once

#include "counter/ConditionTerm.h"
#include "counter/Procedure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::counter {

enum class OfferState {
    Offered,      // its condition holds (or it has none)
    AskFirst,     // its condition depends on facts nobody has given yet
    NotApplicable // its condition does not hold
};

// A procedure as the navigator offers it for the life events of a visit.
struct OfferedProcedure
{
    Procedure procedure;
    QStringList lifeEvents; // the events asked for that list it, in the order asked
    OfferState state = OfferState::Offered;
    // Offered: the comparisons that made its condition hold (none: offered without condition).
    // NotApplicable: the comparisons that made it fail. Each term reads true as stated.
    QList<ConditionTerm> reasons;
    // AskFirst: the facts to answer before it can be offered or dropped.
    QStringList questions;
};

// The navigator's answer: the procedures to do (offered and ask-first, in the order the events
// list them, each once), those that do not apply, and the questions still open.
struct NavigatorOffer
{
    QList<OfferedProcedure> procedures;
    QList<OfferedProcedure> notApplicable;
    QStringList questions; // facts to answer, each once, in the order the procedures need them

    QList<OfferedProcedure> inState(OfferState state) const
    {
        QList<OfferedProcedure> result;
        for (const OfferedProcedure& offered : procedures) {
            if (offered.state == state)
                result.append(offered);
        }
        return result;
    }
    // The ids of `procedures` (offered and ask-first), in order.
    QStringList procedureIds() const
    {
        QStringList ids;
        for (const OfferedProcedure& offered : procedures)
            ids << offered.procedure.id;
        return ids;
    }
};

} // namespace madoguchi::counter
