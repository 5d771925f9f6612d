#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <cmath>
#include <limits>

namespace suanli::sim::params {

// Reading a request body the way a strict server does. Shared by every simulated platform.
enum class Param { Absent, Ok, Invalid };
enum class DigitStrings { Refuse, Accept };

// A JSON integer; with DigitStrings::Accept also a string of digits ("1"), as some documents'
// examples send. Never "1.5", " 1" or true.
inline Param readInt(const QJsonObject &body, const QString &key, qint64 &out, DigitStrings strings = DigitStrings::Refuse)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return Param::Absent;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number
            || std::fabs(number) > double(std::numeric_limits<int>::max()))
            return Param::Invalid;
        out = qint64(number);
        return Param::Ok;
    }
    if (value.isString() && strings == DigitStrings::Accept) {
        static const QRegularExpression digits(QStringLiteral("^-?\\d{1,9}$"));
        const QString text = value.toString();
        if (!digits.match(text).hasMatch())
            return Param::Invalid;
        out = text.toLongLong();
        return Param::Ok;
    }
    return Param::Invalid;
}

inline Param readString(const QJsonObject &body, const QString &key, QString &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return Param::Absent;
    if (!value.isString())
        return Param::Invalid;
    out = value.toString();
    return Param::Ok;
}

inline QString requiredError(const QString &key)
{
    return key + QStringLiteral(" 参数必填");
}

} // namespace suanli::sim::params
