#include "common/JapaneseText.h"

#include <QTest>

using namespace madoguchi;

namespace {

// 葛 + VARIATION SELECTOR-19 (U+E0102), the registered IVS of 葛飾区's 葛.
const QString kKatsuIvs = u"葛\U000E0102"_qs;

} // namespace

class TestJapaneseText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldEqual_data();
    void foldEqual();
    void foldExact_data();
    void foldExact();
    void foldIdempotent_data();
    void foldIdempotent();
    void graphemeLength_data();
    void graphemeLength();
    void truncate_data();
    void truncate();
    void variationSelectors();
    void kanaClasses();
    void fullWidthDigits();
};

void TestJapaneseText::foldEqual_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("katakana vs hiragana") << u"ヤマダ タロウ"_qs << u"やまだたろう"_qs;
    QTest::newRow("half-width katakana") << u"ﾔﾏﾀﾞ ﾀﾛｳ"_qs << u"やまだたろう"_qs;
    QTest::newRow("half vs full katakana") << u"ﾔﾏﾀﾞ ﾀﾛｳ"_qs << u"ヤマダ　タロウ"_qs;
    QTest::newRow("space between names") << u"山田 太郎"_qs << u"山田太郎"_qs;
    QTest::newRow("ideographic space") << u"山田\u3000太郎"_qs << u"山田太郎"_qs;
    QTest::newRow("old form 髙") << u"髙橋"_qs << u"高橋"_qs;
    QTest::newRow("old form 﨑") << u"山﨑"_qs << u"山崎"_qs;
    QTest::newRow("old form 邊 邉") << u"渡邊"_qs << u"渡邉"_qs;
    QTest::newRow("old form 齋") << u"齋藤"_qs << u"斎藤"_qs;
    QTest::newRow("old form 澤") << u"澤田"_qs << u"沢田"_qs;
    QTest::newRow("old form 𠮷") << u"𠮷野"_qs << u"吉野"_qs;
    QTest::newRow("old form 麴") << u"麴町"_qs << u"麹町"_qs;
    QTest::newRow("IVS") << kKatsuIvs << u"葛"_qs;
    QTest::newRow("standard VS") << u"辻\uFE00"_qs << u"辻"_qs;
    QTest::newRow("latin case and width") << u"ＴＡＮＡＫＡ Taro"_qs << u"tanakataro"_qs;
    QTest::newRow("vu") << u"ヴァイオリン"_qs << u"ゔぁいおりん"_qs;
    QTest::newRow("combining dakuten") << u"か\u3099"_qs << u"が"_qs;
    QTest::newRow("address hyphens") << u"王子本町1−15−22"_qs << u"王子本町1-15-22"_qs;
    QTest::newRow("address fullwidth hyphen") << u"1－2‐3"_qs << u"1-2-3"_qs;
    QTest::newRow("address long vowel as hyphen") << u"1ー2ｰ3"_qs << u"1—2–3"_qs;
    QTest::newRow("prolonged mark kept") << u"ラーメン"_qs << u"ら−めん"_qs;
    QTest::newRow("half-width prolonged") << u"ﾗｰﾒﾝ"_qs << u"ラーメン"_qs;
    QTest::newRow("wave dash vs tilde") << u"1\u301C3"_qs << u"1\uFF5E3"_qs;
    QTest::newRow("compat ideograph 塚") << u"大\uFA10"_qs << u"大塚"_qs;
}

void TestJapaneseText::foldEqual()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(JapaneseText::foldForSearch(a), JapaneseText::foldForSearch(b));
}

void TestJapaneseText::foldExact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("katakana") << u"ﾔﾏﾀﾞ ﾀﾛｳ"_qs << u"やまだたろう"_qs;
    QTest::newRow("small kana stay small") << u"キャッシュ"_qs << u"きゃっしゅ"_qs;
    QTest::newRow("ヵヶ") << u"ヵヶ"_qs << u"ゕゖ"_qs;
    QTest::newRow("ヷ") << u"ヷ"_qs << u"わ\u3099"_qs;
    QTest::newRow("address") << u"１丁目１５番２２号　Ａ−１０１"_qs << u"1丁目15番22号a-101"_qs;
    QTest::newRow("prolonged") << u"コーポ"_qs << u"こーぽ"_qs;
    QTest::newRow("dash after kanji") << u"山田ー"_qs << u"山田-"_qs;
    QTest::newRow("tilde") << u"〜"_qs << u"~"_qs;
    QTest::newRow("IVS removed") << u"葛\U000E0102飾"_qs << u"葛飾"_qs;
    QTest::newRow("square era") << u"㍻"_qs << u"平成"_qs;
    QTest::newRow("spacing dakuten joins") << u"か゛"_qs << u"が"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestJapaneseText::foldExact()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseText::foldForSearch(input), expected);
}

void TestJapaneseText::foldIdempotent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("space before mark") << u"か \u3099"_qs;
    QTest::newRow("latin combining") << u"a \u0301 b"_qs;
    QTest::newRow("mixed") << u"ﾔﾏﾀﾞ ｰ 髙橋 葛\U000E0102 Ｉ\u0307"_qs;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"あ"_qs;
}

void TestJapaneseText::foldIdempotent()
{
    QFETCH(QString, input);
    const QString once = JapaneseText::foldForSearch(input);
    QCOMPARE(JapaneseText::foldForSearch(once), once);
}

void TestJapaneseText::graphemeLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << u"abc"_qs << 3;
    QTest::newRow("IVS") << kKatsuIvs << 1;
    QTest::newRow("IVS + kanji") << u"葛\U000E0102飾区"_qs << 3;
    QTest::newRow("standard VS") << u"辻\uFE00"_qs << 1;
    QTest::newRow("surrogate pair") << u"𠮷野"_qs << 2;
    QTest::newRow("combining dakuten") << u"か\u3099"_qs << 1;
    QTest::newRow("combining handakuten") << u"は\u309Aは"_qs << 2;
    QTest::newRow("non-BMP + IVS") << u"𠮷\U000E0100野"_qs << 2;
    // Found by fuzz_fold: Qt 6.4's QTextBoundaryFinder splits this, but not its prefix.
    QTest::newRow("extend + spacing mark") << u"\u24A3\u1CDE\u0DDB"_qs << 1;
}

void TestJapaneseText::graphemeLength()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(JapaneseText::graphemeLength(text), length);
}

void TestJapaneseText::truncate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("IVS kept with base") << u"葛\U000E0102飾"_qs << 1 << kKatsuIvs;
    QTest::newRow("IVS then next") << u"葛\U000E0102飾区"_qs << 2 << u"葛\U000E0102飾"_qs;
    QTest::newRow("surrogate pair") << u"𠮷野"_qs << 1 << u"𠮷"_qs;
    QTest::newRow("dakuten") << u"か\u3099き"_qs << 1 << u"か\u3099"_qs;
    QTest::newRow("extend + spacing mark") << u"\u24A3\u1CDE\u0DDB"_qs << 2 << u"\u24A3\u1CDE\u0DDB"_qs;
    QTest::newRow("longer than text") << u"山田"_qs << 5 << u"山田"_qs;
    QTest::newRow("exact") << u"山田"_qs << 2 << u"山田"_qs;
    QTest::newRow("zero") << u"山田"_qs << 0 << QString();
    QTest::newRow("negative") << u"山田"_qs << -1 << QString();
}

void TestJapaneseText::truncate()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseText::truncateGraphemes(text, max), expected);
}

void TestJapaneseText::variationSelectors()
{
    QVERIFY(JapaneseText::hasVariationSelector(kKatsuIvs));
    QVERIFY(JapaneseText::hasVariationSelector(u"辻\uFE0F"_qs));
    QVERIFY(!JapaneseText::hasVariationSelector(u"葛飾"_qs));
    QVERIFY(!JapaneseText::hasVariationSelector(u"𠮷"_qs));
    QCOMPARE(JapaneseText::stripVariationSelectors(u"葛\U000E0102飾\U000E01EF𠮷"_qs), u"葛飾𠮷"_qs);
    QCOMPARE(JapaneseText::stripVariationSelectors(u"\uFE00"_qs), QString());
}

void TestJapaneseText::kanaClasses()
{
    QVERIFY(JapaneseText::isHiragana(U'あ'));
    QVERIFY(JapaneseText::isHiragana(U'ゔ'));
    QVERIFY(!JapaneseText::isHiragana(U'ア'));
    QVERIFY(JapaneseText::isKatakana(U'ア'));
    QVERIFY(JapaneseText::isKatakana(U'ｱ'));
    QVERIFY(JapaneseText::isKatakana(U'ー'));
    QVERIFY(!JapaneseText::isKatakana(U'山'));
}

void TestJapaneseText::fullWidthDigits()
{
    QCOMPARE(JapaneseText::toFullWidthDigits(u"令和5年12月1日 No.3"_qs), u"令和５年１２月１日 No.３"_qs);
}

QTEST_GUILESS_MAIN(TestJapaneseText)
#include "tst_japanesetext.moc"
