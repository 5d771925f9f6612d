#include "metricchartview.h"

#include "metricchartplot.h"
#include "statustones.h"

#include "core/idlegpudetector.h"
#include "core/metricstore.h"
#include "core/metricunit.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QInputDialog>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace suanli::gui {

namespace {

constexpr qint64 kDefaultStepMs = 15000;
constexpr int kMinimumHeight = 240;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString timeFormat(qint64 spanMs)
{
    if (spanMs <= 20 * 60 * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 26LL * 3600 * 1000)
        return QStringLiteral("HH:mm");
    return QStringLiteral("MM-dd HH:mm");
}

} // namespace

MetricChartView::MetricChartView(const MetricInfo &metric, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_metric(metric)
{
    setObjectName(QStringLiteral("chart-") + metric.key);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(6, 4, 6, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setShowToolTips(true);

    m_timeAxis = new QDateTimeAxis(this);
    m_valueAxis = new QValueAxis(this);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);

    // Always attached: it maps between values and pixels even when no series is there.
    m_warningLine = new QLineSeries(this);
    chart()->addSeries(m_warningLine);
    m_warningLine->attachAxis(m_timeAxis);
    m_warningLine->attachAxis(m_valueAxis);
    m_warningLine->append({QPointF(0, 0), QPointF(1, 0)});
    m_warningLine->setVisible(false);
    for (QLegendMarker *marker : chart()->legend()->markers(m_warningLine))
        marker->setVisible(false);

    // Above the grid, below the legend.
    m_plot = new MetricChartPlot(chart());
    m_plot->setZValue(9);
    connect(chart(), &QChart::plotAreaChanged, this, [this](const QRectF &area) { m_plot->setArea(area); });

    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setMinimumHeight(kMinimumHeight);
    setMinimumWidth(320);
    m_warningLevel = metric.warningAt;
    applyPalette();
}

MetricChartView::~MetricChartView() = default;

void MetricChartView::setStyler(Styler styler)
{
    m_styler = std::move(styler);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        restyle(it.key(), it.value());
}

MetricChartView::SeriesStyle MetricChartView::styleOf(const MetricSeriesId &id) const
{
    bool several = false;
    for (const MetricSeriesId &other : m_ids)
        several = several || other.subject != id.subject;
    if (m_styler)
        return m_styler(id, several);
    SeriesStyle style;
    const QString instance = MetricInfo::instanceLabel(m_metric.instances, id.instance);
    style.label = instance.isEmpty() ? id.subject : instance;
    style.colorIndex = int(m_ids.indexOf(id));
    return style;
}

QString MetricChartView::seriesLabel(const MetricSeriesId &id) const
{
    return styleOf(id).label;
}

QColor MetricChartView::seriesColor(int index, int shade) const
{
    // Tableau 10: distinct hues that survive colour-blindness reasonably; brightened for dark.
    static const QRgb base[] = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F,
                                0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
    const int n = int(std::size(base));
    QColor c = QColor::fromRgb(base[((index % n) + n) % n]);
    if (StatusTones::isDark(palette()))
        c = c.lighter(125);
    // Further subjects of an overlay: the same hue, darker, then lighter.
    switch (((shade % 3) + 3) % 3) {
    case 1: return c.darker(150);
    case 2: return c.lighter(135);
    default: return c;
    }
}

void MetricChartView::restyle(const MetricSeriesId &id, QLineSeries *line)
{
    const SeriesStyle style = styleOf(id);
    // One pixel, cosmetic: the raster engine's fast path for antialiased lines.
    QPen pen(seriesColor(style.colorIndex, style.shade));
    pen.setWidthF(1.0);
    pen.setStyle(style.penStyle);
    pen.setCosmetic(true);
    line->setPen(pen);
    line->setName(style.label);
    updateMarker(id);
}

void MetricChartView::updateMarker(const MetricSeriesId &id)
{
    QLineSeries *line = m_lines.value(id);
    if (!line)
        return;
    const bool visible = isSeriesVisible(id);
    for (QLegendMarker *marker : chart()->legend()->markers(line)) {
        // A hidden series keeps its legend entry, faded, so it can be brought back.
        marker->setVisible(true);
        QColor text = palette().color(QPalette::Text);
        QColor swatch = line->pen().color();
        if (!visible) {
            text.setAlphaF(0.35f);
            swatch.setAlphaF(0.25f);
        }
        marker->setLabelBrush(text);
        marker->setBrush(swatch);
        marker->setPen(QPen(swatch));
        QObject::disconnect(marker, &QLegendMarker::clicked, this, nullptr);
        connect(marker, &QLegendMarker::clicked, this, [this, id] { setSeriesVisible(id, !isSeriesVisible(id)); });
    }
}

QLineSeries *MetricChartView::lineFor(const MetricSeriesId &id)
{
    if (QLineSeries *line = m_lines.value(id))
        return line;
    auto *line = new QLineSeries(this);
    line->setPointsVisible(false);
    chart()->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_valueAxis);
    m_lines.insert(id, line);
    restyle(id, line);
    return line;
}

void MetricChartView::setData(const MetricStore *store, const QList<MetricSeriesId> &ids, qint64 fromMs, qint64 toMs)
{
    if (store != m_store)
        m_decimation.clear();
    m_store = store;
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    if (ids != m_ids) {
        for (auto it = m_lines.begin(); it != m_lines.end();) {
            if (!ids.contains(it.key())) {
                m_decimation.remove(it.key());
                chart()->removeSeries(it.value());
                delete it.value();
                it = m_lines.erase(it);
            } else {
                ++it;
            }
        }
        m_ids = ids;
        for (const MetricSeriesId &id : m_ids)
            restyle(id, lineFor(id));
        placeLegend();
    }
    redraw();
}

void MetricChartView::placeLegend()
{
    // A legend under the plot elides its labels to nothing past a handful of entries: many
    // series (the cards of several pods) get a list at the side and a taller chart.
    const int n = int(m_ids.size());
    const bool side = n > 8;
    chart()->legend()->setAlignment(side ? Qt::AlignRight : Qt::AlignBottom);
    const int row = QFontMetrics(font()).height() + 8;
    setMinimumHeight(side ? std::max(kMinimumHeight, 110 + n * row) : kMinimumHeight);
}

int MetricChartView::columns() const
{
    const double plot = chart()->plotArea().width();
    const int w = plot > 20 ? int(plot) : width() - 90;
    return std::max(w, 50);
}

void MetricChartView::redraw()
{
    m_drawnPoints = 0;
    m_idleSpans.clear();
    const int cols = columns();
    QHash<MetricSeriesId, QList<QPointF>> decimated;
    double maxValue = 0;
    double minValue = 0;
    bool any = false;
    for (const MetricSeriesId &id : std::as_const(m_ids)) {
        QList<QPointF> points;
        if (m_store)
            points = m_decimation[id].decimate(m_store->points(id), m_store->revision(id), m_fromMs, m_toMs, cols);
        if (isSeriesVisible(id)) {
            for (const QPointF &p : std::as_const(points)) {
                if (p.x() < double(m_fromMs) || p.x() > double(m_toMs))
                    continue;
                any = true;
                maxValue = std::max(maxValue, p.y());
                minValue = std::min(minValue, p.y());
            }
        }
        decimated.insert(id, std::move(points));
    }
    m_hasData = any;
    double axisMax = maxValue;
    if (m_warningLevel)
        axisMax = std::max(axisMax, *m_warningLevel);
    const MetricUnit::Scale scale = MetricUnit::scaleFor(m_metric.unit, axisMax);
    m_divisor = scale.divisor;
    m_scaleLabel = scale.label;
    QList<MetricChartPlot::Line> lines;
    for (const MetricSeriesId &id : std::as_const(m_ids)) {
        if (!isSeriesVisible(id))
            continue;
        QList<QPointF> points = decimated.take(id);
        if (m_divisor != 1.0) {
            for (QPointF &p : points)
                p.setY(p.y() / m_divisor);
        }
        m_drawnPoints += int(points.size());
        // Three missed samples (or, decimated, three pixel columns) make a gap.
        const qint64 step = m_store && m_store->stepMs(id) > 0 ? m_store->stepMs(id) : kDefaultStepMs;
        const double gap = std::max(3.0 * double(step), 3.0 * double(m_toMs - m_fromMs) / cols);
        lines.append({std::move(points), lineFor(id)->pen(), gap});
    }

    const QString unit = MetricUnit::isPercent(m_metric.unit) ? m_metric.unit : QString();
    const double top = MetricUnit::niceCeiling(axisMax / m_divisor, unit);
    const double bottom = minValue < 0 ? -MetricUnit::niceCeiling(-minValue / m_divisor) : 0;
    m_valueAxis->setRange(bottom, top);
    m_valueAxis->setLabelFormat(top >= 20 ? QStringLiteral("%.0f") : top >= 2 ? QStringLiteral("%.1f") : QStringLiteral("%.2f"));
    // Ticks on round numbers: 2.5 and 5 split in fives, 1 and 2 in fours.
    const double mantissa = top / std::pow(10.0, std::floor(std::log10(std::max(top, 1e-12))));
    m_valueAxis->setTickCount(std::fabs(mantissa - 2.5) < 1e-9 || std::fabs(mantissa - 5.0) < 1e-9 ? 6 : 5);
    m_valueAxis->setTitleText(m_scaleLabel);
    chart()->setTitle(m_subtitle.isEmpty() ? m_metric.title : m_metric.title + QStringLiteral(" · ") + m_subtitle);
    updateTimeAxis();
    m_plot->setArea(chart()->plotArea());
    m_plot->setRanges(double(m_fromMs), double(m_toMs), bottom, top);
    m_plot->setLines(std::move(lines));

    if (m_warningLevel) {
        m_warningLine->replace({QPointF(double(m_fromMs), *m_warningLevel / m_divisor),
                                QPointF(double(m_toMs), *m_warningLevel / m_divisor)});
        m_warningLine->setVisible(true);
    } else {
        m_warningLine->replace({QPointF(double(m_fromMs), 0), QPointF(double(m_toMs), 0)});
        m_warningLine->setVisible(false);
    }
    for (QLegendMarker *marker : chart()->legend()->markers(m_warningLine))
        marker->setVisible(false);

    if (m_idle && m_store) {
        for (const MetricSeriesId &id : std::as_const(m_ids)) {
            if (!isSeriesVisible(id))
                continue;
            const qint64 step = m_store->stepMs(id) > 0 ? m_store->stepMs(id) : kDefaultStepMs;
            for (const MetricSpan &span : m_idle->idleSpans(m_store->points(id), step, m_fromMs, m_toMs))
                m_idleSpans.append({id, span});
        }
    }
    viewport()->update();
}

void MetricChartView::updateTimeAxis()
{
    const qint64 span = m_toMs - m_fromMs;
    m_timeAxis->setFormat(timeFormat(span));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    m_timeAxis->setTickCount(std::clamp(columns() / 110 + 1, 3, 9));
}

void MetricChartView::setSubtitle(const QString &subtitle)
{
    m_subtitle = subtitle;
    chart()->setTitle(m_subtitle.isEmpty() ? m_metric.title : m_metric.title + QStringLiteral(" · ") + m_subtitle);
}

void MetricChartView::setEmptyReason(const QString &reason)
{
    if (m_emptyReason == reason)
        return;
    m_emptyReason = reason;
    viewport()->update();
}

void MetricChartView::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    viewport()->update();
}

void MetricChartView::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    viewport()->update();
}

QString MetricChartView::overlayText() const
{
    if (m_hasData)
        return {};
    const QString failed = m_error.isEmpty() ? QString() : tr("Could not load the samples: %1").arg(m_error);
    // With an error and no answer at all, the error is the whole story.
    if (!failed.isEmpty() && m_emptyReason.isEmpty())
        return failed;
    QString text = m_loading ? tr("Loading…") : m_emptyReason.isEmpty() ? tr("No samples in this range.") : m_emptyReason;
    if (!failed.isEmpty())
        text += u'\n' + failed;
    return text;
}

void MetricChartView::setWarningLevel(std::optional<double> level)
{
    if (m_warningLevel == level)
        return;
    m_warningLevel = level;
    redraw();
    Q_EMIT warningLevelChanged(level);
}

QList<MetricSeriesId> MetricChartView::seriesOverWarning() const
{
    QList<MetricSeriesId> out;
    if (!m_warningLevel || !m_store)
        return out;
    for (const MetricSeriesId &id : m_ids) {
        if (!isSeriesVisible(id))
            continue;
        const auto last = m_store->valueAt(id, m_toMs, m_toMs - m_fromMs);
        if (last && last->value > *m_warningLevel)
            out.append(id);
    }
    return out;
}

void MetricChartView::setIdleDetector(const IdleGpuDetector *detector)
{
    m_idle = detector;
}

void MetricChartView::setSeriesVisible(const MetricSeriesId &id, bool visible)
{
    if (isSeriesVisible(id) == visible)
        return;
    if (visible)
        m_hidden.remove(id);
    else
        m_hidden.insert(id);
    updateMarker(id);
    redraw();
    Q_EMIT seriesVisibilityChanged(id, visible);
}

QList<MetricSeriesId> MetricChartView::visibleIds() const
{
    QList<MetricSeriesId> out;
    for (const MetricSeriesId &id : m_ids) {
        if (isSeriesVisible(id))
            out.append(id);
    }
    return out;
}

qint64 MetricChartView::hoverTolerance(const MetricSeriesId &id) const
{
    const qint64 step = m_store && m_store->stepMs(id) > 0 ? m_store->stepMs(id) : kDefaultStepMs;
    return std::max<qint64>(2 * step, (m_toMs - m_fromMs) / std::max(columns(), 1));
}

QStringList MetricChartView::valuesAt(qint64 timeMs) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs);
    QStringList lines;
    lines.append(QLocale().toString(time, m_toMs - m_fromMs > 26LL * 3600 * 1000 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                                 : QStringLiteral("HH:mm:ss")));
    for (const MetricSeriesId &id : m_ids) {
        if (!isSeriesVisible(id))
            continue;
        const auto point = m_store ? m_store->valueAt(id, timeMs, hoverTolerance(id)) : std::nullopt;
        lines.append(seriesLabel(id) + QStringLiteral(": ")
                     + (point ? MetricUnit::format(point->value, m_metric.unit) : QStringLiteral("–")));
    }
    return lines;
}

void MetricChartView::showCrosshairAt(std::optional<qint64> timeMs)
{
    m_hoverMs = timeMs;
    viewport()->update();
}

void MetricChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // More or fewer pixel columns: decimate again.
    if (m_store)
        redraw();
}

void MetricChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF chartPos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (m_hasData && chart()->plotArea().contains(chartPos))
        m_hoverMs = qint64(m_plot->value(chartPos).x());
    else
        m_hoverMs.reset();
    viewport()->update();
}

void MetricChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    m_hoverMs.reset();
    viewport()->update();
}

void MetricChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // Right clicks open the context menu; QChartView would zoom out on them.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    // QChartView zooms the axes to the rubber band; the range is then taken from the axis.
    QChartView::mouseReleaseEvent(event);
    const qint64 from = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 to = m_timeAxis->max().toMSecsSinceEpoch();
    if ((from == m_fromMs && to == m_toMs) || to - from < 1000) {
        updateTimeAxis();
        return;
    }
    m_fromMs = from;
    m_toMs = to;
    redraw();
    Q_EMIT zoomRequested(from, to);
}

void MetricChartView::askWarningLevel()
{
    bool ok = false;
    const double suggested = m_warningLevel.value_or(m_metric.warningAt.value_or(0));
    const double level = QInputDialog::getDouble(this, tr("Warning line"),
                                                 tr("Warn above (%1):").arg(MetricUnit::label(m_metric.unit)), suggested,
                                                 -1e12, 1e12, 2, &ok);
    if (ok)
        setWarningLevel(level);
}

void MetricChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Reset zoom"), this, [this] { Q_EMIT zoomResetRequested(); });
    menu.addSeparator();
    menu.addAction(tr("Set warning line…"), this, [this] { askWarningLevel(); });
    QAction *remove = menu.addAction(tr("Remove warning line"), this, [this] { setWarningLevel(std::nullopt); });
    remove->setEnabled(m_warningLevel.has_value());
    menu.addSeparator();
    menu.addAction(tr("Save chart as PNG…"), this, [this] { Q_EMIT savePngRequested(); });
    menu.exec(event->globalPos());
}

void MetricChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void MetricChartView::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = StatusTones::isDark(pal);
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = mix(base, text, dark ? 0.18 : 0.12);
    const QColor axisLine = mix(base, text, 0.35);
    chart()->setBackgroundBrush(base);
    chart()->setBackgroundRoundness(0);
    chart()->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(base);
    chart()->setTitleBrush(text);
    QFont title = font();
    title.setBold(true);
    chart()->setTitleFont(title);
    chart()->legend()->setLabelColor(text);
    chart()->legend()->setFont(font());
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setMinorGridLineVisible(false);
    }
    QPen warning(StatusTones::color(StatusTones::Tone::Bad, pal));
    warning.setStyle(Qt::DashLine);
    warning.setWidthF(1.5);
    warning.setCosmetic(true);
    m_warningLine->setPen(warning);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        restyle(it.key(), it.value());
    viewport()->update();
}

void MetricChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->plotArea();
    if (plot.width() < 10 || plot.height() < 10)
        return;
    const QPalette pal = palette();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    auto xOf = [this](qint64 ms) { return m_plot->position(QPointF(double(ms), 0)).x(); };

    // Idle stretches: cards that idle together share one band, labelled with who idles.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    painter->setFont(small);
    const QFontMetricsF fm(small);
    struct Band
    {
        MetricSpan span;
        QStringList who;
    };
    QList<QPair<MetricSeriesId, MetricSpan>> spans = m_idleSpans;
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.second.fromMs < b.second.fromMs; });
    QList<Band> bands;
    for (const auto &[id, span] : std::as_const(spans)) {
        if (!bands.isEmpty() && span.fromMs <= bands.last().span.toMs) {
            bands.last().span.toMs = std::max(bands.last().span.toMs, span.toMs);
            bands.last().who.append(seriesLabel(id));
        } else {
            bands.append({span, {seriesLabel(id)}});
        }
    }
    const QColor tone = StatusTones::color(StatusTones::Tone::Busy, pal);
    const int shown = int(visibleIds().size());
    for (const Band &band : std::as_const(bands)) {
        const double x1 = std::clamp(xOf(band.span.fromMs), plot.left(), plot.right());
        const double x2 = std::clamp(xOf(band.span.toMs), plot.left(), plot.right());
        if (x2 - x1 < 1)
            continue;
        QColor fill = tone;
        fill.setAlphaF(0.13f);
        painter->fillRect(QRectF(x1, plot.top(), x2 - x1, plot.height()), fill);
        fill.setAlphaF(0.85f);
        painter->fillRect(QRectF(x1, plot.top(), x2 - x1, 3), fill);
        QStringList who = band.who;
        who.removeDuplicates();
        const QString label = who.size() == shown && shown > 1 ? tr("Idle: all") : tr("Idle: %1").arg(who.join(QStringLiteral(", ")));
        painter->setPen(pal.color(QPalette::Text));
        const QRectF textBox(x1 + 3, plot.top() + 5, std::max(20.0, x2 - x1 - 6), plot.height() - 10);
        painter->drawText(textBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
    }

    // The warning line says its level at the right end.
    if (m_warningLevel && m_warningLine->isVisible()) {
        const double y = m_plot->position(QPointF(0, *m_warningLevel / m_divisor)).y();
        if (y >= plot.top() && y <= plot.bottom()) {
            const QString level = MetricUnit::format(*m_warningLevel, m_metric.unit);
            painter->setPen(StatusTones::color(StatusTones::Tone::Bad, pal));
            const double w = fm.horizontalAdvance(level);
            painter->drawText(QPointF(plot.right() - w - 4, std::max(plot.top() + fm.ascent(), y - 3)), level);
        }
    }

    // A failed update while older samples are shown: a line at the top says so.
    if (m_hasData && !m_error.isEmpty()) {
        const QString text = tr("Update failed: %1").arg(m_error);
        painter->setPen(StatusTones::color(StatusTones::Tone::Bad, pal));
        painter->drawText(QRectF(plot.left() + 4, plot.top() + 2, plot.width() - 8, fm.height() + 2),
                          Qt::AlignRight | Qt::AlignTop, fm.elidedText(text, Qt::ElideRight, plot.width() - 8));
    }

    // No data, loading or an error: said in the middle of the plot.
    const QString overlay = overlayText();
    if (!overlay.isEmpty()) {
        painter->setFont(font());
        QRectF box = plot.adjusted(plot.width() * 0.08, 0, -plot.width() * 0.08, 0);
        const QRectF needed = painter->boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, overlay);
        QColor panel = pal.color(QPalette::Base);
        panel.setAlphaF(0.85f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(panel);
        painter->drawRoundedRect(needed.adjusted(-10, -6, 10, 6), 4, 4);
        painter->setPen(m_error.isEmpty() ? pal.color(QPalette::PlaceholderText) : StatusTones::color(StatusTones::Tone::Bad, pal));
        painter->drawText(box, Qt::AlignCenter | Qt::TextWordWrap, overlay);
    }

    // The crosshair, and every visible series' value at its time.
    if (m_hoverMs && m_hasData) {
        const double x = xOf(*m_hoverMs);
        if (x >= plot.left() && x <= plot.right()) {
            QPen line(pal.color(QPalette::Text));
            line.setStyle(Qt::DotLine);
            painter->setPen(line);
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            const QStringList lines = valuesAt(*m_hoverMs);
            painter->setFont(font());
            const QFontMetricsF metrics(font());
            double w = 0;
            for (const QString &l : lines)
                w = std::max(w, metrics.horizontalAdvance(l));
            const double h = metrics.height() * double(lines.size());
            QRectF box(x + 12, plot.top() + 8, w + 16, h + 10);
            if (box.right() > plot.right())
                box.moveRight(x - 12);
            box.moveLeft(std::max(box.left(), plot.left()));
            QColor panel = pal.color(QPalette::ToolTipBase);
            panel.setAlphaF(0.92f);
            painter->setPen(QPen(mix(pal.color(QPalette::ToolTipBase), pal.color(QPalette::ToolTipText), 0.4)));
            painter->setBrush(panel);
            painter->drawRoundedRect(box, 3, 3);
            double y = box.top() + 5 + metrics.ascent();
            for (int i = 0; i < lines.size(); ++i) {
                QColor color = pal.color(QPalette::ToolTipText);
                if (i > 0) {
                    const auto visible = visibleIds();
                    if (i - 1 < visible.size())
                        color = m_lines.value(visible[i - 1]) ? m_lines.value(visible[i - 1])->pen().color() : color;
                }
                painter->setPen(i == 0 ? pal.color(QPalette::ToolTipText) : color);
                painter->drawText(QPointF(box.left() + 8, y), lines[i]);
                y += metrics.height();
            }
        }
    }
    painter->restore();
}

} // namespace suanli::gui
