#include "documents/PagePainter.h"

#include "documents/GlyphPainter.h"

#include <cairo.h>

#include <cstring>

namespace madoguchi {

namespace {

void setColor(cairo_t* cr, const QColor& color)
{
    cairo_set_source_rgba(cr, color.redF(), color.greenF(), color.blueF(), color.alphaF());
}

void paintImage(cairo_t* cr, const DrawImage& image)
{
    // cairo keeps the surface until the PDF is finished: give it its own copy of the pixels.
    const QImage pixels = image.image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    cairo_surface_t* surface =
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixels.width(), pixels.height());
    cairo_surface_flush(surface);
    unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    const auto rowBytes = static_cast<std::size_t>(pixels.width()) * 4;
    for (int y = 0; y < pixels.height(); ++y)
        std::memcpy(data + static_cast<std::ptrdiff_t>(y) * stride, pixels.constScanLine(y), rowBytes);
    cairo_surface_mark_dirty(surface);

    cairo_save(cr);
    cairo_translate(cr, image.rect.x(), image.rect.y());
    cairo_scale(cr, image.rect.width() / pixels.width(), image.rect.height() / pixels.height());
    cairo_set_source_surface(cr, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(surface);
}

} // namespace

void PagePainter::paint(cairo_t* cr, const LaidOutPage& page)
{
    for (const DrawOp& op : page.ops) {
        if (const auto* text = std::get_if<DrawText>(&op)) {
            GlyphPainter(cr, *text->font, text->sizePt, text->bold)
                .draw(*text->shaped, text->from, text->to, text->x, text->baseline, text->color);
        } else if (const auto* line = std::get_if<DrawLine>(&op)) {
            cairo_set_line_width(cr, line->widthPt);
            setColor(cr, line->color);
            cairo_move_to(cr, line->from.x(), line->from.y());
            cairo_line_to(cr, line->to.x(), line->to.y());
            cairo_stroke(cr);
        } else if (const auto* rect = std::get_if<DrawRect>(&op)) {
            cairo_rectangle(cr, rect->rect.x(), rect->rect.y(), rect->rect.width(), rect->rect.height());
            if (rect->fill.alpha() > 0) {
                setColor(cr, rect->fill);
                cairo_fill_preserve(cr);
            }
            if (rect->widthPt > 0 && rect->stroke.alpha() > 0) {
                cairo_set_line_width(cr, rect->widthPt);
                setColor(cr, rect->stroke);
                cairo_stroke(cr);
            }
            cairo_new_path(cr);
        } else if (const auto* image = std::get_if<DrawImage>(&op)) {
            paintImage(cr, *image);
        }
    }
}

} // namespace madoguchi
