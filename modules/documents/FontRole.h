#pragma once

#include <QString>

#include <optional>

namespace madoguchi {

// What a piece of text is, which decides its font. Names and addresses must be drawn with the
// font that carries the registered variant glyphs (IPAmj Mincho); everything else with the
// body fonts. Templates name the role, never a font file or family.
enum class FontRole {
    Name,       // residents' names and addresses: IPAmj明朝
    Body,       // headings, labels, running text: IPAexGothic, else IPAGothic
    BodyMincho, // formal running text (certificate wording): IPAexMincho, else IPAMincho
};

// Stable ASCII names used in templates: "name", "body", "bodyMincho".
QString fontRoleName(FontRole role);
std::optional<FontRole> fontRoleFromName(const QString& name);

} // namespace madoguchi
