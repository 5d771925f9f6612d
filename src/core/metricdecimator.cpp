#include "metricdecimator.h"

namespace suanli {

QList<QPointF> MetricDecimator::decimate(const std::deque<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns,
                                         double divisor)
{
    QList<QPointF> out;
    decimate(points.cbegin(), points.cend(), fromMs, toMs, columns, divisor, out);
    return out;
}

QList<QPointF> MetricDecimator::decimate(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns,
                                         double divisor)
{
    QList<QPointF> out;
    decimate(points.cbegin(), points.cend(), fromMs, toMs, columns, divisor, out);
    return out;
}

} // namespace suanli
