#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace madoguchi {

// The Japanese era calendar (和暦) from a fixed era table. Qt's QCalendar has no Japanese
// calendar, so the table lives here; the tests cross-check it against ICU's.
//
// 明治 is taken from 1868-01-25, the Gregorian date of 慶応4年1月1日, because the era was
// applied retroactively from that day. Japan only switched to the Gregorian calendar on
// 明治6年1月1日 (1873-01-01): dates of 明治1–5 are mapped proleptically (明治N年 = 1867+N with
// Gregorian month and day), which is what residents' records use; the lunisolar dates of
// that time are not converted.
namespace Wareki {

// The digit is the era code used by counters in 7-digit date codes (era + YYMMDD).
enum class Era { Meiji = 1, Taisho = 2, Showa = 3, Heisei = 4, Reiwa = 5 };

enum class Style {
    Long,    // 令和元年5月1日 (year 1 written 元年)
    Numeric, // R1.05.01
    Romaji,  // Reiwa 1.05.01 (for English-language screens and logs)
};

// Which era names a fiscal year (April–March) that straddles an era change.
enum class FiscalEraRule {
    EraAtStart, // the era on 1 April: FY2019 is 平成31年度
    EraAtEnd,   // the era in force when the fiscal year ends, year counted from the
                // fiscal year's Western start year: FY2019 is 令和元年度. When that would
                // give year 0 (FY1988, 平成 began 1989-01-08), the era at the start is used:
                // 昭和63年度.
};

struct WarekiDate
{
    Era era;
    int year; // 1 = 元年
    int month;
    int day;
};

// The era table.
QDate eraStart(Era era);
QDate eraEnd(Era era);                // the last day; invalid (null) for the current era
QString eraName(Era era);             // 令和
QString eraLetter(Era era);           // R
QString eraRomaji(Era era);           // Reiwa
std::optional<Era> eraAt(QDate date); // nullopt before 1868-01-25 or for an invalid date

std::optional<WarekiDate> toWareki(QDate date);
// The Gregorian date of an era date, or an error saying why it does not exist.
Result<QDate> fromWareki(const WarekiDate& date);

// An empty string for dates before 明治 or invalid dates.
QString format(QDate date, Style style = Style::Long);

// Accepts, with ASCII or full-width digits and optional spaces:
//   令和元年5月1日, 令和1年5月1日, 令1年5月1日, ㋿1年5月1日, R1.5.1, R01/05/01, H31-4-30,
//   Reiwa 1.5.1, 4050101 (counter code), 19930101, 1993-01-01, 1993/1/1, 1993年1月1日.
// Dates that do not exist are errors that say why (平成31年5月1日: 平成 had ended).
Result<QDate> parse(QStringView text);

// Exactly 7 digits (ASCII or full-width): era digit 1–5 + YYMMDD.
Result<QDate> parseCounterCode(QStringView code);
// The 7-digit code, or an empty string when the date has none (before 明治, era year > 99).
QString counterCode(QDate date);

// The Western year in which the fiscal year (April–March) containing `date` starts.
int fiscalYear(QDate date);
// 平成31年度 / 令和元年度; empty before 明治.
QString formatFiscalYear(int westernFiscalYear, FiscalEraRule rule);

} // namespace Wareki
} // namespace madoguchi
