#include "sim/yuanjing/yuanjingbackend.h"

#include "sim/yuanjing/yuanjingseed.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace suanli::sim {

using namespace yuanjing;

namespace {

constexpr qint64 kCodeLifetimeMs = 5 * 60 * 1000;
constexpr int kMaxWrongCodes = 5;
constexpr qint64 kMaxRechargeFen = 5000000; // 50,000 yuan a time
constexpr qint64 kBookingDelayMs = 2000;     // a charge is "created" this long before "accounted"
constexpr int kMaxImageBytes = 10 * 1024 * 1024;
constexpr int kVideoBytes = 384 * 1024;

QString randomHex(int digits)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    for (int i = 0; i < digits; ++i)
        out += QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return out;
}

QString randomCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

// Parameters as the framework sees them: the query, then a form or JSON body on top.
std::optional<QJsonObject> paramsOf(const SimRequest &request)
{
    QJsonObject params;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    const QByteArray body = request.body.trimmed();
    if (body.isEmpty())
        return params;
    const QByteArray type = request.header(QByteArrayLiteral("Content-Type")).toLower();
    if (!type.contains("x-www-form-urlencoded")) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            const QJsonObject object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                params.insert(it.key(), it.value());
            return params;
        }
        if (type.contains("json"))
            return std::nullopt;
    }
    QUrlQuery form(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const auto items = form.queryItems(QUrl::FullyDecoded);
    if (items.isEmpty())
        return std::nullopt;
    for (const auto &[key, value] : items)
        params.insert(key, value);
    return params;
}

QString text(const QJsonObject &params, const QString &key)
{
    const QJsonValue v = params.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

// A whole number in a JSON number or, from a query or a form, in a string of digits.
enum class Read { Absent, Ok, Invalid };
Read readInt(const QJsonObject &params, const QString &key, qint64 &out)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return Read::Absent;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 1e9)
            return Read::Invalid;
        out = qint64(d);
        return Read::Ok;
    }
    if (v.isString()) {
        static const QRegularExpression digits(QStringLiteral("^-?\\d{1,9}$"));
        const QString t = v.toString().trimmed();
        if (!digits.match(t).hasMatch())
            return Read::Invalid;
        out = t.toLongLong();
        return Read::Ok;
    }
    return Read::Invalid;
}

Read readBool(const QJsonObject &params, const QString &key, bool &out)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() || v.isNull())
        return Read::Absent;
    if (v.isBool()) {
        out = v.toBool();
        return Read::Ok;
    }
    if (v.isString()) {
        const QString t = v.toString().trimmed().toLower();
        if (t == u"true" || t == u"1") {
            out = true;
            return Read::Ok;
        }
        if (t == u"false" || t == u"0" || t.isEmpty()) {
            out = false;
            return Read::Ok;
        }
    }
    return Read::Invalid;
}

QString required(const QString &key)
{
    return key + QStringLiteral(" 参数必填");
}

QStringList optionValues(const Model &model, const QString &field)
{
    QStringList values;
    for (const QJsonValue &f : model.inputFields) {
        if (f[QStringLiteral("name")].toString() != field)
            continue;
        for (const QJsonValue &o : f[QStringLiteral("data")].toArray())
            values.append(o[QStringLiteral("value")].toString());
    }
    return values;
}

bool hasField(const Model &model, const QString &field)
{
    return std::any_of(model.inputFields.begin(), model.inputFields.end(),
                       [&](const QJsonValue &f) { return f[QStringLiteral("name")].toString() == field; });
}

QString cookieValue(const SimRequest &request, const QString &name)
{
    const QList<QByteArray> pairs = request.header(QByteArrayLiteral("Cookie")).split(';');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq).trimmed() == name.toLatin1())
            return QString::fromLatin1(pair.mid(eq + 1).trimmed());
    }
    return {};
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("orgid"), user.orgid},
            {QStringLiteral("nick_name"), user.nickName},
            {QStringLiteral("mobile"), user.mobile}};
}

QByteArray htmlPage(const QString &title, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + title
            + QStringLiteral("</title></head>\n<body style=\"font-family:sans-serif;max-width:36em;margin:3em auto\">\n")
            + body + QStringLiteral("\n</body></html>\n"))
        .toUtf8();
}

SimReply html(int status, const QString &title, const QString &body)
{
    SimReply reply;
    reply.status = status;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    reply.body = htmlPage(title, body);
    reply.note = title;
    return reply;
}

QString money(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString YuanjingBackend::cookieName()
{
    return QStringLiteral("AIOHTTP_SESSION");
}

QString YuanjingBackend::demoPhone()
{
    return yuanjing::demoPhone();
}

QString YuanjingBackend::choosePhone()
{
    return yuanjing::choosePhone();
}

YuanjingBackend::YuanjingBackend(QObject *parent)
    : QObject(parent)
{
    const qint64 now = nowMs();
    m_models = seedModels();
    m_users = seedUsers(now, m_models);
    m_tasks = seedTasks(now, m_models);

    const QString get = QStringLiteral("GET");
    const QString post = QStringLiteral("POST");
    m_routes = {
        {QStringLiteral("/rbac/gen_sms_code.dspy"), {get, &YuanjingBackend::genSmsCode, false}},
        {QStringLiteral("/rbac/phone_login.dspy"), {post, &YuanjingBackend::phoneLogin, false}},
        {QStringLiteral("/unipay/user_recharge.dspy"), {post, &YuanjingBackend::userRecharge, true}},
        {QStringLiteral("/dapi/downapps.dspy"), {get, &YuanjingBackend::downApps, true}},
        {QStringLiteral("/dapi/apply_apikey.dspy"), {post, &YuanjingBackend::applyApiKey, true}},
        {QStringLiteral("/dapi/get_apikey.dspy"), {get, &YuanjingBackend::getApiKey, true}},
        {QStringLiteral("/accounting/mybalance.dspy"), {get, &YuanjingBackend::myBalance, true}},
        {QStringLiteral("/platformbiz/product_query_price.dspy"), {post, &YuanjingBackend::queryPrice, true}},
        {QStringLiteral("/platformbiz/query_orders.dspy"), {get, &YuanjingBackend::queryOrders, true}},
        {QStringLiteral("/llmage/vidu_inference.dspy"), {post, &YuanjingBackend::viduInference, true}},
        {QStringLiteral("/llmage/get_type_llms.dspy"), {get, &YuanjingBackend::typeLlms, true}},
        {QStringLiteral("/llmage/get_my_asynctasks.dspy"), {get, &YuanjingBackend::myAsyncTasks, true}},
        {QStringLiteral("/llmage/get_asynctask_status.dspy"), {get, &YuanjingBackend::asyncTaskStatus, true}},
        {QStringLiteral("/pricing/test_pricing_program.dspy"), {post, &YuanjingBackend::testPricing, true}},
    };

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        advance();
        scheduleNextEvent();
    });
    scheduleNextEvent();
}

YuanjingBackend::~YuanjingBackend() = default;

// ---- knobs and inspection ---------------------------------------------------------------------

void YuanjingBackend::setGenerationMs(int ms)
{
    m_generationMs = qMax(10, ms);
}

int YuanjingBackend::generationMs() const
{
    return m_generationMs;
}

void YuanjingBackend::setSmsIntervalMs(int ms)
{
    m_smsIntervalMs = qMax(0, ms);
}

void YuanjingBackend::setSessionLifetimeMs(qint64 ms)
{
    m_sessionLifetimeMs = qMax<qint64>(1, ms);
}

void YuanjingBackend::failNextVideo(const QString &reason)
{
    m_failNext = reason;
}

void YuanjingBackend::expireSessions()
{
    for (Session &s : m_sessions) {
        if (!s.userId.isEmpty())
            s.expired = true;
    }
}

QString YuanjingBackend::createSession(const QString &userId)
{
    return findUser(userId) ? newSession(userId) : QString();
}

QString YuanjingBackend::lastSmsCode(const QString &phone) const
{
    return m_lastCode.value(phone);
}

int YuanjingBackend::smsCount(const QString &phone) const
{
    return m_smsCounts.value(phone);
}

QStringList YuanjingBackend::userIds(const QString &phone) const
{
    QStringList ids;
    for (const User &u : m_users) {
        if (u.mobile == phone)
            ids.append(u.id);
    }
    return ids;
}

QString YuanjingBackend::userIdOfSession(const QString &cookieValue) const
{
    const auto it = m_sessions.constFind(cookieValue);
    return it == m_sessions.cend() || it->expired ? QString() : it->userId;
}

QList<AccountBalance> YuanjingBackend::balances(const QString &userId) const
{
    const User *u = findUser(userId);
    return u ? u->balances : QList<AccountBalance>();
}

qint64 YuanjingBackend::cashFen(const QString &userId) const
{
    const User *u = findUser(userId);
    return u && !u->balances.isEmpty() ? u->balances.constFirst().fen : 0;
}

QList<App> YuanjingBackend::apps(const QString &userId) const
{
    const User *u = findUser(userId);
    return u ? u->apps : QList<App>();
}

QList<Task> YuanjingBackend::tasks(const QString &userId) const
{
    QList<Task> out;
    for (const Task &t : m_tasks) {
        if (t.userId == userId)
            out.append(t);
    }
    return out;
}

std::optional<Task> YuanjingBackend::task(const QString &taskid) const
{
    for (const Task &t : m_tasks) {
        if (t.taskid == taskid)
            return t;
    }
    return std::nullopt;
}

QString YuanjingBackend::taskStatus(const QString &taskid) const
{
    const auto t = task(taskid);
    return t ? statusAt(*t, nowMs()) : QString();
}

int YuanjingBackend::orderCount(const QString &userId) const
{
    const User *u = findUser(userId);
    return u ? int(u->orders.size()) : 0;
}

int YuanjingBackend::inferenceCount() const
{
    return m_inferences;
}

QStringList YuanjingBackend::rechargeTradeNos() const
{
    QStringList out;
    for (const Recharge &r : m_recharges)
        out.append(r.tradeNo);
    return out;
}

bool YuanjingBackend::rechargePaid(const QString &tradeNo) const
{
    for (const Recharge &r : m_recharges) {
        if (r.tradeNo == tradeNo)
            return r.paid;
    }
    return false;
}

bool YuanjingBackend::completeRecharge(const QString &tradeNo)
{
    for (Recharge &r : m_recharges) {
        if (r.tradeNo != tradeNo)
            continue;
        if (r.paid)
            return true;
        User *u = findUser(r.userId);
        if (!u || u->balances.isEmpty())
            return false;
        r.paid = true;
        u->balances.first().fen += r.fen;
        Q_EMIT rechargeCompleted(tradeNo, r.fen);
        return true;
    }
    return false;
}

// ---- transport ----------------------------------------------------------------------------------

YuanjingBackend::Outcome YuanjingBackend::ok(const QJsonValue &data)
{
    return {200, {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("data"), data}}, {}};
}

YuanjingBackend::Outcome YuanjingBackend::okWithoutData()
{
    return {200, {{QStringLiteral("status"), QStringLiteral("ok")}}, {}};
}

YuanjingBackend::Outcome YuanjingBackend::error(const QString &message)
{
    return {200,
            {{QStringLiteral("status"), QStringLiteral("error")},
             {QStringLiteral("data"), QJsonObject{{QStringLiteral("message"), message}}}},
            {}};
}

SimReply YuanjingBackend::reply(const Outcome &outcome, const QString &note)
{
    QString summary = note;
    if (summary.isEmpty()) {
        summary = outcome.body.value(QStringLiteral("status")).toString();
        const QString message = outcome.body[QStringLiteral("data")][QStringLiteral("message")].toString();
        if (summary != u"ok" && !message.isEmpty())
            summary += QStringLiteral(": ") + message;
    }
    SimReply r = SimReply::json(outcome.body, summary, outcome.status);
    r.headers += outcome.headers;
    return r;
}

SimReply YuanjingBackend::handle(const SimRequest &request)
{
    if (request.path.startsWith(u"/media/video/"))
        return media(request);
    if (request.path == u"/sim/alipay/gateway.do")
        return alipayGateway(request);
    if (request.path == u"/sim/alipay/pay")
        return alipayPay(request);

    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.cend())
        return SimReply::text(404, QByteArrayLiteral("404: Not Found"));
    if (request.method != route->method) {
        SimReply r = SimReply::text(405, QByteArrayLiteral("405: Method Not Allowed"));
        r.headers.append({QByteArrayLiteral("Allow"), route->method.toLatin1()});
        return r;
    }

    advance();
    Call call;
    call.request = &request;
    const QByteArray host = request.header(QByteArrayLiteral("Host"));
    call.origin = QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? QByteArrayLiteral("127.0.0.1") : host);
    call.sessionCookie = cookieValue(request, cookieName());

    if (route->needsLogin) {
        const auto session = m_sessions.find(call.sessionCookie);
        if (call.sessionCookie.isEmpty() || session == m_sessions.end() || session->userId.isEmpty()) {
            // The auth middleware, before any handler runs.
            SimReply r = SimReply::text(401, QByteArrayLiteral("401: Unauthorized"), QStringLiteral("no session"));
            return r;
        }
        const qint64 now = nowMs();
        if (session->expired || now - session->lastSeenMs > m_sessionLifetimeMs) {
            session->expired = true;
            return reply(error(QStringLiteral("need login")), QStringLiteral("session expired"));
        }
        session->lastSeenMs = now;
        call.user = findUser(session->userId);
        if (!call.user)
            return SimReply::text(401, QByteArrayLiteral("401: Unauthorized"), QStringLiteral("user gone"));
    }

    const std::optional<QJsonObject> params = paramsOf(request);
    if (!params)
        return reply(error(QStringLiteral("请求数据格式错误")));
    call.params = *params;
    SimReply r = (this->*(route->handler))(call);
    scheduleNextEvent();
    return r;
}

QString YuanjingBackend::newSession(const QString &userId)
{
    const QString value = randomHex(32);
    m_sessions.insert(value, Session{userId, nowMs(), false});
    return value;
}

QByteArray YuanjingBackend::setCookie(const QString &value) const
{
    // A session cookie (no Max-Age), as aiohttp_session sets by default.
    return cookieName().toLatin1() + '=' + value.toLatin1() + "; HttpOnly; Path=/";
}

User *YuanjingBackend::findUser(const QString &id)
{
    for (User &u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

const User *YuanjingBackend::findUser(const QString &id) const
{
    for (const User &u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

const Model *YuanjingBackend::findModel(const QString &id) const
{
    for (const Model &m : m_models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

Task *YuanjingBackend::findTask(const QString &taskid)
{
    for (Task &t : m_tasks) {
        if (t.taskid == taskid)
            return &t;
    }
    return nullptr;
}

User &YuanjingBackend::registerUser(const QString &phone)
{
    User u;
    u.id = QStringLiteral("u-%1").arg(++m_userSeq);
    u.username = phone;
    u.orgid = QStringLiteral("o-%1").arg(m_userSeq);
    u.mobile = phone;
    u.balances = {{QStringLiteral("现金账户"), 0}};
    m_users.append(u);
    return m_users.last();
}

// ---- sign-in ------------------------------------------------------------------------------------

SimReply YuanjingBackend::genSmsCode(Call &call)
{
    static const QRegularExpression phonePattern(QStringLiteral("^1\\d{10}$"));
    const QString phone = text(call.params, QStringLiteral("cellphone"));
    if (phone.isEmpty())
        return reply(error(required(QStringLiteral("cellphone"))));
    if (!phonePattern.match(phone).hasMatch())
        return reply(error(QStringLiteral("手机号码格式错误")));
    const qint64 now = nowMs();
    if (m_lastSmsMs.contains(phone) && now - m_lastSmsMs.value(phone) < m_smsIntervalMs)
        return reply(error(QStringLiteral("发送验证码太频繁，请稍后再试")));

    Outcome out;
    QString session = call.sessionCookie;
    if (session.isEmpty() || !m_sessions.contains(session)) {
        session = newSession(QString());
        out.headers.append({QByteArrayLiteral("Set-Cookie"), setCookie(session)});
    }
    SmsChallenge challenge;
    challenge.key = randomHex(16);
    challenge.phone = phone;
    challenge.code = randomCode();
    challenge.session = session;
    challenge.issuedMs = now;
    m_challenges.insert(challenge.key, challenge);
    m_lastCode.insert(phone, challenge.code);
    m_lastSmsMs.insert(phone, now);
    ++m_smsCounts[phone];
    Q_EMIT smsCodeSent(phone, challenge.code);

    const Outcome answer = ok(QJsonObject{{QStringLiteral("key"), challenge.key},
                                          {QStringLiteral("message"), QStringLiteral("短信码已生成")}});
    out.body = answer.body;
    return reply(out, QStringLiteral("ok: code sent to %1").arg(phone));
}

SimReply YuanjingBackend::phoneLogin(Call &call)
{
    const QString phone = text(call.params, QStringLiteral("cellphone"));
    const QString key = text(call.params, QStringLiteral("key"));
    const QString code = text(call.params, QStringLiteral("sms_code"));
    const QString selected = text(call.params, QStringLiteral("selected_id"));
    for (const auto &[name, value] : {std::pair{QStringLiteral("cellphone"), phone}, std::pair{QStringLiteral("key"), key},
                                      std::pair{QStringLiteral("sms_code"), code}}) {
        if (value.isEmpty())
            return reply(error(required(name)));
    }
    const qint64 now = nowMs();
    auto challenge = m_challenges.find(key);
    if (challenge == m_challenges.end() || challenge->phone != phone || now - challenge->issuedMs > kCodeLifetimeMs) {
        if (challenge != m_challenges.end() && challenge->phone == phone)
            m_challenges.erase(challenge);
        return reply(error(QStringLiteral("验证码已失效，请重新获取")));
    }
    if (challenge->session != call.sessionCookie)
        return reply(error(QStringLiteral("会话已变更，请重新获取验证码")));
    if (challenge->code != code) {
        if (++challenge->wrongTries >= kMaxWrongCodes) {
            m_challenges.erase(challenge);
            return reply(error(QStringLiteral("错误次数过多，请重新获取验证码")));
        }
        return reply(error(QStringLiteral("手机短信验证码出错")));
    }

    QList<User *> candidates;
    for (User &u : m_users) {
        if (u.mobile == phone)
            candidates.append(&u);
    }
    User *chosen = nullptr;
    if (candidates.isEmpty()) {
        chosen = &registerUser(phone); // an unknown phone signs up
    } else if (!selected.isEmpty()) {
        for (User *u : candidates) {
            if (u->id == selected)
                chosen = u;
        }
        if (!chosen)
            return reply(error(QStringLiteral("所选账户不存在")));
    } else if (candidates.size() == 1) {
        chosen = candidates.constFirst();
    } else {
        QJsonArray users;
        for (const User *u : candidates)
            users.append(userJson(*u));
        const Outcome choose{200,
                             {{QStringLiteral("status"), QStringLiteral("choose")},
                              {QStringLiteral("data"), QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("users"), users}}}},
                             {}};
        return reply(choose, QStringLiteral("choose: %1 accounts").arg(candidates.size()));
    }

    m_challenges.erase(challenge);
    m_sessions.remove(call.sessionCookie);
    const QString session = newSession(chosen->id);
    Outcome out = ok(QJsonObject{{QStringLiteral("user"), userJson(*chosen)}});
    out.headers.append({QByteArrayLiteral("Set-Cookie"), setCookie(session)});
    return reply(out, QStringLiteral("ok: signed in as %1").arg(chosen->id));
}

// ---- money ----------------------------------------------------------------------------------------

SimReply YuanjingBackend::userRecharge(Call &call)
{
    if (text(call.params, QStringLiteral("provider")).isEmpty())
        return reply(error(required(QStringLiteral("provider"))));
    if (text(call.params, QStringLiteral("provider")) != u"alipay")
        return reply(error(QStringLiteral("不支持的支付渠道")));
    if (text(call.params, QStringLiteral("currency")).isEmpty())
        return reply(error(required(QStringLiteral("currency"))));
    if (text(call.params, QStringLiteral("currency")) != u"CNY")
        return reply(error(QStringLiteral("不支持的币种")));
    const QJsonValue amountValue = call.params.value(QStringLiteral("amount"));
    double amount = 0;
    bool isNumber = false;
    if (amountValue.isDouble()) {
        amount = amountValue.toDouble();
        isNumber = true;
    } else if (amountValue.isString()) {
        amount = amountValue.toString().trimmed().toDouble(&isNumber);
    }
    if (amountValue.isUndefined() || amountValue.isNull())
        return reply(error(required(QStringLiteral("amount"))));
    if (!isNumber || !std::isfinite(amount))
        return reply(error(QStringLiteral("amount 参数格式错误")));
    const qint64 fen = qRound64(amount * 100.0);
    if (std::fabs(amount * 100.0 - double(fen)) > 1e-6)
        return reply(error(QStringLiteral("充值金额最多两位小数")));
    if (fen <= 0)
        return reply(error(QStringLiteral("充值金额必须大于0")));
    if (fen > kMaxRechargeFen)
        return reply(error(QStringLiteral("单笔充值金额不能超过50000元")));

    Recharge r;
    r.tradeNo = QStringLiteral("R%1%2")
                    .arg(QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone(8 * 3600)).toString(QStringLiteral("yyyyMMddHHmmss")))
                    .arg(m_recharges.size() + 1, 4, 10, QLatin1Char('0'));
    r.userId = call.user->id;
    r.fen = fen;
    r.createdMs = nowMs();
    m_recharges.append(r);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("out_trade_no"), r.tradeNo);
    query.addQueryItem(QStringLiteral("total_amount"), money(fen));
    query.addQueryItem(QStringLiteral("subject"), QStringLiteral("元境账户充值"));
    const QString url = call.origin + QStringLiteral("/sim/alipay/gateway.do?") + query.toString(QUrl::FullyEncoded);
    return reply(ok(QJsonObject{{QStringLiteral("redirct"), url}}), QStringLiteral("ok: recharge %1 CNY").arg(money(fen)));
}

SimReply YuanjingBackend::myBalance(Call &call)
{
    QJsonArray list;
    for (const AccountBalance &b : call.user->balances)
        list.append(QJsonObject{{QStringLiteral("account"), b.account}, {QStringLiteral("balance"), yuan(b.fen)}});
    return reply(ok(list));
}

SimReply YuanjingBackend::queryPrice(Call &call)
{
    const QString productType = text(call.params, QStringLiteral("product_type"));
    if (productType.isEmpty())
        return reply(error(required(QStringLiteral("product_type"))));
    if (productType != u"llm")
        return reply(error(QStringLiteral("不支持的产品类型")));
    const QString productId = text(call.params, QStringLiteral("product_id"));
    if (productId.isEmpty())
        return reply(error(required(QStringLiteral("product_id"))));
    const Model *model = findModel(productId);
    if (!model)
        return reply(error(QStringLiteral("产品不存在")));
    const QJsonValue configValue = call.params.value(QStringLiteral("config_data"));
    if (!configValue.isUndefined() && !configValue.isNull() && !configValue.isObject())
        return reply(error(QStringLiteral("config_data 参数格式错误")));
    const QJsonObject config = configValue.toObject();
    qint64 duration = 5;
    if (readInt(config, QStringLiteral("duration"), duration) == Read::Invalid || duration < 1 || duration > 15)
        return reply(error(QStringLiteral("duration 取值 1-15")));
    QString resolution = text(config, QStringLiteral("resolution"));
    if (resolution.isEmpty())
        resolution = QStringLiteral("720p");
    if (!optionValues(*model, QStringLiteral("resolution")).contains(resolution))
        return reply(error(QStringLiteral("resolution 取值错误")));
    bool audio = false;
    if (readBool(config, QStringLiteral("audio"), audio) == Read::Invalid)
        return reply(error(QStringLiteral("audio 参数格式错误")));
    audio = audio && hasField(*model, QStringLiteral("audio"));
    const qint64 list = listPriceFen(*model, int(duration), resolution, audio);
    return reply(ok(QJsonObject{{QStringLiteral("list_price"), yuan(list)},
                                {QStringLiteral("price"), yuan(customerPriceFen(*model, list))},
                                {QStringLiteral("config_data"), config}}));
}

SimReply YuanjingBackend::queryOrders(Call &call)
{
    qint64 page = 1;
    qint64 rows = 80;
    if (readInt(call.params, QStringLiteral("page"), page) == Read::Invalid || page < 1)
        return reply(error(QStringLiteral("page 参数格式错误")));
    if (readInt(call.params, QStringLiteral("pagerows"), rows) == Read::Invalid || rows < 1 || rows > 500)
        return reply(error(QStringLiteral("pagerows 参数格式错误")));
    const qint64 now = nowMs();
    const QList<Order> &orders = call.user->orders;
    QJsonArray list;
    const qint64 total = orders.size();
    // Newest first.
    for (qint64 i = (page - 1) * rows; i < qMin(total, page * rows); ++i) {
        const Order &o = orders.at(total - 1 - i);
        list.append(QJsonObject{{QStringLiteral("llmid"), o.llmid},
                                {QStringLiteral("name"), o.name},
                                {QStringLiteral("model"), o.model},
                                {QStringLiteral("use_date"), cstDate(o.useMs)},
                                {QStringLiteral("use_time"), cstDateTime(o.useMs)},
                                {QStringLiteral("usage"), o.usage},
                                {QStringLiteral("amount"), yuan(o.amountFen)},
                                {QStringLiteral("userid"), call.user->id},
                                {QStringLiteral("userorgid"), call.user->orgid},
                                {QStringLiteral("status"), o.status},
                                {QStringLiteral("accounting_status"),
                                 o.accountedAtMs <= now ? QStringLiteral("accounted") : QStringLiteral("created")}});
    }
    return reply(ok(QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("rows"), list}}),
                 QStringLiteral("ok: %1 of %2").arg(list.size()).arg(total));
}

SimReply YuanjingBackend::testPricing(Call &call)
{
    if (!call.user->pricingOperator)
        return reply(error(QStringLiteral("没有权限执行定价测试")));
    const QString ppid = text(call.params, QStringLiteral("ppid"));
    if (ppid.isEmpty())
        return reply(error(required(QStringLiteral("ppid"))));
    const Model *model = nullptr;
    for (const Model &m : m_models) {
        if (m.ppid == ppid) {
            model = &m;
            break;
        }
    }
    if (!model)
        return reply(error(QStringLiteral("定价项目不存在")));
    const QJsonValue data = call.params.value(QStringLiteral("data"));
    if (data.isUndefined() || data.isNull())
        return reply(error(required(QStringLiteral("data"))));
    if (!data.isObject())
        return reply(error(QStringLiteral("data 参数格式错误")));
    const QJsonObject usage = data.toObject();
    qint64 seconds = 0;
    if (readInt(usage, QStringLiteral("seconds"), seconds) != Read::Ok || seconds < 1)
        return reply(error(QStringLiteral("计价失败：usage 缺少 seconds")));
    QString resolution = text(usage, QStringLiteral("resolution"));
    if (resolution.isEmpty())
        resolution = QStringLiteral("720p");
    if (!optionValues(*model, QStringLiteral("resolution")).contains(resolution))
        return reply(error(QStringLiteral("计价失败：resolution 取值错误")));
    bool audio = false;
    readBool(usage, QStringLiteral("audio"), audio);
    const qint64 fen = customerPriceFen(*model, listPriceFen(*model, int(seconds), resolution, audio));
    return reply(ok(QJsonObject{{QStringLiteral("ppid"), ppid}, {QStringLiteral("data"), usage}, {QStringLiteral("result"), yuan(fen)}}));
}

// ---- API keys -------------------------------------------------------------------------------------

SimReply YuanjingBackend::downApps(Call &call)
{
    QJsonArray list;
    for (const App &a : call.user->apps)
        list.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("appname"), a.appname}});
    return reply(ok(QJsonObject{{QStringLiteral("apikeys"), list}}));
}

SimReply YuanjingBackend::applyApiKey(Call &call)
{
    const QString name = text(call.params, QStringLiteral("appname"));
    if (name.isEmpty())
        return reply(error(required(QStringLiteral("appname"))));
    if (name.size() > 64)
        return reply(error(QStringLiteral("应用名不能超过64个字符")));
    for (const App &a : call.user->apps) {
        if (a.appname == name)
            return reply(error(QStringLiteral("应用名已存在")));
    }
    App app;
    app.id = QStringLiteral("d-") + randomHex(8);
    app.appname = name;
    app.description = text(call.params, QStringLiteral("description"));
    app.apikey = QStringLiteral("ak-") + randomHex(16);
    app.secretkey = QStringLiteral("sk-") + randomHex(20);
    app.createdMs = nowMs();
    call.user->apps.append(app);
    return reply(okWithoutData(), QStringLiteral("ok: app %1").arg(app.id));
}

SimReply YuanjingBackend::getApiKey(Call &call)
{
    const QString id = text(call.params, QStringLiteral("id"));
    if (id.isEmpty())
        return reply(error(required(QStringLiteral("id"))));
    for (const App &a : call.user->apps) {
        if (a.id == id)
            return reply(ok(QJsonObject{{QStringLiteral("appname"), a.appname},
                                        {QStringLiteral("aapikey"), a.apikey},
                                        {QStringLiteral("secretkey"), a.secretkey}}),
                         QStringLiteral("ok: app %1").arg(id));
    }
    return reply(error(QStringLiteral("应用不存在")));
}

// ---- video ----------------------------------------------------------------------------------------

SimReply YuanjingBackend::typeLlms(Call &call)
{
    QString wanted = text(call.params, QStringLiteral("type"));
    // An absent or unknown type means text-to-video, as the platform's code does.
    if (wanted != type::ImageToVideo && wanted != type::ReferenceToVideo)
        wanted = type::TextToVideo;
    QJsonArray list;
    for (const Model &m : m_models) {
        if (m.type != wanted)
            continue;
        list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("model"), m.model},
                                {QStringLiteral("description"), m.description},
                                {QStringLiteral("input_fields"), m.inputFields}});
    }
    return reply(ok(list), QStringLiteral("ok: %1 %2").arg(list.size()).arg(wanted));
}

SimReply YuanjingBackend::viduInference(Call &call)
{
    const QString llmid = text(call.params, QStringLiteral("llmid"));
    if (llmid.isEmpty())
        return reply(error(required(QStringLiteral("llmid"))));
    const Model *model = findModel(llmid);
    if (!model)
        return reply(error(QStringLiteral("模型不存在")));
    const QString prompt = call.params.value(QStringLiteral("prompt")).toString().trimmed();
    if (prompt.isEmpty())
        return reply(error(required(QStringLiteral("prompt"))));
    if (prompt.size() > 2000)
        return reply(error(QStringLiteral("提示词不能超过2000个字符")));
    qint64 duration = 5;
    const Read durationRead = readInt(call.params, QStringLiteral("duration"), duration);
    if (durationRead == Read::Absent)
        return reply(error(required(QStringLiteral("duration"))));
    if (durationRead == Read::Invalid || duration < 1 || duration > 15)
        return reply(error(QStringLiteral("duration 取值 1-15")));
    bool audio = false;
    if (readBool(call.params, QStringLiteral("audio"), audio) == Read::Invalid)
        return reply(error(QStringLiteral("audio 参数格式错误")));
    audio = audio && hasField(*model, QStringLiteral("audio"));
    QJsonObject input{{QStringLiteral("prompt"), prompt}, {QStringLiteral("duration"), duration}};
    if (hasField(*model, QStringLiteral("audio")))
        input.insert(QStringLiteral("audio"), audio);
    for (const QString &field : {QStringLiteral("ratio"), QStringLiteral("resolution")}) {
        if (!hasField(*model, field))
            continue;
        QString value = text(call.params, field);
        if (value.isEmpty())
            value = field == u"ratio" ? QStringLiteral("16:9") : QStringLiteral("720p");
        if (!optionValues(*model, field).contains(value))
            return reply(error(field + QStringLiteral(" 取值错误")));
        input.insert(field, value);
    }
    if (hasField(*model, QStringLiteral("image"))) {
        const QString image = call.params.value(QStringLiteral("image")).toString().trimmed();
        if (image.isEmpty())
            return reply(error(required(QStringLiteral("image"))));
        static const QRegularExpression dataUrl(QStringLiteral("^data:image/(png|jpeg|jpg|webp);base64,([A-Za-z0-9+/=]+)$"));
        const auto match = dataUrl.match(image);
        if (match.hasMatch()) {
            const QByteArray bytes = QByteArray::fromBase64(match.captured(2).toLatin1());
            if (bytes.isEmpty())
                return reply(error(QStringLiteral("image 参数格式错误")));
            if (bytes.size() > kMaxImageBytes)
                return reply(error(QStringLiteral("图片不能超过10MB")));
            input.insert(QStringLiteral("image"), QStringLiteral("data:image/%1;base64,…(%2 bytes)")
                                                      .arg(match.captured(1))
                                                      .arg(bytes.size()));
        } else if (image.startsWith(u"http://") || image.startsWith(u"https://")) {
            input.insert(QStringLiteral("image"), image);
        } else {
            return reply(error(QStringLiteral("image 参数格式错误")));
        }
    }
    const QString resolution = input.value(QStringLiteral("resolution")).toString(QStringLiteral("720p"));
    const qint64 price = customerPriceFen(*model, listPriceFen(*model, int(duration), resolution, audio));
    if (call.user->balances.isEmpty() || call.user->balances.constFirst().fen - reservedFen(call.user->id) < price)
        return reply(error(QStringLiteral("账户余额不够")));

    const qint64 now = nowMs();
    Task t;
    t.taskid = QStringLiteral("t-") + randomHex(12);
    t.userId = call.user->id;
    t.llmid = model->id;
    t.input = input;
    t.createdMs = now;
    // Async models run on after their stream has ended.
    const qint64 runMs = model->async ? 2LL * m_generationMs : m_generationMs;
    t.doneMs = now + runMs;
    t.priceFen = price;
    t.usage = {{QStringLiteral("seconds"), duration}, {QStringLiteral("resolution"), resolution},
               {QStringLiteral("audio"), audio}};
    QString failure = std::exchange(m_failNext, QString());
    if (failure.isEmpty() && (prompt.contains(u"违规") || prompt.contains(u"FAIL")))
        failure = QStringLiteral("内容审核未通过：提示词含有违规内容");
    if (!failure.isEmpty()) {
        t.fails = true;
        t.error = failure;
        t.doneMs = now + runMs / 2;
    }
    m_tasks.append(t);
    ++m_inferences;

    // The lines the stream carries, each at its moment.
    auto line = [&](qint64 atMs) -> QByteArray {
        return QJsonDocument(lineAt(t, atMs, call.origin)).toJson(QJsonDocument::Compact) + '\n';
    };
    const QByteArray created = QJsonDocument(QJsonObject{{QStringLiteral("status"), status::Created},
                                                         {QStringLiteral("taskid"), t.taskid},
                                                         {QStringLiteral("llmid"), t.llmid},
                                                         {QStringLiteral("type"), QStringLiteral("video")}})
                                   .toJson(QJsonDocument::Compact)
                               + '\n';
    QList<SimReply::Part> parts;
    if (model->async) {
        parts.append({0, created});
        return SimReply::stream(QByteArrayLiteral("application/x-ndjson; charset=utf-8"), parts,
                                QStringLiteral("stream: %1 submitted (async)").arg(t.taskid));
    }
    // Two lines in the first read.
    parts.append({0, created + line(now + 1)});
    const int steps = 5;
    qint64 last = now;
    for (int k = 1; k < steps; ++k) {
        const qint64 at = now + runMs * k / steps;
        if (at >= t.doneMs)
            break;
        parts.append({int(at - last), line(at)});
        last = at;
    }
    // The last line in two reads.
    const QByteArray final = line(t.doneMs);
    const qsizetype cut = final.size() / 2;
    parts.append({int(t.doneMs - last), final.left(cut)});
    parts.append({40, final.mid(cut)});
    return SimReply::stream(QByteArrayLiteral("application/x-ndjson; charset=utf-8"), parts,
                            QStringLiteral("stream: %1 over %2 ms").arg(t.taskid).arg(t.doneMs - now + 40));
}

QString YuanjingBackend::statusAt(const Task &task, qint64 atMs) const
{
    if (atMs >= task.doneMs)
        return task.fails ? status::Failed : status::Succeeded;
    if (atMs <= task.createdMs)
        return status::Created;
    return status::Processing;
}

int YuanjingBackend::progressAt(const Task &task, qint64 atMs) const
{
    const qint64 span = qMax<qint64>(1, task.doneMs - task.createdMs);
    return int(qBound(qint64(0), (atMs - task.createdMs) * 100 / span, qint64(100)));
}

QString YuanjingBackend::videoUrl(const Task &task, const QString &origin) const
{
    return origin + QStringLiteral("/media/video/") + task.taskid + QStringLiteral(".mp4");
}

QJsonObject YuanjingBackend::lineAt(const Task &task, qint64 atMs, const QString &origin) const
{
    const QString s = statusAt(task, atMs);
    QJsonObject o{{QStringLiteral("status"), s}, {QStringLiteral("taskid"), task.taskid}};
    if (s == status::Succeeded) {
        o.insert(QStringLiteral("video"), videoUrl(task, origin));
        o.insert(QStringLiteral("usage"), task.usage);
        o.insert(QStringLiteral("type"), QStringLiteral("video"));
    } else if (s == status::Failed) {
        o.insert(QStringLiteral("error"), task.error);
    } else if (s == status::Processing) {
        o.insert(QStringLiteral("progress"), progressAt(task, atMs));
    }
    return o;
}

qint64 YuanjingBackend::reservedFen(const QString &userId) const
{
    qint64 fen = 0;
    for (const Task &t : m_tasks) {
        if (t.userId == userId && !t.settled && !t.fails)
            fen += t.priceFen;
    }
    return fen;
}

SimReply YuanjingBackend::myAsyncTasks(Call &call)
{
    const qint64 now = nowMs();
    const qint64 today = cstStartOfDay(now);
    QJsonArray list;
    for (const Task &t : m_tasks) {
        if (t.userId != call.user->id || t.createdMs < today)
            continue;
        QJsonArray output{QJsonObject{{QStringLiteral("status"), status::Created}, {QStringLiteral("taskid"), t.taskid}}};
        if (statusAt(t, now) != status::Created)
            output.append(lineAt(t, now, call.origin));
        // The seed's shape: an array of objects that each hold one task under "tasks".
        list.append(QJsonObject{{QStringLiteral("tasks"),
                                 QJsonObject{{QStringLiteral("taskid"), t.taskid},
                                             {QStringLiteral("llmid"), t.llmid},
                                             {QStringLiteral("status"), statusAt(t, now)},
                                             {QStringLiteral("created_at"), cstDateTime(t.createdMs)},
                                             {QStringLiteral("ioinfo"), QJsonObject{{QStringLiteral("input"), t.input},
                                                                                    {QStringLiteral("output"), output}}}}}});
    }
    return reply(ok(list), QStringLiteral("ok: %1 today").arg(list.size()));
}

SimReply YuanjingBackend::asyncTaskStatus(Call &call)
{
    const QString taskid = text(call.params, QStringLiteral("taskid"));
    if (taskid.isEmpty())
        return reply(error(required(QStringLiteral("taskid"))));
    const Task *t = findTask(taskid);
    QJsonObject response;
    if (!t || t->userId != call.user->id) {
        // An unknown task is a failed one, not an envelope error, as the platform's code does.
        response = {{QStringLiteral("taskid"), taskid}, {QStringLiteral("status"), status::Failed},
                    {QStringLiteral("error"), QStringLiteral("任务不存在")}};
    } else {
        response = lineAt(*t, nowMs(), call.origin);
    }
    return reply(ok(QJsonObject{{QStringLiteral("response"), response}}),
                 QStringLiteral("ok: %1 %2").arg(taskid, response.value(QStringLiteral("status")).toString()));
}

SimReply YuanjingBackend::media(const SimRequest &request)
{
    QString name = request.path.mid(QStringLiteral("/media/video/").size());
    if (request.method != u"GET" || !name.endsWith(u".mp4"))
        return SimReply::text(404, QByteArrayLiteral("404: Not Found"));
    name.chop(4);
    const Task *t = findTask(name);
    if (!t || statusAt(*t, nowMs()) != status::Succeeded)
        return SimReply::text(404, QByteArrayLiteral("404: Not Found"));
    // An MP4 header box, then filler that depends on the task: the same bytes every time.
    QByteArray bytes("\x00\x00\x00\x18" "ftypmp42\x00\x00\x00\x00" "mp42isom", 24);
    const QByteArray seed = t->taskid.toLatin1();
    bytes.reserve(kVideoBytes);
    for (int i = int(bytes.size()); i < kVideoBytes; ++i)
        bytes.append(char(seed.at(i % seed.size()) ^ (i & 0xff)));
    SimReply r;
    r.status = 200;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("video/mp4")});
    r.body = bytes;
    r.note = QStringLiteral("video %1 (%2 bytes)").arg(t->taskid).arg(bytes.size());
    return r;
}

SimReply YuanjingBackend::alipayGateway(const SimRequest &request)
{
    const QString tradeNo = request.query.queryItemValue(QStringLiteral("out_trade_no"));
    for (const Recharge &r : std::as_const(m_recharges)) {
        if (r.tradeNo != tradeNo)
            continue;
        if (r.paid)
            return html(200, QStringLiteral("订单已支付"), QStringLiteral("<h2>订单 %1 已支付</h2>").arg(tradeNo));
        return html(200, QStringLiteral("模拟支付宝收银台"),
                    QStringLiteral("<h2>模拟支付宝收银台</h2><p>这是 suanli-sim 的模拟支付页面，不会产生真实扣款。</p>"
                                   "<p>订单号：%1<br>金额：<b>¥%2</b></p>"
                                   "<form method=\"post\" action=\"/sim/alipay/pay\">"
                                   "<input type=\"hidden\" name=\"out_trade_no\" value=\"%1\">"
                                   "<button type=\"submit\">确认付款</button></form>")
                        .arg(tradeNo, money(r.fen)));
    }
    return html(404, QStringLiteral("订单不存在"), QStringLiteral("<h2>订单不存在</h2>"));
}

SimReply YuanjingBackend::alipayPay(const SimRequest &request)
{
    QString tradeNo = request.query.queryItemValue(QStringLiteral("out_trade_no"));
    if (tradeNo.isEmpty()) {
        if (const auto params = paramsOf(request))
            tradeNo = text(*params, QStringLiteral("out_trade_no"));
    }
    if (!completeRecharge(tradeNo))
        return html(404, QStringLiteral("订单不存在"), QStringLiteral("<h2>订单不存在</h2>"));
    return html(200, QStringLiteral("支付成功"),
                QStringLiteral("<h2>支付成功</h2><p>订单 %1 已支付，可以关闭此页面并回到算力控制台。</p>").arg(tradeNo));
}

// ---- time -------------------------------------------------------------------------------------------

qint64 YuanjingBackend::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void YuanjingBackend::advance()
{
    const qint64 now = nowMs();
    for (Task &t : m_tasks) {
        if (t.settled || t.doneMs > now)
            continue;
        t.settled = true;
        if (t.fails)
            continue;
        User *u = findUser(t.userId);
        if (!u || u->balances.isEmpty())
            continue;
        u->balances.first().fen -= t.priceFen;
        const Model *m = findModel(t.llmid);
        Order o;
        o.llmid = t.llmid;
        o.name = m ? m->name : t.llmid;
        o.model = m ? m->model : t.llmid;
        o.useMs = t.doneMs;
        o.usage = t.usage;
        o.amountFen = t.priceFen;
        o.accountedAtMs = t.doneMs + kBookingDelayMs;
        u->orders.append(o);
    }
}

void YuanjingBackend::scheduleNextEvent()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Task &t : m_tasks) {
        if (!t.settled)
            next = qMin(next, t.doneMs);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = qBound(qint64(0), next - nowMs(), qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(delay));
}

} // namespace suanli::sim
