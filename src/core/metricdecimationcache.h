#pragma once

#include "metricseries.h"

#include <QList>
#include <QPointF>

namespace suanli {

// Min/max decimation of one live series that remembers its past. Columns are aligned to
// multiples of their width in epoch time, so that while a window of fixed length slides forward
// the columns keep their samples: a redraw scans only the samples of columns that were not
// complete before (the newest one, and the partial columns at both edges of the window), and a
// 24 h window costs about as much as a 1 h one. The output has the same shape as
// MetricDecimator's: the neighbours beyond both edges, the first and last samples inside, and
// each column's lowest and highest sample in time order.
//
// The series may only grow at the end or lose samples at the front between calls; anything else
// must come with a new `revision` (MetricStore::revision), which clears the cache.
class MetricDecimationCache final
{
public:
    QList<QPointF> decimate(const QList<MetricPoint> &points, quint64 revision, qint64 fromMs, qint64 toMs, int columns,
                            double divisor = 1.0);
    void clear();

    // For tests: the width of a column at the last call, and how many complete columns it reused.
    qint64 columnMs() const { return m_columnMs; }
    int reusedColumns() const { return m_reused; }

private:
    struct Column
    {
        qint64 index = 0;
        MetricPoint min;
        MetricPoint max;
    };

    quint64 m_revision = 0;
    qint64 m_columnMs = 0;
    // Every column in [m_coveredFrom, m_completeUntil) that has samples is in m_columns.
    qint64 m_coveredFrom = 0;
    qint64 m_completeUntil = 0;
    QList<Column> m_columns; // ascending index
    int m_reused = 0;
};

} // namespace suanli
