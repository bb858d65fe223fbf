#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::smartcard {

// Upper-case hex with one space between bytes ("00 A4 04 0C"), the form the reference and
// pcsc-tools use, so log lines can be compared with them directly.
std::string toHex(const std::uint8_t* data, std::size_t size);
std::string toHex(const std::vector<std::uint8_t>& bytes);
// A tag or status word as compact hex without leading zero bytes ("DF21", "6A82", "30").
std::string tagHex(std::uint32_t tag);

} // namespace madoguchi::smartcard
