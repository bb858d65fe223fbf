#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace madoguchi {

// An error as a value: a stable code for programs and a translated message for people,
// plus where it happened (file, line, field, table...) so that the message can say it.
struct Error
{
    QString code;    // stable, ASCII, e.g. "db.locked", "settings.locked"
    QString message; // for people, already translated
    QString where;   // optional location: "policy.ini:12 [Lock] idleMinutes"

    // "message (where)", the form shown inline in the UI and printed by the CLI.
    QString toString() const
    {
        return where.isEmpty() ? message : message + QStringLiteral(" (") + where + u')';
    }
};

// Result<T>: either a value or an Error. Result<void> carries only success or an Error.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString code, QString message, QString where = {})
{
    return Error{std::move(code), std::move(message), std::move(where)};
}

} // namespace madoguchi
