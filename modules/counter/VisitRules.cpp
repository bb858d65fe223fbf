#include "counter/VisitRules.h"

namespace madoguchi::counter {

namespace {

QString where(const Visit& visit)
{
    return QStringLiteral("%1 (%2)").arg(visit.ticket.number, VisitStates::name(visit.state));
}

Error refused(const Visit& visit, const QString& message)
{
    return makeError(QStringLiteral("counter.visit.refused"), message, where(visit));
}

// The state a step moves a served visit to: the step's own state, unless it is already further.
VisitState atLeast(const Visit& visit, VisitState step)
{
    return VisitStates::rank(visit.state) >= VisitStates::rank(step) ? visit.state : step;
}

} // namespace

Result<VisitState> VisitRules::next(const Visit& visit, VisitEventKind kind, const VisitActor& actor)
{
    const QString& ticket = visit.ticket.number;
    if (visit.state == VisitState::Closed)
        return refused(visit, tr("Visit %1 is closed: nothing more can be recorded on it.").arg(ticket));
    if (visit.state == VisitState::Cancelled)
        return refused(visit, tr("Visit %1 was cancelled: nothing more can be recorded on it.").arg(ticket));
    if (kind == VisitEventKind::TicketIssued)
        return refused(visit, tr("Visit %1 already has its ticket.").arg(ticket));

    const bool working = VisitStates::isWorking(visit.state);
    // A served visit belongs to its counter: a second PC must not act on it behind its back.
    if (working && actor.counterId != visit.counterId) {
        return makeError(
            QStringLiteral("counter.visit.otherCounter"),
            tr("Visit %1 is being served at %2, not at this counter.").arg(ticket, visit.counterId),
            where(visit));
    }

    switch (kind) {
    case VisitEventKind::TicketIssued:
        break;
    case VisitEventKind::Called:
        if (visit.state == VisitState::Waiting || visit.state == VisitState::Skipped)
            return VisitStates::isWorking(visit.progress) ? visit.progress : VisitState::Called;
        if (visit.state == VisitState::HandedOff)
            return VisitStates::isWorking(visit.progress) ? visit.progress : VisitState::Called;
        return refused(
            visit,
            tr("Ticket %1 is already being served; it cannot be called again from the queue.").arg(ticket));
    case VisitEventKind::Recalled:
    case VisitEventKind::Skipped:
        if (visit.state != VisitState::Called)
            return refused(visit, kind == VisitEventKind::Recalled
                                      ? tr("Only a ticket that was called and has not come yet can be called "
                                           "again; ticket %1 is not waiting for its call.")
                                            .arg(ticket)
                                      : tr("Only a ticket that was called and has not come can be skipped; "
                                           "ticket %1 is not waiting for its call.")
                                            .arg(ticket));
        return kind == VisitEventKind::Recalled ? VisitState::Called : VisitState::Skipped;
    case VisitEventKind::Identified:
        if (visit.isIdentified())
            return refused(visit, tr("The person of visit %1 is already identified.").arg(ticket));
        if (visit.state != VisitState::Called)
            return refused(visit, tr("Call ticket %1 before identifying the person.").arg(ticket));
        return VisitState::Identified;
    case VisitEventKind::ProceduresChosen:
    case VisitEventKind::FeesRecorded:
    case VisitEventKind::CertificatesRequested:
    case VisitEventKind::FormsPrinted: {
        if (!working)
            return refused(visit, tr("Call ticket %1 before recording this step.").arg(ticket));
        if (!visit.isIdentified())
            return refused(visit, tr("Identify the person of visit %1 first.").arg(ticket));
        if (kind == VisitEventKind::FormsPrinted && visit.procedures.isEmpty())
            return refused(visit,
                           tr("Choose the procedures of visit %1 before printing its forms.").arg(ticket));
        const VisitState step = kind == VisitEventKind::ProceduresChosen ? VisitState::ProceduresChosen
                                : kind == VisitEventKind::FormsPrinted   ? VisitState::FormsPrinted
                                : kind == VisitEventKind::FeesRecorded   ? VisitState::FeesRecorded
                                                                         : VisitState::CertificatesRequested;
        return atLeast(visit, step);
    }
    case VisitEventKind::ProcedureUpdated:
        if (!working)
            return refused(visit, tr("Call ticket %1 before recording this step.").arg(ticket));
        if (visit.procedures.isEmpty())
            return refused(visit, tr("Visit %1 has no procedures chosen yet.").arg(ticket));
        return visit.state;
    case VisitEventKind::HandedOff:
        if (!working)
            return refused(visit,
                           tr("Only a visit being served can be handed off; ticket %1 is not.").arg(ticket));
        return VisitState::HandedOff;
    case VisitEventKind::Closed:
        if (!working)
            return refused(visit, tr("Only a visit being served at this counter can be closed; ticket %1 is "
                                     "not. Cancel it instead, with a reason.")
                                      .arg(ticket));
        if (!visit.isIdentified())
            return refused(visit, tr("Visit %1 has no identified person: it can only be cancelled, with a "
                                     "reason.")
                                      .arg(ticket));
        if (const int pending = visit.pendingProcedureCount(); pending > 0)
            return refused(visit, tr("Visit %1 still has %n pending procedure(s): mark each done, not needed "
                                     "or handed off, or cancel the visit with a reason.",
                                     nullptr, pending)
                                      .arg(ticket));
        return VisitState::Closed;
    case VisitEventKind::Cancelled:
        return VisitState::Cancelled;
    case VisitEventKind::SupportMeasureOverride:
    case VisitEventKind::LifeEventsChosen:
        if (!working)
            return refused(visit, tr("Call ticket %1 before recording this step.").arg(ticket));
        return visit.state;
    }
    return refused(visit, tr("This step is not known."));
}

} // namespace madoguchi::counter
