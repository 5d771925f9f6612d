#include "metricthreshold.h"

#include <algorithm>
#include <optional>

namespace suanli {

MetricThreshold::MetricThreshold(double level, Direction direction)
    : m_level(level)
    , m_direction(direction)
{
}

bool MetricThreshold::breachedBy(double value) const
{
    return m_direction == Direction::Above ? value > m_level : value < m_level;
}

QList<MetricSpan> MetricThreshold::spans(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs,
                                         qint64 maxGapMs) const
{
    const auto first = points.cbegin();
    const auto last = points.cend();
    QList<MetricSpan> out;
    auto it = std::lower_bound(first, last, fromMs, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
    std::optional<MetricSpan> open;
    qint64 previous = 0;
    for (; it != last && it->timeMs <= toMs; ++it) {
        const bool gap = open && it->timeMs - previous > maxGapMs;
        if (open && (gap || !breachedBy(it->value))) {
            out.append(*open);
            open.reset();
        }
        if (breachedBy(it->value)) {
            if (open)
                open->toMs = it->timeMs;
            else
                open = MetricSpan{it->timeMs, it->timeMs};
        }
        previous = it->timeMs;
    }
    if (open)
        out.append(*open);
    return out;
}

} // namespace suanli
