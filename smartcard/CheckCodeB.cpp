#include "smartcard/CheckCodeB.h"

#include "smartcard/SecureWipe.h"

#include <cstdio>

namespace madoguchi::smartcard {

namespace {

bool allDigits(const std::string& text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int number(const std::string& text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i)
        value = value * 10 + (text[i] - '0');
    return value;
}

CardError formatError(const char* what)
{
    // Names the rule, never the digits.
    return makeCardError(CardErrorCode::InvalidCheckCodeFormat, std::string("照合番号B: ") + what);
}

// The year within its era; 0 before Taisho (nobody alive holds such a card).
int eraYear(int year, int month, int day)
{
    const int date = year * 10000 + month * 100 + day;
    if (date >= 20190501)
        return year - 2018;
    if (date >= 19890108)
        return year - 1988;
    if (date >= 19261225)
        return year - 1925;
    if (date >= 19120730)
        return year - 1911;
    return 0;
}

} // namespace

CardResult<std::string> CheckCodeB::normalize(const std::string& code)
{
    if (code.size() != kLength || !allDigits(code))
        return formatError("needs 14 digits (era birth date YYMMDD, expiry year, security code)");
    const int month = number(code, 2, 2);
    const int day = number(code, 4, 2);
    if (number(code, 0, 2) == 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return formatError("digits 1-6 are not an era date YYMMDD");
    const int expiry = number(code, 6, 4);
    if (expiry < 2015 || expiry > 2099)
        return formatError("digits 7-10 are not an expiry year");
    return std::string(code);
}

CardResult<std::string> CheckCodeB::compose(int birthYear, int birthMonth, int birthDay, int expiryYear,
                                            const std::string& securityCode)
{
    if (securityCode.size() != 4 || !allDigits(securityCode))
        return formatError("the security code needs 4 digits");
    const int era = eraYear(birthYear, birthMonth, birthDay);
    if (era <= 0 || era > 99 || birthMonth < 1 || birthMonth > 12 || birthDay < 1 || birthDay > 31)
        return formatError("the birth date has no era year");
    char head[16];
    std::snprintf(head, sizeof head, "%02d%02d%02d%04d", era, birthMonth, birthDay, expiryYear % 10000);
    std::string code = std::string(head) + securityCode;
    auto checked = normalize(code);
    secureWipe(code);
    return checked;
}

} // namespace madoguchi::smartcard
