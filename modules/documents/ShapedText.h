#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace madoguchi {

class FontFace;

struct ShapedGlyph
{
    std::uint32_t id = 0;
    double x = 0;       // font units from the start of the text (pen position + offset)
    double y = 0;       // font units, up
    double advance = 0; // font units
    int cluster = 0;    // UTF-16 index of the first character the glyph stands for
};

// A text shaped by HarfBuzz in font units (scale = units per em). Clusters are UTF-16 indices
// and follow graphemes (HarfBuzz's default cluster level), so a base character and its
// variation selector always share one cluster: the unit that lines break around and that the
// PDF text layer maps back to its code points.
class ShapedText
{
public:
    static ShapedText shape(const FontFace& font, const QString& text);

    const QString& text() const { return m_text; }
    const std::vector<ShapedGlyph>& glyphs() const { return m_glyphs; }
    // The advance of the characters [from, to) (UTF-16 indices), in font units.
    double advance(int from, int to) const;
    double width() const { return advance(0, int(m_text.size())); }

private:
    QString m_text;
    std::vector<ShapedGlyph> m_glyphs;
    std::vector<double> m_advanceAt; // per UTF-16 index: advance of the cluster starting there
};

} // namespace madoguchi
