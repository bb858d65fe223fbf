#pragma once

#include "smartcard/CardResult.h"

#include <string>

namespace madoguchi::smartcard {

enum class PinKind {
    Authentication,  // JPKI 利用者証明用電子証明書 PIN: ^\d{4}$, 3 tries
    CardInfo,        // 券面事項入力補助 PIN: ^\d{4}$, 3 tries
    SigningPassword, // JPKI 署名用電子証明書 password: ^[A-Z0-9]{6,16}$ after upper-casing, 5 tries
};

// The local format check made before any VERIFY: a malformed PIN must not cost a try.
class PinFormat
{
public:
    // The PIN as it is to be sent (the signing password upper-cased), or InvalidPinFormat. The
    // error detail names the rule, never the PIN.
    static CardResult<std::string> normalize(PinKind kind, const std::string& pin);
    static bool isValid(PinKind kind, const std::string& pin) { return normalize(kind, pin).ok(); }
    static int maxTries(PinKind kind);
};

} // namespace madoguchi::smartcard
