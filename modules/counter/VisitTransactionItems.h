#pragma once

#include "counter/ProcedureStatus.h"
#include "counter/VisitRecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace madoguchi::counter {

// The core API's TransactionItem objects a visit's steps produce (docs/api/openapi.yaml): what
// the outbox carries. None of them holds personal data: ids, codes, counts and amounts only.
class VisitTransactionItems
{
public:
    // {"kind": "visitStep", "step", "at", "detail"?}; `detail` flat (strings and integers).
    static QJsonObject visitStep(VisitEventKind step, const QDateTime& at, const QVariantMap& detail);
    // {"kind": "procedureRecorded", "procedureId", "status"}.
    static QJsonObject procedureRecorded(const QString& procedureId, ProcedureStatus status);
    // {"kind": "certificateRequested", "certificateType", "copies", "residentId"?, "feeYen"}.
    static QJsonObject certificateRequested(const VisitCertificate& certificate);
    // {"kind": "formAccepted", "formType", "residentId"?} for a printed and signed form.
    static QJsonObject formAccepted(const QString& formType, const QString& residentId);

    // The form type the core knows from a template name: "forms/jumin-ido-todoke" →
    // "jumin-ido-todoke". Empty when the rest is not 1-40 letters, digits or hyphens.
    static QString formTypeOf(const QString& templateName);
};

} // namespace madoguchi::counter
