#include "logcommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "interruptwatch.h"
#include "output.h"

#include "core/provider.h"
#include "core/resource.h"
#include "platforms/unis/unislogs.h"
#include "platforms/unis/unisprovider.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace suanli::cli {

using unis::Logs;
using unis::PodLogEndpoint;
using unis::PodLogPage;

namespace {

const QString kCommand = QStringLiteral("logs");
constexpr int kMaxPage = 10000;   // the most lines one call asks for
constexpr int kFollowPage = 1000;
constexpr int kAllPage = 5000;
constexpr int kPollMs = 2000;

Result<PodLogPage> readPage(Logs &logs, const unis::Pod &pod, const QString &taskId, int size, std::optional<qint64> start,
                            bool backwards)
{
    return awaitResult<PodLogPage>([&](QObject *ctx, auto done) {
        logs.page(PodLogEndpoint::Kernel, pod.id, size, start, backwards, taskId, ctx, std::move(done));
    });
}

} // namespace

LogCommands::LogCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

bool LogCommands::write(QIODevice *out, const QByteArray &bytes)
{
    if (m_writeFailed)
        return false;
    if (out->write(bytes) != bytes.size()) {
        m_writeFailed = true;
        m_context.out().error(tr("Cannot write the log: %1").arg(out->errorString()));
        return false;
    }
    return true;
}

void LogCommands::emitLines(QIODevice *out, const QString &podName, qint64 firstNumber, const QByteArrayList &lines)
{
    if (m_json && !m_follow) {
        if (m_jsonLines.isEmpty())
            m_jsonFirst = firstNumber;
        for (const QByteArray &line : lines)
            m_jsonLines.append(QString::fromUtf8(line));
        return;
    }
    QByteArray bytes;
    qint64 number = firstNumber;
    for (const QByteArray &line : lines) {
        if (m_json) {
            // One object a line while following: a program can read them as they come.
            bytes += QJsonDocument(QJsonObject{{QStringLiteral("pod"), podName},
                                               {QStringLiteral("line"), number},
                                               {QStringLiteral("text"), QString::fromUtf8(line)}})
                         .toJson(QJsonDocument::Compact);
        } else {
            bytes += line;
        }
        bytes += '\n';
        ++number;
    }
    write(out, bytes);
    out->waitForBytesWritten(-1);
    if (auto *file = qobject_cast<QFile *>(out))
        file->flush();
}

int LogCommands::logs()
{
    const QString error = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                         {QStringLiteral("follow"), false},
                                                         {QStringLiteral("tail"), true},
                                                         {QStringLiteral("all"), false},
                                                         {QStringLiteral("output"), true}});
    if (!error.isEmpty())
        return m_context.usageError(error, kCommand);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("logs takes one pod or task: its id or its name."), kCommand);
    m_follow = m_commandLine.isSet(QStringLiteral("follow"));
    m_all = m_commandLine.isSet(QStringLiteral("all"));
    m_json = m_context.out().json();
    if (m_commandLine.isSet(QStringLiteral("tail"))) {
        bool ok = false;
        m_tail = m_commandLine.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || m_tail < 0)
            return m_context.usageError(
                tr("--tail takes a number of lines (0 or more), not \"%1\".").arg(m_commandLine.value(QStringLiteral("tail"))),
                kCommand);
        if (m_all)
            return m_context.usageError(tr("--tail and --all cannot be used together."), kCommand);
    }

    int exitCode = ExitOk;
    Provider *p = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), QStringLiteral("unis"), kCommand,
                                             true, &exitCode);
    auto *provider = qobject_cast<unis::UnisProvider *>(p);
    if (!provider)
        return exitCode == ExitOk ? ExitFailed : exitCode;
    const std::optional<Target> target = resolve(provider, m_commandLine.positionals().constFirst(), &exitCode);
    if (!target)
        return exitCode;

    if (target->isTask && m_all) {
        if (m_follow)
            return m_context.usageError(tr("--follow needs one pod; --all downloads a whole task's logs once."), kCommand);
        return taskDownload(provider, *target);
    }
    if (target->pods.isEmpty()) {
        m_context.out().error(tr("The task “%1” has no pods yet: nothing has been logged.").arg(target->taskName));
        return ExitFailed;
    }
    if (target->pods.size() > 1 && m_follow) {
        QStringList names;
        for (const unis::Pod &pod : target->pods)
            names.append(pod.name);
        return m_context.usageError(tr("The task “%1” has %2 pods; --follow needs one of them: %3")
                                        .arg(target->taskName)
                                        .arg(target->pods.size())
                                        .arg(names.join(QStringLiteral(", "))),
                                    kCommand);
    }

    QFile out;
    const QString outputPath = m_commandLine.value(QStringLiteral("output"));
    if (!outputPath.isEmpty()) {
        out.setFileName(outputPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_context.out().error(tr("Cannot write %1: %2").arg(outputPath, out.errorString()));
            return ExitFailed;
        }
    } else if (!out.open(stdout, QIODevice::WriteOnly)) {
        return ExitFailed;
    }

    for (const unis::Pod &pod : target->pods) {
        const int code = podLog(provider, pod, target->taskId, &out, target->pods.size() > 1);
        if (code != ExitOk)
            return code;
    }
    if (m_json && !m_follow) {
        const QJsonValue value = target->pods.size() == 1 ? QJsonValue(m_jsonPods.at(0)) : QJsonValue(m_jsonPods);
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        write(&out, doc.toJson(QJsonDocument::Indented));
    }
    out.close();
    return m_writeFailed ? ExitFailed : ExitOk;
}

std::optional<LogCommands::Target> LogCommands::resolve(unis::UnisProvider *provider, const QString &name, int *exitCode)
{
    const Result<QList<Resource>> jobs = awaitResult<QList<Resource>>(
        [&](QObject *ctx, auto done) { provider->listResources({}, ctx, std::move(done)); });
    if (!jobs) {
        *exitCode = m_context.fail(jobs.error());
        return std::nullopt;
    }
    QList<Resource> named;
    for (const Resource &job : jobs.value()) {
        if (job.id == name || job.name == name)
            named.append(job);
    }
    if (named.size() > 1) {
        QStringList ids;
        for (const Resource &job : std::as_const(named))
            ids.append(job.id);
        *exitCode = m_context.usageError(tr("Several tasks are named “%1”; give one of their ids: %2")
                                             .arg(name, ids.join(QStringLiteral(", "))),
                                         kCommand);
        return std::nullopt;
    }
    auto podsOf = [&](const Resource &job) {
        return awaitResult<QList<unis::Pod>>([&](QObject *ctx, auto done) { provider->pods(job, ctx, std::move(done)); });
    };
    if (named.size() == 1) {
        const Result<QList<unis::Pod>> pods = podsOf(named.constFirst());
        if (!pods) {
            *exitCode = m_context.fail(pods.error());
            return std::nullopt;
        }
        return Target{named.constFirst().id, named.constFirst().name, pods.value(), true};
    }
    // Not a task: a pod of one, by its id or its name, among the jobs whose pods keep logs.
    for (const Resource &job : jobs.value()) {
        if (!Logs::hasPodLogs(job.kind))
            continue;
        const Result<QList<unis::Pod>> pods = podsOf(job);
        if (!pods)
            continue; // a job whose pods cannot be read cannot hold the one asked for
        for (const unis::Pod &pod : pods.value()) {
            if (pod.id == name || pod.name == name)
                return Target{job.id, job.name, {pod}, false};
        }
    }
    m_context.out().error(tr("No task or pod is called “%1” on this account (see 'suanli-cli list').").arg(name));
    *exitCode = ExitUsage;
    return std::nullopt;
}

int LogCommands::podLog(unis::UnisProvider *provider, const unis::Pod &pod, const QString &taskId, QIODevice *out, bool header)
{
    Logs logs(provider->client());
    m_jsonLines = QJsonArray();
    m_jsonFirst = 1;
    if (header && !m_json)
        write(out, "==> " + pod.name.toUtf8() + " <==\n");

    qint64 end = 0; // lines of the log printed or skipped so far: the next one is end + 1
    if (m_all) {
        for (;;) {
            const Result<PodLogPage> page = readPage(logs, pod, taskId, kAllPage, end + 1, false);
            if (!page)
                return m_context.fail(page.error());
            const qint64 skip = end - page.value().first; // lines already printed
            const QByteArrayList fresh = skip >= 0 ? page.value().lines.mid(skip) : page.value().lines;
            emitLines(out, pod.name, end + 1, fresh);
            end += fresh.size();
            if (page.value().lines.size() < kAllPage || fresh.isEmpty())
                break;
        }
    } else {
        // The tail: the first call reads backwards from the end, more pages while lines are missing.
        const Result<PodLogPage> first = readPage(logs, pod, taskId, std::clamp(m_tail, 1, kMaxPage), std::nullopt, true);
        if (!first)
            return m_context.fail(first.error());
        end = first.value().first + first.value().lines.size();
        QByteArrayList lines = m_tail > 0 ? first.value().lines : QByteArrayList();
        qint64 begin = m_tail > 0 ? first.value().first : end;
        while (lines.size() < m_tail && begin > 0) {
            const int want = int(std::min<qint64>(m_tail - lines.size(), kMaxPage));
            const Result<PodLogPage> above = readPage(logs, pod, taskId, want, begin, true);
            if (!above)
                return m_context.fail(above.error());
            if (above.value().first >= begin)
                break;
            lines = above.value().lines.mid(0, begin - above.value().first) + lines;
            begin = above.value().first;
        }
        if (lines.size() > m_tail)
            lines = lines.mid(lines.size() - m_tail);
        emitLines(out, pod.name, end - lines.size() + 1, lines);
    }
    if (m_json && !m_follow) {
        m_jsonPods.append(QJsonObject{{QStringLiteral("pod"), pod.name},
                                      {QStringLiteral("podId"), pod.id},
                                      {QStringLiteral("taskId"), taskId},
                                      {QStringLiteral("firstLine"), m_jsonLines.isEmpty() ? end + 1 : m_jsonFirst},
                                      {QStringLiteral("lines"), m_jsonLines}});
    }
    if (!m_follow || m_writeFailed)
        return m_writeFailed ? ExitFailed : ExitOk;

    // Follow until Ctrl+C: forward reads from the line after the last one printed.
    InterruptWatch watch;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    int result = ExitOk;
    bool inFlight = false;
    QObject context;
    std::function<void()> poll = [&] {
        inFlight = true;
        logs.page(PodLogEndpoint::Kernel, pod.id, kFollowPage, end + 1, false, taskId, &context,
                  [&](const Result<PodLogPage> &page) {
                      inFlight = false;
                      if (watch.interrupted())
                          return;
                      if (!page) {
                          // A moment without the platform does not end a follow; say so and go on.
                          m_context.out().note(tr("Reading new lines failed (trying again): %1")
                                                   .arg(page.error().toDisplayString()));
                          timer.start(kPollMs);
                          return;
                      }
                      const qint64 skip = end - page.value().first;
                      const QByteArrayList fresh = skip >= 0 ? page.value().lines.mid(skip) : page.value().lines;
                      emitLines(out, pod.name, end + 1, fresh);
                      end += fresh.size();
                      if (m_writeFailed) {
                          result = ExitFailed;
                          loop.quit();
                          return;
                      }
                      timer.start(page.value().lines.size() >= kFollowPage ? 0 : kPollMs);
                  });
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] { poll(); });
    QObject::connect(&watch, &InterruptWatch::interruptedNow, &loop, &QEventLoop::quit);
    timer.start(kPollMs);
    loop.exec();
    Q_UNUSED(inFlight)
    return result;
}

int LogCommands::taskDownload(unis::UnisProvider *provider, const Target &target)
{
    Logs logs(provider->client());
    const QString outputPath = m_commandLine.value(QStringLiteral("output"));
    QTemporaryDir scratch;
    const QString path = outputPath.isEmpty() ? scratch.filePath(QStringLiteral("task.log")) : outputPath;
    if (outputPath.isEmpty() && !scratch.isValid()) {
        m_context.out().error(tr("No temporary folder for the download: %1").arg(scratch.errorString()));
        return ExitFailed;
    }
    const Result<unis::DownloadedTaskLog> done = awaitResult<unis::DownloadedTaskLog>([&](QObject *ctx, auto cb) {
        logs.downloadTask(target.taskId, target.taskName, path, ctx, std::move(cb));
    });
    if (!done)
        return m_context.fail(done.error());
    if (!outputPath.isEmpty()) {
        m_context.out().note(done.value().zip
                                 ? tr("Saved the logs of “%1” to %2 (a zip archive, %3 bytes).").arg(target.taskName, path).arg(done.value().bytes)
                                 : tr("Saved the logs of “%1” to %2 (%3 bytes).").arg(target.taskName, path).arg(done.value().bytes));
        return ExitOk;
    }
    if (done.value().zip) {
        m_context.out().error(tr("The platform sent a zip archive; use --output FILE to keep it."));
        return ExitFailed;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_context.out().error(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return ExitFailed;
    }
    while (!file.atEnd())
        Output::writeStdout(file.read(1 << 20));
    return ExitOk;
}

} // namespace suanli::cli
