#pragma once

#include "common/Result.h"
#include "counter/NavigatorOffer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi::counter {

class ProcedureCatalog;
class VisitFacts;

// The life-event navigator: which procedures of the catalog the events a citizen names bring,
// given the facts of the visit. Pure logic over the catalog; no I/O, no state.
class Navigator
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::Navigator)

public:
    // `catalog` must outlive the navigator.
    explicit Navigator(const ProcedureCatalog& catalog);

    // A procedure listed by several of the events appears once, where it is first listed; it
    // is offered when any listing's condition holds together with the procedure's own
    // condition, asked first when none holds but one is still unknown, and not applicable
    // otherwise. Error counter.unknownLifeEvent for an id the catalog does not have.
    Result<NavigatorOffer> offer(const QStringList& lifeEventIds, const VisitFacts& facts) const;

    // The reasons of an offered procedure for people, one line a term, with the catalog's
    // labels ("Age ≥ 75 (80)").
    QStringList describeReasons(const OfferedProcedure& offered, const QString& language) const;

private:
    const ProcedureCatalog& m_catalog;
};

} // namespace madoguchi::counter
