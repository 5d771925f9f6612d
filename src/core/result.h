#pragma once

#include "apierror.h"

#include <optional>
#include <utility>
#include <variant>

namespace suanli {

// A value or an ApiError. Cheap to move, queued through signals by value.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(ApiError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For calls whose success carries no data.
struct Done {};
using Status = Result<Done>;

} // namespace suanli
