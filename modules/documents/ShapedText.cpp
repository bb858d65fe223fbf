#include "documents/ShapedText.h"

#include "documents/FontFace.h"

#include <hb.h>

namespace madoguchi {

ShapedText ShapedText::shape(const FontFace& font, const QString& text)
{
    ShapedText shaped;
    shaped.m_text = text;
    shaped.m_advanceAt.assign(static_cast<std::size_t>(text.size()) + 1, 0.0);
    if (text.isEmpty())
        return shaped;

    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t*>(text.utf16()), int(text.size()), 0,
                        int(text.size()));
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_language(buffer, hb_language_from_string("ja", -1));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(font.hbFont(), buffer, nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    shaped.m_glyphs.reserve(count);
    double pen = 0;
    for (unsigned i = 0; i < count; ++i) {
        ShapedGlyph glyph;
        glyph.id = infos[i].codepoint;
        glyph.x = pen + positions[i].x_offset;
        glyph.y = positions[i].y_offset;
        glyph.advance = positions[i].x_advance;
        glyph.cluster = int(infos[i].cluster);
        pen += positions[i].x_advance;
        if (glyph.cluster >= 0 && glyph.cluster < int(text.size()))
            shaped.m_advanceAt[static_cast<std::size_t>(glyph.cluster)] += glyph.advance;
        shaped.m_glyphs.push_back(glyph);
    }
    hb_buffer_destroy(buffer);
    return shaped;
}

double ShapedText::advance(int from, int to) const
{
    double sum = 0;
    for (int i = std::max(0, from); i < to && i < int(m_text.size()); ++i)
        sum += m_advanceAt[static_cast<std::size_t>(i)];
    return sum;
}

} // namespace madoguchi
