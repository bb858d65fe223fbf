#pragma once

#include <QFont>
#include <QString>

namespace madoguchi::counter {

// The largest pixel size up to `pixels` at which `text` drawn in `font` (its weight and family;
// its size is replaced) is at most `width` wide. `pixels` when the text is empty or `width` is not
// positive; never below 1. The second-screen windows size their type from the window and shrink
// a line that would not fit rather than cut it.
int fittingPixelSize(QFont font, const QString& text, int pixels, int width);

} // namespace madoguchi::counter
