#pragma once

#include "yuanjingtypes.h"

#include "core/httprequest.h"
#include "core/resource.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace suanli::yuanjing {

// One 元境 answer: {"status":"ok|error|choose","data":...}.
struct Envelope
{
    QString status; // "ok" or "choose" (errors never get this far)
    QJsonValue data;
    QJsonObject raw;
};

// Everything about 元境's JSON lives here: the envelope, the typos of the wire ("redirct",
// "aapikey", "resposne"), the two shapes of the task list, the stream's lines, and the model
// forms of input_fields.
class Mapping final
{
    Q_DECLARE_TR_FUNCTIONS(YuanjingMapping)
public:
    // The envelope of an answer. "error" becomes a Platform error with the platform's message,
    // or Auth when the message says the session is gone ("need login"); HTTP 401/403 is Auth;
    // other HTTP errors and bodies that are no envelope fail too.
    static Result<Envelope> envelope(const Result<HttpResponse> &response);
    static bool saysNeedLogin(const QString &message);
    // What the user reads when the session cookie is no longer accepted.
    static QString sessionExpiredMessage();

    static Result<QString> smsKey(const Envelope &envelope);
    static Result<LoginOutcome> login(const Envelope &envelope, const QString &originalKey);
    static User user(const QJsonObject &object);
    static Result<QUrl> rechargeUrl(const Envelope &envelope);
    static Result<QList<ApiApp>> apps(const Envelope &envelope);
    static Result<ApiKey> apiKey(const Envelope &envelope);
    static Result<QList<AccountBalance>> balances(const Envelope &envelope);
    static Result<PriceQuote> price(const Envelope &envelope);
    static Result<OrdersPage> orders(const Envelope &envelope, int page, int pageRows);
    static Order order(const QJsonObject &object);
    static Result<QList<VideoModel>> models(const Envelope &envelope, VideoType type);
    static VideoModel model(const QJsonObject &object, VideoType type);
    // input_fields in any of the shapes seen (a list of field objects, or an object keyed by
    // name); the documented fields of the type when there are none.
    static QList<InputField> inputFields(const QJsonValue &value, VideoType type);
    static QList<InputField> documentedFields(VideoType type);
    static Result<QList<VideoTask>> tasks(const Envelope &envelope);
    static VideoTask task(const QJsonObject &object);
    // get_asynctask_status: data.response (or data.resposne) as an event.
    static Result<VideoEvent> taskStatus(const Envelope &envelope, const QString &taskId);
    static Result<PricingResult> pricing(const Envelope &envelope);

    // One line of the vidu_inference stream.
    static VideoEvent videoEvent(const QByteArray &line);
    static VideoEvent videoEvent(const QJsonObject &object, const QByteArray &raw = {});
    // A task with what an event says about it.
    static void apply(VideoTask &task, const VideoEvent &event);

    static QString typeKey(VideoType type); // the wire's Chinese literal
    static std::optional<VideoType> typeFromKey(const QString &key); // the literal, or text/image/reference
    static QString typeLabel(VideoType type);
    static ResourceStatus normalizedStatus(const QString &status);
    // The usage object as short text ("5 s · 720p · audio").
    static QString usageText(const QJsonValue &usage);
    static Resource toResource(const VideoTask &task, const QString &accountId);

private:
    static QString messageOf(const QJsonObject &envelope);
};

} // namespace suanli::yuanjing
