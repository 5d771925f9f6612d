#include "sim/chenyu/chenyubackend.h"
#include "sim/simparams.h"

#include "sim/chenyu/chenyuseed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace suanli::sim {

using namespace chenyu;

namespace {

const QString kCodeOk = QStringLiteral("0");
const QString kCodeNotLoggedIn = QStringLiteral("2");
const QString kCodeSystemError = QStringLiteral("-2");

// The platform is in China; its wall-clock times (regular_time) are China Standard Time.
QTimeZone chinaStandardTime()
{
    return QTimeZone(8 * 3600);
}

// RFC 3339 with the +08:00 offset, the date-time form a Chinese server would send.
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, chinaStandardTime()).toString(Qt::ISODate);
}

// Money as the document's decimal strings ("1284.50"); integer arithmetic only.
QString yuanString(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return (fen < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100)
           + QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

// Money where the document types it as a JSON number.
double yuanNumber(qint64 fen)
{
    return double(fen) / 100.0;
}

using params::Param;
using params::readString;
using params::requiredError;

// JSON integers only: a string "2" or 1.5 is a client bug the real server would reject too.
Param readInt(const QJsonObject &body, const QString &key, qint64 &out)
{
    return params::readInt(body, key, out, params::DigitStrings::Refuse);
}

QString typeError(const QString &key)
{
    return key + QStringLiteral(" 参数类型错误");
}

struct Paging
{
    qint64 page = 1;
    qint64 pageSize = 10;
    QString kw;
};

// page is 1-based; missing or 0 (the document's placeholder value) means the default.
std::optional<QString> readPaging(const QJsonObject &body, Paging &paging)
{
    qint64 number = 0;
    switch (readInt(body, QStringLiteral("page"), number)) {
    case Param::Invalid: return typeError(QStringLiteral("page"));
    case Param::Ok:
        if (number < 0)
            return QStringLiteral("page 参数错误");
        paging.page = number == 0 ? 1 : number;
        break;
    case Param::Absent: break;
    }
    switch (readInt(body, QStringLiteral("page_size"), number)) {
    case Param::Invalid: return typeError(QStringLiteral("page_size"));
    case Param::Ok:
        if (number < 0)
            return QStringLiteral("page_size 参数错误");
        paging.pageSize = number == 0 ? 10 : qMin<qint64>(number, 100);
        break;
    case Param::Absent: break;
    }
    if (readString(body, QStringLiteral("kw"), paging.kw) == Param::Invalid)
        return typeError(QStringLiteral("kw"));
    paging.kw = paging.kw.trimmed();
    return std::nullopt;
}

QJsonArray pageOf(const QList<QJsonObject> &items, const Paging &paging)
{
    QJsonArray array;
    const qint64 first = (paging.page - 1) * paging.pageSize;
    for (qint64 i = first; i < items.size() && i < first + paging.pageSize; ++i)
        array.append(items.at(i));
    return array;
}

QJsonObject listResult(const QList<QJsonObject> &items, const Paging &paging)
{
    return {{QStringLiteral("total"), QString::number(items.size())},
            {QStringLiteral("items"), pageOf(items, paging)}};
}

bool matches(const QString &kw, const QStringList &fields)
{
    if (kw.isEmpty())
        return true;
    return std::any_of(fields.cbegin(), fields.cend(), [&kw](const QString &field) {
        return field.contains(kw, Qt::CaseInsensitive);
    });
}

bool isValidStatus(qint64 status)
{
    return status == Created || status == Starting || status == Running || status == Stopping
           || status == Stopped || status == Destroyed;
}

} // namespace

QString ChenyuBackend::defaultApiKey()
{
    return QStringLiteral("cy-demo-key-0001");
}

ChenyuBackend::ChenyuBackend(QObject *parent)
    : QObject(parent)
    , m_apiKey(defaultApiKey())
{
    const qint64 now = nowMs();
    m_pods = seedPods(now);
    m_gpuModels = seedGpuModels(now);
    m_cards = seedCards(now, m_pods);
    m_recharges = seedRecharges(now);
    m_bills = seedBills(now);
    m_instances = seedInstances(now, m_pods, m_gpuModels);
    m_balanceFen = seedBalanceFen();

    m_routes = {
        {QStringLiteral("/api/v1/finances/balance"), &ChenyuBackend::balance},
        {QStringLiteral("/api/v1/finances/recharge"), &ChenyuBackend::recharges},
        {QStringLiteral("/api/v1/finances/bill"), &ChenyuBackend::bills},
        {QStringLiteral("/api/v1/app/list"), &ChenyuBackend::pods},
        {QStringLiteral("/api/v1/gpu/models"), &ChenyuBackend::gpuModels},
        {QStringLiteral("/api/v1/app/instance/create"), &ChenyuBackend::createInstance},
        {QStringLiteral("/api/v1/app/instance/list"), &ChenyuBackend::listInstances},
        {QStringLiteral("/api/v1/app/instance/status"), &ChenyuBackend::instanceStatus},
        {QStringLiteral("/api/v1/app/instance/start"), &ChenyuBackend::startInstance},
        {QStringLiteral("/api/v1/app/instance/restart"), &ChenyuBackend::restartInstance},
        {QStringLiteral("/api/v1/app/instance/scheduled/shutdown"),
         &ChenyuBackend::scheduleShutdown},
        {QStringLiteral("/api/v1/app/instance/stop"), &ChenyuBackend::destroyInstance},
    };

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        advance();
        scheduleNextEvent();
    });
    scheduleNextEvent();
}

ChenyuBackend::~ChenyuBackend() = default;

SimReply ChenyuBackend::handle(const SimRequest &request)
{
    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.cend())
        return SimReply::text(404, QByteArrayLiteral("404 page not found"));
    if (request.method != QLatin1String("POST")) {
        SimReply reply = SimReply::text(405, QByteArrayLiteral("405 method not allowed"));
        reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return reply;
    }

    advance();
    Outcome outcome;
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("Bearer ");
    const bool authorized =
        authorization.size() > scheme.size()
        && authorization.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0
        && QString::fromUtf8(authorization.mid(scheme.size()).trimmed()) == m_apiKey;
    if (!authorized) {
        outcome = {kCodeNotLoggedIn, QStringLiteral("未登录或 API Key 无效"), {}};
    } else {
        // Bodies are optional for the parameterless endpoints; an empty one reads as {}.
        QJsonObject body;
        bool bodyOk = true;
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            bodyOk = error.error == QJsonParseError::NoError && document.isObject();
            body = document.object();
        }
        outcome = bodyOk ? (this->*route.value())(body)
                         : systemError(QStringLiteral("请求参数格式错误，请提交 JSON 对象"));
    }
    scheduleNextEvent();

    const QJsonObject envelope{{QStringLiteral("code"), outcome.code},
                               {QStringLiteral("msg"), outcome.msg},
                               {QStringLiteral("result"), outcome.result}};
    QString note = QStringLiteral("code=") + outcome.code;
    if (!outcome.msg.isEmpty())
        note += QLatin1Char(' ') + outcome.msg;
    return SimReply::json(envelope, note);
}

QString ChenyuBackend::apiKey() const
{
    return m_apiKey;
}

void ChenyuBackend::setApiKey(const QString &key)
{
    m_apiKey = key;
}

void ChenyuBackend::setTransitionMs(int ms)
{
    advance();
    m_transitionMs = qMax(1, ms);
    advance();
    scheduleNextEvent();
}

int ChenyuBackend::transitionMs() const
{
    return m_transitionMs;
}

void ChenyuBackend::setBillingHourMs(int ms)
{
    advance();
    m_billingHourMs = qMax(1, ms);
    advance();
    scheduleNextEvent();
}

int ChenyuBackend::billingHourMs() const
{
    return m_billingHourMs;
}

int ChenyuBackend::createCount() const
{
    return m_createCount;
}

QJsonObject ChenyuBackend::instanceJson(const QString &uuid) const
{
    for (const Instance &instance : m_instances) {
        if (instance.uuid == uuid)
            return toJson(instance);
    }
    return {};
}

QStringList ChenyuBackend::instanceIds() const
{
    QStringList ids;
    for (const Instance &instance : m_instances)
        ids.append(instance.uuid);
    return ids;
}

qint64 ChenyuBackend::balanceFen() const
{
    return m_balanceFen;
}

void ChenyuBackend::setBalanceFen(qint64 fen)
{
    m_balanceFen = fen;
}

int ChenyuBackend::billCount() const
{
    return int(m_bills.size());
}

ChenyuBackend::Outcome ChenyuBackend::ok(const QJsonObject &result)
{
    return {kCodeOk, QString(), result};
}

ChenyuBackend::Outcome ChenyuBackend::systemError(const QString &msg)
{
    return {kCodeSystemError, msg, {}};
}

// ---- finances -------------------------------------------------------------------------------

ChenyuBackend::Outcome ChenyuBackend::balance(const QJsonObject &)
{
    const qint64 now = nowMs();
    QList<Card> cards = m_cards;
    std::sort(cards.begin(), cards.end(),
              [](const Card &a, const Card &b) { return a.bindTimeMs > b.bindTimeMs; });
    QJsonArray items;
    for (const Card &card : cards) {
        if (items.size() == 100) // the document: only the latest hundred cards
            break;
        const qint64 expireMs = card.bindTimeMs + qint64(card.validDays) * 24 * 3600 * 1000;
        int status = 1;
        QString statusTxt = QStringLiteral("可用");
        if (now >= expireMs) {
            status = 3;
            statusTxt = QStringLiteral("已过期");
        } else if (card.leaveAmountFen <= 0) {
            status = 2;
            statusTxt = QStringLiteral("已用完");
        }
        QJsonArray pods;
        for (const QString &podUuid : card.podUuids) {
            for (const Pod &pod : m_pods) {
                if (pod.uuid == podUuid)
                    pods.append(QJsonObject{{QStringLiteral("pod_uuid"), pod.uuid},
                                            {QStringLiteral("title"), pod.title}});
            }
        }
        items.append(QJsonObject{
            {QStringLiteral("uuid"), card.uuid},
            {QStringLiteral("title"), card.title},
            {QStringLiteral("card_no"), card.cardNo},
            {QStringLiteral("valid_days"), card.validDays},
            {QStringLiteral("bind_time"), isoTime(card.bindTimeMs)},
            {QStringLiteral("expire_date"), isoTime(expireMs)},
            {QStringLiteral("bind_txt"), card.bindTxt},
            {QStringLiteral("sale_price"), yuanNumber(card.salePriceFen)},
            {QStringLiteral("face_price"), yuanNumber(card.facePriceFen)},
            {QStringLiteral("leave_amount"), yuanNumber(card.leaveAmountFen)},
            {QStringLiteral("pods"), pods},
            {QStringLiteral("remark"), card.remark},
            {QStringLiteral("status"), status},
            {QStringLiteral("status_txt"), statusTxt},
        });
    }
    return ok(
        {{QStringLiteral("balance"), yuanString(m_balanceFen)}, {QStringLiteral("cards"), items}});
}

ChenyuBackend::Outcome ChenyuBackend::recharges(const QJsonObject &body)
{
    Paging paging;
    if (const auto error = readPaging(body, paging))
        return systemError(*error);
    QList<Recharge> list = m_recharges;
    std::stable_sort(list.begin(), list.end(), [](const Recharge &a, const Recharge &b) {
        return a.createdAtMs > b.createdAtMs;
    });
    QList<QJsonObject> items;
    for (const Recharge &recharge : list) {
        if (!matches(paging.kw, {recharge.outTradeNo, recharge.payChannel}))
            continue;
        items.append({{QStringLiteral("created_at"), isoTime(recharge.createdAtMs)},
                      {QStringLiteral("pay_time"), isoTime(recharge.payTimeMs)},
                      {QStringLiteral("out_trade_no"), recharge.outTradeNo},
                      {QStringLiteral("pay_channel"), recharge.payChannel},
                      {QStringLiteral("amount"), yuanNumber(recharge.amountFen)}});
    }
    return ok(listResult(items, paging));
}

ChenyuBackend::Outcome ChenyuBackend::bills(const QJsonObject &body)
{
    Paging paging;
    if (const auto error = readPaging(body, paging))
        return systemError(*error);
    QList<Bill> list = m_bills;
    std::stable_sort(list.begin(), list.end(),
                     [](const Bill &a, const Bill &b) { return a.createdAtMs > b.createdAtMs; });
    QList<QJsonObject> items;
    for (const Bill &bill : list) {
        if (!matches(paging.kw, {bill.orderNo, bill.show, bill.cardTxt}))
            continue;
        items.append({{QStringLiteral("created_at"), isoTime(bill.createdAtMs)},
                      {QStringLiteral("order_no"), bill.orderNo},
                      {QStringLiteral("occurred_amount"), yuanNumber(bill.amountFen)},
                      {QStringLiteral("card_txt"), bill.cardTxt},
                      {QStringLiteral("show"), bill.show}});
    }
    return ok(listResult(items, paging));
}

// ---- catalog --------------------------------------------------------------------------------

ChenyuBackend::Outcome ChenyuBackend::pods(const QJsonObject &body)
{
    Paging paging;
    if (const auto error = readPaging(body, paging))
        return systemError(*error);
    QList<QJsonObject> items;
    for (const Pod &pod : m_pods) {
        const QString tags = pod.imageTags.join(QLatin1Char(','));
        if (!matches(paging.kw, {pod.title, pod.podName, tags}))
            continue;
        items.append({{QStringLiteral("uuid"), pod.uuid},
                      {QStringLiteral("title"), pod.title},
                      {QStringLiteral("image_tags"), tags},
                      {QStringLiteral("image_tag"), pod.imageTag},
                      {QStringLiteral("pod_name"), pod.podName},
                      {QStringLiteral("status"), pod.status},
                      {QStringLiteral("status_txt"), pod.statusTxt},
                      {QStringLiteral("created_at"), isoTime(pod.createdAtMs)}});
    }
    return ok(listResult(items, paging));
}

ChenyuBackend::Outcome ChenyuBackend::gpuModels(const QJsonObject &)
{
    QJsonArray items;
    for (const GpuModel &model : m_gpuModels) {
        const bool available = model.free > 0;
        items.append(QJsonObject{
            {QStringLiteral("uuid"), model.uuid},
            {QStringLiteral("title"), model.title},
            {QStringLiteral("desc"), model.desc},
            {QStringLiteral("price"), yuanString(model.priceFen)},
            {QStringLiteral("remark"), model.remark},
            {QStringLiteral("status"), available ? 1 : 0},
            {QStringLiteral("status_txt"),
             available ? QStringLiteral("可用") : QStringLiteral("已售罄")},
            {QStringLiteral("created_at"), isoTime(model.createdAtMs)},
            {QStringLiteral("free_txt"), QStringLiteral("空闲 %1").arg(model.free)},
        });
    }
    return ok({{QStringLiteral("total"), QString::number(items.size())},
               {QStringLiteral("no_card_price"), yuanNumber(m_noCardPriceFen)},
               {QStringLiteral("items"), items}});
}

// ---- instances ------------------------------------------------------------------------------

ChenyuBackend::Outcome ChenyuBackend::createInstance(const QJsonObject &body)
{
    QString podUuid;
    QString imageUuid;
    QString imageTag;
    QString gpuUuid;
    qint64 autoStart = 0;
    for (const auto &[key, target] : {std::pair{QStringLiteral("pod_uuid"), &podUuid},
                                      std::pair{QStringLiteral("image_uuid"), &imageUuid},
                                      std::pair{QStringLiteral("image_tag"), &imageTag},
                                      std::pair{QStringLiteral("gpu_model_uuid"), &gpuUuid}}) {
        if (readString(body, key, *target) == Param::Invalid)
            return systemError(typeError(key));
    }
    // The document's example sends "auto_start": "integer"; a real integer is required.
    if (readInt(body, QStringLiteral("auto_start"), autoStart) == Param::Invalid
        || (autoStart != 0 && autoStart != 1))
        return systemError(QStringLiteral("auto_start 参数错误，应为 0 或 1"));
    if (imageTag.isEmpty())
        return systemError(requiredError(QStringLiteral("image_tag")));
    if (gpuUuid.isEmpty())
        return systemError(requiredError(QStringLiteral("gpu_model_uuid")));
    // pod_uuid is optional in the document, but without an image catalog the pod is the only
    // way to know what to run (assumption).
    if (podUuid.isEmpty())
        return systemError(requiredError(QStringLiteral("pod_uuid")));

    const auto pod = std::find_if(m_pods.cbegin(), m_pods.cend(),
                                  [&podUuid](const Pod &p) { return p.uuid == podUuid; });
    if (pod == m_pods.cend())
        return systemError(QStringLiteral("pod 不存在"));
    const auto gpu = std::find_if(m_gpuModels.cbegin(), m_gpuModels.cend(),
                                  [&gpuUuid](const GpuModel &g) { return g.uuid == gpuUuid; });
    if (gpu == m_gpuModels.cend())
        return systemError(QStringLiteral("GPU 型号不存在"));
    if (!pod->imageTags.contains(imageTag))
        return systemError(QStringLiteral("镜像版本 %1 不存在").arg(imageTag));
    if (gpu->free <= 0)
        return systemError(QStringLiteral("%1 暂无空闲资源，请选择其他型号").arg(gpu->title));
    if (m_balanceFen < gpu->priceFen + pod->priceFen)
        return systemError(QStringLiteral("余额不足，请充值后再试"));

    const qint64 now = nowMs();
    ++m_createCount;
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString title = QStringLiteral("%1-%2-%3")
                              .arg(pod->title, QString(gpu->title).remove(QLatin1Char(' ')))
                              .arg(m_createCount, 2, 10, QLatin1Char('0'));
    Instance instance = newInstance(uuid, title, *pod, *gpu, imageTag, now);
    if (autoStart == 1)
        instance.pendingSteps = {Starting, Running};
    m_instances.append(instance);

    QJsonObject json = toJson(instance);
    json.remove(QStringLiteral("created_at")); // not among the create response's fields
    return ok({{QStringLiteral("instance"), json}});
}

ChenyuBackend::Outcome ChenyuBackend::listInstances(const QJsonObject &body)
{
    qint64 status = 0;
    switch (readInt(body, QStringLiteral("status"), status)) {
    case Param::Absent: return systemError(QStringLiteral("status 参数必填"));
    case Param::Invalid: return systemError(typeError(QStringLiteral("status")));
    case Param::Ok: break;
    }
    if (!isValidStatus(status))
        return systemError(QStringLiteral("status 参数错误，可选值 0、1、2、3、4、9"));
    Paging paging;
    if (const auto error = readPaging(body, paging))
        return systemError(*error);

    QList<const Instance *> selected;
    for (const Instance &instance : m_instances) {
        if (instance.status == status)
            selected.append(&instance);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const Instance *a, const Instance *b) {
        return a->createdAtMs > b->createdAtMs;
    });
    QList<QJsonObject> items;
    for (const Instance *instance : selected)
        items.append(toJson(*instance));
    return ok(listResult(items, paging));
}

ChenyuBackend::Outcome ChenyuBackend::instanceStatus(const QJsonObject &body)
{
    Outcome error;
    const Instance *instance = requireInstance(body, error);
    if (!instance)
        return error;
    return ok({{QStringLiteral("instance"),
                QJsonObject{{QStringLiteral("status"), instance->status},
                            {QStringLiteral("status_txt"), statusText(instance->status)}}}});
}

ChenyuBackend::Outcome ChenyuBackend::startInstance(const QJsonObject &body)
{
    Outcome error;
    Instance *instance = requireInstance(body, error);
    if (!instance)
        return error;
    if (instance->status != Created && instance->status != Stopped)
        return systemError(
            QStringLiteral("实例当前状态为「%1」，无法启动").arg(statusText(instance->status)));
    if (m_balanceFen < instance->priceHFen)
        return systemError(QStringLiteral("余额不足，请充值后再试"));
    enterSequence(*instance, {Starting, Running}, nowMs());
    return ok();
}

ChenyuBackend::Outcome ChenyuBackend::restartInstance(const QJsonObject &body)
{
    Outcome error;
    Instance *instance = requireInstance(body, error);
    if (!instance)
        return error;
    if (instance->status != Running)
        return systemError(QStringLiteral("实例当前状态为「%1」，只有运行中的实例可以重启")
                               .arg(statusText(instance->status)));
    enterSequence(*instance, {Stopping, Starting, Running}, nowMs());
    return ok();
}

ChenyuBackend::Outcome ChenyuBackend::scheduleShutdown(const QJsonObject &body)
{
    Outcome error;
    Instance *instance = requireInstance(body, error);
    if (!instance)
        return error;
    const QJsonValue cancel = body.value(QStringLiteral("cancel"));
    if (!cancel.isUndefined() && !cancel.isNull() && !cancel.isBool())
        return systemError(typeError(QStringLiteral("cancel")));
    const bool destroying =
        instance->status == Destroyed || instance->pendingSteps.contains(Destroyed);
    if (destroying)
        return systemError(QStringLiteral("实例已销毁"));
    if (cancel.toBool()) {
        instance->shutdownAtMs = 0;
        return ok();
    }

    QString regularTime;
    switch (readString(body, QStringLiteral("regular_time"), regularTime)) {
    case Param::Invalid: return systemError(typeError(QStringLiteral("regular_time")));
    case Param::Absent: return systemError(requiredError(QStringLiteral("regular_time")));
    case Param::Ok: break;
    }
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    QDateTime when;
    if (shape.match(regularTime).hasMatch()) {
        when = QDateTime::fromString(regularTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (when.isValid())
            when = QDateTime(when.date(), when.time(), chinaStandardTime());
    }
    if (!when.isValid())
        return systemError(QStringLiteral("regular_time 格式错误，应为 YYYY-MM-DD HH:mm:ss"));
    if (when.toMSecsSinceEpoch() <= nowMs())
        return systemError(QStringLiteral("定时关机时间必须晚于当前时间"));
    instance->shutdownAtMs = when.toMSecsSinceEpoch();
    return ok();
}

ChenyuBackend::Outcome ChenyuBackend::destroyInstance(const QJsonObject &body)
{
    Outcome error;
    Instance *instance = requireInstance(body, error);
    if (!instance)
        return error;
    QString reason;
    if (readString(body, QStringLiteral("shutdown_reason"), reason) == Param::Invalid)
        return systemError(typeError(QStringLiteral("shutdown_reason")));
    if (instance->status == Destroyed)
        return systemError(QStringLiteral("实例已销毁"));
    instance->shutdownReason = reason;
    instance->shutdownAtMs = 0;
    // Asking again while the destruction is under way changes nothing and is not an error.
    if (!instance->pendingSteps.contains(Destroyed))
        enterSequence(*instance, {Stopping, Destroyed}, nowMs());
    return ok();
}

Instance *ChenyuBackend::findInstance(const QString &uuid)
{
    for (Instance &instance : m_instances) {
        if (instance.uuid == uuid)
            return &instance;
    }
    return nullptr;
}

Instance *ChenyuBackend::requireInstance(const QJsonObject &body, Outcome &error)
{
    QString uuid;
    switch (readString(body, QStringLiteral("instance_uuid"), uuid)) {
    case Param::Invalid:
        error = systemError(typeError(QStringLiteral("instance_uuid")));
        return nullptr;
    case Param::Absent:
        error = systemError(requiredError(QStringLiteral("instance_uuid")));
        return nullptr;
    case Param::Ok: break;
    }
    if (uuid.isEmpty()) {
        error = systemError(requiredError(QStringLiteral("instance_uuid")));
        return nullptr;
    }
    Instance *instance = findInstance(uuid);
    if (!instance)
        error = systemError(QStringLiteral("实例不存在"));
    return instance;
}

QJsonObject ChenyuBackend::toJson(const Instance &instance) const
{
    return {
        {QStringLiteral("uuid"), instance.uuid},
        {QStringLiteral("title"), instance.title},
        {QStringLiteral("pod_uuid"), instance.podUuid},
        {QStringLiteral("pod_title"), instance.podTitle},
        {QStringLiteral("pod_name"), instance.podName},
        {QStringLiteral("pod_price"), yuanString(instance.podPriceFen)},
        {QStringLiteral("pod_startup_elapse"), instance.podStartupElapse},
        {QStringLiteral("image_tag"), instance.imageTag},
        {QStringLiteral("out_web_url"), instance.outWebUrl},
        {QStringLiteral("category"), instance.category},
        {QStringLiteral("gpus"), instance.gpus},
        {QStringLiteral("no_card"), instance.noCard},
        {QStringLiteral("gpu_model_name"), instance.gpuModelName},
        {QStringLiteral("charging_type"), instance.chargingType},
        {QStringLiteral("charging_type_name"), instance.chargingTypeName},
        {QStringLiteral("charging_num"), instance.chargingNum},
        {QStringLiteral("price_h"), yuanNumber(instance.priceHFen)},
        {QStringLiteral("instance_type_txt"), instance.instanceTypeTxt},
        {QStringLiteral("status"), instance.status},
        {QStringLiteral("status_txt"), statusText(instance.status)},
        // Assumption: the document gives no list-item schema; list items are shaped like the
        // create response's instance plus its creation time.
        {QStringLiteral("created_at"), isoTime(instance.createdAtMs)},
    };
}

// ---- time -----------------------------------------------------------------------------------

qint64 ChenyuBackend::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 ChenyuBackend::nextEventMs(const Instance &instance) const
{
    qint64 next = std::numeric_limits<qint64>::max();
    if (!instance.pendingSteps.isEmpty())
        next = qMin(next, instance.statusSinceMs + m_transitionMs);
    if (instance.status == Running)
        next = qMin(next, instance.billedUntilMs + m_billingHourMs);
    if (instance.shutdownAtMs > 0)
        next = qMin(next, instance.shutdownAtMs);
    return next;
}

void ChenyuBackend::advance()
{
    const qint64 now = nowMs();
    for (Instance &instance : m_instances) {
        for (;;) {
            const qint64 at = nextEventMs(instance);
            if (at > now)
                break;
            // Same-moment events: the finished hour is billed before anything stops the machine.
            if (instance.status == Running && at == instance.billedUntilMs + m_billingHourMs) {
                charge(instance, at);
            } else if (instance.shutdownAtMs > 0 && at == instance.shutdownAtMs) {
                instance.shutdownAtMs = 0;
                if (instance.status == Running || instance.status == Starting)
                    enterSequence(instance, {Stopping, Stopped}, at);
            } else {
                enterStatus(instance, instance.pendingSteps.takeFirst(), at);
            }
        }
    }
}

void ChenyuBackend::scheduleNextEvent()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Instance &instance : m_instances)
        next = qMin(next, nextEventMs(instance));
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = qBound(qint64(0), next - nowMs(), qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(delay));
}

void ChenyuBackend::enterSequence(Instance &instance, const QList<int> &steps, qint64 atMs)
{
    instance.pendingSteps = steps.mid(1);
    enterStatus(instance, steps.constFirst(), atMs);
}

void ChenyuBackend::enterStatus(Instance &instance, int status, qint64 atMs)
{
    instance.status = status;
    instance.statusSinceMs = atMs;
    // Billing runs in whole hours from the moment the instance is up; a partial hour is free.
    if (status == Running)
        instance.billedUntilMs = atMs;
    if (status == Destroyed)
        instance.shutdownAtMs = 0;
}

void ChenyuBackend::charge(Instance &instance, qint64 atMs)
{
    instance.billedUntilMs = atMs;
    m_balanceFen -= instance.priceHFen;
    Bill bill;
    bill.createdAtMs = atMs;
    bill.orderNo = nextOrderNo(atMs);
    bill.amountFen = instance.priceHFen;
    bill.show = QStringLiteral("%1 按量计费 1 小时（%2 × %3，¥%4/小时）")
                    .arg(instance.title, instance.gpuModelName)
                    .arg(instance.gpus)
                    .arg(yuanString(instance.priceHFen));
    m_bills.append(bill);
    // Out of money: the platform powers the instance off rather than run up a debt.
    if (m_balanceFen < 0)
        enterSequence(instance, {Stopping, Stopped}, atMs);
}

QString ChenyuBackend::nextOrderNo(qint64 atMs)
{
    ++m_orderSeq;
    return QStringLiteral("BL") + cstStamp(atMs)
           + QStringLiteral("%1").arg(m_orderSeq, 4, 10, QLatin1Char('0'));
}

} // namespace suanli::sim
