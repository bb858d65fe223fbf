#include "documents/TextBlock.h"

#include <limits>

namespace madoguchi {

TextBlock::TextBlock(std::shared_ptr<const FontFace> font, const QString& text, const TextStyle& style,
                     double widthPt, bool wrap)
    : m_font(std::move(font))
    , m_shaped(std::make_shared<const ShapedText>(ShapedText::shape(*m_font, text)))
    , m_style(style)
{
    const double unitsPerPt = m_font->unitsPerEm() / m_style.sizePt;
    // A hair of tolerance: a line exactly as wide as its box must not wrap from rounding.
    const double maxUnits = wrap ? widthPt * unitsPerPt + 0.01 : std::numeric_limits<double>::infinity();
    m_lines = LineBreaker::breakLines(*m_shaped, maxUnits);
}

QString TextBlock::lineText(int line) const
{
    const TextLine& l = m_lines.at(line);
    return m_shaped->text().mid(l.from, l.to - l.from);
}

double TextBlock::ascentPt() const
{
    return m_font->ascender() * m_style.sizePt / m_font->unitsPerEm();
}

double TextBlock::descentPt() const
{
    return m_font->descender() * m_style.sizePt / m_font->unitsPerEm();
}

double TextBlock::lineHeightPt() const
{
    return m_style.sizePt * m_style.lineSpacing;
}

double TextBlock::heightPt() const
{
    if (m_lines.isEmpty())
        return 0;
    return ascentPt() + descentPt() + (m_lines.size() - 1) * lineHeightPt();
}

double TextBlock::lineWidthPt(int line) const
{
    const TextLine& l = m_lines.at(line);
    return m_shaped->advance(l.from, l.to) * m_style.sizePt / m_font->unitsPerEm();
}

void TextBlock::place(const QRectF& box, std::vector<DrawOp>& out) const
{
    double top = box.top();
    if (m_style.alignment & Qt::AlignBottom)
        top = box.bottom() - heightPt();
    else if (m_style.alignment & Qt::AlignVCenter)
        top = box.top() + (box.height() - heightPt()) / 2;
    for (int i = 0; i < m_lines.size(); ++i) {
        const TextLine& line = m_lines.at(i);
        if (line.from >= line.to)
            continue;
        double x = box.left();
        if (m_style.alignment & Qt::AlignRight)
            x = box.right() - lineWidthPt(i);
        else if (m_style.alignment & Qt::AlignHCenter)
            x = box.left() + (box.width() - lineWidthPt(i)) / 2;
        DrawText text;
        text.font = m_font;
        text.shaped = m_shaped;
        text.from = line.from;
        text.to = line.to;
        text.x = x;
        text.baseline = top + ascentPt() + i * lineHeightPt();
        text.sizePt = m_style.sizePt;
        text.bold = m_style.bold;
        text.color = m_style.color;
        out.push_back(std::move(text));
    }
}

} // namespace madoguchi
