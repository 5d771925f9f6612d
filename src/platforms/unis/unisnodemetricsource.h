#pragma once

#include "core/metricsource.h"

#include <QPointer>

#include <functional>

namespace suanli::unis {

class Client;

// What administrators watch of the cluster: its totals (getNodeInfoByLables/fs: CPU, memory,
// GPU cards, file system) and the RDMA traffic of a node's network cards (getPodsInNodeRdma).
// The totals are a reading of now with no history, so their series grow one sample per poll
// while the view is open; a window that ends in the past gets none. Subjects are
// clusterSubject() and node addresses (a pod list's `ip`).
class NodeMetricSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeMetricSource)

public:
    using Clock = std::function<qint64()>; // epoch ms

    explicit NodeMetricSource(Client *client, QObject *parent = nullptr);
    ~NodeMetricSource() override;

    static QString clusterSubject(); // "cluster"
    void setClock(Clock clock) { m_clock = std::move(clock); }

    QList<MetricInfo> metrics() const override;
    qint64 stepMs() const override;
    QString subjectLabel(const QString &subject) const override;
    QString subjectColumn() const override; // "node"
    void fetch(const QString &subject, qint64 fromMs, qint64 toMs, QObject *context,
               Completion<MetricWindow> done) override;

private:
    QPointer<Client> m_client;
    Clock m_clock;
};

} // namespace suanli::unis
