#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace madoguchi {

// An amount of yen as a whole number. Fees, payments and settlements are integers by law and
// by every file format we read; there is no floating point anywhere in this class, and every
// arithmetic operation that could overflow is checked and returns an error instead.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::Money)

public:
    constexpr Money() = default;
    static constexpr Money fromYen(qint64 yen) { return Money(yen); }

    constexpr qint64 yen() const { return m_yen; }
    constexpr bool isZero() const { return m_yen == 0; }
    constexpr bool isNegative() const { return m_yen < 0; }

    // The sum, difference or product, or "money.overflow" when it does not fit in 64 bits.
    Result<Money> add(Money other) const;
    Result<Money> sub(Money other) const;
    Result<Money> multiply(qint64 count) const;

    QString format() const;           // "1,200円", "-1,200円"
    QString formatWithSymbol() const; // "¥1,200", "-¥1,200"

    // Accepts ASCII or full-width digits, grouping commas (exactly 3 digits a group), a sign
    // ('-', '−' or '－'), a leading ¥/￥ and a trailing 円, with spaces around: "1200",
    // "1,200", "１，２００", "1200円", "¥1,200", "-¥1,200". Rejects fractions ("12.5"),
    // misplaced commas ("1,20"), anything else and amounts that overflow, saying what and at
    // which character.
    static Result<Money> parse(QStringView text);

    friend constexpr bool operator==(Money a, Money b) { return a.m_yen == b.m_yen; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_yen != b.m_yen; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_yen < b.m_yen; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_yen <= b.m_yen; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_yen > b.m_yen; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_yen >= b.m_yen; }

private:
    constexpr explicit Money(qint64 yen)
        : m_yen(yen)
    {}

    QString groupedMagnitude() const;

    qint64 m_yen = 0;
};

} // namespace madoguchi
