#pragma once

#include "common/Result.h"
#include "counter/Visit.h"

#include <QCoreApplication>

namespace madoguchi::counter {

// The state machine of a visit: which step may follow which, and the state it leads to.
//
// - call: a Waiting, HandedOff or Skipped visit → Called, or, for a visit that had got further
//   before a hand-off or skip, back to where it stood (its progress);
// - recall, skip: a Called visit (skip → Skipped);
// - identify: a Called visit that is not identified yet → Identified;
// - procedures chosen, fees recorded, certificates requested: an identified visit being served;
//   the state moves to that step unless the visit is already further (a step may be repeated);
// - forms printed: as above, and only after procedures were chosen;
// - procedure updated: a visit being served that has a checklist; the state stays;
// - hand off: a visit being served → HandedOff (its progress is kept);
// - close: an identified visit being served, with no procedure pending → Closed. An
//   unidentified visit, or one with pending procedures, can only be cancelled;
// - cancel: any visit not closed or cancelled yet → Cancelled (the reason is checked by the store);
// - a supervisor's support-measure authorisation: a visit being served; the state stays.
// A visit being served may only be changed from the counter serving it. Closed and Cancelled
// are final. Refusals are errors with code counter.visit.refused (or counter.visit.otherCounter)
// and a message that says what to do instead; `where` names the ticket and the state.
class VisitRules
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitRules)

public:
    static Result<VisitState> next(const Visit& visit, VisitEventKind kind, const VisitActor& actor);
};

} // namespace madoguchi::counter
