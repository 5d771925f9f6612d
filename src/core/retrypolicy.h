#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace suanli {

// Bounded full-jitter exponential backoff for calls that are safe to repeat.
struct RetryPolicy
{
    int maxAttempts = 4;        // first try included
    int baseDelayMs = 250;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000; // a server's Retry-After is honoured up to this

    // Delay before attempt number `attempt` (1 = the first retry): uniform in
    // [0, min(maxDelay, base * 2^(attempt-1))]. `unit` returns a value in [0, 1).
    int backoffMs(int attempt, const std::function<double()> &unit) const;

    // The server's Retry-After (delta-seconds or HTTP-date), if any, clamped.
    std::optional<int> retryAfterMs(const QByteArray &headerValue, const QDateTime &nowUtc) const;

    static RetryPolicy none() { RetryPolicy p; p.maxAttempts = 1; return p; }
};

} // namespace suanli
