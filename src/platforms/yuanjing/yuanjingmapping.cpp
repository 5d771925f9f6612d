#include "yuanjingmapping.h"

#include "core/jsonutil.h"
#include "core/redactor.h"
#include "core/timeparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace suanli::yuanjing {

namespace {

constexpr qsizetype kExcerptChars = 200;
constexpr qsizetype kNameChars = 80;

QString textOf(const QJsonObject &o, const char *key)
{
    return json::text(o.value(QLatin1String(key))).trimmed();
}

// The first of several spellings that is present.
QJsonValue firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString excerpt(const QByteArray &body)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString t = Redactor::redact(QString::fromUtf8(body).remove(tags).simplified());
    if (t.size() > kExcerptChars)
        t = t.left(kExcerptChars) + QStringLiteral("…");
    return t;
}

int clampInt(qint64 v)
{
    return int(std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QDateTime timeOf(const QJsonValue &v)
{
    return parseTime(v).value_or(QDateTime());
}

InputField::Kind kindOf(const QString &uiType, const QString &name, bool hasChoices)
{
    const QString t = uiType.toLower();
    if (t == u"image" || t == u"img" || t == u"file" || t == u"picture" || t == u"upload")
        return InputField::Kind::Image;
    if (t == u"check" || t == u"checkbox" || t == u"bool" || t == u"boolean" || t == u"switch")
        return InputField::Kind::Boolean;
    if (hasChoices || t == u"code" || t == u"select" || t == u"combo" || t == u"radio")
        return hasChoices ? InputField::Kind::Choice : InputField::Kind::Text;
    if (t == u"int" || t == u"integer" || t == u"number" || t == u"float" || t == u"slider")
        return InputField::Kind::Integer;
    if (!t.isEmpty())
        return InputField::Kind::Text;
    // No type given: the documented fields are known by name.
    if (name == u"duration")
        return InputField::Kind::Integer;
    if (name == u"audio")
        return InputField::Kind::Boolean;
    if (name == u"image" || name.endsWith(u"_image") || name.endsWith(u"_img"))
        return InputField::Kind::Image;
    return InputField::Kind::Text;
}

InputField fieldOf(const QString &fallbackName, const QJsonObject &o)
{
    InputField f;
    f.name = textOf(o, "name");
    if (f.name.isEmpty())
        f.name = textOf(o, "field");
    if (f.name.isEmpty())
        f.name = fallbackName;
    f.label = json::text(firstOf(o, {"label", "title", "text", "cname", "description"})).trimmed();
    if (f.label.isEmpty())
        f.label = f.name;
    const QJsonValue options = firstOf(o, {"data", "options", "choices", "values"});
    if (options.isArray()) {
        for (const QJsonValue &v : options.toArray()) {
            QString value;
            QString label;
            if (v.isObject()) {
                value = json::text(v.toObject().value(QStringLiteral("value")));
                label = json::text(firstOf(v.toObject(), {"text", "label", "name"}));
            } else {
                value = json::text(v);
            }
            if (value.isEmpty())
                continue;
            f.choices.append(value);
            f.choiceLabels.append(label.isEmpty() ? value : label);
        }
    }
    f.kind = kindOf(json::text(firstOf(o, {"uitype", "type", "input_type"})), f.name, !f.choices.isEmpty());
    f.required = json::boolean(o.value(QStringLiteral("required")));
    f.minimum = clampInt(json::integerOr(firstOf(o, {"min", "minimum"}), 0));
    f.maximum = clampInt(json::integerOr(firstOf(o, {"max", "maximum"}), 0));
    if (f.kind == InputField::Kind::Integer && f.name == u"duration") {
        // The document's range, where the model does not say.
        if (f.minimum <= 0)
            f.minimum = 1;
        if (f.maximum <= 0)
            f.maximum = 15;
    }
    f.defaultValue = firstOf(o, {"value", "default", "default_value"});
    if (f.defaultValue.isUndefined())
        f.defaultValue = QJsonValue();
    if (f.name == u"prompt")
        f.required = true;
    return f;
}

InputField choice(const QString &name, const QString &label, const QStringList &values, const QString &value)
{
    InputField f;
    f.name = name;
    f.label = label;
    f.kind = InputField::Kind::Choice;
    f.choices = values;
    f.choiceLabels = values;
    f.defaultValue = value;
    return f;
}

// The text of a message-like field, possibly nested.
QString messageIn(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (!value.isObject())
        return {};
    const QJsonObject o = value.toObject();
    for (const char *key : {"message", "msg", "error", "reason", "detail"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString t = v.isObject() ? messageIn(v) : json::text(v).trimmed();
        if (!t.isEmpty() && !v.isBool())
            return t;
    }
    return {};
}

} // namespace

// ---- types --------------------------------------------------------------------------------------

const InputField *VideoModel::field(const QString &name) const
{
    for (const InputField &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

bool VideoModel::needsImage() const
{
    return std::any_of(fields.cbegin(), fields.cend(), [](const InputField &f) { return f.kind == InputField::Kind::Image; });
}

QJsonObject VideoRequest::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("llmid"), llmid);
    o.insert(QStringLiteral("prompt"), prompt);
    o.insert(QStringLiteral("duration"), duration);
    o.insert(QStringLiteral("audio"), audio);
    if (!ratio.isEmpty())
        o.insert(QStringLiteral("ratio"), ratio);
    if (!resolution.isEmpty())
        o.insert(QStringLiteral("resolution"), resolution);
    if (!image.isEmpty())
        o.insert(QStringLiteral("image"), image);
    return o;
}

QJsonObject VideoRequest::priceConfig() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("duration"), duration);
    o.insert(QStringLiteral("audio"), audio);
    if (!ratio.isEmpty())
        o.insert(QStringLiteral("ratio"), ratio);
    if (!resolution.isEmpty())
        o.insert(QStringLiteral("resolution"), resolution);
    return o;
}

bool VideoTask::succeeded() const
{
    return status.compare(QStringLiteral("SUCCEEDED"), Qt::CaseInsensitive) == 0;
}

bool VideoTask::failed() const
{
    return status.compare(QStringLiteral("FAILED"), Qt::CaseInsensitive) == 0;
}

// ---- envelope -------------------------------------------------------------------------------------

QString Mapping::sessionExpiredMessage()
{
    return tr("The 元境 session has ended. Sign in again with a new SMS code.");
}

bool Mapping::saysNeedLogin(const QString &message)
{
    const QString m = message.toLower();
    static const char16_t *const needles[] = {u"need login", u"not login", u"not logged", u"login required",
                                              u"please login", u"please log in", u"未登录", u"请登录",
                                              u"请先登录", u"登录已过期", u"登录超时", u"重新登录",
                                              u"会话已过期", u"session expired"};
    return std::any_of(std::begin(needles), std::end(needles),
                       [&](const char16_t *n) { return m.contains(QStringView(n)); });
}

QString Mapping::messageOf(const QJsonObject &envelope)
{
    QString m = messageIn(envelope.value(QStringLiteral("data")));
    if (m.isEmpty())
        m = messageIn(envelope);
    return m;
}

Result<Envelope> Mapping::envelope(const Result<HttpResponse> &response)
{
    if (!response)
        return response.error();
    const HttpResponse &r = response.value();
    if (r.status == 401 || r.status == 403) {
        ApiError e = ApiError::auth(sessionExpiredMessage());
        e.httpStatus = r.status;
        return e;
    }
    if (r.status < 200 || r.status >= 300) {
        const QString text = excerpt(r.body);
        return ApiError::http(r.status, text.isEmpty() ? QString() : tr("HTTP %1: %2").arg(r.status).arg(text));
    }
    Result<QJsonObject> parsed = json::parseObject(r.body);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    const QString status = json::text(o.value(QStringLiteral("status"))).trimmed().toLower();
    if (status == u"error") {
        const QString message = Redactor::redact(messageOf(o));
        if (saysNeedLogin(message)) {
            ApiError e = ApiError::auth(sessionExpiredMessage());
            e.platformCode = QString();
            return e;
        }
        return ApiError::platform(QString(), message.isEmpty() ? tr("元境 reported an error without saying which.") : message);
    }
    if (status != u"ok" && status != u"choose")
        return ApiError::parse(status.isEmpty() ? tr("the answer has no \"status\"")
                                                : tr("the status \"%1\" is unknown").arg(status));
    return Envelope{status, o.value(QStringLiteral("data")), o};
}

// ---- sign-in --------------------------------------------------------------------------------------

Result<QString> Mapping::smsKey(const Envelope &envelope)
{
    const QString key = json::text(envelope.data.toObject().value(QStringLiteral("key"))).trimmed();
    if (key.isEmpty())
        return ApiError::parse(tr("the answer has no \"key\" to sign in with"));
    return key;
}

User Mapping::user(const QJsonObject &o)
{
    User u;
    u.id = textOf(o, "id");
    u.username = textOf(o, "username");
    u.orgid = textOf(o, "orgid");
    u.nickName = textOf(o, "nick_name");
    u.mobile = json::text(firstOf(o, {"mobile", "cellphone", "phone"})).trimmed();
    return u;
}

Result<LoginOutcome> Mapping::login(const Envelope &envelope, const QString &originalKey)
{
    const QJsonObject data = envelope.data.toObject();
    LoginOutcome out;
    if (envelope.status == u"choose") {
        const QJsonValue users = data.value(QStringLiteral("users"));
        if (!users.isArray())
            return ApiError::parse(tr("the choice of accounts has no \"users\" list"));
        for (const QJsonValue &v : users.toArray()) {
            if (!v.isObject())
                return ApiError::parse(tr("an account to choose is not an object"));
            const User u = user(v.toObject());
            if (u.id.isEmpty())
                return ApiError::parse(tr("an account to choose has no id"));
            out.candidates.append(u);
        }
        if (out.candidates.isEmpty())
            return ApiError::parse(tr("the choice of accounts is empty"));
        // The platform's own code leaves the key out here: the first one still holds.
        out.key = json::text(data.value(QStringLiteral("key"))).trimmed();
        if (out.key.isEmpty())
            out.key = originalKey;
        return out;
    }
    const QJsonValue u = data.value(QStringLiteral("user"));
    if (!u.isObject())
        return ApiError::parse(tr("the sign-in answer has no \"user\""));
    out.user = user(u.toObject());
    if (out.user.id.isEmpty())
        return ApiError::parse(tr("the signed-in user has no id"));
    out.signedIn = true;
    return out;
}

// ---- money ----------------------------------------------------------------------------------------

Result<QUrl> Mapping::rechargeUrl(const Envelope &envelope)
{
    const QJsonObject data = envelope.data.toObject();
    // "redirct" is the document's spelling; "redirect" as a safeguard.
    const QString text = json::text(firstOf(data, {"redirct", "redirect", "url"})).trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty())
        return ApiError::parse(tr("the answer has no payment address (\"redirct\")"));
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return ApiError::parse(tr("the payment address is not a web address"));
    return url;
}

Result<QList<AccountBalance>> Mapping::balances(const Envelope &envelope)
{
    QJsonArray list;
    if (envelope.data.isArray())
        list = envelope.data.toArray();
    else if (envelope.data.isObject())
        list.append(envelope.data); // one account without the list around it
    else if (!envelope.data.isNull() && !envelope.data.isUndefined())
        return ApiError::parse(tr("the balance is neither a list nor an object"));
    QList<AccountBalance> out;
    for (const QJsonValue &v : list) {
        if (!v.isObject())
            return ApiError::parse(tr("a balance entry is not an object"));
        const QJsonObject o = v.toObject();
        const auto amount = Money::fromJson(o.value(QStringLiteral("balance")));
        if (!amount)
            return ApiError::parse(tr("a balance entry has no amount"));
        AccountBalance b;
        b.account = textOf(o, "account");
        if (b.account.isEmpty())
            b.account = json::text(firstOf(o, {"name", "accountname", "subject"})).trimmed();
        b.balance = *amount;
        out.append(b);
    }
    return out;
}

Result<PriceQuote> Mapping::price(const Envelope &envelope)
{
    const QJsonObject data = envelope.data.toObject();
    const auto list = Money::fromJson(data.value(QStringLiteral("list_price")));
    const auto price = Money::fromJson(data.value(QStringLiteral("price")));
    if (!price)
        return ApiError::parse(tr("the answer has no \"price\""));
    PriceQuote q;
    q.price = *price;
    q.listPrice = list.value_or(*price);
    q.configData = data.value(QStringLiteral("config_data")).toObject();
    return q;
}

Result<PricingResult> Mapping::pricing(const Envelope &envelope)
{
    const QJsonObject data = envelope.data.toObject();
    const auto result = Money::fromJson(data.value(QStringLiteral("result")));
    if (!result)
        return ApiError::parse(tr("the answer has no \"result\""));
    return PricingResult{textOf(data, "ppid"), data.value(QStringLiteral("data")).toObject(), *result};
}

QString Mapping::usageText(const QJsonValue &usage)
{
    if (usage.isDouble() || usage.isString())
        return json::text(usage);
    if (!usage.isObject())
        return {};
    const QJsonObject o = usage.toObject();
    QStringList parts;
    for (const char *key : {"seconds", "duration"}) {
        if (o.contains(QLatin1String(key)))
            parts.append(tr("%1 s").arg(json::text(o.value(QLatin1String(key)))));
    }
    if (o.contains(QStringLiteral("resolution")))
        parts.append(json::text(o.value(QStringLiteral("resolution"))));
    if (json::boolean(o.value(QStringLiteral("audio"))))
        parts.append(tr("audio"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"seconds" || it.key() == u"duration" || it.key() == u"resolution" || it.key() == u"audio")
            continue;
        const QString v = it.value().isObject() || it.value().isArray()
                              ? QString::fromUtf8(QJsonDocument(it.value().isObject() ? QJsonDocument(it.value().toObject())
                                                                                       : QJsonDocument(it.value().toArray()))
                                                      .toJson(QJsonDocument::Compact))
                              : json::text(it.value());
        parts.append(it.key() + QLatin1Char(' ') + v);
    }
    return parts.join(QStringLiteral(" · "));
}

Order Mapping::order(const QJsonObject &o)
{
    Order r;
    r.llmid = textOf(o, "llmid");
    r.name = textOf(o, "name");
    r.model = textOf(o, "model");
    r.useDate = textOf(o, "use_date");
    r.usedAt = timeOf(o.value(QStringLiteral("use_time")));
    if (!r.usedAt.isValid())
        r.usedAt = timeOf(o.value(QStringLiteral("use_date")));
    r.usageRaw = o.value(QStringLiteral("usage")).toObject();
    r.usage = usageText(o.value(QStringLiteral("usage")));
    r.amount = Money::fromJson(o.value(QStringLiteral("amount"))).value_or(Money());
    r.status = textOf(o, "status");
    r.accountingStatus = textOf(o, "accounting_status");
    r.raw = o;
    return r;
}

Result<OrdersPage> Mapping::orders(const Envelope &envelope, int page, int pageRows)
{
    const QJsonObject data = envelope.data.toObject();
    const QJsonValue rows = data.value(QStringLiteral("rows"));
    if (!rows.isArray() && !rows.isNull() && !rows.isUndefined())
        return ApiError::parse(tr("\"rows\" is not a list"));
    OrdersPage out;
    out.page = page;
    out.pageRows = pageRows;
    for (const QJsonValue &v : rows.toArray()) {
        if (!v.isObject())
            return ApiError::parse(tr("an order is not an object"));
        out.rows.append(order(v.toObject()));
    }
    out.total = clampInt(json::integerOr(data.value(QStringLiteral("total")), out.rows.size()));
    return out;
}

// ---- API keys -------------------------------------------------------------------------------------

Result<QList<ApiApp>> Mapping::apps(const Envelope &envelope)
{
    QJsonValue list = envelope.data.toObject().value(QStringLiteral("apikeys"));
    if (list.isUndefined() && envelope.data.isArray())
        list = envelope.data;
    if (list.isUndefined() || list.isNull())
        return QList<ApiApp>();
    if (!list.isArray())
        return ApiError::parse(tr("\"apikeys\" is not a list"));
    QList<ApiApp> out;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            return ApiError::parse(tr("an app is not an object"));
        const QJsonObject o = v.toObject();
        ApiApp a;
        a.id = json::text(firstOf(o, {"id", "apikeyid"})).trimmed();
        // The platform's code says "name" where the document says "appname".
        a.appname = json::text(firstOf(o, {"appname", "name"})).trimmed();
        if (a.id.isEmpty())
            return ApiError::parse(tr("an app has no id"));
        out.append(a);
    }
    return out;
}

Result<ApiKey> Mapping::apiKey(const Envelope &envelope)
{
    const QJsonObject data = envelope.data.toObject();
    ApiKey k;
    k.appname = json::text(firstOf(data, {"appname", "name"})).trimmed();
    // "aapikey" is the document's spelling; the platform's code says "apikey".
    k.apikey = json::text(firstOf(data, {"aapikey", "apikey"})).trimmed();
    k.secretkey = textOf(data, "secretkey");
    if (k.apikey.isEmpty())
        return ApiError::parse(tr("the answer has no API key (\"aapikey\")"));
    Redactor::registerSecret(k.apikey);
    Redactor::registerSecret(k.secretkey);
    return k;
}

// ---- video models -----------------------------------------------------------------------------------

QString Mapping::typeKey(VideoType type)
{
    switch (type) {
    case VideoType::TextToVideo: return QStringLiteral("文生视频");
    case VideoType::ImageToVideo: return QStringLiteral("图生视频");
    case VideoType::ReferenceToVideo: return QStringLiteral("参考生视频");
    }
    return {};
}

std::optional<VideoType> Mapping::typeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == typeKey(VideoType::TextToVideo) || k == u"text" || k == u"text-to-video" || k == u"t2v")
        return VideoType::TextToVideo;
    if (k == typeKey(VideoType::ImageToVideo) || k == u"image" || k == u"image-to-video" || k == u"i2v")
        return VideoType::ImageToVideo;
    if (k == typeKey(VideoType::ReferenceToVideo) || k == u"reference" || k == u"reference-to-video" || k == u"r2v")
        return VideoType::ReferenceToVideo;
    return std::nullopt;
}

QString Mapping::typeLabel(VideoType type)
{
    switch (type) {
    case VideoType::TextToVideo: return tr("Text to video (文生视频)");
    case VideoType::ImageToVideo: return tr("Image to video (图生视频)");
    case VideoType::ReferenceToVideo: return tr("Reference to video (参考生视频)");
    }
    return {};
}

QList<InputField> Mapping::documentedFields(VideoType type)
{
    QList<InputField> fields;
    if (type != VideoType::TextToVideo) {
        InputField image;
        image.name = QStringLiteral("image");
        image.label = type == VideoType::ImageToVideo ? tr("First frame") : tr("Reference image");
        image.kind = InputField::Kind::Image;
        image.required = true;
        fields.append(image);
    }
    InputField prompt;
    prompt.name = QStringLiteral("prompt");
    prompt.label = tr("Prompt");
    prompt.required = true;
    fields.append(prompt);
    InputField duration;
    duration.name = QStringLiteral("duration");
    duration.label = tr("Duration (s)");
    duration.kind = InputField::Kind::Integer;
    duration.minimum = 1;
    duration.maximum = 15;
    duration.defaultValue = 5;
    fields.append(duration);
    InputField audio;
    audio.name = QStringLiteral("audio");
    audio.label = tr("Audio");
    audio.kind = InputField::Kind::Boolean;
    audio.defaultValue = false;
    fields.append(audio);
    fields.append(choice(QStringLiteral("ratio"), tr("Aspect ratio"),
                         {QStringLiteral("16:9"), QStringLiteral("9:16"), QStringLiteral("4:3"), QStringLiteral("3:4"),
                          QStringLiteral("1:1")},
                         QStringLiteral("16:9")));
    fields.append(choice(QStringLiteral("resolution"), tr("Resolution"),
                         {QStringLiteral("540p"), QStringLiteral("720p"), QStringLiteral("1080p")}, QStringLiteral("720p")));
    return fields;
}

QList<InputField> Mapping::inputFields(const QJsonValue &value, VideoType type)
{
    QList<InputField> out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (v.isObject())
                out.append(fieldOf(QString(), v.toObject()));
            else if (v.isString() && !v.toString().trimmed().isEmpty())
                out.append(fieldOf(v.toString().trimmed(), {}));
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append(fieldOf(it.key(), it.value().toObject()));
    } else if (value.isString()) {
        // A form sent as JSON text.
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (doc.isArray() || doc.isObject())
            return inputFields(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), type);
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const InputField &f) { return f.name.isEmpty(); }), out.end());
    if (out.isEmpty())
        return documentedFields(type);
    // A prompt is always asked for: the endpoint requires one.
    if (std::none_of(out.cbegin(), out.cend(), [](const InputField &f) { return f.name == u"prompt"; })) {
        InputField prompt;
        prompt.name = QStringLiteral("prompt");
        prompt.label = tr("Prompt");
        prompt.required = true;
        out.prepend(prompt);
    }
    return out;
}

VideoModel Mapping::model(const QJsonObject &o, VideoType type)
{
    VideoModel m;
    m.id = json::text(firstOf(o, {"id", "llmid"})).trimmed();
    m.name = textOf(o, "name");
    m.model = textOf(o, "model");
    m.description = textOf(o, "description");
    m.type = type;
    m.fields = inputFields(o.value(QStringLiteral("input_fields")), type);
    m.raw = o;
    if (m.name.isEmpty())
        m.name = m.model.isEmpty() ? m.id : m.model;
    return m;
}

Result<QList<VideoModel>> Mapping::models(const Envelope &envelope, VideoType type)
{
    if (envelope.data.isNull() || envelope.data.isUndefined())
        return QList<VideoModel>();
    if (!envelope.data.isArray())
        return ApiError::parse(tr("the model list is not a list"));
    QList<VideoModel> out;
    for (const QJsonValue &v : envelope.data.toArray()) {
        if (!v.isObject())
            return ApiError::parse(tr("a model is not an object"));
        VideoModel m = model(v.toObject(), type);
        if (m.id.isEmpty())
            return ApiError::parse(tr("a model has no id"));
        out.append(m);
    }
    return out;
}

// ---- tasks and the stream ---------------------------------------------------------------------------

VideoEvent Mapping::videoEvent(const QByteArray &line)
{
    QByteArray data = line.trimmed();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        VideoEvent e;
        e.kind = VideoEvent::Kind::Unreadable;
        e.raw = line;
        e.error = Redactor::redact(QString::fromUtf8(data.left(kExcerptChars)));
        return e;
    }
    return videoEvent(doc.object(), line);
}

VideoEvent Mapping::videoEvent(const QJsonObject &o, const QByteArray &raw)
{
    VideoEvent e;
    e.raw = raw;
    e.status = textOf(o, "status");
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    e.taskId = json::text(firstOf(o, {"taskid", "task_id", "id"})).trimmed();
    if (e.taskId.isEmpty())
        e.taskId = json::text(firstOf(data, {"taskid", "task_id"})).trimmed();
    e.progress = clampInt(json::integerOr(o.value(QStringLiteral("progress")), -1));
    e.type = textOf(o, "type");
    const QString upper = e.status.toUpper();
    if (upper == u"SUCCEEDED") {
        e.kind = VideoEvent::Kind::Succeeded;
        e.video = textOf(o, "video");
        if (e.video.isEmpty())
            e.video = textOf(data, "video");
        e.usage = o.value(QStringLiteral("usage")).toObject();
    } else if (upper == u"FAILED") {
        e.kind = VideoEvent::Kind::Failed;
        e.error = Redactor::redact(messageIn(o.value(QStringLiteral("error"))));
        if (e.error.isEmpty())
            e.error = Redactor::redact(messageIn(o));
    } else if (e.status == u"error") {
        // Lower case: the envelope, before any stream (insufficient balance, a bad field).
        e.kind = VideoEvent::Kind::EnvelopeError;
        e.error = Redactor::redact(messageIn(o.value(QStringLiteral("data"))));
        if (e.error.isEmpty())
            e.error = Redactor::redact(messageIn(o));
    } else {
        e.kind = VideoEvent::Kind::Progress;
    }
    return e;
}

void Mapping::apply(VideoTask &task, const VideoEvent &event)
{
    if (event.kind == VideoEvent::Kind::Unreadable || event.kind == VideoEvent::Kind::EnvelopeError)
        return;
    if (task.taskId.isEmpty())
        task.taskId = event.taskId;
    if (!event.status.isEmpty())
        task.status = event.status;
    if (!event.video.isEmpty())
        task.video = event.video;
    if (!event.error.isEmpty())
        task.error = event.error;
    if (!event.usage.isEmpty())
        task.usage = event.usage;
}

VideoTask Mapping::task(const QJsonObject &o)
{
    VideoTask t;
    t.taskId = json::text(firstOf(o, {"taskid", "task_id", "id"})).trimmed();
    t.llmid = textOf(o, "llmid");
    t.status = textOf(o, "status");
    t.createdAt = timeOf(firstOf(o, {"created_at", "create_at", "created", "start_time", "createtime"}));
    t.updatedAt = timeOf(firstOf(o, {"updated_at", "update_at", "end_time"}));
    QJsonValue ioinfo = o.value(QStringLiteral("ioinfo"));
    if (ioinfo.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson(ioinfo.toString().toUtf8());
        ioinfo = doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue();
    }
    // "Take the last returned item": ioinfo.output[-1], or the last item of a bare list.
    QJsonArray outputs;
    if (ioinfo.isObject()) {
        t.input = ioinfo.toObject().value(QStringLiteral("input")).toObject();
        const QJsonValue out = ioinfo.toObject().value(QStringLiteral("output"));
        if (out.isArray())
            outputs = out.toArray();
        else if (out.isObject())
            outputs.append(out);
    } else if (ioinfo.isArray()) {
        outputs = ioinfo.toArray();
    }
    if (!outputs.isEmpty() && outputs.last().isObject()) {
        const VideoEvent last = videoEvent(outputs.last().toObject());
        if (!last.video.isEmpty())
            t.video = last.video;
        if (!last.error.isEmpty())
            t.error = last.error;
        if (!last.usage.isEmpty())
            t.usage = last.usage;
        if (t.status.isEmpty())
            t.status = last.status;
    }
    if (t.video.isEmpty())
        t.video = textOf(o, "video");
    if (t.error.isEmpty() && t.failed())
        t.error = Redactor::redact(messageIn(o.value(QStringLiteral("error"))));
    t.prompt = json::text(t.input.value(QStringLiteral("prompt"))).trimmed();
    if (t.llmid.isEmpty())
        t.llmid = json::text(t.input.value(QStringLiteral("llmid"))).trimmed();
    t.raw = o;
    return t;
}

Result<QList<VideoTask>> Mapping::tasks(const Envelope &envelope)
{
    // The seed: [{"tasks":{...}}, ...]; the platform's code: {"tasks":[...]}; also a bare list.
    QJsonArray items;
    if (envelope.data.isArray()) {
        for (const QJsonValue &v : envelope.data.toArray()) {
            const QJsonValue inner = v.toObject().value(QStringLiteral("tasks"));
            if (inner.isObject())
                items.append(inner);
            else if (inner.isArray())
                for (const QJsonValue &w : inner.toArray())
                    items.append(w);
            else
                items.append(v);
        }
    } else if (envelope.data.isObject()) {
        const QJsonValue inner = envelope.data.toObject().value(QStringLiteral("tasks"));
        if (inner.isArray())
            items = inner.toArray();
        else if (inner.isObject())
            items.append(inner);
        else if (!inner.isNull() && !inner.isUndefined())
            return ApiError::parse(tr("\"tasks\" is neither a list nor an object"));
    } else if (!envelope.data.isNull() && !envelope.data.isUndefined()) {
        return ApiError::parse(tr("the task list is neither a list nor an object"));
    }
    QList<VideoTask> out;
    for (const QJsonValue &v : std::as_const(items)) {
        if (!v.isObject())
            return ApiError::parse(tr("a task is not an object"));
        VideoTask t = task(v.toObject());
        if (t.taskId.isEmpty())
            return ApiError::parse(tr("a task has no id"));
        out.append(t);
    }
    return out;
}

Result<VideoEvent> Mapping::taskStatus(const Envelope &envelope, const QString &taskId)
{
    const QJsonObject data = envelope.data.toObject();
    // "resposne" is how the platform's code spells it.
    QJsonValue response = firstOf(data, {"response", "resposne"});
    if (response.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson(response.toString().toUtf8());
        if (doc.isObject())
            response = doc.object();
    }
    if (!response.isObject())
        return ApiError::parse(tr("the task status has no \"response\""));
    VideoEvent e = videoEvent(response.toObject(), QJsonDocument(response.toObject()).toJson(QJsonDocument::Compact));
    if (e.taskId.isEmpty())
        e.taskId = taskId;
    if (e.kind == VideoEvent::Kind::EnvelopeError)
        e.kind = VideoEvent::Kind::Progress; // "error" in a status answer is not the envelope's
    return e;
}

// ---- the unified row ----------------------------------------------------------------------------------

ResourceStatus Mapping::normalizedStatus(const QString &status)
{
    const QString s = status.trimmed().toUpper();
    if (s == u"SUCCEEDED" || s == u"SUCCESS")
        return ResourceStatus::Succeeded;
    if (s == u"FAILED" || s == u"FAILURE" || s == u"ERROR")
        return ResourceStatus::Failed;
    if (s == u"CREATED" || s == u"QUEUED" || s == u"QUEUEING" || s == u"PENDING" || s == u"SUBMITTED" || s == u"WAITING")
        return ResourceStatus::Pending;
    if (s.isEmpty())
        return ResourceStatus::Unknown;
    // Anything else is still under way, as the document says.
    return ResourceStatus::Running;
}

Resource Mapping::toResource(const VideoTask &task, const QString &accountId)
{
    Resource r;
    r.platform = QStringLiteral("yuanjing");
    r.accountId = accountId;
    r.kind = ResourceKind::VideoTask;
    r.id = task.taskId;
    QString name = task.prompt.simplified();
    if (name.size() > kNameChars)
        name = name.left(kNameChars - 1) + QStringLiteral("…");
    r.name = name.isEmpty() ? task.taskId : name;
    r.status = normalizedStatus(task.status);
    r.statusText = task.status;
    if (task.failed() && !task.error.isEmpty())
        r.statusText = tr("%1: %2").arg(task.status, task.error);
    r.createdAt = task.createdAt;
    if (task.succeeded())
        r.webUrl = task.video;
    QJsonObject raw = task.raw;
    raw.insert(QStringLiteral("taskid"), task.taskId);
    if (!task.llmid.isEmpty())
        raw.insert(QStringLiteral("llmid"), task.llmid);
    raw.insert(QStringLiteral("status"), task.status);
    if (!task.prompt.isEmpty())
        raw.insert(QStringLiteral("prompt"), task.prompt);
    if (!task.video.isEmpty())
        raw.insert(QStringLiteral("video"), task.video);
    if (!task.error.isEmpty())
        raw.insert(QStringLiteral("error"), task.error);
    if (!task.usage.isEmpty())
        raw.insert(QStringLiteral("usage"), task.usage);
    r.raw = raw;
    return r;
}

} // namespace suanli::yuanjing
