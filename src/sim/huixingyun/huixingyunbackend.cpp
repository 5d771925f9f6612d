#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simparams.h"

#include "sim/huixingyun/huixingyunseed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace suanli::sim {

using namespace huixingyun;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;
// The document gives no upper bound on "num"; one keeps a typo from creating a flood.
constexpr qint64 kMaxOrderNum = 100;

using params::Param;
using params::readString;
using params::requiredError;

// The document's tables type these as int while its curl examples send "1": take both.
Param readInt(const QJsonObject &body, const QString &key, qint64 &out)
{
    return params::readInt(body, key, out, params::DigitStrings::Accept);
}

QString formatError(const QString &key)
{
    return key + QStringLiteral(" 参数格式错误");
}

// A required, non-empty string parameter; the error message when it is missing or malformed.
std::optional<QString> requireString(const QJsonObject &body, const QString &key, QString &out)
{
    switch (readString(body, key, out)) {
    case Param::Absent: return requiredError(key);
    case Param::Invalid: return formatError(key);
    case Param::Ok: break;
    }
    out = out.trimmed();
    if (out.isEmpty())
        return requiredError(key);
    return std::nullopt;
}

std::optional<QString> requireInt(const QJsonObject &body, const QString &key, qint64 &out)
{
    switch (readInt(body, key, out)) {
    case Param::Absent: return requiredError(key);
    case Param::Invalid: return formatError(key);
    case Param::Ok: break;
    }
    return std::nullopt;
}

// Buy's pay_unit: 4 hourly, 1 daily, 2 monthly (not in time order).
std::optional<PayMethod> payMethodForUnit(qint64 unit)
{
    switch (unit) {
    case 4: return PayMethod::Hour;
    case 1: return PayMethod::Day;
    case 2: return PayMethod::Month;
    default: return std::nullopt;
    }
}

QString randomPassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString text;
    for (int i = 0; i < 16; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

QString currentState(const Instance &instance)
{
    return QStringLiteral("（当前状态：%1）").arg(statusText(instance.status));
}

} // namespace

QString HuixingyunBackend::defaultApiToken()
{
    return QStringLiteral("hx-demo-token-0001");
}

QString HuixingyunBackend::defaultUsername()
{
    return QStringLiteral("demo");
}

QString HuixingyunBackend::defaultPassword()
{
    return QStringLiteral("demo-pass-1");
}

HuixingyunBackend::HuixingyunBackend(QObject *parent)
    : QObject(parent)
    , m_apiToken(defaultApiToken())
    , m_username(defaultUsername())
    , m_password(defaultPassword())
{
    const qint64 now = nowMs();
    m_products = seedProducts();
    m_apps = seedApps();
    m_publicImages = seedPublicImages();
    m_customImages = seedCustomImages(now);
    m_tokens = seedTokens(now, m_apiToken);
    m_instances = seedInstances(now, m_products, m_publicImages, m_customImages, m_apps);

    m_tokenRoutes = {
        {QStringLiteral("/generate/token"), &HuixingyunBackend::generateToken},
        {QStringLiteral("/delete/token"), &HuixingyunBackend::deleteToken},
        {QStringLiteral("/all/tokens"), &HuixingyunBackend::allTokens},
    };
    m_gpuRoutes = {
        {QStringLiteral("/gpu/product/list"), &HuixingyunBackend::productList},
        {QStringLiteral("/gpu/application/list"), &HuixingyunBackend::applicationList},
        {QStringLiteral("/gpu/images/list"), &HuixingyunBackend::publicImages},
        {QStringLiteral("/gpu/images/mine"), &HuixingyunBackend::myImages},
        {QStringLiteral("/gpu/instances/buy"), &HuixingyunBackend::buyInstances},
        {QStringLiteral("/gpu/application/buy"), &HuixingyunBackend::buyApplication},
        {QStringLiteral("/gpu/instances/list"), &HuixingyunBackend::listInstances},
        {QStringLiteral("/gpu/instances/stop"), &HuixingyunBackend::stopInstances},
        {QStringLiteral("/gpu/instances/restart"), &HuixingyunBackend::restartInstances},
        {QStringLiteral("/gpu/instances/start"), &HuixingyunBackend::startInstances},
        {QStringLiteral("/gpu/instances/cardless/start"),
         &HuixingyunBackend::cardlessStartInstances},
        {QStringLiteral("/gpu/instance/snapshot"), &HuixingyunBackend::snapshot},
        {QStringLiteral("/gpu/instances/rebuild"), &HuixingyunBackend::rebuildInstances},
        {QStringLiteral("/gpu/instances/destroy"), &HuixingyunBackend::destroyInstances},
        {QStringLiteral("/gpu/instances/lengthen"), &HuixingyunBackend::lengthenInstances},
        {QStringLiteral("/gpu/instances/renew"), &HuixingyunBackend::renewInstances},
    };

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        advance();
        scheduleNextEvent();
    });
    scheduleNextEvent();
}

HuixingyunBackend::~HuixingyunBackend() = default;

SimReply HuixingyunBackend::handle(const SimRequest &request)
{
    const auto tokenRoute = m_tokenRoutes.constFind(request.path);
    const auto gpuRoute = m_gpuRoutes.constFind(request.path);
    const bool isTokenRoute = tokenRoute != m_tokenRoutes.cend();
    if (!isTokenRoute && gpuRoute == m_gpuRoutes.cend())
        return SimReply::text(404, QByteArrayLiteral("404 page not found"));
    if (request.method != QLatin1String("POST")) {
        SimReply reply = SimReply::text(405, QByteArrayLiteral("405 method not allowed"));
        reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return reply;
    }

    advance();
    Outcome outcome;
    bool authorized = true;
    if (!isTokenRoute) {
        // The raw token and nothing else: "Bearer <token>" or a quoted token is a client bug.
        const QString presented =
            QString::fromUtf8(request.header(QByteArrayLiteral("Authorization")).trimmed());
        authorized = !presented.isEmpty()
                     && std::any_of(m_tokens.cbegin(), m_tokens.cend(),
                                    [&](const Token &token) { return token.token == presented; });
        if (!authorized)
            outcome = {401, {{QStringLiteral("message"), QStringLiteral("invalid token")}}};
    }
    if (authorized) {
        // Parameterless endpoints may come with no body at all; that reads as {}.
        QJsonObject body;
        bool bodyOk = true;
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            bodyOk = error.error == QJsonParseError::NoError && document.isObject();
            body = document.object();
        }
        if (!bodyOk)
            outcome = badRequest(QStringLiteral("请求体不是合法的 JSON 对象"));
        else
            outcome = (this->*(isTokenRoute ? tokenRoute.value() : gpuRoute.value()))(body);
    }
    scheduleNextEvent();

    QString note;
    if (outcome.body.contains(QStringLiteral("message"))) {
        note = outcome.body.value(QStringLiteral("message")).toString();
    } else if (outcome.body.value(QStringLiteral("fails")).isArray()) {
        note = QStringLiteral("success=%1 fails=%2")
                   .arg(outcome.body.contains(QStringLiteral("success_instance"))
                            ? outcome.body.value(QStringLiteral("success_instance")).toInt()
                            : outcome.body.value(QStringLiteral("success")).toArray().size())
                   .arg(outcome.body.value(QStringLiteral("fails")).toArray().size());
    }
    return SimReply::json(outcome.body, note, outcome.status);
}

QString HuixingyunBackend::apiToken() const
{
    return m_apiToken;
}

void HuixingyunBackend::setApiToken(const QString &token)
{
    const qint64 now = nowMs();
    bool replaced = false;
    for (Token &existing : m_tokens) {
        if (existing.token == m_apiToken) {
            existing.token = token;
            existing.updateAtMs = now;
            replaced = true;
        }
    }
    if (!replaced) {
        Token demo;
        demo.name = QStringLiteral("管理token");
        demo.token = token;
        demo.createAtMs = now;
        demo.updateAtMs = now;
        m_tokens.prepend(demo);
    }
    m_apiToken = token;
}

QString HuixingyunBackend::username() const
{
    return m_username;
}

void HuixingyunBackend::setUsername(const QString &username)
{
    m_username = username;
}

QString HuixingyunBackend::password() const
{
    return m_password;
}

void HuixingyunBackend::setPassword(const QString &password)
{
    m_password = password;
}

void HuixingyunBackend::setTransitionMs(int ms)
{
    advance();
    m_transitionMs = qMax(1, ms);
    advance();
    scheduleNextEvent();
}

int HuixingyunBackend::transitionMs() const
{
    return m_transitionMs;
}

int HuixingyunBackend::buyCount() const
{
    return m_buyCount;
}

int HuixingyunBackend::requestCountFor(const QString &gid, const QString &path) const
{
    return m_gidRequests.value(path + QLatin1Char('\n') + gid);
}

QJsonObject HuixingyunBackend::instanceJson(const QString &gid) const
{
    for (const Instance &instance : m_instances) {
        if (instance.gid == gid)
            return toJson(instance);
    }
    return {};
}

QStringList HuixingyunBackend::instanceIds() const
{
    QStringList ids;
    for (const Instance &instance : m_instances)
        ids.append(instance.gid);
    return ids;
}

QString HuixingyunBackend::stopMode(const QString &gid) const
{
    for (const Instance &instance : m_instances) {
        if (instance.gid != gid)
            continue;
        switch (instance.stopMode) {
        case StopMode::None: return QString();
        case StopMode::Normal: return QStringLiteral("normal");
        case StopMode::CardLess: return QStringLiteral("card_less");
        }
    }
    return QString();
}

QStringList HuixingyunBackend::tokenValues() const
{
    QStringList values;
    for (const Token &token : m_tokens)
        values.append(token.token);
    return values;
}

QList<QJsonObject> HuixingyunBackend::customImages() const
{
    QList<QJsonObject> list;
    for (const Image &image : m_customImages)
        list.append(imageJson(image, true));
    return list;
}

int HuixingyunBackend::gpuRemain(const QString &gpuType) const
{
    for (const Product &product : m_products) {
        if (product.gpuType == gpuType)
            return product.gpuRemain;
    }
    return -1;
}

HuixingyunBackend::Outcome HuixingyunBackend::badRequest(const QString &message)
{
    return {400, {{QStringLiteral("message"), message}}};
}

// ---- tokens ---------------------------------------------------------------------------------

std::optional<HuixingyunBackend::Outcome> HuixingyunBackend::checkCredentials(
    const QJsonObject &body) const
{
    QString username;
    QString password;
    if (const auto error = requireString(body, QStringLiteral("username"), username))
        return badRequest(*error);
    // Passwords are taken as sent: spaces may be part of them.
    switch (readString(body, QStringLiteral("password"), password)) {
    case Param::Absent: return badRequest(requiredError(QStringLiteral("password")));
    case Param::Invalid: return badRequest(formatError(QStringLiteral("password")));
    case Param::Ok: break;
    }
    if (username != m_username || password != m_password)
        return Outcome{401, {{QStringLiteral("message"), QStringLiteral("用户名或密码错误")}}};
    return std::nullopt;
}

HuixingyunBackend::Outcome HuixingyunBackend::generateToken(const QJsonObject &body)
{
    if (auto refused = checkCredentials(body))
        return *refused;
    QString name;
    if (const auto error = requireString(body, QStringLiteral("name"), name))
        return badRequest(*error);
    Token token;
    token.name = name;
    token.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    token.createAtMs = nowMs();
    token.updateAtMs = token.createAtMs;
    m_tokens.append(token);
    return {200, {{QStringLiteral("token"), tokenJson(token)}}};
}

HuixingyunBackend::Outcome HuixingyunBackend::deleteToken(const QJsonObject &body)
{
    if (auto refused = checkCredentials(body))
        return *refused;
    QString joined;
    if (const auto error = requireString(body, QStringLiteral("token"), joined))
        return badRequest(*error);
    QStringList wanted;
    for (const QString &part : joined.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            wanted.append(part.trimmed());
    }
    // Assumption: unknown values among known ones are ignored (the answer has no per-token
    // result), but a request that names no token of the account is refused.
    const qsizetype removed =
        m_tokens.removeIf([&wanted](const Token &token) { return wanted.contains(token.token); });
    if (removed == 0)
        return badRequest(QStringLiteral("Token 不存在"));
    return {200, {{QStringLiteral("success"), true}}};
}

HuixingyunBackend::Outcome HuixingyunBackend::allTokens(const QJsonObject &body)
{
    if (auto refused = checkCredentials(body))
        return *refused;
    QJsonArray tokens;
    for (const Token &token : m_tokens)
        tokens.append(tokenJson(token));
    return {200, {{QStringLiteral("tokens"), tokens}}};
}

QJsonObject HuixingyunBackend::tokenJson(const Token &token)
{
    return {{QStringLiteral("name"), token.name},
            {QStringLiteral("scope"), token.scope},
            {QStringLiteral("status"), token.status},
            {QStringLiteral("token"), token.token},
            {QStringLiteral("create_at"), rfc3339(token.createAtMs)},
            {QStringLiteral("update_at"), rfc3339(token.updateAtMs)}};
}

// ---- catalog --------------------------------------------------------------------------------

HuixingyunBackend::Outcome HuixingyunBackend::productList(const QJsonObject &)
{
    QJsonArray items;
    for (const Product &product : m_products) {
        items.append(QJsonObject{{QStringLiteral("name"), product.name},
                                 {QStringLiteral("gpu_type"), product.gpuType},
                                 {QStringLiteral("disk_cap"), product.diskCap},
                                 {QStringLiteral("memory"), product.memory},
                                 {QStringLiteral("cpu"), product.cpu},
                                 {QStringLiteral("room_name"), product.roomName},
                                 {QStringLiteral("gpu_remain"), product.gpuRemain},
                                 {QStringLiteral("disk_one"), product.diskOne},
                                 {QStringLiteral("disk_data_one"), product.diskDataOne},
                                 {QStringLiteral("gpu_ram"), product.gpuRam}});
    }
    return {200, {{QStringLiteral("items"), items}, {QStringLiteral("total_items"), items.size()}}};
}

HuixingyunBackend::Outcome HuixingyunBackend::applicationList(const QJsonObject &)
{
    // The text promises the host-list fields as well, but the example shows only these; a
    // client must not count on gpu_type or room_name here.
    QJsonArray items;
    for (const AppProduct &app : m_apps) {
        items.append(QJsonObject{{QStringLiteral("app_type"), app.appType},
                                 {QStringLiteral("memory"), app.memory},
                                 {QStringLiteral("cpu"), app.cpu},
                                 {QStringLiteral("disk_one"), app.diskOne},
                                 {QStringLiteral("disk_data_one"), app.diskDataOne},
                                 {QStringLiteral("title"), app.title}});
    }
    return {200, {{QStringLiteral("items"), items}, {QStringLiteral("total_items"), items.size()}}};
}

HuixingyunBackend::Outcome HuixingyunBackend::publicImages(const QJsonObject &body)
{
    QString gpuType;
    if (const auto error = requireString(body, QStringLiteral("gpu_type"), gpuType))
        return badRequest(*error);
    const Product *product = findProduct(gpuType);
    if (!product)
        return badRequest(QStringLiteral("gpu_type 不存在"));
    QJsonArray items;
    for (const Image &image : m_publicImages) {
        if (image.roomName == product->roomName)
            items.append(imageJson(image, true));
    }
    return {200, {{QStringLiteral("items"), items}, {QStringLiteral("total_items"), items.size()}}};
}

HuixingyunBackend::Outcome HuixingyunBackend::myImages(const QJsonObject &body)
{
    QString roomName;
    if (const auto error = requireString(body, QStringLiteral("room_name"), roomName))
        return badRequest(*error);
    QJsonArray items;
    for (const Image &image : m_customImages) {
        if (image.roomName == roomName)
            items.append(imageJson(image, true));
    }
    return {200, {{QStringLiteral("items"), items}, {QStringLiteral("total_items"), items.size()}}};
}

QJsonObject HuixingyunBackend::imageJson(const Image &image, bool withRoom)
{
    QJsonObject json{{QStringLiteral("name"), image.name},
                     {QStringLiteral("image_id"), image.imageId},
                     {QStringLiteral("scene"), image.scene},
                     {QStringLiteral("os"), image.os},
                     {QStringLiteral("description"), image.description}};
    if (withRoom)
        json.insert(QStringLiteral("room_name"), image.roomName);
    return json;
}

// ---- orders ---------------------------------------------------------------------------------

HuixingyunBackend::Outcome HuixingyunBackend::buyInstances(const QJsonObject &body)
{
    QString imageId;
    if (const auto error = requireString(body, QStringLiteral("image_id"), imageId))
        return badRequest(*error);
    qint64 num = 0;
    if (const auto error = requireInt(body, QStringLiteral("num"), num))
        return badRequest(*error);
    if (num < 1)
        return badRequest(QStringLiteral("num 必须大于等于 1"));
    if (num > kMaxOrderNum)
        return badRequest(QStringLiteral("num 不能超过 %1").arg(kMaxOrderNum));
    QString gpuType;
    if (const auto error = requireString(body, QStringLiteral("gpu_type"), gpuType))
        return badRequest(*error);
    Product *product = findProduct(gpuType);
    if (!product)
        return badRequest(QStringLiteral("gpu_type 不存在"));
    qint64 gpuCount = 0;
    if (const auto error = requireInt(body, QStringLiteral("gpu_count"), gpuCount))
        return badRequest(*error);
    if (gpuCount < 1)
        return badRequest(QStringLiteral("gpu_count 必须大于等于 1"));
    if (gpuCount > product->gpuRemain)
        return badRequest(QStringLiteral("gpu_count 超出单次可租用的 GPU 数量（当前最多 %1 张）")
                              .arg(product->gpuRemain));
    qint64 extraDiskCap = 0;
    if (readInt(body, QStringLiteral("extra_disk_cap"), extraDiskCap) == Param::Invalid)
        return badRequest(formatError(QStringLiteral("extra_disk_cap")));
    if (extraDiskCap < 0 || extraDiskCap % 100 != 0)
        return badRequest(QStringLiteral("extra_disk_cap 必须是 100 的整数倍（单位 GB）"));
    if (extraDiskCap > product->diskCap)
        return badRequest(
            QStringLiteral("extra_disk_cap 超出可扩容上限 %1 GB").arg(product->diskCap));
    qint64 payUnit = 0;
    if (const auto error = requireInt(body, QStringLiteral("pay_unit"), payUnit))
        return badRequest(*error);
    const auto payMethod = payMethodForUnit(payUnit);
    if (!payMethod)
        return badRequest(
            QStringLiteral("pay_unit 参数错误，可选值：4（按小时）、1（按天）、2（按月）"));
    QString roomName;
    if (const auto error = requireString(body, QStringLiteral("room_name"), roomName))
        return badRequest(*error);
    if (roomName != product->roomName)
        return badRequest(QStringLiteral("room_name 与 gpu_type 所在区不一致（%1 在 %2 区）")
                              .arg(product->gpuType, product->roomName));
    const Image *image = findImage(imageId);
    if (!image)
        return badRequest(QStringLiteral("镜像不存在"));
    if (image->roomName != product->roomName)
        return badRequest(QStringLiteral("镜像不属于 %1 区").arg(product->roomName));
    return placeOrder(*product, int(num), int(gpuCount), int(extraDiskCap), *image, *payMethod,
                      nullptr);
}

HuixingyunBackend::Outcome HuixingyunBackend::buyApplication(const QJsonObject &body)
{
    qint64 num = 0;
    if (const auto error = requireInt(body, QStringLiteral("num"), num))
        return badRequest(*error);
    if (num < 1)
        return badRequest(QStringLiteral("num 必须大于等于 1"));
    if (num > kMaxOrderNum)
        return badRequest(QStringLiteral("num 不能超过 %1").arg(kMaxOrderNum));
    qint64 payUnit = 0;
    if (const auto error = requireInt(body, QStringLiteral("pay_unit"), payUnit))
        return badRequest(*error);
    const auto payMethod = payMethodForUnit(payUnit);
    if (!payMethod)
        return badRequest(
            QStringLiteral("pay_unit 参数错误，可选值：4（按小时）、1（按天）、2（按月）"));
    QString appType;
    if (const auto error = requireString(body, QStringLiteral("app_type"), appType))
        return badRequest(*error);
    const auto app = std::find_if(m_apps.cbegin(), m_apps.cend(),
                                  [&appType](const AppProduct &a) { return a.appType == appType; });
    if (app == m_apps.cend())
        return badRequest(QStringLiteral("app_type 不存在"));
    // The platform picks host and image; here apps run on one 4090 in room 105, with the
    // app's public image there.
    Product *product = findProduct(QStringLiteral("geforce_rtx_4090_16u100m_105"));
    Q_ASSERT(product);
    const auto image =
        std::find_if(m_publicImages.cbegin(), m_publicImages.cend(), [&](const Image &i) {
            return i.appType == appType && i.roomName == product->roomName;
        });
    Q_ASSERT(image != m_publicImages.cend());
    return placeOrder(*product, int(num), 1, 0, *image, *payMethod, &*app);
}

HuixingyunBackend::Outcome HuixingyunBackend::placeOrder(Product &product, int num, int gpuCount,
                                                         int extraDiskCap, const Image &image,
                                                         PayMethod payMethod, const AppProduct *app)
{
    const qint64 now = nowMs();
    // gpu_remain is shared stock: an order takes what is left and reports the rest as fails.
    const int created = qMin(num, product.gpuRemain / gpuCount);
    QJsonArray success;
    for (int i = 0; i < created; ++i) {
        const QString gid = makeGid(product.roomName, QUuid::createUuid().toString(QUuid::Id128));
        Instance instance =
            newInstance(gid, product, gpuCount, extraDiskCap, image, payMethod, now);
        instance.ip =
            QStringLiteral("203.0.113.%1").arg(QRandomGenerator::global()->bounded(1, 255));
        instance.port = QRandomGenerator::global()->bounded(20000, 60000);
        instance.password = randomPassword();
        instance.orderUid = nextOrderUid(now);
        if (app)
            instance.appMetadata = appMetadata(*app, gid);
        instance.pendingSteps = {status::Running};
        product.gpuRemain -= gpuCount;
        m_instances.append(instance);
        ++m_buyCount;
        success.append(QJsonObject{{QStringLiteral("order_uid"), instance.orderUid}});
    }
    // Assumption: the document never shows a failure; ours carry a reason.
    QJsonArray fails;
    for (int i = created; i < num; ++i)
        fails.append(QJsonObject{{QStringLiteral("reason"), QStringLiteral("库存不足")}});
    return {200,
            {{QStringLiteral("success_instance"), created},
             {QStringLiteral("fail_instance"), num - created},
             {QStringLiteral("success"), success},
             {QStringLiteral("fails"), fails}}};
}

QString HuixingyunBackend::nextOrderUid(qint64 atMs)
{
    ++m_orderSeq;
    return cstStamp(atMs) + QString::number(200000 + m_orderSeq % 800000);
}

// ---- instances ------------------------------------------------------------------------------

HuixingyunBackend::Outcome HuixingyunBackend::listInstances(const QJsonObject &)
{
    QList<const Instance *> sorted;
    for (const Instance &instance : m_instances)
        sorted.append(&instance);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Instance *a, const Instance *b) {
        return a->createAtMs > b->createAtMs;
    });
    QJsonArray items;
    for (const Instance *instance : sorted)
        items.append(toJson(*instance));
    // "total" is a string here, unlike the catalogs' integer "total_items".
    return {200,
            {{QStringLiteral("items"), items},
             {QStringLiteral("total"), QString::number(items.size())}}};
}

QJsonObject HuixingyunBackend::toJson(const Instance &instance) const
{
    const QString name =
        instance.productName + QStringLiteral(" * ") + QString::number(instance.gpu);
    const QJsonObject size{{QStringLiteral("gpu_type"), instance.gpuType},
                           {QStringLiteral("scene"), QStringLiteral("Gpu")},
                           {QStringLiteral("disk_free"), QString::number(instance.diskFree)},
                           {QStringLiteral("gpu_ram"), instance.gpuRam},
                           {QStringLiteral("gpu_model"), name},
                           {QStringLiteral("memory"), instance.memory},
                           {QStringLiteral("cpu"), instance.cpu},
                           {QStringLiteral("gpu"), QString::number(instance.gpu)}};
    return {{QStringLiteral("custom_ports"), QJsonArray()},
            {QStringLiteral("app_metadata"), instance.appMetadata},
            {QStringLiteral("gid"), instance.gid},
            {QStringLiteral("name"), name},
            {QStringLiteral("image"), imageJson(instance.image, false)},
            {QStringLiteral("size"), size},
            {QStringLiteral("ip"), instance.ip},
            {QStringLiteral("pay_method"), payMethodName(instance.payMethod)},
            {QStringLiteral("status"), instance.status},
            {QStringLiteral("create_at"), rfc3339(instance.createAtMs)},
            {QStringLiteral("expire_at"),
             instance.expireAtMs > 0 ? rfc3339(instance.expireAtMs) : QString()},
            {QStringLiteral("username"), instance.username},
            {QStringLiteral("port"), instance.port},
            {QStringLiteral("room_name"), instance.roomName},
            {QStringLiteral("password"), instance.password},
            {QStringLiteral("order_uid"), instance.orderUid}};
}

HuixingyunBackend::Outcome HuixingyunBackend::batch(const QJsonObject &body, const QString &path,
                                                    const GidAction &action)
{
    QString joined;
    if (const auto error = requireString(body, QStringLiteral("gid"), joined))
        return badRequest(*error);
    // Only the ASCII comma separates; a full-width "，" stays part of an (unknown) gid.
    QStringList gids;
    for (const QString &part : joined.split(QLatin1Char(','))) {
        const QString gid = part.trimmed();
        if (!gid.isEmpty() && !gids.contains(gid))
            gids.append(gid);
    }
    if (gids.isEmpty())
        return badRequest(requiredError(QStringLiteral("gid")));

    const qint64 now = nowMs();
    QJsonArray success;
    QJsonArray fails;
    for (const QString &gid : gids) {
        ++m_gidRequests[path + QLatin1Char('\n') + gid];
        Instance *instance = findInstance(gid);
        const QString reason = instance ? action(*instance, now) : QStringLiteral("实例不存在");
        if (reason.isEmpty())
            success.append(gid);
        else
            fails.append(
                QJsonObject{{QStringLiteral("gid"), gid}, {QStringLiteral("reason"), reason}});
    }
    return {200, {{QStringLiteral("success"), success}, {QStringLiteral("fails"), fails}}};
}

HuixingyunBackend::Outcome HuixingyunBackend::stopInstances(const QJsonObject &body)
{
    // The document marks card_less required: leaving it out is refused, not read as false.
    const QJsonValue cardLess = body.value(QStringLiteral("card_less"));
    if (cardLess.isUndefined() || cardLess.isNull())
        return badRequest(requiredError(QStringLiteral("card_less")));
    if (!cardLess.isBool())
        return badRequest(QStringLiteral("card_less 参数格式错误，应为 true 或 false"));
    return batch(body, QStringLiteral("/gpu/instances/stop"),
                 [this, cardLess = cardLess.toBool()](Instance &instance, qint64 now) {
                     return stopOne(instance, now, cardLess);
                 });
}

HuixingyunBackend::Outcome HuixingyunBackend::restartInstances(const QJsonObject &body)
{
    return batch(body, QStringLiteral("/gpu/instances/restart"),
                 [this](Instance &instance, qint64 now) { return restartOne(instance, now); });
}

HuixingyunBackend::Outcome HuixingyunBackend::startInstances(const QJsonObject &body)
{
    return batch(body, QStringLiteral("/gpu/instances/start"),
                 [this](Instance &instance, qint64 now) { return startOne(instance, now, false); });
}

HuixingyunBackend::Outcome HuixingyunBackend::cardlessStartInstances(const QJsonObject &body)
{
    return batch(body, QStringLiteral("/gpu/instances/cardless/start"),
                 [this](Instance &instance, qint64 now) { return startOne(instance, now, true); });
}

HuixingyunBackend::Outcome HuixingyunBackend::rebuildInstances(const QJsonObject &body)
{
    QString imageId;
    if (const auto error = requireString(body, QStringLiteral("image_id"), imageId))
        return badRequest(*error);
    const Image *image = findImage(imageId);
    if (!image)
        return badRequest(QStringLiteral("镜像不存在"));
    return batch(body, QStringLiteral("/gpu/instances/rebuild"),
                 [this, image = *image](Instance &instance, qint64 now) {
                     return rebuildOne(instance, now, image);
                 });
}

HuixingyunBackend::Outcome HuixingyunBackend::destroyInstances(const QJsonObject &body)
{
    return batch(body, QStringLiteral("/gpu/instances/destroy"),
                 [this](Instance &instance, qint64 now) { return destroyOne(instance, now); });
}

HuixingyunBackend::Outcome HuixingyunBackend::lengthenInstances(const QJsonObject &body)
{
    qint64 payUnit = 0;
    if (const auto error = requireInt(body, QStringLiteral("pay_unit"), payUnit))
        return badRequest(*error);
    if (payUnit != 1 && payUnit != 2)
        return badRequest(QStringLiteral("pay_unit 参数错误，可选值：1（按天）、2（按月）"));
    const PayMethod target = payUnit == 1 ? PayMethod::Day : PayMethod::Month;
    return batch(body, QStringLiteral("/gpu/instances/lengthen"),
                 [this, target](Instance &instance, qint64 now) {
                     return lengthenOne(instance, now, target);
                 });
}

HuixingyunBackend::Outcome HuixingyunBackend::renewInstances(const QJsonObject &body)
{
    qint64 period = 0;
    if (const auto error = requireInt(body, QStringLiteral("pay_period"), period))
        return badRequest(*error);
    if (period < 1)
        return badRequest(QStringLiteral("pay_period 必须大于等于 1"));
    // Which periods are allowed depends on each instance's mode: checked per gid.
    return batch(body, QStringLiteral("/gpu/instances/renew"),
                 [this, period = int(period)](Instance &instance, qint64 now) {
                     return renewOne(instance, now, period);
                 });
}

HuixingyunBackend::Outcome HuixingyunBackend::snapshot(const QJsonObject &body)
{
    QString gid;
    if (const auto error = requireString(body, QStringLiteral("gid"), gid))
        return badRequest(*error);
    if (gid.contains(QLatin1Char(',')))
        return badRequest(QStringLiteral("保存镜像只支持单个实例，gid 不能包含逗号"));
    QString name;
    if (const auto error = requireString(body, QStringLiteral("name"), name))
        return badRequest(*error);
    ++m_gidRequests[QStringLiteral("/gpu/instance/snapshot\n") + gid];
    const Instance *instance = findInstance(gid);
    if (!instance)
        return badRequest(QStringLiteral("实例不存在"));
    // Assumption (preconditions are undocumented): a settled instance, running or stopped.
    if (instance->status != status::Running && instance->status != status::Stopped)
        return badRequest(
            QStringLiteral("实例当前状态为「%1」，不能保存镜像").arg(statusText(instance->status)));
    const qint64 now = nowMs();
    PendingImage pending;
    pending.startedAtMs = now;
    pending.image.imageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pending.image.name = name;
    pending.image.os = instance->image.os;
    pending.image.roomName = instance->roomName;
    pending.image.description = QStringLiteral("创建时间: ") + cstDateTime(now);
    m_pendingImages.append(pending);
    return {200, {{QStringLiteral("success"), true}}};
}

// ---- per-gid rules --------------------------------------------------------------------------

QString HuixingyunBackend::stopOne(Instance &instance, qint64 now, bool cardLess)
{
    if (instance.status != status::Running)
        return QStringLiteral("只有运行中的实例可以关机") + currentState(instance);
    instance.stopMode = cardLess ? StopMode::CardLess : StopMode::Normal;
    // Assumption: a card-less stop gives the GPUs back to stock and keeps only the disk.
    if (cardLess && instance.holdsGpus) {
        if (Product *product = findProduct(instance.gpuType))
            product->gpuRemain += instance.gpu;
        instance.holdsGpus = false;
    }
    enterSequence(instance, {status::Stopping, status::Stopped}, now);
    return QString();
}

QString HuixingyunBackend::restartOne(Instance &instance, qint64 now)
{
    if (instance.status != status::Running)
        return QStringLiteral("只有运行中的实例可以重启") + currentState(instance);
    enterSequence(instance, {status::Stopping, status::Starting, status::Running}, now);
    return QString();
}

QString HuixingyunBackend::startOne(Instance &instance, qint64 now, bool cardLess)
{
    if (instance.status != status::Stopped)
        return QStringLiteral("只有已关机的实例可以开机") + currentState(instance);
    if (cardLess && instance.stopMode != StopMode::CardLess)
        return QStringLiteral("该实例不是无卡关机");
    if (!cardLess && instance.stopMode == StopMode::CardLess)
        return QStringLiteral("请使用无卡开机接口");
    if (instance.expireAtMs > 0 && instance.expireAtMs <= now)
        return QStringLiteral("实例已到期，请先续费");
    if (!instance.holdsGpus) {
        Product *product = findProduct(instance.gpuType);
        if (!product || product->gpuRemain < instance.gpu)
            return QStringLiteral("GPU 资源不足，请稍后再试");
        product->gpuRemain -= instance.gpu;
        instance.holdsGpus = true;
    }
    instance.stopMode = StopMode::None;
    enterSequence(instance, {status::Starting, status::Running}, now);
    return QString();
}

QString HuixingyunBackend::rebuildOne(Instance &instance, qint64 now, const Image &image)
{
    if (instance.status != status::Running && instance.status != status::Stopped)
        return QStringLiteral("只有运行中或已关机的实例可以重装") + currentState(instance);
    if (image.roomName != instance.roomName)
        return QStringLiteral("镜像不属于实例所在的 %1 区").arg(instance.roomName);
    if (image.os != instance.image.os)
        return QStringLiteral("暂不支持跨镜像系统重装");
    instance.rebuildPending = true;
    instance.rebuildImage = image;
    // Back to where it was; a stopped instance keeps its stop mode.
    enterSequence(instance, {status::Rebuilding, instance.status}, now);
    return QString();
}

QString HuixingyunBackend::destroyOne(Instance &instance, qint64 now)
{
    if (instance.status == status::Destroying)
        return QStringLiteral("实例正在销毁");
    if (instance.payMethod != PayMethod::Hour)
        return QStringLiteral("仅支持销毁按小时计费的实例");
    if (instance.status != status::Stopped)
        return QStringLiteral("请先关机再销毁") + currentState(instance);
    enterSequence(instance, {status::Destroying, QString()}, now);
    return QString();
}

QString HuixingyunBackend::lengthenOne(Instance &instance, qint64 now, PayMethod target)
{
    if (instance.status == status::Destroying)
        return QStringLiteral("实例正在销毁");
    if (instance.payMethod == PayMethod::Month)
        return QStringLiteral("包月实例不能修改计费模式");
    if (instance.payMethod == PayMethod::Day && target == PayMethod::Day)
        return QStringLiteral("实例已是按天计费，只能转为包月");
    // Assumption: the new prepaid period starts now; what was left of a day is not carried over.
    instance.payMethod = target;
    instance.expireAtMs = target == PayMethod::Day ? now + kDay : addMonths(now, 1);
    return QString();
}

QString HuixingyunBackend::renewOne(Instance &instance, qint64 now, int period)
{
    if (instance.status == status::Destroying)
        return QStringLiteral("实例正在销毁");
    if (instance.payMethod == PayMethod::Hour)
        return QStringLiteral("按小时计费的实例不能续费");
    // An instance that already expired is renewed from now, not from its old expiry.
    const qint64 base = qMax(instance.expireAtMs, now);
    if (instance.payMethod == PayMethod::Day) {
        if (period != 1 && period != 3 && period != 7)
            return QStringLiteral("按天计费的实例续费周期只能为 1、3、7");
        instance.expireAtMs = base + period * kDay;
    } else {
        if (period != 1 && period != 3 && period != 12)
            return QStringLiteral("按月计费的实例续费周期只能为 1、3、12");
        instance.expireAtMs = addMonths(base, period);
    }
    return QString();
}

// ---- lookups --------------------------------------------------------------------------------

Instance *HuixingyunBackend::findInstance(const QString &gid)
{
    for (Instance &instance : m_instances) {
        if (instance.gid == gid)
            return &instance;
    }
    return nullptr;
}

Product *HuixingyunBackend::findProduct(const QString &gpuType)
{
    for (Product &product : m_products) {
        if (product.gpuType == gpuType)
            return &product;
    }
    return nullptr;
}

const Image *HuixingyunBackend::findImage(const QString &imageId) const
{
    for (const QList<Image> *list : {&m_publicImages, &m_customImages}) {
        for (const Image &image : *list) {
            if (image.imageId == imageId)
                return &image;
        }
    }
    return nullptr;
}

// ---- time -----------------------------------------------------------------------------------

qint64 HuixingyunBackend::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 HuixingyunBackend::nextEventMs(const Instance &instance) const
{
    if (!instance.pendingSteps.isEmpty())
        return instance.statusSinceMs + m_transitionMs;
    // Assumption: a prepaid instance that reaches its expiry is shut down (normally).
    if (instance.status == status::Running && instance.expireAtMs > 0)
        return instance.expireAtMs;
    return std::numeric_limits<qint64>::max();
}

void HuixingyunBackend::advance()
{
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < m_instances.size();) {
        Instance &instance = m_instances[i];
        bool gone = false;
        for (;;) {
            const qint64 at = nextEventMs(instance);
            if (at > now)
                break;
            if (instance.pendingSteps.isEmpty()) { // expiry
                instance.stopMode = StopMode::Normal;
                enterSequence(instance, {status::Stopping, status::Stopped}, at);
                continue;
            }
            const QString step = instance.pendingSteps.takeFirst();
            if (step.isEmpty()) {
                gone = true;
                break;
            }
            enterStatus(instance, step, at);
        }
        if (!gone) {
            ++i;
            continue;
        }
        if (instance.holdsGpus) {
            if (Product *product = findProduct(instance.gpuType))
                product->gpuRemain += instance.gpu;
        }
        m_instances.removeAt(i);
    }
    while (!m_pendingImages.isEmpty()
           && m_pendingImages.constFirst().startedAtMs + m_transitionMs <= now)
        m_customImages.append(m_pendingImages.takeFirst().image);
}

void HuixingyunBackend::scheduleNextEvent()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Instance &instance : m_instances)
        next = qMin(next, nextEventMs(instance));
    if (!m_pendingImages.isEmpty())
        next = qMin(next, m_pendingImages.constFirst().startedAtMs + m_transitionMs);
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = qBound(qint64(0), next - nowMs(), qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(delay));
}

void HuixingyunBackend::enterSequence(Instance &instance, const QStringList &steps, qint64 atMs)
{
    instance.pendingSteps = steps.mid(1);
    enterStatus(instance, steps.constFirst(), atMs);
}

void HuixingyunBackend::enterStatus(Instance &instance, const QString &next, qint64 atMs)
{
    // The new image is in place once the rebuild is over, not while it runs.
    if (instance.status == status::Rebuilding && next != status::Rebuilding
        && instance.rebuildPending) {
        instance.image = instance.rebuildImage;
        instance.rebuildPending = false;
    }
    instance.status = next;
    instance.statusSinceMs = atMs;
}

} // namespace suanli::sim
