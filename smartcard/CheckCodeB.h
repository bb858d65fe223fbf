#pragma once

#include "smartcard/CardResult.h"

#include <string>

namespace madoguchi::smartcard {

// 照合番号B of the card-info input support application (EF 0015) and of the card-face
// application (EF 0012): 14 ASCII digits, the birth date in the Japanese era calendar as
// YYMMDD, the card's expiry year (4 digits) and the 4-digit security code printed on the card
// (reference, "Files and secrets"). That it opens EF 0002 instead of the PIN comes from a
// single public source: unconfirmed on real cards. Like a PIN, the code is a secret: the
// caller wipes it, and nothing here logs it or puts it in an error detail.
class CheckCodeB
{
public:
    static constexpr std::size_t kLength = 14;

    // The code as it is to be sent, or InvalidCheckCodeFormat when it is not 14 digits with a
    // possible era date (month 01-12, day 01-31) and an expiry year from 2015 (the first cards)
    // to 2099. Nothing is sent to the card for a malformed code: it must not cost a try.
    static CardResult<std::string> normalize(const std::string& code);

    // Builds the code from what the clerk reads off the card: the Gregorian birth date (the era
    // is worked out here: Reiwa from 2019-05-01, Heisei from 1989-01-08, Showa from 1926-12-25,
    // Taisho from 1912-07-30), the expiry year and the security code.
    static CardResult<std::string> compose(int birthYear, int birthMonth, int birthDay, int expiryYear,
                                           const std::string& securityCode);
};

} // namespace madoguchi::smartcard
