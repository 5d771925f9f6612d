#pragma once

#include "core/result.h"

#include <QEventLoop>
#include <QObject>

#include <optional>
#include <utility>

namespace suanli::cli {

// Runs one asynchronous call to completion: `start(context, completion)` starts it, and the
// event loop spins until the completion fires. A command-line tool does one thing at a time,
// so blocking here keeps each command a straight sequence of steps. The context object dies
// on return, so a completion that somehow fires twice cannot reach a dead stack frame.
template<typename T, typename Start>
Result<T> awaitResult(Start &&start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QObject context;
    std::forward<Start>(start)(&context, [&result, &loop](const Result<T> &r) {
        if (result)
            return;
        result = r;
        loop.quit();
    });
    while (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace suanli::cli
