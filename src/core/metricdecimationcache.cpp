#include "metricdecimationcache.h"

#include "metricdecimator.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace suanli {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

const MetricPoint *lowerBound(const MetricPoint *first, const MetricPoint *last, qint64 t)
{
    return std::lower_bound(first, last, t, [](const MetricPoint &p, qint64 time) { return p.timeMs < time; });
}

// The lowest and highest samples of [first, last), which must not be empty.
void summarize(const MetricPoint *first, const MetricPoint *last, MetricPoint &min, MetricPoint &max)
{
    min = max = *first;
    for (const MetricPoint *p = first + 1; p < last; ++p) {
        if (p->value < min.value)
            min = *p;
        else if (p->value > max.value)
            max = *p;
    }
}

} // namespace

void MetricDecimationCache::clear()
{
    m_revision = 0;
    m_columnMs = 0;
    m_coveredFrom = 0;
    m_completeUntil = 0;
    m_columns.clear();
}

QList<QPointF> MetricDecimationCache::decimate(const QList<MetricPoint> &points, quint64 revision, qint64 fromMs,
                                               qint64 toMs, int columns, double divisor)
{
    m_reused = 0;
    const MetricPoint *first = points.constData();
    const MetricPoint *last = first + points.size();
    const qint64 span = toMs - fromMs;
    const MetricPoint *inside = lowerBound(first, last, fromMs);
    const MetricPoint *after = lowerBound(inside, last, toMs + 1);
    if (columns <= 0 || span <= 0 || (after - inside) <= 2 * qint64(columns) + 4)
        return MetricDecimator::decimate(points, fromMs, toMs, columns, divisor);

    const qint64 width = std::max<qint64>(1, (span + columns - 1) / columns);
    if (width != m_columnMs || revision != m_revision) {
        clear();
        m_columnMs = width;
        m_revision = revision;
    }
    const qint64 firstColumn = floorDiv(fromMs, width);
    const qint64 lastColumn = floorDiv(toMs, width);
    // A column is complete once a later sample exists: samples only arrive at the end.
    const qint64 newestColumn = floorDiv(std::prev(last)->timeMs, width);
    const qint64 cacheFrom = firstColumn + 1;                  // the window's first column is partial
    const qint64 cacheTo = std::min(newestColumn, lastColumn); // exclusive: the last is partial or open

    // Samples dropped from the front: columns that had some of them are no longer whole.
    const qint64 frontColumn = floorDiv(first->timeMs, width);
    m_coveredFrom = std::max(m_coveredFrom, frontColumn + 1);
    if (cacheFrom < m_coveredFrom || cacheFrom > m_completeUntil) {
        // The cache does not reach the window's start: start over there.
        m_columns.clear();
        m_coveredFrom = m_completeUntil = cacheFrom;
    } else {
        // Drop what the window left behind.
        m_coveredFrom = cacheFrom;
    }
    while (!m_columns.isEmpty() && m_columns.constFirst().index < m_coveredFrom)
        m_columns.removeFirst();
    m_reused = int(m_columns.size());
    // Summarize the columns that became complete since the last call.
    if (m_completeUntil < cacheTo) {
        const MetricPoint *p = lowerBound(first, last, m_completeUntil * width);
        const MetricPoint *stop = lowerBound(p, last, cacheTo * width);
        while (p < stop) {
            const qint64 index = floorDiv(p->timeMs, width);
            const MetricPoint *end = lowerBound(p, stop, (index + 1) * width);
            Column column;
            column.index = index;
            summarize(p, end, column.min, column.max);
            m_columns.append(column);
            p = end;
        }
        m_completeUntil = cacheTo;
    }

    QList<QPointF> out;
    out.reserve(2 * columns + 8);
    qint64 lastTime = std::numeric_limits<qint64>::min();
    auto push = [&](const MetricPoint &p) {
        if (p.timeMs <= lastTime)
            return;
        out.append(QPointF(double(p.timeMs), p.value / divisor));
        lastTime = p.timeMs;
    };
    auto pushPair = [&](const MetricPoint &a, const MetricPoint &b) {
        if (a.timeMs <= b.timeMs) {
            push(a);
            push(b);
        } else {
            push(b);
            push(a);
        }
    };
    // Samples of [from, to) within the window, summarized on the spot.
    auto pushFresh = [&](qint64 from, qint64 to) {
        const MetricPoint *a = lowerBound(inside, after, from);
        const MetricPoint *b = lowerBound(a, after, to);
        if (a == b)
            return;
        MetricPoint min, max;
        summarize(a, b, min, max);
        pushPair(min, max);
    };

    if (inside != first)
        push(*std::prev(inside));
    push(*inside);
    pushFresh(fromMs, std::min(cacheFrom * width, toMs + 1));
    for (const Column &column : std::as_const(m_columns)) {
        if (column.index >= cacheTo)
            break;
        pushPair(column.min, column.max);
    }
    for (qint64 index = std::max(cacheTo, cacheFrom); index <= lastColumn; ++index)
        pushFresh(index * width, std::min((index + 1) * width, toMs + 1));
    push(*std::prev(after));
    if (after != last)
        push(*after);
    return out;
}

} // namespace suanli
