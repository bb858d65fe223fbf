#pragma once

#include "CheckResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace madoguchi {

// Are the Japanese fonts installed? Without them Japanese text is drawn as boxes, and without
// IPAmj明朝 registered name variants (葛, 辻 ...) cannot be printed. Needs a QGuiApplication
// (QFontDatabase), which is why madoguchi-cli is a QGuiApplication on the offscreen platform.
class FontCheck
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::FontCheck)

public:
    static CheckResult run();
    // The decision alone, for tests: `families` as QFontDatabase::families() returns them.
    static CheckResult fromFamilies(const QStringList& families);
};

} // namespace madoguchi
