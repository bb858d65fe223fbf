#include "SealImage.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPen>

namespace madoguchi::coresim {

QByteArray SealImage::png(unsigned variant)
{
    QImage image(kSizePx, kSizePx, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor vermilion(0xd0, 0x2c, 0x1e);
        painter.setPen(QPen(vermilion, 4));
        painter.drawEllipse(QRectF(3, 3, kSizePx - 6, kSizePx - 6));
        painter.setPen(QPen(vermilion, 3, Qt::SolidLine, Qt::SquareCap));
        // Eight possible strokes, chosen by the variant's bits: a different mark per seal.
        const QLineF strokes[] = {{20, 18, 44, 18}, {20, 32, 44, 32}, {20, 46, 44, 46}, {22, 16, 22, 48},
                                  {32, 14, 32, 50}, {42, 16, 42, 48}, {20, 20, 44, 44}, {44, 20, 20, 44}};
        const unsigned bits = (variant % 255u) + 1u;
        for (unsigned i = 0; i < 8; ++i) {
            if (bits & (1u << i))
                painter.drawLine(strokes[i]);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace madoguchi::coresim
