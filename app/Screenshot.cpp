#include "Screenshot.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QLayout>
#include <QPixmap>
#include <QWidget>

namespace madoguchi {

Status Screenshot::save(QWidget* window, const QString& path)
{
    // Polishing and activating the layout here gives grab() final geometry without showing
    // the window or spinning an event loop.
    window->ensurePolished();
    if (QLayout* layout = window->layout())
        layout->activate();
    if (!window->testAttribute(Qt::WA_Resized))
        window->resize(window->sizeHint().expandedTo(window->minimumSizeHint()));
    const QPixmap pixmap = window->grab();
    if (pixmap.isNull())
        return makeError(
            QStringLiteral("screenshot.empty"),
            QCoreApplication::translate("madoguchi::Screenshot", "The window could not be drawn."));
    QImageWriter writer(path, "png");
    if (!writer.write(pixmap.toImage()))
        return makeError(
            QStringLiteral("screenshot.write"),
            QCoreApplication::translate("madoguchi::Screenshot", "The picture could not be saved: %1")
                .arg(writer.errorString()),
            path);
    return {};
}

} // namespace madoguchi
