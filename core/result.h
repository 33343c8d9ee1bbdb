#pragma once

#include "core/storeerror.h"

#include <utility>
#include <variant>

namespace vitrine {

// An expected-style result: a value or a StoreError. (std::expected is C++23; we build as C++20.)
template <typename T> class Result { // NOLINT(bugprone-exception-escape): inside std::variant
public:
    Result()
        : m_v(StoreError{}) {} // default-constructible for QCoro::waitFor; holds an error
    Result(T value)
        : m_v(std::move(value)) {}
    Result(StoreError error)
        : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }
    const StoreError &error() const { return std::get<StoreError>(m_v); }

private:
    std::variant<T, StoreError> m_v;
};

template <> class Result<void> {
public:
    Result() = default; // success
    Result(StoreError error)
        : m_error(std::move(error))
        , m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const StoreError &error() const { return m_error; }

private:
    StoreError m_error;
    bool m_ok = true;
};

} // namespace vitrine
