#pragma once

#include "metricseries.h"

#include <QList>
#include <QPointF>

#include <algorithm>
#include <deque>
#include <iterator>
#include <limits>

namespace suanli {

// Reduces a long series to what a chart can show: for each pixel column of the time range, the
// lowest and the highest sample (in time order), plus the first and the last sample and one
// neighbour beyond each edge so that the line reaches the sides. Peaks survive at any zoom, and
// the cost of drawing depends on the width of the chart, not on the length of the range.
// QtCharts draws every point it is given, so this runs before the points reach it.
class MetricDecimator final
{
public:
    // Points as a chart wants them: x in epoch milliseconds, y divided by `divisor`.
    static QList<QPointF> decimate(const std::deque<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns,
                                   double divisor = 1.0);
    static QList<QPointF> decimate(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns,
                                   double divisor = 1.0);

    // [first, last) sorted by time; appends to `out`.
    template<typename It>
    static void decimate(It first, It last, qint64 fromMs, qint64 toMs, int columns, double divisor, QList<QPointF> &out);
};

template<typename It>
void MetricDecimator::decimate(It first, It last, qint64 fromMs, qint64 toMs, int columns, double divisor,
                               QList<QPointF> &out)
{
    It begin = std::lower_bound(first, last, fromMs, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
    It end = std::upper_bound(begin, last, toMs, [](qint64 t, const MetricPoint &p) { return t < p.timeMs; });
    if (begin != first)
        --begin;
    if (end != last)
        ++end;
    const qint64 count = qint64(std::distance(begin, end));
    if (count <= 0)
        return;
    auto push = [&out, divisor](const MetricPoint &p) { out.append(QPointF(double(p.timeMs), p.value / divisor)); };
    const qint64 span = toMs - fromMs;
    if (columns <= 0 || span <= 0 || count <= 2 * qint64(columns) + 4) {
        out.reserve(out.size() + count);
        for (It it = begin; it != end; ++it)
            push(*it);
        return;
    }
    out.reserve(out.size() + 2 * columns + 4);

    // Indices relative to `begin`. Always drawn: the first and the last sample (the neighbours
    // beyond the edges when there are some) and the first and the last one inside the range.
    const qint64 firstInside = (begin->timeMs < fromMs) ? 1 : 0;
    const qint64 lastInside = (std::prev(end)->timeMs > toMs) ? count - 2 : count - 1;
    qint64 lastEmitted = 0;
    push(*begin);
    auto flush = [&](qint64 columnFirst, qint64 columnLast, qint64 minIndex, qint64 maxIndex) {
        qint64 picks[4] = {minIndex, maxIndex, columnFirst == firstInside ? columnFirst : -1,
                           columnLast == lastInside ? columnLast : -1};
        std::sort(std::begin(picks), std::end(picks));
        for (const qint64 i : picks) {
            if (i > lastEmitted) {
                push(*(begin + i));
                lastEmitted = i;
            }
        }
    };

    qint64 column = std::numeric_limits<qint64>::min();
    qint64 columnFirst = 0;
    qint64 minIndex = 0;
    qint64 maxIndex = 0;
    double minValue = 0;
    double maxValue = 0;
    qint64 index = 0;
    for (It it = begin; it != end; ++it, ++index) {
        const qint64 t = it->timeMs;
        // The neighbours beyond the edges fall into columns of their own (-1 and `columns`).
        const qint64 c = t < fromMs ? -1 : t > toMs ? qint64(columns) : std::min<qint64>((t - fromMs) * columns / span, columns - 1);
        const double v = it->value;
        if (c != column) {
            if (column != std::numeric_limits<qint64>::min())
                flush(columnFirst, index - 1, minIndex, maxIndex);
            column = c;
            columnFirst = minIndex = maxIndex = index;
            minValue = maxValue = v;
            continue;
        }
        if (v < minValue) {
            minValue = v;
            minIndex = index;
        } else if (v > maxValue) {
            maxValue = v;
            maxIndex = index;
        }
    }
    flush(columnFirst, count - 1, minIndex, maxIndex);
    if (count - 1 > lastEmitted)
        push(*(begin + (count - 1)));
}

} // namespace suanli
