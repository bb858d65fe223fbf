#pragma once

#include "counter/ProcedureStatus.h"
#include "counter/VisitEventKind.h"
#include "counter/VisitState.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace madoguchi::counter {

// The plain values a visit is made of. Part of Visit (Visit.h); other modules read them: the
// certificate module the certificates requested, the payment module the fees due.

// Who records a step and where: the signed-in staff member (StaffDirectory login) and the counter
// PC (Settings workstation/id).
struct VisitActor
{
    QString staffId;
    QString counterId;
};

// The queue ticket the visit began with: "A-001" is the first ticket of the day in the
// category whose prefix is A.
struct VisitTicket
{
    QString categoryId;
    QDate day; // the local day it was issued
    int sequence = 0;
    QString number;
};

// One line of the visit's checklist. `procedureId` is the catalog's id (resources/procedures).
// The note is free text for staff: stored encrypted, never sent to the core.
struct VisitProcedure
{
    QString procedureId;
    ProcedureStatus status = ProcedureStatus::Pending;
    QString note;

    bool operator==(const VisitProcedure& o) const
    {
        return procedureId == o.procedureId && status == o.status && note == o.note;
    }
};

// A certificate the citizen asked for, for the certificate module to issue. `residentId` is the
// core's id of the person it is about, empty when the core does not know them yet.
struct VisitCertificate
{
    QString certificateType; // e.g. "juminhyo", "inkan", "koseki-zenbu"
    int copies = 1;
    QString residentId;
    qint64 feeYen = 0; // for all copies

    bool operator==(const VisitCertificate& o) const
    {
        return certificateType == o.certificateType && copies == o.copies && residentId == o.residentId &&
               feeYen == o.feeYen;
    }
};

// A fee due for something other than a certificate (e.g. "inkan-card" for a seal-registration
// card), for the payment module to take.
struct VisitFee
{
    QString code;
    qint64 amountYen = 0;

    bool operator==(const VisitFee& o) const { return code == o.code && amountYen == o.amountYen; }
};

// One entry of the timeline. `detail` is flat (strings and integers) and holds no personal data:
// it is what the core receives as the visitStep's detail. `note` is free text (a hand-off note,
// a reason): stored encrypted, never sent to the core.
struct VisitEvent
{
    int sequence = 0; // 1, 2, 3 … within the visit
    QDateTime at;     // UTC
    QString staffId;
    QString counterId;
    VisitEventKind kind = VisitEventKind::TicketIssued;
    VisitState stateAfter = VisitState::Waiting;
    QVariantMap detail;
    QString note;
};

// A timeline entry as the timeline view shows it: the event and the staff member's display name
// (the login when the staff directory does not know it).
struct VisitTimelineEntry
{
    VisitEvent event;
    QString staffName;
};

// Wait and service times of one ticket, for reporting.
struct VisitTiming
{
    QString visitId;
    QString ticketNumber;
    QString categoryId;
    VisitState state = VisitState::Waiting;
    QDateTime issuedAt;
    QDateTime calledAt;         // the first call; invalid if never called
    QDateTime closedAt;         // invalid unless closed
    qint64 waitSeconds = -1;    // issued → first called; -1 if not called
    qint64 serviceSeconds = -1; // first called → closed; -1 if not closed
};

} // namespace madoguchi::counter
