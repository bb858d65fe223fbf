#pragma once

#include "common/Result.h"
#include "documents/Document.h"
#include "documents/DocumentTemplate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace madoguchi {

// Fills a template's placeholders from data and gives the Document to print. A placeholder
// {{a.b}} is looked up in nested maps (QVariantMap or QJsonObject); strings, numbers and dates
// are written as text, unchanged otherwise (variation selectors stay). A missing field is an
// error (template.field) naming the field and where the template uses it:
// "name-list.json:20: elements[4].text: unknown field \"resident.nmae\"".
class TemplateFiller
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::TemplateFiller)

public:
    static Result<Document> fill(const DocumentTemplate& documentTemplate, const QVariantMap& data,
                                 const QString& documentId = {});
    static Result<Document> fill(const DocumentTemplate& documentTemplate, const QJsonObject& data,
                                 const QString& documentId = {});
};

} // namespace madoguchi
