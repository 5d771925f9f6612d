#pragma once

#include <QtGlobal>

#include <deque>
#include <utility>

namespace suanli::transfer {

// Bytes per second over a sliding window of acknowledged bytes, and the time left at that rate.
class RateMeter final
{
public:
    explicit RateMeter(qint64 windowMs = 10000)
        : m_windowMs(windowMs)
    {
    }

    void add(qint64 bytes, qint64 nowMs);
    // Bytes per second; 0 until the first bytes arrive.
    double rate(qint64 nowMs) const;
    // Seconds to move `remainingBytes` at the current rate; -1 when that is unknown.
    qint64 etaSeconds(qint64 remainingBytes, qint64 nowMs) const;
    // Starts a new measurement (after a pause, say).
    void reset(qint64 nowMs);
    // Forgets everything; the measurement starts at the next begin() or add().
    void clear();
    // Bytes started moving: the measurement counts from here unless it runs already.
    void begin(qint64 nowMs)
    {
        if (m_startMs < 0)
            m_startMs = nowMs;
    }

private:
    void expire(qint64 nowMs) const;

    qint64 m_windowMs;
    qint64 m_startMs = -1;
    mutable std::deque<std::pair<qint64, qint64>> m_samples; // time, bytes
    mutable qint64 m_bytesInWindow = 0;
};

} // namespace suanli::transfer
