#pragma once

#include <QCoreApplication>
#include <QString>

namespace suanli {

// The units metrics come in, and how to show them. A unit is one of these codes:
// "%", "MB/s", "Mb/s", "B", "W", "°C", "ms", "req/s", "tokens/s", "cores", "GB", "cards",
// or "" for a plain number.
class MetricUnit final
{
    Q_DECLARE_TR_FUNCTIONS(MetricUnit)
public:
    // How values are divided and labelled on an axis whose largest value is `maxValue`.
    struct Scale
    {
        double divisor = 1;
        QString label; // translated
    };

    static QString label(const QString &unit);
    static Scale scaleFor(const QString &unit, double maxValue);
    // "85.2 °C", "1.30 GB/s", "12 %": the value in the scale that suits it.
    static QString format(double value, const QString &unit);
    // "4.55 / 8.73 TB", "230 / 1,056 cores": a used amount beside its total, in the total's scale.
    static QString formatOf(double used, double total, const QString &unit);
    // The top of an axis: 100 for percentages that stay within it, otherwise the next
    // 1, 2, 2.5 or 5 times a power of ten at or above `maxValue` (1 for 0).
    static double niceCeiling(double maxValue, const QString &unit = {});
    static bool isPercent(const QString &unit) { return unit == u"%"; }
};

} // namespace suanli
