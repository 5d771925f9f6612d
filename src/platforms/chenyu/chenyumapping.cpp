#include "chenyumapping.h"

#include "core/jsonutil.h"
#include "core/timeparse.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace suanli::chenyu {

namespace {

QDateTime timeOf(const QJsonValue &v)
{
    return parseTime(v).value_or(QDateTime());
}

Money moneyOf(const QJsonValue &v)
{
    return Money::fromJson(v).value_or(Money());
}

// `items` may be absent or null on an empty page; anything else but an array is a broken answer.
Result<QJsonArray> itemsOf(const QJsonObject &result)
{
    const QJsonValue items = result.value(QStringLiteral("items"));
    if (items.isUndefined() || items.isNull())
        return QJsonArray();
    if (!items.isArray())
        return ApiError::parse(Mapping::tr("\"items\" is not a list"));
    return items.toArray();
}

int totalOf(const QJsonObject &result, qsizetype fallback)
{
    // `total` is a string on the wire ("35"); tolerate a number too.
    return int(json::integerOr(result.value(QStringLiteral("total")), fallback));
}

template<typename T, typename Fn>
Result<Page<T>> pageOf(const QJsonObject &result, Fn &&itemFn)
{
    auto items = itemsOf(result);
    if (!items)
        return items.error();
    Page<T> page;
    for (const QJsonValue &v : items.value()) {
        if (!v.isObject())
            return ApiError::parse(Mapping::tr("a list entry is not an object"));
        page.items.append(itemFn(v.toObject()));
    }
    page.total = totalOf(result, page.items.size());
    return page;
}

} // namespace

Result<QJsonObject> Mapping::envelope(const Result<HttpResponse> &response)
{
    if (!response)
        return response.error();
    const HttpResponse &r = response.value();
    auto parsed = json::parseObject(r.body);
    if (r.status < 200 || r.status >= 300) {
        QString msg;
        if (parsed)
            msg = json::text(parsed.value().value(QStringLiteral("msg")));
        ApiError e = ApiError::http(r.status, msg.isEmpty() ? QString() : tr("HTTP %1: %2").arg(r.status).arg(msg));
        if (r.status == 401 || r.status == 403) {
            e.kind = ApiError::Kind::Auth;
            e.message = tr("The API key was rejected. Copy a new key from chenyu.cn/console/apiServer and enter it again.");
        }
        return e;
    }
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    const QJsonValue codeValue = o.value(QStringLiteral("code"));
    if (!codeValue.isString() && !codeValue.isDouble())
        return ApiError::parse(tr("the answer has no \"code\""));
    // The document sends the code as a string; compare as text so "0" and 0 agree.
    const QString code = json::text(codeValue).trimmed();
    const QString msg = json::text(o.value(QStringLiteral("msg")));
    if (code == u"0") {
        const QJsonValue result = o.value(QStringLiteral("result"));
        if (result.isObject())
            return result.toObject();
        if (result.isUndefined() || result.isNull())
            return QJsonObject();
        return ApiError::parse(tr("\"result\" is not an object"));
    }
    if (code == u"2") {
        return ApiError::auth(
            msg.isEmpty()
                ? tr("Not logged in: the API key is missing or no longer valid. Copy a new key from chenyu.cn/console/apiServer and enter it again.")
                : tr("Not logged in (%1): the API key is missing or no longer valid. Copy a new key from chenyu.cn/console/apiServer and enter it again.").arg(msg),
            code);
    }
    if (code == u"-2")
        return ApiError::platform(code, msg.isEmpty() ? tr("The platform reported a system error; try again later.") : msg);
    return ApiError::platform(code, msg);
}

Result<AccountBalance> Mapping::balance(const QJsonObject &result)
{
    AccountBalance b;
    const QJsonValue balance = result.value(QStringLiteral("balance"));
    auto money = Money::fromJson(balance);
    if (!money)
        return ApiError::parse(tr("the balance \"%1\" is not an amount").arg(json::text(balance)));
    b.balance = *money;
    const QJsonValue cards = result.value(QStringLiteral("cards"));
    if (!cards.isUndefined() && !cards.isNull() && !cards.isArray())
        return ApiError::parse(tr("\"cards\" is not a list"));
    for (const QJsonValue &v : cards.toArray()) {
        const QJsonObject c = v.toObject();
        ComputeCard card;
        card.uuid = json::text(c.value(QStringLiteral("uuid")));
        card.title = json::text(c.value(QStringLiteral("title")));
        card.cardNo = json::text(c.value(QStringLiteral("card_no")));
        card.validDays = int(json::integerOr(c.value(QStringLiteral("valid_days")), 0));
        card.bindTime = timeOf(c.value(QStringLiteral("bind_time")));
        card.expireDate = timeOf(c.value(QStringLiteral("expire_date")));
        card.bindText = json::text(c.value(QStringLiteral("bind_txt")));
        card.salePrice = moneyOf(c.value(QStringLiteral("sale_price")));
        card.facePrice = moneyOf(c.value(QStringLiteral("face_price")));
        card.leaveAmount = moneyOf(c.value(QStringLiteral("leave_amount")));
        card.remark = json::text(c.value(QStringLiteral("remark")));
        card.status = int(json::integerOr(c.value(QStringLiteral("status")), 0));
        card.statusText = json::text(c.value(QStringLiteral("status_txt")));
        b.cards.append(card);
    }
    return b;
}

Money AccountBalance::spendable() const
{
    Money total = balance;
    for (const ComputeCard &c : cards)
        total += c.leaveAmount;
    return total;
}

Result<Page<RechargeRecord>> Mapping::recharges(const QJsonObject &result)
{
    return pageOf<RechargeRecord>(result, [](const QJsonObject &o) {
        RechargeRecord r;
        r.createdAt = timeOf(o.value(QStringLiteral("created_at")));
        r.payTime = timeOf(o.value(QStringLiteral("pay_time")));
        r.outTradeNo = json::text(o.value(QStringLiteral("out_trade_no")));
        r.payChannel = json::text(o.value(QStringLiteral("pay_channel")));
        r.amount = moneyOf(o.value(QStringLiteral("amount")));
        return r;
    });
}

Result<Page<BillRecord>> Mapping::bills(const QJsonObject &result)
{
    return pageOf<BillRecord>(result, [](const QJsonObject &o) {
        BillRecord b;
        b.createdAt = timeOf(o.value(QStringLiteral("created_at")));
        b.orderNo = json::text(o.value(QStringLiteral("order_no")));
        b.occurredAmount = moneyOf(o.value(QStringLiteral("occurred_amount")));
        b.cardText = json::text(o.value(QStringLiteral("card_txt")));
        b.show = json::text(o.value(QStringLiteral("show")));
        return b;
    });
}

QStringList Mapping::splitTags(const QString &tags)
{
    // The document packs the list into one string without naming the delimiter.
    static const QRegularExpression separators(QStringLiteral("[,，;；\\s|]+"));
    QStringList out;
    for (const QString &t : tags.split(separators, Qt::SkipEmptyParts)) {
        if (!out.contains(t))
            out.append(t);
    }
    return out;
}

Result<Page<Pod>> Mapping::pods(const QJsonObject &result)
{
    return pageOf<Pod>(result, [](const QJsonObject &o) {
        Pod p;
        p.uuid = json::text(o.value(QStringLiteral("uuid")));
        p.title = json::text(o.value(QStringLiteral("title")));
        p.imageTags = splitTags(json::text(o.value(QStringLiteral("image_tags"))));
        p.imageTag = json::text(o.value(QStringLiteral("image_tag")));
        if (!p.imageTag.isEmpty() && !p.imageTags.contains(p.imageTag))
            p.imageTags.prepend(p.imageTag);
        p.podName = json::text(o.value(QStringLiteral("pod_name")));
        p.status = int(json::integerOr(o.value(QStringLiteral("status")), 0));
        p.statusText = json::text(o.value(QStringLiteral("status_txt")));
        p.createdAt = timeOf(o.value(QStringLiteral("created_at")));
        return p;
    });
}

Result<GpuCatalog> Mapping::gpuModels(const QJsonObject &result)
{
    auto page = pageOf<GpuModel>(result, [](const QJsonObject &o) {
        GpuModel g;
        g.uuid = json::text(o.value(QStringLiteral("uuid")));
        g.title = json::text(o.value(QStringLiteral("title")));
        g.desc = json::text(o.value(QStringLiteral("desc")));
        g.price = moneyOf(o.value(QStringLiteral("price")));
        g.remark = json::text(o.value(QStringLiteral("remark")));
        g.status = int(json::integerOr(o.value(QStringLiteral("status")), 0));
        g.statusText = json::text(o.value(QStringLiteral("status_txt")));
        g.createdAt = timeOf(o.value(QStringLiteral("created_at")));
        g.freeText = json::text(o.value(QStringLiteral("free_txt")));
        return g;
    });
    if (!page)
        return page.error();
    GpuCatalog catalog;
    catalog.models = page.value().items;
    catalog.noCardPrice = moneyOf(result.value(QStringLiteral("no_card_price")));
    return catalog;
}

Instance Mapping::instance(const QJsonObject &o)
{
    Instance i;
    i.uuid = json::text(o.value(QStringLiteral("uuid")));
    i.title = json::text(o.value(QStringLiteral("title")));
    i.podUuid = json::text(o.value(QStringLiteral("pod_uuid")));
    i.podTitle = json::text(o.value(QStringLiteral("pod_title")));
    i.podName = json::text(o.value(QStringLiteral("pod_name")));
    i.podPrice = Money::fromJson(o.value(QStringLiteral("pod_price")));
    i.podStartupElapse = int(json::integerOr(o.value(QStringLiteral("pod_startup_elapse")), 0));
    i.imageTag = json::text(o.value(QStringLiteral("image_tag")));
    i.outWebUrl = json::text(o.value(QStringLiteral("out_web_url")));
    i.gpus = int(json::integerOr(o.value(QStringLiteral("gpus")), 0));
    i.noCard = json::boolean(o.value(QStringLiteral("no_card")));
    i.gpuModelName = json::text(o.value(QStringLiteral("gpu_model_name")));
    i.chargingTypeName = json::text(o.value(QStringLiteral("charging_type_name")));
    i.priceHour = Money::fromJson(o.value(QStringLiteral("price_h")));
    i.instanceTypeText = json::text(o.value(QStringLiteral("instance_type_txt")));
    i.status = int(json::integerOr(o.value(QStringLiteral("status")), -1));
    i.statusText = json::text(o.value(QStringLiteral("status_txt")));
    i.createdAt = timeOf(o.value(QStringLiteral("created_at")));
    i.raw = o;
    return i;
}

Result<Page<Instance>> Mapping::instances(const QJsonObject &result)
{
    auto page = pageOf<Instance>(result, [](const QJsonObject &o) { return instance(o); });
    if (!page)
        return page.error();
    for (const Instance &i : page.value().items) {
        if (i.uuid.isEmpty())
            return ApiError::parse(tr("an instance has no \"uuid\""));
    }
    return page;
}

Result<Instance> Mapping::createdInstance(const QJsonObject &result)
{
    const QJsonValue v = result.value(QStringLiteral("instance"));
    if (!v.isObject())
        return ApiError::parse(tr("the answer has no \"instance\""));
    Instance i = instance(v.toObject());
    if (i.uuid.isEmpty())
        return ApiError::parse(tr("the new instance has no \"uuid\""));
    return i;
}

Result<InstanceState> Mapping::instanceState(const QJsonObject &result)
{
    const QJsonValue v = result.value(QStringLiteral("instance"));
    if (!v.isObject())
        return ApiError::parse(tr("the answer has no \"instance\""));
    const QJsonObject o = v.toObject();
    auto status = json::integer(o.value(QStringLiteral("status")));
    if (!status)
        return ApiError::parse(tr("the instance has no \"status\""));
    return InstanceState{int(*status), json::text(o.value(QStringLiteral("status_txt")))};
}

ResourceStatus Mapping::normalizedStatus(int status)
{
    switch (status) {
    case 0: return ResourceStatus::Stopped;   // 已创建: exists, never started
    case 1: return ResourceStatus::Starting;  // 开机中
    case 2: return ResourceStatus::Running;   // 运行中
    case 3: return ResourceStatus::Stopping;  // 关机中
    case 4: return ResourceStatus::Stopped;   // 已关机
    case 9: return ResourceStatus::Destroyed; // 已销毁
    default: return ResourceStatus::Unknown;
    }
}

QString Mapping::statusText(int status)
{
    switch (status) {
    case 0: return QStringLiteral("已创建");
    case 1: return QStringLiteral("开机中");
    case 2: return QStringLiteral("运行中");
    case 3: return QStringLiteral("关机中");
    case 4: return QStringLiteral("已关机");
    case 9: return QStringLiteral("已销毁");
    default: return QString::number(status);
    }
}

Resource Mapping::toResource(const Instance &i, const QString &accountId)
{
    Resource r;
    r.platform = QStringLiteral("chenyu");
    r.accountId = accountId;
    r.kind = ResourceKind::Instance;
    r.id = i.uuid;
    r.name = i.title.isEmpty() ? i.podTitle : i.title;
    r.status = normalizedStatus(i.status);
    r.statusText = i.statusText.isEmpty() ? statusText(i.status) : i.statusText;
    r.gpuModel = i.noCard ? tr("No GPU") : i.gpuModelName;
    r.gpuCount = i.noCard ? 0 : i.gpus;
    r.pricePerHour = i.priceHour ? i.priceHour : i.podPrice;
    r.createdAt = i.createdAt;
    r.webUrl = i.outWebUrl;
    r.raw = i.raw;
    return r;
}

} // namespace suanli::chenyu
