#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace suanli {

// One sample: epoch milliseconds and a value in the series' unit.
struct MetricPoint
{
    qint64 timeMs = 0;
    double value = 0;

    friend bool operator==(const MetricPoint &, const MetricPoint &) = default;
};

// Which line a series is: one metric of one subject (a pod, or a node for node metrics), for one
// instance of it (a GPU card, a network card), or for the subject as a whole (empty instance).
struct MetricSeriesId
{
    QString subject;  // "llm-sbbjmvebtest6t-worker-0"
    QString metric;   // "gpuTemperature"
    QString instance; // "0", "mlx5_0"; empty for per-pod metrics

    friend bool operator==(const MetricSeriesId &, const MetricSeriesId &) = default;
    // A stable text key ("pod/metric/instance") for settings and hidden-series sets.
    QString key() const;
};

inline size_t qHash(const MetricSeriesId &id, size_t seed = 0) noexcept
{
    return qHashMulti(seed, id.subject, id.metric, id.instance);
}

// A stretch of time, both ends included.
struct MetricSpan
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    qint64 lengthMs() const { return toMs - fromMs; }
    friend bool operator==(const MetricSpan &, const MetricSpan &) = default;
};

// A run of samples of one series, oldest first, as a source delivered it.
struct MetricSeries
{
    MetricSeriesId id;
    QString unit;       // the catalogue's unit ("%", "MB/s", ...)
    qint64 stepMs = 0;  // the sampling step the platform reported; 0 when unknown
    QList<MetricPoint> points;
};

} // namespace suanli
