#pragma once

#include <QIcon>

namespace madoguchi {

// The shell's few icons, drawn with QPainter: Debian's Qt has no SVG image plugin unless
// qt6-svg is installed, and bitmaps would not scale with the desktop's font size.
class AppIcons
{
public:
    static QIcon application();
    static QIcon home();
    static QIcon lock();
    static QIcon diagnostics();
    static QIcon staff();
};

} // namespace madoguchi
