#pragma once

#include "metricseries.h"

#include <QList>


namespace suanli {

// A warning level for a series (GPU temperature above 85 °C, say), and where the series crossed it.
class MetricThreshold final
{
public:
    enum class Direction { Above, Below };

    explicit MetricThreshold(double level, Direction direction = Direction::Above);

    double level() const { return m_level; }
    Direction direction() const { return m_direction; }
    bool breachedBy(double value) const;

    // The stretches within [fromMs, toMs] in which consecutive samples are all beyond the level.
    // Samples further apart than `maxGapMs` end a stretch: no data is not a breach.
    QList<MetricSpan> spans(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, qint64 maxGapMs) const;

private:
    double m_level;
    Direction m_direction;
};

} // namespace suanli
