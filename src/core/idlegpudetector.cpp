#include "idlegpudetector.h"

#include "metricthreshold.h"

#include <algorithm>

namespace suanli {

IdleGpuDetector::IdleGpuDetector(Clock clock, qint64 minimumIdleMs, double thresholdPercent)
    : m_clock(std::move(clock))
    , m_minimumIdleMs(minimumIdleMs)
    , m_threshold(thresholdPercent)
{
}

qint64 IdleGpuDetector::maxGapMs(qint64 stepMs)
{
    // Three missed samples, and never less than a minute: scrapes are late now and then.
    return std::max<qint64>(3 * stepMs, 60 * 1000);
}

QList<MetricSpan> IdleGpuDetector::idleSpans(const QList<MetricPoint> &utilization, qint64 stepMs, qint64 fromMs,
                                             qint64 toMs) const
{
    const qint64 now = m_clock();
    const qint64 gap = maxGapMs(stepMs);
    const MetricThreshold under(m_threshold, MetricThreshold::Direction::Below);
    QList<MetricSpan> out;
    for (MetricSpan span : under.spans(utilization, fromMs, toMs, gap)) {
        // Still idle at the newest sample, and that sample is current: the stretch lasts until now.
        if (!utilization.empty() && span.toMs == utilization.back().timeMs && now - span.toMs <= gap)
            span.toMs = std::max(span.toMs, std::min(now, toMs));
        if (span.lengthMs() >= m_minimumIdleMs)
            out.append(span);
    }
    return out;
}

std::optional<qint64> IdleGpuDetector::idleSince(const QList<MetricPoint> &utilization, qint64 stepMs) const
{
    if (utilization.empty())
        return std::nullopt;
    const qint64 now = m_clock();
    const qint64 gap = maxGapMs(stepMs);
    const MetricPoint &newest = utilization.back();
    if (now - newest.timeMs > gap || newest.value >= m_threshold)
        return std::nullopt;
    // Walk back while the samples stay under the threshold and close together.
    qint64 since = newest.timeMs;
    for (auto it = utilization.crbegin() + 1; it != utilization.crend(); ++it) {
        if (it->value >= m_threshold || since - it->timeMs > gap)
            break;
        since = it->timeMs;
    }
    if (now - since < m_minimumIdleMs)
        return std::nullopt;
    return since;
}

} // namespace suanli
