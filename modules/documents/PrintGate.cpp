#include "documents/PrintGate.h"

#include "common/BackgroundJob.h"
#include "documents/PdfWriter.h"
#include "documents/VariantChecker.h"

#include <QStringList>

namespace madoguchi {

namespace {

// "U+845B U+E0100 (text 3, position 0)": code points only, never the name they belong to.
QString describe(const QList<VariationSequence>& sequences)
{
    QStringList parts;
    for (const VariationSequence& sequence : sequences)
        parts << sequence.codePoints();
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

} // namespace

// What the worker hands back: the check, and the PDF when the check passed.
struct PrintGate::Drawn
{
    Result<VariantReport> report;
    Result<QByteArray> pdf;
};

PrintGate::PrintGate(std::shared_ptr<FontCatalog> fonts, AuditLog& audit, VariantApprover& approver,
                     QString workstation, QThreadPool* pool)
    : m_fonts(std::move(fonts))
    , m_audit(audit)
    , m_approver(approver)
    , m_workstation(std::move(workstation))
    , m_pool(pool)
    , m_receiver(std::make_unique<QObject>())
{}

PrintGate::~PrintGate() = default;

Result<VariantReport> PrintGate::check(const Document& document) const
{
    return check(*m_fonts, document);
}

Result<VariantReport> PrintGate::check(const FontCatalog& fonts, const Document& document)
{
    VariantReport report;
    for (const DocumentText& text : document.texts()) {
        if (text.text.isEmpty())
            continue;
        auto checker = VariantChecker::forRole(fonts, text.role);
        if (!checker)
            return checker.error();
        report.sequences.append(checker.value().check(text.text));
    }
    return report;
}

Status PrintGate::audit(const StaffMember& actor, const QString& action, const QString& objectId,
                        const QString& detail)
{
    AuditEntry entry;
    entry.actor = actor.login;
    entry.role = roleName(actor.role);
    entry.workstation = m_workstation;
    entry.action = action;
    entry.objectId = objectId;
    entry.detail = detail;
    return m_audit.append(entry);
}

Status PrintGate::checkDecision(const ApprovalDecision& decision, const StaffMember& clerk) const
{
    QString why;
    if (decision.approver.login.isEmpty())
        why = tr("nobody signed the approval");
    else if (!roleAtLeast(decision.approver.role, Role::Supervisor))
        why = tr("%1 is not a supervisor").arg(decision.approver.login);
    else if (decision.approver.login == clerk.login)
        why = tr("a print cannot be approved by the person who prints it");
    else if (decision.reason.trimmed().isEmpty())
        why = tr("the approval gives no reason");
    if (why.isEmpty())
        return {};
    return makeError(QStringLiteral("documents.approvalInvalid"),
                     tr("The approval to print characters in their base form is not valid: %1.").arg(why),
                     QStringLiteral("approval"));
}

Result<QByteArray> PrintGate::handOut(const QByteArray& pdf, const QString& documentId, const QString& title,
                                      const StaffMember& clerk, const QString& approvalNote)
{
    Status recorded = audit(clerk, QStringLiteral("document.export"), documentId,
                            approvalNote.isEmpty() ? title : title + QStringLiteral("; ") + approvalNote);
    if (!recorded)
        return recorded.error(); // unrecorded output is not handed out
    return pdf;
}

void PrintGate::exportPdf(const Document& document, const StaffMember& clerk,
                          std::function<void(Result<QByteArray>)> done)
{
    // The worker gets its own copies; `this` is used only back on this thread, through
    // m_receiver, which goes with the gate.
    runInBackground<Drawn>(
        m_receiver.get(),
        [fonts = m_fonts, document]() -> Drawn {
            Result<VariantReport> report = check(*fonts, document);
            if (!report)
                return Drawn{report, report.error()};
            return Drawn{report, PdfWriter(fonts).write(document)};
        },
        [this, id = document.id, title = document.title, clerk, done = std::move(done)](const Drawn& drawn) {
            decide(drawn, id, title, clerk, done);
        },
        m_pool);
}

void PrintGate::decide(const Drawn& drawn, const QString& documentId, const QString& title,
                       const StaffMember& clerk, const std::function<void(Result<QByteArray>)>& done)
{
    if (!drawn.report) {
        done(drawn.report.error());
        return;
    }
    if (!drawn.pdf) {
        done(drawn.pdf.error());
        return;
    }
    const QByteArray pdf = drawn.pdf.value();
    const QList<VariationSequence> unregistered = drawn.report.value().unregistered();
    if (unregistered.isEmpty()) {
        done(handOut(pdf, documentId, title, clerk, {}));
        return;
    }

    ApprovalRequest request{documentId, title, clerk, unregistered};
    m_approver.requestApproval(request, [this, documentId, title, clerk, unregistered, pdf,
                                         done](const ApprovalDecision& decision) {
        const QString sequences = describe(unregistered);
        if (!decision.approved) {
            const StaffMember actor = decision.approver.login.isEmpty() ? clerk : decision.approver;
            Status recorded = audit(actor, QStringLiteral("document.variantRefused"), documentId,
                                    QStringLiteral("unregistered variants %1; requested by %2; %3")
                                        .arg(sequences, clerk.login, decision.reason));
            if (!recorded) {
                done(recorded.error());
                return;
            }
            done(makeError(QStringLiteral("documents.approvalRefused"),
                           tr("The document was not printed: printing %1 in the base form was not approved.")
                               .arg(sequences),
                           documentId));
            return;
        }
        Status valid = checkDecision(decision, clerk);
        if (!valid) {
            Status recorded = audit(clerk, QStringLiteral("document.variantRefused"), documentId,
                                    QStringLiteral("invalid approval by %1 for %2: %3")
                                        .arg(decision.approver.login, sequences, valid.error().message));
            done(recorded ? valid.error() : recorded.error());
            return;
        }
        Status recorded =
            audit(decision.approver, QStringLiteral("document.variantApproved"), documentId,
                  QStringLiteral("unregistered variants %1 printed as base glyphs; requested by %2; "
                                 "reason: %3")
                      .arg(sequences, clerk.login, decision.reason));
        if (!recorded) {
            done(recorded.error());
            return;
        }
        done(handOut(
            pdf, documentId, title, clerk,
            QStringLiteral("base glyphs for %1 approved by %2").arg(sequences, decision.approver.login)));
    });
}

void PrintGate::exportFile(const Document& document, const StaffMember& clerk, const QString& path,
                           std::function<void(Status)> done)
{
    // The answer of exportPdf() comes through m_receiver, so it is alive when this runs.
    QObject* receiver = m_receiver.get();
    QThreadPool* pool = m_pool;
    exportPdf(document, clerk, [receiver, pool, path, done = std::move(done)](Result<QByteArray> pdf) {
        if (!pdf) {
            done(pdf.error());
            return;
        }
        runInBackground<Status>(
            receiver, [bytes = pdf.value(), path] { return PdfWriter::save(bytes, path); }, done, pool);
    });
}

} // namespace madoguchi
