#include "LineFitter.h"

#include "common/JapaneseText.h"

#include <QTextBoundaryFinder>

#include <cmath>

namespace madoguchi {

namespace {

constexpr QChar kEllipsis(0x2026);
constexpr qreal kSizeStep = 0.25; // shrink in quarter pixels: small enough to fill the width

bool isVariationSelectorAt(const QString& text, int index)
{
    if (index >= text.size())
        return false;
    const char32_t c = text.at(index).isHighSurrogate() && index + 1 < text.size()
                           ? QChar::surrogateToUcs4(text.at(index), text.at(index + 1))
                           : text.at(index).unicode();
    return JapaneseText::isVariationSelector(c);
}

} // namespace

LineFitter::LineFitter(const TextImageRenderer& renderer)
    : m_renderer(renderer)
{}

qreal LineFitter::pixelSizeFor(const QFont& font, qreal logicalDpiY)
{
    if (font.pixelSize() > 0)
        return font.pixelSize();
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    return points * (logicalDpiY > 0 ? logicalDpiY : 96.0) / 72.0;
}

QList<int> LineFitter::cutPositions(const QString& text)
{
    QList<int> positions;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size(); at = finder.toNextBoundary()) {
        // Qt's grapheme rules already keep a selector with its base; checked again because a
        // name split there would show (and copy) the wrong character.
        if (!isVariationSelectorAt(text, static_cast<int>(at)) && !text.at(at).isLowSurrogate())
            positions.append(static_cast<int>(at));
    }
    return positions;
}

Result<qreal> LineFitter::widthOf(const QString& text, FontRole role, qreal pixelSize) const
{
    auto measured = m_renderer.measureLine(text, role, pixelSize);
    if (!measured)
        return measured.error();
    return measured.value().logicalSize.width();
}

Result<FittedLine> LineFitter::fit(const QString& text, FontRole role, qreal pixelSize, qreal maxWidth,
                                   const TextImageOptions& options) const
{
    FittedLine line;
    line.pixelSize = pixelSize;
    QString drawn = text;
    if (maxWidth > 0) {
        auto natural = widthOf(text, role, pixelSize);
        if (!natural)
            return natural.error();
        if (natural.value() > maxWidth) {
            const qreal smallest = pixelSize * minimumScale;
            qreal size = std::max(smallest,
                                  std::floor(pixelSize * maxWidth / natural.value() / kSizeStep) * kSizeStep);
            auto width = widthOf(text, role, size);
            while (width && width.value() > maxWidth && size - kSizeStep >= smallest) {
                size -= kSizeStep;
                width = widthOf(text, role, size);
            }
            if (!width)
                return width.error();
            line.pixelSize = size;
            if (width.value() > maxWidth) {
                // Still too wide at the smallest size: keep the longest whole-grapheme prefix.
                const QList<int> cuts = cutPositions(text);
                int low = 0;
                int high = static_cast<int>(cuts.size()) - 1;
                int best = -1;
                while (low <= high) {
                    const int mid = (low + high) / 2;
                    auto w = widthOf(text.left(cuts.at(mid)) + kEllipsis, role, size);
                    if (!w)
                        return w.error();
                    if (w.value() <= maxWidth) {
                        best = mid;
                        low = mid + 1;
                    } else {
                        high = mid - 1;
                    }
                }
                drawn = (best >= 0 ? text.left(cuts.at(best)) : QString()) + kEllipsis;
                line.elided = true;
            }
        }
    }
    auto rendered = m_renderer.renderLine(drawn, role, line.pixelSize, options);
    if (!rendered)
        return rendered.error();
    line.image = std::move(rendered).value();
    return line;
}

} // namespace madoguchi
