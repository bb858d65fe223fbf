#pragma once

#include "common/Result.h"
#include "documents/FontCatalog.h"

#include <QColor>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <memory>

namespace madoguchi {

struct TextImageOptions
{
    QColor color = Qt::black;
    QColor background = Qt::transparent; // filled behind the text; transparent by default
    qreal devicePixelRatio = 1.0;        // the widget's devicePixelRatioF()
    bool bold = false;
};

// One line of text (or one glyph) drawn for the screen.
struct TextImage
{
    QImage image;       // ARGB32_Premultiplied, in device pixels, devicePixelRatio() set
    QSizeF logicalSize; // device-independent pixels: advance width x (ascent + descent)
    qreal baseline = 0; // distance from the top to the baseline, device-independent pixels
};

// Draws names and addresses for widgets through the same HarfBuzz shaping and cairo glyph
// drawing as the PDF, so the clerk sees the glyph that will be printed (Qt's own text drawing
// ignores variation selectors). Sizes are in pixels, not points: no 96 dpi guessing.
class TextImageRenderer
{
public:
    explicit TextImageRenderer(std::shared_ptr<FontCatalog> fonts);

    // One line, no wrapping. Errors: the role's font error (documents.fontMissing...).
    Result<TextImage> renderLine(const QString& text, FontRole role, qreal pixelSize,
                                 const TextImageOptions& options = {}) const;
    // Only the size and baseline renderLine() would give, without drawing.
    Result<TextImage> measureLine(const QString& text, FontRole role, qreal pixelSize) const;
    // One glyph by id (e.g. the base glyph and the requested variant side by side).
    // Errors: documents.glyphMissing for an id outside the font.
    Result<TextImage> renderGlyph(FontRole role, std::uint32_t glyph, qreal pixelSize,
                                  const TextImageOptions& options = {}) const;

    const std::shared_ptr<FontCatalog>& fonts() const { return m_fonts; }

private:
    std::shared_ptr<FontCatalog> m_fonts;
};

} // namespace madoguchi
