#include "DocumentsTestSupport.h"

#include "documents/VariantChecker.h"

using namespace madoguchi;
using namespace madoguchi::test;

// Variation sequences against IPAmj Mincho's variation table (hb_font_get_variation_glyph).
class TestVariantChecker : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();

    VariantChecker checker()
    {
        auto checker = VariantChecker::forRole(*m_fonts);
        if (!checker)
            qFatal("IPAmj Mincho missing: %s", qPrintable(checker.error().toString()));
        return checker.value();
    }

private Q_SLOTS:
    void registeredSequencesAreFound()
    {
        const QString text = ucs(U"葛\U000E0102城と辻\U000E0102");
        const QList<VariationSequence> found = checker().check(text);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).position, 0);
        QCOMPARE(found.at(0).length, 3);
        QCOMPARE(uint(found.at(0).base), 0x845Bu);
        QCOMPARE(uint(found.at(0).selector), 0xE0102u);
        QVERIFY(found.at(0).registered);
        QVERIFY(found.at(0).baseGlyph != 0);
        QVERIFY(found.at(0).variantGlyph != 0);
        QVERIFY(found.at(0).variantGlyph != found.at(0).baseGlyph);
        QCOMPARE(found.at(0).text(), ucs(U"葛\U000E0102"));
        QCOMPARE(found.at(0).codePoints(), QStringLiteral("U+845B U+E0102"));
        QCOMPARE(found.at(1).position, 5);
        QCOMPARE(uint(found.at(1).base), 0x8FBBu);
        QVERIFY(found.at(1).registered);
        QVERIFY(!checker().report(text).hasUnregistered());
    }

    void unregisteredSequenceIsReported()
    {
        const VariantReport report = checker().report(unregisteredName());
        QCOMPARE(report.sequences.size(), 1);
        QVERIFY(report.hasUnregistered());
        const VariationSequence sequence = report.unregistered().first();
        QVERIFY(!sequence.registered);
        QCOMPARE(sequence.variantGlyph, 0u);
        QVERIFY(sequence.baseGlyph != 0); // it will print as this glyph
        QCOMPARE(sequence.codePoints(), QStringLiteral("U+845B U+E0100"));
    }

    void plainAndNonBmpTextHasNoSequences()
    {
        for (const QString& name : {ucs(U"葛城"), ucs(U"𠮷野"), ucs(U"髙橋"), ucs(U"﨑山"), QString()})
            QVERIFY(checker().check(name).isEmpty());
    }

    void strayAndDoubledSelectorsAreUnregistered()
    {
        const QString stray = ucs(U"\U000E0102葛");
        QList<VariationSequence> found = checker().check(stray);
        QCOMPARE(found.size(), 1);
        QCOMPARE(uint(found.at(0).base), 0u);
        QVERIFY(!found.at(0).registered);

        found = checker().check(ucs(U"葛\U000E0102\U000E0102"));
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).registered);
        QVERIFY(!found.at(1).registered);
        QCOMPARE(uint(found.at(1).base), 0u);
    }

    void standardisedSelectorIsChecked()
    {
        const QList<VariationSequence> found = checker().check(ucs(U"葛\uFE00"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(uint(found.at(0).selector), 0xFE00u);
    }

    void registeredVariantsForAPicker()
    {
        const QList<RegisteredVariant> variants = checker().registeredVariants(U'葛');
        QVERIFY2(variants.size() >= 2, qPrintable(QString::number(variants.size())));
        bool hasE0102 = false;
        for (const RegisteredVariant& variant : variants) {
            QVERIFY(variant.glyph != 0);
            QCOMPARE(variant.text.toUcs4().first(), U'葛');
            hasE0102 = hasE0102 || variant.selector == 0xE0102;
            QVERIFY(variant.selector != 0xE0100);
        }
        QVERIFY(hasE0102);
        QVERIFY(checker().registeredVariants(U'a').isEmpty());
    }

    void bodyFontRegistersNoIvs()
    {
        auto gothic = VariantChecker::forRole(*m_fonts, FontRole::Body);
        QVERIFY(gothic);
        const QList<VariationSequence> found = gothic.value().check(registeredNames().first());
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().registered);
    }
};

QTEST_GUILESS_MAIN(TestVariantChecker)
#include "tst_variantchecker.moc"
