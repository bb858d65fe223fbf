#pragma once

#include "smartcard/CardError.h"
#include "smartcard/Outcome.h"

#include <utility>

namespace madoguchi::smartcard {

// A value or a CardError: the card code reports failures as values because they are normal
// (wrong PIN, pulled card, odd bytes) and because it is built without exceptions in mind for
// the mingw-w64 target as well.
template <class T>
using CardResult = Outcome<T, CardError>;

// The value of a CardResult<Done> that only reports success.
struct Done
{};

inline CardError makeCardError(CardErrorCode code, std::string detail)
{
    CardError e;
    e.code = code;
    e.detail = std::move(detail);
    return e;
}

} // namespace madoguchi::smartcard
