// Live chart redraws: 8 series sampled every second over 24 hours, one new sample per series per
// tick. A tick appends the samples to the store, decimates every series to the plot's pixel
// columns, updates the chart (QtCharts axes and legend, the lines) and renders the chart widget
// into an image offscreen. The same chart over a 1 hour window is the baseline, measured in the
// same run, in alternating rounds.
//
// Goals (DESIGN §6): a tick of the 24 h window under 25 ms, and at most 1.5x the 1 h window.
// Both are judged on the CPU time of the thread (the machines that run this are shared; wall time
// is printed as well).
#include "gui/metricchartview.h"

#include "core/metricinfo.h"
#include "core/metricstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

using namespace suanli;

namespace {

constexpr int kSeries = 8;
constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWarmupTicks = 20;
constexpr int kRounds = 3;

// The CPU time this thread used, in ns. Wall time where no thread clock exists.
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
#else
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    return wall.nsecsElapsed();
#endif
}

// A GPU's utilization: a slow wave, a per-card offset and deterministic jitter.
double sample(int card, qint64 t)
{
    const double s = double(t) / 1000.0;
    const double jitter = std::fmod(std::fabs(std::sin(s * 12.9898 + card * 78.233) * 43758.5453), 1.0);
    return std::clamp(70.0 + 20.0 * std::sin(s / 900.0 + card) + 8.0 * jitter - card, 0.0, 100.0);
}

struct Stats
{
    double median = 0;
    double mean = 0;
    double p95 = 0;
    double max = 0;
};

Stats summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    double sum = 0;
    for (double v : ms)
        sum += v;
    s.mean = sum / double(ms.size());
    s.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    s.max = ms.back();
    return s;
}

struct Phases
{
    std::vector<double> cpu, wall, append, update, render;
};

// Runs live ticks of a chart showing the last `windowMs`, continuing from `now`.
void run(gui::MetricChartView &view, MetricStore &store, const QList<MetricSeriesId> &ids, qint64 &now, qint64 windowMs,
         int ticks, QImage &image, Phases &out)
{
    for (int tick = 0; tick < kWarmupTicks + ticks; ++tick) {
        QElapsedTimer wall;
        wall.start();
        const qint64 c0 = threadCpuNs();
        now += kSecond;
        for (int card = 0; card < kSeries; ++card) {
            MetricSeries s;
            s.id = ids[card];
            s.unit = QStringLiteral("%");
            s.stepMs = kSecond;
            s.points = {MetricPoint{now, sample(card, now)}};
            store.append(s);
        }
        const qint64 c1 = threadCpuNs();
        view.setData(&store, ids, now - windowMs, now); // decimates and updates the chart
        // The chart's deferred layout, without the paint a shown widget would get as well.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const qint64 c2 = threadCpuNs();
        image.fill(Qt::transparent);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        const qint64 c3 = threadCpuNs();
        if (tick < kWarmupTicks)
            continue;
        out.cpu.push_back(double(c3 - c0) / 1e6);
        out.wall.push_back(double(wall.nsecsElapsed()) / 1e6);
        out.append.push_back(double(c1 - c0) / 1e6);
        out.update.push_back(double(c2 - c1) / 1e6);
        out.render.push_back(double(c3 - c2) / 1e6);
    }
}

void printRow(const char *name, int samples, int drawn, const Phases &p)
{
    const Stats cpu = summarize(p.cpu);
    const Stats wall = summarize(p.wall);
    std::printf("%7s  %9d  %9d  %9.2f  %9.2f  %9.2f  %9.2f  %9.2f  %9.2f  %9.2f\n", name, samples, drawn, cpu.median,
                cpu.mean, cpu.p95, summarize(p.append).median, summarize(p.update).median, summarize(p.render).median,
                wall.median);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int ticks = 200;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--ticks")); i > 0 && i + 1 < args.size())
        ticks = std::max(10, args.at(i + 1).toInt());

    MetricInfo info;
    info.key = QStringLiteral("gpuUtilizationRate");
    info.title = QStringLiteral("GPU utilization");
    info.unit = QStringLiteral("%");
    info.instances = MetricInfo::Instances::Gpu;

    // A day of history at 1 s, bounded to a day plus a little: old samples are evicted as new
    // ones arrive, as in the live view.
    MetricStore store(int(kDay / kSecond) + 60);
    QList<MetricSeriesId> ids;
    qint64 now = 1767225600000; // 2026-01-01 00:00 UTC
    for (int card = 0; card < kSeries; ++card) {
        MetricSeries s;
        s.id = {QStringLiteral("llm-bench-worker-0"), info.key, QString::number(card)};
        s.unit = info.unit;
        s.stepMs = kSecond;
        s.points.reserve(int(kDay / kSecond) + 1);
        for (qint64 t = now - kDay; t <= now; t += kSecond)
            s.points.append({t, sample(card, t)});
        store.append(s);
        ids.append(s.id);
    }

    // Rendered offscreen only: laid out as if shown, but never put on a screen.
    gui::MetricChartView view(info);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1280, 420);
    view.show();
    QCoreApplication::processEvents();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        view.render(&painter); // lays the chart out once
    }

    Phases hour;
    Phases day;
    for (int round = 0; round < kRounds; ++round) {
        run(view, store, ids, now, kHour, ticks, image, hour);
        run(view, store, ids, now, kDay, ticks, image, day);
    }
    view.setData(&store, ids, now - kHour, now);
    const int hourDrawn = view.drawnPointCount();
    view.setData(&store, ids, now - kDay, now);
    const int dayDrawn = view.drawnPointCount();

    const double hourMs = summarize(hour.cpu).median;
    const double dayMs = summarize(day.cpu).median;
    const double ratio = dayMs / hourMs;
    std::printf("Chart redraw per live tick: %d series at 1 s, %lld samples per series held, %d pixel columns,\n"
                "%d rounds of %d ticks per window, alternating. Times in ms of thread CPU time unless marked wall.\n",
                kSeries, static_cast<long long>(store.points(ids.first()).size()), view.columns(), kRounds, ticks);
    std::printf("(tick = append 1 sample per series + decimate + update the chart + render the widget offscreen)\n");
    std::printf("%7s  %9s  %9s  %9s  %9s  %9s  %9s  %9s  %9s  %9s\n", "window", "samples", "drawn", "median", "mean",
                "p95", "append", "update", "render", "wall med");
    printRow("1 h", int(kHour / kSecond) * kSeries, hourDrawn, hour);
    printRow("24 h", int(kDay / kSecond) * kSeries, dayDrawn, day);
    std::printf("goal: a 24 h tick under 25 ms: %s (%.2f ms)\n", dayMs < 25.0 ? "met" : "NOT met", dayMs);
    std::printf("goal: 24 h at most 1.5x the 1 h window: %s (%.2fx)\n", ratio <= 1.5 ? "met" : "NOT met", ratio);
    return dayMs < 25.0 && ratio <= 1.5 ? 0 : 1;
}
