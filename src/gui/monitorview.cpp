#include "monitorview.h"

#include "metricchartview.h"
#include "monitorrangedialog.h"
#include "statustones.h"

#include "core/metriccsv.h"
#include "core/metricunit.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace suanli::gui {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

// Pods of one job share a long prefix ("llm-sbbjmvebtest6t-worker-0", "...-worker-1"): legends
// show what tells them apart.
QHash<QString, QString> shortLabels(const QStringList &subjects)
{
    QHash<QString, QString> out;
    if (subjects.size() < 2)
        return out;
    QString prefix = subjects.first();
    for (const QString &s : subjects) {
        qsizetype n = 0;
        while (n < prefix.size() && n < s.size() && prefix[n] == s[n])
            ++n;
        prefix.truncate(n);
    }
    // Cut at a separator; when what is left is too short to read ("0"), keep the word before
    // it too ("worker-0").
    qsizetype cut = std::max(prefix.lastIndexOf(u'-'), prefix.lastIndexOf(u'_')) + 1;
    const bool tooShort = std::any_of(subjects.cbegin(), subjects.cend(), [cut](const QString &s) { return s.size() - cut < 3; });
    if (tooShort && cut >= 2)
        cut = std::max(prefix.lastIndexOf(u'-', cut - 2), prefix.lastIndexOf(u'_', cut - 2)) + 1;
    for (const QString &s : subjects) {
        const QString rest = s.mid(cut);
        out.insert(s, rest.isEmpty() ? s : rest);
    }
    return out;
}

// Cards in their order: "3" and "mlx5_3" by their last number, names without one after them.
int instanceOrder(const QString &instance)
{
    qsizetype start = instance.size();
    while (start > 0 && instance.at(start - 1).isDigit())
        --start;
    bool number = false;
    const int n = instance.mid(start).toInt(&number);
    return number ? n : 1000;
}

QString clockText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("HH:mm:ss"));
}

} // namespace

MonitorView::MonitorView(MetricSource *source, const QStringList &subjects, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_store(std::max<int>(20000, int(2 * kDayMs / std::max<qint64>(1000, source ? source->stepMs() : 15000)) + 1000))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("monitorView"));
    if (m_source && !m_source->parent())
        m_source->setParent(this);
    m_idle = std::make_unique<IdleGpuDetector>([this] { return now(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    buildToolBar();
    m_gaugeBar = new QWidget(this);
    m_gaugeBar->setObjectName(QStringLiteral("gauges"));
    new QHBoxLayout(m_gaugeBar);
    m_gaugeBar->layout()->setContentsMargins(0, 0, 0, 0);
    m_gaugeBar->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("metricGroups"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { scheduleRedraw(); });
    m_alerts = new QLabel(this);
    m_alerts->setObjectName(QStringLiteral("monitorAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_gaugeBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_alerts);
    layout->addWidget(m_status);

    m_timer->setInterval(m_pollMs);
    connect(m_timer, &QTimer::timeout, this, &MonitorView::refreshNow);

    setSubjects(subjects);
}

MonitorView::~MonitorView() = default;

void MonitorView::buildToolBar()
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);

    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->addItem(tr("Last 5 minutes"), int(Range::Minutes5));
    m_rangeCombo->addItem(tr("Last 15 minutes"), int(Range::Minutes15));
    m_rangeCombo->addItem(tr("Last hour"), int(Range::Hour1));
    m_rangeCombo->addItem(tr("Last 6 hours"), int(Range::Hours6));
    m_rangeCombo->addItem(tr("Last 24 hours"), int(Range::Hours24));
    m_rangeCombo->addItem(tr("Custom…"), int(Range::Custom));
    m_rangeCombo->setCurrentIndex(2);
    connect(m_rangeCombo, &QComboBox::activated, this, [this](int index) {
        const auto chosen = Range(m_rangeCombo->itemData(index).toInt());
        if (chosen == Range::Custom)
            chooseCustomRange();
        else
            setRange(chosen);
    });

    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_pauseButton, &QToolButton::clicked, this, [this] { setLive(!m_live); });

    auto *every = new QLabel(tr("Every"), this);
    m_intervalSpin = new QSpinBox(this);
    m_intervalSpin->setObjectName(QStringLiteral("intervalSpin"));
    m_intervalSpin->setRange(1, 300);
    m_intervalSpin->setValue(m_pollMs / 1000);
    m_intervalSpin->setSuffix(tr(" s"));
    m_intervalSpin->setToolTip(tr("How often live charts ask for new samples"));
    every->setBuddy(m_intervalSpin);
    connect(m_intervalSpin, &QSpinBox::valueChanged, this, [this](int seconds) { setPollIntervalMs(seconds * 1000); });

    m_layoutLabel = new QLabel(tr("Pods:"), this);
    m_layoutCombo = new QComboBox(this);
    m_layoutCombo->setObjectName(QStringLiteral("layoutCombo"));
    m_layoutCombo->addItem(tr("Overlaid"), int(Layout::Overlay));
    m_layoutCombo->addItem(tr("A chart each"), int(Layout::PodByPod));
    m_layoutLabel->setBuddy(m_layoutCombo);
    connect(m_layoutCombo, &QComboBox::activated, this,
            [this](int index) { setLayoutMode(Layout(m_layoutCombo->itemData(index).toInt())); });

    m_resetZoomButton = new QToolButton(this);
    m_resetZoomButton->setObjectName(QStringLiteral("resetZoomButton"));
    m_resetZoomButton->setText(tr("Reset zoom"));
    m_resetZoomButton->setToolTip(tr("Drag across a chart to zoom in; right-click a chart for more"));
    connect(m_resetZoomButton, &QToolButton::clicked, this, &MonitorView::resetZoom);

    m_idleLabel = new QLabel(tr("Idle GPU after"), this);
    auto *idleLabel = m_idleLabel;
    m_idleSpin = new QSpinBox(this);
    m_idleSpin->setObjectName(QStringLiteral("idleSpin"));
    m_idleSpin->setRange(1, 24 * 60);
    m_idleSpin->setValue(int(m_idle->minimumIdleMs() / kMinuteMs));
    m_idleSpin->setSuffix(tr(" min"));
    m_idleSpin->setToolTip(tr("A GPU under %1 % utilization for this long is marked idle")
                               .arg(IdleGpuDetector::kDefaultThresholdPercent));
    idleLabel->setBuddy(m_idleSpin);
    connect(m_idleSpin, &QSpinBox::valueChanged, this, [this](int minutes) { setIdleMinutes(minutes); });

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("Visible data as CSV…"), this, &MonitorView::exportCsvInteractive);
    menu->addAction(tr("Charts as PNG…"), this, &MonitorView::exportPngInteractive);
    m_exportButton->setMenu(menu);

    bar->addWidget(m_rangeCombo);
    bar->addWidget(m_pauseButton);
    bar->addWidget(every);
    bar->addWidget(m_intervalSpin);
    bar->addSpacing(8);
    bar->addWidget(m_layoutLabel);
    bar->addWidget(m_layoutCombo);
    bar->addWidget(m_resetZoomButton);
    bar->addSpacing(8);
    bar->addWidget(idleLabel);
    bar->addWidget(m_idleSpin);
    bar->addStretch(1);
    bar->addWidget(m_exportButton);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void MonitorView::setSubjects(const QStringList &subjects)
{
    for (const QString &gone : m_subjects) {
        if (!subjects.contains(gone)) {
            m_store.removeSubject(gone);
            m_errors.remove(gone);
            m_reported.remove(gone);
            m_gauges.remove(gone);
        }
    }
    m_subjects = subjects;
    m_shortLabels = shortLabels(subjects);
    rebuildCharts();
    updateControls();
    refreshNow();
}

void MonitorView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    scheduleRedraw();
}

qint64 MonitorView::rangeMs(Range range)
{
    switch (range) {
    case Range::Minutes5: return 5 * kMinuteMs;
    case Range::Minutes15: return 15 * kMinuteMs;
    case Range::Hour1: return 60 * kMinuteMs;
    case Range::Hours6: return 6 * 60 * kMinuteMs;
    case Range::Hours24: return kDayMs;
    case Range::Custom: return 0;
    }
    return 60 * kMinuteMs;
}

void MonitorView::setRange(Range range)
{
    if (range == Range::Custom && m_customToMs <= m_customFromMs)
        return;
    m_range = range;
    m_zoom.reset();
    if (range == Range::Custom)
        m_frozenToMs.reset();
    updateControls();
    scheduleRedraw();
    refreshNow();
}

void MonitorView::setCustomRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_customFromMs = fromMs;
    m_customToMs = toMs;
    setRange(Range::Custom);
}

void MonitorView::chooseCustomRange()
{
    const Window w = window();
    MonitorRangeDialog dialog(m_range == Range::Custom ? m_customFromMs : w.fromMs,
                              m_range == Range::Custom ? m_customToMs : w.toMs, now(), this);
    if (dialog.exec() == QDialog::Accepted)
        setCustomRange(dialog.fromMs(), dialog.toMs());
    updateControls();
}

void MonitorView::setLive(bool live)
{
    m_live = live;
    if (live)
        m_frozenToMs.reset();
    else if (!m_frozenToMs)
        m_frozenToMs = now();
    updateControls();
    if (live)
        refreshNow();
    else
        scheduleRedraw();
}

void MonitorView::setPollIntervalMs(int ms)
{
    m_pollMs = std::clamp(ms, 1000, 300 * 1000);
    m_timer->setInterval(m_pollMs);
    updateControls();
    updateStatus();
}

void MonitorView::setLayoutMode(Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    rebuildCharts();
    updateControls();
}

int MonitorView::idleMinutes() const
{
    return int(m_idle->minimumIdleMs() / kMinuteMs);
}

void MonitorView::setIdleMinutes(int minutes)
{
    m_idle->setMinimumIdleMs(qint64(std::max(1, minutes)) * kMinuteMs);
    updateControls();
    for (MetricChartView *c : std::as_const(m_charts))
        m_dirty.insert(c);
    scheduleRedraw();
}

MonitorView::Window MonitorView::window() const
{
    if (m_range == Range::Custom)
        return {m_customFromMs, m_customToMs};
    const qint64 to = m_frozenToMs.value_or(now());
    return {to - rangeMs(m_range), to};
}

qint64 MonitorView::visibleFromMs() const
{
    return m_zoom ? m_zoom->fromMs : window().fromMs;
}

qint64 MonitorView::visibleToMs() const
{
    return m_zoom ? m_zoom->toMs : window().toMs;
}

void MonitorView::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < 1000)
        return;
    m_zoom = Window{fromMs, toMs};
    for (MetricChartView *c : std::as_const(m_charts))
        m_dirty.insert(c);
    updateControls();
    scheduleRedraw();
}

void MonitorView::resetZoom()
{
    if (!m_zoom)
        return;
    m_zoom.reset();
    for (MetricChartView *c : std::as_const(m_charts))
        m_dirty.insert(c);
    updateControls();
    scheduleRedraw();
}

QString MonitorView::subjectLabel(const QString &subject) const
{
    const QString own = m_source ? m_source->subjectLabel(subject) : subject;
    if (own != subject)
        return own;
    return m_shortLabels.value(subject, subject);
}

// ---- charts ---------------------------------------------------------------------------------

void MonitorView::rebuildCharts()
{
    // Keep the warning lines and hidden series the user chose across a rebuild.
    QHash<QString, std::optional<double>> warnings;
    for (MetricChartView *c : std::as_const(m_charts))
        warnings.insert(c->metric().key, c->warningLevel());
    const QString currentTab = m_tabs->count() > 0 ? m_tabs->tabText(m_tabs->currentIndex()) : QString();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_charts.clear();
    m_chartSubjects.clear();
    m_chartTab.clear();
    m_dirty.clear();
    if (!m_source)
        return;

    const QList<MetricInfo> metrics = m_source->metrics();
    const bool podByPod = m_layout == Layout::PodByPod && m_subjects.size() > 1;
    for (const MetricInfo::Group group : MetricInfo::groups()) {
        QList<MetricInfo> inGroup;
        for (const MetricInfo &m : metrics) {
            if (m.group == group)
                inGroup.append(m);
        }
        if (inGroup.isEmpty())
            continue;
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("group-%1").arg(int(group)));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *page = new QWidget;
        page->setObjectName(QStringLiteral("chartsPage"));
        auto *grid = new QGridLayout(page);
        grid->setContentsMargins(0, 4, 0, 4);
        grid->setSpacing(8);
        const int tab = m_tabs->count();
        int cell = 0;
        const int columns = podByPod ? std::min<int>(3, int(m_subjects.size())) : 2;
        auto add = [&](const MetricInfo &metric, const QStringList &subjects) {
            auto *c = new MetricChartView(metric, page);
            if (podByPod)
                c->setSubtitle(subjectLabel(subjects.value(0)));
            if (warnings.contains(metric.key))
                c->setWarningLevel(warnings.value(metric.key));
            if (metric.idleWatch)
                c->setIdleDetector(m_idle.get());
            const QStringList order = m_subjects;
            const MetricInfo::Instances instances = metric.instances;
            c->setStyler([this, order, instances](const MetricSeriesId &id, bool several) {
                MetricChartView::SeriesStyle style;
                const QString instance = MetricInfo::instanceLabel(instances, id.instance);
                const int subjectIndex = std::max(0, int(order.indexOf(id.subject)));
                if (several) {
                    style.label = instance.isEmpty() ? subjectLabel(id.subject)
                                                     : subjectLabel(id.subject) + QStringLiteral(" · ") + instance;
                } else {
                    style.label = instance.isEmpty() ? subjectLabel(id.subject) : instance;
                }
                if (instances == MetricInfo::Instances::None) {
                    style.colorIndex = subjectIndex;
                } else {
                    // Cards by colour; the pods overlaid on them by shade and line style.
                    const int position = instanceOrder(id.instance);
                    style.colorIndex = position < 1000 ? position : int(qHash(id.instance) % 10);
                    if (several) {
                        static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
                        style.penStyle = styles[subjectIndex % 4];
                        style.shade = subjectIndex;
                    }
                }
                return style;
            });
            connect(c, &MetricChartView::zoomRequested, this, &MonitorView::zoomTo);
            connect(c, &MetricChartView::zoomResetRequested, this, &MonitorView::resetZoom);
            connect(c, &MetricChartView::savePngRequested, this, [this, c] { saveChartPng(c); });
            connect(c, &MetricChartView::seriesVisibilityChanged, this, [this] { updateStatus(); });
            connect(c, &MetricChartView::warningLevelChanged, this, [this] { updateStatus(); });
            grid->addWidget(c, cell / columns, cell % columns);
            ++cell;
            m_charts.append(c);
            m_chartSubjects.insert(c, subjects);
            m_chartTab.insert(c, tab);
            m_dirty.insert(c);
        };
        for (const MetricInfo &metric : std::as_const(inGroup)) {
            if (podByPod) {
                for (const QString &subject : std::as_const(m_subjects))
                    add(metric, {subject});
                // Each metric starts a row of its own.
                cell = (cell + columns - 1) / columns * columns;
            } else {
                add(metric, m_subjects);
            }
        }
        for (int c = 0; c < columns; ++c)
            grid->setColumnStretch(c, 1);
        grid->setRowStretch(grid->rowCount(), 1);
        scroll->setWidget(page);
        m_tabs->addTab(scroll, MetricInfo::groupTitle(group));
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == currentTab)
            m_tabs->setCurrentIndex(i);
    }
    scheduleRedraw();
}

MetricChartView *MonitorView::chart(const QString &metric, const QString &subject) const
{
    for (MetricChartView *c : m_charts) {
        if (c->metric().key != metric)
            continue;
        if (subject.isEmpty() || m_chartSubjects.value(c).contains(subject))
            return c;
    }
    return nullptr;
}

void MonitorView::showMetric(const QString &metric)
{
    if (MetricChartView *c = chart(metric))
        m_tabs->setCurrentIndex(m_chartTab.value(c));
}

QList<MetricSeriesId> MonitorView::seriesOf(const QString &metric, const QStringList &subjects) const
{
    QList<MetricSeriesId> ids;
    for (const QString &subject : subjects) {
        QList<MetricSeriesId> own;
        // A metric answered without samples leaves an empty series: nothing to draw or list.
        for (const MetricSeriesId &id : m_store.ids(subject, metric)) {
            if (!m_store.points(id).isEmpty())
                own.append(id);
        }
        std::stable_sort(own.begin(), own.end(), [](const MetricSeriesId &a, const MetricSeriesId &b) {
            const int oa = instanceOrder(a.instance);
            const int ob = instanceOrder(b.instance);
            return oa != ob ? oa < ob : a.instance < b.instance;
        });
        ids.append(own);
    }
    return ids;
}

QString MonitorView::emptyReason(const MetricInfo &metric, const QStringList &subjects) const
{
    bool answered = false;
    bool reported = false;
    for (const QString &s : subjects) {
        answered = answered || m_store.coverage(s).has_value();
        reported = reported || m_reported.value(s).contains(metric.key);
    }
    if (!answered)
        return {};
    if (!reported)
        return tr("The platform does not report this metric here.");
    if (metric.group == MetricInfo::Group::Service)
        return tr("No samples in this range. Service metrics come only from online services.");
    if (metric.instances == MetricInfo::Instances::Gpu)
        return tr("No samples in this range: the pod may not have been running, or it has no GPU reporting this metric.");
    if (metric.group == MetricInfo::Group::Cluster)
        return tr("No samples in this range: the platform gives the cluster's current totals only, so their history "
                  "starts when this view opened.");
    return tr("No samples in this range: the pod may not have been running then.");
}

void MonitorView::scheduleRedraw()
{
    for (MetricChartView *c : std::as_const(m_charts))
        m_dirty.insert(c);
    if (m_redrawPending)
        return;
    m_redrawPending = true;
    QTimer::singleShot(0, this, [this] {
        m_redrawPending = false;
        redraw();
    });
}

void MonitorView::redraw()
{
    // Only the charts one can see now; the others when their tab is shown.
    const int current = m_tabs->currentIndex();
    for (MetricChartView *c : std::as_const(m_charts)) {
        if (m_chartTab.value(c) == current && m_dirty.contains(c)) {
            redrawChart(c);
            m_dirty.remove(c);
        }
    }
    updateGauges();
    updateStatus();
}

void MonitorView::redrawChart(MetricChartView *c)
{
    const QStringList subjects = m_chartSubjects.value(c);
    c->setData(&m_store, seriesOf(c->metric().key, subjects), visibleFromMs(), visibleToMs());
    QStringList problems;
    bool loading = false;
    for (const QString &s : subjects) {
        if (!m_errors.value(s).isEmpty())
            problems.append(subjects.size() > 1 ? subjectLabel(s) + QStringLiteral(": ") + m_errors.value(s)
                                                : m_errors.value(s));
        loading = loading || (m_inFlight.contains(s) && !m_store.coverage(s));
    }
    c->setError(problems.join(QStringLiteral("; ")));
    c->setLoading(loading);
    c->setEmptyReason(emptyReason(c->metric(), subjects));
}

// ---- fetching -------------------------------------------------------------------------------

void MonitorView::refreshNow()
{
    if (!m_source)
        return;
    for (const QString &subject : std::as_const(m_subjects))
        fetchNext(subject);
    scheduleRedraw();
}

void MonitorView::fetchNext(const QString &subject)
{
    if (m_inFlight.contains(subject) || !m_source)
        return;
    const Window w = window();
    const auto covered = m_store.coverage(subject);
    if (!covered || covered->toMs < w.fromMs || covered->fromMs > w.toMs) {
        // Nothing of this range yet (or a custom range elsewhere): start over with it.
        if (covered)
            m_store.removeSubject(subject);
        request(subject, w.fromMs, w.toMs);
        return;
    }
    if (w.fromMs < covered->fromMs) {
        request(subject, w.fromMs, covered->fromMs); // a longer range: the older part
        return;
    }
    if (w.toMs > covered->toMs) {
        // Only the new part, from a step before the newest sample on: a sample the platform
        // had not collected yet at the last poll still arrives.
        const qint64 step = std::max<qint64>(1000, m_source->stepMs());
        qint64 from = covered->toMs - step;
        if (const auto newest = m_store.newestTime(subject))
            from = std::max(from, *newest + 1);
        request(subject, std::min(from, w.toMs - 1), w.toMs);
    }
}

void MonitorView::request(const QString &subject, qint64 fromMs, qint64 toMs)
{
    m_inFlight.insert(subject);
    m_source->fetch(subject, fromMs, toMs, this, [this, subject, fromMs, toMs](const Result<MetricWindow> &result) {
        received(subject, fromMs, toMs, result);
    });
}

void MonitorView::received(const QString &subject, qint64 fromMs, qint64 toMs, const Result<MetricWindow> &result)
{
    m_inFlight.remove(subject);
    if (!m_subjects.contains(subject))
        return;
    if (!result) {
        m_errors.insert(subject, result.error().toDisplayString());
    } else {
        m_errors.remove(subject);
        for (const MetricSeries &series : result.value().series)
            m_store.append(series);
        m_store.noteCovered(subject, fromMs, toMs);
        m_reported[subject].unite(QSet<QString>(result.value().reported.cbegin(), result.value().reported.cend()));
        if (!result.value().gauges.isEmpty())
            m_gauges.insert(subject, result.value().gauges);
        m_lastUpdateMs = now();
    }
    // Keep a day (or the custom range) and a little more: the store stays bounded however long
    // the view is open.
    if (m_range != Range::Custom)
        m_store.evictBefore(now() - kDayMs - 10 * kMinuteMs);
    scheduleRedraw();
    // An older part still missing follows at once; new samples wait for the next poll.
    if (result) {
        const auto covered = m_store.coverage(subject);
        if (covered && window().fromMs < covered->fromMs) {
            fetchNext(subject);
            return;
        }
    }
    if (m_inFlight.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_redrawPending) {
                m_redrawPending = false;
                redraw();
            }
            Q_EMIT updated();
        });
    }
}

// ---- status, gauges, controls ---------------------------------------------------------------

void MonitorView::updateGauges()
{
    QList<QPair<QString, MetricGauge>> all;
    for (const QString &subject : std::as_const(m_subjects)) {
        for (const MetricGauge &g : m_gauges.value(subject))
            all.append({subject, g});
    }
    m_gaugeBar->setVisible(!all.isEmpty());
    for (const auto &[subject, gauge] : std::as_const(all)) {
        const QString key = subject + u'/' + gauge.key;
        auto it = m_gaugeWidgets.find(key);
        if (it == m_gaugeWidgets.end()) {
            auto *box = new QWidget(m_gaugeBar);
            auto *v = new QVBoxLayout(box);
            v->setContentsMargins(0, 0, 12, 0);
            v->setSpacing(2);
            auto *label = new QLabel(box);
            auto *bar = new QProgressBar(box);
            bar->setObjectName(QStringLiteral("gauge-") + gauge.key);
            bar->setRange(0, 1000);
            bar->setTextVisible(false);
            bar->setMaximumHeight(8);
            v->addWidget(label);
            v->addWidget(bar);
            m_gaugeBar->layout()->addWidget(box);
            it = m_gaugeWidgets.insert(key, {label, bar});
        }
        const double share = gauge.total > 0 ? gauge.used / gauge.total : 0;
        it->first->setText(tr("%1: %2 (%3 %)")
                               .arg(gauge.label, MetricUnit::formatOf(gauge.used, gauge.total, gauge.unit),
                                    QLocale().toString(share * 100.0, 'f', 1)));
        it->second->setValue(int(std::clamp(share, 0.0, 1.0) * 1000));
    }
}

QStringList MonitorView::idleGpus() const
{
    QStringList out;
    if (!m_source)
        return out;
    for (const MetricInfo &metric : m_source->metrics()) {
        if (!metric.idleWatch)
            continue;
        for (const MetricSeriesId &id : seriesOf(metric.key, m_subjects)) {
            const qint64 step = m_store.stepMs(id) > 0 ? m_store.stepMs(id) : m_source->stepMs();
            if (const auto since = m_idle->idleSince(m_store.points(id), step)) {
                const QString card = MetricInfo::instanceLabel(metric.instances, id.instance);
                const QString who = m_subjects.size() > 1 ? subjectLabel(id.subject) + u' ' + card : card;
                out.append(tr("%1 idle since %2").arg(who, clockText(*since)));
            }
        }
    }
    return out;
}

QStringList MonitorView::warnings() const
{
    QStringList out;
    for (MetricChartView *c : m_charts) {
        const QList<MetricSeriesId> over = c->seriesOverWarning();
        if (over.isEmpty() || !c->warningLevel())
            continue;
        QStringList names;
        for (const MetricSeriesId &id : over)
            names.append(c->seriesLabel(id));
        out.append(tr("%1 above %2: %3")
                       .arg(c->metric().title, MetricUnit::format(*c->warningLevel(), c->metric().unit),
                            names.join(QStringLiteral(", "))));
    }
    out.removeDuplicates();
    return out;
}

QString MonitorView::statusText() const
{
    QStringList parts;
    if (m_range == Range::Custom) {
        parts.append(tr("Custom range"));
    } else if (m_live) {
        parts.append(tr("Live, every %1 s").arg(m_pollMs / 1000));
    } else {
        parts.append(tr("Paused at %1").arg(clockText(window().toMs)));
    }
    if (m_lastUpdateMs > 0)
        parts.append(tr("updated %1").arg(clockText(m_lastUpdateMs)));
    if (m_zoom)
        parts.append(tr("zoomed to %1 – %2").arg(clockText(m_zoom->fromMs), clockText(m_zoom->toMs)));
    for (const QString &subject : m_subjects) {
        if (!m_errors.value(subject).isEmpty())
            parts.append(tr("%1: %2").arg(subjectLabel(subject), m_errors.value(subject)));
    }
    return parts.join(QStringLiteral(" · "));
}

void MonitorView::updateStatus()
{
    m_status->setText(statusText());
    QStringList alerts = idleGpus();
    alerts.append(warnings());
    m_alerts->setVisible(!alerts.isEmpty());
    if (!alerts.isEmpty()) {
        const QColor tone = StatusTones::color(StatusTones::Tone::Busy, palette());
        m_alerts->setText(QStringLiteral("<span style=\"color:%1\">⚠</span> %2")
                              .arg(tone.name(), alerts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    }
}

void MonitorView::updateControls()
{
    const bool custom = m_range == Range::Custom;
    for (int i = 0; i < m_rangeCombo->count(); ++i) {
        if (Range(m_rangeCombo->itemData(i).toInt()) == m_range)
            m_rangeCombo->setCurrentIndex(i);
    }
    m_pauseButton->setEnabled(!custom);
    m_pauseButton->setText(m_live ? tr("Pause") : tr("Resume"));
    m_pauseButton->setIcon(style()->standardIcon(m_live ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_pauseButton->setToolTip(m_live ? tr("Stop following now; the charts keep what they show")
                                     : tr("Follow now again, asking only for what is new"));
    m_intervalSpin->setEnabled(!custom && m_live);
    {
        const QSignalBlocker block(m_intervalSpin);
        m_intervalSpin->setValue(m_pollMs / 1000);
    }
    m_layoutLabel->setText(m_source && m_source->subjectColumn() == u"node" ? tr("Nodes:") : tr("Pods:"));
    m_layoutLabel->setVisible(m_subjects.size() > 1);
    m_layoutCombo->setVisible(m_subjects.size() > 1);
    m_layoutCombo->setCurrentIndex(m_layout == Layout::Overlay ? 0 : 1);
    m_resetZoomButton->setEnabled(m_zoom.has_value());
    {
        const QSignalBlocker block(m_idleSpin);
        m_idleSpin->setValue(idleMinutes());
    }
    // Idle detection only where a metric has it (GPU utilization).
    bool idleWatch = false;
    if (m_source) {
        for (const MetricInfo &m : m_source->metrics())
            idleWatch = idleWatch || m.idleWatch;
    }
    m_idleLabel->setVisible(idleWatch);
    m_idleSpin->setVisible(idleWatch);
    if (!custom && m_live && !m_subjects.isEmpty())
        m_timer->start();
    else
        m_timer->stop();
}

void MonitorView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuildCharts();
    if (event->type() == QEvent::PaletteChange)
        updateStatus();
}

// ---- export ---------------------------------------------------------------------------------

QByteArray MonitorView::visibleCsv() const
{
    QList<MetricSeriesId> ids;
    for (MetricChartView *c : m_charts) {
        // Charts not drawn yet show every series the store has for them.
        const QList<MetricSeriesId> shown =
            c->ids().isEmpty() ? seriesOf(c->metric().key, m_chartSubjects.value(c)) : c->visibleIds();
        for (const MetricSeriesId &id : shown) {
            if (!ids.contains(id) && c->isSeriesVisible(id))
                ids.append(id);
        }
    }
    return MetricCsv::write(m_store, ids, visibleFromMs(), visibleToMs(),
                            m_source ? m_source->subjectColumn() : QStringLiteral("pod"));
}

bool MonitorView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(visibleCsv()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool MonitorView::exportPng(const QString &path) const
{
    auto *scroll = qobject_cast<QScrollArea *>(m_tabs->currentWidget());
    QWidget *page = scroll ? scroll->widget() : m_tabs->currentWidget();
    if (!page)
        return false;
    return page->grab().save(path, "PNG");
}

void MonitorView::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export visible data"), QStringLiteral("metrics.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export visible data"), tr("Could not write %1: %2").arg(path, error));
}

void MonitorView::exportPngInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save charts"), QStringLiteral("metrics.png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Save charts"), tr("Could not write %1.").arg(path));
}

void MonitorView::saveChartPng(MetricChartView *c)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), c->metric().key + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !c->grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

} // namespace suanli::gui
