#pragma once

#include "metricseries.h"

#include <QList>
#include <QPointF>

namespace suanli {

// Reduces a long series to what a chart can show: for each pixel column of the time range, the
// lowest and the highest sample (in time order), plus the first and the last sample inside the
// range and one neighbour beyond each edge so that the line reaches the sides. Peaks survive at
// any zoom, and the cost of drawing depends on the width of the chart, not on the length of the
// range. QtCharts draws every point it is given, so this runs before the points reach it.
class MetricDecimator final
{
public:
    // Points as a chart wants them: x in epoch milliseconds, y divided by `divisor`.
    static QList<QPointF> decimate(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns,
                                   double divisor = 1.0);
    // [first, last) sorted by time; appends to `out`.
    static void decimate(const MetricPoint *first, const MetricPoint *last, qint64 fromMs, qint64 toMs, int columns,
                         double divisor, QList<QPointF> &out);
};

} // namespace suanli
