#pragma once

#include <cstdint>
#include <string>

namespace madoguchi::smartcard {

// The symbolic name of a PC/SC return code ("SCARD_E_NO_SERVICE") for logs and diagnostics,
// or the hex value when the code is unknown.
std::string pcscErrorName(std::int64_t code);

} // namespace madoguchi::smartcard
