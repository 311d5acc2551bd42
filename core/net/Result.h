#pragma once

#include "Error.h"

#include <optional>
#include <utility>

namespace osm {

// A typed outcome: a value or an Error. Copyable so that it can travel through QFuture.
template <typename T>
class Result
{
public:
    Result() : m_error(Error::Category::Cancelled) {}
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace osm
