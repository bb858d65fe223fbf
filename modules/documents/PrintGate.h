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

class QObject;
class QThreadPool;

namespace madoguchi {

// The one way out for documents with residents' data: checks every variation sequence against
// the font that draws it, asks VariantApprover when any is not registered (it would print as
// the base glyph), writes the decision and every export to the audit log, and only then
// writes the PDF. Refused or invalid approval: an error value and no bytes.
//
// Audit actions: "document.variantApproved", "document.variantRefused", "document.export".
// The audit detail names the sequences as code points (never the name itself) and the reason.
//
// The check and the PDF are made on a worker thread (BackgroundPdfWriter says why that is safe);
// the approval, the audit records and the answer happen on the thread that made the gate, which
// owns that thread's audit database connection. The PDF is drawn before the approval is asked
// for, so that an approved document is handed out at once; a refused one is dropped unseen.
class PrintGate
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::PrintGate)

public:
    // `audit` and `approver` must outlive the gate; the gate must outlive a pending approval.
    // Use the gate on the thread that makes it. `pool`: where PDFs are drawn; Qt's global pool
    // when null (it must outlive the gate).
    PrintGate(std::shared_ptr<FontCatalog> fonts, AuditLog& audit, VariantApprover& approver,
              QString workstation = {}, QThreadPool* pool = nullptr);
    ~PrintGate();
    PrintGate(const PrintGate&) = delete;
    PrintGate& operator=(const PrintGate&) = delete;

    // Every sequence of the document, checked against the font of the role that draws it.
    Result<VariantReport> check(const Document& document) const;
    // The same for any thread (the worker's check).
    static Result<VariantReport> check(const FontCatalog& fonts, const Document& document);

    // Calls `done` with the PDF bytes, or with an error: the font errors of the check,
    // PdfWriter's errors (a document that cannot be drawn is reported without asking for
    // approval), documents.approvalRefused, documents.approvalInvalid (approver is no
    // supervisor, approves their own request, or gave no reason), the audit log's error (nothing
    // is handed out when it cannot be recorded). `done` runs once, on this thread, always after
    // exportPdf() returned (the PDF is drawn on a worker thread); not at all when the gate is
    // destroyed before (then nothing is recorded and nothing handed out).
    void exportPdf(const Document& document, const StaffMember& clerk,
                   std::function<void(Result<QByteArray>)> done);
    // The same, writing `path` only on success (nothing is created otherwise), also on a worker
    // thread, after the export was recorded.
    void exportFile(const Document& document, const StaffMember& clerk, const QString& path,
                    std::function<void(Status)> done);

private:
    struct Drawn;
    void decide(const Drawn& drawn, const QString& documentId, const QString& title, const StaffMember& clerk,
                const std::function<void(Result<QByteArray>)>& done);
    Status audit(const StaffMember& actor, const QString& action, const QString& objectId,
                 const QString& detail);
    Status checkDecision(const ApprovalDecision& decision, const StaffMember& clerk) const;
    // Records the export and hands the PDF out; the audit log's error instead when it cannot.
    Result<QByteArray> handOut(const QByteArray& pdf, const QString& documentId, const QString& title,
                               const StaffMember& clerk, const QString& approvalNote);

    std::shared_ptr<FontCatalog> m_fonts;
    AuditLog& m_audit;
    VariantApprover& m_approver;
    QString m_workstation;
    QThreadPool* m_pool;
    // Lives on the gate's thread; answers from the workers are delivered through it, so they
    // stop when the gate goes.
    std::unique_ptr<QObject> m_receiver;
};

} // namespace madoguchi
