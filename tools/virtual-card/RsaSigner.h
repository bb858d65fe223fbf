#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::virtualcard {

// What the card does for 80 2A 00 80: PKCS#1 v1.5 type 1 padding over the DigestInfo the
// client built, then the raw RSA private operation (RSA_private_encrypt semantics).
class RsaSigner
{
public:
    // Empty on failure (missing key, DigestInfo too long for the modulus).
    static std::vector<std::uint8_t> sign(const std::string& pemKeyPath,
                                          const std::vector<std::uint8_t>& digestInfo);
};

} // namespace madoguchi::virtualcard
