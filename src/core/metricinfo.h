#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace suanli {

// One metric a source can deliver: its key on the wire, how to present it, and where it goes.
struct MetricInfo
{
    Q_DECLARE_TR_FUNCTIONS(MetricInfo)
public:
    // The sections of the Monitor view, in display order.
    enum class Group {
        Utilization, // CPU, memory, GPU, GPU core, SM active, DRAM active
        Throughput,  // PCIe, NVLink, RDMA
        Precision,   // FP16 / FP32 / FP64 pipes
        Thermal,     // power and temperature
        Service,     // QPS, latency, tokens: online services only
        Cluster,     // node and cluster totals
    };
    // What the instances of a per-instance metric are.
    enum class Instances { None, Gpu, NetworkCard };

    QString key;          // "gpuTemperature"
    QString title;        // translated, "GPU temperature"
    QString platformTitle; // as the platform names it ("GPU卡温度"), for tooltips
    QString unit;         // a MetricUnit code: "%", "MB/s", "°C", ...
    Group group = Group::Utilization;
    Instances instances = Instances::None;
    std::optional<double> warningAt; // a default warning line, in `unit`
    bool idleWatch = false;          // a GPU's utilization: idle stretches are marked

    static QString groupTitle(Group group);
    static QList<Group> groups();
    // "GPU 0" for a GPU, the card's own name for a network card, "" for the subject as a whole.
    static QString instanceLabel(Instances instances, const QString &instance);
};

} // namespace suanli
