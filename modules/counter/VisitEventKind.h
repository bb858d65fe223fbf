#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::counter {

// What one entry of a visit's timeline records. Each is one step written together with its
// outbox transaction; its name is the `step` of the core API's visitStep item.
enum class VisitEventKind {
    TicketIssued,
    Called,
    Recalled,
    Skipped,
    Identified,
    ProceduresChosen,
    ProcedureUpdated,
    FormsPrinted,
    FeesRecorded,
    CertificatesRequested,
    HandedOff,
    Closed,
    Cancelled,
    SupportMeasureOverride,
    LifeEventsChosen,
};

class VisitEventKinds
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitEventKinds)

public:
    static QList<VisitEventKind> all();
    // "ticketIssued", "called", "recalled", "skipped", "identified", "proceduresChosen",
    // "procedureUpdated", "formsPrinted", "feesRecorded", "certificatesRequested", "handedOff",
    // "closed", "cancelled", "supportMeasureOverride", "lifeEventsChosen".
    static QString name(VisitEventKind kind);
    static std::optional<VisitEventKind> fromName(const QString& name);
    // For the timeline: "Ticket issued", "Called", ...
    static QString title(VisitEventKind kind);
    // Whether the step goes to the core (as a visitStep item). A supervisor's authorisation
    // under a support measure stays local: the timeline and the audit log hold it. So do the
    // life events chosen: the counter's own working state (the core API has no such step; the
    // procedures they lead to reach the core with proceduresChosen).
    static bool isSentToCore(VisitEventKind kind)
    {
        return kind != VisitEventKind::SupportMeasureOverride && kind != VisitEventKind::LifeEventsChosen;
    }
};

} // namespace madoguchi::counter
