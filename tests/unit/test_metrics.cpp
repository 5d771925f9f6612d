// The platform-neutral monitoring core: the bounded store, min/max decimation, CSV export,
// warning thresholds and idle-GPU detection.
#include "core/idlegpudetector.h"
#include "core/metriccsv.h"
#include "core/metricdecimationcache.h"
#include "core/metricdecimator.h"
#include "core/metricinfo.h"
#include "core/metricstore.h"
#include "core/metricthreshold.h"
#include "core/metricunit.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>

#include <cmath>
#include <vector>

using namespace suanli;

namespace {

MetricSeries series(const QString &subject, const QString &metric, const QString &instance,
                    const QList<MetricPoint> &points, const QString &unit = QStringLiteral("%"))
{
    MetricSeries s;
    s.id = {subject, metric, instance};
    s.unit = unit;
    s.stepMs = 15000;
    s.points = points;
    return s;
}

QList<MetricPoint> ramp(qint64 fromMs, qint64 stepMs, int count, double start = 0)
{
    QList<MetricPoint> out;
    for (int i = 0; i < count; ++i)
        out.append({fromMs + i * stepMs, start + i});
    return out;
}

} // namespace

// ---- store ----------------------------------------------------------------------------------

TEST(MetricStore, AppendsOnlyTheNewPartOfAnOverlappingWindow)
{
    MetricStore store;
    const MetricSeriesId id{QStringLiteral("pod-a"), QStringLiteral("gpuUtilizationRate"), QStringLiteral("0")};
    EXPECT_EQ(store.append(series(id.subject, id.metric, id.instance, ramp(0, 1000, 10))), 10);
    // The next poll overlaps the last three samples and brings five new ones.
    EXPECT_EQ(store.append(series(id.subject, id.metric, id.instance, ramp(7000, 1000, 8, 7))), 5);
    const auto &points = store.points(id);
    ASSERT_EQ(points.size(), 15);
    for (qsizetype i = 0; i < points.size(); ++i) {
        EXPECT_EQ(points[i].timeMs, qint64(i) * 1000);
        EXPECT_EQ(points[i].value, double(i));
    }
    // A backfill of older samples goes in front, the overlap again ignored.
    EXPECT_EQ(store.append(series(id.subject, id.metric, id.instance, ramp(-5000, 1000, 7, -5))), 5);
    EXPECT_EQ(store.points(id).front().timeMs, -5000);
    EXPECT_EQ(store.points(id).size(), 20);
    // Out-of-order and NaN samples are skipped.
    EXPECT_EQ(store.append(series(id.subject, id.metric, id.instance,
                                  {{20000, std::nan("")}, {21000, 1}, {20500, 2}, {21000, 3}})),
              1);
    EXPECT_EQ(store.points(id).back().timeMs, 21000);
    EXPECT_EQ(*store.newestTime(id.subject), 21000);
    EXPECT_FALSE(store.newestTime(QStringLiteral("other")));
}

TEST(MetricStore, EvictsTheOldestBeyondItsLimit)
{
    MetricStore store(100);
    const MetricSeriesId id{QStringLiteral("p"), QStringLiteral("cpuUtilizationRate"), {}};
    store.noteCovered(id.subject, 0, 10000);
    for (int window = 0; window < 10; ++window)
        store.append(series(id.subject, id.metric, {}, ramp(window * 30 * 1000, 1000, 30, window * 30)));
    EXPECT_EQ(store.points(id).size(), 100);
    EXPECT_EQ(store.points(id).front().timeMs, 200 * 1000);
    EXPECT_EQ(store.points(id).back().timeMs, 299 * 1000);
    // What fell out is no longer covered.
    EXPECT_EQ(store.coverage(id.subject)->fromMs, 200 * 1000);

    store.evictBefore(250 * 1000);
    EXPECT_EQ(store.points(id).size(), 50);
    EXPECT_EQ(store.pointCount(), 50);
}

TEST(MetricStore, CoverageGrowsOnlyWithTouchingWindows)
{
    MetricStore store;
    EXPECT_FALSE(store.coverage(QStringLiteral("p")));
    store.noteCovered(QStringLiteral("p"), 1000, 2000);
    store.noteCovered(QStringLiteral("p"), 2000, 3000);
    store.noteCovered(QStringLiteral("p"), 500, 1500);
    EXPECT_EQ(store.coverage(QStringLiteral("p"))->fromMs, 500);
    EXPECT_EQ(store.coverage(QStringLiteral("p"))->toMs, 3000);
    // The next millisecond on continues it (live polls ask from just after the newest sample).
    store.noteCovered(QStringLiteral("p"), 3001, 4000);
    store.noteCovered(QStringLiteral("p"), 100, 499);
    EXPECT_EQ(store.coverage(QStringLiteral("p"))->fromMs, 100);
    EXPECT_EQ(store.coverage(QStringLiteral("p"))->toMs, 4000);
    // A detached window (a custom range far away) replaces it.
    store.noteCovered(QStringLiteral("p"), 10000, 11000);
    EXPECT_EQ(store.coverage(QStringLiteral("p"))->fromMs, 10000);
    store.evictBefore(20000);
    EXPECT_FALSE(store.coverage(QStringLiteral("p")));
}

TEST(MetricStore, KeepsSeriesApartAndInArrivalOrder)
{
    MetricStore store;
    store.append(series(QStringLiteral("a"), QStringLiteral("gpuPower"), QStringLiteral("1"), ramp(0, 1000, 3), QStringLiteral("W")));
    store.append(series(QStringLiteral("a"), QStringLiteral("gpuPower"), QStringLiteral("0"), ramp(0, 1000, 3), QStringLiteral("W")));
    store.append(series(QStringLiteral("b"), QStringLiteral("gpuPower"), QStringLiteral("0"), {}, QStringLiteral("W")));
    ASSERT_EQ(store.ids().size(), 3);
    EXPECT_EQ(store.ids().at(0).instance, QStringLiteral("1"));
    EXPECT_EQ(store.ids(QStringLiteral("a")).size(), 2);
    EXPECT_EQ(store.unit(store.ids().at(2)), QStringLiteral("W"));
    EXPECT_TRUE(store.points(store.ids().at(2)).empty());
    EXPECT_EQ(store.range(store.ids().at(0), 1000, 1500).size(), 1);
    EXPECT_EQ(store.valueAt(store.ids().at(0), 1900, 1000)->timeMs, 1000);
    EXPECT_FALSE(store.valueAt(store.ids().at(0), 5000, 1000));
    EXPECT_FALSE(store.valueAt(store.ids().at(0), -1, 1000));
    store.removeSubject(QStringLiteral("a"));
    EXPECT_EQ(store.ids().size(), 1);
    EXPECT_TRUE(store.contains({QStringLiteral("b"), QStringLiteral("gpuPower"), QStringLiteral("0")}));
}

// ---- decimation -----------------------------------------------------------------------------

TEST(MetricDecimator, KeepsMinAndMaxOfEveryColumnAndBothEnds)
{
    QList<MetricPoint> points;
    QRandomGenerator random(42);
    const int n = 86400;
    for (int i = 0; i < n; ++i)
        points.append({qint64(i) * 1000, random.bounded(100.0)});
    // A lone spike and a lone dip must survive.
    points[40000].value = 1000;
    points[50001].value = -1000;

    const qint64 from = 3600 * 1000;
    const qint64 to = 80000 * 1000LL;
    const int columns = 500;
    const QList<QPointF> out = MetricDecimator::decimate(points, from, to, columns);
    EXPECT_LE(out.size(), 2 * columns + 4);
    EXPECT_GE(out.size(), columns);

    // Times strictly increase: the chart draws a proper line.
    for (int i = 1; i < out.size(); ++i)
        ASSERT_LT(out[i - 1].x(), out[i].x());

    // One neighbour beyond each edge, then the first and last samples inside the range.
    EXPECT_EQ(qint64(out.first().x()), from - 1000);
    EXPECT_EQ(qint64(out[1].x()), from);
    EXPECT_EQ(qint64(out.last().x()), to + 1000);
    EXPECT_EQ(qint64(out[out.size() - 2].x()), to);

    // For every column, its lowest and its highest sample are among the output points.
    QSet<qint64> kept;
    for (const QPointF &p : out)
        kept.insert(qint64(p.x()));
    const qint64 span = to - from;
    std::vector<int> minIndex(columns, -1), maxIndex(columns, -1);
    for (int i = 0; i < n; ++i) {
        const qint64 t = points[i].timeMs;
        if (t < from || t > to)
            continue;
        const int c = int(std::min<qint64>((t - from) * columns / span, columns - 1));
        if (minIndex[c] < 0 || points[i].value < points[minIndex[c]].value)
            minIndex[c] = i;
        if (maxIndex[c] < 0 || points[i].value > points[maxIndex[c]].value)
            maxIndex[c] = i;
    }
    for (int c = 0; c < columns; ++c) {
        ASSERT_TRUE(kept.contains(points[minIndex[c]].timeMs)) << "column " << c;
        ASSERT_TRUE(kept.contains(points[maxIndex[c]].timeMs)) << "column " << c;
    }
    EXPECT_TRUE(kept.contains(40000 * 1000LL));
    EXPECT_TRUE(kept.contains(50001 * 1000LL));
}

TEST(MetricDecimator, PassesShortSeriesThroughAndScales)
{
    const QList<MetricPoint> points = ramp(0, 1000, 50, 10);
    const QList<QPointF> out = MetricDecimator::decimate(points, 10000, 20000, 400, 2.0);
    // 11 samples in the range and one neighbour on each side, values halved.
    ASSERT_EQ(out.size(), 13);
    EXPECT_EQ(out.first(), QPointF(9000, 19 / 2.0));
    EXPECT_EQ(out.last(), QPointF(21000, 31 / 2.0));
    EXPECT_TRUE(MetricDecimator::decimate(QList<MetricPoint>{}, 0, 1000, 100).isEmpty());
    // Entirely before the range: only the neighbour, so the line enters from the left.
    EXPECT_EQ(MetricDecimator::decimate(points, 100000, 200000, 100).size(), 1);
}

TEST(MetricDecimator, DequeAndListAgree)
{
    MetricStore store;
    const MetricSeriesId id{QStringLiteral("p"), QStringLiteral("m"), {}};
    QList<MetricPoint> points;
    for (int i = 0; i < 20000; ++i)
        points.append({qint64(i) * 500, std::sin(i / 50.0) * 50 + 50});
    store.append(series(id.subject, id.metric, {}, points));
    EXPECT_EQ(MetricDecimator::decimate(store.points(id), 1000000, 9000000, 300),
              MetricDecimator::decimate(points, 1000000, 9000000, 300));
}

// ---- CSV ------------------------------------------------------------------------------------

TEST(MetricCsv, WritesOneQuotedRowPerSampleInTheRange)
{
    MetricStore store;
    store.append(series(QStringLiteral("pod,1"), QStringLiteral("gpuTemperature"), QStringLiteral("0"),
                        {{1739174085000, 41.5}, {1739174100000, 42.25}, {1739174115000, 0.1 + 0.2}}, QStringLiteral("°C")));
    const QByteArray csv = MetricCsv::write(store, store.ids(), 1739174090000, 1739174115000);
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_EQ(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    EXPECT_EQ(lines[0], QByteArrayLiteral("time,epoch_ms,pod,metric,instance,unit,value\r"));
    EXPECT_EQ(lines[1], QByteArray("2025-02-10T15:55:00+08:00,1739174100000,\"pod,1\",gpuTemperature,0,°C,42.25\r"));
    // The shortest text that reads back to the same double.
    EXPECT_EQ(lines[2].split(',').last().trimmed().toDouble(), 0.1 + 0.2);
    EXPECT_EQ(MetricCsv::field(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    EXPECT_TRUE(MetricCsv::header(QStringLiteral("node")).startsWith("time,epoch_ms,node,"));
}

// ---- thresholds and idle GPUs ---------------------------------------------------------------

TEST(MetricThreshold, FindsStretchesBeyondTheLevelAndBreaksThemAtGaps)
{
    const MetricThreshold hot(85);
    EXPECT_TRUE(hot.breachedBy(86));
    EXPECT_FALSE(hot.breachedBy(85));
    const QList<MetricPoint> temps = {{0, 80}, {15, 86}, {30, 90}, {45, 84}, {60, 88}, {500, 89}, {515, 70}};
    const QList<MetricSpan> spans = hot.spans(temps, 0, 1000, 45);
    ASSERT_EQ(spans.size(), 3);
    EXPECT_EQ(spans[0], (MetricSpan{15, 30}));
    EXPECT_EQ(spans[1], (MetricSpan{60, 60}));
    EXPECT_EQ(spans[2], (MetricSpan{500, 500}));
    EXPECT_EQ(MetricThreshold(10, MetricThreshold::Direction::Below).spans(temps, 0, 1000, 45).size(), 0);
}

TEST(IdleGpuDetector, IdleOnlyAfterTheMinimumAndOnlyWhileSamplesAreCurrent)
{
    qint64 now = 0;
    IdleGpuDetector detector([&now] { return now; }, 10 * 60 * 1000);
    const qint64 step = 15000;
    QList<MetricPoint> util;
    // Busy for 5 minutes, then under 5 % from t = 300 s on.
    auto sampleUntil = [&](qint64 untilMs) {
        for (qint64 t = util.empty() ? 0 : util.back().timeMs + step; t <= untilMs; t += step)
            util.push_back({t, t < 300000 ? 90.0 : 2.0 + (t / step % 3)});
    };
    sampleUntil(600000);
    now = 600000;
    EXPECT_FALSE(detector.idleSince(util, step)) << "idle for 5 min only";
    EXPECT_TRUE(detector.idleSpans(util, step, 0, now).isEmpty());

    sampleUntil(900000);
    now = 905000;
    ASSERT_TRUE(detector.idleSince(util, step));
    EXPECT_EQ(*detector.idleSince(util, step), 300000);
    const QList<MetricSpan> spans = detector.idleSpans(util, step, 0, now);
    ASSERT_EQ(spans.size(), 1);
    EXPECT_EQ(spans[0], (MetricSpan{300000, 905000}));

    // The pod stopped reporting: no longer "idle now", though the past stretch stays.
    now = 905000 + 10 * 60 * 1000;
    EXPECT_FALSE(detector.idleSince(util, step));
    EXPECT_EQ(detector.idleSpans(util, step, 0, now).value(0), (MetricSpan{300000, 900000}));

    // Busy again: the stretch ends.
    util.push_back({915000, 80});
    now = 915000;
    EXPECT_FALSE(detector.idleSince(util, step));
    detector.setMinimumIdleMs(20 * 60 * 1000);
    EXPECT_TRUE(detector.idleSpans(util, step, 0, now).isEmpty());
}

// ---- units ----------------------------------------------------------------------------------

TEST(MetricUnit, ScalesAndRoundsAxes)
{
    // Numbers are written in the user's locale; this test reads them in American English.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(MetricUnit::niceCeiling(37, QStringLiteral("%")), 100);
    EXPECT_EQ(MetricUnit::niceCeiling(130, QStringLiteral("%")), 200);
    EXPECT_EQ(MetricUnit::niceCeiling(0), 1);
    EXPECT_EQ(MetricUnit::niceCeiling(380), 500);
    EXPECT_EQ(MetricUnit::niceCeiling(2100), 2500);
    EXPECT_EQ(MetricUnit::niceCeiling(1000), 1000);
    EXPECT_EQ(MetricUnit::scaleFor(QStringLiteral("MB/s"), 30000).label, QStringLiteral("GB/s"));
    EXPECT_EQ(MetricUnit::scaleFor(QStringLiteral("B"), 5.0 * 1024 * 1024).label, QStringLiteral("MB"));
    EXPECT_EQ(MetricUnit::scaleFor(QStringLiteral("Mb/s"), 2500).divisor, 1000);
    EXPECT_EQ(MetricUnit::format(42.25, QStringLiteral("°C")), QStringLiteral("42.3 °C"));
    EXPECT_EQ(MetricUnit::format(2048, QStringLiteral("MB/s")), QStringLiteral("2.00 GB/s"));
    EXPECT_EQ(MetricUnit::format(48, QStringLiteral("cards")), QStringLiteral("48 cards"));
    EXPECT_EQ(MetricUnit::formatOf(4659, 8939, QStringLiteral("GB")), QStringLiteral("4.55 / 8.73 TB"));
    EXPECT_EQ(MetricUnit::formatOf(230, 1056, QStringLiteral("cores")), QStringLiteral("230 / 1,056 cores"));
    EXPECT_EQ(MetricInfo::instanceLabel(MetricInfo::Instances::Gpu, QStringLiteral("3")), QStringLiteral("GPU 3"));
    EXPECT_EQ(MetricInfo::instanceLabel(MetricInfo::Instances::Gpu, QStringLiteral("GPU-ab12")), QStringLiteral("GPU-ab12"));
    QLocale::setDefault(before);
}

// ---- the decimation cache of a live chart ----------------------------------------------------

namespace {

QList<MetricPoint> wave(qint64 fromMs, qint64 stepMs, int count)
{
    QList<MetricPoint> out;
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i)
        out.append({fromMs + i * stepMs, 50 + 40 * std::sin(i / 300.0) + random.bounded(10.0)});
    return out;
}

} // namespace

TEST(MetricDecimationCache, SlidingWindowReusesColumnsAndMatchesAFreshRun)
{
    const qint64 day = 86400 * 1000LL;
    QList<MetricPoint> points = wave(1767225600000 - day, 1000, 86401);
    MetricDecimationCache live;
    const int columns = 1000;
    quint64 revision = 1;
    int maxReusedAfterFirst = 0;
    for (int tick = 0; tick < 200; ++tick) {
        // One new sample, the oldest one evicted, as the store does when it is full.
        const qint64 now = points.last().timeMs + 1000;
        points.append({now, 50.0 + (tick % 17)});
        points.removeFirst();
        const QList<QPointF> cached = live.decimate(points, revision, now - day, now, columns);
        MetricDecimationCache fresh;
        ASSERT_EQ(cached, fresh.decimate(points, revision, now - day, now, columns)) << "tick " << tick;
        if (tick > 0)
            maxReusedAfterFirst = std::max(maxReusedAfterFirst, live.reusedColumns());
        // Strictly increasing times, within about two points per column.
        for (int i = 1; i < cached.size(); ++i)
            ASSERT_LT(cached[i - 1].x(), cached[i].x());
        ASSERT_LE(cached.size(), 2 * columns + 8);
    }
    EXPECT_GT(maxReusedAfterFirst, columns - 5);
    EXPECT_EQ(live.columnMs(), 86400); // a day over 1000 columns
}

TEST(MetricDecimationCache, KeepsMinAndMaxOfEveryAlignedColumnAndBothEnds)
{
    QList<MetricPoint> points = wave(0, 1000, 50000);
    points[20000].value = 1000;
    points[30001].value = -1000;
    MetricDecimationCache cache;
    const qint64 from = 1234567;
    const qint64 to = 45678901;
    const int columns = 400;
    const QList<QPointF> out = cache.decimate(points, 1, from, to, columns);
    const qint64 width = cache.columnMs();
    EXPECT_EQ(width, (to - from + columns - 1) / columns);
    QSet<qint64> kept;
    for (const QPointF &p : out)
        kept.insert(qint64(p.x()));
    // Neighbours beyond the edges, first and last inside.
    EXPECT_EQ(qint64(out.first().x()), 1234000);
    EXPECT_EQ(qint64(out[1].x()), 1235000);
    EXPECT_EQ(qint64(out.last().x()), 45679000);
    EXPECT_EQ(qint64(out[out.size() - 2].x()), 45678000);
    QHash<qint64, int> minOf, maxOf;
    for (int i = 0; i < points.size(); ++i) {
        const qint64 t = points[i].timeMs;
        if (t < from || t > to)
            continue;
        const qint64 c = t / width;
        if (!minOf.contains(c) || points[i].value < points[minOf[c]].value)
            minOf[c] = i;
        if (!maxOf.contains(c) || points[i].value > points[maxOf[c]].value)
            maxOf[c] = i;
    }
    for (auto it = minOf.cbegin(); it != minOf.cend(); ++it) {
        ASSERT_TRUE(kept.contains(points[it.value()].timeMs)) << "column " << it.key();
        ASSERT_TRUE(kept.contains(points[maxOf[it.key()]].timeMs)) << "column " << it.key();
    }
    EXPECT_TRUE(kept.contains(20000 * 1000LL));
    EXPECT_TRUE(kept.contains(30001 * 1000LL));
}

TEST(MetricDecimationCache, StartsOverOnABackfillOrANewWidth)
{
    MetricStore store;
    const MetricSeriesId id{QStringLiteral("p"), QStringLiteral("m"), {}};
    const QList<MetricPoint> all = wave(0, 1000, 40000);
    store.append(series(id.subject, id.metric, {}, all.mid(20000)));
    MetricDecimationCache cache;
    const qint64 to = all.last().timeMs;
    (void)cache.decimate(store.points(id), store.revision(id), to - 15000 * 1000LL, to, 300);
    const quint64 before = store.revision(id);
    // Older samples arrive (a longer range was chosen): the revision changes, the cache follows.
    store.append(series(id.subject, id.metric, {}, all.mid(0, 20000)));
    EXPECT_NE(store.revision(id), before);
    const QList<QPointF> after = cache.decimate(store.points(id), store.revision(id), 0, to, 300);
    EXPECT_EQ(after, MetricDecimationCache().decimate(store.points(id), store.revision(id), 0, to, 300));
    EXPECT_EQ(cache.reusedColumns(), 0);
    // Appending does not change the revision.
    const quint64 appended = store.revision(id);
    store.append(series(id.subject, id.metric, {}, {{to + 1000, 1}}));
    EXPECT_EQ(store.revision(id), appended);
}
