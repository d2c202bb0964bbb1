// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"

#include <utility>
#include <variant>

namespace vida3 {

// A value or an Error (std::expected arrives with C++23; this is the subset we use).
template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Expected(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    // With a value, "no error" (code None), so diagnostics may read it unconditionally.
    const Error &error() const
    {
        static const Error none;
        return hasValue() ? none : std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

// Success or an Error, for calls with no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status ok() { return {}; }

    bool hasValue() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

}  // namespace vida3
