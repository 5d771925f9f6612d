#pragma once

#include <QByteArrayList>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <optional>

class QIODevice;

namespace suanli {
struct Resource;
}

namespace suanli::unis {
class UnisProvider;
struct Pod;
}

namespace suanli::cli {

class CliContext;
class CommandLine;

// `logs POD|TASK`: the log of a job's pod on a UNIS platform (the last lines, the whole log, or
// followed until Ctrl+C), or a task's logs (every pod) through the batch download.
class LogCommands final
{
    Q_DECLARE_TR_FUNCTIONS(LogCommands)
public:
    LogCommands(CliContext &context, CommandLine &commandLine);

    int logs();

    // Lines a --tail without a number shows.
    static constexpr int kDefaultTail = 100;

private:
    struct Target
    {
        QString taskId;
        QString taskName;
        QList<unis::Pod> pods; // of the task; or the one pod named
        bool isTask = false;
    };

    std::optional<Target> resolve(unis::UnisProvider *provider, const QString &name, int *exitCode);
    int podLog(unis::UnisProvider *provider, const unis::Pod &pod, const QString &taskId, QIODevice *out, bool header);
    int taskDownload(unis::UnisProvider *provider, const Target &target);
    void emitLines(QIODevice *out, const QString &podName, qint64 firstNumber, const QByteArrayList &lines);
    bool write(QIODevice *out, const QByteArray &bytes);

    CliContext &m_context;
    CommandLine &m_commandLine;
    int m_tail = kDefaultTail;
    bool m_follow = false;
    bool m_all = false;
    bool m_json = false;
    bool m_writeFailed = false;
    QJsonArray m_jsonPods;    // --json without --follow: every pod's lines, printed at the end
    QJsonArray m_jsonLines;
    qint64 m_jsonFirst = 0;
};

} // namespace suanli::cli
