#pragma once

#include "documents/DocumentElements.h"
#include "documents/FontFace.h"
#include "documents/ShapedText.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <memory>
#include <variant>
#include <vector>

namespace madoguchi {

// A page after layout, in points (1/72 inch) from the top-left corner: what cairo draws, on a
// PDF surface or on an image for a preview.

struct DrawText
{
    std::shared_ptr<const FontFace> font;
    std::shared_ptr<const ShapedText> shaped;
    int from = 0; // the line: characters [from, to) of shaped->text()
    int to = 0;
    double x = 0;
    double baseline = 0;
    double sizePt = 10;
    bool bold = false;
    QColor color = Qt::black;
};

struct DrawLine
{
    QPointF from;
    QPointF to;
    double widthPt = 0.5;
    QColor color = Qt::black;
};

struct DrawRect
{
    QRectF rect;
    double widthPt = 0; // 0: no outline
    QColor stroke = Qt::black;
    QColor fill = Qt::transparent;
};

struct DrawImage
{
    QRectF rect;
    QImage image;
};

// Resolved into DrawText once the page count is known. Held by pointer: a QString inside the
// variant trips GCC 12's -Wmaybe-uninitialized at -O2 (a false positive in variant moves).
struct DrawPageNumber
{
    std::shared_ptr<const PageNumberElement> element;
};

using DrawOp = std::variant<DrawText, DrawLine, DrawRect, DrawImage, DrawPageNumber>;

struct LaidOutPage
{
    QSizeF sizePt;
    std::vector<DrawOp> ops;
};

inline double mmToPt(double mm)
{
    return mm * 72.0 / 25.4;
}

} // namespace madoguchi
