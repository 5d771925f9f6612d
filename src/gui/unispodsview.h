#pragma once

#include "core/provider.h"
#include "core/resource.h"
#include "platforms/unis/unistypes.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QToolButton;
class QTreeWidget;

namespace suanli {
class AppSettings;
}

namespace suanli::unis {
class UnisProvider;
}

namespace suanli::gui {

class HeaderStateKeeper;

// A UNIS job's pods (getPodList) and the Kubernetes events of the pod selected
// (viewPodEvents), for the detail pane. The pods are read again when another job is shown or
// the job's status changes (once the view is in sight: a hidden page sends nothing), and on
// demand. Actions per pod (the log viewer, monitoring) plug
// in with addPodAction().
class UnisPodsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisPodsView)

public:
    // Whether a pod action applies to this pod of this job, and if not, why (its tooltip).
    using PodCheck = std::function<Availability(const Resource &job, const unis::Pod &pod)>;

    enum PodColumn { Name, Type, Status, NodeIp, Started, RunTime, Reason, PodColumnCount };

    UnisPodsView(unis::UnisProvider *provider, AppSettings *settings, QWidget *parent = nullptr);
    ~UnisPodsView() override;

    void setJob(const std::optional<Resource> &job);
    std::optional<Resource> job() const { return m_job; }
    // Reads the pods (and the selected pod's events) again.
    void reload();

    QList<unis::Pod> pods() const { return m_pods; }
    std::optional<unis::Pod> currentPod() const;
    bool selectPod(const QString &podName);
    QList<unis::PodEvent> events() const { return m_events; }
    bool hasPods() const { return m_podsLoaded; }
    bool hasEvents() const { return m_eventsLoaded; }
    QTreeWidget *podList() const { return m_podList; }
    QTreeWidget *eventList() const { return m_eventList; }
    // The last error shown (pods or events), empty when none.
    QString errorText() const { return m_error; }

    // An action on the selected pod, as a button above the pods and in their context menu;
    // enabled by `check` whenever the job or the pod changes. Its triggered() is the caller's:
    // it reads job() and currentPod().
    void addPodAction(QAction *action, PodCheck check);

    static QString podStatusText(const unis::Pod &pod);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void podsLoaded();
    void eventsLoaded();
    // A pod was double-clicked (or Enter pressed on it).
    void podActivated(const suanli::Resource &job, const suanli::unis::Pod &pod);

private:
    void loadPods(bool keepSelection);
    void loadEvents();
    void fillPods(const QString &selectName);
    void updatePodActions();
    void showMessage(const QString &text, bool error);

    unis::UnisProvider *m_provider;
    QLabel *m_title;
    QWidget *m_buttons;
    QToolButton *m_refresh;
    QSplitter *m_splitter;
    QTreeWidget *m_podList;
    QLabel *m_eventsTitle;
    QTreeWidget *m_eventList;
    QLabel *m_message;
    HeaderStateKeeper *m_podHeader;
    HeaderStateKeeper *m_eventHeader;
    std::optional<Resource> m_job;
    QList<unis::Pod> m_pods;
    QList<unis::PodEvent> m_events;
    QList<QPair<QAction *, PodCheck>> m_podActions;
    QString m_error;
    int m_podGeneration = 0;
    int m_eventGeneration = 0;
    bool m_podsLoaded = false;
    bool m_stale = false;         // the job changed while the view was hidden
    bool m_staleSameJob = false;
    bool m_eventsLoaded = false;
};

} // namespace suanli::gui
