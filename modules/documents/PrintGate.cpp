#include "documents/PrintGate.h"

#include "documents/PdfWriter.h"
#include "documents/VariantChecker.h"

#include <QSaveFile>
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

PrintGate::PrintGate(std::shared_ptr<FontCatalog> fonts, AuditLog& audit, VariantApprover& approver,
                     QString workstation)
    : m_fonts(std::move(fonts))
    , m_audit(audit)
    , m_approver(approver)
    , m_workstation(std::move(workstation))
{}

Result<VariantReport> PrintGate::check(const Document& document) const
{
    VariantReport report;
    for (const DocumentText& text : document.texts()) {
        if (text.text.isEmpty())
            continue;
        auto checker = VariantChecker::forRole(*m_fonts, text.role);
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

Result<QByteArray> PrintGate::writeAudited(const Document& document, const StaffMember& clerk,
                                           const QString& approvalNote)
{
    auto pdf = PdfWriter(m_fonts).write(document);
    if (!pdf)
        return pdf.error();
    Status recorded =
        audit(clerk, QStringLiteral("document.export"), document.id,
              approvalNote.isEmpty() ? document.title : document.title + QStringLiteral("; ") + approvalNote);
    if (!recorded)
        return recorded.error(); // unrecorded output is not handed out
    return pdf;
}

void PrintGate::exportPdf(const Document& document, const StaffMember& clerk,
                          std::function<void(Result<QByteArray>)> done)
{
    auto report = check(document);
    if (!report) {
        done(report.error());
        return;
    }
    const QList<VariationSequence> unregistered = report.value().unregistered();
    if (unregistered.isEmpty()) {
        done(writeAudited(document, clerk, {}));
        return;
    }

    ApprovalRequest request{document.id, document.title, clerk, unregistered};
    m_approver.requestApproval(request, [this, document, clerk, unregistered,
                                         done](const ApprovalDecision& decision) {
        const QString sequences = describe(unregistered);
        if (!decision.approved) {
            const StaffMember actor = decision.approver.login.isEmpty() ? clerk : decision.approver;
            Status recorded = audit(actor, QStringLiteral("document.variantRefused"), document.id,
                                    QStringLiteral("unregistered variants %1; requested by %2; %3")
                                        .arg(sequences, clerk.login, decision.reason));
            if (!recorded) {
                done(recorded.error());
                return;
            }
            done(makeError(QStringLiteral("documents.approvalRefused"),
                           tr("The document was not printed: printing %1 in the base form was not approved.")
                               .arg(sequences),
                           document.id));
            return;
        }
        Status valid = checkDecision(decision, clerk);
        if (!valid) {
            Status recorded = audit(clerk, QStringLiteral("document.variantRefused"), document.id,
                                    QStringLiteral("invalid approval by %1 for %2: %3")
                                        .arg(decision.approver.login, sequences, valid.error().message));
            done(recorded ? valid.error() : recorded.error());
            return;
        }
        Status recorded =
            audit(decision.approver, QStringLiteral("document.variantApproved"), document.id,
                  QStringLiteral("unregistered variants %1 printed as base glyphs; requested by %2; "
                                 "reason: %3")
                      .arg(sequences, clerk.login, decision.reason));
        if (!recorded) {
            done(recorded.error());
            return;
        }
        done(writeAudited(
            document, clerk,
            QStringLiteral("base glyphs for %1 approved by %2").arg(sequences, decision.approver.login)));
    });
}

void PrintGate::exportFile(const Document& document, const StaffMember& clerk, const QString& path,
                           std::function<void(Status)> done)
{
    exportPdf(document, clerk, [path, done](Result<QByteArray> pdf) {
        if (!pdf) {
            done(pdf.error());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() ||
            !file.commit()) {
            done(makeError(QStringLiteral("documents.write"),
                           tr("The PDF could not be saved: %1").arg(file.errorString()), path));
            return;
        }
        done(Status());
    });
}

} // namespace madoguchi
