#include "counter/SupportMeasureGuard.h"

#include "common/AuditLog.h"
#include "common/MyNumber.h"

namespace madoguchi::counter {

SupportMeasureGuard::SupportMeasureGuard(AuditLog& audit, const StaffDirectory& staff, QString workstationId)
    : m_audit(audit)
    , m_staff(staff)
    , m_workstationId(std::move(workstationId))
{}

SupportMeasureVerdict SupportMeasureGuard::rule(bool restricted, RequestKind kind,
                                                SupportMeasureAction action)
{
    if (!restricted)
        return SupportMeasureVerdict::Allowed;
    // The second screen faces the counter's waiting area: whoever asks, the address stays off it.
    if (action == SupportMeasureAction::CitizenViewDisplay)
        return SupportMeasureVerdict::Never;
    return kind == RequestKind::Self ? SupportMeasureVerdict::Allowed
                                     : SupportMeasureVerdict::NeedsSupervisor;
}

QString SupportMeasureGuard::actionName(SupportMeasureAction action)
{
    switch (action) {
    case SupportMeasureAction::AddressDisclosure:
        return QStringLiteral("addressDisclosure");
    case SupportMeasureAction::CertificateIssuance:
        return QStringLiteral("certificateIssuance");
    case SupportMeasureAction::CitizenViewDisplay:
        break;
    }
    return QStringLiteral("citizenViewDisplay");
}

QString SupportMeasureGuard::messageFor(SupportMeasureVerdict verdict, const SupportMeasureRequest& request)
{
    switch (verdict) {
    case SupportMeasureVerdict::Allowed:
        return request.restricted
                   ? tr("This resident is under a support measure (支援措置). The request is by the "
                        "person themself and may go ahead.")
                   : QString();
    case SupportMeasureVerdict::NeedsSupervisor:
        return tr("This resident is under a support measure (支援措置). A request by %1 is blocked unless a "
                  "supervisor authorises it with a reason.")
            .arg(RequestKinds::title(request.requestKind));
    case SupportMeasureVerdict::Never:
        break;
    }
    return tr("This resident is under a support measure (支援措置): the address is never shown on the "
              "citizen-facing "
              "screen.");
}

Status SupportMeasureGuard::audit(const SupportMeasureRequest& request, const StaffMember& clerk,
                                  const QString& decision, const QString& supervisorId)
{
    // Ids and codes only: the audit log must not become a second copy of the protected address.
    QString detail = QStringLiteral("decision=%1 action=%2 requestKind=%3")
                         .arg(decision, actionName(request.action), RequestKinds::name(request.requestKind));
    if (!request.visitId.isEmpty())
        detail += QStringLiteral(" visit=") + request.visitId;
    if (!supervisorId.isEmpty())
        detail += QStringLiteral(" supervisor=") + supervisorId;
    AuditEntry entry;
    entry.actor = clerk.login;
    entry.role = roleName(clerk.role);
    entry.workstation = m_workstationId;
    entry.action = QStringLiteral("supportMeasure.") + decision;
    entry.objectId = request.residentId;
    entry.detail = detail;
    return m_audit.append(entry);
}

Result<SupportMeasureDecision> SupportMeasureGuard::decide(const SupportMeasureRequest& request,
                                                           const StaffMember& clerk)
{
    SupportMeasureDecision decision;
    decision.verdict = rule(request.restricted, request.requestKind, request.action);
    decision.message = messageFor(decision.verdict, request);
    if (request.restricted) {
        const QString what = decision.verdict == SupportMeasureVerdict::Allowed ? QStringLiteral("allowed")
                                                                                : QStringLiteral("blocked");
        if (Status written = audit(request, clerk, what); !written)
            return written.error();
    }
    return decision;
}

Result<SupportMeasureDecision> SupportMeasureGuard::override(const SupportMeasureRequest& request,
                                                             const StaffMember& clerk,
                                                             const QString& supervisorId,
                                                             const QString& reason)
{
    SupportMeasureDecision decision;
    decision.verdict = rule(request.restricted, request.requestKind, request.action);
    decision.message = messageFor(decision.verdict, request);
    if (decision.verdict == SupportMeasureVerdict::Allowed)
        return decide(request, clerk);

    const auto refuse = [&](const Error& error) -> Result<SupportMeasureDecision> {
        if (Status written = audit(request, clerk, QStringLiteral("overrideRefused"), supervisorId); !written)
            return written.error();
        return error;
    };
    if (decision.verdict == SupportMeasureVerdict::Never)
        return refuse(makeError(QStringLiteral("counter.supportMeasure.never"), decision.message,
                                actionName(request.action)));
    if (reason.trimmed().isEmpty() || reason.size() > maxReasonLength)
        return refuse(makeError(
            QStringLiteral("counter.supportMeasure.invalid"),
            tr("A supervisor's authorisation needs a reason of at most %1 characters.").arg(maxReasonLength),
            QStringLiteral("reason")));
    if (MyNumber::containsCandidate(reason))
        return refuse(
            makeError(QStringLiteral("counter.supportMeasure.invalid"),
                      tr("A My Number (or another 12-digit number) must not be written into the reason."),
                      QStringLiteral("reason")));
    const Result<StaffMember> supervisor = m_staff.find(supervisorId);
    if (!supervisor || !roleAtLeast(supervisor.value().role, Role::Supervisor))
        return refuse(
            makeError(QStringLiteral("counter.supportMeasure.notSupervisor"),
                      tr("Only a member of staff with the supervisor role can authorise this request."),
                      QStringLiteral("supervisorId")));
    // Four eyes: the clerk serving the request cannot authorise it, even as a supervisor.
    if (supervisor.value().login == clerk.login)
        return refuse(makeError(QStringLiteral("counter.supportMeasure.notSupervisor"),
                                tr("Another supervisor must authorise this request, not the one serving it."),
                                QStringLiteral("supervisorId")));
    if (Status written = audit(request, clerk, QStringLiteral("overridden"), supervisor.value().login);
        !written)
        return written.error();
    decision.overridden = true;
    decision.supervisorId = supervisor.value().login;
    return decision;
}

} // namespace madoguchi::counter
