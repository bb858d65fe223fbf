#include "counter/FormFiller.h"

#include "counter/FormData.h"
#include "counter/FormRequirements.h"
#include "documents/PdfWriter.h"
#include "documents/TemplateFiller.h"
#include "documents/TemplateLibrary.h"

namespace madoguchi::counter {

FormFiller::FormFiller(std::shared_ptr<FontCatalog> fonts, QString templateDirectory)
    : m_fonts(std::move(fonts))
    , m_templateDirectory(std::move(templateDirectory))
{}

Result<DocumentTemplate> FormFiller::loadTemplate(const QString& formName) const
{
    // The ward's directory first, then the built-in resources.
    return TemplateLibrary(m_templateDirectory).load(formName);
}

Result<Document> FormFiller::fill(const QString& formName, const FormContext& context) const
{
    auto formTemplate = loadTemplate(formName);
    if (!formTemplate)
        return formTemplate.error();
    if (Status complete = FormRequirements::check(formName, context); !complete)
        return complete.error();
    auto data = FormData::build(context);
    if (!data)
        return Error{data.error().code, data.error().message,
                     formName + QStringLiteral(": ") + data.error().where};
    QString documentId = formName;
    if (!context.person.residentId.isEmpty())
        documentId += u'/' + context.person.residentId;
    return TemplateFiller::fill(formTemplate.value(), data.value(), documentId);
}

Result<QByteArray> FormFiller::pdf(const QString& formName, const FormContext& context) const
{
    auto document = fill(formName, context);
    if (!document)
        return document.error();
    return PdfWriter(m_fonts).write(document.value());
}

void FormFiller::exportPdf(const QString& formName, const FormContext& context, PrintGate& gate,
                           const StaffMember& clerk, std::function<void(Result<QByteArray>)> done) const
{
    auto document = fill(formName, context);
    if (!document) {
        done(document.error());
        return;
    }
    gate.exportPdf(document.value(), clerk, std::move(done));
}

} // namespace madoguchi::counter
