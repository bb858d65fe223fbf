#pragma once

#include "common/Result.h"
#include "common/StaffDirectory.h"
#include "counter/FormContext.h"
#include "documents/Document.h"
#include "documents/DocumentTemplate.h"
#include "documents/FontCatalog.h"
#include "documents/PrintGate.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace madoguchi::counter {

// Fills an application form (書かない窓口: the clerk enters, the citizen only signs) from a
// FormContext: the form's layout is a template, "forms/<name>" (resources/templates/forms/, or
// the ward's own template directory, which comes first), filled with FormData's fields.
//
// It prints what it is given: whether a protected person's (支援措置) form may be made for a
// requester is the caller's decision, taken before.
class FormFiller
{
public:
    // `templateDirectory`: the ward's template directory (the one TemplateLibrary takes); its
    // forms/<name>.json replaces the built-in form. Empty: built-in forms only.
    explicit FormFiller(std::shared_ptr<FontCatalog> fonts, QString templateDirectory = {});

    // The form's template. Errors: template.notFound, and TemplateLoader's errors.
    Result<DocumentTemplate> loadTemplate(const QString& formName) const;

    // The form to print, with the id "<formName>/<residentId>" for the audit log. Errors:
    // form.missingField / form.requestKind (FormRequirements), form.invalid (FormData), the
    // template's errors (template.notFound, template.invalid, template.field for a field the
    // template reads that FormData does not make).
    Result<Document> fill(const QString& formName, const FormContext& context) const;

    // The filled form as PDF bytes through PdfWriter, for a preview on screen. It does not ask
    // for approval of unregistered variants and writes no audit record: a form that is printed
    // or leaves the counter goes through exportPdf().
    Result<QByteArray> pdf(const QString& formName, const FormContext& context) const;

    // The filled form through the print gate (variant check, supervisor approval when needed,
    // the audit record of the export). `done` runs once: before this returns when the form cannot
    // be filled, otherwise later, from the event loop (the gate draws on a worker thread).
    void exportPdf(const QString& formName, const FormContext& context, PrintGate& gate,
                   const StaffMember& clerk, std::function<void(Result<QByteArray>)> done) const;

private:
    std::shared_ptr<FontCatalog> m_fonts;
    QString m_templateDirectory;
};

} // namespace madoguchi::counter
