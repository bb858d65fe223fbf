#pragma once

#include <QCoreApplication>
#include <QString>

class QScreen;

namespace madoguchi::counter {

// Picks the screen for a citizen-facing window (call display, confirmation view) from
// QGuiApplication::screens(), and names screens for a settings list.
class SecondScreen
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::SecondScreen)

public:
    // The screen called `name` (QScreen::name(), e.g. "HDMI-1") when it is connected; otherwise
    // the first screen that is not the primary one (the second screen facing the citizen);
    // otherwise the primary screen. Null only without any screen.
    static QScreen* choose(const QString& name = {});
    // "HDMI-1 — 1920 × 1080", with "(main screen)" for the primary one.
    static QString describe(const QScreen* screen);
};

} // namespace madoguchi::counter
