#pragma once

#include "metricseries.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace suanli {

class MetricStore;

// Samples as CSV (RFC 4180, UTF-8, CRLF line ends), one sample per row, series after series:
//   time,epoch_ms,<subject column>,metric,instance,unit,value
// `time` is ISO 8601 with the China offset (as the CLI's JSON writes times); values are written
// in the shortest form that reads back to the same number.
class MetricCsv final
{
public:
    static QByteArray header(const QString &subjectColumn = QStringLiteral("pod"));
    // The samples of `ids` within [fromMs, toMs].
    static QByteArray write(const MetricStore &store, const QList<MetricSeriesId> &ids, qint64 fromMs, qint64 toMs,
                            const QString &subjectColumn = QStringLiteral("pod"));
    static QByteArray write(const QList<MetricSeries> &series, qint64 fromMs, qint64 toMs,
                            const QString &subjectColumn = QStringLiteral("pod"));

    static QByteArray row(const MetricSeriesId &id, const QString &unit, const MetricPoint &point);
    // A field quoted when it holds a comma, a quote or a line break.
    static QByteArray field(const QString &text);
    static QString number(double value);
};

} // namespace suanli
