#include "unispodsview.h"

#include "headerstatekeeper.h"
#include "resourcetablemodel.h"

#include "platforms/unis/unismapping.h"
#include "platforms/unis/unisprovider.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

constexpr int kPodIndexRole = Qt::UserRole + 1;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// Copies the selected rows of a list as tab-separated text.
void copyRows(QTreeWidget *list)
{
    QStringList lines;
    const auto items = list->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        QStringList cells;
        for (int c = 0; c < list->columnCount(); ++c)
            cells.append(item->text(c));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void addCopyAction(QTreeWidget *list)
{
    auto *copy = new QAction(UnisPodsView::tr("&Copy"), list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, list, [list] { copyRows(list); });
    list->addAction(copy);
}

} // namespace

UnisPodsView::UnisPodsView(unis::UnisProvider *provider, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_title(new QLabel(this))
    , m_buttons(new QWidget(this))
    , m_refresh(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_podList(new QTreeWidget(m_splitter))
    , m_eventsTitle(new QLabel)
    , m_eventList(new QTreeWidget)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("unisPodsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_buttons);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);

    m_title->setObjectName(QStringLiteral("podsTitle"));
    m_message->setObjectName(QStringLiteral("podsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *reload = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reload pods and events"), this);
    reload->setObjectName(QStringLiteral("action-reload-pods"));
    connect(reload, &QAction::triggered, this, &UnisPodsView::reload);
    m_refresh->setDefaultAction(reload);
    m_refresh->setAutoRaise(true);

    m_podList->setObjectName(QStringLiteral("podList"));
    m_podList->setColumnCount(PodColumnCount);
    m_podList->setHeaderLabels({tr("Pod"), tr("Role"), tr("Status"), tr("Node IP"), tr("Started"), tr("Run time"), tr("Reason")});
    m_podList->setRootIsDecorated(false);
    m_podList->setUniformRowHeights(true);
    m_podList->setAlternatingRowColors(true);
    m_podList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_podList->header()->setSectionsMovable(true);
    m_podList->header()->setStretchLastSection(true);
    const QFontMetrics fm = m_podList->fontMetrics();
    m_podList->setColumnWidth(Name, fm.horizontalAdvance(QLatin1Char('M')) * 18);
    m_podList->setColumnWidth(Type, fm.horizontalAdvance(QLatin1Char('M')) * 5);
    m_podList->setColumnWidth(Status, fm.horizontalAdvance(QLatin1Char('M')) * 6);
    m_podList->setColumnWidth(NodeIp, fm.horizontalAdvance(QStringLiteral("000.000.000.000")) + 12);
    m_podList->setColumnWidth(Started, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 12);
    m_podList->setColumnWidth(RunTime, fm.horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    m_podList->setContextMenuPolicy(Qt::CustomContextMenu);
    addCopyAction(m_podList);
    connect(m_podList, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_podList->itemAt(pos))
            return;
        QMenu menu(this);
        for (const auto &entry : std::as_const(m_podActions))
            menu.addAction(entry.first);
        if (!m_podActions.isEmpty())
            menu.addSeparator();
        menu.addActions(m_podList->actions());
        menu.exec(m_podList->viewport()->mapToGlobal(pos));
    });
    connect(m_podList, &QTreeWidget::currentItemChanged, this, [this] {
        updatePodActions();
        loadEvents();
    });
    connect(m_podList, &QTreeWidget::itemActivated, this, [this] {
        if (const auto pod = currentPod(); pod && m_job)
            Q_EMIT podActivated(*m_job, *pod);
    });

    auto *eventsBox = new QWidget(m_splitter);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    m_eventsTitle->setParent(eventsBox);
    m_eventsTitle->setObjectName(QStringLiteral("eventsTitle"));
    m_eventList->setParent(eventsBox);
    eventsLayout->addWidget(m_eventsTitle);
    eventsLayout->addWidget(m_eventList, 1);
    m_eventList->setObjectName(QStringLiteral("podEventList"));
    m_eventList->setColumnCount(2);
    m_eventList->setHeaderLabels({tr("Time"), tr("Event")});
    m_eventList->setRootIsDecorated(false);
    m_eventList->setAlternatingRowColors(true);
    m_eventList->setWordWrap(true);
    m_eventList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventList->header()->setStretchLastSection(true);
    m_eventList->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    m_eventList->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyAction(m_eventList);

    m_splitter->addWidget(m_podList);
    m_splitter->addWidget(eventsBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_podHeader = new HeaderStateKeeper(m_podList->header(), settings, QStringLiteral("unis.pods"), this);
    m_podHeader->restore();
    m_eventHeader = new HeaderStateKeeper(m_eventList->header(), settings, QStringLiteral("unis.podEvents"), this);
    m_eventHeader->restore();

    setJob(std::nullopt);
}

UnisPodsView::~UnisPodsView()
{
    m_podHeader->flush();
    m_eventHeader->flush();
}

QString UnisPodsView::podStatusText(const unis::Pod &pod)
{
    return ResourceNames::statusLabel(unis::Mapping::podStatus(pod.status));
}

void UnisPodsView::setJob(const std::optional<Resource> &job)
{
    const bool sameJob = job && m_job && job->accountId == m_job->accountId && job->id == m_job->id;
    const bool statusMoved = sameJob && (job->status != m_job->status || job->statusText != m_job->statusText);
    m_job = job;
    if (sameJob && !statusMoved)
        return;
    if (!job) {
        ++m_podGeneration;
        ++m_eventGeneration;
        m_pods.clear();
        m_events.clear();
        m_podList->clear();
        m_eventList->clear();
        m_podsLoaded = m_eventsLoaded = false;
        m_title->setText(tr("Select a job to see its pods and their events."));
        m_title->setEnabled(false);
        m_eventsTitle->clear();
        m_message->hide();
        m_refresh->setEnabled(false);
        updatePodActions();
        return;
    }
    m_refresh->setEnabled(true);
    if (isVisible()) {
        loadPods(sameJob);
        return;
    }
    m_staleSameJob = m_stale ? (m_staleSameJob && sameJob) : sameJob;
    m_stale = true;
    if (!sameJob) {
        // Nothing of the previous job stays on show, even out of sight.
        ++m_podGeneration;
        ++m_eventGeneration;
        m_pods.clear();
        m_events.clear();
        m_podList->clear();
        m_eventList->clear();
        m_podsLoaded = m_eventsLoaded = false;
        m_eventsTitle->clear();
    }
}

void UnisPodsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_job) {
        m_stale = false;
        loadPods(m_staleSameJob);
    }
}

void UnisPodsView::reload()
{
    if (m_job) {
        m_stale = false;
        loadPods(true);
    }
}

void UnisPodsView::showMessage(const QString &text, bool error)
{
    m_error = error ? text : QString();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void UnisPodsView::loadPods(bool keepSelection)
{
    m_stale = false;
    const QString keep = keepSelection && currentPod() ? currentPod()->name : QString();
    const int generation = ++m_podGeneration;
    if (!keepSelection) {
        ++m_eventGeneration;
        m_pods.clear();
        m_events.clear();
        m_podList->clear();
        m_eventList->clear();
        m_podsLoaded = m_eventsLoaded = false;
        m_eventsTitle->clear();
    }
    m_title->setEnabled(false);
    m_title->setText(tr("Reading the pods of “%1”…").arg(m_job->name.isEmpty() ? m_job->id : m_job->name));
    m_provider->pods(*m_job, this, [this, generation, keep](const Result<QList<unis::Pod>> &r) {
        if (generation != m_podGeneration)
            return; // another job, or a newer read
        m_podsLoaded = true;
        if (!r.ok()) {
            m_pods.clear();
            m_podList->clear();
            m_title->setText(tr("No pods"));
            showMessage(tr("The pods could not be read: %1").arg(r.error().toDisplayString()), true);
            updatePodActions();
            Q_EMIT podsLoaded();
            return;
        }
        showMessage({}, false);
        m_pods = r.value();
        fillPods(keep);
        Q_EMIT podsLoaded();
    });
}

void UnisPodsView::fillPods(const QString &selectName)
{
    m_title->setEnabled(true);
    m_title->setText(m_pods.isEmpty() ? tr("No pods yet: the job has not been placed on a node.")
                                      : tr("%n pod(s)", nullptr, int(m_pods.size())));
    m_title->setEnabled(!m_pods.isEmpty());
    const QSignalBlocker block(m_podList); // one events read after the fill, not one per row
    m_podList->clear();
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < m_pods.size(); ++i) {
        const unis::Pod &p = m_pods.at(i);
        auto *item = new QTreeWidgetItem(m_podList);
        item->setData(Name, kPodIndexRole, i);
        item->setText(Name, p.name.isEmpty() ? p.id : p.name);
        item->setToolTip(Name, tr("Pod %1\nUID %2\nRecord id %3").arg(p.name, p.podUid, p.id));
        item->setText(Type, p.type);
        item->setText(Status, podStatusText(p));
        item->setToolTip(Status, tr("The platform's status code: %1").arg(p.status));
        item->setText(NodeIp, p.ip);
        item->setText(Started, timeText(p.startedAt));
        QString runTime = p.runTime;
        if (runTime.isEmpty() && p.startedAt.isValid()) {
            const QDateTime end = p.finishedAt.isValid() ? p.finishedAt : (p.serverNow.isValid() ? p.serverNow : QDateTime::currentDateTimeUtc());
            runTime = ResourceTableModel::durationDisplay(p.startedAt.secsTo(end));
        }
        item->setText(RunTime, runTime);
        item->setToolTip(RunTime, p.finishedAt.isValid() ? tr("Ended %1").arg(timeText(p.finishedAt)) : QString());
        item->setTextAlignment(RunTime, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Reason, p.reason);
        item->setToolTip(Reason, p.reason);
        if (!selectName.isEmpty() && p.name == selectName)
            select = item;
    }
    if (!select && m_podList->topLevelItemCount() > 0)
        select = m_podList->topLevelItem(0); // the events of the first pod, rather than an empty half
    if (select)
        m_podList->setCurrentItem(select);
    updatePodActions();
    loadEvents();
}

std::optional<unis::Pod> UnisPodsView::currentPod() const
{
    const QTreeWidgetItem *item = m_podList->currentItem();
    if (!item)
        return std::nullopt;
    const int i = item->data(Name, kPodIndexRole).toInt();
    if (i < 0 || i >= m_pods.size())
        return std::nullopt;
    return m_pods.at(i);
}

bool UnisPodsView::selectPod(const QString &podName)
{
    for (int i = 0; i < m_podList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_podList->topLevelItem(i);
        const int index = item->data(Name, kPodIndexRole).toInt();
        if (index >= 0 && index < m_pods.size() && m_pods.at(index).name == podName) {
            m_podList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void UnisPodsView::loadEvents()
{
    const std::optional<unis::Pod> pod = currentPod();
    const int generation = ++m_eventGeneration;
    if (!pod) {
        m_events.clear();
        m_eventList->clear();
        m_eventsTitle->clear();
        m_eventsLoaded = false;
        return;
    }
    m_eventsLoaded = false;
    m_eventsTitle->setText(tr("Reading the events of %1…").arg(pod->name));
    m_eventsTitle->setEnabled(false);
    m_provider->events(*pod, this, [this, generation, name = pod->name](const Result<QList<unis::PodEvent>> &r) {
        if (generation != m_eventGeneration)
            return;
        m_eventsLoaded = true;
        m_eventList->clear();
        if (!r.ok()) {
            m_events.clear();
            m_eventsTitle->setText(tr("Events of %1").arg(name));
            showMessage(tr("The events of %1 could not be read: %2").arg(name, r.error().toDisplayString()), true);
            Q_EMIT eventsLoaded();
            return;
        }
        if (!m_error.isEmpty())
            showMessage({}, false);
        m_events = r.value();
        // Oldest first, as Kubernetes tells the story.
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const unis::PodEvent &a, const unis::PodEvent &b) { return a.time < b.time; });
        for (const unis::PodEvent &e : std::as_const(m_events)) {
            auto *item = new QTreeWidgetItem(m_eventList);
            item->setText(0, timeText(e.time));
            item->setText(1, e.message);
            item->setToolTip(1, e.message);
        }
        m_eventsTitle->setEnabled(true);
        m_eventsTitle->setText(m_events.isEmpty() ? tr("No events for %1").arg(name)
                                                  : tr("%n event(s) of %1", nullptr, int(m_events.size())).arg(name));
        Q_EMIT eventsLoaded();
    });
}

void UnisPodsView::addPodAction(QAction *action, PodCheck check)
{
    m_podActions.append({action, std::move(check)});
    auto *button = new QToolButton(m_buttons);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_buttons->layout()->addWidget(button);
    updatePodActions();
}

void UnisPodsView::updatePodActions()
{
    const std::optional<unis::Pod> pod = currentPod();
    for (const auto &[action, check] : std::as_const(m_podActions)) {
        if (!m_job || !pod) {
            action->setEnabled(false);
            action->setToolTip(tr("Select a pod first."));
            continue;
        }
        const Availability av = check(*m_job, *pod);
        action->setEnabled(av.available);
        action->setToolTip(av.available ? QString() : av.reason);
    }
}

} // namespace suanli::gui
