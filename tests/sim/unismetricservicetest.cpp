// The UNIS monitoring service of the simulator: series that follow each pod's life (nothing while
// pending, warm-up, steady training, idle cards and input stalls, a failure's last minutes,
// nothing after the end), per GPU at the documented 15 s step; the wire shapes of #62, #51 and
// #33; who may see what; and the service behind the real backend's token check.
#include "unisfixture.h"

#include "sim/unis/unismetricservice.h"
#include "sim/unis/uniswire.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

using namespace suanli;
using sim::UnisMetricService;
using sim::UnisPodLife;
using Phase = UnisPodLife::Phase;

namespace {

constexpr qint64 kMinute = 60 * 1000;
// 2026-03-02 08:00:00 China time, on the 15 s grid.
const qint64 kStart = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();

class FakeDirectory final : public sim::UnisJobDirectory
{
public:
    QList<UnisPodLife> lives;
    QList<sim::UnisNode> nodeList;
    qint64 nowMs = kStart + 2 * 60 * kMinute;

    QList<UnisPodLife> pods() const override { return lives; }
    std::optional<UnisPodLife> pod(const QString &podName) const override
    {
        for (const UnisPodLife &p : lives) {
            if (p.podName == podName)
                return p;
        }
        return std::nullopt;
    }
    QList<UnisPodLife> podsOfJob(const QString &jobId) const override
    {
        QList<UnisPodLife> out;
        for (const UnisPodLife &p : lives) {
            if (p.jobId == jobId)
                out.append(p);
        }
        return out;
    }
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone(8 * 3600)); }
    QList<sim::UnisNode> nodes() const override { return nodeList; }
};

UnisPodLife life(const QString &name, const QString &jobId, const QString &kind, int gpus, Phase phase,
                 qint64 startedMs = kStart, qint64 finishedMs = 0)
{
    UnisPodLife p;
    p.podName = name;
    p.jobId = jobId;
    p.jobName = jobId;
    p.jobKind = kind;
    p.ownerUserId = QStringLiteral("38");
    p.nodeName = QStringLiteral("gpu-a100-01");
    p.nodeIp = QStringLiteral("10.99.232.178");
    p.gpuModel = QStringLiteral("A100-SXM4-80GB");
    p.gpuCount = gpus;
    p.cpu = 16;
    p.memoryGb = 128;
    p.created = QDateTime::fromMSecsSinceEpoch(startedMs - kMinute);
    if (phase != Phase::Pending)
        p.started = QDateTime::fromMSecsSinceEpoch(startedMs);
    if (finishedMs > 0)
        p.finished = QDateTime::fromMSecsSinceEpoch(finishedMs);
    p.phase = phase;
    return p;
}

double value(const UnisPodLife &pod, const QString &metric, int gpu, qint64 t)
{
    const auto v = UnisMetricService::sample(pod, metric, gpu, t);
    EXPECT_TRUE(v) << metric.toStdString() << " at +" << (t - kStart) / 1000 << " s";
    return v.value_or(std::nan(""));
}

double mean(const UnisPodLife &pod, const QString &metric, int gpu, qint64 from, qint64 to)
{
    double sum = 0;
    int n = 0;
    for (qint64 t = from; t <= to; t += UnisMetricService::kStepMs) {
        sum += value(pod, metric, gpu, t);
        ++n;
    }
    return sum / n;
}

double maxOf(const UnisPodLife &pod, const QString &metric, int gpu, qint64 from, qint64 to)
{
    double m = -1;
    for (qint64 t = from; t <= to; t += UnisMetricService::kStepMs)
        m = std::max(m, value(pod, metric, gpu, t));
    return m;
}

sim::SimRequest post(const QString &path, const QJsonObject &body)
{
    sim::SimRequest r;
    r.method = QStringLiteral("POST");
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

const sim::UnisCaller kUser{QStringLiteral("38"), QStringLiteral("zhangwei"), QStringLiteral("200"), QStringLiteral("4007")};
const sim::UnisCaller kOther{QStringLiteral("39"), QStringLiteral("wangfang"), QStringLiteral("200"), QStringLiteral("4007")};
const sim::UnisCaller kAdmin{QStringLiteral("2"), QStringLiteral("admin"), QStringLiteral("100"), QStringLiteral("4004")};
const QString kMetrics = QStringLiteral("/api/monitor/monitor/getPodsAvgMonitoringInformation");

QJsonObject answer(UnisMetricService &service, const QString &path, const QJsonObject &body, const sim::UnisCaller &caller)
{
    const std::optional<sim::SimReply> reply = service.handle(post(path, body), caller);
    EXPECT_TRUE(reply);
    if (!reply)
        return {};
    EXPECT_EQ(reply->status, 200);
    return QJsonDocument::fromJson(reply->body).object();
}

} // namespace

TEST(UnisMetricModel, WarmUpThenSteadyTraining)
{
    int steady = 0;
    for (int j = 0; j < 12; ++j) {
        const UnisPodLife pod = life(QStringLiteral("llm-job%1-worker-0").arg(j), QStringLiteral("job-%1").arg(j),
                                     QStringLiteral("fine-tune"), 4, Phase::Running);
        // Nothing before the start, and only on the 15 s grid.
        EXPECT_FALSE(UnisMetricService::sample(pod, QStringLiteral("gpuUtilizationRate"), 0, kStart - 15000));
        EXPECT_FALSE(UnisMetricService::sample(pod, QStringLiteral("gpuUtilizationRate"), 0, kStart + 1000));
        EXPECT_FALSE(UnisMetricService::sample(pod, QStringLiteral("gpuUtilizationRate"), 4, kStart + 15000));
        // Data loading: the CPU works, the GPU waits, PCIe carries the data.
        EXPECT_LT(value(pod, QStringLiteral("gpuUtilizationRate"), 0, kStart + 30000), 15);
        EXPECT_GT(value(pod, QStringLiteral("cpuUtilizationRate"), -1, kStart + 30000), 65);
        EXPECT_GT(value(pod, QStringLiteral("gpuPcie"), 0, kStart + 30000), 7000);
        // Training: busy cards, warm and drawing power, the CPU calmer.
        const double util = mean(pod, QStringLiteral("gpuUtilizationRate"), 0, kStart + 5 * kMinute, kStart + 19 * kMinute);
        EXPECT_GT(util, 75);
        EXPECT_LE(maxOf(pod, QStringLiteral("gpuUtilizationRate"), 0, kStart, kStart + 60 * kMinute), 100);
        EXPECT_GT(value(pod, QStringLiteral("gpuTemperature"), 0, kStart + 10 * kMinute),
                  value(pod, QStringLiteral("gpuTemperature"), 0, kStart + 30000) + 20);
        EXPECT_GT(value(pod, QStringLiteral("gpuPower"), 0, kStart + 10 * kMinute), 250);
        EXPECT_LE(value(pod, QStringLiteral("gpuPower"), 0, kStart + 10 * kMinute), 400);
        EXPECT_LT(value(pod, QStringLiteral("cpuUtilizationRate"), -1, kStart + 10 * kMinute), 45);
        EXPECT_GT(value(pod, QStringLiteral("gpuNvLink"), 0, kStart + 10 * kMinute), 10000);
        EXPECT_LT(value(pod, QStringLiteral("fp64"), 0, kStart + 10 * kMinute), 1);
        // Noise, not a flat line.
        EXPECT_NE(value(pod, QStringLiteral("gpuUtilizationRate"), 1, kStart + 10 * kMinute),
                  value(pod, QStringLiteral("gpuUtilizationRate"), 1, kStart + 10 * kMinute + 15000));
        if (util > 75)
            ++steady;
    }
    EXPECT_EQ(steady, 12);
}

TEST(UnisMetricModel, IdleCardsAndInputStallsAmongJobs)
{
    int spareCards = 0;
    int stalls = 0;
    for (int j = 0; j < 24; ++j) {
        const UnisPodLife pod = life(QStringLiteral("llm-idle%1-worker-0").arg(j), QStringLiteral("idle-%1").arg(j),
                                     QStringLiteral("training"), 4, Phase::Running);
        if (maxOf(pod, QStringLiteral("gpuUtilizationRate"), 3, kStart, kStart + 90 * kMinute) < 5)
            ++spareCards;
        if (maxOf(pod, QStringLiteral("gpuUtilizationRate"), 0, kStart + 21 * kMinute, kStart + 29 * kMinute) < 5)
            ++stalls;
    }
    EXPECT_GT(spareCards, 2);
    EXPECT_GT(stalls, 2);
    EXPECT_LT(spareCards + stalls, 24);

    // A notebook idles, with bursts of work.
    const UnisPodLife notebook = life(QStringLiteral("nb-1"), QStringLiteral("nb"), QStringLiteral("dev-env"), 1, Phase::Running);
    int idle = 0;
    int busy = 0;
    for (qint64 t = kStart; t <= kStart + 60 * kMinute; t += UnisMetricService::kStepMs) {
        const double u = value(notebook, QStringLiteral("gpuUtilizationRate"), 0, t);
        idle += u < 5 ? 1 : 0;
        busy += u > 40 ? 1 : 0;
    }
    EXPECT_GT(idle, 160);
    EXPECT_GT(busy, 10);
    // One card: no NVLink. Not a service: no service metrics.
    EXPECT_FALSE(UnisMetricService::sample(notebook, QStringLiteral("gpuNvLink"), 0, kStart + 10 * kMinute));
    EXPECT_FALSE(UnisMetricService::sample(notebook, QStringLiteral("qps"), -1, kStart + 10 * kMinute));
}

TEST(UnisMetricModel, EndingsAndDeterminism)
{
    const qint64 end = kStart + 40 * kMinute;
    const UnisPodLife failed = life(QStringLiteral("f-0"), QStringLiteral("f"), QStringLiteral("training"), 2, Phase::Failed, kStart, end);
    EXPECT_GT(value(failed, QStringLiteral("memoryUtilizationRate"), -1, end), 95);
    EXPECT_LT(value(failed, QStringLiteral("memoryUtilizationRate"), -1, end - 10 * kMinute), 75);
    EXPECT_LT(value(failed, QStringLiteral("gpuUtilizationRate"), 0, end), 5);
    EXPECT_FALSE(UnisMetricService::sample(failed, QStringLiteral("gpuUtilizationRate"), 0, end + 15000));

    const UnisPodLife done = life(QStringLiteral("s-0"), QStringLiteral("s"), QStringLiteral("training"), 1, Phase::Succeeded, kStart, end);
    const double saving = value(done, QStringLiteral("gpuUtilizationRate"), 0, end - 15000);
    EXPECT_GE(saving, 18);
    EXPECT_LE(saving, 24);
    EXPECT_TRUE(UnisMetricService::sampleTimes(done, end, end + 60 * kMinute, end + 60 * kMinute) == QList<qint64>{end});

    const UnisPodLife pending = life(QStringLiteral("p-0"), QStringLiteral("p"), QStringLiteral("training"), 1, Phase::Pending);
    EXPECT_TRUE(UnisMetricService::sampleTimes(pending, kStart, kStart + kMinute, kStart + kMinute).isEmpty());

    // The same pod and time give the same value, rounded to two decimals.
    const UnisPodLife a = life(QStringLiteral("d-0"), QStringLiteral("d"), QStringLiteral("training"), 2, Phase::Running);
    for (const QString &metric : UnisMetricService::metricKeys()) {
        const auto first = UnisMetricService::sample(a, metric, 1, kStart + 7 * kMinute);
        const auto second = UnisMetricService::sample(a, metric, 1, kStart + 7 * kMinute);
        EXPECT_EQ(first, second) << metric.toStdString();
        if (first) {
            EXPECT_DOUBLE_EQ(*first, std::round(*first * 100) / 100) << metric.toStdString();
        }
    }
    // A service answers requests.
    UnisPodLife service = a;
    service.podName = QStringLiteral("model-custom-8a7081cf94e7828d0194ee99231e0009-7d9f-x2k1");
    EXPECT_GT(value(service, QStringLiteral("qps"), -1, kStart + 10 * kMinute), 5);
    EXPECT_GT(value(service, QStringLiteral("responseSpeed"), -1, kStart + 10 * kMinute), 100);
    EXPECT_GT(value(service, QStringLiteral("token"), -1, kStart + 10 * kMinute), 500);
}

TEST(UnisMetricWire, PodSeriesInTheDocumentsShapes)
{
    FakeDirectory directory;
    directory.lives = {life(QStringLiteral("llm-a-worker-0"), QStringLiteral("a"), QStringLiteral("fine-tune"), 2, Phase::Running),
                       life(QStringLiteral("llm-a-worker-1"), QStringLiteral("a"), QStringLiteral("fine-tune"), 2, Phase::Running)};
    UnisMetricService service(directory);
    const qint64 from = kStart + 10 * kMinute;
    const qint64 to = from + 2 * kMinute;
    const QJsonObject reply = answer(service, kMetrics,
                                     {{QStringLiteral("startTime"), double(from)},
                                      {QStringLiteral("endTime"), double(to)},
                                      {QStringLiteral("podNames"), QJsonArray{QStringLiteral("llm-a-worker-0")}}},
                                     kUser);
    EXPECT_EQ(reply.value(QStringLiteral("code")).toInt(), 200);
    EXPECT_TRUE(reply.value(QStringLiteral("success")).toBool());
    const QJsonObject data = reply.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.keys().size(), 20);
    const QJsonObject cpu = data.value(QStringLiteral("cpuUtilizationRate")).toObject();
    EXPECT_EQ(cpu.value(QStringLiteral("title")).toString(), QStringLiteral("CPU使用率"));
    EXPECT_EQ(cpu.value(QStringLiteral("step")).toString(), QStringLiteral("15s"));
    ASSERT_EQ(cpu.value(QStringLiteral("times")).toArray().size(), 9);
    EXPECT_EQ(cpu.value(QStringLiteral("times")).toArray().at(0).toString(), QStringLiteral("2026-03-02 08:10:00"));
    EXPECT_EQ(cpu.value(QStringLiteral("values")).toArray().at(0).toDouble(),
              *UnisMetricService::sample(directory.lives[0], QStringLiteral("cpuUtilizationRate"), -1, from));
    // GPU metrics: one entry per card, no times or step of their own at the top.
    const QJsonObject temp = data.value(QStringLiteral("gpuTemperature")).toObject();
    EXPECT_EQ(temp.value(QStringLiteral("unit")).toString(), QStringLiteral("°C"));
    EXPECT_FALSE(temp.contains(QStringLiteral("times")));
    const QJsonObject cards = temp.value(QStringLiteral("values")).toObject();
    EXPECT_EQ(cards.keys(), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    EXPECT_EQ(cards.value(QStringLiteral("1")).toObject().value(QStringLiteral("values")).toArray().at(8).toDouble(),
              *UnisMetricService::sample(directory.lives[0], QStringLiteral("gpuTemperature"), 1, to));
    // Empty where nothing applies: service metrics of a training pod.
    const QJsonObject qps = data.value(QStringLiteral("qps")).toObject();
    EXPECT_TRUE(qps.value(QStringLiteral("values")).toArray().isEmpty());
    EXPECT_EQ(qps.value(QStringLiteral("step")).toString(), QString());
    // RDMA of a pod: the job has two pods, so they talk.
    EXPECT_EQ(data.value(QStringLiteral("rdmaReceiver")).toObject().value(QStringLiteral("values")).toArray().size(), 9);

    // Two pods: the averages ("Avg" in the path).
    const QJsonObject both = answer(service, kMetrics,
                                    {{QStringLiteral("startTime"), double(from)},
                                     {QStringLiteral("endTime"), double(from)},
                                     {QStringLiteral("podNames"), QJsonArray{QStringLiteral("llm-a-worker-0"), QStringLiteral("llm-a-worker-1")}}},
                                    kUser);
    const double avg = both.value(QStringLiteral("data")).toObject().value(QStringLiteral("gpuPower")).toObject()
                           .value(QStringLiteral("values")).toObject().value(QStringLiteral("0")).toObject()
                           .value(QStringLiteral("values")).toArray().at(0).toDouble();
    const double expected = (*UnisMetricService::sample(directory.lives[0], QStringLiteral("gpuPower"), 0, from)
                             + *UnisMetricService::sample(directory.lives[1], QStringLiteral("gpuPower"), 0, from)) / 2;
    EXPECT_NEAR(avg, expected, 0.006);
}

TEST(UnisMetricWire, WindowsRequestsAndWhoMaySee)
{
    FakeDirectory directory;
    directory.lives = {life(QStringLiteral("p0"), QStringLiteral("j"), QStringLiteral("training"), 1, Phase::Running)};
    directory.nowMs = kStart + 3 * 60 * kMinute + 7000;
    UnisMetricService service(directory);
    // Without times: the last hour, up to now: 240 samples.
    QJsonObject data = answer(service, kMetrics, {{QStringLiteral("podNames"), QJsonArray{QStringLiteral("p0")}}}, kUser)
                           .value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("cpuUtilizationRate")).toObject().value(QStringLiteral("times")).toArray().size(), 240);
    // No future samples.
    data = answer(service, kMetrics,
                  {{QStringLiteral("podNames"), QJsonArray{QStringLiteral("p0")}},
                   {QStringLiteral("startTime"), double(directory.nowMs - kMinute)},
                   {QStringLiteral("endTime"), double(directory.nowMs + 60 * kMinute)}},
                  kUser)
               .value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("cpuUtilizationRate")).toObject().value(QStringLiteral("times")).toArray().size(), 4);
    // Another user's pod, an unknown pod: reported, with nothing in it.
    for (const QString &name : {QStringLiteral("p0"), QStringLiteral("nope")}) {
        data = answer(service, kMetrics, {{QStringLiteral("podNames"), QJsonArray{name}}}, name == u"p0" ? kOther : kUser)
                   .value(QStringLiteral("data")).toObject();
        EXPECT_EQ(data.keys().size(), 20);
        EXPECT_TRUE(data.value(QStringLiteral("cpuUtilizationRate")).toObject().value(QStringLiteral("values")).toArray().isEmpty());
        EXPECT_TRUE(data.value(QStringLiteral("gpuPower")).toObject().value(QStringLiteral("values")).toObject().isEmpty());
    }
    // An administrator sees every pod.
    data = answer(service, kMetrics, {{QStringLiteral("podNames"), QJsonArray{QStringLiteral("p0")}}}, kAdmin)
               .value(QStringLiteral("data")).toObject();
    EXPECT_FALSE(data.value(QStringLiteral("gpuPower")).toObject().value(QStringLiteral("values")).toObject().isEmpty());
    // The document's " podNames" (with a space): success without data.
    const QJsonObject typo = answer(service, kMetrics, {{QStringLiteral(" podNames"), QJsonArray{QStringLiteral("p0")}}}, kUser);
    EXPECT_EQ(typo.value(QStringLiteral("code")).toInt(), 200);
    EXPECT_TRUE(typo.value(QStringLiteral("data")).isNull());
    // Errors in envelope A.
    const QJsonObject backwards = answer(service, kMetrics,
                                         {{QStringLiteral("podNames"), QJsonArray{QStringLiteral("p0")}},
                                          {QStringLiteral("startTime"), double(kStart + kMinute)},
                                          {QStringLiteral("endTime"), double(kStart)}},
                                         kUser);
    EXPECT_EQ(backwards.value(QStringLiteral("code")).toInt(), 500);
    EXPECT_FALSE(backwards.value(QStringLiteral("success")).toBool());
    EXPECT_EQ(answer(service, kMetrics,
                     {{QStringLiteral("podNames"), QJsonArray{QStringLiteral("p0")}},
                      {QStringLiteral("startTime"), double(kStart - 3 * 24 * 60 * kMinute)},
                      {QStringLiteral("endTime"), double(kStart)}},
                     kUser)
                  .value(QStringLiteral("code")).toInt(),
              500);
    EXPECT_EQ(answer(service, kMetrics, {{QStringLiteral("podNames"), QStringLiteral("p0")}}, kUser).value(QStringLiteral("code")).toInt(), 500);
    // Epoch milliseconds as a string, as Jackson reads a long.
    EXPECT_EQ(answer(service, kMetrics,
                     {{QStringLiteral("podNames"), QJsonArray{QStringLiteral("p0")}},
                      {QStringLiteral("startTime"), QString::number(kStart)},
                      {QStringLiteral("endTime"), QString::number(kStart + kMinute)}},
                     kUser)
                  .value(QStringLiteral("data")).toObject().value(QStringLiteral("cpuUtilizationRate")).toObject()
                  .value(QStringLiteral("times")).toArray().size(),
              5);
    // Other paths are not the service's; other methods are refused.
    EXPECT_FALSE(service.handle(post(QStringLiteral("/api/kernel/notebooks"), {}), kUser));
    sim::SimRequest get = post(kMetrics, {});
    get.method = QStringLiteral("GET");
    EXPECT_EQ(service.handle(get, kUser)->status, 405);
}

TEST(UnisMetricWire, RdmaPerCardAndClusterTotals)
{
    FakeDirectory directory;
    directory.nodeList = {{QStringLiteral("gpu-a100-01"), QStringLiteral("10.99.232.178"), QStringLiteral("A100-SXM4-80GB"), 8, 96, 1024},
                          {QStringLiteral("gpu-a100-02"), QStringLiteral("10.99.232.179"), QStringLiteral("A100-SXM4-80GB"), 8, 96, 1024},
                          {QStringLiteral("cpu-01"), QStringLiteral("10.99.232.180"), QString(), 0, 64, 256}};
    directory.lives = {life(QStringLiteral("w0"), QStringLiteral("multi"), QStringLiteral("training"), 4, Phase::Running),
                       life(QStringLiteral("w1"), QStringLiteral("multi"), QStringLiteral("training"), 4, Phase::Running),
                       life(QStringLiteral("nb"), QStringLiteral("solo"), QStringLiteral("dev-env"), 1, Phase::Running)};
    directory.lives[1].nodeIp = QStringLiteral("10.99.232.179");
    directory.lives[1].nodeName = QStringLiteral("gpu-a100-02");
    UnisMetricService service(directory);
    const QString rdmaPath = QStringLiteral("/api/monitor/monitor/getPodsInNodeRdma");
    const qint64 from = kStart + 10 * kMinute;
    const QJsonObject reply = answer(service, rdmaPath,
                                     {{QStringLiteral("startTime"), double(from)},
                                      {QStringLiteral("endTime"), double(from + kMinute)},
                                      {QStringLiteral("nodeIp"), QStringLiteral("10.99.232.178")}},
                                     kUser);
    const QJsonArray in = reply.value(QStringLiteral("data")).toObject().value(QStringLiteral("rdmaReceiver")).toArray();
    ASSERT_EQ(in.size(), 4);
    const QJsonObject card = in.at(2).toObject();
    EXPECT_EQ(card.value(QStringLiteral("netName")).toString(), QStringLiteral("mlx5_2"));
    EXPECT_EQ(card.value(QStringLiteral("unit")).toString(), QStringLiteral("Mb/s"));
    EXPECT_EQ(card.value(QStringLiteral("title")).toString(), QStringLiteral("rdma下载流量"));
    EXPECT_EQ(card.value(QStringLiteral("step")).toString(), QStringLiteral("15s"));
    ASSERT_EQ(card.value(QStringLiteral("values")).toArray().size(), 5);
    // A two-pod job trains across nodes: its traffic is far above the idle trickle.
    EXPECT_GT(card.value(QStringLiteral("values")).toArray().at(0).toDouble(), 500);
    EXPECT_EQ(card.value(QStringLiteral("values")).toArray().at(0).toDouble(),
              *service.rdmaSample(QStringLiteral("10.99.232.178"), QStringLiteral("mlx5_2"), true, from));
    EXPECT_LT(*service.rdmaSample(QStringLiteral("10.99.232.180"), QStringLiteral("mlx5_0"), true, from), 5);
    // An unknown node has no cards; both times and the node are required.
    const QJsonObject unknown = answer(service, rdmaPath,
                                       {{QStringLiteral("startTime"), double(from)},
                                        {QStringLiteral("endTime"), double(from + kMinute)},
                                        {QStringLiteral("nodeIp"), QStringLiteral("10.0.0.1")}},
                                       kUser);
    EXPECT_TRUE(unknown.value(QStringLiteral("data")).toObject().value(QStringLiteral("rdmaTransmitted")).toArray().isEmpty());
    EXPECT_EQ(answer(service, rdmaPath, {{QStringLiteral("nodeIp"), QStringLiteral("10.99.232.178")}}, kUser)
                  .value(QStringLiteral("code")).toInt(),
              500);

    // The cluster's totals: administrators only.
    const QString totalsPath = QStringLiteral("/api/monitor/monitor/getNodeInfoByLables/fs");
    EXPECT_EQ(answer(service, totalsPath, {}, kUser).value(QStringLiteral("code")).toInt(), 403);
    const QJsonObject totals = answer(service, totalsPath, {}, kAdmin).value(QStringLiteral("data")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("totalGpu")).toDouble(), 16);
    EXPECT_EQ(totals.value(QStringLiteral("totalCpu")).toDouble(), 256);
    EXPECT_EQ(totals.value(QStringLiteral("totalMemory")).toDouble(), 2304);
    EXPECT_EQ(totals.value(QStringLiteral("gpuUsage")).toDouble(), 9);
    EXPECT_NEAR(totals.value(QStringLiteral("gpuUsageRate")).toDouble(), 9.0 / 16, 1e-12);
    EXPECT_GT(totals.value(QStringLiteral("memoryUsageRate")).toDouble(), 0);
    EXPECT_LT(totals.value(QStringLiteral("memoryUsageRate")).toDouble(), 1);
    EXPECT_GT(totals.value(QStringLiteral("fsUsage")).toDouble(), 0);
}

// Behind the real backend: registered, after the token check, and fed by the job side.
class UnisMetricBackend : public test::UnisFixture
{
};

TEST_F(UnisMetricBackend, RunningPodsOfTheSeedHaveSeries)
{
    QString running;
    for (const UnisPodLife &pod : backend->pods()) {
        if (pod.phase == Phase::Running && pod.ownerUserId == u"38" && pod.gpuCount >= 2) {
            running = pod.podName;
            EXPECT_FALSE(pod.nodeIp.isEmpty());
            EXPECT_GT(pod.cpu, 0);
            break;
        }
    }
    ASSERT_FALSE(running.isEmpty());
    const QJsonObject data = postJson(kMetrics, QJsonObject{{QStringLiteral("podNames"), QJsonArray{running}}})
                                 .value(QStringLiteral("data")).toObject();
    const QJsonObject cards = data.value(QStringLiteral("gpuUtilizationRate")).toObject().value(QStringLiteral("values")).toObject();
    EXPECT_GE(cards.size(), 2);
    EXPECT_FALSE(cards.value(QStringLiteral("0")).toObject().value(QStringLiteral("values")).toArray().isEmpty());
    EXPECT_FALSE(backend->nodes().isEmpty());
    // A normal user may not read the cluster's totals.
    EXPECT_EQ(postJson(QStringLiteral("/api/monitor/monitor/getNodeInfoByLables/fs")).value(QStringLiteral("code")).toInt(), 403);
    token.clear();
    EXPECT_EQ(postJson(kMetrics, QJsonObject{{QStringLiteral("podNames"), QJsonArray{running}}}).value(QStringLiteral("code")).toInt(), 401);
}
