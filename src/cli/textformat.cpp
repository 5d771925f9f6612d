#include "textformat.h"

namespace suanli::cli {

QString TextFormat::time(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("-");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TextFormat::money(const std::optional<Money> &amount)
{
    return amount ? amount->toDecimalString() : QStringLiteral("-");
}

QString TextFormat::status(const Resource &r)
{
    const QString key = ResourceNames::statusKey(r.status);
    if (r.statusText.isEmpty() || r.statusText == key)
        return key;
    return key + QStringLiteral(" (") + r.statusText + u')';
}

QString TextFormat::gpu(const Resource &r)
{
    if (r.gpuModel.isEmpty())
        return r.gpuCount > 0 ? tr("%n GPU(s)", nullptr, r.gpuCount) : QStringLiteral("-");
    if (r.gpuCount <= 0)
        return r.gpuModel;
    return r.gpuModel + QStringLiteral(" × ") + QString::number(r.gpuCount);
}

QString TextFormat::orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString TextFormat::runTime(const Resource &r)
{
    if (!r.startedAt.isValid())
        return QStringLiteral("-");
    const QDateTime end = r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc();
    const qint64 secs = qMax<qint64>(0, r.startedAt.secsTo(end));
    return QStringLiteral("%1:%2:%3")
        .arg(secs / 3600)
        .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace suanli::cli
