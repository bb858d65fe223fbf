#pragma once

#include "smartcard/CardError.h"

#include <cstdint>
#include <string>

namespace madoguchi::smartcard {

// The two trailing bytes of every card answer, classified. The card layer asks isOk() and
// otherwise hands toError() up: the UI needs "wrong PIN, 2 tries left" and "blocked", not hex.
class StatusWord
{
public:
    enum class Kind {
        Ok,                         // 9000
        WrongPin,                   // 63Cx, x = tries left
        Blocked,                    // 6983 / 6984
        SecurityStatusNotSatisfied, // 6982
        FileNotFound,               // 6A82
        WrongP1P2,                  // 6A86
        WrongOffset,                // 6B00
        WrongLength,                // 6700
        WrongLe,                    // 6Cxx, xx = the correct Le
        MoreData,                   // 61xx, xx = bytes available
        Unexpected,                 // anything else
    };

    constexpr StatusWord() = default;
    constexpr explicit StatusWord(std::uint16_t value)
        : m_value(value)
    {}
    constexpr StatusWord(std::uint8_t sw1, std::uint8_t sw2)
        : m_value(static_cast<std::uint16_t>(sw1 << 8 | sw2))
    {}

    std::uint16_t value() const { return m_value; }
    std::uint8_t sw1() const { return static_cast<std::uint8_t>(m_value >> 8); }
    std::uint8_t sw2() const { return static_cast<std::uint8_t>(m_value & 0xFF); }

    Kind kind() const;
    bool isOk() const { return kind() == Kind::Ok; }
    // 63Cx: x; -1 for any other status word. The tries-left query answers with this too.
    int triesLeft() const;
    // 6Cxx: the Le the card wants (00 means 256); -1 otherwise.
    int correctLe() const;
    // 61xx: the bytes the card still has (00 means 256 or more); -1 otherwise.
    int moreData() const;

    // The typed error for a status word that is not 9000 (detail names the SW). For 9000 it
    // returns an UnexpectedStatus error: callers check isOk() first.
    CardError toError() const;
    // "6A82"
    std::string hex() const;

    friend bool operator==(StatusWord a, StatusWord b) { return a.m_value == b.m_value; }
    friend bool operator!=(StatusWord a, StatusWord b) { return a.m_value != b.m_value; }

private:
    std::uint16_t m_value = 0;
};

} // namespace madoguchi::smartcard
