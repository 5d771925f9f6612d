// The log viewer at size: a 1,000,000-line log built from the loghub samples (repeated), or
// generated when they are missing.
//
//  - load: reading the file into a LineStore, against reading the same bytes into one buffer;
//  - memory: what the store allocates (and the process's resident growth) against the text size
//    (goal: under 1.5x);
//  - search: the viewer's regex search over all lines against `grep -cE` on the same file in the
//    same run (goal: within 2.5x), with the counts compared;
//  - follow: 100,000 lines a second appended to a shown, following LogView with a live search,
//    measuring the longest event-loop stall with a fast timer (goal: none over 50 ms).
// Prints a table. Usage: bench_logview [LINES] [LOGHUB_DIR]
#include "gui/logview.h"

#include "core/logs/filelogsource.h"
#include "core/logs/linestore.h"
#include "core/logs/logdocument.h"
#include "core/logs/logsearch.h"
#include "core/logs/logsearchsession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace suanli;

namespace {

double threadCpuSeconds()
{
#if defined(Q_OS_LINUX)
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
#else
    return 0;
#endif
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : -1;
}

QByteArrayList sampleLines(const QString &dir)
{
    QByteArrayList lines;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.append(line);
        }
    }
    if (lines.isEmpty()) {
        // No samples: lines in the same spirit.
        for (int i = 0; i < 10000; ++i)
            lines.append("2015-10-18 18:01:47,978 " + QByteArray(i % 10 == 0 ? "WARN" : "INFO") + " [main] org.apache.hadoop."
                         + "mapreduce.v2.app.MRAppMaster: Executing with tokens: blk_" + QByteArray::number(i * 7919)
                         + " 10.251." + QByteArray::number(i % 255) + ".1:50010");
    }
    return lines;
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

struct GrepRun
{
    double seconds = 0;
    qint64 count = -1;
};

GrepRun runGrep(const QString &file, const QString &pattern, bool caseInsensitive)
{
    QProcess grep;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    grep.setProcessEnvironment(env);
    QStringList args{caseInsensitive ? QStringLiteral("-ciE") : QStringLiteral("-cE"), pattern, file};
    QElapsedTimer t;
    t.start();
    grep.start(QStringLiteral("grep"), args);
    grep.waitForFinished(-1);
    GrepRun r;
    r.seconds = seconds(t.nsecsElapsed());
    r.count = grep.exitStatus() == QProcess::NormalExit ? grep.readAllStandardOutput().trimmed().toLongLong() : -1;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 lineCount = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const QString loghub = args.size() > 2 ? args.at(2) : QStringLiteral(SUANLI_LOGHUB_DIR);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.log"));
    const QByteArrayList samples = sampleLines(loghub);
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        QByteArray buffer;
        for (qint64 i = 0; i < lineCount; ++i) {
            buffer += samples[int(i % samples.size())];
            buffer += '\n';
            if (buffer.size() > (8 << 20)) {
                out.write(buffer);
                buffer.clear();
            }
        }
        out.write(buffer);
    }
    const qint64 fileSize = QFileInfo(path).size();
    std::printf("Log viewer benchmark: %lld lines, %.1f MiB (%lld sample lines from %s)\n\n", static_cast<long long>(lineCount),
                double(fileSize) / (1 << 20), static_cast<long long>(samples.size()), qPrintable(loghub));

    // ---- load -------------------------------------------------------------------------------
    double rawRead = 1e9;
    for (int k = 0; k < 3; ++k) {
        QElapsedTimer t;
        t.start();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray all = f.readAll();
        rawRead = std::min(rawRead, seconds(t.nsecsElapsed()));
        if (all.size() != fileSize)
            return 1;
    }
    const qint64 rssBefore = residentBytes();
    LineStore store;
    QElapsedTimer loadTimer;
    loadTimer.start();
    qint64 bytesRead = 0;
    const QString error = FileLogSource::readInto(path, &store, &bytesRead);
    const double load = seconds(loadTimer.nsecsElapsed());
    const qint64 rssAfter = residentBytes();
    if (!error.isEmpty() || store.lineCount() != lineCount) {
        std::fprintf(stderr, "load failed: %s (%lld lines)\n", qPrintable(error), static_cast<long long>(store.lineCount()));
        return 1;
    }
    const double memRatio = double(store.memoryUsage()) / double(fileSize);
    const double rssRatio = double(rssAfter - rssBefore) / double(fileSize);

    std::printf("%-44s %12s %12s %10s  %s\n", "measure", "viewer", "baseline", "ratio", "goal");
    std::printf("%-44s %11.3fs %11.3fs %9.2fx  %s\n", "load 1M lines (vs. reading the bytes)", load, rawRead, load / rawRead,
                "-");
    std::printf("%-44s %11.1fM %11.1fM %9.2fx  %s\n", "memory: store allocation vs. text", double(store.memoryUsage()) / (1 << 20),
                double(fileSize) / (1 << 20), memRatio, memRatio < 1.5 ? "< 1.5x  ok" : "< 1.5x  MISSED");
    std::printf("%-44s %11.1fM %11.1fM %9.2fx  %s\n", "memory: resident growth vs. text", double(rssAfter - rssBefore) / (1 << 20),
                double(fileSize) / (1 << 20), rssRatio, rssRatio < 1.5 ? "< 1.5x  ok" : "< 1.5x  MISSED");

    // ---- search -----------------------------------------------------------------------------
    struct Pattern
    {
        const char *text;
        bool caseInsensitive;
    };
    const Pattern patterns[] = {
        {"ERROR|WARN", false},
        {"blk_-?[0-9]+ terminating", false},
        {"([0-9]{1,3}\\.){3}[0-9]{1,3}:[0-9]+", false},
        {"INFO .*Receiving block", false},
        {"exception", true},
        {"^2015-07-29 19:0[0-9]", false},
    };
    const LineStoreSnapshot snapshot = store.snapshot();
    runGrep(path, QStringLiteral("warm the page cache"), false);
    bool allWithin = true;
    bool countsAgree = true;
    for (const Pattern &pattern : patterns) {
        if (qEnvironmentVariableIsSet("BENCH_FOLLOW_ONLY"))
            break;
        const QString text = QString::fromUtf8(pattern.text);
        GrepRun grep{1e9, -1};
        double ours = 1e9;
        qint64 hits = -1;
        for (int k = 0; k < 3; ++k) {
            const GrepRun g = runGrep(path, text, pattern.caseInsensitive);
            if (g.seconds < grep.seconds)
                grep = g;
            QElapsedTimer t;
            t.start();
            const LogSearchResult r = LogSearch::run(snapshot, LogQuery{text, true, !pattern.caseInsensitive});
            ours = std::min(ours, seconds(t.nsecsElapsed()));
            hits = qint64(r.hits->size());
        }
        const double ratio = ours / grep.seconds;
        allWithin = allWithin && ratio <= 2.5;
        countsAgree = countsAgree && hits == grep.count;
        const QByteArray label = "regex " + QByteArray(pattern.caseInsensitive ? "-i " : "") + pattern.text;
        std::printf("%-44s %11.3fs %11.3fs %9.2fx  %s  (%lld hits, grep %lld)\n", label.left(44).constData(), ours, grep.seconds,
                    ratio, ratio <= 2.5 ? "<= 2.5x ok" : "<= 2.5x MISSED", static_cast<long long>(hits),
                    static_cast<long long>(grep.count));
    }

    // ---- follow -----------------------------------------------------------------------------
    LogDocument doc;
    LogSearchSession session(&doc);
    session.setQuery(LogQuery{QStringLiteral("ERROR|Exception"), true, false});
    gui::LogView view;
    view.resize(1200, 800);
    view.setDocument(&doc);
    view.setSearch(&session);
    view.show();
    view.setFollowing(true);

    constexpr qint64 kRate = 100000; // lines per second
    constexpr int kSeconds = 4;
    QElapsedTimer clock;
    qint64 appended = 0;
    qint64 longestStallNs = 0;
    qint64 lastTick = 0;

    // The baseline: the same window and probe with nothing arriving. On a busy machine the
    // event loop stalls by itself; this says how much.
    {
        doc.appendLines(samples.mid(0, 5000));
        QTimer idleProbe;
        idleProbe.setTimerType(Qt::PreciseTimer);
        idleProbe.setInterval(2);
        QElapsedTimer idleClock;
        idleClock.start();
        QObject::connect(&idleProbe, &QTimer::timeout, &idleProbe, [&] {
            const qint64 now = idleClock.nsecsElapsed();
            if (lastTick > 0)
                longestStallNs = std::max(longestStallNs, now - lastTick);
            lastTick = now;
            if (idleClock.elapsed() >= 2000)
                app.quit();
        });
        idleProbe.start();
        app.exec();
    }
    const double idleStallMs = double(longestStallNs) / 1e6;
    longestStallNs = 0;
    lastTick = 0;
    doc.clear();
    const double cpuBefore = threadCpuSeconds();
    clock.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(2);
    double lastCpu = 0;
    double stallCpuMs = 0;    // CPU time the GUI thread spent in the longest stall
    double longestWorkMs = 0; // the most CPU time it spent between two ticks: its own longest stall
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuSeconds();
        if (lastTick > 0 && now - lastTick > longestStallNs)
            stallCpuMs = (cpu - lastCpu) * 1000;
        if (lastTick > 0)
            longestWorkMs = std::max(longestWorkMs, (cpu - lastCpu) * 1000);
        lastCpu = cpu;
        if (lastTick > 0)
            longestStallNs = std::max(longestStallNs, now - lastTick);
        if (lastTick > 0 && now - lastTick > 20000000 && qEnvironmentVariableIsSet("BENCH_DEBUG"))
            std::printf("stall %.1f ms at %.3f s, %lld lines\n", double(now - lastTick) / 1e6, double(now) / 1e9, static_cast<long long>(appended));
        lastTick = now;
    });
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(10);
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
        const qint64 due = clock.nsecsElapsed() * kRate / 1000000000;
        QByteArrayList batch;
        for (; appended < due; ++appended)
            batch.append(samples[int(appended % samples.size())]);
        doc.appendLines(batch);
        if (clock.elapsed() >= kSeconds * 1000)
            app.quit();
    });
    probe.start();
    feeder.start();
    app.exec();
    const double followSeconds = double(clock.elapsed()) / 1000;
    const double cpuShare = (threadCpuSeconds() - cpuBefore) / followSeconds;
    if (qEnvironmentVariableIsSet("BENCH_SHOT"))
        view.grab().save(qEnvironmentVariable("BENCH_SHOT"));
    const double rate = double(appended) / followSeconds;
    const double stallMs = double(longestStallNs) / 1e6;
    std::printf("%-44s %9.0f/s %9lld/s %10s  %s\n", "follow: lines appended (shown, searched)", rate,
                static_cast<long long>(kRate), "", rate >= 0.95 * kRate ? "100k/s ok" : "100k/s MISSED");
    std::printf("%-44s %10.1fms %10.1fms %9.2fx  %s\n", "follow: longest event-loop stall (vs. idle)", stallMs,
                idleStallMs, idleStallMs > 0 ? stallMs / idleStallMs : 0.0, stallMs <= 50 ? "<= 50 ms ok" : "<= 50 ms MISSED");
    std::printf("%-44s %10.1fms %12s %10s  %s\n", "follow: GUI thread's own work in that stall", stallCpuMs, "", "",
                "(the rest: waiting for a CPU)");
    std::printf("%-44s %10.1fms %12s %10s  %s\n", "follow: longest GUI work between two ticks", longestWorkMs, "", "",
                longestWorkMs <= 50 ? "<= 50 ms ok" : "<= 50 ms MISSED");
    std::printf("%-44s %11.0f%% %12s %10s  %s\n", "follow: GUI thread busy (CPU time / wall time)", cpuShare * 100, "", "", "-");
    std::printf("%-44s %12lld %12s %10s  %s\n", "follow: hits kept current", static_cast<long long>(session.hits().size()), "",
                "", session.isComplete() ? "complete" : "behind");
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("\nmachine load average during the run: %s", loadavg.readLine().constData());
    // How often runnable tasks waited for a CPU: what a stall without own work comes from.
    QFile pressure(QStringLiteral("/proc/pressure/cpu"));
    if (pressure.open(QIODevice::ReadOnly))
        std::printf("CPU pressure: %s", pressure.readLine().constData());
    std::printf("\nregex search within 2.5x of grep -cE: %s; counts agree: %s\n", allWithin ? "yes" : "no",
                countsAgree ? "yes" : "no");
    return 0;
}
