#pragma once

#include "unisclient.h"

#include "core/resource.h"
#include "core/result.h"

#include <QByteArrayList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace suanli::unis {

// One page of a pod's log, placed in the log.
struct PodLogPage
{
    qint64 first = 0;       // lines above the first one returned (0: the top of the log)
    QByteArrayList lines;   // in file order, as sent (progress bars may hold carriage returns)
    qint64 next = 0;        // the answer's `offset`: the number of the line after the last one
    bool moreAbove = false; // the answer's `reverseRead`
};

// Which of the two paged pod-log endpoints: training, fine-tune and compute-task pods
// (/api/kernel/trainOperatorPod/viewPodLogs, the pod id from getPodList), or evaluation pods
// (/api/model/evaluation/pod/log, the id from evaluation/pod/list). Their documents disagree on
// the page above: the kernel's says to send back the answer's startReadLines, the
// evaluation's that value plus one; PodLogSource sends each what its document says and places
// lines by position, so either reading gives every line exactly once.
enum class PodLogEndpoint { Kernel, Evaluation };

// A task's logs as the batch download sent them.
struct DownloadedTaskLog
{
    QString path;           // where they were written
    qint64 bytes = 0;
    bool zip = false;       // the platform sent an archive, not text
    QString serverFileName; // from Content-Disposition, when it gave one
};

// The UNIS log endpoints over Client: a page of a pod's log and a task's batch download. Reads,
// so Safe (retried by HttpClient).
class Logs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Logs)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    explicit Logs(Client *client, QObject *parent = nullptr);
    ~Logs() override;

    // One page of `pageSize` lines: with `backwards` the lines that end at 1-based line
    // `startLine` (the tail when it is nullopt), else the lines that start there (the top when
    // nullopt). The request key is spelled `recerseRead`, as the platform spells it.
    void page(PodLogEndpoint endpoint, const QString &podId, int pageSize, std::optional<qint64> startLine, bool backwards,
              const QString &taskId, QObject *context, Completion<PodLogPage> done);
    // Every pod's log of a task, as one text (a "<podName>-log：" line heads each pod's section),
    // written to `path` (replaced only once all of it arrived).
    void downloadTask(const QString &taskId, const QString &taskName, const QString &path, QObject *context,
                      Completion<DownloadedTaskLog> done);

    // Whether jobs of a kind have pod logs on the kernel endpoint: training, fine-tune and compute
    // tasks do; dev environments keep none (their web IDE or SSH is the way in).
    static bool hasPodLogs(ResourceKind kind);

    static QByteArray requestBody(const QString &podId, int pageSize, std::optional<qint64> startLine, bool backwards,
                                  const QString &taskId);
    static Result<PodLogPage> parsePage(const Envelope &envelope);
    // The file name a Content-Disposition header gives (filename*= first, then filename=).
    static QString fileNameFrom(const QByteArray &contentDisposition);
    // The section header a batch download puts before each pod's lines ("<podName>-log：").
    static QString sectionHeader(const QString &podName);

private:
    Client *m_client;
};

} // namespace suanli::unis
