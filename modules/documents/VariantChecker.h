#pragma once

#include "common/Result.h"
#include "documents/FontCatalog.h"
#include "documents/VariationSequence.h"

#include <QList>
#include <QString>

#include <memory>

namespace madoguchi {

// Checks variation sequences against the font that will draw them (by default the Name
// role: IPAmj Mincho). A sequence the font does not register draws as the base glyph: the
// clerk must be warned and a certificate needs a supervisor's approval (PrintGate).
class VariantChecker
{
public:
    explicit VariantChecker(std::shared_ptr<const FontFace> font);

    // The checker for a role of a catalog; the error of FontCatalog::font() if it fails.
    static Result<VariantChecker> forRole(const FontCatalog& catalog, FontRole role = FontRole::Name);

    // Every variation sequence in `text`, in order, with the font's answer. A selector with
    // no base before it (at the start, or after another selector) is reported as a sequence
    // with base 0 and registered == false.
    QList<VariationSequence> check(const QString& text) const;
    VariantReport report(const QString& text) const;

    // The variants the font registers for `base` (all 256 ideographic selectors and the 16
    // standardised ones are asked), in selector order; empty when there are none.
    QList<RegisteredVariant> registeredVariants(char32_t base) const;

    const FontFace& font() const { return *m_font; }

private:
    std::shared_ptr<const FontFace> m_font;
};

} // namespace madoguchi
