#pragma once

#include "core/metricinfo.h"
#include "core/metricseries.h"
#include "core/metricsource.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace suanli::unis {

// The cluster totals getNodeInfoByLables/fs answers (system and tenant admins only).
// Rates are fractions (0.357); memory and file system are in GB (the document gives no unit, the
// values suggest it); CPU in cores, GPU in cards.
struct NodeTotals
{
    double cpuUsageRate = 0;
    double cpuUsage = 0;
    double totalCpu = 0;
    double memoryUsageRate = 0;
    double memoryUsage = 0;
    double totalMemory = 0;
    double fsUsageRate = 0;
    double fsUsage = 0;
    double totalFs = 0;
    double gpuUsageRate = 0;
    double gpuUsage = 0;
    double totalGpu = 0;
};

// Everything about the UNIS monitoring API's JSON:
//  - getPodsAvgMonitoringInformation: one entry per metric, {title, unit, times[], values[], step}
//    for pod-wide metrics; for GPU metrics `values` is an object the document never fills in
//    ("values":{}), or (in the compute-task copy) an array with step "15s". Both are read
//    generically: keyed by GPU wherever the data names GPUs, with times as epoch seconds or
//    milliseconds, date-time strings or times of day, values as numbers or numeric strings.
//  - getPodsInNodeRdma: per network card, {title, unit:"Mb/s", times, values, step, netName}.
//  - getNodeInfoByLables/fs: the cluster's totals.
class Monitoring final
{
    Q_DECLARE_TR_FUNCTIONS(UnisMonitoring)
public:
    static QString podMetricsPath();  // "/api/monitor/monitor/getPodsAvgMonitoringInformation"
    static QString rdmaPath();        // "/api/monitor/monitor/getPodsInNodeRdma"
    static QString nodeTotalsPath();  // "/api/monitor/monitor/getNodeInfoByLables/fs" (sic)
    static constexpr qint64 kDocumentedStepMs = 15000; // "step":"15s"

    // The 20 metrics of getPodsAvgMonitoringInformation, in display order.
    static QList<MetricInfo> podCatalogue();
    // Cluster totals (as percentages over time) and RDMA traffic per network card of a node.
    static QList<MetricInfo> nodeCatalogue();
    static std::optional<MetricInfo> podMetric(const QString &key);

    // Request bodies, with the fields at the top level (not under "jsonObject").
    static QByteArray podMetricsBody(const QStringList &pods, qint64 fromMs, qint64 toMs);
    static QByteArray rdmaBody(const QString &nodeIp, qint64 fromMs, qint64 toMs);

    // The `data` of a getPodsAvgMonitoringInformation answer as series of `subject`. Every metric
    // key present is in `reported`; a metric without samples still gives one empty series, so that
    // the view can tell "reported, but nothing in this range" from "not reported".
    static Result<MetricWindow> podMetrics(const QJsonValue &data, const QString &subject, qint64 fromMs, qint64 toMs);
    // The `data` of a getPodsInNodeRdma answer: one series per network card and direction.
    static Result<MetricWindow> rdma(const QJsonValue &data, const QString &subject, qint64 fromMs, qint64 toMs);
    static Result<NodeTotals> nodeTotals(const QJsonValue &data);
    // The totals as gauges, and their rates as one sample (in %) at `timeMs`.
    static MetricWindow nodeTotalsWindow(const NodeTotals &totals, const QString &subject, qint64 timeMs);

    // One metric entry ({title, unit, times, values, step} in either shape) as series; the
    // instances are GPU indexes ("0"), card names or "" for the subject as a whole.
    static QList<MetricSeries> entrySeries(const QJsonObject &entry, const MetricSeriesId &base, const QString &unit,
                                           qint64 fromMs, qint64 toMs);

    // A sample time as epoch ms: 10-digit seconds (fractions allowed), 13-digit milliseconds,
    // "yyyy-MM-dd HH:mm:ss" (China time), "MM-dd HH:mm[:ss]" or "HH:mm[:ss]" (the last day or
    // year up to `referenceMs`).
    static std::optional<qint64> sampleTime(const QJsonValue &value, qint64 referenceMs);
    // A number, or a string holding one; null, "", "NaN" and "-" are no sample.
    static std::optional<double> sampleValue(const QJsonValue &value);
    // "15s", "1m", "1m30s", "500ms", "2h", a bare number of seconds; 0 for "" or nonsense.
    static qint64 stepMs(const QJsonValue &step);
    // The unit code for a unit as the platform writes it ("次/s" -> "req/s", "byte" -> "B").
    static QString unitCode(const QString &platformUnit, const QString &key = {});
    // "gpu0", "GPU 0", "gpu_0" -> "0"; other names as they are.
    static QString gpuInstance(const QString &name);
};

} // namespace suanli::unis
