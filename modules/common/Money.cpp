#include "common/Money.h"

#include <limits>

namespace madoguchi {

namespace {

QString whereAt(qsizetype pos)
{
    return Money::tr("character %1").arg(pos + 1);
}

// Full-width forms, the yen sign and minus variants mapped one character to one, so that
// positions in messages are positions in what was typed.
char16_t asciiFold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return char16_t(u - 0xFEE0);
    switch (u) {
    case 0x3000:
        return u' ';
    case 0xFFE5: // FULLWIDTH YEN SIGN
        return 0x00A5;
    case 0x2212: // MINUS SIGN
        return u'-';
    default:
        return u;
    }
}

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

Result<Money> Money::add(Money other) const
{
    qint64 r = 0;
    if (__builtin_add_overflow(m_yen, other.m_yen, &r))
        return makeError(QStringLiteral("money.overflow"),
                         tr("The sum of %1 and %2 is too large").arg(format(), other.format()));
    return Money(r);
}

Result<Money> Money::sub(Money other) const
{
    qint64 r = 0;
    if (__builtin_sub_overflow(m_yen, other.m_yen, &r))
        return makeError(QStringLiteral("money.overflow"),
                         tr("The difference of %1 and %2 is too large").arg(format(), other.format()));
    return Money(r);
}

Result<Money> Money::multiply(qint64 count) const
{
    qint64 r = 0;
    if (__builtin_mul_overflow(m_yen, count, &r))
        return makeError(QStringLiteral("money.overflow"),
                         tr("%1 times %2 is too large").arg(format()).arg(count));
    return Money(r);
}

QString Money::groupedMagnitude() const
{
    // Unsigned, so that the magnitude of the smallest qint64 does not overflow.
    quint64 magnitude = m_yen < 0 ? 0 - quint64(m_yen) : quint64(m_yen);
    QString digits = QString::number(magnitude);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString Money::format() const
{
    return (m_yen < 0 ? QStringLiteral("-") : QString()) + groupedMagnitude() + u'円';
}

QString Money::formatWithSymbol() const
{
    return (m_yen < 0 ? QStringLiteral("-") : QString()) + u'¥' + groupedMagnitude();
}

Result<Money> Money::parse(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < n ? asciiFold(text[k]) : char16_t(0); };
    auto skipBlanks = [&] {
        while (i < n && isBlank(at(i)))
            ++i;
    };

    skipBlanks();
    if (i == n)
        return makeError(QStringLiteral("money.empty"), tr("The amount is empty"));

    bool negative = false;
    if (at(i) == u'-') {
        negative = true;
        ++i;
    }
    if (at(i) == 0x00A5) {
        ++i;
        if (!negative && at(i) == u'-') {
            negative = true;
            ++i;
        }
    }

    // The magnitude may reach 2^63 for a negative amount (the smallest qint64).
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    quint64 magnitude = 0;
    int digits = 0;
    int groupLength = 0;
    qsizetype lastComma = -1;
    for (; i < n; ++i) {
        const char16_t c = at(i);
        if (c >= u'0' && c <= u'9') {
            const unsigned d = c - u'0';
            if (magnitude > (limit - d) / 10)
                return makeError(QStringLiteral("money.overflow"),
                                 tr("The amount is too large: at most %1 yen")
                                     .arg(fromYen(std::numeric_limits<qint64>::max()).groupedMagnitude()),
                                 whereAt(i));
            magnitude = magnitude * 10 + d;
            ++digits;
            ++groupLength;
        } else if (c == u',') {
            const bool badGroup = lastComma >= 0 ? groupLength != 3 : groupLength == 0 || groupLength > 3;
            if (badGroup)
                return makeError(QStringLiteral("money.grouping"),
                                 tr("Digits are grouped by three between commas"), whereAt(i));
            lastComma = i;
            groupLength = 0;
        } else if (c == u'.') {
            return makeError(QStringLiteral("money.fraction"),
                             tr("Yen amounts are whole numbers, \"%1\" is not allowed").arg(text[i]),
                             whereAt(i));
        } else {
            break;
        }
    }
    if (digits == 0) {
        if (i == n)
            return makeError(QStringLiteral("money.syntax"), tr("The amount has no digits"));
        return makeError(QStringLiteral("money.syntax"), tr("Unexpected \"%1\" in the amount").arg(text[i]),
                         whereAt(i));
    }
    if (lastComma >= 0 && groupLength != 3)
        return makeError(QStringLiteral("money.grouping"), tr("Digits are grouped by three between commas"),
                         whereAt(lastComma + 1));

    skipBlanks();
    if (at(i) == u'円')
        ++i;
    skipBlanks();
    if (i < n) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < n;
        return makeError(QStringLiteral("money.syntax"),
                         tr("Unexpected \"%1\" in the amount").arg(text.sliced(i, pair ? 2 : 1).toString()),
                         whereAt(i));
    }
    // -(magnitude - 1) - 1 reaches the smallest qint64 (magnitude 2^63) without overflowing.
    if (negative && magnitude > 0)
        return Money(-qint64(magnitude - 1) - 1);
    return Money(qint64(magnitude));
}

} // namespace madoguchi
