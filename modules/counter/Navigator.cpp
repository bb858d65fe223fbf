#include "counter/Navigator.h"

#include "counter/ProcedureCatalog.h"
#include "counter/VisitFacts.h"

#include <QHash>

namespace madoguchi::counter {

namespace {

// Offered beats AskFirst beats NotApplicable when a procedure is listed by several events.
int rank(OfferState state)
{
    switch (state) {
    case OfferState::Offered:
        return 2;
    case OfferState::AskFirst:
        return 1;
    case OfferState::NotApplicable:
        break;
    }
    return 0;
}

OfferState stateOf(Truth truth)
{
    switch (truth) {
    case Truth::True:
        return OfferState::Offered;
    case Truth::Unknown:
        return OfferState::AskFirst;
    case Truth::False:
        break;
    }
    return OfferState::NotApplicable;
}

void appendNew(QStringList& into, const QStringList& more)
{
    for (const QString& item : more) {
        if (!into.contains(item))
            into.append(item);
    }
}

} // namespace

Navigator::Navigator(const ProcedureCatalog& catalog)
    : m_catalog(catalog)
{}

Result<NavigatorOffer> Navigator::offer(const QStringList& lifeEventIds, const VisitFacts& facts) const
{
    QList<OfferedProcedure> merged;
    QHash<QString, int> positions;
    for (const QString& eventId : lifeEventIds) {
        const LifeEvent* event = m_catalog.lifeEvent(eventId);
        if (!event) {
            return makeError(QStringLiteral("counter.unknownLifeEvent"),
                             tr("The procedure catalog has no life event \"%1\".").arg(eventId));
        }
        for (const LifeEventListing& listing : event->procedures) {
            const Procedure* procedure = m_catalog.procedure(listing.procedureId);
            if (!procedure)
                continue; // a loaded catalog has checked every listing
            const ConditionOutcome outcome =
                Condition::all({procedure->condition, listing.condition}).evaluate(facts);
            OfferedProcedure candidate;
            candidate.procedure = *procedure;
            candidate.lifeEvents = {eventId};
            candidate.state = stateOf(outcome.truth);
            candidate.reasons = outcome.terms;
            candidate.questions = outcome.missing;

            const auto known = positions.constFind(procedure->id);
            if (known == positions.constEnd()) {
                positions.insert(procedure->id, int(merged.size()));
                merged.append(candidate);
                continue;
            }
            OfferedProcedure& existing = merged[known.value()];
            appendNew(existing.lifeEvents, candidate.lifeEvents);
            if (rank(candidate.state) > rank(existing.state)) {
                candidate.lifeEvents = existing.lifeEvents;
                existing = candidate;
            } else if (candidate.state == OfferState::AskFirst && existing.state == OfferState::AskFirst) {
                appendNew(existing.questions, candidate.questions);
            }
        }
    }

    NavigatorOffer result;
    for (const OfferedProcedure& offered : std::as_const(merged)) {
        if (offered.state == OfferState::NotApplicable) {
            result.notApplicable.append(offered);
            continue;
        }
        result.procedures.append(offered);
        appendNew(result.questions, offered.questions);
    }
    return result;
}

QStringList Navigator::describeReasons(const OfferedProcedure& offered, const QString& language) const
{
    QStringList lines;
    for (const ConditionTerm& term : offered.reasons)
        lines << term.describe(m_catalog.fact(term.fact), language);
    return lines;
}

} // namespace madoguchi::counter
