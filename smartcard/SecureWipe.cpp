#include "smartcard/SecureWipe.h"

namespace madoguchi::smartcard {

void secureWipe(std::vector<std::uint8_t>& bytes)
{
    volatile std::uint8_t* p = bytes.data();
    for (std::size_t i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

void secureWipe(std::string& text)
{
    volatile char* p = text.empty() ? nullptr : &text[0];
    for (std::size_t i = 0; i < text.size(); ++i)
        p[i] = 0;
    text.clear();
}

} // namespace madoguchi::smartcard
