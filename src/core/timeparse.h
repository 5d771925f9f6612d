#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

#include <optional>

namespace suanli {

// The zone the platforms mean when a time carries none.
QTimeZone chinaTimeZone();

// Parses every time format the platforms send:
//   "2019-08-24T14:15:22Z", "2024-06-21T14:06:18.000+08:00", "2024-06-21T11:22:44+08:00",
//   "2024-06-19 16:06:17" / "2024/06/19 16:06:17" / "2024-06-19T16:06:17" (no zone: `zone`),
//   "2024-06-19" (midnight in `zone`),
//   epoch seconds (10 digits) or milliseconds (13 digits), as a number or a string.
// Empty text, null, 0 and placeholder dates before 1971 give nullopt.
std::optional<QDateTime> parseTime(const QJsonValue &value, const QTimeZone &zone = chinaTimeZone());
std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone = chinaTimeZone());

// "YYYY-MM-DD HH:mm:ss" wall-clock time in China Standard Time, as the platforms expect it.
QString formatChinaWallClock(const QDateTime &time);

// ISO 8601 with offset, in China Standard Time, for the CLI's JSON ("2024-06-19T16:06:17+08:00").
QString formatIsoWithOffset(const QDateTime &time);

} // namespace suanli
