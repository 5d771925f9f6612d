#include "metricdecimator.h"

#include <algorithm>
#include <iterator>

namespace suanli {

QList<QPointF> MetricDecimator::decimate(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns,
                                         double divisor)
{
    QList<QPointF> out;
    decimate(points.constData(), points.constData() + points.size(), fromMs, toMs, columns, divisor, out);
    return out;
}

void MetricDecimator::decimate(const MetricPoint *first, const MetricPoint *last, qint64 fromMs, qint64 toMs,
                               int columns, double divisor, QList<QPointF> &out)
{
    const MetricPoint *begin =
        std::lower_bound(first, last, fromMs, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
    const MetricPoint *end =
        std::upper_bound(begin, last, toMs, [](qint64 t, const MetricPoint &p) { return t < p.timeMs; });
    if (begin != first)
        --begin;
    if (end != last)
        ++end;
    const qint64 count = end - begin;
    if (count <= 0)
        return;
    auto push = [&out, divisor](const MetricPoint &p) { out.append(QPointF(double(p.timeMs), p.value / divisor)); };
    const qint64 span = toMs - fromMs;
    if (columns <= 0 || span <= 0 || count <= 2 * qint64(columns) + 4) {
        out.reserve(out.size() + count);
        for (const MetricPoint *p = begin; p != end; ++p)
            push(*p);
        return;
    }
    out.reserve(out.size() + 2 * columns + 6);

    // Indices relative to `begin`. Always drawn: the neighbours beyond the edges (when there are
    // some) and the first and the last sample inside the range.
    const qint64 firstInside = begin->timeMs < fromMs ? 1 : 0;
    const qint64 lastInside = std::prev(end)->timeMs > toMs ? count - 2 : count - 1;
    qint64 lastEmitted = 0;
    push(*begin);
    auto flush = [&](qint64 columnFirst, qint64 columnLast, qint64 minIndex, qint64 maxIndex) {
        qint64 picks[4] = {minIndex, maxIndex, columnFirst == firstInside ? columnFirst : -1,
                           columnLast == lastInside ? columnLast : -1};
        std::sort(std::begin(picks), std::end(picks));
        for (const qint64 i : picks) {
            if (i > lastEmitted) {
                push(begin[i]);
                lastEmitted = i;
            }
        }
    };

    if (firstInside <= lastInside) {
        // Column c holds the samples with (t - from) * columns in [c * span, (c + 1) * span): one
        // multiplication and one comparison per sample, no division.
        qint64 column = 0;
        qint64 edge = span;
        auto scaled = [&](const MetricPoint &p) { return (p.timeMs - fromMs) * qint64(columns); };
        while (scaled(begin[firstInside]) >= edge && column < columns - 1) {
            edge += span;
            ++column;
        }
        qint64 columnFirst = firstInside;
        qint64 minIndex = firstInside;
        qint64 maxIndex = firstInside;
        double minValue = begin[firstInside].value;
        double maxValue = minValue;
        for (qint64 i = firstInside + 1; i <= lastInside; ++i) {
            const MetricPoint &p = begin[i];
            if (column < columns - 1 && scaled(p) >= edge) {
                flush(columnFirst, i - 1, minIndex, maxIndex);
                do {
                    edge += span;
                    ++column;
                } while (column < columns - 1 && scaled(p) >= edge);
                columnFirst = minIndex = maxIndex = i;
                minValue = maxValue = p.value;
                continue;
            }
            if (p.value < minValue) {
                minValue = p.value;
                minIndex = i;
            } else if (p.value > maxValue) {
                maxValue = p.value;
                maxIndex = i;
            }
        }
        flush(columnFirst, lastInside, minIndex, maxIndex);
    }
    if (count - 1 > lastEmitted)
        push(begin[count - 1]);
}

} // namespace suanli
