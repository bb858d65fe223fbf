#pragma once

#include "documents/DocumentElements.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi {

// One element of a template: a page element whose texts may hold placeholders
// ({{resident.name}}), plus where it was written (for fill-time errors) and its bindings.
struct TemplateElement
{
    PageElement element;
    QString path; // "elements[3]"
    int line = 0; // line of the element in the template file
    // Lines of the keys that take data ("text", "rows", "field", "columns[2].cell"), so that a
    // fill-time error points at the key itself.
    QHash<QString, int> keyLines;
    // Tables: the field holding the list of rows (a list of maps) and one text per column;
    // in those texts {{row.x}} is field x of the current row, other names come from the data.
    QString rowsField;
    QStringList cellTemplates;
    // Images: the field holding the image (PNG bytes as QByteArray, or a QImage).
    QString imageField;
};

// A document layout as data (resources/templates/*.json, or a ward's directory): one A4 page
// of elements; a bound table continues on further pages. See docs/documents.md.
struct DocumentTemplate
{
    QString name;     // "name-list": file name without .json
    QString fileName; // "name-list.json", used in messages
    QString title;    // may hold placeholders
    bool landscape = false;
    QList<TemplateElement> elements;

    // Every field name the template refers to (without row.), sorted, for tools and docs.
    QStringList fields() const;
};

} // namespace madoguchi
