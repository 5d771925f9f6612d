#include "metricinfo.h"

namespace suanli {

QString MetricInfo::groupTitle(Group group)
{
    switch (group) {
    case Group::Utilization: return tr("Utilization");
    case Group::Throughput: return tr("Throughput");
    case Group::Precision: return tr("Precision pipes");
    case Group::Thermal: return tr("Power and temperature");
    case Group::Service: return tr("Service");
    case Group::Cluster: return tr("Cluster");
    }
    return {};
}

QList<MetricInfo::Group> MetricInfo::groups()
{
    return {Group::Cluster, Group::Utilization, Group::Throughput, Group::Precision, Group::Thermal, Group::Service};
}

QString MetricInfo::instanceLabel(Instances instances, const QString &instance)
{
    if (instance.isEmpty())
        return {};
    switch (instances) {
    case Instances::Gpu: {
        // Cards come as an index ("0") or as a name the platform chose ("GPU-1f2e…", "gpu0").
        bool number = false;
        instance.toInt(&number);
        return number ? tr("GPU %1").arg(instance) : instance;
    }
    case Instances::NetworkCard:
    case Instances::None:
        return instance;
    }
    return instance;
}

} // namespace suanli
