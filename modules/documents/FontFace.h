#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

// Opaque C library types; only the engine's own .cpp files include the C headers.
struct hb_font_t;
struct _cairo_font_face;

namespace madoguchi {

// One loaded font file: the HarfBuzz font used for shaping and variant lookups and the cairo
// font faces (regular and synthesised bold) used for drawing, all made from the same file so
// that glyph ids agree. Immutable after loading, so one instance is shared between threads.
// Loading IPAmj Mincho (46 MB) is slow: get FontFace objects from FontCatalog, which caches.
class FontFace
{
public:
    // `family` is what the caller asked for (kept for messages), `file`/`index` come from
    // fontconfig. Errors: documents.fontLoad (the file cannot be read or is no font).
    static Result<std::shared_ptr<const FontFace>> load(const QString& family, const QString& file,
                                                        int index = 0);

    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    QString family() const { return m_family; }
    QString file() const { return m_file; }
    int unitsPerEm() const { return m_unitsPerEm; }
    // Ascender/descender in font units (descender positive, below the baseline).
    int ascender() const { return m_ascender; }
    int descender() const { return m_descender; }

    // The nominal glyph of a code point; nullopt when the font has none.
    std::optional<std::uint32_t> glyph(char32_t codePoint) const;
    // The glyph the font registers for base + variation selector; nullopt when the font does
    // not register that sequence (it would draw the base glyph instead).
    std::optional<std::uint32_t> variationGlyph(char32_t base, char32_t selector) const;
    // Horizontal advance of a glyph in font units.
    int advance(std::uint32_t glyph) const;
    // Glyph ids run from 0 to glyphCount() - 1.
    std::uint32_t glyphCount() const;

    // For the engine's drawing code. Scale of hbFont(): unitsPerEm() (font units).
    hb_font_t* hbFont() const { return m_hbFont; }
    _cairo_font_face* cairoFace(bool bold) const { return bold ? m_cairoBold : m_cairoRegular; }

private:
    FontFace() = default;

    QString m_family;
    QString m_file;
    int m_unitsPerEm = 1000;
    int m_ascender = 880;
    int m_descender = 120;
    hb_font_t* m_hbFont = nullptr;
    _cairo_font_face* m_cairoRegular = nullptr;
    _cairo_font_face* m_cairoBold = nullptr;
};

} // namespace madoguchi
