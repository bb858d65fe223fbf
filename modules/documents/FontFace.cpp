#include "documents/FontFace.h"

#include <QCoreApplication>
#include <QFile>

#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>
#include <hb-ot.h>
#include <hb.h>

namespace madoguchi {

namespace {

// A cairo face made from a fontconfig pattern that names the file: cairo opens the file
// itself (FC_FILE) and takes FC_EMBOLDEN as synthetic bold, the way Pango asks for bold from
// single-weight fonts such as the IPA fonts.
cairo_font_face_t* cairoFaceFor(const QByteArray& file, int index, bool bold)
{
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(file.constData()));
    FcPatternAddInteger(pattern, FC_INDEX, index);
    FcPatternAddBool(pattern, FC_EMBOLDEN, bold ? FcTrue : FcFalse);
    // Outlines as designed: hinting would move glyphs between screen and paper.
    FcPatternAddBool(pattern, FC_HINTING, FcFalse);
    cairo_font_face_t* face = cairo_ft_font_face_create_for_pattern(pattern);
    FcPatternDestroy(pattern);
    return face;
}

} // namespace

Result<std::shared_ptr<const FontFace>> FontFace::load(const QString& family, const QString& file, int index)
{
    const auto fail = [&](const QString& why) {
        return makeError(
            QStringLiteral("documents.fontLoad"),
            QCoreApplication::translate("madoguchi::FontFace", "The font \"%1\" cannot be loaded: %2")
                .arg(family, why),
            file);
    };
    if (!QFile::exists(file))
        return fail(QCoreApplication::translate("madoguchi::FontFace", "the file does not exist"));

    const QByteArray path = QFile::encodeName(file);
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.constData());
    if (!blob)
        return fail(QCoreApplication::translate("madoguchi::FontFace", "the file cannot be read"));
    hb_face_t* hbFace = hb_face_create(blob, static_cast<unsigned>(index));
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(hbFace) == 0) {
        hb_face_destroy(hbFace);
        return fail(QCoreApplication::translate("madoguchi::FontFace", "the file holds no glyphs"));
    }

    std::shared_ptr<FontFace> font(new FontFace);
    font->m_family = family;
    font->m_file = file;
    font->m_unitsPerEm = static_cast<int>(hb_face_get_upem(hbFace));
    font->m_hbFont = hb_font_create(hbFace);
    hb_face_destroy(hbFace);
    hb_font_set_scale(font->m_hbFont, font->m_unitsPerEm, font->m_unitsPerEm);
    hb_position_t ascender = 0;
    hb_position_t descender = 0;
    if (hb_ot_metrics_get_position(font->m_hbFont, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender))
        font->m_ascender = ascender;
    if (hb_ot_metrics_get_position(font->m_hbFont, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender))
        font->m_descender = -descender;
    hb_font_make_immutable(font->m_hbFont);

    font->m_cairoRegular = cairoFaceFor(path, index, false);
    font->m_cairoBold = cairoFaceFor(path, index, true);
    if (cairo_font_face_status(font->m_cairoRegular) != CAIRO_STATUS_SUCCESS ||
        cairo_font_face_status(font->m_cairoBold) != CAIRO_STATUS_SUCCESS) {
        return fail(QString::fromUtf8(cairo_status_to_string(cairo_font_face_status(font->m_cairoRegular))));
    }
    return std::shared_ptr<const FontFace>(std::move(font));
}

FontFace::~FontFace()
{
    if (m_cairoRegular)
        cairo_font_face_destroy(m_cairoRegular);
    if (m_cairoBold)
        cairo_font_face_destroy(m_cairoBold);
    if (m_hbFont)
        hb_font_destroy(m_hbFont);
}

std::optional<std::uint32_t> FontFace::glyph(char32_t codePoint) const
{
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(m_hbFont, codePoint, &glyph) || glyph == 0)
        return std::nullopt;
    return glyph;
}

std::optional<std::uint32_t> FontFace::variationGlyph(char32_t base, char32_t selector) const
{
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_variation_glyph(m_hbFont, base, selector, &glyph) || glyph == 0)
        return std::nullopt;
    return glyph;
}

int FontFace::advance(std::uint32_t glyph) const
{
    return hb_font_get_glyph_h_advance(m_hbFont, glyph);
}

std::uint32_t FontFace::glyphCount() const
{
    return hb_face_get_glyph_count(hb_font_get_face(m_hbFont));
}

} // namespace madoguchi
