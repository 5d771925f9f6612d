#pragma once

#include "waitfor.h"

#include "core/result.h"

#include <gtest/gtest.h>

#include <QObject>

#include <functional>
#include <optional>

namespace suanli::test {

// Runs one asynchronous call that reports through a Completion and waits for its result.
template<typename T>
Result<T> await(const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call, int timeoutMs = 20000)
{
    QObject context;
    std::optional<Result<T>> out;
    call(&context, [&out](const Result<T> &r) { out.emplace(r); });
    if (!waitFor([&] { return out.has_value(); }, timeoutMs))
        return ApiError::timeout();
    return *out;
}

} // namespace suanli::test
