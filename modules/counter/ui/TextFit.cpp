#include "counter/ui/TextFit.h"

#include <QFontMetrics>

#include <algorithm>

namespace madoguchi::counter {

namespace {

// As wide as QLabel makes room for: its size hint takes the bounding rectangle, which can be
// wider than the advance (overhanging glyphs, bold synthesis).
int widthOf(const QFont& font, const QString& text)
{
    const QFontMetrics metrics(font);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, 1 << 20, 1 << 20), Qt::TextSingleLine, text);
    return std::max(metrics.horizontalAdvance(text), bounds.width());
}

} // namespace

int fittingPixelSize(QFont font, const QString& text, int pixels, int width)
{
    pixels = std::max(1, pixels);
    if (text.isEmpty() || width <= 0)
        return pixels;
    font.setPixelSize(pixels);
    const int advance = widthOf(font, text);
    if (advance <= width)
        return pixels;
    // Advances grow about linearly with the pixel size: one proportional step, then down by
    // one pixel until hinting agrees.
    int fitted = std::max(1, int(qint64(pixels) * width / advance));
    for (; fitted > 1; --fitted) {
        font.setPixelSize(fitted);
        if (widthOf(font, text) <= width)
            break;
    }
    return fitted;
}

} // namespace madoguchi::counter
