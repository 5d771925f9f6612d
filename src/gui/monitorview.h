#pragma once

#include "core/apierror.h"
#include "core/idlegpudetector.h"
#include "core/metricsource.h"
#include "core/metricstore.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolButton;

namespace suanli::gui {

class MetricChartView;

// The Monitor view: every metric a MetricSource offers for a list of subjects (a job's pods, or
// the cluster and its nodes), one chart per metric, grouped in tabs (utilization, throughput,
// precision pipes, power and temperature, service). GPU metrics get a line per card; several pods
// are overlaid on one chart (told apart by line style) or drawn pod by pod. Ranges of 5 min to
// 24 h follow now: while live, every poll asks each subject only for the window since its newest
// sample; samples go to a bounded store. A custom range is fixed. Zooming (rubber band on any
// chart) applies to every chart; a right click or "Reset zoom" goes back.
//
// Open it with a source and the subjects, e.g. for a UNIS job:
//   new MonitorView(new unis::PodMetricSource(provider->client()), podNames, parent)
// (a source without a parent is adopted by the view).
class MonitorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorView)

public:
    enum class Range { Minutes5, Minutes15, Hour1, Hours6, Hours24, Custom };
    enum class Layout { Overlay, PodByPod };
    using Clock = std::function<qint64()>; // epoch ms

    MonitorView(MetricSource *source, const QStringList &subjects, QWidget *parent = nullptr);
    ~MonitorView() override;

    MetricSource *source() const { return m_source; }
    QStringList subjects() const { return m_subjects; }
    void setSubjects(const QStringList &subjects);
    // For tests: what now is (default: the system clock). Also drives idle detection.
    void setClock(Clock clock);

    Range range() const { return m_range; }
    void setRange(Range range);
    void setCustomRange(qint64 fromMs, qint64 toMs);
    static qint64 rangeMs(Range range);

    // Live: a range that follows now, polled every pollIntervalMs(); paused: frozen where it was.
    bool isLive() const { return m_live; }
    void setLive(bool live);
    int pollIntervalMs() const { return m_pollMs; }
    void setPollIntervalMs(int ms);
    Layout layoutMode() const { return m_layout; }
    void setLayoutMode(Layout layout);
    int idleMinutes() const;
    void setIdleMinutes(int minutes);

    // The stretch of time the charts show: the range, or a zoom into it.
    qint64 visibleFromMs() const;
    qint64 visibleToMs() const;
    bool isZoomed() const { return m_zoom.has_value(); }
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();

    const MetricStore &store() const { return m_store; }
    QTabWidget *groupTabs() const { return m_tabs; }
    QList<MetricChartView *> charts() const { return m_charts; }
    // The chart of `metric` (for `subject` when pods are drawn one by one).
    MetricChartView *chart(const QString &metric, const QString &subject = {}) const;
    // Shows the tab of `metric`'s group.
    void showMetric(const QString &metric);

    // Every series shown (not hidden by its legend entry), over the visible range, as CSV.
    QByteArray visibleCsv() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // The charts of the current tab as one image.
    bool exportPng(const QString &path) const;
    QString statusText() const;
    // "worker-0 GPU 7 idle since 15:40", one per card idle now.
    QStringList idleGpus() const;
    // "GPU temperature above 85 °C: GPU 3", one per chart with series over its warning line.
    QStringList warnings() const;
    // Why a subject's last request failed (empty: it did not).
    QString errorOf(const QString &subject) const { return m_errors.value(subject); }

public Q_SLOTS:
    // Asks every subject for what the range lacks now.
    void refreshNow();

Q_SIGNALS:
    // A round of requests ended and the charts show its answers.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Window
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    Window window() const;
    qint64 now() const { return m_clock(); }
    void buildToolBar();
    void rebuildCharts();
    void fetchNext(const QString &subject);
    void request(const QString &subject, qint64 fromMs, qint64 toMs);
    void received(const QString &subject, qint64 fromMs, qint64 toMs, const Result<MetricWindow> &result);
    void scheduleRedraw();
    void redraw();
    void redrawChart(MetricChartView *chart);
    void updateGauges();
    void updateStatus();
    void updateControls();
    void chooseCustomRange();
    void saveChartPng(MetricChartView *chart);
    void exportCsvInteractive();
    void exportPngInteractive();
    QString subjectLabel(const QString &subject) const;
    QString emptyReason(const MetricInfo &metric, const QStringList &subjects) const;
    QList<MetricSeriesId> seriesOf(const QString &metric, const QStringList &subjects) const;

    QPointer<MetricSource> m_source;
    QStringList m_subjects;
    QHash<QString, QString> m_shortLabels;
    Clock m_clock;
    MetricStore m_store;
    std::unique_ptr<IdleGpuDetector> m_idle;

    Range m_range = Range::Hour1;
    qint64 m_customFromMs = 0;
    qint64 m_customToMs = 0;
    std::optional<qint64> m_frozenToMs; // where a paused range stopped
    std::optional<Window> m_zoom;
    bool m_live = true;
    int m_pollMs = 5000;
    Layout m_layout = Layout::Overlay;

    QSet<QString> m_inFlight;
    QHash<QString, QString> m_errors;
    QHash<QString, QSet<QString>> m_reported;
    QHash<QString, QList<MetricGauge>> m_gauges;
    qint64 m_lastUpdateMs = 0;
    bool m_redrawPending = false;
    QSet<MetricChartView *> m_dirty;

    QTimer *m_timer;
    QComboBox *m_rangeCombo = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QSpinBox *m_intervalSpin = nullptr;
    QComboBox *m_layoutCombo = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QToolButton *m_resetZoomButton = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleSpin = nullptr;
    QToolButton *m_exportButton = nullptr;
    QWidget *m_gaugeBar = nullptr;
    QHash<QString, QPair<QLabel *, QProgressBar *>> m_gaugeWidgets;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_alerts = nullptr;
    QList<MetricChartView *> m_charts;
    QHash<MetricChartView *, QStringList> m_chartSubjects;
    QHash<MetricChartView *, int> m_chartTab;
};

} // namespace suanli::gui
