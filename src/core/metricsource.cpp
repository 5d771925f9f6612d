#include "metricsource.h"

namespace suanli {

MetricSource::MetricSource(QObject *parent)
    : QObject(parent)
{
}

MetricSource::~MetricSource() = default;

QString MetricSource::subjectLabel(const QString &subject) const
{
    return subject;
}

QString MetricSource::subjectColumn() const
{
    return QStringLiteral("pod");
}

std::optional<MetricInfo> MetricSource::metric(const QString &key) const
{
    for (const MetricInfo &info : metrics()) {
        if (info.key == key)
            return info;
    }
    return std::nullopt;
}

} // namespace suanli
