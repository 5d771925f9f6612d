#include "sim/unis/uniswire.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <cmath>
#include <limits>

namespace suanli::sim::unis::wire {

namespace {

const QTimeZone &chinaTime()
{
    // A fixed offset: China has no daylight saving, and no time-zone database is needed.
    static const QTimeZone zone(8 * 3600);
    return zone;
}

QDateTime cst(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, chinaTime());
}

} // namespace

SimReply ruoyi(QJsonObject extra, const QString &msg, int code)
{
    extra.insert(QStringLiteral("msg"), msg);
    extra.insert(QStringLiteral("code"), code);
    return SimReply::json(extra, QStringLiteral("code=%1 %2").arg(code).arg(msg));
}

SimReply ruoyiTable(const QJsonArray &rows, qint64 total, const QString &msg)
{
    return SimReply::json({{QStringLiteral("total"), total},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("code"), 200},
                           {QStringLiteral("msg"), msg}},
                          QStringLiteral("code=200"));
}

SimReply envelopeA(const QJsonValue &data, const QString &message)
{
    return SimReply::json({{QStringLiteral("code"), 200},
                           {QStringLiteral("success"), true},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("data"), data}},
                          QStringLiteral("code=200"));
}

SimReply errorA(const QString &message, int code)
{
    return SimReply::json({{QStringLiteral("code"), code},
                           {QStringLiteral("success"), false},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("data"), QJsonValue::Null}},
                          QStringLiteral("code=%1 %2").arg(code).arg(message));
}

SimReply envelopeB(const QJsonValue &data, const QString &message, int returnCode)
{
    return SimReply::json({{QStringLiteral("success"), true},
                           {QStringLiteral("returnCode"), returnCode},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("data"), data}},
                          QStringLiteral("returnCode=%1").arg(returnCode));
}

SimReply errorB(const QString &message, const QJsonValue &data)
{
    return SimReply::json({{QStringLiteral("success"), false},
                           {QStringLiteral("returnCode"), 500},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("data"), data}},
                          QStringLiteral("returnCode=500 ") + message);
}

SimReply envelopeE4(const QJsonValue &result, const QString &message)
{
    return SimReply::json({{QStringLiteral("success"), true},
                           {QStringLiteral("errorCode"), 200},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("result"), result}},
                          QStringLiteral("errorCode=200"));
}

SimReply errorE4(const QString &message)
{
    return SimReply::json({{QStringLiteral("success"), false},
                           {QStringLiteral("errorCode"), 500},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("result"), QJsonValue::Null}},
                          QStringLiteral("errorCode=500 ") + message);
}

SimReply unauthorized(const QString &path)
{
    return SimReply::json(
        {{QStringLiteral("msg"),
          QStringLiteral("请求访问：%1，认证失败，无法访问系统资源").arg(path)},
         {QStringLiteral("code"), 401}},
        QStringLiteral("code=401"));
}

SimReply springError(int status, const QString &path)
{
    QString error;
    switch (status) {
    case 400: error = QStringLiteral("Bad Request"); break;
    case 404: error = QStringLiteral("Not Found"); break;
    case 405: error = QStringLiteral("Method Not Allowed"); break;
    default: error = QStringLiteral("Internal Server Error"); break;
    }
    return SimReply::json(
        {{QStringLiteral("timestamp"), isoUtc(QDateTime::currentMSecsSinceEpoch())},
         {QStringLiteral("status"), status},
         {QStringLiteral("error"), error},
         {QStringLiteral("path"), path}},
        error, status);
}

QString dateTime(qint64 ms)
{
    return cst(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoCst(qint64 ms)
{
    return cst(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+08:00");
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
           + QStringLiteral("+00:00");
}

QString eventTime(qint64 nanosSinceEpoch)
{
    const qint64 ms = nanosSinceEpoch / 1000000;
    const qint64 nanosOfSecond = nanosSinceEpoch % 1000000000;
    return dateTime(ms) + QLatin1Char('.')
           + QStringLiteral("%1").arg(nanosOfSecond, 9, 10, QLatin1Char('0'));
}

QString duration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

std::optional<QString> query(const SimRequest &request, const QString &key)
{
    if (!request.query.hasQueryItem(key))
        return std::nullopt;
    QString raw = request.query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

std::optional<QJsonValue> jsonBody(const SimRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonValue(QJsonObject());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

Read readString(const QJsonObject &body, const QString &key, QString &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return Read::Absent;
    if (value.isString()) {
        out = value.toString();
        return Read::Ok;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 1e15) {
            out = QString::number(qint64(number));
            return Read::Ok;
        }
        out = QString::number(number);
        return Read::Ok;
    }
    return Read::Invalid;
}

Read readInt(const QJsonObject &body, const QString &key, qint64 &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return Read::Absent;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number
            || std::fabs(number) > double(std::numeric_limits<int>::max()))
            return Read::Invalid;
        out = qint64(number);
        return Read::Ok;
    }
    if (value.isString()) {
        static const QRegularExpression digits(QStringLiteral("^-?\\d{1,9}$"));
        const QString text = value.toString();
        if (!digits.match(text).hasMatch())
            return Read::Invalid;
        out = text.toLongLong();
        return Read::Ok;
    }
    return Read::Invalid;
}

Read readBool(const QJsonObject &body, const QString &key, bool &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return Read::Absent;
    if (value.isBool()) {
        out = value.toBool();
        return Read::Ok;
    }
    // Jackson reads "true" / "false" into a boolean field as well.
    if (value.isString()
        && (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false"))) {
        out = value.toString() == QLatin1String("true");
        return Read::Ok;
    }
    return Read::Invalid;
}

QString requiredMessage(const QString &key)
{
    return key + QStringLiteral("不能为空");
}

QString invalidMessage(const QString &key)
{
    return key + QStringLiteral("参数格式错误");
}

QString hexId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace suanli::sim::unis::wire
