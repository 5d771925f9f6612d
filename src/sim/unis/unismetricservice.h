#pragma once

#include "sim/unis/unisservice.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace suanli::sim {

// The UNIS monitoring service: per-pod time series (getPodsAvgMonitoringInformation), RDMA
// traffic per network card of a node (getPodsInNodeRdma) and the cluster's totals for
// administrators (getNodeInfoByLables/fs).
//
// The samples follow each pod's life as the job side reports it: nothing while pending; a
// warm-up (data loading keeps the CPU and PCIe busy while the GPUs wait, then the GPUs ramp up
// and heat up); steady training with noise and short checkpoint dips; some pods leave a card
// unused or stall on input for minutes at a time (idle GPUs); a failed pod's last two minutes
// show memory climbing to the limit while GPU work stalls (written once the pod has failed: a
// client that polled those minutes live saw them as steady); nothing after the pod ended.
// Dev environments idle with bursts. Every value is computed from the pod and the time alone,
// at multiples of the documented 15 s step, so tests can compare what a client shows with
// sample().
//
// Wire shapes (the document leaves the per-GPU one open): pod-wide metrics are
// {"title","unit","times":["yyyy-MM-dd HH:mm:ss",...],"values":[number,...],"step":"15s"}
// ("step":"" when empty); GPU metrics are {"title","unit","values":{"0":{"times":[...],
// "values":[...]},"1":...}} keyed by card index ("values":{} when there is nothing), as in #62.
// Several pods are averaged per time and card ("Avg"). Errors use envelope A with code 500.
class UnisMetricService final : public UnisService
{
public:
    static constexpr qint64 kStepMs = 15000;
    // The most samples one series may span (Prometheus' limit); a longer window is refused.
    static constexpr qint64 kMaxSamples = 11000;

    explicit UnisMetricService(const UnisJobDirectory &directory);

    std::optional<SimReply> handle(const SimRequest &request, const UnisCaller &caller) override;

    // The 20 metric keys, in the document's order.
    static QStringList metricKeys();
    static bool isGpuMetric(const QString &key);
    // The value of `metric` for card `gpu` (ignored for pod-wide metrics) of `pod` at `timeMs`,
    // as the service sends it (rounded to two decimals); nullopt when the pod was not running
    // then, or the metric does not apply to it (NVLink on a single card, service metrics on a
    // training pod, RDMA on a one-pod job).
    static std::optional<double> sample(const UnisPodLife &pod, const QString &metric, int gpu, qint64 timeMs);
    // The times the service has samples for, within [fromMs, toMs] and no later than `nowMs`.
    static QList<qint64> sampleTimes(const UnisPodLife &pod, qint64 fromMs, qint64 toMs, qint64 nowMs);
    // A pod's RDMA traffic in bytes per second (rdmaReceiver / rdmaTransmitted): only the pods of
    // jobs with several pods have any.
    std::optional<double> rdmaOfPod(const UnisPodLife &pod, const QString &key, qint64 timeMs) const;
    // The RDMA traffic (Mb/s) of card `nic` of the node at `nodeIp`, received or transmitted.
    std::optional<double> rdmaSample(const QString &nodeIp, const QString &nic, bool received, qint64 timeMs) const;
    static QStringList networkCards(); // "mlx5_0" ... "mlx5_3"
    // The `data` of getNodeInfoByLables/fs at `nowMs`.
    QJsonObject clusterTotals(qint64 nowMs) const;

private:
    SimReply podMetrics(const QJsonObject &body, const UnisCaller &caller, qint64 nowMs) const;
    SimReply rdma(const QJsonObject &body, qint64 nowMs) const;
    bool visible(const UnisPodLife &pod, const UnisCaller &caller) const;

    const UnisJobDirectory &m_directory;
};

} // namespace suanli::sim
