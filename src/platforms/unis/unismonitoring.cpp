#include "unismonitoring.h"

#include "core/timeparse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace suanli::unis {

namespace {

using Group = MetricInfo::Group;
using Instances = MetricInfo::Instances;

MetricInfo info(const QString &key, const QString &title, const QString &platformTitle, const QString &unit, Group group,
                Instances instances, std::optional<double> warningAt = std::nullopt)
{
    MetricInfo m;
    m.key = key;
    m.title = title;
    m.platformTitle = platformTitle;
    m.unit = unit;
    m.group = group;
    m.instances = instances;
    m.warningAt = warningAt;
    return m;
}

// Where nested data keeps its parts, under the names such payloads commonly use.
const QStringList &valueKeys()
{
    static const QStringList keys = {QStringLiteral("values"), QStringLiteral("value"), QStringLiteral("data"),
                                     QStringLiteral("datas"), QStringLiteral("series")};
    return keys;
}
const QStringList &timeKeys()
{
    static const QStringList keys = {QStringLiteral("times"), QStringLiteral("time"), QStringLiteral("timestamps"),
                                     QStringLiteral("timestamp"), QStringLiteral("t"), QStringLiteral("x"),
                                     QStringLiteral("date")};
    return keys;
}
const QStringList &pointValueKeys()
{
    static const QStringList keys = {QStringLiteral("value"), QStringLiteral("v"), QStringLiteral("y"),
                                     QStringLiteral("val")};
    return keys;
}
const QStringList &instanceKeys()
{
    static const QStringList keys = {QStringLiteral("gpu"),      QStringLiteral("gpuIndex"), QStringLiteral("gpu_index"),
                                     QStringLiteral("index"),    QStringLiteral("minor_number"), QStringLiteral("uuid"),
                                     QStringLiteral("UUID"),     QStringLiteral("netName"),  QStringLiteral("device"),
                                     QStringLiteral("card"),     QStringLiteral("instance"), QStringLiteral("name")};
    return keys;
}

QJsonValue firstOf(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys) {
        const auto it = object.constFind(key);
        if (it != object.constEnd())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isScalar(const QJsonValue &v)
{
    return v.isDouble() || v.isString() || v.isNull();
}

// An object that is itself a series (it has values, and perhaps times), not a map of GPUs.
bool looksLikeSeries(const QJsonObject &object)
{
    return object.contains(QStringLiteral("values")) || object.contains(QStringLiteral("times"))
        || object.contains(QStringLiteral("data")) || object.contains(QStringLiteral("value"));
}

// One sample given as [t, v] or {time: t, value: v}.
std::optional<MetricPoint> pairPoint(const QJsonValue &element, qint64 referenceMs)
{
    QJsonValue t;
    QJsonValue v;
    if (element.isArray()) {
        const QJsonArray pair = element.toArray();
        if (pair.size() != 2)
            return std::nullopt;
        t = pair.at(0);
        v = pair.at(1);
    } else if (element.isObject()) {
        const QJsonObject o = element.toObject();
        t = firstOf(o, timeKeys());
        v = firstOf(o, pointValueKeys());
    } else {
        return std::nullopt;
    }
    const auto time = Monitoring::sampleTime(t, referenceMs);
    const auto value = Monitoring::sampleValue(v);
    if (!time || !value)
        return std::nullopt;
    return MetricPoint{*time, *value};
}

bool isPairArray(const QJsonArray &values, qint64 referenceMs)
{
    for (const QJsonValue &element : values) {
        if (element.isArray()) {
            // [t, v] with t a time (a plain [45, 50] is two cards' values at one time).
            const QJsonArray pair = element.toArray();
            if (pair.size() != 2 || !Monitoring::sampleTime(pair.at(0), referenceMs) || pair.at(1).isArray())
                return false;
        } else if (element.isObject()) {
            const QJsonObject o = element.toObject();
            if (firstOf(o, timeKeys()).isUndefined() || firstOf(o, pointValueKeys()).isUndefined())
                return false;
        } else {
            return false;
        }
    }
    return !values.isEmpty();
}

QString instanceName(const QJsonObject &object, const QString &fallback)
{
    const QJsonValue name = firstOf(object, instanceKeys());
    if (name.isString() && !name.toString().isEmpty())
        return name.toString();
    if (name.isDouble())
        return QString::number(qint64(name.toDouble()));
    return fallback;
}

QString join(const QString &outer, const QString &inner)
{
    if (outer.isEmpty())
        return inner;
    if (inner.isEmpty())
        return outer;
    return outer + u'/' + inner;
}

class Collector
{
public:
    Collector(const MetricSeriesId &base, const QString &unit, qint64 stepMs, qint64 referenceMs)
        : m_base(base)
        , m_unit(unit)
        , m_stepMs(stepMs)
        , m_referenceMs(referenceMs)
    {
    }

    QList<MetricSeries> take() { return std::move(m_out); }

    // `values` with the times that apply to it (an outer `times`, or none).
    void collect(const QJsonValue &values, const QJsonArray &times, const QString &instance, int depth = 0)
    {
        if (depth > 4)
            return;
        if (values.isArray())
            collectArray(values.toArray(), times, instance, depth);
        else if (values.isObject())
            collectObject(values.toObject(), times, instance, depth);
        else if (!values.isNull() && !values.isUndefined() && !instance.isEmpty())
            // A bare number per card: the card's value for the window, placed at its end.
            addSeries(instance, pointsOf({MetricPoint{m_referenceMs, 0}}, values));
    }

private:
    QList<MetricPoint> pointsOf(QList<MetricPoint> at, const QJsonValue &value)
    {
        const auto v = Monitoring::sampleValue(value);
        if (!v)
            return {};
        at.first().value = *v;
        return at;
    }

    // `listIndex` is the object's place in a list of series, -1 when it is not in one.
    void collectObject(const QJsonObject &object, const QJsonArray &outerTimes, const QString &instance, int depth,
                       int listIndex = -1)
    {
        if (looksLikeSeries(object)) {
            // A series in a list names its card itself (or by its place); a series under a card's
            // key keeps the key, whatever else it calls itself.
            QString name = instance;
            if (listIndex >= 0)
                name = join(instance, Monitoring::gpuInstance(instanceName(object, QString::number(listIndex))));
            else if (instance.isEmpty())
                name = Monitoring::gpuInstance(instanceName(object, {}));
            const QJsonValue times = firstOf(object, timeKeys());
            const qint64 step = Monitoring::stepMs(object.value(QStringLiteral("step")));
            const qint64 savedStep = m_stepMs;
            if (step > 0)
                m_stepMs = step;
            collect(firstOf(object, valueKeys()), times.isArray() ? times.toArray() : outerTimes, name, depth + 1);
            m_stepMs = savedStep;
            return;
        }
        // A map keyed by card.
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collect(it.value(), outerTimes, join(instance, Monitoring::gpuInstance(it.key())), depth + 1);
    }

    void collectArray(const QJsonArray &values, const QJsonArray &times, const QString &instance, int depth)
    {
        if (values.isEmpty()) {
            // Reported without samples: an empty series, unless it is one unnamed part of a map.
            if (depth == 0 || instance.isEmpty())
                addSeries(instance, {});
            return;
        }
        const bool scalars = std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return isScalar(v); });
        if (scalars) {
            // Parallel to `times`; without times the samples cannot be placed.
            QList<MetricPoint> points;
            const qsizetype n = std::min(values.size(), times.size());
            for (qsizetype i = 0; i < n; ++i) {
                const auto t = Monitoring::sampleTime(times.at(i), m_referenceMs);
                const auto v = Monitoring::sampleValue(values.at(i));
                if (t && v)
                    points.append({*t, *v});
            }
            addSeries(instance, points);
            return;
        }
        if (isPairArray(values, m_referenceMs)) {
            QList<MetricPoint> points;
            for (const QJsonValue &element : values) {
                if (const auto p = pairPoint(element, m_referenceMs))
                    points.append(*p);
            }
            addSeries(instance, points);
            return;
        }
        const bool arrays = std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return v.isArray(); });
        if (arrays && !times.isEmpty()) {
            const bool perCard = std::all_of(values.begin(), values.end(),
                                             [&](const QJsonValue &v) { return v.toArray().size() == times.size(); });
            if (!perCard && values.size() == times.size()) {
                // One vector per time: [t0: [gpu0, gpu1, ...], t1: [...]].
                int cards = 0;
                for (const QJsonValue &v : values)
                    cards = std::max(cards, int(v.toArray().size()));
                for (int card = 0; card < cards; ++card) {
                    QJsonArray column;
                    for (const QJsonValue &v : values)
                        column.append(v.toArray().at(card));
                    collectArray(column, times, join(instance, QString::number(card)), depth + 1);
                }
                return;
            }
        }
        // A list of per-card series (arrays or objects), in card order.
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QJsonValue element = values.at(i);
            const QString fallback = join(instance, QString::number(i));
            if (element.isObject() && looksLikeSeries(element.toObject()))
                collectObject(element.toObject(), times, instance, depth + 1, int(i));
            else
                collect(element, times, fallback, depth + 1);
        }
    }

    void addSeries(const QString &instance, QList<MetricPoint> points)
    {
        std::stable_sort(points.begin(), points.end(),
                         [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs < b.timeMs; });
        points.erase(std::unique(points.begin(), points.end(),
                                 [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs == b.timeMs; }),
                     points.end());
        for (MetricSeries &existing : m_out) {
            if (existing.id.instance == instance) {
                // The same card named twice: keep the samples together.
                existing.points.append(points);
                std::stable_sort(existing.points.begin(), existing.points.end(),
                                 [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs < b.timeMs; });
                return;
            }
        }
        MetricSeries s;
        s.id = m_base;
        s.id.instance = instance;
        s.unit = m_unit;
        s.stepMs = m_stepMs;
        s.points = std::move(points);
        m_out.append(std::move(s));
    }

    MetricSeriesId m_base;
    QString m_unit;
    qint64 m_stepMs;
    qint64 m_referenceMs;
    QList<MetricSeries> m_out;
};

// A `data` that came as a JSON string is read as the JSON it holds.
QJsonValue unwrapped(const QJsonValue &data)
{
    if (!data.isString())
        return data;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toString().toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return data;
}

std::optional<double> number(const QJsonObject &object, const QString &key)
{
    return Monitoring::sampleValue(object.value(key));
}

// Rates are fractions; a value above 1 can only be a percentage already.
double percentOf(double rate)
{
    return rate > 1.0 ? rate : rate * 100.0;
}

} // namespace

namespace {

MetricInfo gpuUtilization()
{
    MetricInfo m = info(QStringLiteral("gpuUtilizationRate"), Monitoring::tr("GPU utilization"), QStringLiteral("GPU使用率"),
                        QStringLiteral("%"), Group::Utilization, Instances::Gpu);
    m.idleWatch = true;
    return m;
}

} // namespace

QString Monitoring::podMetricsPath()
{
    return QStringLiteral("/api/monitor/monitor/getPodsAvgMonitoringInformation");
}

QString Monitoring::rdmaPath()
{
    return QStringLiteral("/api/monitor/monitor/getPodsInNodeRdma");
}

QString Monitoring::nodeTotalsPath()
{
    return QStringLiteral("/api/monitor/monitor/getNodeInfoByLables/fs");
}

QList<MetricInfo> Monitoring::podCatalogue()
{
    return {
        info(QStringLiteral("cpuUtilizationRate"), tr("CPU utilization"), QStringLiteral("CPU使用率"), QStringLiteral("%"),
             Group::Utilization, Instances::None),
        info(QStringLiteral("memoryUtilizationRate"), tr("Memory utilization"), QStringLiteral("内存使用率"),
             QStringLiteral("%"), Group::Utilization, Instances::None, 90.0),
        gpuUtilization(),
        info(QStringLiteral("gpuCoreUtilizationRate"), tr("GPU core utilization"), QStringLiteral("GPU CORE利用率"),
             QStringLiteral("%"), Group::Utilization, Instances::Gpu),
        info(QStringLiteral("gpuSmActive"), tr("SM active"), QStringLiteral("GPU SM占用"), QStringLiteral("%"),
             Group::Utilization, Instances::Gpu),
        info(QStringLiteral("gpuDramActive"), tr("DRAM active"), QStringLiteral("GPU DRAM带宽占用"), QStringLiteral("%"),
             Group::Utilization, Instances::Gpu),
        info(QStringLiteral("gpuPcie"), tr("PCIe bandwidth"), QStringLiteral("GPU PCIE带宽"), QStringLiteral("MB/s"),
             Group::Throughput, Instances::Gpu),
        // The platform titles this one "GPU显存带宽" (memory bandwidth); its key says PCIe Tx, and
        // it pairs with gpuPcieRx, so the key names it.
        info(QStringLiteral("gpuPcieTx"), tr("PCIe Tx"), QStringLiteral("GPU显存带宽"), QStringLiteral("MB/s"),
             Group::Throughput, Instances::Gpu),
        info(QStringLiteral("gpuPcieRx"), tr("PCIe Rx"), QStringLiteral("GPU互通PCIE带宽"), QStringLiteral("MB/s"),
             Group::Throughput, Instances::Gpu),
        info(QStringLiteral("rdmaReceiver"), tr("RDMA in"), QStringLiteral("rdma进口流量"), QStringLiteral("B"),
             Group::Throughput, Instances::None),
        info(QStringLiteral("rdmaTransmitted"), tr("RDMA out"), QStringLiteral("rdma出口流量"), QStringLiteral("B"),
             Group::Throughput, Instances::None),
        info(QStringLiteral("gpuNvLink"), tr("NVLink bandwidth"), QStringLiteral("GPU NVLINK带宽"), QStringLiteral("MB/s"),
             Group::Throughput, Instances::Gpu),
        info(QStringLiteral("fp16"), tr("FP16 pipe"), QStringLiteral("FP16"), QStringLiteral("%"), Group::Precision,
             Instances::Gpu),
        info(QStringLiteral("fp32"), tr("FP32 pipe"), QStringLiteral("FP32"), QStringLiteral("%"), Group::Precision,
             Instances::Gpu),
        info(QStringLiteral("fp64"), tr("FP64 pipe"), QStringLiteral("FP64"), QStringLiteral("%"), Group::Precision,
             Instances::Gpu),
        info(QStringLiteral("gpuPower"), tr("GPU power"), QStringLiteral("GPU卡功耗"), QStringLiteral("W"),
             Group::Thermal, Instances::Gpu),
        info(QStringLiteral("gpuTemperature"), tr("GPU temperature"), QStringLiteral("GPU卡温度"), QStringLiteral("°C"),
             Group::Thermal, Instances::Gpu, 85.0),
        info(QStringLiteral("qps"), tr("Requests per second"), QStringLiteral("QPS"), QStringLiteral("req/s"),
             Group::Service, Instances::None),
        info(QStringLiteral("responseSpeed"), tr("Mean response time"), QStringLiteral("平均响应时间"), QStringLiteral("ms"),
             Group::Service, Instances::None),
        info(QStringLiteral("token"), tr("Token generation speed"), QStringLiteral("token生成速度"),
             QStringLiteral("tokens/s"), Group::Service, Instances::None),
    };
}

QList<MetricInfo> Monitoring::nodeCatalogue()
{
    return {
        info(QStringLiteral("cpuUsageRate"), tr("Cluster CPU in use"), QStringLiteral("CPU使用率"), QStringLiteral("%"),
             Group::Cluster, Instances::None),
        info(QStringLiteral("memoryUsageRate"), tr("Cluster memory in use"), QStringLiteral("内存使用率"),
             QStringLiteral("%"), Group::Cluster, Instances::None, 90.0),
        info(QStringLiteral("gpuUsageRate"), tr("Cluster GPUs in use"), QStringLiteral("GPU使用率"), QStringLiteral("%"),
             Group::Cluster, Instances::None),
        info(QStringLiteral("fsUsageRate"), tr("Cluster file system in use"), QStringLiteral("文件系统使用率"),
             QStringLiteral("%"), Group::Cluster, Instances::None, 90.0),
        info(QStringLiteral("rdmaReceiver"), tr("RDMA download per card"), QStringLiteral("rdma下载流量"),
             QStringLiteral("Mb/s"), Group::Throughput, Instances::NetworkCard),
        info(QStringLiteral("rdmaTransmitted"), tr("RDMA upload per card"), QStringLiteral("rdma上传流量"),
             QStringLiteral("Mb/s"), Group::Throughput, Instances::NetworkCard),
    };
}

std::optional<MetricInfo> Monitoring::podMetric(const QString &key)
{
    for (const MetricInfo &m : podCatalogue()) {
        if (m.key == key)
            return m;
    }
    return std::nullopt;
}

QByteArray Monitoring::podMetricsBody(const QStringList &pods, qint64 fromMs, qint64 toMs)
{
    QJsonObject body;
    body.insert(QStringLiteral("startTime"), double(fromMs));
    body.insert(QStringLiteral("endTime"), double(toMs));
    body.insert(QStringLiteral("podNames"), QJsonArray::fromStringList(pods));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray Monitoring::rdmaBody(const QString &nodeIp, qint64 fromMs, qint64 toMs)
{
    QJsonObject body;
    body.insert(QStringLiteral("startTime"), double(fromMs));
    body.insert(QStringLiteral("endTime"), double(toMs));
    body.insert(QStringLiteral("nodeIp"), nodeIp);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<MetricSeries> Monitoring::entrySeries(const QJsonObject &entry, const MetricSeriesId &base, const QString &unit,
                                            qint64 fromMs, qint64 toMs)
{
    Q_UNUSED(fromMs)
    const QJsonValue times = entry.value(QStringLiteral("times"));
    Collector collector(base, unit, stepMs(entry.value(QStringLiteral("step"))), toMs);
    const QJsonValue values = entry.value(QStringLiteral("values"));
    if (values.isUndefined() && times.isUndefined())
        return {};
    collector.collect(values.isUndefined() ? QJsonValue(QJsonArray()) : values, times.toArray(), base.instance);
    return collector.take();
}

Result<MetricWindow> Monitoring::podMetrics(const QJsonValue &rawData, const QString &subject, qint64 fromMs, qint64 toMs)
{
    MetricWindow window;
    window.subject = subject;
    window.fromMs = fromMs;
    window.toMs = toMs;
    const QJsonValue data = unwrapped(rawData);
    if (data.isNull() || data.isUndefined())
        return window; // nothing reported at all
    if (!data.isObject())
        return ApiError::parse(tr("The monitoring answer holds no metrics object."));
    const QJsonObject metrics = data.toObject();
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        if (!it.value().isObject())
            continue; // "…": the document's own ellipsis, or anything else that is no metric
        const QJsonObject entry = it.value().toObject();
        const auto known = podMetric(it.key());
        const QString unit = known ? known->unit : unitCode(entry.value(QStringLiteral("unit")).toString(), it.key());
        window.reported.append(it.key());
        window.series.append(entrySeries(entry, MetricSeriesId{subject, it.key(), {}}, unit, fromMs, toMs));
    }
    return window;
}

Result<MetricWindow> Monitoring::rdma(const QJsonValue &rawData, const QString &subject, qint64 fromMs, qint64 toMs)
{
    MetricWindow window;
    window.subject = subject;
    window.fromMs = fromMs;
    window.toMs = toMs;
    const QJsonValue data = unwrapped(rawData);
    if (data.isNull() || data.isUndefined())
        return window;
    if (!data.isObject())
        return ApiError::parse(tr("The RDMA answer holds no traffic object."));
    const QJsonObject object = data.toObject();
    for (const QString &key : {QStringLiteral("rdmaReceiver"), QStringLiteral("rdmaTransmitted")}) {
        const QJsonValue cards = object.value(key);
        if (cards.isUndefined() || cards.isNull())
            continue;
        window.reported.append(key);
        const MetricSeriesId base{subject, key, {}};
        if (cards.isObject()) {
            // One series for the node rather than a list per card.
            window.series.append(entrySeries(cards.toObject(), base, QStringLiteral("Mb/s"), fromMs, toMs));
            continue;
        }
        const QJsonArray list = cards.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject card = list.at(i).toObject();
            MetricSeriesId id = base;
            id.instance = card.value(QStringLiteral("netName")).toString();
            if (id.instance.isEmpty())
                id.instance = QString::number(i);
            window.series.append(entrySeries(card, id, unitCode(card.value(QStringLiteral("unit")).toString(), key),
                                             fromMs, toMs));
        }
    }
    return window;
}

Result<NodeTotals> Monitoring::nodeTotals(const QJsonValue &rawData)
{
    const QJsonValue data = unwrapped(rawData);
    if (!data.isObject())
        return ApiError::parse(tr("The cluster totals answer holds no data object."));
    const QJsonObject o = data.toObject();
    NodeTotals t;
    struct Field
    {
        const char16_t *key;
        double NodeTotals::*member;
    };
    static const Field fields[] = {
        {u"cpuUsageRate", &NodeTotals::cpuUsageRate},       {u"cpuUsage", &NodeTotals::cpuUsage},
        {u"totalCpu", &NodeTotals::totalCpu},               {u"memoryUsageRate", &NodeTotals::memoryUsageRate},
        {u"memoryUsage", &NodeTotals::memoryUsage},         {u"totalMemory", &NodeTotals::totalMemory},
        {u"fsUsageRate", &NodeTotals::fsUsageRate},         {u"fsUsage", &NodeTotals::fsUsage},
        {u"totalFs", &NodeTotals::totalFs},                 {u"gpuUsageRate", &NodeTotals::gpuUsageRate},
        {u"gpuUsage", &NodeTotals::gpuUsage},               {u"totalGpu", &NodeTotals::totalGpu},
    };
    int found = 0;
    for (const Field &f : fields) {
        if (const auto v = number(o, QString::fromUtf16(f.key))) {
            t.*(f.member) = *v;
            ++found;
        }
    }
    if (found == 0)
        return ApiError::parse(tr("The cluster totals answer names none of the documented fields."));
    return t;
}

MetricWindow Monitoring::nodeTotalsWindow(const NodeTotals &t, const QString &subject, qint64 timeMs)
{
    MetricWindow window;
    window.subject = subject;
    window.fromMs = timeMs;
    window.toMs = timeMs;
    auto add = [&](const QString &key, double rate) {
        MetricSeries s;
        s.id = {subject, key, {}};
        s.unit = QStringLiteral("%");
        s.points = {MetricPoint{timeMs, percentOf(rate)}};
        window.series.append(s);
        window.reported.append(key);
    };
    add(QStringLiteral("cpuUsageRate"), t.cpuUsageRate);
    add(QStringLiteral("memoryUsageRate"), t.memoryUsageRate);
    add(QStringLiteral("gpuUsageRate"), t.gpuUsageRate);
    add(QStringLiteral("fsUsageRate"), t.fsUsageRate);
    window.gauges = {
        MetricGauge{QStringLiteral("cpu"), tr("CPU"), t.cpuUsage, t.totalCpu, QStringLiteral("cores")},
        MetricGauge{QStringLiteral("memory"), tr("Memory"), t.memoryUsage, t.totalMemory, QStringLiteral("GB")},
        MetricGauge{QStringLiteral("gpu"), tr("GPU"), t.gpuUsage, t.totalGpu, QStringLiteral("cards")},
        MetricGauge{QStringLiteral("fs"), tr("File system"), t.fsUsage, t.totalFs, QStringLiteral("GB")},
    };
    return window;
}

std::optional<qint64> Monitoring::sampleTime(const QJsonValue &value, qint64 referenceMs)
{
    auto fromNumber = [](double n) -> std::optional<qint64> {
        if (!std::isfinite(n) || n <= 0)
            return std::nullopt;
        if (n >= 1e11)
            return qint64(std::llround(n)); // milliseconds
        if (n >= 1e8)
            return qint64(std::llround(n * 1000.0)); // seconds, perhaps with a fraction
        return std::nullopt;
    };
    if (value.isDouble())
        return fromNumber(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression numeric(QStringLiteral(R"(^\d+(\.\d+)?$)"));
    if (numeric.match(text).hasMatch())
        return fromNumber(text.toDouble());
    if (const auto full = parseTime(text))
        return full->toMSecsSinceEpoch();

    const QDateTime reference = QDateTime::fromMSecsSinceEpoch(referenceMs, chinaTimeZone());
    static const QRegularExpression monthDay(QStringLiteral(R"(^(\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    if (const auto m = monthDay.match(text); m.hasMatch()) {
        const QTime time(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
        for (int year = reference.date().year(); year >= reference.date().year() - 1; --year) {
            const QDate date(year, m.captured(1).toInt(), m.captured(2).toInt());
            if (!date.isValid() || !time.isValid())
                return std::nullopt;
            const QDateTime candidate(date, time, chinaTimeZone());
            if (candidate.toMSecsSinceEpoch() <= referenceMs + 24LL * 3600 * 1000)
                return candidate.toMSecsSinceEpoch();
        }
        return std::nullopt;
    }
    static const QRegularExpression timeOfDay(QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    if (const auto m = timeOfDay.match(text); m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!time.isValid())
            return std::nullopt;
        // The most recent such time of day, allowing the server's clock to run a little ahead.
        QDateTime candidate(reference.date(), time, chinaTimeZone());
        if (candidate.toMSecsSinceEpoch() > referenceMs + 5LL * 60 * 1000)
            candidate = candidate.addDays(-1);
        return candidate.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

std::optional<double> Monitoring::sampleValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const double d = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

qint64 Monitoring::stepMs(const QJsonValue &step)
{
    if (step.isDouble())
        return step.toDouble() > 0 ? qint64(std::llround(step.toDouble() * 1000.0)) : 0;
    const QString text = step.toString().trimmed().toLower();
    if (text.isEmpty())
        return 0;
    bool plain = false;
    const double seconds = text.toDouble(&plain);
    if (plain)
        return seconds > 0 ? qint64(std::llround(seconds * 1000.0)) : 0;
    static const QRegularExpression part(QStringLiteral(R"((\d+(?:\.\d+)?)(ms|s|m|h|d))"));
    qint64 total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return 0;
        consumed = m.capturedEnd();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double factor = unit == u"ms" ? 1 : unit == u"s" ? 1000 : unit == u"m" ? 60000 : unit == u"h" ? 3600000 : 86400000;
        total += qint64(std::llround(n * factor));
    }
    return consumed == text.size() ? total : 0;
}

QString Monitoring::unitCode(const QString &platformUnit, const QString &key)
{
    const QString u = platformUnit.trimmed();
    if (u == u"次/s" || u.compare(u"qps", Qt::CaseInsensitive) == 0 || u == u"/s")
        return QStringLiteral("req/s");
    if (u.compare(u"byte", Qt::CaseInsensitive) == 0 || u.compare(u"bytes", Qt::CaseInsensitive) == 0)
        return QStringLiteral("B");
    if (u == u"℃")
        return QStringLiteral("°C");
    if (u.isEmpty() && key == u"token")
        return QStringLiteral("tokens/s");
    return u;
}

QString Monitoring::gpuInstance(const QString &name)
{
    static const QRegularExpression indexed(QStringLiteral(R"(^(?:gpu|card)[\s_-]?(\d+)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = indexed.match(name.trimmed());
    return m.hasMatch() ? m.captured(1) : name;
}

} // namespace suanli::unis
