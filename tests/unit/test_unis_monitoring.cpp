// UNIS monitoring JSON: the document's own examples (#62 / #11 with GPU metrics as "values":{},
// #50 with array series and step "15s", #51 RDMA per card, #33 cluster totals), multi-GPU data in
// the shapes the document leaves open, and every JSONTestSuite case.
#include "platforms/unis/unismonitoring.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace suanli;
using suanli::unis::Monitoring;

namespace {

// The shared data sits beside the checkout (or beside the folder of worktrees).
QString sharedData(const QString &rel)
{
    const QDir source(QStringLiteral(SUANLI_SOURCE_DIR));
    for (const QString &up : {QStringLiteral("../shared/data/"), QStringLiteral("../../shared/data/")}) {
        if (QFileInfo::exists(source.absoluteFilePath(up + rel)))
            return source.absoluteFilePath(up + rel);
    }
    return source.absoluteFilePath(QStringLiteral("../shared/data/") + rel);
}

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

// The window of the document's request example.
constexpr qint64 kFrom = 1739174092000;
constexpr qint64 kTo = 1739174112000;

const MetricSeries *find(const QList<MetricSeries> &series, const QString &metric, const QString &instance = {})
{
    for (const MetricSeries &s : series) {
        if (s.id.metric == metric && s.id.instance == instance)
            return &s;
    }
    return nullptr;
}

QStringList instancesOf(const QList<MetricSeries> &series, const QString &metric)
{
    QStringList out;
    for (const MetricSeries &s : series) {
        if (s.id.metric == metric)
            out.append(s.id.instance);
    }
    out.sort();
    return out;
}

// #62 (and #11, #43): the answer of the seed, verbatim apart from whitespace.
const char *const kDoc62 = R"({"code":200,"success":true,"message":"success","data":{
 "cpuUtilizationRate":{"title":"CPU使用率","unit":"%","times":[],"values":[],"step":""},
 "memoryUtilizationRate":{"title":"内存使用率","unit":"%","times":[],"values":[],"step":""},
 "gpuUtilizationRate":{"title":"GPU使用率","unit":"%","values":{}},
 "gpuPcieTx":{"title":"GPU显存带宽","unit":"MB/s","values":{}},
 "gpuPcieRx":{"title":"GPU互通PCIE带宽","unit":"MB/s","values":{}},
 "gpuCoreUtilizationRate":{"title":"GPU CORE利用率","unit":"%","values":{}},
 "fp16":{"title":"FP16","unit":"%","values":{}},
 "fp32":{"title":"FP32","unit":"%","values":{}},
 "fp64":{"title":"FP64","unit":"%","values":{}},
 "gpuPower":{"title":"GPU卡功耗","unit":"W","values":{}},
 "gpuTemperature":{"title":"GPU卡温度","unit":"°C","values":{}},
 "gpuSmActive":{"title":"GPU SM占用","unit":"%","values":{}},
 "gpuPcie":{"title":"GPU PCIE带宽","unit":"MB/s","values":{}},
 "gpuDramActive":{"title":"GPU DRAM带宽占用","unit":"%","values":{}},
 "gpuNvLink":{"title":"GPU NVLINK带宽","unit":"MB/s","values":{}},
 "qps":{"title":"QPS","unit":"次/s","times":[],"values":[],"step":""},
 "responseSpeed":{"title":"平均响应时间","unit":"ms","times":[],"values":[],"step":""},
 "token":{"title":"token生成速度","unit":"","times":[],"values":[],"step":""},
 "rdmaReceiver":{"title":"rdma进口流量","unit":"byte","times":[],"values":[],"step":""},
 "rdmaTransmitted":{"title":"rdma出口流量","unit":"byte","times":[],"values":[],"step":""}}})";

// #50: the compute-task copy, GPU metrics as arrays with step "15s", no RDMA keys.
const char *const kDoc50 = R"({"code":200,"success":true,"message":"success","data":{
 "cpuUtilizationRate":{"title":"CPU使用率","unit":"%","times":[],"values":[],"step":""},
 "memoryUtilizationRate":{"title":"内存使用率","unit":"%","times":[],"values":[],"step":""},
 "gpuUtilizationRate":{"title":"GPU使用率","unit":"%","times":[],"values":[],"step":"15s"},
 "gpuPcieTx":{"title":"GPU显存带宽","unit":"MB/s","times":[],"values":[],"step":"15s"},
 "gpuPcieRx":{"title":"GPU互通PCIE带宽","unit":"MB/s","times":[],"values":[],"step":"15s"},
 "gpuCoreUtilizationRate":{"title":"GPU CORE利用率","unit":"%","times":[],"values":[],"step":"15s"},
 "fp16":{"title":"FP16","unit":"%","times":[],"values":[],"step":""},
 "fp32":{"title":"FP32","unit":"%","times":[],"values":[],"step":""},
 "fp64":{"title":"FP64","unit":"%","times":[],"values":[],"step":""},
 "gpuPower":{"title":"GPU卡功耗","unit":"W","times":[],"values":[],"step":"15s"},
 "gpuTemperature":{"title":"GPU卡温度","unit":"°C","times":[],"values":[],"step":"15s"},
 "gpuSmActive":{"title":"GPU SM占用","unit":"%","times":[],"values":[],"step":""},
 "gpuPcie":{"title":"GPU PCIE带宽","unit":"MB/s","times":[],"values":[],"step":"15s"},
 "gpuDramActive":{"title":"GPU DRAM带宽占用","unit":"%","times":[],"values":[],"step":"15s"},
 "gpuNvLink":{"title":"GPU NVLINK带宽","unit":"MB/s","times":[],"values":[],"step":"15s"},
 "qps":{"title":"RPS","unit":"次/s","times":[],"values":[],"step":""},
 "responseSpeed":{"title":"平均响应时间","unit":"ms","times":[],"values":[],"step":""},
 "token":{"title":"token生成速度","unit":"","times":[],"values":[],"step":""}}})";

} // namespace

TEST(UnisMonitoring, CatalogueHasEveryDocumentedMetric)
{
    const QList<MetricInfo> catalogue = Monitoring::podCatalogue();
    ASSERT_EQ(catalogue.size(), 20);
    const QJsonObject data = object(kDoc62).value(QStringLiteral("data")).toObject();
    QSet<QString> keys;
    for (const MetricInfo &m : catalogue) {
        keys.insert(m.key);
        ASSERT_TRUE(data.contains(m.key)) << m.key.toStdString();
        const QJsonObject entry = data.value(m.key).toObject();
        // Titles as the platform writes them (the two copies of qps differ: QPS / RPS).
        if (m.key != u"qps") {
            EXPECT_EQ(m.platformTitle, entry.value(QStringLiteral("title")).toString()) << m.key.toStdString();
        }
        EXPECT_EQ(m.unit, Monitoring::unitCode(entry.value(QStringLiteral("unit")).toString(), m.key)) << m.key.toStdString();
        EXPECT_FALSE(m.title.isEmpty());
        // GPU metrics are the ones whose values are an object in #62.
        EXPECT_EQ(m.instances == MetricInfo::Instances::Gpu, entry.value(QStringLiteral("values")).isObject())
            << m.key.toStdString();
    }
    EXPECT_EQ(keys.size(), 20);
    EXPECT_EQ(Monitoring::podMetric(QStringLiteral("gpuTemperature"))->warningAt, 85.0);
    // Idle GPUs are found from the utilization, and only from it.
    for (const MetricInfo &m : catalogue)
        EXPECT_EQ(m.idleWatch, m.key == u"gpuUtilizationRate") << m.key.toStdString();
    EXPECT_EQ(Monitoring::podMetric(QStringLiteral("gpuPcieTx"))->group, MetricInfo::Group::Throughput);
    EXPECT_EQ(Monitoring::podMetric(QStringLiteral("fp64"))->group, MetricInfo::Group::Precision);
    EXPECT_EQ(Monitoring::podMetric(QStringLiteral("token"))->group, MetricInfo::Group::Service);
    EXPECT_FALSE(Monitoring::podMetric(QStringLiteral("nope")));
}

TEST(UnisMonitoring, DocumentExample62EmptyArraysAndEmptyObjects)
{
    const auto window = Monitoring::podMetrics(object(kDoc62).value(QStringLiteral("data")),
                                               QStringLiteral("llm-sbbjmvebtest6t-worker-0"), kFrom, kTo);
    ASSERT_TRUE(window) << window.error().message.toStdString();
    EXPECT_EQ(window.value().reported.size(), 20);
    EXPECT_EQ(window.value().subject, QStringLiteral("llm-sbbjmvebtest6t-worker-0"));
    // Array metrics: one empty series each; GPU metrics with "values":{}: none at all.
    EXPECT_EQ(window.value().series.size(), 7);
    for (const MetricSeries &s : window.value().series) {
        EXPECT_TRUE(s.points.isEmpty());
        EXPECT_TRUE(s.id.instance.isEmpty());
        EXPECT_EQ(s.id.subject, QStringLiteral("llm-sbbjmvebtest6t-worker-0"));
    }
    EXPECT_EQ(find(window.value().series, QStringLiteral("rdmaReceiver"))->unit, QStringLiteral("B"));
    EXPECT_EQ(find(window.value().series, QStringLiteral("qps"))->unit, QStringLiteral("req/s"));
    EXPECT_EQ(find(window.value().series, QStringLiteral("token"))->unit, QStringLiteral("tokens/s"));
    EXPECT_FALSE(find(window.value().series, QStringLiteral("gpuUtilizationRate")));
}

TEST(UnisMonitoring, DocumentExample50ArraysWithStep)
{
    const auto window = Monitoring::podMetrics(object(kDoc50).value(QStringLiteral("data")),
                                               QStringLiteral("llm-sbbhvb5ctest39-worker-0"), 1734523576000, 1734523778000);
    ASSERT_TRUE(window);
    EXPECT_EQ(window.value().reported.size(), 18);
    EXPECT_FALSE(window.value().reported.contains(QStringLiteral("rdmaReceiver")));
    EXPECT_EQ(window.value().series.size(), 18);
    EXPECT_EQ(find(window.value().series, QStringLiteral("gpuPower"))->stepMs, 15000);
    EXPECT_EQ(find(window.value().series, QStringLiteral("fp16"))->stepMs, 0);
}

TEST(UnisMonitoring, DocumentExample11WithItsLeftoverMessageAndNullData)
{
    // #9 answers data:null (its request key had a leading space): nothing reported, no error.
    const auto none = Monitoring::podMetrics(QJsonValue(QJsonValue::Null), QStringLiteral("p"), kFrom, kTo);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none.value().reported.isEmpty());
    // The "…" placeholder of the catalogue's example is not a metric.
    const auto partial = Monitoring::podMetrics(
        object(R"J({"cpuUtilizationRate":{"title":"CPU使用率","unit":"%","times":[],"values":[],"step":""},"…":"(all 20 keys always present)"})J"),
        QStringLiteral("p"), kFrom, kTo);
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial.value().reported, QStringList{QStringLiteral("cpuUtilizationRate")});
    EXPECT_FALSE(Monitoring::podMetrics(QJsonArray{1, 2}, QStringLiteral("p"), kFrom, kTo));
    EXPECT_FALSE(Monitoring::podMetrics(QJsonValue(42), QStringLiteral("p"), kFrom, kTo));
}

TEST(UnisMonitoring, ArraySeriesWithEveryTimeFormat)
{
    const auto window = Monitoring::podMetrics(object(R"({
        "cpuUtilizationRate":{"title":"CPU使用率","unit":"%","step":"15s",
            "times":[1739174085000, 1739174100, "1739174115000", "1739174130.5"],
            "values":[12.5, "13.25", null, "NaN"]},
        "memoryUtilizationRate":{"title":"内存使用率","unit":"%","step":"15s",
            "times":["2025-02-10 15:54:45","2025-02-10 15:55:00","2025-02-10T15:55:15+08:00"],
            "values":[40, 41, 42]},
        "qps":{"title":"RPS","unit":"次/s","step":"1m","times":["15:54","15:55"],"values":[3,4]},
        "token":{"title":"token生成速度","unit":"","step":"","times":["02-10 15:55:00"],"values":["7.5"]}})"),
                                               QStringLiteral("p"), kFrom, kTo);
    ASSERT_TRUE(window);
    const MetricSeries *cpu = find(window.value().series, QStringLiteral("cpuUtilizationRate"));
    ASSERT_TRUE(cpu);
    // Milliseconds, seconds, a numeric string; null and NaN are no samples.
    ASSERT_EQ(cpu->points.size(), 2);
    EXPECT_EQ(cpu->points[0], (MetricPoint{1739174085000, 12.5}));
    EXPECT_EQ(cpu->points[1], (MetricPoint{1739174100000, 13.25}));
    const MetricSeries *memory = find(window.value().series, QStringLiteral("memoryUtilizationRate"));
    ASSERT_EQ(memory->points.size(), 3);
    EXPECT_EQ(memory->points[1].timeMs, 1739174100000); // China time
    EXPECT_EQ(memory->points[2].timeMs, 1739174115000);
    const MetricSeries *qps = find(window.value().series, QStringLiteral("qps"));
    ASSERT_EQ(qps->points.size(), 2);
    EXPECT_EQ(qps->points[1].timeMs, 1739174100000); // 15:55 on the window's day
    EXPECT_EQ(qps->stepMs, 60000);
    EXPECT_EQ(find(window.value().series, QStringLiteral("token"))->points.value(0), (MetricPoint{1739174100000, 7.5}));
}

TEST(UnisMonitoring, MultiGpuObjectKeyedByCard)
{
    // The #62 shape filled in: one entry per card, each a series of its own.
    const auto window = Monitoring::podMetrics(object(R"({
        "gpuUtilizationRate":{"title":"GPU使用率","unit":"%","values":{
            "0":{"times":[1739174085000,1739174100000],"values":[95.5,96]},
            "1":{"times":[1739174085000,1739174100000],"values":["3.0","2.5"]},
            "gpu2":{"times":[],"values":[]}}},
        "gpuTemperature":{"title":"GPU卡温度","unit":"°C","values":{
            "GPU0":[[1739174085,"71"],[1739174100,"72"]],
            "GPU1":[{"time":"2025-02-10 15:54:45","value":60},{"time":"2025-02-10 15:55:00","value":61}]}},
        "gpuPower":{"title":"GPU卡功耗","unit":"W","times":[1739174085000,1739174100000],
            "values":{"0":[300,310],"1":[90,95]}},
        "fp16":{"title":"FP16","unit":"%","values":{"0":55.5,"1":"1"}}})"),
                                               QStringLiteral("pod"), kFrom, kTo);
    ASSERT_TRUE(window);
    const QList<MetricSeries> &s = window.value().series;
    EXPECT_EQ(instancesOf(s, QStringLiteral("gpuUtilizationRate")), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    EXPECT_EQ(find(s, QStringLiteral("gpuUtilizationRate"), QStringLiteral("1"))->points.value(1),
              (MetricPoint{1739174100000, 2.5}));
    // Prometheus-style pairs and point objects, cards named "GPU0" read as index 0.
    EXPECT_EQ(find(s, QStringLiteral("gpuTemperature"), QStringLiteral("0"))->points.value(1),
              (MetricPoint{1739174100000, 72}));
    EXPECT_EQ(find(s, QStringLiteral("gpuTemperature"), QStringLiteral("1"))->points.value(0),
              (MetricPoint{1739174085000, 60}));
    // Card arrays against the entry's own times.
    EXPECT_EQ(find(s, QStringLiteral("gpuPower"), QStringLiteral("1"))->points.size(), 2);
    EXPECT_EQ(find(s, QStringLiteral("gpuPower"), QStringLiteral("0"))->points.value(1).value, 310);
    // A bare number per card: the card's value at the end of the window.
    EXPECT_EQ(find(s, QStringLiteral("fp16"), QStringLiteral("0"))->points.value(0), (MetricPoint{kTo, 55.5}));
    EXPECT_EQ(find(s, QStringLiteral("gpuUtilizationRate"), QStringLiteral("0"))->unit, QStringLiteral("%"));
}

TEST(UnisMonitoring, MultiGpuArrays)
{
    const auto window = Monitoring::podMetrics(object(R"({
        "gpuUtilizationRate":{"title":"GPU使用率","unit":"%","step":"15s","times":[1739174085000,1739174100000,1739174115000],
            "values":[[10,11,12],[20,21,22]]},
        "gpuSmActive":{"title":"GPU SM占用","unit":"%","step":"15s","times":[1739174085000,1739174100000],
            "values":[[1,2,3],[4,5,6]]},
        "gpuPcie":{"title":"GPU PCIE带宽","unit":"MB/s","step":"15s",
            "values":[{"gpu":"0","times":[1739174085000],"values":[512]},{"gpu":1,"times":[1739174085000],"values":[256]}]},
        "gpuNvLink":{"title":"GPU NVLINK带宽","unit":"MB/s","values":[[1739174085.0,"100"],[1739174100.0,"200"]]}})"),
                                               QStringLiteral("pod"), kFrom, kTo);
    ASSERT_TRUE(window);
    const QList<MetricSeries> &s = window.value().series;
    // One array per card, parallel to the times.
    EXPECT_EQ(instancesOf(s, QStringLiteral("gpuUtilizationRate")), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    EXPECT_EQ(find(s, QStringLiteral("gpuUtilizationRate"), QStringLiteral("1"))->points.value(2),
              (MetricPoint{1739174115000, 22}));
    EXPECT_EQ(find(s, QStringLiteral("gpuUtilizationRate"), QStringLiteral("1"))->stepMs, 15000);
    // One vector of cards per time.
    EXPECT_EQ(instancesOf(s, QStringLiteral("gpuSmActive")).size(), 3);
    EXPECT_EQ(find(s, QStringLiteral("gpuSmActive"), QStringLiteral("2"))->points.value(1), (MetricPoint{1739174100000, 6}));
    // Series objects that name their card.
    EXPECT_EQ(find(s, QStringLiteral("gpuPcie"), QStringLiteral("1"))->points.value(0).value, 256);
    // Pairs for the pod as a whole.
    EXPECT_EQ(find(s, QStringLiteral("gpuNvLink"))->points.size(), 2);
}

TEST(UnisMonitoring, RdmaPerNetworkCard)
{
    // #51, with the document's empty arrays, then with samples.
    const auto empty = Monitoring::rdma(object(R"({
        "rdmaReceiver":[{"title":"rdma下载流量","unit":"Mb/s","times":[],"values":[],"step":"15s","netName":"mlx5_0"},
                        {"title":"rdma下载流量","unit":"Mb/s","times":[],"values":[],"step":"15s","netName":"mlx5_1"},
                        {"title":"rdma下载流量","unit":"Mb/s","times":[],"values":[],"step":"15s","netName":"mlx5_2"}],
        "rdmaTransmitted":[{"title":"rdma上传流量","unit":"Mb/s","times":[],"values":[],"step":"15s","netName":"mlx5_0"},
                           {"title":"rdma上传流量","unit":"Mb/s","times":[],"values":[],"step":"15s","netName":"mlx5_1"},
                           {"title":"rdma上传流量","unit":"Mb/s","times":[],"values":[],"step":"15s","netName":"mlx5_2"}]})"),
                                       QStringLiteral("10.99.232.178"), 1735548668000, 1735549432000);
    ASSERT_TRUE(empty);
    ASSERT_EQ(empty.value().series.size(), 6);
    EXPECT_EQ(instancesOf(empty.value().series, QStringLiteral("rdmaTransmitted")),
              (QStringList{QStringLiteral("mlx5_0"), QStringLiteral("mlx5_1"), QStringLiteral("mlx5_2")}));
    EXPECT_EQ(empty.value().series.first().unit, QStringLiteral("Mb/s"));
    EXPECT_EQ(empty.value().series.first().stepMs, 15000);

    const auto full = Monitoring::rdma(object(R"({"rdmaReceiver":[{"title":"rdma下载流量","unit":"Mb/s",
        "times":["2024-12-30 16:51:15","2024-12-30 16:51:30"],"values":["812.5","1024"],"step":"15s","netName":"mlx5_0"}],
        "rdmaTransmitted":[]})"),
                                      QStringLiteral("10.99.232.178"), 1735548668000, 1735549432000);
    ASSERT_TRUE(full);
    ASSERT_EQ(full.value().series.size(), 1);
    EXPECT_EQ(full.value().series[0].points.value(1).value, 1024);
    EXPECT_EQ(full.value().reported.size(), 2);
    EXPECT_FALSE(Monitoring::rdma(QJsonValue(QStringLiteral("nope")), QStringLiteral("n"), 0, 1));
}

TEST(UnisMonitoring, ClusterTotals)
{
    // #33, verbatim.
    const auto totals = Monitoring::nodeTotals(object(R"({"memoryUsageRate":0.3573499888467544,"cpuUsage":5,"totalCpu":96,
        "totalMemory":224.15,"memoryUsage":80.1,"fsUsageRate":0.5224810621487334,"fsUsage":256.58,"gpuUsage":0,
        "gpuUsageRate":0,"totalFs":491.08,"cpuUsageRate":0.05385416666666667,"totalGpu":0})"));
    ASSERT_TRUE(totals);
    EXPECT_EQ(totals.value().totalCpu, 96);
    EXPECT_EQ(totals.value().memoryUsage, 80.1);
    const MetricWindow w = Monitoring::nodeTotalsWindow(totals.value(), QStringLiteral("cluster"), kTo);
    EXPECT_NEAR(find(w.series, QStringLiteral("memoryUsageRate"))->points.value(0).value, 35.73499888467544, 1e-9);
    EXPECT_NEAR(find(w.series, QStringLiteral("cpuUsageRate"))->points.value(0).value, 5.385416666666667, 1e-9);
    ASSERT_EQ(w.gauges.size(), 4);
    EXPECT_EQ(w.gauges[0].total, 96);
    EXPECT_EQ(w.gauges[3].used, 256.58);
    // Strings for numbers are read too; an object with none of the fields is an error.
    EXPECT_EQ(Monitoring::nodeTotals(object(R"({"totalGpu":"16"})")).value().totalGpu, 16);
    EXPECT_FALSE(Monitoring::nodeTotals(object(R"({"other":1})")));
    EXPECT_FALSE(Monitoring::nodeTotals(QJsonValue(QJsonValue::Null)));
    EXPECT_EQ(Monitoring::nodeCatalogue().size(), 6);
}

TEST(UnisMonitoring, StepsTimesAndRequestBodies)
{
    EXPECT_EQ(Monitoring::stepMs(QStringLiteral("15s")), 15000);
    EXPECT_EQ(Monitoring::stepMs(QStringLiteral("1m30s")), 90000);
    EXPECT_EQ(Monitoring::stepMs(QStringLiteral("500ms")), 500);
    EXPECT_EQ(Monitoring::stepMs(QStringLiteral("30")), 30000);
    EXPECT_EQ(Monitoring::stepMs(15), 15000);
    EXPECT_EQ(Monitoring::stepMs(QStringLiteral("")), 0);
    EXPECT_EQ(Monitoring::stepMs(QStringLiteral("15 seconds")), 0);
    EXPECT_FALSE(Monitoring::sampleTime(QStringLiteral("soon"), kTo));
    EXPECT_FALSE(Monitoring::sampleTime(42, kTo));
    EXPECT_FALSE(Monitoring::sampleValue(QStringLiteral("-")));
    EXPECT_FALSE(Monitoring::sampleValue(true));
    // A time of day later than the reference belongs to the day before.
    EXPECT_EQ(*Monitoring::sampleTime(QStringLiteral("23:59:45"), kTo), 1739174112000 - 15 * 3600 * 1000 - 55 * 60 * 1000 - 27 * 1000);
    EXPECT_EQ(Monitoring::gpuInstance(QStringLiteral("gpu_3")), QStringLiteral("3"));
    EXPECT_EQ(Monitoring::gpuInstance(QStringLiteral("GPU-8a1c")), QStringLiteral("GPU-8a1c"));

    const QJsonObject body = QJsonDocument::fromJson(
                                 Monitoring::podMetricsBody({QStringLiteral("llm-sbbjmvebtest6t-worker-0")}, kFrom, kTo))
                                 .object();
    EXPECT_EQ(body.value(QStringLiteral("startTime")).toInteger(), kFrom);
    EXPECT_EQ(body.value(QStringLiteral("endTime")).toInteger(), kTo);
    EXPECT_EQ(body.value(QStringLiteral("podNames")).toArray().at(0).toString(), QStringLiteral("llm-sbbjmvebtest6t-worker-0"));
    EXPECT_FALSE(body.contains(QStringLiteral("jsonObject")));
    const QJsonObject rdma = QJsonDocument::fromJson(Monitoring::rdmaBody(QStringLiteral("10.99.232.178"), 1, 2)).object();
    EXPECT_EQ(rdma.value(QStringLiteral("nodeIp")).toString(), QStringLiteral("10.99.232.178"));
}

// Every JSONTestSuite case as `data`: the parsers never crash and never invent samples from
// anything that is not a metric object.
TEST(UnisMonitoring, JsonTestSuite)
{
    const QDir dir(sharedData(QStringLiteral("jsontestsuite/test_parsing")));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 300) << "JSONTestSuite not found at " << dir.absolutePath().toStdString();
    int parsed = 0;
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        ++parsed;
        const QJsonValue data = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const auto pod = Monitoring::podMetrics(data, QStringLiteral("p"), kFrom, kTo);
        if (pod) {
            for (const MetricSeries &s : pod.value().series) {
                EXPECT_TRUE(s.points.isEmpty()) << fi.fileName().toStdString();
            }
        }
        (void)Monitoring::rdma(data, QStringLiteral("n"), kFrom, kTo);
        (void)Monitoring::nodeTotals(data);
        // And as one metric's values.
        QJsonObject entry{{QStringLiteral("values"), data}, {QStringLiteral("times"), data}};
        (void)Monitoring::entrySeries(entry, {QStringLiteral("p"), QStringLiteral("m"), {}}, QStringLiteral("%"), kFrom, kTo);
    }
    EXPECT_GT(parsed, 100);
}
