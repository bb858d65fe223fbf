#pragma once

#include "smartcard/CardResult.h"

#include <cstdint>
#include <string>

namespace madoguchi::smartcard {

// The symbolic name of a PC/SC return code ("SCARD_E_NO_SERVICE") for logs and diagnostics,
// or the hex value when the code is unknown.
std::string pcscErrorName(std::int64_t code);
// The typed error for a failing PC/SC call: detail is "<what>: <code name>". Removal shows up
// first as SCARD_E_NOT_TRANSACTED on pcsc-lite (reference: "On removal a connected client first
// gets SCARD_E_NOT_TRANSACTED, then SCARD_W_REMOVED_CARD"), so both map to CardRemoved.
CardError cardErrorFromPcsc(std::int64_t code, const std::string& what);
// The service went away (pcscd restarted, SCardSvr stopped): the context must be re-established.
bool isServiceLost(std::int64_t code);

} // namespace madoguchi::smartcard
