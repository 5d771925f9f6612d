#pragma once

#include "core/metricsource.h"

#include <QPointer>

namespace suanli::unis {

class Client;

// The monitoring series of UNIS pods (getPodsAvgMonitoringInformation), one request per pod and
// window: the endpoint averages the pods it is given, so pods are asked for one at a time to keep
// them apart. Subjects are pod names (a pod list's `name`, not its `id`).
class PodMetricSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodMetricSource)

public:
    explicit PodMetricSource(Client *client, QObject *parent = nullptr);
    ~PodMetricSource() override;

    QList<MetricInfo> metrics() const override;
    qint64 stepMs() const override;
    void fetch(const QString &subject, qint64 fromMs, qint64 toMs, QObject *context,
               Completion<MetricWindow> done) override;

private:
    QPointer<Client> m_client;
};

} // namespace suanli::unis
