#include "common/Wareki.h"

#include <QDateTime>
#include <QTest>

#include <unicode/calendar.h>
#include <unicode/locid.h>

#include <memory>

using namespace madoguchi;
using Wareki::Era;
using Wareki::FiscalEraRule;
using Wareki::Style;

class TestWareki : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void counterCode_data();
    void counterCode();
    void eraTable();
    void fiscalYear_data();
    void fiscalYear();
    void formatFiscalYear_data();
    void formatFiscalYear();
    void roundTripEveryDay();
    void matchesIcuJapaneseCalendar();
};

void TestWareki::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("heisei last day") << u"平成31年4月30日"_qs << QDate(2019, 4, 30);
    QTest::newRow("reiwa gannen") << u"令和元年5月1日"_qs << QDate(2019, 5, 1);
    QTest::newRow("reiwa 1") << u"令和1年5月1日"_qs << QDate(2019, 5, 1);
    QTest::newRow("full-width digits") << u"令和１年５月１日"_qs << QDate(2019, 5, 1);
    QTest::newRow("spaces") << u" 令和 2年 12月 31日 "_qs << QDate(2020, 12, 31);
    QTest::newRow("ideographic space") << u"平成\u30003年1月1日"_qs << QDate(1991, 1, 1);
    QTest::newRow("no 日") << u"平成3年1月1"_qs << QDate(1991, 1, 1);
    QTest::newRow("showa last") << u"昭和64年1月7日"_qs << QDate(1989, 1, 7);
    QTest::newRow("heisei first") << u"平成元年1月8日"_qs << QDate(1989, 1, 8);
    QTest::newRow("taisho first") << u"大正元年7月30日"_qs << QDate(1912, 7, 30);
    QTest::newRow("meiji last") << u"明治45年7月29日"_qs << QDate(1912, 7, 29);
    QTest::newRow("meiji first") << u"明治元年1月25日"_qs << QDate(1868, 1, 25);
    QTest::newRow("showa first") << u"昭和元年12月25日"_qs << QDate(1926, 12, 25);
    QTest::newRow("abbreviation") << u"昭40年1月1日"_qs << QDate(1965, 1, 1);
    QTest::newRow("square era") << u"㍻31年4月30日"_qs << QDate(2019, 4, 30);
    QTest::newRow("square reiwa") << u"㋿元年5月1日"_qs << QDate(2019, 5, 1);
    QTest::newRow("R1.5.1") << u"R1.5.1"_qs << QDate(2019, 5, 1);
    QTest::newRow("R1.05.01") << u"R1.05.01"_qs << QDate(2019, 5, 1);
    QTest::newRow("H31.4.30") << u"H31.4.30"_qs << QDate(2019, 4, 30);
    QTest::newRow("h lower, slashes") << u"h31/4/30"_qs << QDate(2019, 4, 30);
    QTest::newRow("S64-1-7") << u"S64-1-7"_qs << QDate(1989, 1, 7);
    QTest::newRow("full-width R") << u"Ｒ２．２．２９"_qs << QDate(2020, 2, 29);
    QTest::newRow("romaji") << u"Reiwa 1.05.01"_qs << QDate(2019, 5, 1);
    QTest::newRow("counter code") << u"4050101"_qs << QDate(1993, 1, 1);
    QTest::newRow("counter code full-width") << u"４０５０１０１"_qs << QDate(1993, 1, 1);
    QTest::newRow("counter code reiwa") << u"5010501"_qs << QDate(2019, 5, 1);
    QTest::newRow("counter code meiji") << u"1450729"_qs << QDate(1912, 7, 29);
    QTest::newRow("yyyymmdd") << u"19930101"_qs << QDate(1993, 1, 1);
    QTest::newRow("iso") << u"1993-01-01"_qs << QDate(1993, 1, 1);
    QTest::newRow("slashes") << u"1993/1/1"_qs << QDate(1993, 1, 1);
    QTest::newRow("western kanji") << u"1993年1月1日"_qs << QDate(1993, 1, 1);
    QTest::newRow("era year 100") << u"令和100年1月1日"_qs << QDate(2118, 1, 1);
    QTest::newRow("leap day 2000") << u"20000229"_qs << QDate(2000, 2, 29);
}

void TestWareki::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto r = Wareki::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value(), expected);
}

void TestWareki::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("heisei after its end") << u"平成31年5月1日"_qs << u"wareki.range"_qs
                                          << u"平成 ended on 2019-04-30, 平成31年5月1日 is after it "
                                             "(that day is 令和元年5月1日)"_qs;
    QTest::newRow("reiwa before its start") << u"令和元年4月30日"_qs << u"wareki.range"_qs
                                            << u"令和 starts on 2019-05-01, 令和元年4月30日 is before it"_qs;
    QTest::newRow("heisei 32") << u"平成32年1月1日"_qs << u"wareki.range"_qs
                               << u"平成32年 does not exist: 平成 ended on 2019-04-30"_qs;
    QTest::newRow("showa 65") << u"昭和65年1月1日"_qs << u"wareki.range"_qs
                              << u"昭和65年 does not exist: 昭和 ended on 1989-01-07"_qs;
    QTest::newRow("showa 64 jan 8") << u"昭和64年1月8日"_qs << u"wareki.range"_qs
                                    << u"昭和 ended on 1989-01-07, 昭和64年1月8日 is after it "
                                       "(that day is 平成元年1月8日)"_qs;
    QTest::newRow("feb 30") << u"令和2年2月30日"_qs << u"wareki.date"_qs
                            << u"2月30日 is not a date in 令和2年 (2020)"_qs;
    QTest::newRow("feb 29 non-leap") << u"20190229"_qs << u"wareki.date"_qs
                                     << u"2月29日 is not a date in 2019"_qs;
    QTest::newRow("month 13") << u"R2.13.1"_qs << u"wareki.date"_qs << u"13月 is not a month"_qs;
    QTest::newRow("year 0") << u"4000101"_qs << u"wareki.range"_qs
                            << u"平成0年 does not exist: era years start at 1 (平成元年)"_qs;
    QTest::newRow("era digit 6")
        << u"6010101"_qs << u"wareki.era"_qs
        << u"Unknown era digit 6: use 1 (明治), 2 (大正), 3 (昭和), 4 (平成) or 5 (令和)"_qs;
    QTest::newRow("era digit 0")
        << u"0010101"_qs << u"wareki.era"_qs
        << u"Unknown era digit 0: use 1 (明治), 2 (大正), 3 (昭和), 4 (平成) or 5 (令和)"_qs;
    QTest::newRow("6 digits") << u"405010"_qs << u"wareki.length"_qs
                              << u"A date code has 7 digits (era digit + YYMMDD) or 8 digits (YYYYMMDD), "
                                 "this one has 6"_qs;
    QTest::newRow("9 digits") << u"199301011"_qs << u"wareki.length"_qs
                              << u"A date code has 7 digits (era digit + YYMMDD) or 8 digits (YYYYMMDD), "
                                 "this one has 9"_qs;
    QTest::newRow("empty") << u"  "_qs << u"wareki.empty"_qs << u"The date is empty"_qs;
    QTest::newRow("unknown era") << u"X1.1.1"_qs << u"wareki.era"_qs << u"Unknown era \"X\""_qs;
    QTest::newRow("unknown kanji era") << u"慶応3年1月1日"_qs << u"wareki.era"_qs << u"Unknown era \"慶\""_qs;
    QTest::newRow("trailing junk") << u"R1.5.1x"_qs << u"wareki.syntax"_qs
                                   << u"Unexpected \"x\" in the date"_qs;
    QTest::newRow("incomplete") << u"R1.5"_qs << u"wareki.syntax"_qs << u"The date is incomplete"_qs;
    QTest::newRow("mixed separators")
        << u"R1.5/1"_qs << u"wareki.syntax"_qs << u"Unexpected \"/\" in the date"_qs;
    QTest::newRow("2-digit western") << u"93-01-01"_qs << u"wareki.syntax"_qs
                                     << u"A Western year has 4 digits, this one has 2"_qs;
}

void TestWareki::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const auto r = Wareki::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().message, message);
}

void TestWareki::format_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("longForm");
    QTest::addColumn<QString>("numeric");
    QTest::addColumn<QString>("romaji");
    QTest::newRow("reiwa 1") << QDate(2019, 5, 1) << u"令和元年5月1日"_qs << u"R1.05.01"_qs
                             << u"Reiwa 1.05.01"_qs;
    QTest::newRow("heisei 31") << QDate(2019, 4, 30) << u"平成31年4月30日"_qs << u"H31.04.30"_qs
                               << u"Heisei 31.04.30"_qs;
    QTest::newRow("showa 64") << QDate(1989, 1, 7) << u"昭和64年1月7日"_qs << u"S64.01.07"_qs
                              << u"Showa 64.01.07"_qs;
    QTest::newRow("heisei 1") << QDate(1989, 1, 8) << u"平成元年1月8日"_qs << u"H1.01.08"_qs
                              << u"Heisei 1.01.08"_qs;
    QTest::newRow("taisho 15") << QDate(1926, 12, 24) << u"大正15年12月24日"_qs << u"T15.12.24"_qs
                               << u"Taisho 15.12.24"_qs;
    QTest::newRow("meiji 1") << QDate(1868, 1, 25) << u"明治元年1月25日"_qs << u"M1.01.25"_qs
                             << u"Meiji 1.01.25"_qs;
    QTest::newRow("before meiji") << QDate(1868, 1, 24) << QString() << QString() << QString();
    QTest::newRow("invalid") << QDate() << QString() << QString() << QString();
}

void TestWareki::format()
{
    QFETCH(QDate, date);
    QFETCH(QString, longForm);
    QFETCH(QString, numeric);
    QFETCH(QString, romaji);
    QCOMPARE(Wareki::format(date, Style::Long), longForm);
    QCOMPARE(Wareki::format(date, Style::Numeric), numeric);
    QCOMPARE(Wareki::format(date, Style::Romaji), romaji);
}

void TestWareki::counterCode_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("code");
    QTest::newRow("heisei 5") << QDate(1993, 1, 1) << u"4050101"_qs;
    QTest::newRow("reiwa 1") << QDate(2019, 5, 1) << u"5010501"_qs;
    QTest::newRow("showa 64") << QDate(1989, 1, 7) << u"3640107"_qs;
    QTest::newRow("before meiji") << QDate(1868, 1, 1) << QString();
    QTest::newRow("reiwa 100") << QDate(2118, 1, 1) << QString();
}

void TestWareki::counterCode()
{
    QFETCH(QDate, date);
    QFETCH(QString, code);
    QCOMPARE(Wareki::counterCode(date), code);
    if (!code.isEmpty()) {
        const auto back = Wareki::parseCounterCode(code);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), date);
    }
}

void TestWareki::eraTable()
{
    QCOMPARE(Wareki::eraEnd(Era::Heisei), QDate(2019, 4, 30));
    QCOMPARE(Wareki::eraEnd(Era::Meiji), QDate(1912, 7, 29));
    QVERIFY(!Wareki::eraEnd(Era::Reiwa).isValid());
    QCOMPARE(Wareki::eraStart(Era::Showa), QDate(1926, 12, 25));
    QVERIFY(!Wareki::eraAt(QDate(1868, 1, 24)).has_value());
    QCOMPARE(*Wareki::eraAt(QDate(1868, 1, 25)), Era::Meiji);
    const auto w = Wareki::toWareki(QDate(2019, 4, 30));
    QVERIFY(w.has_value());
    QCOMPARE(w->era, Era::Heisei);
    QCOMPARE(w->year, 31);
    QVERIFY(!Wareki::parseCounterCode(u"405010a").ok());
    QCOMPARE(Wareki::parseCounterCode(u"19930101").error().code, u"wareki.length"_qs);
}

void TestWareki::fiscalYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("expected");
    QTest::newRow("march 31") << QDate(2020, 3, 31) << 2019;
    QTest::newRow("april 1") << QDate(2020, 4, 1) << 2020;
    QTest::newRow("january") << QDate(2020, 1, 15) << 2019;
    QTest::newRow("december") << QDate(2019, 12, 31) << 2019;
}

void TestWareki::fiscalYear()
{
    QFETCH(QDate, date);
    QFETCH(int, expected);
    QCOMPARE(Wareki::fiscalYear(date), expected);
}

void TestWareki::formatFiscalYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("atStart");
    QTest::addColumn<QString>("atEnd");
    QTest::newRow("2019") << 2019 << u"平成31年度"_qs << u"令和元年度"_qs;
    QTest::newRow("2018") << 2018 << u"平成30年度"_qs << u"平成30年度"_qs;
    QTest::newRow("2020") << 2020 << u"令和2年度"_qs << u"令和2年度"_qs;
    QTest::newRow("1988") << 1988 << u"昭和63年度"_qs << u"昭和63年度"_qs;
    QTest::newRow("1989") << 1989 << u"平成元年度"_qs << u"平成元年度"_qs;
    QTest::newRow("1926") << 1926 << u"大正15年度"_qs << u"昭和元年度"_qs;
    QTest::newRow("1912") << 1912 << u"明治45年度"_qs << u"大正元年度"_qs;
    QTest::newRow("1867") << 1867 << QString() << QString();
}

void TestWareki::formatFiscalYear()
{
    QFETCH(int, year);
    QFETCH(QString, atStart);
    QFETCH(QString, atEnd);
    QCOMPARE(Wareki::formatFiscalYear(year, FiscalEraRule::EraAtStart), atStart);
    QCOMPARE(Wareki::formatFiscalYear(year, FiscalEraRule::EraAtEnd), atEnd);
}

// Every day from 明治 to 2100: format → parse is the identity for all three styles and the
// counter code.
void TestWareki::roundTripEveryDay()
{
    const QDate last(2100, 12, 31);
    for (QDate d(1868, 1, 25); d <= last; d = d.addDays(1)) {
        for (Style style : {Style::Long, Style::Numeric, Style::Romaji}) {
            const auto r = Wareki::parse(Wareki::format(d, style));
            if (!r.ok() || r.value() != d)
                QFAIL(qPrintable(u"round trip failed for "_qs + d.toString(Qt::ISODate)));
        }
        const auto c = Wareki::parseCounterCode(Wareki::counterCode(d));
        if (!c.ok() || c.value() != d)
            QFAIL(qPrintable(u"counter code round trip failed for "_qs + d.toString(Qt::ISODate)));
    }
}

// ICU 72 has its own Japanese era table (with 令和). ICU starts 明治 on 1868-09-08 and uses
// lunisolar-era numbering before the Gregorian switch, so compare from 1873 on.
void TestWareki::matchesIcuJapaneseCalendar()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("ja_JP@calendar=japanese"), status));
    QVERIFY(U_SUCCESS(status));
    // ICU's era numbers: 232 明治, 233 大正, 234 昭和, 235 平成, 236 令和.
    const int icuMeiji = 232;
    int compared = 0;
    for (QDate d(1873, 1, 1); d.year() <= 2030; d = d.addDays(7)) {
        cal->setTime(UDate(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()), status);
        const int icuEra = cal->get(UCAL_ERA, status);
        const int icuYear = cal->get(UCAL_YEAR, status);
        QVERIFY(U_SUCCESS(status));
        const auto w = Wareki::toWareki(d);
        QVERIFY(w.has_value());
        if (static_cast<int>(w->era) - 1 != icuEra - icuMeiji || w->year != icuYear)
            QFAIL(qPrintable(QStringLiteral("%1: ours %2, ICU era %3 year %4")
                                 .arg(d.toString(Qt::ISODate), Wareki::format(d))
                                 .arg(icuEra)
                                 .arg(icuYear)));
        ++compared;
    }
    QVERIFY(compared > 8000);
}

QTEST_GUILESS_MAIN(TestWareki)
#include "tst_wareki.moc"
