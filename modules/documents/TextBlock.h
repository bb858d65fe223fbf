#pragma once

#include "documents/DocumentElements.h"
#include "documents/LaidOutPage.h"
#include "documents/LineBreaker.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace madoguchi {

// A text shaped once and broken into lines for a width (points), ready to be measured (table
// rows need their height first) and placed in a box.
class TextBlock
{
public:
    // wrap == false: lines break only at '\n'.
    TextBlock(std::shared_ptr<const FontFace> font, const QString& text, const TextStyle& style,
              double widthPt, bool wrap);

    int lineCount() const { return int(m_lines.size()); }
    QString lineText(int line) const;
    // From the top of the first line's ascent to the bottom of the last line's descent.
    double heightPt() const;
    double lineWidthPt(int line) const;

    // Appends one DrawText per line, aligned in `box` by the style's alignment.
    void place(const QRectF& boxPt, std::vector<DrawOp>& out) const;

private:
    double ascentPt() const;
    double descentPt() const;
    double lineHeightPt() const;

    std::shared_ptr<const FontFace> m_font;
    std::shared_ptr<const ShapedText> m_shaped;
    TextStyle m_style;
    QList<TextLine> m_lines;
};

} // namespace madoguchi
