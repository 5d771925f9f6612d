#include "metricunit.h"

#include <QLocale>

#include <cmath>

namespace suanli {

QString MetricUnit::label(const QString &unit)
{
    if (unit == u"req/s")
        return tr("req/s");
    if (unit == u"tokens/s")
        return tr("tokens/s");
    if (unit == u"cores")
        return tr("cores");
    if (unit == u"cards")
        return tr("cards");
    return unit;
}

MetricUnit::Scale MetricUnit::scaleFor(const QString &unit, double maxValue)
{
    const double m = std::fabs(maxValue);
    if (unit == u"MB/s") {
        if (m >= 1024.0 * 1024.0)
            return {1024.0 * 1024.0, QStringLiteral("TB/s")};
        if (m >= 1024.0)
            return {1024.0, QStringLiteral("GB/s")};
        if (m > 0 && m < 1.0)
            return {1.0 / 1024.0, QStringLiteral("KB/s")};
        return {1.0, unit};
    }
    if (unit == u"Mb/s") {
        if (m >= 1e6)
            return {1e6, QStringLiteral("Tb/s")};
        if (m >= 1e3)
            return {1e3, QStringLiteral("Gb/s")};
        if (m > 0 && m < 1.0)
            return {1e-3, QStringLiteral("Kb/s")};
        return {1.0, unit};
    }
    if (unit == u"B") {
        static const char *const names[] = {"B", "KB", "MB", "GB", "TB", "PB"};
        double divisor = 1;
        int i = 0;
        while (m >= divisor * 1024.0 && i < 5) {
            divisor *= 1024.0;
            ++i;
        }
        return {divisor, QString::fromLatin1(names[i])};
    }
    if (unit == u"ms" && m >= 10000.0)
        return {1000.0, tr("s")};
    if (unit == u"GB" && m >= 1024.0)
        return {1024.0, QStringLiteral("TB")};
    return {1.0, label(unit)};
}

namespace {

// Counted things (cores, cards) are whole; other values get fewer decimals as they grow.
QString scaledNumber(double scaled, const QString &unit, double magnitude)
{
    const bool counted = unit == u"cores" || unit == u"cards";
    const int decimals = counted || magnitude >= 100 || magnitude == 0 ? 0 : magnitude >= 10 ? 1 : 2;
    return QLocale().toString(scaled, 'f', decimals);
}

} // namespace

QString MetricUnit::format(double value, const QString &unit)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    const Scale scale = scaleFor(unit, value);
    const double scaled = value / scale.divisor;
    const QString number = scaledNumber(scaled, unit, std::fabs(scaled));
    if (scale.label.isEmpty())
        return number;
    return number + u' ' + scale.label;
}

QString MetricUnit::formatOf(double used, double total, const QString &unit)
{
    const Scale scale = scaleFor(unit, total);
    const double magnitude = std::fabs(total / scale.divisor);
    QString text = scaledNumber(used / scale.divisor, unit, magnitude) + QStringLiteral(" / ")
        + scaledNumber(total / scale.divisor, unit, magnitude);
    if (!scale.label.isEmpty())
        text += u' ' + scale.label;
    return text;
}

double MetricUnit::niceCeiling(double maxValue, const QString &unit)
{
    if (isPercent(unit) && maxValue <= 100.0)
        return 100.0;
    if (!(maxValue > 0) || !std::isfinite(maxValue))
        return 1.0;
    const double exponent = std::floor(std::log10(maxValue));
    const double base = std::pow(10.0, exponent);
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * base >= maxValue * (1 - 1e-12))
            return step * base;
    }
    return 10.0 * base;
}

} // namespace suanli
