#pragma once

#include "metricseries.h"

#include <QList>

#include <functional>
#include <optional>

namespace suanli {

// Finds GPUs that sit idle: utilization under a threshold (5 %) for at least a given time.
// A GPU is idle *now* only when its samples are current, so a pod that stopped reporting is not
// called idle; the clock says what now is.
class IdleGpuDetector final
{
public:
    using Clock = std::function<qint64()>; // epoch milliseconds

    static constexpr double kDefaultThresholdPercent = 5.0;
    static constexpr qint64 kDefaultMinimumIdleMs = 10 * 60 * 1000;

    explicit IdleGpuDetector(Clock clock, qint64 minimumIdleMs = kDefaultMinimumIdleMs,
                             double thresholdPercent = kDefaultThresholdPercent);

    qint64 minimumIdleMs() const { return m_minimumIdleMs; }
    void setMinimumIdleMs(qint64 ms) { m_minimumIdleMs = ms; }
    double thresholdPercent() const { return m_threshold; }

    // Stretches within [fromMs, toMs], each at least the minimum long, in which the card stayed
    // under the threshold. A stretch still going on at the newest sample runs to now.
    QList<MetricSpan> idleSpans(const QList<MetricPoint> &utilization, qint64 stepMs, qint64 fromMs,
                                qint64 toMs) const;
    // When the card's current idle stretch began, if it is idle now.
    std::optional<qint64> idleSince(const QList<MetricPoint> &utilization, qint64 stepMs) const;

    // Samples further apart than this end a stretch; the newest sample must be younger than this.
    static qint64 maxGapMs(qint64 stepMs);

private:
    Clock m_clock;
    qint64 m_minimumIdleMs;
    double m_threshold;
};

} // namespace suanli
