#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPolygonF>
#include <QRectF>

namespace suanli::gui {

// The lines of a MetricChartView, drawn inside the QChart's plot area. QtCharts keeps the axes,
// grid, legend and layout; the lines are painted here because a QLineSeries rebuilds a stroked
// hit-test outline of its whole line on every update (QPainterPathStroker with miter joins),
// which costs far more than drawing a decimated polyline with a one-pixel cosmetic pen.
class MetricChartPlot final : public QGraphicsItem
{
public:
    struct Line
    {
        QList<QPointF> points; // x: epoch ms, y: in the axis' scale, time order
        QPen pen;
        double maxGapMs = 0;   // samples further apart are not joined (no data is not a line); 0: always joined
    };

    explicit MetricChartPlot(QGraphicsItem *parent = nullptr);

    void setArea(const QRectF &area);
    QRectF area() const { return m_area; }
    void setRanges(double xMin, double xMax, double yMin, double yMax);
    void setLines(QList<Line> lines);
    const QList<Line> &lines() const { return m_lines; }
    // Where a value lands in the item's (the chart's) coordinates, and back.
    QPointF position(const QPointF &value) const;
    QPointF value(const QPointF &position) const;

    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_area;
    double m_xMin = 0;
    double m_xMax = 1;
    double m_yMin = 0;
    double m_yMax = 1;
    QList<Line> m_lines;
    QPolygonF m_buffer; // reused for every line's pixel positions
};

} // namespace suanli::gui
