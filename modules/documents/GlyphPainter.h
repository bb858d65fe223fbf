#pragma once

#include <QColor>

#include <cstdint>

struct _cairo;

namespace madoguchi {

class FontFace;
class ShapedText;

// Draws shaped text on a cairo context. Text goes through cairo_show_text_glyphs with the
// cluster map, so a PDF surface writes every code point of the drawn characters into the text
// layer (ActualText / ToUnicode), variation selectors and non-BMP characters included; glyph ids
// come from HarfBuzz, so registered variants are drawn as such.
class GlyphPainter
{
public:
    GlyphPainter(_cairo* cr, const FontFace& font, double size, bool bold);

    // Characters [from, to) of `shaped` (UTF-16 indices on cluster boundaries), the pen at
    // (x, baseline) in the context's user space; the glyphs are placed relative to the glyph
    // of `from`, so a line cut out of a longer shaped text starts at x.
    void draw(const ShapedText& shaped, int from, int to, double x, double baseline, const QColor& color);
    void draw(const ShapedText& shaped, double x, double baseline, const QColor& color);
    // One glyph by id, without text (nothing for the text layer to say).
    void drawGlyph(std::uint32_t glyph, double x, double baseline, const QColor& color);

private:
    void setSource(const QColor& color);

    _cairo* m_cr;
    const FontFace& m_font;
    double m_size;
    bool m_bold;
};

} // namespace madoguchi
