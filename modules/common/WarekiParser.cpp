#include "common/WarekiParser.h"

#include <array>

namespace madoguchi::Wareki {

using detail::notADate;
using detail::notAMonth;
using detail::Tr;

namespace {

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
        qsizetype length = 0;
        const auto e = detail::matchEra(QStringView(m_text).sliced(m_pos), length);
        if (!e)
            return std::nullopt;
        m_pos += length;
        skipSpaces();
        return e;
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

// What follows the year, Western or era: a separator, month, day and an optional 日. After 年
// the month ends with 月; after '.', '/' or '-' it ends with the same separator again.
Result<std::array<int, 2>> monthDay(Scanner& s, QStringView original)
{
    const QChar sep = s.peek();
    if (!(isSeparator(sep) || sep == u'年') || !s.accept(sep))
        return syntaxError(s, original);
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
    const auto md = monthDay(s, original);
    if (!md)
        return md.error();
    return gregorian(year, md.value()[0], md.value()[1]);
}

} // namespace

namespace detail {

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

} // namespace detail

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
    const auto md = monthDay(s, text);
    if (!md)
        return md.error();
    return fromWareki(WarekiDate{*era, year, md.value()[0], md.value()[1]});
}

} // namespace madoguchi::Wareki
