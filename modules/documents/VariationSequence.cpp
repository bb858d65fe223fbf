#include "documents/VariationSequence.h"

#include <QStringList>

namespace madoguchi {

namespace {

QString fromCodePoint(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

} // namespace

QString VariationSequence::text() const
{
    return base ? fromCodePoint(base) + fromCodePoint(selector) : fromCodePoint(selector);
}

QString VariationSequence::codePoints() const
{
    const auto hex = [](char32_t cp) {
        return QStringLiteral("U+%1").arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0')).toUpper();
    };
    return base ? hex(base) + u' ' + hex(selector) : hex(selector);
}

bool VariantReport::hasUnregistered() const
{
    for (const VariationSequence& sequence : sequences) {
        if (!sequence.registered)
            return true;
    }
    return false;
}

QList<VariationSequence> VariantReport::unregistered() const
{
    QList<VariationSequence> result;
    for (const VariationSequence& sequence : sequences) {
        if (!sequence.registered)
            result.append(sequence);
    }
    return result;
}

} // namespace madoguchi
