#include "documents/DocumentTemplate.h"

#include "documents/TemplatePlaceholders.h"

namespace madoguchi {

QStringList DocumentTemplate::fields() const
{
    QStringList names;
    const auto add = [&](const QString& text, const QString& rowsField) {
        for (const Placeholder& placeholder : TemplatePlaceholders::find(text)) {
            if (placeholder.name.startsWith(QLatin1String("row.")))
                names << rowsField + QStringLiteral("[].") + placeholder.name.mid(4);
            else
                names << placeholder.name;
        }
    };
    add(title, {});
    for (const TemplateElement& element : elements) {
        if (const auto* text = std::get_if<TextElement>(&element.element))
            add(text->text, {});
        if (!element.rowsField.isEmpty())
            names << element.rowsField;
        for (const QString& cell : element.cellTemplates)
            add(cell, element.rowsField);
        if (!element.imageField.isEmpty())
            names << element.imageField;
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

} // namespace madoguchi
