#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace madoguchi {

// One variation sequence in a text (a base character followed by a variation selector,
// U+FE00–FE0F or an ideographic one, U+E0100–E01EF) and what the font does with it.
struct VariationSequence
{
    int position = 0;               // index of the base character in the QString (UTF-16 units)
    int length = 0;                 // UTF-16 units of base + selector (2 to 4)
    char32_t base = 0;              // e.g. U+845B 葛
    char32_t selector = 0;          // e.g. U+E0102
    bool registered = false;        // the font has a glyph for exactly this sequence
    std::uint32_t baseGlyph = 0;    // the glyph drawn for the base alone (0: not in the font)
    std::uint32_t variantGlyph = 0; // the registered glyph; 0 when not registered

    // base + selector as a QString.
    QString text() const;
    // "U+845B U+E0100", for messages and the audit log.
    QString codePoints() const;
};

// A variant the font registers for one base character (for a picker).
struct RegisteredVariant
{
    char32_t selector = 0;
    std::uint32_t glyph = 0;
    QString text; // base + selector
};

// What a text, a document or a screen has to say about its variation sequences.
struct VariantReport
{
    QList<VariationSequence> sequences; // every sequence found, in text order

    bool hasUnregistered() const;
    QList<VariationSequence> unregistered() const;
};

} // namespace madoguchi
