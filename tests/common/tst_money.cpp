#include "common/Money.h"

#include <QTest>

#include <limits>

using namespace madoguchi;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void arithmetic();
    void overflow();
    void comparison();
};

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("yen");
    QTest::newRow("plain") << u"1200"_qs << qint64(1200);
    QTest::newRow("grouped") << u"1,200"_qs << qint64(1200);
    QTest::newRow("full-width") << u"１，２００"_qs << qint64(1200);
    QTest::newRow("en suffix") << u"1200円"_qs << qint64(1200);
    QTest::newRow("yen sign") << u"¥1,200"_qs << qint64(1200);
    QTest::newRow("full-width yen sign") << u"￥1,200"_qs << qint64(1200);
    QTest::newRow("spaces") << u"  1,200 円 "_qs << qint64(1200);
    QTest::newRow("zero") << u"0"_qs << qint64(0);
    QTest::newRow("negative") << u"-1,200円"_qs << qint64(-1200);
    QTest::newRow("negative symbol") << u"-¥1,200"_qs << qint64(-1200);
    QTest::newRow("symbol negative") << u"¥-1,200"_qs << qint64(-1200);
    QTest::newRow("minus sign") << u"−300"_qs << qint64(-300);
    QTest::newRow("millions") << u"12,345,678"_qs << qint64(12345678);
    QTest::newRow("max") << u"9,223,372,036,854,775,807"_qs << kMax;
    QTest::newRow("min") << u"-9223372036854775808"_qs << kMin;
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, yen);
    const auto r = Money::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().yen(), yen);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");
    QTest::newRow("fraction") << u"12.5"_qs << u"money.fraction"_qs
                              << u"Yen amounts are whole numbers, \".\" is not allowed"_qs
                              << u"character 3"_qs;
    QTest::newRow("empty") << QString() << u"money.empty"_qs << u"The amount is empty"_qs << QString();
    QTest::newRow("blank") << u"   "_qs << u"money.empty"_qs << u"The amount is empty"_qs << QString();
    QTest::newRow("letters") << u"abc"_qs << u"money.syntax"_qs << u"Unexpected \"a\" in the amount"_qs
                             << u"character 1"_qs;
    QTest::newRow("short group") << u"1,20"_qs << u"money.grouping"_qs
                                 << u"Digits are grouped by three between commas"_qs << u"character 3"_qs;
    QTest::newRow("long group") << u"1,2000"_qs << u"money.grouping"_qs
                                << u"Digits are grouped by three between commas"_qs << u"character 3"_qs;
    QTest::newRow("long first group")
        << u"1200,000"_qs << u"money.grouping"_qs << u"Digits are grouped by three between commas"_qs
        << u"character 5"_qs;
    QTest::newRow("leading comma") << u",100"_qs << u"money.grouping"_qs
                                   << u"Digits are grouped by three between commas"_qs << u"character 1"_qs;
    QTest::newRow("trailing text") << u"100円です"_qs << u"money.syntax"_qs
                                   << u"Unexpected \"で\" in the amount"_qs << u"character 5"_qs;
    QTest::newRow("sign only") << u"-"_qs << u"money.syntax"_qs << u"The amount has no digits"_qs
                               << QString();
    QTest::newRow("overflow") << u"9223372036854775808"_qs << u"money.overflow"_qs
                              << u"The amount is too large: at most 9,223,372,036,854,775,807 yen"_qs
                              << u"character 19"_qs;
    QTest::newRow("overflow negative")
        << u"-9223372036854775809"_qs << u"money.overflow"_qs
        << u"The amount is too large: at most 9,223,372,036,854,775,807 yen"_qs << u"character 20"_qs;
    QTest::newRow("double sign") << u"--1"_qs << u"money.syntax"_qs << u"Unexpected \"-\" in the amount"_qs
                                 << u"character 2"_qs;
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, where);
    const auto r = Money::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().message, message);
    QCOMPARE(r.error().where, where);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("yen");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("zero") << qint64(0) << u"0円"_qs << u"¥0"_qs;
    QTest::newRow("999") << qint64(999) << u"999円"_qs << u"¥999"_qs;
    QTest::newRow("1200") << qint64(1200) << u"1,200円"_qs << u"¥1,200"_qs;
    QTest::newRow("negative") << qint64(-1200) << u"-1,200円"_qs << u"-¥1,200"_qs;
    QTest::newRow("million") << qint64(1000000) << u"1,000,000円"_qs << u"¥1,000,000"_qs;
    QTest::newRow("min") << kMin << u"-9,223,372,036,854,775,808円"_qs << u"-¥9,223,372,036,854,775,808"_qs;
}

void TestMoney::format()
{
    QFETCH(qint64, yen);
    QFETCH(QString, plain);
    QFETCH(QString, symbol);
    const Money m = Money::fromYen(yen);
    QCOMPARE(m.format(), plain);
    QCOMPARE(m.formatWithSymbol(), symbol);
    // What format() prints, parse() reads back.
    QCOMPARE(Money::parse(m.format()).value(), m);
    QCOMPARE(Money::parse(m.formatWithSymbol()).value(), m);
}

void TestMoney::arithmetic()
{
    const Money fee = Money::fromYen(300);
    QCOMPARE(fee.add(Money::fromYen(450)).value().yen(), qint64(750));
    QCOMPARE(fee.sub(Money::fromYen(450)).value().yen(), qint64(-150));
    QCOMPARE(fee.multiply(4).value().yen(), qint64(1200));
    QCOMPARE(fee.multiply(0).value(), Money());
    QVERIFY(Money().isZero());
    QVERIFY(Money::fromYen(-1).isNegative());
}

void TestMoney::overflow()
{
    const Money max = Money::fromYen(kMax);
    const Money min = Money::fromYen(kMin);
    QCOMPARE(max.add(Money::fromYen(1)).error().code, u"money.overflow"_qs);
    QCOMPARE(min.sub(Money::fromYen(1)).error().code, u"money.overflow"_qs);
    QCOMPARE(max.multiply(2).error().code, u"money.overflow"_qs);
    QCOMPARE(min.multiply(-1).error().code, u"money.overflow"_qs);
    QCOMPARE(max.add(Money::fromYen(-1)).value().yen(), kMax - 1);
    QCOMPARE(max.add(Money::fromYen(1)).error().message,
             u"The sum of 9,223,372,036,854,775,807円 and 1円 is too large"_qs);
}

void TestMoney::comparison()
{
    const Money a = Money::fromYen(100);
    const Money b = Money::fromYen(200);
    QVERIFY(a < b);
    QVERIFY(a <= b);
    QVERIFY(b > a);
    QVERIFY(b >= a);
    QVERIFY(a != b);
    QVERIFY(a == Money::fromYen(100));
    QVERIFY(!(a < a));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
