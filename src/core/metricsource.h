#pragma once

#include "apierror.h"
#include "metricinfo.h"
#include "metricseries.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace suanli {

// A current reading with its capacity (a cluster's CPU: 5 of 96 cores), shown beside the charts.
struct MetricGauge
{
    QString key;   // "cpu"
    QString label; // translated
    double used = 0;
    double total = 0;
    QString unit;  // a MetricUnit code for `used` and `total`
};

// What a source answered for one subject over one window.
struct MetricWindow
{
    QString subject;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<MetricSeries> series; // series without samples are included when the platform named them
    QStringList reported;       // the metric keys the answer contained, with or without samples
    QList<MetricGauge> gauges;
};

// Where a Monitor view gets its samples: a platform's monitoring API, seen as windows of series
// per subject. The view knows nothing of the platform behind it.
class MetricSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricSource)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    explicit MetricSource(QObject *parent = nullptr);
    ~MetricSource() override;

    // Every metric the source can deliver, in display order.
    virtual QList<MetricInfo> metrics() const = 0;
    // How far apart the platform's samples are; live polling never asks for finer windows.
    virtual qint64 stepMs() const = 0;
    // A short name for a subject in legends ("worker-0" for a long pod name); the subject itself
    // by default.
    virtual QString subjectLabel(const QString &subject) const;
    // What a subject is, as the CSV export's column header names it: "pod" by default.
    virtual QString subjectColumn() const;
    // The samples of `subject` within [fromMs, toMs]. The completion arrives through the event
    // loop, only while `context` lives.
    virtual void fetch(const QString &subject, qint64 fromMs, qint64 toMs, QObject *context,
                       Completion<MetricWindow> done) = 0;

    // The metric with `key`, if the source has it.
    std::optional<MetricInfo> metric(const QString &key) const;
};

} // namespace suanli
