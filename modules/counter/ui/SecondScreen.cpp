#include "counter/ui/SecondScreen.h"

#include <QGuiApplication>
#include <QScreen>

namespace madoguchi::counter {

QScreen* SecondScreen::choose(const QString& name)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (!name.isEmpty()) {
        for (QScreen* screen : screens)
            if (screen->name() == name)
                return screen;
    }
    QScreen* primary = QGuiApplication::primaryScreen();
    for (QScreen* screen : screens)
        if (screen != primary)
            return screen;
    return primary;
}

QString SecondScreen::describe(const QScreen* screen)
{
    if (!screen)
        return tr("No screen");
    const QSize size = screen->size();
    QString text = tr("%1 — %2 × %3").arg(screen->name()).arg(size.width()).arg(size.height());
    if (screen == QGuiApplication::primaryScreen())
        text = tr("%1 (main screen)").arg(text);
    return text;
}

} // namespace madoguchi::counter
