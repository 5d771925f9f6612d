#include "unisjobtools.h"

#include "accounttab.h"
#include "filebrowserpage.h"
#include "logviewerwindow.h"
#include "monitorview.h"
#include "unispanels.h"
#include "unispodsview.h"

#include "core/accountsession.h"
#include "platforms/unis/unislogs.h"
#include "platforms/unis/unisnodemetricsource.h"
#include "platforms/unis/unispodmetricsource.h"
#include "platforms/unis/unisprovider.h"

#include <QAction>
#include <QKeySequence>
#include <QStyle>

#include <memory>

namespace suanli::gui {

namespace {

using unis::Logs;

QString shownName(const Resource &r)
{
    return r.name.isEmpty() ? r.id : r.name;
}

// The pod whose log a job's "Logs" opens: the master of a distributed job, else the first.
const unis::Pod &mainPod(const QList<unis::Pod> &pods)
{
    for (const unis::Pod &pod : pods) {
        if (pod.type.compare(QLatin1String("master"), Qt::CaseInsensitive) == 0)
            return pod;
    }
    return pods.first();
}

} // namespace

UnisJobTools::UnisJobTools(UnisPanels *panels, AppSettings *settings)
    : QObject(panels)
    , m_panels(panels)
    , m_provider(panels->provider())
    , m_settings(settings)
    , m_jobLogs(new QAction(tr("&Logs"), this))
    , m_downloadLogs(new QAction(tr("&Download all logs…"), this))
    , m_monitor(new QAction(tr("&Monitor"), this))
    , m_clusterMonitor(new QAction(tr("&Cluster monitor"), this))
    , m_podLog(new QAction(tr("Log"), this))
    , m_podMonitor(new QAction(tr("Charts"), this))
{
    AccountTab *tab = m_panels->tab();
    QStyle *style = tab->style();
    m_jobLogs->setObjectName(QStringLiteral("action-job-logs"));
    m_jobLogs->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_jobLogs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_jobLogs->setToolTip(tr("Open the log of the selected job's main pod (%1)")
                              .arg(m_jobLogs->shortcut().toString(QKeySequence::NativeText)));
    m_downloadLogs->setObjectName(QStringLiteral("action-download-logs"));
    m_monitor->setObjectName(QStringLiteral("action-monitor"));
    m_monitor->setIcon(style->standardIcon(QStyle::SP_ComputerIcon));
    m_monitor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_monitor->setToolTip(tr("Charts of the selected jobs' pods: GPU, CPU, memory, network (%1)")
                              .arg(m_monitor->shortcut().toString(QKeySequence::NativeText)));
    m_clusterMonitor->setObjectName(QStringLiteral("action-cluster-monitor"));
    m_clusterMonitor->setToolTip(tr("The cluster's totals, and the RDMA traffic of the nodes the pods of the job shown run on"));
    m_podLog->setObjectName(QStringLiteral("action-pod-log"));
    m_podMonitor->setObjectName(QStringLiteral("action-pod-monitor"));

    connect(m_jobLogs, &QAction::triggered, this, &UnisJobTools::openJobLogs);
    connect(m_downloadLogs, &QAction::triggered, this, &UnisJobTools::downloadJobLogs);
    connect(m_monitor, &QAction::triggered, this, &UnisJobTools::openMonitor);
    connect(m_clusterMonitor, &QAction::triggered, this, &UnisJobTools::openClusterMonitor);
    connect(m_podLog, &QAction::triggered, this, &UnisJobTools::openPodLog);
    connect(m_podMonitor, &QAction::triggered, this, &UnisJobTools::openPodMonitor);

    const auto oneJobWithLogs = [](const QList<Resource> &selected) {
        if (selected.size() != 1)
            return Availability::no(selected.isEmpty() ? tr("Select a job first.") : tr("Select one job."));
        if (!Logs::hasPodLogs(selected.first().kind))
            return Availability::no(tr("The platform keeps no log of dev environments; open the web IDE or connect by SSH."));
        return Availability::yes();
    };
    m_panels->addJobAction(m_jobLogs, oneJobWithLogs);
    m_panels->addJobAction(m_downloadLogs, oneJobWithLogs, false);
    m_panels->addJobAction(m_monitor, [](const QList<Resource> &selected) {
        return selected.isEmpty() ? Availability::no(tr("Select one or more jobs first.")) : Availability::yes();
    });
    m_panels->addJobAction(m_clusterMonitor, [](const QList<Resource> &) { return Availability::yes(); }, false);

    m_panels->podsView()->addPodAction(m_podLog, [](const Resource &job, const unis::Pod &) {
        return Logs::hasPodLogs(job.kind) ? Availability::yes()
                                    : Availability::no(tr("The platform keeps no log of dev environments."));
    });
    m_panels->podsView()->addPodAction(m_podMonitor, [](const Resource &, const unis::Pod &pod) {
        return pod.name.isEmpty() ? Availability::no(tr("The platform gave this pod no name to ask its metrics by."))
                                  : Availability::yes();
    });
    // Double-clicking a pod opens its log where there is one.
    connect(m_panels->podsView(), &UnisPodsView::podActivated, this, [this](const Resource &job, const unis::Pod &pod) {
        if (Logs::hasPodLogs(job.kind))
            openLog(job, pod);
    });

    connect(m_provider, &unis::UnisProvider::userChanged, this, &UnisJobTools::updateAdminActions);
    updateAdminActions();
}

UnisJobTools::~UnisJobTools() = default;

FileBrowserPage *UnisJobTools::filesPage() const
{
    return m_files.data();
}

MonitorView *UnisJobTools::lastMonitor() const
{
    return m_lastMonitor.data();
}

void UnisJobTools::attachTransfers(transfer::TransferQueue *queue)
{
    if (m_files || !queue)
        return;
    AccountTab *tab = m_panels->tab();
    m_files = new FileBrowserPage(m_provider->client(), tab->session()->account().id, queue, tab);
    m_panels->addAccountPage(m_files, tr("Files"));
}

void UnisJobTools::updateAdminActions()
{
    // Administrators only: the cluster's totals are not a normal user's to read.
    m_clusterMonitor->setVisible(m_provider->isAdmin());
}

void UnisJobTools::say(const QString &text)
{
    Q_EMIT m_panels->tab()->statusMessage(text);
}

void UnisJobTools::openLog(const Resource &job, const unis::Pod &pod)
{
    const QString taskId = pod.taskId.isEmpty() ? job.id : pod.taskId;
    const QString title = pod.name.isEmpty() ? shownName(job) : pod.name;
    LogViewerWindow::showPodLog(m_provider->client(), pod.id, title, taskId, m_settings, m_panels->tab());
}

void UnisJobTools::openJobLogs()
{
    const QList<Resource> selected = m_panels->tab()->instancesPage()->selectedResources();
    if (selected.size() != 1 || !Logs::hasPodLogs(selected.first().kind))
        return;
    const Resource job = selected.first();
    say(tr("Looking for the pods of “%1”…").arg(shownName(job)));
    m_provider->pods(job, this, [this, job](const Result<QList<unis::Pod>> &r) {
        if (!r.ok()) {
            say(tr("The pods of “%1” could not be read: %2").arg(shownName(job), r.error().toDisplayString()));
            return;
        }
        const QList<unis::Pod> &pods = r.value();
        if (pods.isEmpty()) {
            say(tr("“%1” has no pod yet, so no log: it starts writing one once it is scheduled.").arg(shownName(job)));
            return;
        }
        const unis::Pod &pod = mainPod(pods);
        openLog(job, pod);
        if (pods.size() > 1)
            say(tr("Showing the log of %1; the other pods' logs are under “Pods and events”, or download them all.")
                    .arg(pod.name));
    });
}

void UnisJobTools::downloadJobLogs()
{
    const QList<Resource> selected = m_panels->tab()->instancesPage()->selectedResources();
    if (selected.size() != 1 || !Logs::hasPodLogs(selected.first().kind))
        return;
    const Resource &job = selected.first();
    LogViewerWindow::downloadTaskLogs(m_provider->client(), job.id, shownName(job), {}, m_settings, m_panels->tab());
}

MonitorView *UnisJobTools::showMonitor(MonitorView *view, const QString &title)
{
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(title);
    view->resize(1100, 760);
    view->show();
    m_lastMonitor = view;
    return view;
}

void UnisJobTools::openMonitor()
{
    const QList<Resource> jobs = m_panels->tab()->instancesPage()->selectedResources();
    if (jobs.isEmpty())
        return;
    // Every selected job's pods, then one window over all of them.
    struct Gathered
    {
        int waiting = 0;
        QStringList pods;
        QStringList errors;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->waiting = int(jobs.size());
    QStringList names;
    for (const Resource &job : jobs)
        names.append(shownName(job));
    say(tr("Looking for the pods of %1…").arg(names.join(QStringLiteral(", "))));
    for (const Resource &job : jobs) {
        m_provider->pods(job, this, [this, gathered, job, names](const Result<QList<unis::Pod>> &r) {
            if (r.ok()) {
                for (const unis::Pod &pod : r.value()) {
                    if (!pod.name.isEmpty() && !gathered->pods.contains(pod.name))
                        gathered->pods.append(pod.name);
                }
            } else {
                gathered->errors.append(QStringLiteral("%1: %2").arg(shownName(job), r.error().toDisplayString()));
            }
            if (--gathered->waiting > 0)
                return;
            if (gathered->pods.isEmpty()) {
                say(gathered->errors.isEmpty() ? tr("%1: no pod runs yet, so there is nothing to chart.").arg(names.join(QStringLiteral(", ")))
                                               : tr("The pods could not be read: %1").arg(gathered->errors.join(QStringLiteral("; "))));
                return;
            }
            auto *view = new MonitorView(new unis::PodMetricSource(m_provider->client()), gathered->pods, m_panels->tab());
            showMonitor(view, tr("%1 — Monitor").arg(names.join(QStringLiteral(", "))));
            if (!gathered->errors.isEmpty())
                say(tr("Some pods could not be read: %1").arg(gathered->errors.join(QStringLiteral("; "))));
        });
    }
}

void UnisJobTools::openClusterMonitor()
{
    if (!m_provider->isAdmin())
        return;
    // The cluster, and the nodes the pods of the job in the detail pane run on (their RDMA traffic).
    QStringList subjects{unis::NodeMetricSource::clusterSubject()};
    for (const unis::Pod &p : m_panels->podsView()->pods()) {
        if (!p.ip.isEmpty() && !subjects.contains(p.ip))
            subjects.append(p.ip);
    }
    auto *view = new MonitorView(new unis::NodeMetricSource(m_provider->client()), subjects, m_panels->tab());
    showMonitor(view, tr("%1 — Cluster monitor").arg(m_panels->tab()->session()->account().displayName));
}

void UnisJobTools::openPodLog()
{
    const auto job = m_panels->podsView()->job();
    const auto pod = m_panels->podsView()->currentPod();
    if (job && pod && Logs::hasPodLogs(job->kind))
        openLog(*job, *pod);
}

void UnisJobTools::openPodMonitor()
{
    const auto job = m_panels->podsView()->job();
    const auto pod = m_panels->podsView()->currentPod();
    if (!job || !pod || pod->name.isEmpty())
        return;
    auto *view = new MonitorView(new unis::PodMetricSource(m_provider->client()), {pod->name}, m_panels->tab());
    showMonitor(view, tr("%1 — Monitor").arg(pod->name));
}

} // namespace suanli::gui
