#include "metriccsv.h"

#include "metricstore.h"
#include "timeparse.h"

#include <QDateTime>
#include <QLocale>

namespace suanli {

namespace {

const QByteArray kLineEnd = QByteArrayLiteral("\r\n");

} // namespace

QByteArray MetricCsv::header(const QString &subjectColumn)
{
    return QByteArrayLiteral("time,epoch_ms,") + field(subjectColumn) + QByteArrayLiteral(",metric,instance,unit,value")
        + kLineEnd;
}

QByteArray MetricCsv::field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace('"', QByteArrayLiteral("\"\""));
    return '"' + utf8 + '"';
}

QString MetricCsv::number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray MetricCsv::row(const MetricSeriesId &id, const QString &unit, const MetricPoint &point)
{
    QByteArray line = formatIsoWithOffset(QDateTime::fromMSecsSinceEpoch(point.timeMs)).toUtf8();
    line += ',' + QByteArray::number(point.timeMs);
    line += ',' + field(id.subject);
    line += ',' + field(id.metric);
    line += ',' + field(id.instance);
    line += ',' + field(unit);
    line += ',' + number(point.value).toUtf8();
    line += kLineEnd;
    return line;
}

QByteArray MetricCsv::write(const MetricStore &store, const QList<MetricSeriesId> &ids, qint64 fromMs, qint64 toMs,
                            const QString &subjectColumn)
{
    QByteArray out = header(subjectColumn);
    for (const MetricSeriesId &id : ids) {
        const QString unit = store.unit(id);
        for (const MetricPoint &point : store.range(id, fromMs, toMs))
            out += row(id, unit, point);
    }
    return out;
}

QByteArray MetricCsv::write(const QList<MetricSeries> &series, qint64 fromMs, qint64 toMs, const QString &subjectColumn)
{
    QByteArray out = header(subjectColumn);
    for (const MetricSeries &s : series) {
        for (const MetricPoint &point : s.points) {
            if (point.timeMs >= fromMs && point.timeMs <= toMs)
                out += row(s.id, s.unit, point);
        }
    }
    return out;
}

} // namespace suanli
