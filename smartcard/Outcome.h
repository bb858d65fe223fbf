#pragma once

#include <cassert>
#include <utility>
#include <variant>

namespace madoguchi::smartcard {

// A value or an error of a type of the caller's choice. CardResult<T> is Outcome<T, CardError>
// (the card's own failures); the certificate and face-photo decoders report their own small
// error types, so that they need no CardErrorCode of their own and stay out of CardError.
template <class T, class E>
class Outcome
{
public:
    Outcome(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Outcome(E error)
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
    const E& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, E> m_state;
};

} // namespace madoguchi::smartcard
