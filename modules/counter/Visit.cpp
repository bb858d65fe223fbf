#include "counter/Visit.h"

namespace madoguchi::counter {

qint64 Visit::feesDueYen() const
{
    qint64 sum = 0;
    for (const VisitCertificate& certificate : certificates)
        sum += certificate.feeYen;
    for (const VisitFee& fee : fees)
        sum += fee.amountYen;
    return sum;
}

int Visit::pendingProcedureCount() const
{
    int pending = 0;
    for (const VisitProcedure& procedure : procedures) {
        if (!ProcedureStatuses::isSettled(procedure.status))
            ++pending;
    }
    return pending;
}

const VisitProcedure* Visit::procedure(const QString& procedureId) const
{
    for (const VisitProcedure& procedure : procedures) {
        if (procedure.procedureId == procedureId)
            return &procedure;
    }
    return nullptr;
}

std::optional<qint64> Visit::waitSeconds() const
{
    if (!issuedAt.isValid() || !firstCalledAt.isValid())
        return std::nullopt;
    return issuedAt.secsTo(firstCalledAt);
}

std::optional<qint64> Visit::serviceSeconds() const
{
    if (!firstCalledAt.isValid() || !closedAt.isValid() || state != VisitState::Closed)
        return std::nullopt;
    return firstCalledAt.secsTo(closedAt);
}

} // namespace madoguchi::counter
