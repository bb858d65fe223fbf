#include "icons/AppIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace madoguchi {

namespace {

const QColor kBlue(0x1f, 0x5f, 0x99);
const QColor kGold(0xf2, 0xb6, 0x32);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kGrey(0x44, 0x44, 0x44);

// Draws `paint` on a 32×32 logical canvas at several sizes so the icon stays crisp.
QIcon drawn(const std::function<void(QPainter&)>& paint)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 32.0, size / 32.0);
        paint(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon AppIcons::application()
{
    return drawn([](QPainter& p) {
        p.setPen(Qt::NoPen);
        p.setBrush(kBlue);
        p.drawRoundedRect(QRectF(2, 4, 28, 24), 3, 3);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(6, 8, 20, 11));
        p.setBrush(kGold);
        p.drawRoundedRect(QRectF(4, 21, 24, 3), 1, 1);
    });
}

QIcon AppIcons::home()
{
    return drawn([](QPainter& p) {
        p.setPen(QPen(kBlue, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(4, 15), QPointF(16, 5), QPointF(28, 15)}));
        p.setPen(Qt::NoPen);
        p.setBrush(kBlue);
        p.drawRect(QRectF(8, 15, 16, 12));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(14, 19, 4, 8));
    });
}

QIcon AppIcons::lock()
{
    return drawn([](QPainter& p) {
        p.setPen(QPen(kGrey, 3));
        p.setBrush(Qt::NoBrush);
        QPainterPath shackle;
        shackle.moveTo(10, 14);
        shackle.lineTo(10, 10);
        shackle.arcTo(QRectF(10, 4, 12, 12), 180, -180);
        shackle.lineTo(22, 14);
        p.drawPath(shackle);
        p.setPen(Qt::NoPen);
        p.setBrush(kGrey);
        p.drawRoundedRect(QRectF(7, 14, 18, 14), 2, 2);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(16, 21), 2, 2);
    });
}

QIcon AppIcons::diagnostics()
{
    return drawn([](QPainter& p) {
        p.setPen(QPen(kGreen, 3));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(3, 5, 26, 22), 3, 3);
        p.setPen(QPen(kGreen, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(7, 17), QPointF(12, 17), QPointF(14, 11), QPointF(18, 23),
                                  QPointF(20, 17), QPointF(25, 17)}));
    });
}

QIcon AppIcons::staff()
{
    // Two people: a colleague behind, the account in front.
    return drawn([](QPainter& p) {
        p.setPen(Qt::NoPen);
        p.setBrush(kGrey);
        p.drawEllipse(QPointF(21, 9), 4.5, 4.5);
        p.drawRoundedRect(QRectF(14, 15, 14, 10), 5, 5);
        p.setBrush(kBlue);
        p.drawEllipse(QPointF(12, 12), 5, 5);
        p.drawRoundedRect(QRectF(4, 19, 16, 10), 5, 5);
    });
}

} // namespace madoguchi
