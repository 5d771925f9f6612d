// The Monitor view, driven offscreen: first with series built here (legend toggles, crosshair,
// rubber-band zoom, no-data and error states, idle GPUs, warning lines, decimation), then for a
// running job of the UNIS simulator over the real client: ranges switched, a series toggled, the
// visible data exported and checked against the simulator's model; screenshots in light and dark
// palettes, in English and in Chinese; and the node overview of an administrator.
#include "gui/metricchartplot.h"
#include "gui/metricchartview.h"
#include "gui/monitorview.h"
#include "gui/translationloader.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/metricstore.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unislogin.h"
#include "platforms/unis/unismonitoring.h"
#include "platforms/unis/unisnodemetricsource.h"
#include "platforms/unis/unispodmetricsource.h"
#include "platforms/unis/unisprovider.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/unismetricservice.h"

#include "guishots.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace suanli;
using suanli::test::waitFor;
using suanli::test::saveShot;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x73, 0x78));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x73, 0x78));
    return p;
}

// A source of series made up here: two pods with two GPUs each, one second apart... at 15 s, a
// card of pod b idle for the last 20 minutes and running hot, pod "broken" failing.
class MadeUpSource final : public MetricSource
{
public:
    std::function<qint64()> clock;
    int requests = 0;
    struct Asked
    {
        QString subject;
        qint64 fromMs;
        qint64 toMs;
    };
    QList<Asked> windows;

    QList<MetricInfo> metrics() const override
    {
        MetricInfo util;
        util.key = QStringLiteral("gpuUtilizationRate");
        util.title = QStringLiteral("GPU utilization");
        util.unit = QStringLiteral("%");
        util.instances = MetricInfo::Instances::Gpu;
        util.idleWatch = true;
        MetricInfo temp;
        temp.key = QStringLiteral("gpuTemperature");
        temp.title = QStringLiteral("GPU temperature");
        temp.unit = QStringLiteral("°C");
        temp.group = MetricInfo::Group::Thermal;
        temp.instances = MetricInfo::Instances::Gpu;
        temp.warningAt = 85.0;
        MetricInfo cpu;
        cpu.key = QStringLiteral("cpuUtilizationRate");
        cpu.title = QStringLiteral("CPU utilization");
        cpu.unit = QStringLiteral("%");
        MetricInfo qps;
        qps.key = QStringLiteral("qps");
        qps.title = QStringLiteral("Requests per second");
        qps.unit = QStringLiteral("req/s");
        qps.group = MetricInfo::Group::Service;
        return {cpu, util, temp, qps};
    }
    qint64 stepMs() const override { return 15000; }

    static double value(const QString &subject, const QString &metric, int gpu, qint64 t)
    {
        const double wave = std::sin(double(t) / 600000.0 + gpu) * 5;
        if (metric == u"cpuUtilizationRate")
            return 30 + wave;
        if (metric == u"gpuTemperature")
            return subject == u"job-worker-b" && gpu == 1 ? 88 + wave / 5 : 70 + wave;
        // pod b's card 1 idles for the last 20 minutes.
        return subject == u"job-worker-b" && gpu == 1 && t > idleFrom ? 1.5 : 80 + wave;
    }
    static inline qint64 idleFrom = 0;

    void fetch(const QString &subject, qint64 fromMs, qint64 toMs, QObject *context, Completion<MetricWindow> done) override
    {
        ++requests;
        windows.append({subject, fromMs, toMs});
        Result<MetricWindow> result = ApiError::platform(QStringLiteral("500"), QStringLiteral("监控服务不可用"));
        if (subject != u"job-worker-broken") {
            MetricWindow w;
            w.subject = subject;
            w.fromMs = fromMs;
            w.toMs = toMs;
            w.reported = {QStringLiteral("cpuUtilizationRate"), QStringLiteral("gpuUtilizationRate"),
                          QStringLiteral("gpuTemperature"), QStringLiteral("qps")};
            const qint64 now = clock();
            for (const QString &metric : {QStringLiteral("cpuUtilizationRate"), QStringLiteral("gpuUtilizationRate"),
                                         QStringLiteral("gpuTemperature"), QStringLiteral("qps")}) {
                const int cards = metric == u"cpuUtilizationRate" || metric == u"qps" ? 1 : 2;
                for (int gpu = 0; gpu < cards; ++gpu) {
                    MetricSeries s;
                    s.id = {subject, metric, cards == 1 ? QString() : QString::number(gpu)};
                    s.unit = metric == u"gpuTemperature" ? QStringLiteral("°C") : QStringLiteral("%");
                    s.stepMs = 15000;
                    if (metric != u"qps") {
                        for (qint64 t = (fromMs + 14999) / 15000 * 15000; t <= std::min(toMs, now); t += 15000)
                            s.points.append({t, value(subject, metric, gpu, t)});
                    }
                    w.series.append(s);
                }
            }
            result = w;
        }
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
};

QPoint plotPoint(gui::MetricChartView *chart, double fractionX, double fractionY = 0.5)
{
    const QRectF plot = chart->chart()->plotArea();
    const QPointF scene = chart->chart()->mapToScene(QPointF(plot.left() + plot.width() * fractionX,
                                                             plot.top() + plot.height() * fractionY));
    return chart->mapFromScene(scene);
}

} // namespace

TEST(GuiMonitor, ChartsOfMadeUpSeries)
{
    qint64 now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    MadeUpSource::idleFrom = now - 20 * kMinute;
    auto *source = new MadeUpSource;
    source->clock = [&now] { return now; };
    gui::MonitorView view(source, {QStringLiteral("job-worker-a"), QStringLiteral("job-worker-b"),
                                   QStringLiteral("job-worker-broken")});
    EXPECT_EQ(source->parent(), &view); // adopted
    QSignalSpy updated(&view, &gui::MonitorView::updated);
    view.setClock([&now] { return now; });
    view.resize(1280, 860);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(waitFor([&] { return !updated.isEmpty() && view.store().pointCount() > 0; }, 10000));
    QTest::qWait(100);

    // Tabs for the groups the source has, a chart per metric.
    QStringList tabs;
    for (int i = 0; i < view.groupTabs()->count(); ++i)
        tabs.append(view.groupTabs()->tabText(i));
    EXPECT_EQ(tabs, (QStringList{QStringLiteral("Utilization"), QStringLiteral("Power and temperature"), QStringLiteral("Service")}));
    gui::MetricChartView *util = view.chart(QStringLiteral("gpuUtilizationRate"));
    ASSERT_TRUE(util);
    // Two pods with two cards: four lines, told apart by short pod names.
    ASSERT_EQ(util->ids().size(), 4);
    EXPECT_EQ(util->seriesLabel(util->ids().at(0)), QStringLiteral("worker-a · GPU 0"));
    // Drawn: one hour at 15 s is 241 samples a line, fewer than the pixel columns.
    EXPECT_GE(util->drawnPointCount(), 4 * 240);

    // The failing pod: said in the status and on the charts, without hiding the others' data.
    EXPECT_TRUE(view.errorOf(QStringLiteral("job-worker-broken")).contains(QStringLiteral("监控服务不可用")));
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("broken"))) << qPrintable(view.statusText());
    EXPECT_TRUE(util->overlayText().isEmpty());

    // The idle card of pod b is marked on the chart and named above the status.
    ASSERT_FALSE(util->idleSpans().isEmpty());
    EXPECT_EQ(util->idleSpans().first().first.instance, QStringLiteral("1"));
    EXPECT_GE(util->idleSpans().first().second.lengthMs(), 10 * kMinute);
    ASSERT_EQ(view.idleGpus().size(), 1);
    EXPECT_TRUE(view.idleGpus().first().startsWith(QStringLiteral("worker-b GPU 1 idle since"))) << qPrintable(view.idleGpus().first());
    // A shorter idle time does not change that; a longer one than the stretch clears it.
    view.setIdleMinutes(30);
    EXPECT_TRUE(view.idleGpus().isEmpty());
    view.setIdleMinutes(10);

    // Hover: every visible line's value at that time.
    QTest::mouseMove(util->viewport(), plotPoint(util, 0.5));
    ASSERT_TRUE(util->crosshairTime().has_value());
    const QStringList values = util->valuesAt(*util->crosshairTime());
    ASSERT_EQ(values.size(), 5) << qPrintable(values.join(u'|'));
    EXPECT_TRUE(values.at(1).startsWith(QStringLiteral("worker-a · GPU 0: ")));
    EXPECT_TRUE(values.at(1).endsWith(QStringLiteral(" %")));

    // Legend: a click hides a line (and leaves it out of the export), another brings it back.
    const MetricSeriesId hidden = util->ids().at(1);
    QList<QLegendMarker *> markers;
    for (QLegendMarker *m : util->chart()->legend()->markers()) {
        if (m->label() == util->seriesLabel(hidden))
            markers.append(m);
    }
    ASSERT_EQ(markers.size(), 1);
    Q_EMIT markers.first()->clicked();
    EXPECT_FALSE(util->isSeriesVisible(hidden));
    EXPECT_EQ(util->visibleIds().size(), 3);
    EXPECT_EQ(util->valuesAt(*util->crosshairTime()).size(), 4);
    EXPECT_FALSE(view.visibleCsv().contains(",job-worker-a,gpuUtilizationRate,1,"));
    EXPECT_TRUE(view.visibleCsv().contains(",job-worker-a,gpuUtilizationRate,0,"));
    Q_EMIT markers.first()->clicked();
    EXPECT_TRUE(util->isSeriesVisible(hidden));

    // Warning line: pod b's card 1 runs over 85 °C.
    view.showMetric(QStringLiteral("gpuTemperature"));
    QTest::qWait(50);
    gui::MetricChartView *temp = view.chart(QStringLiteral("gpuTemperature"));
    ASSERT_TRUE(temp);
    EXPECT_EQ(temp->warningLevel(), 85.0);
    ASSERT_EQ(view.warnings().size(), 1);
    EXPECT_TRUE(view.warnings().first().contains(QStringLiteral("worker-b · GPU 1"))) << qPrintable(view.warnings().first());
    temp->setWarningLevel(95.0);
    EXPECT_TRUE(view.warnings().isEmpty());
    temp->setWarningLevel(85.0);

    // No samples, and why: the source reported the metric but had nothing in it.
    view.showMetric(QStringLiteral("qps"));
    QTest::qWait(50);
    gui::MetricChartView *qps = view.chart(QStringLiteral("qps"));
    EXPECT_TRUE(qps->overlayText().contains(QStringLiteral("online services"))) << qPrintable(qps->overlayText());
    EXPECT_TRUE(qps->overlayText().contains(QStringLiteral("监控服务不可用"))) << qPrintable(qps->overlayText());
    view.showMetric(QStringLiteral("gpuUtilizationRate"));
    QTest::qWait(50);

    // Rubber band on one chart: every chart follows; a right click resets.
    const qint64 fullFrom = util->fromMs();
    const qint64 fullTo = util->toMs();
    QTest::mousePress(util->viewport(), Qt::LeftButton, {}, plotPoint(util, 0.25));
    QTest::mouseMove(util->viewport(), plotPoint(util, 0.4));
    QTest::mouseMove(util->viewport(), plotPoint(util, 0.5));
    QTest::mouseRelease(util->viewport(), Qt::LeftButton, {}, plotPoint(util, 0.5));
    ASSERT_TRUE(waitFor([&] { return view.isZoomed(); }, 2000));
    const qint64 span = view.visibleToMs() - view.visibleFromMs();
    EXPECT_NEAR(double(span), double(fullTo - fullFrom) / 4, double(fullTo - fullFrom) / 20);
    QTest::qWait(50);
    EXPECT_EQ(view.chart(QStringLiteral("cpuUtilizationRate"))->fromMs(), view.visibleFromMs());
    EXPECT_EQ(util->fromMs(), view.visibleFromMs());
    // The zoom shows the samples of its stretch only: the export too.
    for (const QByteArray &line : view.visibleCsv().split('\n').mid(1)) {
        if (line.isEmpty())
            continue;
        const qint64 t = line.split(',').at(1).toLongLong();
        ASSERT_GE(t, view.visibleFromMs());
        ASSERT_LE(t, view.visibleToMs());
    }
    QTest::mouseClick(util->viewport(), Qt::RightButton, {}, plotPoint(util, 0.5));
    view.resetZoom();
    EXPECT_FALSE(view.isZoomed());

    // Live: a poll asks only for the window since the newest sample (and a step of overlap);
    // the pod that failed is asked for the whole range again.
    const qsizetype before = source->windows.size();
    now += 20 * 1000;
    view.refreshNow();
    ASSERT_TRUE(waitFor([&] { return source->windows.size() >= before + 3; }, 5000));
    for (qsizetype i = before; i < source->windows.size(); ++i) {
        const MadeUpSource::Asked &asked = source->windows[i];
        EXPECT_EQ(asked.toMs, now);
        if (asked.subject == u"job-worker-broken")
            EXPECT_EQ(asked.toMs - asked.fromMs, kHour);
        else
            EXPECT_LE(asked.toMs - asked.fromMs, 20 * 1000 + 15 * 1000) << qPrintable(asked.subject);
    }
    // Paused, the pods that answered are not asked again; the range stays where it was.
    view.setLive(false);
    const qsizetype paused = source->windows.size();
    now += 60 * 1000;
    view.refreshNow();
    QTest::qWait(50);
    for (qsizetype i = paused; i < source->windows.size(); ++i)
        EXPECT_EQ(source->windows[i].subject, QStringLiteral("job-worker-broken"))
            << (source->windows[i].fromMs - now) / 1000 << " .. " << (source->windows[i].toMs - now) / 1000;
    EXPECT_EQ(view.visibleToMs(), now - 60 * 1000);
    view.setLive(true);
    EXPECT_EQ(view.visibleToMs(), now);

    // A custom range in the past: fetched as a whole, not followed, no pausing.
    updated.clear();
    view.setCustomRange(now - 3 * kHour, now - 2 * kHour);
    EXPECT_EQ(view.range(), gui::MonitorView::Range::Custom);
    ASSERT_TRUE(waitFor([&] { return !updated.isEmpty(); }, 5000));
    QTest::qWait(50);
    EXPECT_EQ(util->fromMs(), now - 3 * kHour);
    EXPECT_EQ(util->toMs(), now - 2 * kHour);
    EXPECT_EQ(view.store().coverage(QStringLiteral("job-worker-a"))->fromMs, now - 3 * kHour);
    EXPECT_FALSE(view.findChild<QToolButton *>(QStringLiteral("pauseButton"))->isEnabled());
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("Custom range"))) << qPrintable(view.statusText());
    const qsizetype fixed = source->windows.size();
    now += 60 * 1000;
    view.refreshNow();
    QTest::qWait(50);
    for (qsizetype i = fixed; i < source->windows.size(); ++i)
        EXPECT_EQ(source->windows[i].subject, QStringLiteral("job-worker-broken"));
    view.setRange(gui::MonitorView::Range::Hour1);
    ASSERT_TRUE(waitFor([&] { return view.store().coverage(QStringLiteral("job-worker-a"))->toMs == now; }, 5000));

    // One chart per pod.
    view.setLayoutMode(gui::MonitorView::Layout::PodByPod);
    EXPECT_EQ(view.charts().size(), 4 * 3);
    gui::MetricChartView *b = view.chart(QStringLiteral("gpuUtilizationRate"), QStringLiteral("job-worker-b"));
    ASSERT_TRUE(b);
    QTest::qWait(100);
    EXPECT_EQ(b->ids().size(), 2);
    EXPECT_EQ(b->seriesLabel(b->ids().at(0)), QStringLiteral("GPU 0"));
    EXPECT_EQ(b->chart()->title(), QStringLiteral("GPU utilization · worker-b"));
    EXPECT_TRUE(view.chart(QStringLiteral("gpuUtilizationRate"), QStringLiteral("job-worker-broken"))
                    ->overlayText().contains(QStringLiteral("监控服务不可用")));
    saveShot(&view, QStringLiteral("monitor-pod-by-pod-en.png"));
}

TEST(GuiMonitor, DecimatesADayOfOneSecondSamples)
{
    MetricInfo info;
    info.key = QStringLiteral("gpuPower");
    info.title = QStringLiteral("GPU power");
    info.unit = QStringLiteral("W");
    info.instances = MetricInfo::Instances::Gpu;
    MetricStore store(100000);
    MetricSeries s;
    s.id = {QStringLiteral("p"), info.key, QStringLiteral("0")};
    const qint64 end = 1767225600000;
    for (qint64 t = end - 24 * kHour; t <= end; t += 1000)
        s.points.append({t, 200 + 100 * std::sin(double(t) / 1e6)});
    s.points[40000].value = 399; // a peak must survive
    store.append(s);
    gui::MetricChartView chart(info);
    chart.resize(900, 320);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.setData(&store, {s.id}, end - 24 * kHour, end);
    EXPECT_LE(chart.drawnPointCount(), 2 * chart.columns() + 8);
    EXPECT_GE(chart.drawnPointCount(), chart.columns());
    chart.showCrosshairAt(s.points[40000].timeMs);
    EXPECT_TRUE(chart.valuesAt(s.points[40000].timeMs).at(1).contains(QStringLiteral("399"))) << qPrintable(chart.valuesAt(s.points[40000].timeMs).join(u'|'));
    // Axis in watts up to a round number above the peak.
    saveShot(&chart, QStringLiteral("monitor-decimated-day.png"));
}

TEST(GuiMonitor, GapsInASeriesStayGaps)
{
    gui::MetricChartPlot plot;
    plot.setArea(QRectF(0, 0, 200, 100));
    plot.setRanges(0, 200, 0, 100);
    QPen pen(Qt::black);
    pen.setCosmetic(true);
    plot.setLines({{{QPointF(0, 50), QPointF(20, 50), QPointF(180, 50), QPointF(200, 50)}, pen, 30}});
    QImage image(200, 100, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    plot.paint(&painter, nullptr, nullptr);
    painter.end();
    EXPECT_NE(image.pixelColor(10, 50), QColor(Qt::white)); // joined within a run
    EXPECT_EQ(image.pixelColor(100, 50), QColor(Qt::white)); // not across the gap
    EXPECT_NE(image.pixelColor(190, 50), QColor(Qt::white));
}

namespace {

// The simulator's UNIS with a signed-in account, as the task table would hand it over.
struct UnisSetup
{
    sim::SimEnvironment env;
    sim::UnisBackend *backend = nullptr;
    EventLog log;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<unis::UnisProvider> provider;

    bool start(const QString &user = {})
    {
        if (!env.start({QStringLiteral("unis")}))
            return false;
        backend = env.unis();
        const QString name = user.isEmpty() ? backend->userName() : user;
        Account account;
        account.id = Account::newId();
        account.displayName = QStringLiteral("UNIS");
        account.platform = QStringLiteral("unis");
        account.baseUrl = env.server(QStringLiteral("unis"))->baseUrl();
        account.login = name;
        account.options.insert(unis::Login::keyOption(), QString::fromLatin1(backend->aesKey()));
        session = std::make_unique<AccountSession>(account, &log);
        session->setSecret(backend->passwordOf(name));
        auto created = PlatformRegistry::createProvider(session.get());
        provider.reset(qobject_cast<unis::UnisProvider *>(created.release()));
        return provider != nullptr;
    }

    // The pods of a running job of the demo user with several GPUs, running for a while
    // (preferring a job with several pods).
    QList<sim::UnisPodLife> runningJob() const
    {
        QList<sim::UnisPodLife> best;
        for (const sim::UnisPodLife &pod : backend->pods()) {
            if (pod.phase != sim::UnisPodLife::Phase::Running || pod.ownerUserId != u"38" || pod.gpuCount < 2
                || pod.started.toMSecsSinceEpoch() > QDateTime::currentMSecsSinceEpoch() - 2 * kHour)
                continue;
            const QList<sim::UnisPodLife> pods = backend->podsOfJob(pod.jobId);
            if (pods.size() > best.size())
                best = pods;
        }
        return best;
    }
};

// The CSV's rows checked against the simulator: every value, for the series shown, in the range.
int checkCsvAgainstSimulator(const QByteArray &csv, const QList<sim::UnisPodLife> &pods, sim::UnisBackend *backend,
                             qint64 from, qint64 to, const MetricSeriesId &hidden)
{
    const QList<QByteArray> lines = csv.split('\n');
    EXPECT_EQ(lines.first(), QByteArray("time,epoch_ms,pod,metric,instance,unit,value\r"));
    sim::UnisMetricService model(*backend);
    int rows = 0;
    for (const QByteArray &raw : lines.mid(1)) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        EXPECT_EQ(f.size(), 7) << line.constData();
        if (f.size() != 7)
            continue;
        const qint64 t = f[1].toLongLong();
        const QString pod = QString::fromUtf8(f[2]);
        const QString metric = QString::fromUtf8(f[3]);
        const QString instance = QString::fromUtf8(f[4]);
        EXPECT_FALSE(pod == hidden.subject && metric == hidden.metric && instance == hidden.instance) << line.constData();
        EXPECT_GE(t, from);
        EXPECT_LE(t, to);
        // The first column is the same time, in China time with its offset.
        EXPECT_EQ(QDateTime::fromString(QString::fromUtf8(f[0]), Qt::ISODate).toMSecsSinceEpoch(), t) << line.constData();
        std::optional<sim::UnisPodLife> life;
        for (const sim::UnisPodLife &p : pods) {
            if (p.podName == pod)
                life = p;
        }
        EXPECT_TRUE(life) << line.constData();
        if (!life)
            continue;
        const std::optional<double> expected = metric.startsWith(u"rdma")
            ? model.rdmaOfPod(*life, metric, t)
            : sim::UnisMetricService::sample(*life, metric, instance.isEmpty() ? -1 : instance.toInt(), t);
        EXPECT_TRUE(expected) << line.constData();
        if (expected) {
            EXPECT_DOUBLE_EQ(f[6].toDouble(), *expected) << line.constData();
        }
        ++rows;
    }
    return rows;
}

} // namespace

TEST(GuiMonitor, RunningJobOfTheSimulator)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    UnisSetup unis;
    ASSERT_TRUE(unis.start());
    const QList<sim::UnisPodLife> pods = unis.runningJob();
    ASSERT_FALSE(pods.isEmpty());
    QStringList names;
    for (const sim::UnisPodLife &p : pods)
        names.append(p.podName);

    // The entry point the task table uses: a view over a pod source for the job's pod names.
    gui::MonitorView view(new unis::PodMetricSource(unis.provider->client()), names);
    QSignalSpy updated(&view, &gui::MonitorView::updated);
    view.resize(1360, 900);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(waitFor([&] { return !updated.isEmpty(); }, 20000));
    EXPECT_EQ(view.groupTabs()->count(), 5);
    gui::MetricChartView *util = view.chart(QStringLiteral("gpuUtilizationRate"));
    ASSERT_TRUE(util);
    ASSERT_TRUE(waitFor([&] { return util->ids().size() == pods.first().gpuCount * pods.size(); }, 10000))
        << util->ids().size();
    EXPECT_TRUE(util->overlayText().isEmpty()) << qPrintable(util->overlayText());

    // Ranges: 5 minutes, then 6 hours (the older part is fetched and put in front).
    auto *range = view.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    ASSERT_TRUE(range);
    range->setCurrentIndex(0);
    Q_EMIT range->activated(0);
    EXPECT_EQ(view.range(), gui::MonitorView::Range::Minutes5);
    QTest::qWait(100);
    EXPECT_LE(util->toMs() - util->fromMs(), 5 * kMinute + 1000);
    updated.clear();
    range->setCurrentIndex(3);
    Q_EMIT range->activated(3);
    EXPECT_EQ(view.range(), gui::MonitorView::Range::Hours6);
    ASSERT_TRUE(waitFor([&] {
        const auto covered = view.store().coverage(names.first());
        return covered && covered->fromMs <= view.visibleFromMs() && !updated.isEmpty();
    }, 20000));
    QTest::qWait(200);
    EXPECT_EQ(util->toMs() - util->fromMs(), 6 * kHour);
    // Six hours at 15 s, or since the pod started.
    const qint64 started = pods.first().started.toMSecsSinceEpoch();
    const qint64 expectedSamples = (view.visibleToMs() - std::max(view.visibleFromMs(), started)) / 15000;
    const MetricSeriesId card0{names.first(), QStringLiteral("gpuUtilizationRate"), QStringLiteral("0")};
    EXPECT_NEAR(double(view.store().points(card0).size()), double(expectedSamples), 3.0);

    // Toggle a series through its legend entry.
    const MetricSeriesId card1{names.first(), QStringLiteral("gpuUtilizationRate"), QStringLiteral("1")};
    for (QLegendMarker *m : util->chart()->legend()->markers()) {
        if (m->label() == util->seriesLabel(card1))
            Q_EMIT m->clicked();
    }
    EXPECT_FALSE(util->isSeriesVisible(card1));

    // Export what is visible and check it against the simulator.
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("metrics.csv"));
    ASSERT_TRUE(view.exportCsv(csvPath));
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    const int rows = checkCsvAgainstSimulator(csv, pods, unis.backend, view.visibleFromMs(), view.visibleToMs(), card1);
    EXPECT_GT(rows, int(expectedSamples) * 20);
    EXPECT_TRUE(csv.contains(",gpuUtilizationRate,0,%,"));
    EXPECT_TRUE(view.exportPng(dir.filePath(QStringLiteral("charts.png"))));
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("charts.png"))).size(), 10000);

    // Screenshots: light and dark, English and Chinese.
    range->setCurrentIndex(2);
    Q_EMIT range->activated(2);
    QTest::qWait(300);
    saveShot(&view, QStringLiteral("monitor-light-en.png"));
    view.showMetric(QStringLiteral("gpuTemperature"));
    saveShot(&view, QStringLiteral("monitor-thermal-light-en.png"));
    view.showMetric(QStringLiteral("gpuUtilizationRate"));
    view.setPalette(darkPalette());
    QTest::qWait(300);
    saveShot(&view, QStringLiteral("monitor-dark-en.png"));
    view.showMetric(QStringLiteral("gpuPcie"));
    saveShot(&view, QStringLiteral("monitor-throughput-dark-en.png"));
}

TEST(GuiMonitor, ChineseAndTheNodeOverview)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    gui::TranslationLoader zh;
    ASSERT_EQ(zh.load(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        UnisSetup unis;
        ASSERT_TRUE(unis.start());
        QStringList names;
        for (const sim::UnisPodLife &p : unis.runningJob())
            names.append(p.podName);
        ASSERT_FALSE(names.isEmpty());
        gui::MonitorView view(new unis::PodMetricSource(unis.provider->client()), names);
        QSignalSpy updated(&view, &gui::MonitorView::updated);
        view.resize(1360, 900);
        view.show();
        ASSERT_TRUE(waitFor([&] { return !updated.isEmpty(); }, 20000));
        QTest::qWait(300);
        saveShot(&view, QStringLiteral("monitor-light-zh_CN.png"));
        view.setPalette(darkPalette());
        QTest::qWait(300);
        saveShot(&view, QStringLiteral("monitor-dark-zh_CN.png"));
    }
    zh.unload();

    // An administrator's overview: the cluster's totals (kept while the view is open) and the
    // RDMA traffic of a node's cards.
    UnisSetup admin;
    ASSERT_TRUE(admin.start(QStringLiteral("admin")));
    QString nodeIp;
    for (const sim::UnisPodLife &p : admin.backend->pods()) {
        if (p.phase == sim::UnisPodLife::Phase::Running && admin.backend->podsOfJob(p.jobId).size() > 1)
            nodeIp = p.nodeIp;
    }
    if (nodeIp.isEmpty())
        nodeIp = admin.backend->nodes().first().nodeIp;
    gui::MonitorView view(new unis::NodeMetricSource(admin.provider->client()),
                          {unis::NodeMetricSource::clusterSubject(), nodeIp});
    QSignalSpy updated(&view, &gui::MonitorView::updated);
    view.setPollIntervalMs(1000);
    view.setRange(gui::MonitorView::Range::Minutes5);
    view.resize(1360, 900);
    view.show();
    ASSERT_TRUE(waitFor([&] { return updated.size() >= 3; }, 20000));
    auto *gauges = view.findChild<QWidget *>(QStringLiteral("gauges"));
    ASSERT_TRUE(gauges && gauges->isVisible());
    const MetricSeriesId gpus{unis::NodeMetricSource::clusterSubject(), QStringLiteral("gpuUsageRate"), {}};
    EXPECT_GE(view.store().points(gpus).size(), 2);
    gui::MetricChartView *rdma = view.chart(QStringLiteral("rdmaReceiver"));
    ASSERT_TRUE(rdma);
    view.showMetric(QStringLiteral("cpuUsageRate"));
    QTest::qWait(300);
    EXPECT_TRUE(view.visibleCsv().startsWith("time,epoch_ms,node,"));
    saveShot(&view, QStringLiteral("monitor-nodes-en.png"));
    view.showMetric(QStringLiteral("rdmaReceiver"));
    QTest::qWait(300);
    EXPECT_EQ(rdma->ids().size(), 4);
    saveShot(&view, QStringLiteral("monitor-nodes-rdma-en.png"));
}
