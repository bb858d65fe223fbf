#include "smartcard/PinFormat.h"

#include "smartcard/CardConstants.h"
#include "smartcard/SecureWipe.h"

namespace madoguchi::smartcard {

namespace {

const card::PinRule& ruleFor(PinKind kind)
{
    switch (kind) {
    case PinKind::Authentication:
        return card::kAuthPinRule;
    case PinKind::CardInfo:
        return card::kCardInfoPinRule;
    case PinKind::SigningPassword:
        break;
    }
    return card::kSigningPasswordRule;
}

} // namespace

CardResult<std::string> PinFormat::normalize(PinKind kind, const std::string& pin)
{
    const card::PinRule& rule = ruleFor(kind);
    const std::string lengthRule = rule.minLength == rule.maxLength ? std::to_string(rule.minLength)
                                                                    : std::to_string(rule.minLength) + "-" +
                                                                          std::to_string(rule.maxLength);
    const std::string what = rule.alphanumeric ? lengthRule + " characters A-Z 0-9" : lengthRule + " digits";
    if (pin.size() < rule.minLength || pin.size() > rule.maxLength)
        return makeCardError(CardErrorCode::InvalidPinFormat, "needs " + what);
    std::string out = pin;
    for (char& c : out) {
        // ASCII only: a locale-aware toupper could map other bytes, and full-width digits
        // typed through an IME are not what the card compares.
        if (rule.alphanumeric && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        const bool digit = c >= '0' && c <= '9';
        const bool upper = c >= 'A' && c <= 'Z';
        if (!(digit || (rule.alphanumeric && upper))) {
            secureWipe(out);
            return makeCardError(CardErrorCode::InvalidPinFormat, "needs " + what);
        }
    }
    return out;
}

int PinFormat::maxTries(PinKind kind)
{
    return ruleFor(kind).maxTries;
}

} // namespace madoguchi::smartcard
