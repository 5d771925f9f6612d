#pragma once

#include "core/metricdecimationcache.h"
#include "core/metricinfo.h"
#include "core/metricseries.h"

#include <QChartView>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace suanli {
class IdleGpuDetector;
class MetricStore;
}

namespace suanli::gui {

class MetricChartPlot;

// One chart of the Monitor view: one metric, one line per series (a GPU of a pod, say), drawn
// from a MetricStore over a time range. Every redraw decimates each series to the plot's pixel
// columns (min and max per column) before anything is drawn, and nothing is animated. QtCharts
// lays out the axes, grid and legend (each series has a QLineSeries for its legend entry); the
// lines themselves are drawn by a MetricChartPlot in the chart's plot area.
// Interaction: a crosshair with every series' value at the hovered time, legend entries that hide
// and show their series, a horizontal rubber band that asks for a zoom, a context menu (reset
// zoom, warning line, save as PNG). A warning line, idle-GPU stretches and "no data" / error texts
// are drawn over the plot.
class MetricChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChartView)

public:
    // How one series looks: its legend text, a colour slot and a line style (pods overlaid on
    // one chart differ by style, GPUs by colour).
    struct SeriesStyle
    {
        QString label;
        int colorIndex = 0;
        int shade = 0; // 0 as is, then darker and lighter variants of the colour
        Qt::PenStyle penStyle = Qt::SolidLine;
    };
    // `severalSubjects`: the chart holds series of more than one subject now.
    using Styler = std::function<SeriesStyle(const MetricSeriesId &id, bool severalSubjects)>;

    explicit MetricChartView(const MetricInfo &metric, QWidget *parent = nullptr);
    ~MetricChartView() override;

    const MetricInfo &metric() const { return m_metric; }
    // Words after the title ("worker-0" when each pod has charts of its own).
    void setSubtitle(const QString &subtitle);
    void setStyler(Styler styler);

    // Draws `ids` of `store` over [fromMs, toMs]. The store must outlive the view or be replaced.
    void setData(const MetricStore *store, const QList<MetricSeriesId> &ids, qint64 fromMs, qint64 toMs);
    // Redraws with the same series and range (after new samples arrived, or a resize).
    void redraw();
    QList<MetricSeriesId> ids() const { return m_ids; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    // What to say over an empty plot; empty for the default ("No samples in this range.").
    void setEmptyReason(const QString &reason);
    // An error replaces the data message; empty clears it.
    void setError(const QString &message);
    void setLoading(bool loading);
    // The text drawn over the plot now, empty when data is shown.
    QString overlayText() const;

    void setWarningLevel(std::optional<double> level);
    std::optional<double> warningLevel() const { return m_warningLevel; }
    // The series whose newest value in the range is beyond the warning line.
    QList<MetricSeriesId> seriesOverWarning() const;
    // Idle stretches are drawn for this chart's series when a detector is set (GPU utilization).
    void setIdleDetector(const IdleGpuDetector *detector);
    QList<QPair<MetricSeriesId, MetricSpan>> idleSpans() const { return m_idleSpans; }

    bool isSeriesVisible(const MetricSeriesId &id) const { return !m_hidden.contains(id); }
    void setSeriesVisible(const MetricSeriesId &id, bool visible);
    QList<MetricSeriesId> visibleIds() const;
    QString seriesLabel(const MetricSeriesId &id) const;

    // The crosshair's text at a time: the time, then "label: value" for each visible series.
    QStringList valuesAt(qint64 timeMs) const;
    void showCrosshairAt(std::optional<qint64> timeMs);
    std::optional<qint64> crosshairTime() const { return m_hoverMs; }
    // Points handed to QtCharts at the last redraw, over every series.
    int drawnPointCount() const { return m_drawnPoints; }
    // The plot's width in pixel columns, as decimation uses it.
    int columns() const;

    void applyPalette();

Q_SIGNALS:
    void zoomRequested(qint64 fromMs, qint64 toMs);
    void zoomResetRequested();
    void seriesVisibilityChanged(const suanli::MetricSeriesId &id, bool visible);
    void warningLevelChanged(std::optional<double> level);
    void savePngRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QLineSeries *lineFor(const MetricSeriesId &id);
    void restyle(const MetricSeriesId &id, QLineSeries *line);
    void updateMarker(const MetricSeriesId &id);
    void updateTimeAxis();
    void placeLegend();
    QColor seriesColor(int index, int shade = 0) const;
    SeriesStyle styleOf(const MetricSeriesId &id) const;
    qint64 hoverTolerance(const MetricSeriesId &id) const;
    void askWarningLevel();

    MetricInfo m_metric;
    Styler m_styler;
    const MetricStore *m_store = nullptr;
    const IdleGpuDetector *m_idle = nullptr;
    QList<MetricSeriesId> m_ids;
    QHash<MetricSeriesId, QLineSeries *> m_lines;
    QHash<MetricSeriesId, MetricDecimationCache> m_decimation;
    QSet<MetricSeriesId> m_hidden;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_warningLine = nullptr;
    MetricChartPlot *m_plot = nullptr;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    double m_divisor = 1;
    QString m_scaleLabel;
    std::optional<double> m_warningLevel;
    QList<QPair<MetricSeriesId, MetricSpan>> m_idleSpans;
    QString m_subtitle;
    QString m_emptyReason;
    QString m_error;
    bool m_loading = false;
    bool m_hasData = false;
    std::optional<qint64> m_hoverMs;
    int m_drawnPoints = 0;
};

} // namespace suanli::gui
