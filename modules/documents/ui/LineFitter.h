#pragma once

#include "common/Result.h"
#include "documents/TextImageRenderer.h"

#include <QFont>
#include <QList>
#include <QString>

namespace madoguchi {

// One line drawn by the engine and made to fit a width.
struct FittedLine
{
    TextImage image;
    qreal pixelSize = 0; // the size it was drawn at (smaller than asked when shrunk)
    bool elided = false; // the end was cut off and "…" drawn instead
};

// Fits one line of a name or address into a width for NameView and NameItemDelegate: first
// shrinks it (down to minimumScale of the asked size), and only when that is not enough cuts it
// at a grapheme boundary and ends it with "…". A cut never falls between a base character and
// its variation selector, so the glyph shown is always the one that prints.
class LineFitter
{
public:
    static constexpr qreal minimumScale = 0.5;

    explicit LineFitter(const TextImageRenderer& renderer);

    // The pixel size a widget's font asks for: pixelSize() when the font was set in pixels,
    // otherwise its point size on a device with `logicalDpiY` (stylesheets and large-type
    // settings change the widget's font, so they apply to names too).
    static qreal pixelSizeFor(const QFont& font, qreal logicalDpiY);

    // `maxWidth` <= 0: no limit. Errors: the renderer's (a missing font).
    Result<FittedLine> fit(const QString& text, FontRole role, qreal pixelSize, qreal maxWidth,
                           const TextImageOptions& options) const;

    // Positions (UTF-16 indexes, ascending, without 0 and text.size()) where `text` can be cut
    // without splitting a grapheme cluster, a surrogate pair or a base + selector.
    static QList<int> cutPositions(const QString& text);

private:
    Result<qreal> widthOf(const QString& text, FontRole role, qreal pixelSize) const;

    const TextImageRenderer& m_renderer;
};

} // namespace madoguchi
