#include "documents/GlyphPainter.h"

#include "documents/FontFace.h"
#include "documents/ShapedText.h"

#include <cairo.h>

#include <vector>

namespace madoguchi {

GlyphPainter::GlyphPainter(cairo_t* cr, const FontFace& font, double size, bool bold)
    : m_cr(cr)
    , m_font(font)
    , m_size(size)
    , m_bold(bold)
{
    cairo_set_font_face(m_cr, m_font.cairoFace(m_bold));
    cairo_set_font_size(m_cr, m_size);
    // Unhinted outlines and unrounded metrics: the screen shows what the paper gets.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(m_cr, options);
    cairo_font_options_destroy(options);
}

void GlyphPainter::setSource(const QColor& color)
{
    cairo_set_source_rgba(m_cr, color.redF(), color.greenF(), color.blueF(), color.alphaF());
}

void GlyphPainter::draw(const ShapedText& shaped, double x, double baseline, const QColor& color)
{
    draw(shaped, 0, int(shaped.text().size()), x, baseline, color);
}

void GlyphPainter::draw(const ShapedText& shaped, int from, int to, double x, double baseline,
                        const QColor& color)
{
    if (from >= to)
        return;
    const double scale = m_size / m_font.unitsPerEm();
    const double origin = shaped.advance(0, from);

    std::vector<cairo_glyph_t> glyphs;
    std::vector<int> clusterOf;
    bool monotone = true;
    for (const ShapedGlyph& glyph : shaped.glyphs()) {
        if (glyph.cluster < from || glyph.cluster >= to)
            continue;
        if (!clusterOf.empty() && glyph.cluster < clusterOf.back())
            monotone = false;
        glyphs.push_back(cairo_glyph_t{glyph.id, x + (glyph.x - origin) * scale, baseline - glyph.y * scale});
        clusterOf.push_back(glyph.cluster);
    }

    const QString text = shaped.text().mid(from, to - from);
    const QByteArray utf8 = text.toUtf8();
    std::vector<cairo_text_cluster_t> clusters;
    if (!monotone || glyphs.empty()) {
        // One cluster for everything is always valid: the text layer still gets every code point.
        clusters.push_back(cairo_text_cluster_t{int(utf8.size()), int(glyphs.size())});
    } else {
        // Cluster k spans [start of k, start of k+1); the first also takes any leading
        // characters without a glyph of their own (default ignorables HarfBuzz removed).
        std::size_t i = 0;
        while (i < clusterOf.size()) {
            const int value = clusterOf[i];
            std::size_t end = i;
            while (end < clusterOf.size() && clusterOf[end] == value)
                ++end;
            const int spanStart = i == 0 ? from : value;
            const int spanEnd = end < clusterOf.size() ? clusterOf[end] : to;
            const int bytes =
                int(QStringView(shaped.text()).mid(spanStart, spanEnd - spanStart).toUtf8().size());
            clusters.push_back(cairo_text_cluster_t{bytes, int(end - i)});
            i = end;
        }
    }
    setSource(color);
    cairo_show_text_glyphs(m_cr, utf8.constData(), int(utf8.size()), glyphs.data(), int(glyphs.size()),
                           clusters.data(), int(clusters.size()), cairo_text_cluster_flags_t(0));
}

void GlyphPainter::drawGlyph(std::uint32_t glyph, double x, double baseline, const QColor& color)
{
    cairo_glyph_t one{glyph, x, baseline};
    setSource(color);
    cairo_show_glyphs(m_cr, &one, 1);
}

} // namespace madoguchi
