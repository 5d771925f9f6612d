#include "unisenvelope.h"

#include "core/jsonutil.h"
#include "core/redactor.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace suanli::unis {

namespace {

constexpr qsizetype kExcerptChars = 200;

// A code field as an int: 200, "200", 200.0. Absent, null and text that is no number give nullopt.
std::optional<int> codeOf(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const std::optional<qint64> n = json::integer(value);
    if (!n || value.isBool() || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*n);
}

// The words of a body that is no envelope (an HTML error page of the gateway, plain text).
QString excerpt(const QByteArray &body)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = QString::fromUtf8(body).remove(tags).simplified();
    text = Redactor::redact(text);
    if (text.size() > kExcerptChars)
        text = text.left(kExcerptChars) + QStringLiteral("…");
    return text;
}

} // namespace

QString EnvelopeText::signedOut()
{
    return tr("The UNIS platform no longer accepts the sign-in; sign in again.");
}

QString EnvelopeText::notAnEnvelope()
{
    return tr("the answer has neither a code nor a success field");
}

Result<Envelope> decodeEnvelope(int httpStatus, const QByteArray &body)
{
    const bool http2xx = httpStatus >= 200 && httpStatus < 300;
    Result<QJsonObject> parsed = json::parseObject(body);
    if (!parsed) {
        if (httpStatus == 401)
            return ApiError::auth(EnvelopeText::signedOut(), QStringLiteral("401"));
        if (!http2xx) {
            ApiError e = ApiError::http(httpStatus, {});
            const QString words = excerpt(body);
            if (!words.isEmpty())
                e.message = ApiError::tr("The server answered with HTTP status %1: %2").arg(httpStatus).arg(words);
            return e;
        }
        return parsed.error();
    }
    const QJsonObject o = parsed.value();

    Envelope env;
    env.whole = o;
    // The first code field that is present decides: code, then errorCode, then returnCode.
    std::optional<int> code;
    QString codeText;
    bool codePresent = false;
    for (const QLatin1String key : {QLatin1String("code"), QLatin1String("errorCode"), QLatin1String("returnCode")}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        codePresent = true;
        code = codeOf(v);
        codeText = json::text(v);
        break;
    }
    env.code = code.value_or(0);
    const QJsonValue msg = o.value(QLatin1String("msg"));
    env.message = json::text(msg.isUndefined() || msg.isNull() ? o.value(QLatin1String("message")) : msg).trimmed();
    if (o.contains(QLatin1String("data")))
        env.data = o.value(QLatin1String("data"));
    else if (o.contains(QLatin1String("result")))
        env.data = o.value(QLatin1String("result"));
    else
        env.data = QJsonValue(QJsonValue::Undefined);
    const QJsonValue rows = o.value(QLatin1String("rows"));
    if (rows.isArray())
        env.rows = rows.toArray();
    if (auto total = json::integer(o.value(QLatin1String("total"))); total && !o.value(QLatin1String("total")).isBool())
        env.total = *total;

    const QJsonValue successValue = o.value(QLatin1String("success"));
    const bool successPresent = successValue.isBool() || successValue.isString() || successValue.isDouble();
    const bool successFalse = successPresent && !json::boolean(successValue);
    const bool successTrue = successPresent && json::boolean(successValue);

    if (code == 401 || httpStatus == 401)
        return ApiError::auth(env.message.isEmpty() ? EnvelopeText::signedOut() : Redactor::redact(env.message),
                              QStringLiteral("401"));

    bool ok = false;
    if (codePresent)
        ok = !successFalse && (code == 200 || (code == 0 && successTrue));
    else if (successPresent)
        ok = successTrue; // E5: fields at top level beside success / message
    else
        return http2xx ? Result<Envelope>(ApiError::parse(EnvelopeText::notAnEnvelope()))
                       : Result<Envelope>(ApiError::http(httpStatus, {}));

    if (ok && http2xx)
        return env;
    if (ok) // a success envelope on an error status: the HTTP status is the truth
        return ApiError::http(httpStatus, {});
    ApiError e = ApiError::platform(codeText.isEmpty() ? QString() : codeText, Redactor::redact(env.message));
    e.httpStatus = httpStatus;
    // A gateway's 5xx wrapped in an envelope may pass; the platform's own refusals will not.
    e.retryable = httpStatus >= 500;
    return e;
}

QJsonValue parseEmbeddedJson(const QJsonValue &value)
{
    if (!value.isString())
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (!text.startsWith(u'{') && !text.startsWith(u'['))
        return value;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return value;
    if (doc.isObject())
        return doc.object();
    return doc.array();
}

} // namespace suanli::unis
