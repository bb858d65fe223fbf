#pragma once

#include "common/AuditLog.h"
#include "common/Result.h"
#include "common/StaffDirectory.h"
#include "documents/Document.h"
#include "documents/FontCatalog.h"
#include "documents/VariantApprover.h"
#include "documents/VariationSequence.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace madoguchi {

// The one way out for documents with residents' data: checks every variation sequence against
// the font that draws it, asks VariantApprover when any is not registered (it would print as
// the base glyph), writes the decision and every export to the audit log, and only then
// writes the PDF. Refused or invalid approval: an error value and no bytes.
//
// Audit actions: "document.variantApproved", "document.variantRefused", "document.export".
// The audit detail names the sequences as code points (never the name itself) and the reason.
class PrintGate
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::PrintGate)

public:
    // `audit` and `approver` must outlive the gate; the gate must outlive a pending approval.
    PrintGate(std::shared_ptr<FontCatalog> fonts, AuditLog& audit, VariantApprover& approver,
              QString workstation = {});

    // Every sequence of the document, checked against the font of the role that draws it.
    Result<VariantReport> check(const Document& document) const;

    // Calls `done` with the PDF bytes, or with an error: documents.approvalRefused,
    // documents.approvalInvalid (approver is no supervisor, approves their own request, or gave
    // no reason), the audit log's error (nothing is printed when it cannot be recorded), or
    // PdfWriter's errors. `done` runs once, maybe before exportPdf() returns.
    void exportPdf(const Document& document, const StaffMember& clerk,
                   std::function<void(Result<QByteArray>)> done);
    // The same, writing `path` only on success (nothing is created otherwise).
    void exportFile(const Document& document, const StaffMember& clerk, const QString& path,
                    std::function<void(Status)> done);

private:
    Status audit(const StaffMember& actor, const QString& action, const QString& objectId,
                 const QString& detail);
    Status checkDecision(const ApprovalDecision& decision, const StaffMember& clerk) const;
    Result<QByteArray> writeAudited(const Document& document, const StaffMember& clerk,
                                    const QString& approvalNote);

    std::shared_ptr<FontCatalog> m_fonts;
    AuditLog& m_audit;
    VariantApprover& m_approver;
    QString m_workstation;
};

} // namespace madoguchi
