#include "metricchartplot.h"

#include <QPainter>

namespace suanli::gui {

namespace {

constexpr int kDotsBelow = 40;

} // namespace

MetricChartPlot::MetricChartPlot(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemClipsToShape, false);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void MetricChartPlot::setArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

void MetricChartPlot::setRanges(double xMin, double xMax, double yMin, double yMax)
{
    m_xMin = xMin;
    m_xMax = xMax > xMin ? xMax : xMin + 1;
    m_yMin = yMin;
    m_yMax = yMax > yMin ? yMax : yMin + 1;
    update();
}

void MetricChartPlot::setLines(QList<Line> lines)
{
    m_lines = std::move(lines);
    update();
}

QPointF MetricChartPlot::position(const QPointF &v) const
{
    return {m_area.left() + (v.x() - m_xMin) / (m_xMax - m_xMin) * m_area.width(),
            m_area.bottom() - (v.y() - m_yMin) / (m_yMax - m_yMin) * m_area.height()};
}

QPointF MetricChartPlot::value(const QPointF &p) const
{
    return {m_xMin + (p.x() - m_area.left()) / m_area.width() * (m_xMax - m_xMin),
            m_yMin + (m_area.bottom() - p.y()) / m_area.height() * (m_yMax - m_yMin)};
}

void MetricChartPlot::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    if (m_area.width() < 1 || m_area.height() < 1)
        return;
    painter->save();
    painter->setClipRect(m_area.adjusted(-1, -1, 1, 1));
    const double sx = m_area.width() / (m_xMax - m_xMin);
    const double sy = m_area.height() / (m_yMax - m_yMin);
    for (const Line &line : std::as_const(m_lines)) {
        if (line.points.isEmpty())
            continue;
        m_buffer.resize(line.points.size());
        QPointF *out = m_buffer.data();
        for (const QPointF &p : line.points)
            *out++ = QPointF(m_area.left() + (p.x() - m_xMin) * sx, m_area.bottom() - (p.y() - m_yMin) * sy);
        painter->setPen(line.pen);
        // A decimated line is a dense band of vertical strokes, where smoothing shows nothing
        // but costs a lot: only sparse lines are antialiased.
        painter->setRenderHint(QPainter::Antialiasing, double(m_buffer.size()) < m_area.width());
        // A pod that stopped reporting for a while leaves a gap, not a straight line across it.
        qsizetype runStart = 0;
        for (qsizetype i = 1; i <= m_buffer.size(); ++i) {
            const bool gap = i < m_buffer.size() && line.maxGapMs > 0
                && line.points[i].x() - line.points[i - 1].x() > line.maxGapMs;
            if (i == m_buffer.size() || gap) {
                if (i - runStart > 1)
                    painter->drawPolyline(m_buffer.constData() + runStart, int(i - runStart));
                else
                    painter->drawPoint(m_buffer[runStart]);
                runStart = i;
            }
        }
        // A few samples (a history that has just begun) would hardly show as a line.
        if (m_buffer.size() < kDotsBelow) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setBrush(line.pen.color());
            for (const QPointF &p : std::as_const(m_buffer))
                painter->drawEllipse(p, 2.5, 2.5);
            painter->setBrush(Qt::NoBrush);
        }
    }
    painter->restore();
}

} // namespace suanli::gui
