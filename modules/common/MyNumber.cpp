#include "common/MyNumber.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

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

// Canonical UUIDs (visit ids, idempotency keys) are not My Numbers, but their digit-only groups
// can look like one ("…-1234-5678-9012-…", or a last group of 12 digits): a few percent of
// random UUIDs did, and audit records naming a visit were refused. Runs inside one are skipped.
const QRegularExpression& uuidPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9A-Fa-f\\-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
        "(?![0-9A-Fa-f\\-])"));
    return re;
}

// The candidate runs of `text` that are not inside a UUID, as (start, length).
QList<std::pair<qsizetype, qsizetype>> candidates(const QString& text)
{
    QList<std::pair<qsizetype, qsizetype>> uuids;
    for (auto it = uuidPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        uuids.append({m.capturedStart(), m.capturedEnd()});
    }
    QList<std::pair<qsizetype, qsizetype>> runs;
    for (auto it = candidatePattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool inUuid = std::any_of(uuids.cbegin(), uuids.cend(), [&m](const auto& span) {
            return m.capturedStart() >= span.first && m.capturedEnd() <= span.second;
        });
        if (!inUuid)
            runs.append({m.capturedStart(), m.capturedLength()});
    }
    return runs;
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
    const auto runs = candidates(text);
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) // from the end: offsets stay right
        out.replace(run->first, run->second, QStringLiteral("[MyNumber]"));
    return out;
}

bool containsCandidate(const QString& text)
{
    return text.size() >= 12 && candidatePattern().match(text).hasMatch() && !candidates(text).isEmpty();
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
