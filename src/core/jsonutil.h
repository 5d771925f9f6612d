#pragma once

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace suanli::json {

// Parses a response body that must be one JSON object. Rejects everything else with a
// Parse error, including bodies QJsonDocument would accept only partly.
Result<QJsonObject> parseObject(const QByteArray &body);

// Lenient readers for the platforms' mixed typing ("12" vs 12, "true" vs true).
QString text(const QJsonValue &value);                // strings as they are, numbers printed, null ""
std::optional<qint64> integer(const QJsonValue &value); // 12, 12.0, "12"
qint64 integerOr(const QJsonValue &value, qint64 fallback);
bool boolean(const QJsonValue &value);                // true, 1, "1", "true", "Y"

} // namespace suanli::json
