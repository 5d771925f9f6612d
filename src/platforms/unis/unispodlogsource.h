#pragma once

#include "unislogs.h"

#include "core/logs/logsource.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>

class QSaveFile;
class QTimer;

namespace suanli::unis {

class Client;

// A pod's log on a UNIS platform, for the log viewer and the command line: opens on the tail
// (the first call reads backwards from the end), pages back on request until the first line,
// follows new lines while the pod runs (forward reads from the line after the last one held,
// polled more slowly while nothing comes), and downloads the whole log to a file page by page
// with progress. Pages are placed by their position in the log, so a page that overlaps what
// is held (the two documents' "plus one" question) never shows a line twice, and a page that
// would leave a gap is refused rather than shown.
class PodLogSource final : public LogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodLogSource)

public:
    PodLogSource(Client *client, const QString &podId, const QString &podName, const QString &taskId = {},
                 PodLogEndpoint endpoint = PodLogEndpoint::Kernel, QObject *parent = nullptr);
    ~PodLogSource() override;

    QString title() const override;
    Features features() const override;
    void open() override;
    void fetchOlder() override;
    bool hasOlder() const override { return m_opened && m_begin > 0; }
    void setFollowing(bool on) override;
    bool isFollowing() const override { return m_following; }
    void download(const QString &path) override;
    void cancelDownload() override;
    QString suggestedFileName() const override;

    QString podId() const { return m_podId; }
    QString podName() const { return m_podName; }
    // Lines per call (default 1000, as the documents' examples ask).
    void setPageSize(int lines);
    // How often a followed log is asked for new lines, and the longest pause while none come.
    void setPollInterval(int ms, int maxMs);
    bool isOpen() const { return m_opened; }
    // The lines held, as 0-based positions in the log: [firstHeld, endHeld).
    qint64 firstHeld() const { return m_begin; }
    qint64 endHeld() const { return m_end; }

private:
    void poll();
    void schedulePoll(int ms);
    void downloadNext();
    void finishDownload(const QString &error);
    void updateBusy();

    Client *m_client;
    Logs *m_logs;
    QString m_podId;
    QString m_podName;
    QString m_taskId;
    PodLogEndpoint m_endpoint;
    int m_pageSize = 1000;
    int m_pollMs = 2000;
    int m_maxPollMs = 15000;
    int m_currentPollMs = 2000;
    QTimer *m_timer;
    bool m_opened = false;
    bool m_opening = false;
    bool m_olderBusy = false;
    bool m_pollBusy = false;
    bool m_following = false;
    qint64 m_begin = 0;
    qint64 m_end = 0;

    struct Download;
    std::unique_ptr<Download> m_download;
};

} // namespace suanli::unis
