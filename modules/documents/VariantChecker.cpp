#include "documents/VariantChecker.h"

#include "common/JapaneseText.h"

namespace madoguchi {

namespace {

char32_t codePointAt(const QString& text, int pos, int* length)
{
    const QChar unit = text.at(pos);
    if (unit.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(unit, text.at(pos + 1));
    }
    *length = 1;
    return unit.unicode();
}

} // namespace

VariantChecker::VariantChecker(std::shared_ptr<const FontFace> font)
    : m_font(std::move(font))
{}

Result<VariantChecker> VariantChecker::forRole(const FontCatalog& catalog, FontRole role)
{
    auto font = catalog.font(role);
    if (!font)
        return font.error();
    return VariantChecker(font.value());
}

QList<VariationSequence> VariantChecker::check(const QString& text) const
{
    QList<VariationSequence> found;
    int previousPos = -1;
    char32_t previous = 0;
    for (int pos = 0; pos < text.size();) {
        int length = 1;
        const char32_t cp = codePointAt(text, pos, &length);
        if (JapaneseText::isVariationSelector(cp)) {
            VariationSequence sequence;
            sequence.selector = cp;
            const bool hasBase = previousPos >= 0 && !JapaneseText::isVariationSelector(previous);
            sequence.base = hasBase ? previous : 0;
            sequence.position = hasBase ? previousPos : pos;
            sequence.length = pos + length - sequence.position;
            if (hasBase) {
                sequence.baseGlyph = m_font->glyph(previous).value_or(0);
                if (auto variant = m_font->variationGlyph(previous, cp)) {
                    sequence.registered = true;
                    sequence.variantGlyph = *variant;
                }
            }
            found.append(sequence);
        }
        previous = cp;
        previousPos = pos;
        pos += length;
    }
    return found;
}

VariantReport VariantChecker::report(const QString& text) const
{
    return VariantReport{check(text)};
}

QList<RegisteredVariant> VariantChecker::registeredVariants(char32_t base) const
{
    QList<RegisteredVariant> variants;
    const auto ask = [&](char32_t selector) {
        if (auto glyph = m_font->variationGlyph(base, selector)) {
            const char32_t sequence[2] = {base, selector};
            variants.append(RegisteredVariant{selector, *glyph, QString::fromUcs4(sequence, 2)});
        }
    };
    for (char32_t selector = 0xFE00; selector <= 0xFE0F; ++selector)
        ask(selector);
    for (char32_t selector = 0xE0100; selector <= 0xE01EF; ++selector)
        ask(selector);
    return variants;
}

} // namespace madoguchi
