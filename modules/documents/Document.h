#pragma once

#include "documents/DocumentElements.h"

#include <QList>
#include <QSizeF>
#include <QString>

namespace madoguchi {

struct DocumentText
{
    QString text;
    FontRole role = FontRole::Body;
};

struct Page
{
    bool landscape = false;
    QList<PageElement> elements;
};

// A document to print: A4 pages of positioned elements. Plain data; PdfWriter lays it out
// (wraps paragraphs, continues long tables, numbers pages) and draws it.
struct Document
{
    QString id;    // what the audit log calls it: "residence-certificate/2024-000123"
    QString title; // PDF metadata and approval prompts
    QList<Page> pages;

    static QSizeF a4Mm(bool landscape = false) { return landscape ? QSizeF(297, 210) : QSizeF(210, 297); }
    // Every text the document draws (text elements, table headers and cells) with the role
    // whose font draws it, in page order: what the variant check and the approval look at.
    QList<DocumentText> texts() const;
};

} // namespace madoguchi
