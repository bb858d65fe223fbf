#pragma once

// Shared by the documents ui tests: the real font catalogue, the name samples, and a
// comparison of what a widget drew against the engine's rendering of one glyph id.

#include "documents/FontCatalog.h"
#include "documents/TextImageRenderer.h"
#include "documents/VariantChecker.h"
#include "documents/ui/NameView.h"

#include <QImage>
#include <QRect>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace madoguchi::test {

// 葛+U+E0102城, 辻+U+E0102, 葛+U+E0100 (IPAmj does not register that one).
inline QString withSelector(char32_t base, char32_t selector, const QString& rest = {})
{
    const char32_t sequence[2] = {base, selector};
    return QString::fromUcs4(sequence, 2) + rest;
}
inline QString kuzuShiro()
{
    return withSelector(0x845B, 0xE0102, QStringLiteral("城"));
}
inline QString tsuji()
{
    return withSelector(0x8FBB, 0xE0102);
}
inline QString kuzuUnregistered()
{
    return withSelector(0x845B, 0xE0100, QStringLiteral("城"));
}

inline std::shared_ptr<FontCatalog> realFonts()
{
    static std::shared_ptr<FontCatalog> fonts = FontCatalog::create();
    return fonts;
}

// The first variation sequence of `text` as the Name font sees it (glyph ids of variant and base).
inline VariationSequence firstSequence(const QString& text)
{
    auto checker = VariantChecker::forRole(*realFonts(), FontRole::Name);
    if (!checker || checker.value().check(text).isEmpty())
        return {};
    return checker.value().check(text).constFirst();
}

// How much each pixel differs from `background`, scaled so that the strongest pixel is 1:
// a picture of ink that does not depend on the colours the widget used.
inline std::vector<float> inkOf(const QImage& source, const QRect& area, QRgb background)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    std::vector<float> ink(static_cast<std::size_t>(area.width() * area.height()), 0.f);
    float strongest = 0;
    for (int y = 0; y < area.height(); ++y) {
        for (int x = 0; x < area.width(); ++x) {
            const QPoint p(area.left() + x, area.top() + y);
            if (!image.rect().contains(p))
                continue;
            const QRgb c = image.pixel(p);
            float v;
            if (qAlpha(background) == 0) {
                v = qAlpha(c) / 255.f;
            } else {
                v = (std::abs(qRed(c) - qRed(background)) + std::abs(qGreen(c) - qGreen(background)) +
                     std::abs(qBlue(c) - qBlue(background))) /
                    765.f;
            }
            ink[static_cast<std::size_t>(y * area.width() + x)] = v;
            strongest = std::max(strongest, v);
        }
    }
    if (strongest > 0)
        for (float& v : ink)
            v /= strongest;
    return ink;
}

// The engine's drawing of one glyph, in device pixels.
inline QImage glyphImage(std::uint32_t glyph, qreal pixelSize, qreal dpr = 1.0)
{
    TextImageRenderer renderer(realFonts());
    TextImageOptions options;
    options.devicePixelRatio = dpr;
    auto image = renderer.renderGlyph(FontRole::Name, glyph, pixelSize, options);
    return image ? image.value().image : QImage();
}

// The smallest mean ink difference between `glyph` and the part of `screen` it covers when its
// top-left corner is put at any point of `positions` (device pixels): 0 = identical.
inline double bestMatch(const QImage& screen, const QRect& positions, const QImage& glyph, QRgb background)
{
    const QRect glyphRect(QPoint(0, 0), glyph.size());
    const std::vector<float> wanted = inkOf(glyph, glyphRect, qRgba(0, 0, 0, 0));
    double best = std::numeric_limits<double>::max();
    for (int y = positions.top(); y <= positions.bottom(); ++y) {
        for (int x = positions.left(); x <= positions.right(); ++x) {
            const std::vector<float> seen = inkOf(screen, QRect(QPoint(x, y), glyph.size()), background);
            double sum = 0;
            for (std::size_t i = 0; i < seen.size(); ++i)
                sum += std::abs(seen[i] - wanted[i]);
            best = std::min(best, sum / static_cast<double>(seen.size()));
        }
    }
    return best;
}

// A view showing `text` at 64 px, laid out at its preferred size.
inline std::unique_ptr<NameView> makeView(const QString& text,
                                          std::shared_ptr<FontCatalog> fonts = realFonts())
{
    auto view = std::make_unique<NameView>(std::move(fonts));
    QFont font = view->font();
    font.setPixelSize(64);
    view->setFont(font);
    view->setText(text);
    view->resize(view->sizeHint());
    return view;
}

// Draws a NameView and compares its first character with the variant and the base glyph of
// the text's first sequence: it must match the variant, and clearly better than the base.
inline void checkNameViewShowsVariant(const QString& text, qreal dpr)
{
    const VariationSequence sequence = firstSequence(text);
    QVERIFY(sequence.registered);
    QVERIFY(sequence.variantGlyph != 0);
    QVERIFY(sequence.baseGlyph != 0);
    QVERIFY(sequence.variantGlyph != sequence.baseGlyph);

    auto view = makeView(text);
    const QImage screen = view->grab().toImage();
    QCOMPARE(screen.devicePixelRatio(), dpr);
    QVERIFY(view->lineRect().isValid());
    QCOMPARE(view->drawnPixelSize(), 64.0);
    const QImage variant = glyphImage(sequence.variantGlyph, 64, dpr);
    const QImage base = glyphImage(sequence.baseGlyph, 64, dpr);
    QVERIFY(!variant.isNull() && !base.isNull());
    const QPoint origin = (view->lineRect().topLeft() * dpr).toPoint();
    const QRect positions(origin - QPoint(2, 2), QSize(5, 5));
    const QRgb background = view->palette().color(QPalette::Window).rgba();
    const double toVariant = bestMatch(screen, positions, variant, background);
    const double toBase = bestMatch(screen, positions, base, background);
    qInfo("%s at dpr %.1f: difference to the variant glyph %.4f, to the base glyph %.4f",
          qPrintable(sequence.codePoints()), dpr, toVariant, toBase);
    QVERIFY2(toVariant < 0.02, qPrintable(QString::number(toVariant)));
    QVERIFY2(toVariant * 3 < toBase, qPrintable(QStringLiteral("%1 vs %2").arg(toVariant).arg(toBase)));
}

} // namespace madoguchi::test
