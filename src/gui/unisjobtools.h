#pragma once

#include "core/resource.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace suanli {
class AppSettings;
}

namespace suanli::transfer {
class TransferQueue;
}

namespace suanli::unis {
class UnisProvider;
struct Pod;
}

namespace suanli::gui {

class FileBrowserPage;
class MonitorView;
class UnisPanels;

// What a UNIS account offers beyond its jobs, plugged into UnisPanels' extension points:
//  - logs: a pod's log (the pods' "Log" button, or "Logs" on the selected job, which opens its
//    main pod's), and every pod's log of a job downloaded at once;
//  - charts: the Monitor window over the pods of the selected jobs (or of one pod), and, for
//    administrators, the cluster's totals and its nodes' RDMA traffic;
//  - the account's storage: the Files page, uploads going through the window's queue.
class UnisJobTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisJobTools)

public:
    UnisJobTools(UnisPanels *panels, AppSettings *settings);
    ~UnisJobTools() override;

    // Adds the Files page; once.
    void attachTransfers(transfer::TransferQueue *queue);

    QAction *jobLogsAction() const { return m_jobLogs; }
    QAction *downloadLogsAction() const { return m_downloadLogs; }
    QAction *monitorAction() const { return m_monitor; }
    QAction *clusterMonitorAction() const { return m_clusterMonitor; }
    QAction *podLogAction() const { return m_podLog; }
    QAction *podMonitorAction() const { return m_podMonitor; }
    FileBrowserPage *filesPage() const;
    // The Monitor window opened last (nullptr when it was closed).
    MonitorView *lastMonitor() const;

    void openJobLogs();
    void downloadJobLogs();
    void openMonitor();
    void openClusterMonitor();
    void openPodLog();
    void openPodMonitor();

private:
    void openLog(const Resource &job, const unis::Pod &pod);
    MonitorView *showMonitor(MonitorView *view, const QString &title);
    void updateAdminActions();
    void say(const QString &text);

    UnisPanels *m_panels;
    unis::UnisProvider *m_provider;
    AppSettings *m_settings;
    QAction *m_jobLogs;
    QAction *m_downloadLogs;
    QAction *m_monitor;
    QAction *m_clusterMonitor;
    QAction *m_podLog;
    QAction *m_podMonitor;
    QPointer<FileBrowserPage> m_files;
    QPointer<MonitorView> m_lastMonitor;
};

} // namespace suanli::gui
