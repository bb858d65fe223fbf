#pragma once

#include <QByteArray>

namespace madoguchi::coresim {

// A small fictitious seal impression (印影) as a PNG: a red ring with a few strokes that differ
// by `variant`. Drawn with shapes only (no text), so it needs no fonts and no GUI application.
struct SealImage
{
    static constexpr int kSizePx = 64;
    static QByteArray png(unsigned variant);
};

} // namespace madoguchi::coresim
