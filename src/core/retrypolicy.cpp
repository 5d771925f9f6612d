#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace suanli {

int RetryPolicy::backoffMs(int attempt, const std::function<double()> &unit) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const double ceiling = std::min<double>(maxDelayMs, double(baseDelayMs) * std::pow(2.0, shift));
    const double u = std::clamp(unit(), 0.0, 0.999999);
    return int(std::floor(u * ceiling));
}

std::optional<int> RetryPolicy::retryAfterMs(const QByteArray &headerValue, const QDateTime &nowUtc) const
{
    const QByteArray v = headerValue.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        return int(std::min<qlonglong>(seconds * 1000, maxRetryAfterMs));
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = nowUtc.msecsTo(when);
    return int(std::clamp<qint64>(ms, 0, maxRetryAfterMs));
}

} // namespace suanli
