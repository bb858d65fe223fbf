#pragma once

#include "smartcard/Hex.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

// Test vectors are written as hex with spaces ("00 A4 04 0C"), like the reference document.
inline std::vector<std::uint8_t> hexBytes(const char* text)
{
    const QByteArray raw = QByteArray::fromHex(QByteArray(text));
    return std::vector<std::uint8_t>(raw.begin(), raw.end());
}

inline std::vector<std::uint8_t> utf8Bytes(const char* text)
{
    const std::string s(text);
    return std::vector<std::uint8_t>(s.begin(), s.end());
}

inline QString hexOf(const std::vector<std::uint8_t>& bytes)
{
    return QString::fromStdString(madoguchi::smartcard::toHex(bytes));
}

inline std::vector<std::uint8_t> concat(std::initializer_list<std::vector<std::uint8_t>> parts)
{
    std::vector<std::uint8_t> out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}
