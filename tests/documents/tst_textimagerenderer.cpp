#include "DocumentsTestSupport.h"

#include "documents/TextImageRenderer.h"
#include "documents/VariantChecker.h"

using namespace madoguchi;
using namespace madoguchi::test;

// Names for the screen: the same glyphs as on paper, device-pixel-ratio aware.
class TestTextImageRenderer : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();
    TextImageRenderer m_renderer{m_fonts};

private Q_SLOTS:
    void lineHasSizeAndBaseline()
    {
        auto line = m_renderer.renderLine(registeredNames().first(), FontRole::Name, 32);
        QVERIFY2(line, line ? "" : qPrintable(line.error().toString()));
        const TextImage& image = line.value();
        QCOMPARE(image.image.format(), QImage::Format_ARGB32_Premultiplied);
        // Two full-width characters: the selector takes no room.
        QVERIFY2(qAbs(image.logicalSize.width() - 64) < 0.5,
                 qPrintable(QString::number(image.logicalSize.width())));
        QVERIFY(image.baseline > 20 && image.baseline < 32);
        QVERIFY(image.logicalSize.height() >= 32);
        QVERIFY(inkShare(onWhite(image.image)) > 0.05);

        auto measured = m_renderer.measureLine(registeredNames().first(), FontRole::Name, 32);
        QVERIFY(measured);
        QCOMPARE(measured.value().logicalSize, image.logicalSize);
        QVERIFY(measured.value().image.isNull());
    }

    void devicePixelRatioScalesPixelsNotLayout()
    {
        TextImageOptions options;
        options.devicePixelRatio = 2.0;
        auto one = m_renderer.renderLine(ucs(U"辻\U000E0102"), FontRole::Name, 24);
        auto two = m_renderer.renderLine(ucs(U"辻\U000E0102"), FontRole::Name, 24, options);
        QVERIFY(one && two);
        QCOMPARE(two.value().logicalSize, one.value().logicalSize);
        QCOMPARE(two.value().image.devicePixelRatio(), 2.0);
        QCOMPARE(two.value().image.width(), one.value().image.width() * 2);
    }

    void variantIsDrawnAndMatchesItsGlyph()
    {
        auto checker = VariantChecker::forRole(*m_fonts);
        QVERIFY(checker);
        for (const QString& name : {ucs(U"葛\U000E0102"), ucs(U"辻\U000E0102")}) {
            const VariationSequence sequence = checker.value().check(name).first();
            QVERIFY(sequence.registered);
            auto drawn = m_renderer.renderLine(name, FontRole::Name, 64);
            auto base = m_renderer.renderLine(name.left(1), FontRole::Name, 64);
            auto variantGlyph = m_renderer.renderGlyph(FontRole::Name, sequence.variantGlyph, 64);
            auto baseGlyph = m_renderer.renderGlyph(FontRole::Name, sequence.baseGlyph, 64);
            QVERIFY(drawn && base && variantGlyph && baseGlyph);
            const QImage d = onWhite(drawn.value().image);
            const double toVariant = meanDifference(d, onWhite(variantGlyph.value().image));
            const double toBase = meanDifference(d, onWhite(baseGlyph.value().image));
            const double baseToBase =
                meanDifference(onWhite(base.value().image), onWhite(baseGlyph.value().image));
            qInfo("%s: difference to variant glyph %.2f, to base glyph %.2f", qPrintable(hexCodePoints(name)),
                  toVariant, toBase);
            QVERIFY2(toVariant < 0.5, qPrintable(QString::number(toVariant)));
            QVERIFY2(toBase > 3, qPrintable(QString::number(toBase)));
            QVERIFY(baseToBase < 0.5);
        }
    }

    void colourAndBackground()
    {
        TextImageOptions options;
        options.color = Qt::red;
        options.background = Qt::white;
        auto line = m_renderer.renderLine(QStringLiteral("窓口"), FontRole::Body, 20, options);
        QVERIFY(line);
        const QImage& image = line.value().image;
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        bool red = false;
        for (int y = 0; y < image.height() && !red; ++y) {
            for (int x = 0; x < image.width() && !red; ++x)
                red = image.pixelColor(x, y) == QColor(Qt::red);
        }
        QVERIFY(red);
    }

    void errors()
    {
        auto glyph = m_renderer.renderGlyph(FontRole::Name, 10'000'000, 20);
        QVERIFY(!glyph);
        QCOMPARE(glyph.error().code, QStringLiteral("documents.glyphMissing"));

        FontFamilies wrong;
        wrong.name = {QStringLiteral("IPAmj Gothik")};
        TextImageRenderer broken(FontCatalog::create(wrong));
        auto line = broken.renderLine(QStringLiteral("葛城"), FontRole::Name, 20);
        QVERIFY(!line);
        QVERIFY(line.error().message.contains(QStringLiteral("IPAmj Gothik")));

        auto empty = m_renderer.renderLine(QString(), FontRole::Name, 20);
        QVERIFY(empty);
        QCOMPARE(empty.value().logicalSize.width(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTextImageRenderer)
#include "tst_textimagerenderer.moc"
