#include "common/Wareki.h"

#include "common/WarekiParser.h"

#include <array>

namespace madoguchi::Wareki {

namespace {

using detail::notADate;
using detail::notAMonth;
using detail::Tr;

struct EraInfo
{
    Era era;
    int startYear;
    int startMonth;
    int startDay;
    char16_t name[3];
    char16_t square; // the one-character era ligature, ㍻ etc.
    char letter;
    const char* romaji;
};

// The one era table. The end of an era is the day before the next one starts.
constexpr std::array<EraInfo, 5> kEras{{
    {Era::Meiji, 1868, 1, 25, u"明治", u'\u337E', 'M', "Meiji"},
    {Era::Taisho, 1912, 7, 30, u"大正", u'\u337D', 'T', "Taisho"},
    {Era::Showa, 1926, 12, 25, u"昭和", u'\u337C', 'S', "Showa"},
    {Era::Heisei, 1989, 1, 8, u"平成", u'\u337B', 'H', "Heisei"},
    {Era::Reiwa, 2019, 5, 1, u"令和", u'\u32FF', 'R', "Reiwa"},
}};

const EraInfo& info(Era era)
{
    return kEras[static_cast<std::size_t>(era) - 1];
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// 令和元年 / 平成31年: how the messages quote an era year.
QString eraYear(Era era, int year)
{
    return eraName(era) + (year == 1 ? QStringLiteral("元") : QString::number(year)) + u'年';
}

} // namespace

namespace detail {

std::optional<Era> matchEra(QStringView text, qsizetype& length)
{
    for (const EraInfo& e : kEras) {
        if (text.startsWith(QStringView(e.name))) {
            length = 2;
            return e.era;
        }
    }
    const QChar c = text.isEmpty() ? QChar() : text.front();
    for (const EraInfo& e : kEras) {
        if (c == QChar(e.square) || c == QChar(e.name[0])) {
            length = 1;
            return e.era;
        }
    }
    qsizetype end = 0;
    while (end < text.size() && text[end].unicode() < 0x80 && text[end].isLetter())
        ++end;
    const QStringView word = text.first(end);
    for (const EraInfo& e : kEras) {
        if (word.compare(QLatin1Char(e.letter), Qt::CaseInsensitive) == 0 ||
            word.compare(QLatin1String(e.romaji), Qt::CaseInsensitive) == 0) {
            length = end;
            return e.era;
        }
    }
    return std::nullopt;
}

} // namespace detail

QDate eraStart(Era era)
{
    const EraInfo& e = info(era);
    return QDate(e.startYear, e.startMonth, e.startDay);
}

QDate eraEnd(Era era)
{
    if (era == Era::Reiwa)
        return {};
    return eraStart(static_cast<Era>(static_cast<int>(era) + 1)).addDays(-1);
}

QString eraName(Era era)
{
    return QString::fromUtf16(info(era).name, 2);
}

QString eraLetter(Era era)
{
    return QString(QLatin1Char(info(era).letter));
}

QString eraRomaji(Era era)
{
    return QString::fromLatin1(info(era).romaji);
}

std::optional<Era> eraAt(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    for (auto it = kEras.rbegin(); it != kEras.rend(); ++it) {
        if (date >= eraStart(it->era))
            return it->era;
    }
    return std::nullopt;
}

std::optional<WarekiDate> toWareki(QDate date)
{
    const auto era = eraAt(date);
    if (!era)
        return std::nullopt;
    return WarekiDate{*era, date.year() - info(*era).startYear + 1, date.month(), date.day()};
}

Result<QDate> fromWareki(const WarekiDate& w)
{
    const EraInfo& e = info(w.era);
    if (w.year < 1)
        return makeError(QStringLiteral("wareki.range"),
                         Tr::tr("%1 does not exist: era years start at 1 (%2)")
                             .arg(eraName(w.era) + QString::number(w.year) + u'年', eraYear(w.era, 1)));
    if (w.month < 1 || w.month > 12)
        return notAMonth(w.month);
    const QDate end = eraEnd(w.era);
    const int westernYear = e.startYear + w.year - 1;
    if (end.isValid() && westernYear > end.year())
        return makeError(QStringLiteral("wareki.range"),
                         Tr::tr("%1 does not exist: %2 ended on %3")
                             .arg(eraYear(w.era, w.year), eraName(w.era), iso(end)));
    const QDate d(westernYear, w.month, w.day);
    if (!d.isValid())
        return notADate(w.month, w.day, eraYear(w.era, w.year) + QStringLiteral(" (%1)").arg(westernYear));
    const QString asTyped = eraYear(w.era, w.year) + QStringLiteral("%1月%2日").arg(w.month).arg(w.day);
    if (d < eraStart(w.era))
        return makeError(
            QStringLiteral("wareki.range"),
            Tr::tr("%1 starts on %2, %3 is before it").arg(eraName(w.era), iso(eraStart(w.era)), asTyped));
    if (end.isValid() && d > end)
        return makeError(QStringLiteral("wareki.range"),
                         Tr::tr("%1 ended on %2, %3 is after it (that day is %4)")
                             .arg(eraName(w.era), iso(end), asTyped, format(d, Style::Long)));
    return d;
}

QString format(QDate date, Style style)
{
    const auto w = toWareki(date);
    if (!w)
        return {};
    const QString mm = QStringLiteral("%1").arg(w->month, 2, 10, QLatin1Char('0'));
    const QString dd = QStringLiteral("%1").arg(w->day, 2, 10, QLatin1Char('0'));
    switch (style) {
    case Style::Long:
        return eraYear(w->era, w->year) + QString::number(w->month) + u'月' + QString::number(w->day) + u'日';
    case Style::Numeric:
        return eraLetter(w->era) + QString::number(w->year) + u'.' + mm + u'.' + dd;
    case Style::Romaji:
        return eraRomaji(w->era) + u' ' + QString::number(w->year) + u'.' + mm + u'.' + dd;
    }
    return {};
}

QString counterCode(QDate date)
{
    const auto w = toWareki(date);
    if (!w || w->year > 99)
        return {};
    return QStringLiteral("%1%2%3%4")
        .arg(static_cast<int>(w->era))
        .arg(w->year, 2, 10, QLatin1Char('0'))
        .arg(w->month, 2, 10, QLatin1Char('0'))
        .arg(w->day, 2, 10, QLatin1Char('0'));
}

int fiscalYear(QDate date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QString formatFiscalYear(int westernFiscalYear, FiscalEraRule rule)
{
    const auto atStart = eraAt(QDate(westernFiscalYear, 4, 1));
    if (!atStart)
        return {};
    Era era = *atStart;
    if (rule == FiscalEraRule::EraAtEnd) {
        const Era atEnd = *eraAt(QDate(westernFiscalYear + 1, 3, 31));
        if (westernFiscalYear >= info(atEnd).startYear)
            era = atEnd;
    }
    const int year = westernFiscalYear - info(era).startYear + 1;
    return eraYear(era, year) + u'度';
}

} // namespace madoguchi::Wareki
