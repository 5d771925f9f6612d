#include "jsonutil.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace suanli::json {

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QByteArray data = body;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty())
        return ApiError::parse(ApiError::tr("the body is empty"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        return ApiError::parse(ApiError::tr("%1 at byte %2").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return ApiError::parse(ApiError::tr("expected a JSON object"));
    return doc.object();
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::fabs(d) < 9.0e15 && d == std::floor(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return qint64(std::llround(d));
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return v;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return std::nullopt;
}

qint64 integerOr(const QJsonValue &value, qint64 fallback)
{
    return integer(value).value_or(fallback);
}

bool boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString s = value.toString().trimmed().toLower();
    return s == u"1" || s == u"true" || s == u"y" || s == u"yes";
}

} // namespace suanli::json
