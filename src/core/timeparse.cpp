#include "timeparse.h"

#include <QRegularExpression>

namespace suanli {

namespace {

constexpr qint64 kMinPlausibleMs = 31536000000LL; // 1971-01-01: earlier means "no date"

std::optional<QDateTime> fromEpoch(qint64 number)
{
    if (number <= 0)
        return std::nullopt;
    // 13 digits: milliseconds; 10 digits: seconds.
    const qint64 ms = number >= 100000000000LL ? number : number * 1000;
    if (ms < kMinPlausibleMs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

QTimeZone chinaTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
        return z.isValid() ? z : QTimeZone(8 * 3600);
    }();
    return zone;
}

std::optional<QDateTime> parseTime(const QJsonValue &value, const QTimeZone &zone)
{
    if (value.isDouble())
        return fromEpoch(qint64(value.toDouble()));
    if (value.isString())
        return parseTime(value.toString(), zone);
    return std::nullopt;
}

std::optional<QDateTime> parseTime(const QString &input, const QTimeZone &zone)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    static const QRegularExpression digitsOnly(QStringLiteral(R"(^\d{9,13}$)"));
    if (digitsOnly.match(text).hasMatch())
        return fromEpoch(text.toLongLong());

    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    int msec = 0;
    if (m.hasCaptured(7)) {
        const QString frac = QString(m.captured(7) + QStringLiteral("00")).left(3);
        msec = frac.toInt();
    }
    const QTime time = m.hasCaptured(4) && !m.captured(4).isEmpty()
        ? QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt(), msec)
        : QTime(0, 0);
    if (!time.isValid())
        return std::nullopt;

    QTimeZone tz = zone;
    const QString offset = m.captured(8);
    if (offset == u"Z") {
        tz = QTimeZone::utc();
    } else if (!offset.isEmpty()) {
        QString digits = offset.mid(1);
        digits.remove(u':');
        const int seconds = (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt()) * 60;
        tz = QTimeZone(offset.startsWith(u'-') ? -seconds : seconds);
    }
    QDateTime result(date, time, tz);
    if (!result.isValid() || result.toMSecsSinceEpoch() < kMinPlausibleMs)
        return std::nullopt;
    return result;
}

QString formatChinaWallClock(const QDateTime &time)
{
    return time.toTimeZone(chinaTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatIsoWithOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // One zone for every platform's times, so scripts can compare them as text.
    const QDateTime t = time.toTimeZone(chinaTimeZone());
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace suanli
