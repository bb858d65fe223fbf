#include "common/MyNumber.h"

#include <QRegularExpression>

namespace madoguchi::MyNumber {

namespace {

// 12 digits (ASCII or full-width), optionally as 4-4-4 groups, not part of a longer run.
const QRegularExpression& candidatePattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9\\x{FF10}-\\x{FF19}])"
                                                      "[0-9\\x{FF10}-\\x{FF19}]{4}[ \\-\\x{3000}\\x{FF0D}]?"
                                                      "[0-9\\x{FF10}-\\x{FF19}]{4}[ \\-\\x{3000}\\x{FF0D}]?"
                                                      "[0-9\\x{FF10}-\\x{FF19}]{4}"
                                                      "(?![0-9\\x{FF10}-\\x{FF19}])"));
    return re;
}

} // namespace

int checkDigit(QStringView first11)
{
    if (first11.size() != 11)
        return -1;
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const QChar c = first11.at(11 - n);
        if (c < u'0' || c > u'9')
            return -1;
        const int p = c.unicode() - u'0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int rem = sum % 11;
    return rem <= 1 ? 0 : 11 - rem;
}

bool isValid(QStringView number)
{
    if (number.size() != 12)
        return false;
    const QChar last = number.at(11);
    if (last < u'0' || last > u'9')
        return false;
    return checkDigit(number.first(11)) == last.unicode() - u'0';
}

QString redact(const QString& text)
{
    if (text.size() < 12)
        return text;
    QString out = text;
    out.replace(candidatePattern(), QStringLiteral("[MyNumber]"));
    return out;
}

bool containsCandidate(const QString& text)
{
    return text.size() >= 12 && candidatePattern().match(text).hasMatch();
}

QString masked(QStringView number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u' ');
        out.append(i >= digits.size() - 4 ? digits.at(i) : QChar(0x25CF));
    }
    return out;
}

} // namespace madoguchi::MyNumber
