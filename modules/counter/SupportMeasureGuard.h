#pragma once

#include "common/Result.h"
#include "common/StaffDirectory.h"
#include "counter/SupportMeasureDecision.h"

#include <QCoreApplication>
#include <QString>

namespace madoguchi {
class AuditLog;
}

namespace madoguchi::counter {

// Enforces the support measure (支援措置) at the counter, which existing products leave to the
// clerk's memory. For a restricted resident:
//   - the citizen-facing view never shows the address (Never, whoever asks);
//   - the person themself (本人) may be told their address and get their certificates;
//   - an agent, a third party or an official request needs a supervisor, who authorises it with
//     a reason (NeedsSupervisor) — a different member of staff with the supervisor role.
// Nothing is restricted for other residents.
//
// Every decision about a restricted resident — allowed, blocked, overridden, an override refused
// — is written to the audit log with the resident id as the object and the decision, the action,
// the request kind, the visit and the supervisor as detail: no name, no address, no reason text
// (a reason is free text and may name people; record it on the visit with
// VisitStore::recordSupportMeasureOverride). If the audit record cannot be written the guard
// fails closed: the error is returned and nothing is allowed.
//
// Errors: counter.supportMeasure.never, counter.supportMeasure.notSupervisor,
// counter.supportMeasure.invalid (no reason, a My Number in it), audit.* from the audit log.
class SupportMeasureGuard
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::SupportMeasureGuard)

public:
    SupportMeasureGuard(AuditLog& audit, const StaffDirectory& staff, QString workstationId);

    // The rule alone, without audit.
    static SupportMeasureVerdict rule(bool restricted, RequestKind kind, SupportMeasureAction action);
    static QString actionName(
        SupportMeasureAction action); // "addressDisclosure", "certificateIssuance", "citizenViewDisplay"

    Result<SupportMeasureDecision> decide(const SupportMeasureRequest& request, const StaffMember& clerk);
    // A supervisor's authorisation of a NeedsSupervisor request. `supervisorId` is the login of
    // the supervisor, who has just confirmed their password on the clerk's screen.
    Result<SupportMeasureDecision> override(const SupportMeasureRequest& request, const StaffMember& clerk,
                                            const QString& supervisorId, const QString& reason);

    static constexpr int maxReasonLength = 500;

private:
    Status audit(const SupportMeasureRequest& request, const StaffMember& clerk, const QString& decision,
                 const QString& supervisorId = {});
    static QString messageFor(SupportMeasureVerdict verdict, const SupportMeasureRequest& request);

    AuditLog& m_audit;
    const StaffDirectory& m_staff;
    QString m_workstationId;
};

} // namespace madoguchi::counter
