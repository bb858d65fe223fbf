#include "documents/TextImageRenderer.h"

#include "documents/GlyphPainter.h"
#include "documents/ShapedText.h"

#include <QCoreApplication>

#include <cairo.h>

#include <cmath>
#include <functional>

namespace madoguchi {

namespace {

struct LineMetrics
{
    double width = 0;   // device-independent pixels
    double ascent = 0;  // device-independent pixels
    double descent = 0; // device-independent pixels
};

LineMetrics metricsFor(const FontFace& font, double widthUnits, qreal pixelSize)
{
    const double scale = pixelSize / font.unitsPerEm();
    return LineMetrics{widthUnits * scale, font.ascender() * scale, font.descender() * scale};
}

TextImage emptyImage(const LineMetrics& metrics)
{
    TextImage result;
    result.logicalSize = QSizeF(metrics.width, metrics.ascent + metrics.descent);
    result.baseline = metrics.ascent;
    return result;
}

// A cairo image surface over the QImage's own pixels: cairo's ARGB32 is Qt's
// ARGB32_Premultiplied (native-endian, premultiplied), so no copy is needed.
TextImage draw(const LineMetrics& metrics, const TextImageOptions& options,
               const std::function<void(cairo_t*, double baseline)>& paint)
{
    TextImage result = emptyImage(metrics);
    const qreal dpr = options.devicePixelRatio > 0 ? options.devicePixelRatio : 1.0;
    const int width = std::max(1, int(std::ceil(result.logicalSize.width() * dpr)));
    const int height = std::max(1, int(std::ceil(result.logicalSize.height() * dpr)));
    result.image = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
    result.image.fill(options.background);
    result.image.setDevicePixelRatio(dpr);

    cairo_surface_t* surface = cairo_image_surface_create_for_data(
        result.image.bits(), CAIRO_FORMAT_ARGB32, width, height, int(result.image.bytesPerLine()));
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, dpr, dpr);
    paint(cr, metrics.ascent);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    cairo_surface_destroy(surface);
    return result;
}

} // namespace

TextImageRenderer::TextImageRenderer(std::shared_ptr<FontCatalog> fonts)
    : m_fonts(std::move(fonts))
{}

Result<TextImage> TextImageRenderer::measureLine(const QString& text, FontRole role, qreal pixelSize) const
{
    auto font = m_fonts->font(role);
    if (!font)
        return font.error();
    const ShapedText shaped = ShapedText::shape(*font.value(), text);
    return emptyImage(metricsFor(*font.value(), shaped.width(), pixelSize));
}

Result<TextImage> TextImageRenderer::renderLine(const QString& text, FontRole role, qreal pixelSize,
                                                const TextImageOptions& options) const
{
    auto font = m_fonts->font(role);
    if (!font)
        return font.error();
    const FontFace& face = *font.value();
    const ShapedText shaped = ShapedText::shape(face, text);
    return draw(metricsFor(face, shaped.width(), pixelSize), options, [&](cairo_t* cr, double baseline) {
        GlyphPainter(cr, face, pixelSize, options.bold).draw(shaped, 0, baseline, options.color);
    });
}

Result<TextImage> TextImageRenderer::renderGlyph(FontRole role, std::uint32_t glyph, qreal pixelSize,
                                                 const TextImageOptions& options) const
{
    auto font = m_fonts->font(role);
    if (!font)
        return font.error();
    const FontFace& face = *font.value();
    if (glyph >= face.glyphCount()) {
        return makeError(
            QStringLiteral("documents.glyphMissing"),
            QCoreApplication::translate("madoguchi::TextImageRenderer", "The font \"%1\" has no glyph %2.")
                .arg(face.family())
                .arg(glyph),
            face.file());
    }
    return draw(metricsFor(face, face.advance(glyph), pixelSize), options, [&](cairo_t* cr, double baseline) {
        GlyphPainter(cr, face, pixelSize, options.bold).drawGlyph(glyph, 0, baseline, options.color);
    });
}

} // namespace madoguchi
