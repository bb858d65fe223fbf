#include "DocumentsTestSupport.h"

#include "common/JapaneseText.h"
#include "documents/FontCatalog.h"
#include "documents/LineBreaker.h"
#include "documents/ShapedText.h"
#include "documents/TextBlock.h"

using namespace madoguchi;
using namespace madoguchi::test;

// Wrapping paragraphs and table cells: never inside base + selector, kinsoku at line starts
// and ends, every character kept.
class TestLineBreaker : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();

    std::shared_ptr<const FontFace> nameFont()
    {
        auto font = m_fonts->font(FontRole::Name);
        if (!font)
            qFatal("%s", qPrintable(font.error().toString()));
        return font.value();
    }

    QStringList linesOf(const QString& text, double widthEm)
    {
        const ShapedText shaped = ShapedText::shape(*nameFont(), text);
        QStringList lines;
        for (const TextLine& line : LineBreaker::breakLines(shaped, widthEm * nameFont()->unitsPerEm()))
            lines << text.mid(line.from, line.to - line.from);
        return lines;
    }

    static void checkLines(const QStringList& lines, const QString& original)
    {
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines) {
            QVERIFY2(!line.isEmpty(), "empty line");
            const char32_t first = line.toUcs4().first();
            QVERIFY2(!JapaneseText::isVariationSelector(first), qPrintable(hexCodePoints(line)));
            QVERIFY2(!line.at(0).isLowSurrogate(), qPrintable(hexCodePoints(line)));
            QVERIFY2(!line.at(line.size() - 1).isHighSurrogate(), qPrintable(hexCodePoints(line)));
        }
        // Nothing lost but the spaces at the breaks.
        QString joined = lines.join(QString());
        QString expected = original;
        joined.remove(u' ').remove(QChar(0x3000)).remove(u'\n');
        expected.remove(u' ').remove(QChar(0x3000)).remove(u'\n');
        QCOMPARE(codePoints(joined), codePoints(expected));
    }

private Q_SLOTS:
    void selectorsStayWithTheirBase_data()
    {
        QTest::addColumn<double>("widthEm");
        for (double w : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 7.0, 11.0})
            QTest::newRow(qPrintable(QString::number(w))) << w;
    }
    void selectorsStayWithTheirBase()
    {
        QFETCH(double, widthEm);
        const QString text = registeredNames().join(QChar(0x3000)) + unregisteredName() +
                             ucs(U"葛\U000E0102葛\U000E0102葛\U000E0102辻\U000E0102辻\U000E0102𠮷𠮷𠮷");
        const QStringList lines = linesOf(text, widthEm);
        checkLines(lines, text);
        const double maxUnits = widthEm * nameFont()->unitsPerEm();
        for (const QString& line : lines) {
            const double width = ShapedText::shape(*nameFont(), line).width();
            QVERIFY2(width <= maxUnits + 1 || JapaneseText::graphemeLength(line) == 1, qPrintable(line));
        }
    }

    void kinsokuAtLineStartAndEnd()
    {
        // Six full-width characters per line: a naive break would put 。」 and ー at line starts.
        const QString text = ucs(U"あいうえおか。きくけこさし」すせそたちつーてとなにぬね（のはひふへほ");
        const QStringList lines = linesOf(text, 6.0);
        checkLines(lines, text);
        for (const QString& line : lines) {
            QVERIFY2(!LineBreaker::mayNotStartLine(line.toUcs4().first()), qPrintable(line));
            QVERIFY2(!LineBreaker::mayNotEndLine(line.toUcs4().last()), qPrintable(line));
        }
    }

    void latinWordsBreakAtSpaces()
    {
        const QString text = QStringLiteral("Ward office counter number three");
        const QStringList lines = linesOf(text, 6.0);
        checkLines(lines, text);
        for (const QString& line : lines)
            QVERIFY2(!line.startsWith(u' ') && !line.endsWith(u' '), qPrintable(line));
        QVERIFY(lines.contains(QStringLiteral("counter")) ||
                lines.join(u'|').contains(QStringLiteral("counter")));
    }

    void newlineForcesABreak()
    {
        const QStringList lines = linesOf(QStringLiteral("東京都\n北区"), 100);
        QCOMPARE(lines, (QStringList{QStringLiteral("東京都"), QStringLiteral("北区")}));
    }

    void tooNarrowStillTakesOneGraphemePerLine()
    {
        const QString text = ucs(U"葛\U000E0102辻\U000E0102𠮷");
        const QStringList lines = linesOf(text, 0.1);
        QCOMPARE(lines, (QStringList{ucs(U"葛\U000E0102"), ucs(U"辻\U000E0102"), ucs(U"𠮷")}));
    }

    void tableCellBlocksKeepSequences()
    {
        // A table cell: 20 mm wide at 10.5 pt holds about five characters.
        const QString address =
            ucs(U"東京都葛\U000E0102飾区辻\U000E0102町一丁目２番３号　葛\U000E0102城ハイツ１０１");
        TextStyle style;
        style.role = FontRole::Name;
        style.sizePt = 10.5;
        const TextBlock block(nameFont(), address, style, 20 * 72 / 25.4, true);
        QVERIFY(block.lineCount() >= 4);
        QStringList lines;
        for (int i = 0; i < block.lineCount(); ++i) {
            lines << block.lineText(i);
            QVERIFY2(block.lineWidthPt(i) <= 20 * 72 / 25.4 + 0.01, qPrintable(block.lineText(i)));
        }
        checkLines(lines, address);
        QVERIFY(block.heightPt() > 3 * 10.5);
    }
};

QTEST_GUILESS_MAIN(TestLineBreaker)
#include "tst_linebreaker.moc"
