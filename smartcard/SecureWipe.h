#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::smartcard {

// Overwrites the bytes through a volatile pointer (so the compiler keeps the stores), then
// clears the container.
void secureWipe(std::vector<std::uint8_t>& bytes);
void secureWipe(std::string& text);

} // namespace madoguchi::smartcard
