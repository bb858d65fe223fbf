#pragma once

#include "documents/FontRole.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <variant>

namespace madoguchi {

// The pieces of a page. Every position and length is in millimetres from the page's top-left
// corner; font sizes in points (1/72 inch), as on paper.

struct TextStyle
{
    FontRole role = FontRole::Body;
    double sizePt = 10.5;
    bool bold = false;
    QColor color = Qt::black;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    double lineSpacing = 1.3; // line height as a multiple of the size (wrapped text)
};

// Text in a box. wrap == false: one line, clipped at nothing (the box gives position and
// alignment). wrap == true: a paragraph broken into lines that fit the box width; a line is
// never broken inside a grapheme cluster (base + variation selector stays whole) and no line
// starts with closing punctuation (、。」）ー …).
struct TextElement
{
    QRectF box;
    QString text;
    TextStyle style;
    bool wrap = false;
};

struct LineElement
{
    QPointF from;
    QPointF to;
    double widthPt = 0.5;
    QColor color = Qt::black;
};

struct BoxElement
{
    QRectF rect;
    double widthPt = 0.5;
    QColor stroke = Qt::black;
    QColor fill = Qt::transparent;
};

// A PNG or any image Qt reads (QImage::loadFromData), scaled into rect.
struct ImageElement
{
    QRectF rect;
    QImage image;
};

struct TableColumn
{
    double widthMm = 30;
    QString header;
    Qt::Alignment alignment = Qt::AlignLeft;
    FontRole role = FontRole::Body; // the cells' font (Name for a column of names)
};

// A table from `topLeft` down to `maxBottomMm` at most; rows that do not fit continue on a
// continuation page (same position, header repeated). Cell text wraps in its column.
struct TableElement
{
    QPointF topLeft;
    double maxBottomMm = 280;
    QList<TableColumn> columns;
    QList<QStringList> rows; // one string per column
    bool headerRow = true;
    TextStyle headerStyle{FontRole::Body, 10, true};
    TextStyle cellStyle{FontRole::Body, 10, false};
    double paddingMm = 1.5;
    double minRowHeightMm = 7;
    double borderPt = 0.5;
    QColor headerFill = QColor(0xee, 0xee, 0xee);
};

// "1 / 3": the page's number and the document's page count, laid out like TextElement.
// `format` takes %1 (this page) and %2 (page count).
struct PageNumberElement
{
    QRectF box;
    TextStyle style{FontRole::Body, 9, false, Qt::black, Qt::AlignHCenter | Qt::AlignTop};
    QString format = QStringLiteral("%1 / %2");
};

using PageElement =
    std::variant<TextElement, LineElement, BoxElement, ImageElement, TableElement, PageNumberElement>;

} // namespace madoguchi
