#pragma once

#include "smartcard/CardError.h"

#include <cassert>
#include <utility>
#include <variant>

namespace madoguchi::smartcard {

// A value or a CardError: the card code reports failures as values because they are normal
// (wrong PIN, pulled card, odd bytes) and because it is built without exceptions in mind for
// the mingw-w64 target as well.
template <class T>
class CardResult
{
public:
    CardResult(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    CardResult(CardError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    const CardError& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, CardError> m_state;
};

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
