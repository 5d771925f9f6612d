#include "huixingyunmapping.h"

#include "core/jsonutil.h"
#include "core/redactor.h"
#include "core/timeparse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace suanli::huixingyun {

namespace {

constexpr qsizetype kExcerptChars = 200;

QDateTime timeOf(const QJsonValue &v)
{
    return parseTime(v).value_or(QDateTime());
}

int intOf(const QJsonValue &v)
{
    const qint64 n = json::integerOr(v, 0);
    return int(std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QString textOf(const QJsonObject &o, const char *key)
{
    return json::text(o.value(QLatin1String(key)));
}

// `items` may be absent or null when there is nothing; anything else but a list of objects is a
// broken answer.
Result<QList<QJsonObject>> itemsOf(const QJsonObject &object, const QString &key = QStringLiteral("items"))
{
    const QJsonValue items = object.value(key);
    if (items.isUndefined() || items.isNull())
        return QList<QJsonObject>();
    if (!items.isArray())
        return ApiError::parse(Mapping::tr("\"%1\" is not a list").arg(key));
    QList<QJsonObject> out;
    for (const QJsonValue &v : items.toArray()) {
        if (!v.isObject())
            return ApiError::parse(Mapping::tr("an entry of \"%1\" is not an object").arg(key));
        out.append(v.toObject());
    }
    return out;
}

// A list that may be absent: absent and null are empty, other non-lists are broken.
Result<QJsonArray> optionalArray(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        return ApiError::parse(Mapping::tr("\"%1\" is not a list").arg(key));
    return v.toArray();
}

// The text of a message-like field, which may itself be an object ({"error":{"message":...}}).
QString messageIn(const QJsonObject &o)
{
    static const char *const keys[] = {"message", "msg", "error", "reason", "detail", "err"};
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isObject()) {
            const QString nested = messageIn(v.toObject());
            if (!nested.isEmpty())
                return nested;
            continue;
        }
        const QString t = json::text(v).trimmed();
        if (!t.isEmpty() && !v.isBool())
            return t;
    }
    return {};
}

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(u"password") || k.contains(u"token") || k.contains(u"secret");
}

} // namespace

QString Mapping::noAnswerReason()
{
    return tr("no answer for this instance");
}

QString Mapping::serverMessage(const QByteArray &body)
{
    auto parsed = json::parseObject(body);
    QString text;
    if (parsed) {
        text = messageIn(parsed.value());
    } else {
        // An HTML error page or plain text: its words, without the markup.
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text = QString::fromUtf8(body).remove(tags).simplified();
    }
    text = Redactor::redact(text.simplified());
    if (text.size() > kExcerptChars)
        text = text.left(kExcerptChars) + QStringLiteral("…");
    return text;
}

Result<QJsonObject> Mapping::body(const Result<HttpResponse> &response, Credential credential)
{
    if (!response)
        return response.error();
    const HttpResponse &r = response.value();
    if (r.status < 200 || r.status >= 300) {
        const QString msg = serverMessage(r.body);
        if (r.status == 401 || r.status == 403) {
            ApiError e;
            if (credential == Credential::Password) {
                e = ApiError::auth(msg.isEmpty()
                                       ? tr("慧星云 rejected the username or password.")
                                       : tr("慧星云 rejected the username or password: %1").arg(msg));
            } else {
                e = ApiError::auth(msg.isEmpty() ? tr("慧星云 rejected the API token. Create a new token from your "
                                                      "username and password and enter it again.")
                                                 : tr("慧星云 rejected the API token (%1). Create a new token from your "
                                                      "username and password and enter it again.")
                                                       .arg(msg));
            }
            e.httpStatus = r.status;
            return e;
        }
        ApiError e = ApiError::http(r.status, msg.isEmpty() ? QString() : tr("HTTP %1: %2").arg(r.status).arg(msg));
        if (auto parsed = json::parseObject(r.body)) {
            const QJsonValue code = parsed.value().value(QStringLiteral("code"));
            if (code.isString() || code.isDouble())
                e.platformCode = json::text(code);
        }
        return e;
    }
    return json::parseObject(r.body);
}

ApiToken Mapping::token(const QJsonObject &o)
{
    ApiToken t;
    t.name = textOf(o, "name");
    t.scope = textOf(o, "scope");
    t.status = textOf(o, "status");
    t.token = textOf(o, "token");
    t.createdAt = timeOf(o.value(QStringLiteral("create_at")));
    t.updatedAt = timeOf(o.value(QStringLiteral("update_at")));
    Redactor::registerSecret(t.token);
    return t;
}

Result<ApiToken> Mapping::generatedToken(const QJsonObject &object)
{
    const QJsonValue v = object.value(QStringLiteral("token"));
    if (!v.isObject())
        return ApiError::parse(tr("the answer has no \"token\""));
    ApiToken t = token(v.toObject());
    if (t.token.isEmpty())
        return ApiError::parse(tr("the new token has no value"));
    return t;
}

Result<QList<ApiToken>> Mapping::tokens(const QJsonObject &object)
{
    if (!object.contains(QStringLiteral("tokens")))
        return ApiError::parse(tr("the answer has no \"tokens\""));
    auto items = itemsOf(object, QStringLiteral("tokens"));
    if (!items)
        return items.error();
    QList<ApiToken> out;
    for (const QJsonObject &o : items.value()) {
        ApiToken t = token(o);
        if (t.token.isEmpty())
            return ApiError::parse(tr("a token has no value"));
        out.append(t);
    }
    return out;
}

Result<Done> Mapping::success(const QJsonObject &object)
{
    const QJsonValue v = object.value(QStringLiteral("success"));
    if (v.isUndefined() || v.isNull() || v.isArray() || v.isObject())
        return ApiError::parse(tr("the answer has no \"success\""));
    if (json::boolean(v))
        return Done{};
    const QString msg = messageIn(object);
    return ApiError::platform(QString(), msg.isEmpty() ? tr("The platform did not confirm the request.")
                                                       : Redactor::redact(msg));
}

Result<QList<GpuProduct>> Mapping::products(const QJsonObject &object)
{
    auto items = itemsOf(object);
    if (!items)
        return items.error();
    QList<GpuProduct> out;
    for (const QJsonObject &o : items.value()) {
        GpuProduct p;
        p.name = textOf(o, "name");
        p.gpuType = textOf(o, "gpu_type");
        p.diskCapGb = intOf(o.value(QStringLiteral("disk_cap")));
        p.memoryGb = intOf(o.value(QStringLiteral("memory")));
        p.cpu = intOf(o.value(QStringLiteral("cpu")));
        p.roomName = textOf(o, "room_name");
        p.gpuRemain = intOf(o.value(QStringLiteral("gpu_remain")));
        p.systemDiskGb = intOf(o.value(QStringLiteral("disk_one")));
        p.dataDiskGb = intOf(o.value(QStringLiteral("disk_data_one")));
        p.gpuRamGb = intOf(o.value(QStringLiteral("gpu_ram")));
        if (p.gpuType.isEmpty())
            return ApiError::parse(tr("a product has no \"gpu_type\""));
        out.append(p);
    }
    return out;
}

Result<QList<AppProduct>> Mapping::applications(const QJsonObject &object)
{
    auto items = itemsOf(object);
    if (!items)
        return items.error();
    QList<AppProduct> out;
    for (const QJsonObject &o : items.value()) {
        AppProduct a;
        a.appType = textOf(o, "app_type");
        a.title = textOf(o, "title");
        a.memoryGb = intOf(o.value(QStringLiteral("memory")));
        a.cpu = intOf(o.value(QStringLiteral("cpu")));
        a.systemDiskGb = intOf(o.value(QStringLiteral("disk_one")));
        a.dataDiskGb = intOf(o.value(QStringLiteral("disk_data_one")));
        if (a.appType.isEmpty())
            return ApiError::parse(tr("an application has no \"app_type\""));
        if (a.title.isEmpty())
            a.title = a.appType;
        out.append(a);
    }
    return out;
}

Image Mapping::image(const QJsonObject &o, bool mine)
{
    Image i;
    i.name = textOf(o, "name");
    i.imageId = textOf(o, "image_id");
    i.scene = textOf(o, "scene");
    i.os = textOf(o, "os");
    i.description = textOf(o, "description");
    i.roomName = textOf(o, "room_name");
    i.mine = mine;
    return i;
}

Result<QList<Image>> Mapping::images(const QJsonObject &object, bool mine)
{
    auto items = itemsOf(object);
    if (!items)
        return items.error();
    QList<Image> out;
    for (const QJsonObject &o : items.value()) {
        Image i = image(o, mine);
        if (i.imageId.isEmpty())
            return ApiError::parse(tr("an image has no \"image_id\""));
        out.append(i);
    }
    return out;
}

Result<OrderOutcome> Mapping::order(const QJsonObject &object)
{
    const bool looksLikeOrder = object.contains(QStringLiteral("success_instance"))
        || object.contains(QStringLiteral("fail_instance")) || object.contains(QStringLiteral("success"))
        || object.contains(QStringLiteral("fails"));
    if (!looksLikeOrder)
        return ApiError::parse(tr("the answer says nothing about the order"));
    auto success = optionalArray(object, QStringLiteral("success"));
    if (!success)
        return success.error();
    auto fails = optionalArray(object, QStringLiteral("fails"));
    if (!fails)
        return fails.error();

    OrderOutcome out;
    for (const QJsonValue &v : success.value()) {
        const QString uid = v.isObject() ? json::text(v.toObject().value(QStringLiteral("order_uid"))) : json::text(v);
        if (!uid.isEmpty())
            out.orderUids.append(uid);
    }
    for (const QJsonValue &v : fails.value())
        out.failures.append(failureText(v));
    // The counts are the platform's word; the lists stand in when a count is missing.
    out.succeeded = int(json::integerOr(object.value(QStringLiteral("success_instance")), success.value().size()));
    out.failed = int(json::integerOr(object.value(QStringLiteral("fail_instance")), fails.value().size()));
    return out;
}

Instance Mapping::instance(const QJsonObject &o)
{
    Instance i;
    i.gid = textOf(o, "gid");
    i.name = textOf(o, "name");
    i.image = image(o.value(QStringLiteral("image")).toObject(), false);
    const QJsonObject size = o.value(QStringLiteral("size")).toObject();
    i.gpuType = textOf(size, "gpu_type");
    i.gpuModel = textOf(size, "gpu_model");
    // "gpu" is a string on the wire ("1"); the model text ends in " * N" as a fallback.
    if (auto n = json::integer(size.value(QStringLiteral("gpu")))) {
        i.gpuCount = int(*n);
    } else {
        static const QRegularExpression count(QStringLiteral(R"([*×]\s*(\d+)\s*$)"));
        const auto m = count.match(i.gpuModel);
        i.gpuCount = m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    i.gpuRamGb = intOf(size.value(QStringLiteral("gpu_ram")));
    i.memoryGb = intOf(size.value(QStringLiteral("memory")));
    i.cpu = intOf(size.value(QStringLiteral("cpu")));
    i.diskFreeGb = intOf(size.value(QStringLiteral("disk_free")));
    i.ip = textOf(o, "ip");
    i.port = intOf(o.value(QStringLiteral("port")));
    i.username = textOf(o, "username");
    i.password = textOf(o, "password");
    Redactor::registerSecret(i.password);
    i.payMethod = textOf(o, "pay_method");
    i.status = textOf(o, "status");
    i.createdAt = timeOf(o.value(QStringLiteral("create_at")));
    i.expiresAt = timeOf(o.value(QStringLiteral("expire_at")));
    i.roomName = textOf(o, "room_name");
    i.orderUid = textOf(o, "order_uid");
    i.raw = o;
    // The detail pane shows raw: the SSH password stays in `password` only.
    i.raw.remove(QStringLiteral("password"));
    return i;
}

Result<QList<Instance>> Mapping::instances(const QJsonObject &object)
{
    if (!object.contains(QStringLiteral("items")) && !object.contains(QStringLiteral("total")))
        return ApiError::parse(tr("the answer has no \"items\""));
    auto items = itemsOf(object);
    if (!items)
        return items.error();
    QList<Instance> out;
    for (const QJsonObject &o : items.value()) {
        Instance i = instance(o);
        if (i.gid.isEmpty())
            return ApiError::parse(tr("an instance has no \"gid\""));
        out.append(i);
    }
    return out;
}

QString Mapping::failureGid(const QJsonValue &value, const QStringList &requested)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *key : {"gid", "id", "instance_id", "instance"}) {
            const QString gid = json::text(o.value(QLatin1String(key))).trimmed();
            if (!gid.isEmpty())
                return gid;
        }
        return {};
    }
    const QString text = json::text(value).trimmed();
    if (text.isEmpty())
        return {};
    if (requested.contains(text))
        return text;
    // "gpu-…: reason" or "reason (gpu-…)": the first requested gid the text names.
    for (const QString &gid : requested) {
        if (!gid.isEmpty() && text.contains(gid))
            return gid;
    }
    return {};
}

QString Mapping::failureText(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        const QString id = json::text(o.value(QStringLiteral("gid"))).trimmed();
        QString reason = messageIn(o);
        if (reason.isEmpty()) {
            // No known reason field: show what there is, without the id and without secrets.
            for (const QString &key : o.keys()) {
                if (key == u"gid" || isSecretKey(key))
                    o.remove(key);
            }
            if (!o.isEmpty())
                reason = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        if (reason.isEmpty())
            reason = tr("failed without a reason");
        reason = Redactor::redact(reason);
        return id.isEmpty() ? reason : tr("%1: %2").arg(id, reason);
    }
    if (value.isArray())
        return Redactor::redact(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    const QString text = json::text(value).trimmed();
    return text.isEmpty() ? tr("failed without a reason") : Redactor::redact(text);
}

Result<BatchOutcome> Mapping::batch(const QJsonObject &object, const QStringList &requested)
{
    if (!object.contains(QStringLiteral("success")) && !object.contains(QStringLiteral("fails")))
        return ApiError::parse(tr("the answer has no \"success\" or \"fails\" list"));
    auto success = optionalArray(object, QStringLiteral("success"));
    if (!success)
        return success.error();
    auto fails = optionalArray(object, QStringLiteral("fails"));
    if (!fails)
        return fails.error();

    QSet<QString> succeeded;
    for (const QJsonValue &v : success.value()) {
        const QString gid = v.isObject() ? json::text(v.toObject().value(QStringLiteral("gid"))).trimmed()
                                         : json::text(v).trimmed();
        if (!gid.isEmpty())
            succeeded.insert(gid);
    }

    QHash<QString, QString> failedReasons;
    QStringList unattributed;
    for (const QJsonValue &v : fails.value()) {
        const QString gid = failureGid(v, requested);
        QString reason;
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("gid")); // the pair names the id already
            reason = failureText(o);
        } else {
            const QString text = json::text(v).trimmed();
            // A bare gid says only that it failed.
            reason = text == gid ? tr("the platform reported a failure without a reason") : failureText(v);
        }
        if (gid.isEmpty() || !requested.contains(gid)) {
            unattributed.append(gid.isEmpty() ? reason : tr("%1: %2").arg(gid, reason));
            continue;
        }
        QString &slot = failedReasons[gid];
        slot = slot.isEmpty() ? reason : slot + QStringLiteral("; ") + reason;
    }

    BatchOutcome out;
    QSet<QString> seen;
    for (const QString &gid : requested) {
        if (gid.isEmpty() || seen.contains(gid))
            continue;
        seen.insert(gid);
        // A failure report wins over a success for the same id: never claim what may not be so.
        if (failedReasons.contains(gid))
            out.failed.append({gid, failedReasons.value(gid)});
        else if (succeeded.contains(gid))
            out.succeeded.append(gid);
        else if (!unattributed.isEmpty())
            out.failed.append({gid, unattributed.join(QStringLiteral("; "))});
        else
            out.failed.append({gid, noAnswerReason()});
    }
    return out;
}

ResourceStatus Mapping::normalizedStatus(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == u"running")
        return ResourceStatus::Running;
    if (s == u"stopped")
        return ResourceStatus::Stopped;
    if (s == u"starting" || s == u"rebuilding")
        return ResourceStatus::Starting;
    if (s == u"stopping" || s == u"destroying")
        return ResourceStatus::Stopping;
    if (s == u"creating")
        return ResourceStatus::Creating;
    return ResourceStatus::Unknown;
}

QString Mapping::gpuModelName(const QString &gpuModel)
{
    static const QRegularExpression countSuffix(QStringLiteral(R"(\s*[*×]\s*\d+\s*$)"));
    return QString(gpuModel).remove(countSuffix).trimmed();
}

std::optional<PayUnit> Mapping::payUnitOfMethod(const QString &payMethod)
{
    const QString m = payMethod.trimmed().toLower();
    if (m == u"hour" || m == u"hourly" || m == u"按小时" || m == u"按时")
        return PayUnit::Hourly;
    if (m == u"day" || m == u"daily" || m == u"按天" || m == u"包天")
        return PayUnit::Daily;
    if (m == u"month" || m == u"monthly" || m == u"按月" || m == u"包月")
        return PayUnit::Monthly;
    return std::nullopt;
}

std::optional<PayUnit> Mapping::payUnitFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"4")
        return PayUnit::Hourly;
    if (k == u"1")
        return PayUnit::Daily;
    if (k == u"2")
        return PayUnit::Monthly;
    return payUnitOfMethod(k);
}

QString Mapping::payUnitLabel(PayUnit unit)
{
    switch (unit) {
    case PayUnit::Hourly: return tr("Hourly");
    case PayUnit::Daily: return tr("Daily");
    case PayUnit::Monthly: return tr("Monthly");
    }
    return {};
}

QString Mapping::billingLabel(const QString &payMethod)
{
    if (auto unit = payUnitOfMethod(payMethod))
        return payUnitLabel(*unit);
    return payMethod;
}

Resource Mapping::toResource(const Instance &i, const QString &accountId, bool stoppedCardless)
{
    Resource r;
    r.platform = QStringLiteral("huixingyun");
    r.accountId = accountId;
    r.kind = ResourceKind::Instance;
    r.id = i.gid;
    const QJsonObject app = i.raw.value(QStringLiteral("app_metadata")).toObject();
    const QString appTitle = json::text(app.value(QStringLiteral("title"))).trimmed();
    if (!appTitle.isEmpty())
        r.name = i.name.isEmpty() ? appTitle : tr("%1 · %2").arg(appTitle, i.name);
    else
        r.name = i.name;
    r.status = normalizedStatus(i.status);
    r.statusText = i.status;
    if (stoppedCardless && r.status == ResourceStatus::Stopped)
        r.statusText = tr("%1 (card-less)").arg(i.status);
    r.gpuModel = gpuModelName(i.gpuModel);
    r.gpuCount = i.gpuCount;
    r.cpuCores = i.cpu;
    r.memoryGb = i.memoryGb;
    r.diskGb = i.diskFreeGb;
    r.region = i.roomName;
    r.billing = billingLabel(i.payMethod);
    r.createdAt = i.createdAt;
    r.expiresAt = i.expiresAt;
    r.remote = RemoteAccess{i.ip, i.port, i.username, i.password};
    // app_metadata's fields are undocumented: take an app URL when one is there.
    for (const char *key : {"web_url", "url", "app_url"}) {
        const QString url = json::text(app.value(QLatin1String(key))).trimmed();
        if (url.startsWith(u"http://") || url.startsWith(u"https://")) {
            r.webUrl = url;
            break;
        }
    }
    r.raw = i.raw;
    return r;
}

} // namespace suanli::huixingyun
