#pragma once

#include "sim/unis/unisservice.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>

namespace suanli::sim {

// The log of a simulated pod, as a pure function of the pod and the time: line i is always the
// same text, and the number of lines grows while the pod runs: a start-up burst (accelerator,
// dataset and model paths in Chinese, TensorFlow warnings, tqdm bars), then a few lines a second
// (loss, progress bars that redraw with carriage returns, Chinese status lines, warnings, now and
// then a caught Python traceback), slower after the first hour, and at the end what the pod's
// fate writes (a summary, the traceback of a failure, or the stop signal). Nothing is stored, so
// a pod that has run for days costs nothing until its lines are asked for, and a test can compare
// what a client assembled with what the simulator says the log is.
class UnisPodLog final
{
public:
    // Lines a second in the first hour of running, and after it.
    static constexpr int kFastLinesPerSecond = 3;
    static constexpr double kSlowLinesPerSecond = 0.5;

    // How many lines the log holds at `at`.
    static qint64 lineCount(const UnisPodLife &pod, const QDateTime &at);
    // Line `index` (0-based) of the pod's log; only meaningful below lineCount(). Progress-bar
    // lines may hold carriage returns, as a container's stdout does.
    static QByteArray line(const UnisPodLife &pod, qint64 index);
    // Lines [from, to) as of `at`, clamped to what exists.
    static QByteArrayList lines(const UnisPodLife &pod, qint64 from, qint64 to, const QDateTime &at);
};

} // namespace suanli::sim
