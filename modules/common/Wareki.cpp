#include "common/Wareki.h"

#include <QCoreApplication>

#include <array>

namespace madoguchi::Wareki {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::Wareki)
};

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

QString whereAt(qsizetype pos)
{
    return Tr::tr("character %1").arg(pos + 1);
}

// Full-width ASCII (ＦＦ01–ＦＦ5E) and the ideographic space mapped one to one, so that a
// character position in the folded text is the same position in what the clerk typed.
QString foldWidth(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            out[i] = QChar(char16_t(c - 0xFEE0));
        else if (c == 0x3000)
            out[i] = u' ';
        else
            out[i] = QChar(c);
    }
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A cursor over the folded text with the small grammar of parse().
class Scanner
{
public:
    explicit Scanner(const QString& text)
        : m_text(text)
    {
        skipSpaces();
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype pos() const { return m_pos; }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }

    void skipSpaces()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        skipSpaces();
        return true;
    }

    // A run of ASCII digits; `digits` is its length (0 when there is none).
    int number(int& digits)
    {
        int value = 0;
        digits = 0;
        while (!atEnd() && isAsciiDigit(m_text[m_pos])) {
            if (digits < 9)
                value = value * 10 + (m_text[m_pos].unicode() - u'0');
            ++digits;
            ++m_pos;
        }
        skipSpaces();
        return value;
    }

    std::optional<Era> era()
    {
        for (const EraInfo& e : kEras) {
            if (QStringView(m_text).sliced(m_pos).startsWith(QStringView(e.name))) {
                m_pos += 2;
                return done(e.era);
            }
        }
        const QChar c = peek();
        for (const EraInfo& e : kEras) {
            if (c == QChar(e.square) || c == QChar(e.name[0])) {
                ++m_pos;
                return done(e.era);
            }
        }
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end].unicode() < 0x80 && m_text[end].isLetter())
            ++end;
        const QStringView word = QStringView(m_text).sliced(m_pos, end - m_pos);
        for (const EraInfo& e : kEras) {
            if (word.compare(QLatin1Char(e.letter), Qt::CaseInsensitive) == 0 ||
                word.compare(QLatin1String(e.romaji), Qt::CaseInsensitive) == 0) {
                m_pos = end;
                return done(e.era);
            }
        }
        return std::nullopt;
    }

    // The character at the cursor as the clerk typed it, for a message.
    QString current(QStringView original) const
    {
        if (atEnd())
            return {};
        const bool pair = m_text[m_pos].isHighSurrogate() && m_pos + 1 < m_text.size();
        return original.sliced(m_pos, pair ? 2 : 1).toString();
    }

private:
    Era done(Era e)
    {
        skipSpaces();
        return e;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

Error syntaxError(const Scanner& s, QStringView original)
{
    if (s.atEnd())
        return makeError(QStringLiteral("wareki.syntax"), Tr::tr("The date is incomplete"), whereAt(s.pos()));
    return makeError(QStringLiteral("wareki.syntax"),
                     Tr::tr("Unexpected \"%1\" in the date").arg(s.current(original)), whereAt(s.pos()));
}

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'/' || c == u'-';
}

// Month, day and an optional 日, after "<year><sep>" was read. After 年 the month ends with
// 月; after '.', '/' or '-' it ends with the same separator again.
Result<std::array<int, 2>> monthDay(Scanner& s, QStringView original, QChar sep)
{
    int digits = 0;
    const int month = s.number(digits);
    if (digits == 0 || digits > 2)
        return syntaxError(s, original);
    const QChar sep2 = sep == u'年' ? QChar(u'月') : sep;
    if (!s.accept(sep2))
        return syntaxError(s, original);
    const int day = s.number(digits);
    if (digits == 0 || digits > 2)
        return syntaxError(s, original);
    s.accept(u'日');
    if (!s.atEnd())
        return syntaxError(s, original);
    return std::array<int, 2>{month, day};
}

Error notAMonth(int month)
{
    return makeError(QStringLiteral("wareki.date"),
                     Tr::tr("%1 is not a month").arg(QString::number(month) + u'月'));
}

Error notADate(int month, int day, const QString& context)
{
    return makeError(
        QStringLiteral("wareki.date"),
        Tr::tr("%1 is not a date in %2").arg(QStringLiteral("%1月%2日").arg(month).arg(day), context));
}

Result<QDate> gregorian(int year, int month, int day)
{
    if (month < 1 || month > 12)
        return notAMonth(month);
    const QDate d(year, month, day);
    if (!d.isValid())
        return notADate(month, day, QString::number(year));
    return d;
}

Result<QDate> western(Scanner& s, QStringView original)
{
    const qsizetype start = s.pos();
    int digits = 0;
    const int year = s.number(digits);
    if (digits != 4)
        return makeError(QStringLiteral("wareki.syntax"),
                         Tr::tr("A Western year has 4 digits, this one has %1").arg(digits), whereAt(start));
    const QChar sep = s.peek();
    if (!(isSeparator(sep) || sep == u'年') || !s.accept(sep))
        return syntaxError(s, original);
    const auto md = monthDay(s, original, sep);
    if (!md)
        return md.error();
    return gregorian(year, md.value()[0], md.value()[1]);
}

} // namespace

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

Result<QDate> parseCounterCode(QStringView code)
{
    const QString s = foldWidth(code);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiDigit(s[i]))
            return makeError(QStringLiteral("wareki.syntax"),
                             Tr::tr("A date code has digits only, not \"%1\"").arg(code[i]), whereAt(i));
    }
    if (s.size() != 7)
        return makeError(
            QStringLiteral("wareki.length"),
            Tr::tr("A date code has 7 digits (era digit + YYMMDD), this one has %1").arg(s.size()));
    const int eraDigit = s[0].unicode() - u'0';
    if (eraDigit < 1 || eraDigit > 5)
        return makeError(QStringLiteral("wareki.era"),
                         Tr::tr("Unknown era digit %1: use 1 (%2), 2 (%3), 3 (%4), 4 (%5) or 5 (%6)")
                             .arg(QString::number(eraDigit), eraName(Era::Meiji), eraName(Era::Taisho),
                                  eraName(Era::Showa), eraName(Era::Heisei), eraName(Era::Reiwa)),
                         whereAt(0));
    const QStringView v(s);
    return fromWareki(WarekiDate{static_cast<Era>(eraDigit), v.sliced(1, 2).toInt(), v.sliced(3, 2).toInt(),
                                 v.sliced(5, 2).toInt()});
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

Result<QDate> parse(QStringView text)
{
    const QString folded = foldWidth(text);
    const QStringView trimmed = QStringView(folded).trimmed();
    if (trimmed.isEmpty())
        return makeError(QStringLiteral("wareki.empty"), Tr::tr("The date is empty"));

    // A bare run of digits is a code: 7 for the counter code, 8 for YYYYMMDD.
    bool allDigits = true;
    for (QChar c : trimmed)
        allDigits = allDigits && isAsciiDigit(c);
    if (allDigits) {
        if (trimmed.size() == 7)
            return parseCounterCode(trimmed);
        if (trimmed.size() == 8)
            return gregorian(trimmed.first(4).toInt(), trimmed.sliced(4, 2).toInt(),
                             trimmed.sliced(6, 2).toInt());
        return makeError(QStringLiteral("wareki.length"),
                         Tr::tr("A date code has 7 digits (era digit + YYMMDD) or 8 digits (YYYYMMDD), "
                                "this one has %1")
                             .arg(trimmed.size()));
    }

    Scanner s(folded);
    if (isAsciiDigit(s.peek()))
        return western(s, text);

    const auto era = s.era();
    if (!era) {
        if (s.atEnd())
            return syntaxError(s, text);
        return makeError(QStringLiteral("wareki.era"), Tr::tr("Unknown era \"%1\"").arg(s.current(text)),
                         whereAt(s.pos()));
    }
    int year = 0;
    if (s.accept(u'元')) {
        year = 1;
    } else {
        int digits = 0;
        year = s.number(digits);
        // Up to 4 digits: format() prints 令和100年 from 2118 on, and parse reads it back.
        if (digits == 0 || digits > 4)
            return syntaxError(s, text);
    }
    const QChar sep = s.peek();
    if (!(isSeparator(sep) || sep == u'年') || !s.accept(sep))
        return syntaxError(s, text);
    const auto md = monthDay(s, text, sep);
    if (!md)
        return md.error();
    return fromWareki(WarekiDate{*era, year, md.value()[0], md.value()[1]});
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
    return eraName(era) + (year == 1 ? QStringLiteral("元") : QString::number(year)) + QStringLiteral("年度");
}

} // namespace madoguchi::Wareki
