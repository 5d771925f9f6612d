#include "sim/unis/unismetricservice.h"

#include "sim/unis/uniswire.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace suanli::sim {

namespace wire = unis::wire;

namespace {

using Phase = UnisPodLife::Phase;

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kLoadingMs = kMinute;      // data loading: CPU and PCIe busy, GPUs waiting
constexpr qint64 kWarmupMs = 3 * kMinute;   // then the GPUs ramp up to steady training
constexpr qint64 kFailureMs = 2 * kMinute;  // a failing pod's last minutes
constexpr qint64 kSavingMs = 45 * kSecond;  // a succeeding pod writes its checkpoint

const QString kMetricsPath = QStringLiteral("/api/monitor/monitor/getPodsAvgMonitoringInformation");
const QString kRdmaPath = QStringLiteral("/api/monitor/monitor/getPodsInNodeRdma");
const QString kTotalsPath = QStringLiteral("/api/monitor/monitor/getNodeInfoByLables/fs");

struct MetricDef
{
    const char16_t *key;
    const char16_t *title;
    const char16_t *unit;
    bool gpu;
};

// As #62 of the document lists them.
const MetricDef kMetrics[] = {
    {u"cpuUtilizationRate", u"CPU使用率", u"%", false},
    {u"memoryUtilizationRate", u"内存使用率", u"%", false},
    {u"gpuUtilizationRate", u"GPU使用率", u"%", true},
    {u"gpuPcieTx", u"GPU显存带宽", u"MB/s", true},
    {u"gpuPcieRx", u"GPU互通PCIE带宽", u"MB/s", true},
    {u"gpuCoreUtilizationRate", u"GPU CORE利用率", u"%", true},
    {u"fp16", u"FP16", u"%", true},
    {u"fp32", u"FP32", u"%", true},
    {u"fp64", u"FP64", u"%", true},
    {u"gpuPower", u"GPU卡功耗", u"W", true},
    {u"gpuTemperature", u"GPU卡温度", u"°C", true},
    {u"gpuSmActive", u"GPU SM占用", u"%", true},
    {u"gpuPcie", u"GPU PCIE带宽", u"MB/s", true},
    {u"gpuDramActive", u"GPU DRAM带宽占用", u"%", true},
    {u"gpuNvLink", u"GPU NVLINK带宽", u"MB/s", true},
    {u"qps", u"QPS", u"次/s", false},
    {u"responseSpeed", u"平均响应时间", u"ms", false},
    {u"token", u"token生成速度", u"", false},
    {u"rdmaReceiver", u"rdma进口流量", u"byte", false},
    {u"rdmaTransmitted", u"rdma出口流量", u"byte", false},
};

// ---- deterministic noise --------------------------------------------------------------------

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// FNV-1a over the UTF-16 text: the same in every run (qHash is seeded per process).
quint64 hashOf(const QString &text)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001B3ULL;
    }
    return h;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Uniform in [0, 1) for (seed, k).
double uniform(quint64 seed, qint64 k)
{
    return double(splitmix(seed ^ splitmix(quint64(k))) >> 11) * (1.0 / 9007199254740992.0);
}

// Uniform in [-1, 1) for one sample.
double jitter(quint64 seed, qint64 timeMs)
{
    return uniform(seed, floorDiv(timeMs, UnisMetricService::kStepMs)) * 2.0 - 1.0;
}

// A slow wander in [0, 1): value noise with knots `periodMs` apart.
double wander(quint64 seed, qint64 timeMs, qint64 periodMs)
{
    const qint64 k = floorDiv(timeMs, periodMs);
    const double f = double(timeMs - k * periodMs) / double(periodMs);
    const double a = uniform(seed, k);
    const double b = uniform(seed, k + 1);
    const double s = f * f * (3.0 - 2.0 * f);
    return a + (b - a) * s;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// ---- pod lives ------------------------------------------------------------------------------

qint64 startOf(const UnisPodLife &pod)
{
    return pod.started.isValid() ? pod.started.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

qint64 endOf(const UnisPodLife &pod)
{
    return pod.finished.isValid() ? pod.finished.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

bool runningAt(const UnisPodLife &pod, qint64 t)
{
    return pod.phase != Phase::Pending && t >= startOf(pod) && t <= endOf(pod);
}

bool isDevEnv(const UnisPodLife &pod)
{
    return pod.jobKind == u"dev-env";
}

// Online services and inference: their pods are named "model-..." (#9) or their kind says so.
bool isService(const UnisPodLife &pod)
{
    return pod.jobKind.contains(u"service") || pod.jobKind.contains(u"inference") || pod.podName.startsWith(u"model-");
}

// How a training pod spends its GPUs, fixed per job.
enum class Profile { Steady, SpareCard, InputStall };

Profile profileOf(const UnisPodLife &pod)
{
    switch (splitmix(hashOf(pod.jobId)) % 3) {
    case 1: return pod.gpuCount >= 2 ? Profile::SpareCard : Profile::Steady;
    case 2: return Profile::InputStall;
    default: return Profile::Steady;
    }
}

quint64 cardSeed(const UnisPodLife &pod, int gpu, quint64 salt)
{
    return splitmix(hashOf(pod.podName) ^ (quint64(gpu + 1) * 0x9E3779B97F4A7C15ULL) ^ salt);
}

// Percent of the GPU busy at `t` (without rounding), for a pod that runs then.
double gpuUtil(const UnisPodLife &pod, int gpu, qint64 t)
{
    const qint64 started = startOf(pod);
    const qint64 end = endOf(pod);
    const qint64 s = t - started;
    const quint64 seed = cardSeed(pod, gpu, 1);
    const double n = jitter(seed, t);
    if (isDevEnv(pod)) {
        // A notebook: idle, with a few minutes of work every twenty minutes.
        const qint64 period = 20 * kMinute;
        const qint64 offset = qint64(uniform(hashOf(pod.podName), 7) * 14.0) * kMinute;
        const qint64 in = ((t - offset) % period + period) % period;
        if (in < 3 * kMinute)
            return std::clamp(48.0 + 30.0 * wander(seed, t, kMinute) + 4.0 * n, 0.0, 100.0);
        return 0.8 + 1.6 * uniform(seed, floorDiv(t, UnisMetricService::kStepMs));
    }
    const Profile profile = profileOf(pod);
    if (profile == Profile::SpareCard && gpu == pod.gpuCount - 1)
        return 0.3 + 1.2 * uniform(seed, floorDiv(t, UnisMetricService::kStepMs));
    const double target = std::clamp(84.0 + 10.0 * wander(seed, t, 5 * kMinute) + 2.5 * n, 0.0, 100.0);
    double util = target;
    if (s < kLoadingMs) {
        util = 6.0 + 5.0 * uniform(seed, floorDiv(t, UnisMetricService::kStepMs));
    } else if (s < kWarmupMs) {
        const double f = double(s - kLoadingMs) / double(kWarmupMs - kLoadingMs);
        util = 10.0 + (target - 10.0) * f;
    } else if (s >= 30 * kMinute && s % (30 * kMinute) < 45 * kSecond) {
        util = 12.0 + 4.0 * uniform(seed, floorDiv(t, UnisMetricService::kStepMs)); // checkpoint
    } else if (profile == Profile::InputStall && s % (45 * kMinute) >= 20 * kMinute && s % (45 * kMinute) < 32 * kMinute) {
        util = 1.0 + 2.5 * uniform(seed, floorDiv(t, UnisMetricService::kStepMs)); // waiting for input
    }
    if (pod.phase == Phase::Failed && t > end - kFailureMs) {
        const double g = double(t - (end - kFailureMs)) / double(kFailureMs);
        util *= std::max(0.0, 1.0 - 1.4 * g);
    } else if (pod.phase == Phase::Succeeded && t > end - kSavingMs) {
        util = 18.0 + 6.0 * uniform(seed, floorDiv(t, UnisMetricService::kStepMs));
    }
    return std::clamp(util, 0.0, 100.0);
}

// The utilization the card's heat follows: the last three minutes at the sampling step, the
// recent past weighing most (a card warms and cools within a minute or two).
double heatOf(const UnisPodLife &pod, int gpu, qint64 t)
{
    double sum = 0;
    double weights = 0;
    for (int back = 0; back < 12; ++back) {
        const qint64 at = t - back * UnisMetricService::kStepMs;
        const double w = std::exp(-double(back) / 4.0);
        sum += w * (runningAt(pod, at) ? gpuUtil(pod, gpu, at) : 0.0);
        weights += w;
    }
    return sum / weights;
}

double cpuPercent(const UnisPodLife &pod, qint64 t)
{
    const quint64 seed = cardSeed(pod, -1, 2);
    const double n = jitter(seed, t);
    if (isDevEnv(pod))
        return std::clamp(3.0 + 9.0 * wander(seed, t, 4 * kMinute) + 1.5 * n, 0.0, 100.0);
    if (t - startOf(pod) < kLoadingMs)
        return std::clamp(80.0 + 8.0 * n, 0.0, 100.0);
    return std::clamp(24.0 + 14.0 * wander(seed, t, 3 * kMinute) + 3.0 * n, 0.0, 100.0);
}

double memoryPercent(const UnisPodLife &pod, qint64 t)
{
    const quint64 seed = cardSeed(pod, -1, 3);
    const double target = (isDevEnv(pod) ? 18.0 : 46.0) + 20.0 * uniform(hashOf(pod.podName), 3);
    const qint64 s = t - startOf(pod);
    double m = s < kWarmupMs ? 10.0 + (target - 10.0) * double(s) / double(kWarmupMs) : target;
    m += 1.2 * jitter(seed, t);
    const qint64 end = endOf(pod);
    if (pod.phase == Phase::Failed && t > end - kFailureMs) {
        const double g = double(t - (end - kFailureMs)) / double(kFailureMs);
        m += (99.3 - m) * g; // out of memory
    }
    return std::clamp(m, 0.0, 100.0);
}

} // namespace

UnisMetricService::UnisMetricService(const UnisJobDirectory &directory)
    : m_directory(directory)
{
}

QStringList UnisMetricService::metricKeys()
{
    QStringList keys;
    for (const MetricDef &m : kMetrics)
        keys.append(QString::fromUtf16(m.key));
    return keys;
}

bool UnisMetricService::isGpuMetric(const QString &key)
{
    for (const MetricDef &m : kMetrics) {
        if (key == QStringView(m.key))
            return m.gpu;
    }
    return false;
}

QStringList UnisMetricService::networkCards()
{
    return {QStringLiteral("mlx5_0"), QStringLiteral("mlx5_1"), QStringLiteral("mlx5_2"), QStringLiteral("mlx5_3")};
}

std::optional<double> UnisMetricService::sample(const UnisPodLife &pod, const QString &metric, int gpu, qint64 t)
{
    if (!runningAt(pod, t) || t % kStepMs != 0)
        return std::nullopt;
    const bool gpuMetric = isGpuMetric(metric);
    if (gpuMetric && (gpu < 0 || gpu >= pod.gpuCount))
        return std::nullopt;
    const quint64 seed = cardSeed(pod, gpuMetric ? gpu : -1, hashOf(metric));
    const double n = jitter(seed, t);
    double v = 0;
    if (metric == u"cpuUtilizationRate") {
        v = cpuPercent(pod, t);
    } else if (metric == u"memoryUtilizationRate") {
        v = memoryPercent(pod, t);
    } else if (metric == u"gpuUtilizationRate") {
        v = gpuUtil(pod, gpu, t);
    } else if (metric == u"gpuCoreUtilizationRate") {
        v = std::clamp(gpuUtil(pod, gpu, t) * 0.93 + 1.2 * n, 0.0, 100.0);
    } else if (metric == u"gpuSmActive") {
        v = std::clamp(gpuUtil(pod, gpu, t) * 0.82 + 1.5 * n, 0.0, 100.0);
    } else if (metric == u"gpuDramActive") {
        v = std::clamp(3.0 + gpuUtil(pod, gpu, t) * 0.46 + 1.5 * n, 0.0, 100.0);
    } else if (metric == u"fp16") {
        v = std::clamp(gpuUtil(pod, gpu, t) * (isDevEnv(pod) ? 0.1 : 0.62) + n, 0.0, 100.0);
    } else if (metric == u"fp32") {
        v = std::clamp(0.8 + gpuUtil(pod, gpu, t) * 0.14 + 0.5 * n, 0.0, 100.0);
    } else if (metric == u"fp64") {
        v = std::clamp(0.05 + 0.05 * n, 0.0, 100.0);
    } else if (metric == u"gpuPower") {
        v = std::clamp(58.0 + gpuUtil(pod, gpu, t) * 3.2 + 6.0 * n, 45.0, 400.0);
    } else if (metric == u"gpuTemperature") {
        // One card of some pods sits in a poorly cooled slot and runs hot.
        const quint64 podSeed = hashOf(pod.podName);
        const bool hot = splitmix(podSeed) % 4 == 0 && gpu == int(splitmix(podSeed ^ 5) % quint64(pod.gpuCount));
        v = 33.0 + 0.48 * heatOf(pod, gpu, t) + 4.0 * uniform(cardSeed(pod, gpu, 9), 0) + (hot ? 10.0 : 0.0) + 0.8 * n;
    } else if (metric == u"gpuPcie" || metric == u"gpuPcieTx" || metric == u"gpuPcieRx") {
        const bool loading = t - startOf(pod) < kLoadingMs && !isDevEnv(pod);
        const quint64 base = cardSeed(pod, gpu, hashOf(QStringLiteral("gpuPcie")));
        const double total = loading ? 9500.0 + 1500.0 * jitter(base, t) : 420.0 + 14.0 * gpuUtil(pod, gpu, t) + 150.0 * jitter(base, t);
        const double share = metric == u"gpuPcieTx" ? 0.38 : metric == u"gpuPcieRx" ? 0.62 : 1.0;
        v = std::max(0.0, total * share + (share < 1.0 ? 20.0 * n : 0.0));
    } else if (metric == u"gpuNvLink") {
        if (pod.gpuCount < 2)
            return std::nullopt; // one card: no NVLink
        v = std::max(0.0, 900.0 + 210.0 * gpuUtil(pod, gpu, t) + 1500.0 * n);
    } else if (metric == u"qps" || metric == u"responseSpeed" || metric == u"token") {
        if (!isService(pod))
            return std::nullopt;
        const double w = wander(seed, t, 10 * kMinute);
        v = metric == u"qps" ? std::max(0.0, 14.0 + 9.0 * w + 2.0 * n)
            : metric == u"responseSpeed" ? 160.0 + 90.0 * w + 15.0 * n
                                         : std::max(0.0, 780.0 + 220.0 * w + 40.0 * n);
    } else if (metric == u"rdmaReceiver" || metric == u"rdmaTransmitted") {
        return std::nullopt; // needs the job's other pods: rdmaOfPod()
    } else {
        return std::nullopt;
    }
    return round2(v);
}

QList<qint64> UnisMetricService::sampleTimes(const UnisPodLife &pod, qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    QList<qint64> times;
    if (pod.phase == Phase::Pending)
        return times;
    const qint64 from = std::max(fromMs, startOf(pod));
    const qint64 to = std::min({toMs, endOf(pod), nowMs});
    if (to < from)
        return times;
    for (qint64 t = (from + kStepMs - 1) / kStepMs * kStepMs; t <= to; t += kStepMs)
        times.append(t);
    return times;
}

std::optional<double> UnisMetricService::rdmaSample(const QString &nodeIp, const QString &nic, bool received,
                                                    qint64 t) const
{
    if (t % kStepMs != 0 || !networkCards().contains(nic))
        return std::nullopt;
    // Multi-pod jobs talk over RDMA; their traffic spreads over the node's cards.
    double traffic = 0;
    const QList<UnisPodLife> all = m_directory.pods();
    for (const UnisPodLife &pod : all) {
        if (pod.nodeIp != nodeIp || !runningAt(pod, t) || pod.gpuCount == 0)
            continue;
        if (m_directory.podsOfJob(pod.jobId).size() < 2)
            continue;
        double util = 0;
        for (int g = 0; g < pod.gpuCount; ++g)
            util += gpuUtil(pod, g, t);
        traffic += 40.0 * util / double(networkCards().size());
    }
    const quint64 seed = splitmix(hashOf(nodeIp) ^ hashOf(nic) ^ (received ? 1 : 2));
    return round2(std::max(0.0, 0.6 + 0.9 * uniform(seed, floorDiv(t, kStepMs)) + traffic * (1.0 + 0.05 * jitter(seed, t))));
}

QJsonObject UnisMetricService::clusterTotals(qint64 nowMs) const
{
    double totalCpu = 0;
    double totalMemory = 0;
    double totalGpu = 0;
    for (const UnisNode &node : m_directory.nodes()) {
        totalCpu += node.cpu;
        totalMemory += node.memoryGb;
        totalGpu += node.gpuCount;
    }
    // The cluster's own services use a little of every node.
    double cpuUsage = 0.02 * totalCpu;
    double memoryUsage = 0.08 * totalMemory;
    double gpuUsage = 0;
    QSet<QString> jobs;
    const qint64 t = nowMs / kStepMs * kStepMs;
    for (const UnisPodLife &pod : m_directory.pods()) {
        jobs.insert(pod.jobId);
        if (!runningAt(pod, t))
            continue;
        cpuUsage += pod.cpu * cpuPercent(pod, t) / 100.0;
        memoryUsage += pod.memoryGb * memoryPercent(pod, t) / 100.0;
        gpuUsage += pod.gpuCount;
    }
    const double totalFs = 2048.0;
    const double fsUsage = std::min(totalFs, 612.4 + 9.5 * jobs.size());
    auto rate = [](double used, double total) { return total > 0 ? used / total : 0.0; };
    return {
        {QStringLiteral("memoryUsageRate"), rate(memoryUsage, totalMemory)},
        {QStringLiteral("memoryUsage"), round2(memoryUsage)},
        {QStringLiteral("totalMemory"), round2(totalMemory)},
        {QStringLiteral("cpuUsageRate"), rate(cpuUsage, totalCpu)},
        {QStringLiteral("cpuUsage"), std::round(cpuUsage)},
        {QStringLiteral("totalCpu"), totalCpu},
        {QStringLiteral("fsUsageRate"), rate(fsUsage, totalFs)},
        {QStringLiteral("fsUsage"), round2(fsUsage)},
        {QStringLiteral("totalFs"), totalFs},
        {QStringLiteral("gpuUsageRate"), rate(gpuUsage, totalGpu)},
        {QStringLiteral("gpuUsage"), gpuUsage},
        {QStringLiteral("totalGpu"), totalGpu},
    };
}

bool UnisMetricService::visible(const UnisPodLife &pod, const UnisCaller &caller) const
{
    // Administrators see every pod; a user sees the pods of their own jobs.
    return caller.roleId == u"4004" || caller.roleId == u"4005" || pod.ownerUserId == caller.userId;
}

namespace {

// A Java long: a JSON number or a string of digits.
wire::Read readLong(const QJsonObject &body, const QString &key, qint64 &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return wire::Read::Absent;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
            return wire::Read::Invalid;
        out = qint64(d);
        return wire::Read::Ok;
    }
    static const QRegularExpression digits(QStringLiteral("^-?\\d{1,18}$"));
    if (value.isString() && digits.match(value.toString()).hasMatch()) {
        out = value.toString().toLongLong();
        return wire::Read::Ok;
    }
    return wire::Read::Invalid;
}

QJsonObject seriesEntry(const QString &title, const QString &unit, const QMap<qint64, double> &samples)
{
    QJsonArray times;
    QJsonArray values;
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        times.append(wire::dateTime(it.key()));
        values.append(it.value());
    }
    return {{QStringLiteral("title"), title},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("times"), times},
            {QStringLiteral("values"), values},
            {QStringLiteral("step"), samples.isEmpty() ? QString() : QStringLiteral("15s")}};
}

// Sums and counts per time, for averages over pods.
struct Average
{
    QMap<qint64, QPair<double, int>> sums;
    void add(qint64 t, double v)
    {
        auto &slot = sums[t];
        slot.first += v;
        slot.second += 1;
    }
    QMap<qint64, double> values() const
    {
        QMap<qint64, double> out;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            out.insert(it.key(), round2(it.value().first / it.value().second));
        return out;
    }
};

} // namespace

std::optional<SimReply> UnisMetricService::handle(const SimRequest &request, const UnisCaller &caller)
{
    const bool metrics = request.path == kMetricsPath;
    const bool rdmaPath = request.path == kRdmaPath;
    const bool totals = request.path == kTotalsPath;
    if (!metrics && !rdmaPath && !totals)
        return std::nullopt;
    if (request.method != u"POST")
        return wire::springError(405, request.path);
    const std::optional<QJsonValue> body = wire::jsonBody(request);
    if (!body || !body->isObject())
        return wire::springError(400, request.path);
    const qint64 now = m_directory.now().toMSecsSinceEpoch();
    if (metrics)
        return podMetrics(body->toObject(), caller, now);
    if (rdmaPath)
        return rdma(body->toObject(), now);
    // System and tenant administrators only.
    if (caller.roleId != u"4004" && caller.roleId != u"4005")
        return wire::errorA(QStringLiteral("没有权限，请联系管理员授权"), 403);
    return wire::envelopeA(clusterTotals(now));
}

SimReply UnisMetricService::podMetrics(const QJsonObject &body, const UnisCaller &caller, qint64 nowMs) const
{
    // Without "podNames" (the document's own example misspells it " podNames") the platform
    // answers success with no data.
    const QJsonValue names = body.value(QStringLiteral("podNames"));
    if (names.isUndefined() || names.isNull())
        return wire::envelopeA(QJsonValue::Null);
    if (!names.isArray())
        return wire::errorA(wire::invalidMessage(QStringLiteral("podNames")));
    qint64 from = nowMs - kHour;
    qint64 to = nowMs;
    if (readLong(body, QStringLiteral("startTime"), from) == wire::Read::Invalid)
        return wire::errorA(wire::invalidMessage(QStringLiteral("startTime")));
    if (readLong(body, QStringLiteral("endTime"), to) == wire::Read::Invalid)
        return wire::errorA(wire::invalidMessage(QStringLiteral("endTime")));
    if (!body.contains(QStringLiteral("startTime")) && body.contains(QStringLiteral("endTime")))
        from = to - kHour;
    if (from > to)
        return wire::errorA(QStringLiteral("开始时间不能大于结束时间"));
    if ((to - from) / kStepMs > kMaxSamples)
        return wire::errorA(QStringLiteral("查询时间范围过大，请缩小时间范围"));

    QList<UnisPodLife> pods;
    int maxGpus = 0;
    for (const QJsonValue &name : names.toArray()) {
        const std::optional<UnisPodLife> pod = m_directory.pod(name.toString().trimmed());
        if (pod && visible(*pod, caller)) {
            pods.append(*pod);
            maxGpus = std::max(maxGpus, pod->gpuCount);
        }
    }
    QList<QList<qint64>> times;
    for (const UnisPodLife &pod : pods)
        times.append(sampleTimes(pod, from, to, nowMs));

    QJsonObject data;
    for (const MetricDef &def : kMetrics) {
        const QString key = QString::fromUtf16(def.key);
        const QString title = QString::fromUtf16(def.title);
        const QString unit = QString::fromUtf16(def.unit);
        if (!def.gpu) {
            Average average;
            for (qsizetype i = 0; i < pods.size(); ++i) {
                for (const qint64 t : times[i]) {
                    const std::optional<double> v = key.startsWith(u"rdma") ? rdmaOfPod(pods[i], key, t)
                                                                           : sample(pods[i], key, -1, t);
                    if (v)
                        average.add(t, *v);
                }
            }
            data.insert(key, seriesEntry(title, unit, average.values()));
            continue;
        }
        QJsonObject cards;
        for (int gpu = 0; gpu < maxGpus; ++gpu) {
            Average average;
            for (qsizetype i = 0; i < pods.size(); ++i) {
                for (const qint64 t : times[i]) {
                    if (const std::optional<double> v = sample(pods[i], key, gpu, t))
                        average.add(t, *v);
                }
            }
            if (average.sums.isEmpty())
                continue;
            QJsonArray cardTimes;
            QJsonArray cardValues;
            const QMap<qint64, double> values = average.values();
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                cardTimes.append(wire::dateTime(it.key()));
                cardValues.append(it.value());
            }
            cards.insert(QString::number(gpu),
                         QJsonObject{{QStringLiteral("times"), cardTimes}, {QStringLiteral("values"), cardValues}});
        }
        data.insert(key, QJsonObject{{QStringLiteral("title"), title},
                                     {QStringLiteral("unit"), unit},
                                     {QStringLiteral("values"), cards}});
    }
    return wire::envelopeA(data);
}

std::optional<double> UnisMetricService::rdmaOfPod(const UnisPodLife &pod, const QString &key, qint64 t) const
{
    // A pod's RDMA traffic (bytes per second): only jobs of several pods have any.
    if (!runningAt(pod, t) || t % kStepMs != 0 || pod.gpuCount == 0 || m_directory.podsOfJob(pod.jobId).size() < 2)
        return std::nullopt;
    double util = 0;
    for (int g = 0; g < pod.gpuCount; ++g)
        util += gpuUtil(pod, g, t);
    const quint64 seed = cardSeed(pod, -1, hashOf(key));
    const double share = key == u"rdmaReceiver" ? 1.0 : 0.96;
    return round2(std::max(0.0, share * util * 5.0e6 * (1.0 + 0.04 * jitter(seed, t))));
}

SimReply UnisMetricService::rdma(const QJsonObject &body, qint64 nowMs) const
{
    qint64 from = 0;
    qint64 to = 0;
    QString nodeIp;
    const wire::Read start = readLong(body, QStringLiteral("startTime"), from);
    const wire::Read end = readLong(body, QStringLiteral("endTime"), to);
    const wire::Read ip = wire::readString(body, QStringLiteral("nodeIp"), nodeIp);
    if (start == wire::Read::Absent)
        return wire::errorA(wire::requiredMessage(QStringLiteral("startTime")));
    if (end == wire::Read::Absent)
        return wire::errorA(wire::requiredMessage(QStringLiteral("endTime")));
    if (ip == wire::Read::Absent || nodeIp.trimmed().isEmpty())
        return wire::errorA(wire::requiredMessage(QStringLiteral("nodeIp")));
    if (start == wire::Read::Invalid)
        return wire::errorA(wire::invalidMessage(QStringLiteral("startTime")));
    if (end == wire::Read::Invalid)
        return wire::errorA(wire::invalidMessage(QStringLiteral("endTime")));
    if (from > to)
        return wire::errorA(QStringLiteral("开始时间不能大于结束时间"));
    if ((to - from) / kStepMs > kMaxSamples)
        return wire::errorA(QStringLiteral("查询时间范围过大，请缩小时间范围"));
    to = std::min(to, nowMs);

    bool known = false;
    for (const UnisNode &node : m_directory.nodes())
        known = known || node.nodeIp == nodeIp;
    QJsonArray received;
    QJsonArray transmitted;
    if (known) {
        for (const QString &nic : networkCards()) {
            for (const bool in : {true, false}) {
                QMap<qint64, double> samples;
                for (qint64 t = (from + kStepMs - 1) / kStepMs * kStepMs; t <= to; t += kStepMs) {
                    if (const std::optional<double> v = rdmaSample(nodeIp, nic, in, t))
                        samples.insert(t, *v);
                }
                QJsonObject entry = seriesEntry(in ? QStringLiteral("rdma下载流量") : QStringLiteral("rdma上传流量"),
                                                QStringLiteral("Mb/s"), samples);
                entry.insert(QStringLiteral("step"), QStringLiteral("15s"));
                entry.insert(QStringLiteral("netName"), nic);
                (in ? received : transmitted).append(entry);
            }
        }
    }
    return wire::envelopeA(QJsonObject{{QStringLiteral("rdmaReceiver"), received},
                                       {QStringLiteral("rdmaTransmitted"), transmitted}});
}

} // namespace suanli::sim
