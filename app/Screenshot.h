#pragma once

#include "common/Result.h"

#include <QString>

class QWidget;

namespace madoguchi {

// `madoguchi --screenshot FILE`: renders a top-level window to a PNG for the docs and tests.
class Screenshot
{
public:
    // Lays the window out (without needing a window system: works on the offscreen platform
    // and under Xvfb) and writes what QWidget::grab() paints.
    static Status save(QWidget* window, const QString& path);
};

} // namespace madoguchi
