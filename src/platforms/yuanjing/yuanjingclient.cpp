#include "yuanjingclient.h"

#include "yuanjingmapping.h"

#include "core/accountsession.h"
#include "core/httpclient.h"

#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

namespace suanli::yuanjing {

namespace {

constexpr int kVideoIdleTimeoutMs = 15 * 60 * 1000;

template<typename T, typename Map>
std::function<void(const Result<Envelope> &)> mapped(Map map, std::function<void(const Result<T> &)> done)
{
    return [map, done = std::move(done)](const Result<Envelope> &r) {
        if (!r)
            done(r.error());
        else
            done(map(r.value()));
    };
}

// An error that says a field did not arrive: the server may want the form encoding.
bool saysFieldMissing(const ApiError &e)
{
    if (e.kind != ApiError::Kind::Platform)
        return false;
    const QString m = e.message.toLower();
    return m.contains(u"必填") || m.contains(u"缺少") || m.contains(u"missing") || m.contains(u"required");
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Client::Client(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

Client::~Client() = default;

int Client::videoIdleTimeoutMs()
{
    return kVideoIdleTimeoutMs;
}

QString Client::normalizedPhone(const QString &phone)
{
    QString p = phone;
    p.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
    if (p.startsWith(u"+86"))
        p.remove(0, 3);
    else if (p.startsWith(u"0086"))
        p.remove(0, 4);
    static const QRegularExpression mobile(QStringLiteral("^1\\d{10}$"));
    return mobile.match(p).hasMatch() ? p : QString();
}

template<typename T>
void Client::refuse(QObject *context, Completion<T> done, const QString &message)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), message] { done(ApiError::unsupported(message)); }, Qt::QueuedConnection);
}

void Client::get(const QString &path, const QUrlQuery &query, const QString &label, QObject *context, Handler handler)
{
    QUrl url = m_session->endpoint(path);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest req = HttpRequest::get(url);
    req.label = label;
    HttpJob *job = m_session->http()->send(std::move(req));
    connect(job, &HttpJob::finished, context,
            [handler = std::move(handler)](const Result<HttpResponse> &r) { handler(Mapping::envelope(r)); });
}

void Client::post(const QString &path, const QByteArray &json, bool unsafe, const QString &label, QObject *context,
                  Handler handler)
{
    HttpRequest req = HttpRequest::postJson(m_session->endpoint(path), json,
                                            unsafe ? HttpRequest::Safety::Unsafe : HttpRequest::Safety::Safe);
    req.label = label;
    HttpJob *job = m_session->http()->send(std::move(req));
    connect(job, &HttpJob::finished, context,
            [handler = std::move(handler)](const Result<HttpResponse> &r) { handler(Mapping::envelope(r)); });
}

// ---- sign-in ----------------------------------------------------------------------------------------

void Client::sendSmsCode(const QString &phone, QObject *context, Completion<QString> done)
{
    const QString number = normalizedPhone(phone);
    if (number.isEmpty()) {
        refuse(context, std::move(done), tr("Enter an 11-digit mainland China mobile number."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cellphone"), number);
    // Not retried: each attempt would send another SMS.
    QUrl url = m_session->endpoint(QStringLiteral("/rbac/gen_sms_code.dspy"));
    url.setQuery(query);
    HttpRequest req = HttpRequest::get(url);
    req.safety = HttpRequest::Safety::Unsafe;
    req.label = tr("send SMS code");
    HttpJob *job = m_session->http()->send(std::move(req));
    connect(job, &HttpJob::finished, context, [done = std::move(done)](const Result<HttpResponse> &r) {
        const Result<Envelope> e = Mapping::envelope(r);
        if (!e)
            done(e.error());
        else
            done(Mapping::smsKey(e.value()));
    });
}

void Client::sendLogin(const QUrlQuery &fields, bool asForm, QObject *context,
                       std::function<void(const Result<Envelope> &)> handler)
{
    HttpRequest req;
    req.method = "POST";
    req.url = m_session->endpoint(QStringLiteral("/rbac/phone_login.dspy"));
    // Sent once: a code may be good for one try only.
    req.safety = HttpRequest::Safety::Unsafe;
    req.label = tr("sign in");
    if (asForm) {
        req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        req.body = fields.toString(QUrl::FullyEncoded).toUtf8();
    } else {
        QJsonObject o;
        for (const auto &[key, value] : fields.queryItems(QUrl::FullyDecoded))
            o.insert(key, value);
        req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        req.body = compact(o);
    }
    HttpJob *job = m_session->http()->send(std::move(req));
    connect(job, &HttpJob::finished, context,
            [handler = std::move(handler)](const Result<HttpResponse> &r) { handler(Mapping::envelope(r)); });
}

void Client::login(const QString &phone, const QString &key, const QString &code, const QString &selectedId,
                   QObject *context, Completion<LoginOutcome> done)
{
    const QString number = normalizedPhone(phone);
    if (number.isEmpty()) {
        refuse(context, std::move(done), tr("Enter an 11-digit mainland China mobile number."));
        return;
    }
    if (key.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Ask for an SMS code first."));
        return;
    }
    const QString smsCode = code.trimmed();
    if (smsCode.isEmpty() || smsCode.size() > 12) {
        refuse(context, std::move(done), tr("Enter the code from the SMS."));
        return;
    }
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("cellphone"), number);
    fields.addQueryItem(QStringLiteral("key"), key.trimmed());
    fields.addQueryItem(QStringLiteral("sms_code"), smsCode);
    if (!selectedId.trimmed().isEmpty())
        fields.addQueryItem(QStringLiteral("selected_id"), selectedId.trimmed());
    const QString originalKey = key.trimmed();
    // JSON first, as recommended; the platform's own pages post a form, so a "missing field"
    // answer gets the same fields once more in that encoding.
    QPointer<QObject> guard(context);
    QPointer<Client> self(this);
    sendLogin(fields, false, context,
              [self, fields, originalKey, guard, done = std::move(done)](const Result<Envelope> &r) {
                  if (!r && saysFieldMissing(r.error()) && guard && self) {
                      self->sendLogin(fields, true, guard, [originalKey, done](const Result<Envelope> &again) {
                          if (!again)
                              done(again.error());
                          else
                              done(Mapping::login(again.value(), originalKey));
                      });
                      return;
                  }
                  if (!r)
                      done(r.error());
                  else
                      done(Mapping::login(r.value(), originalKey));
              });
}

// ---- money ---------------------------------------------------------------------------------------

void Client::balances(QObject *context, Completion<QList<AccountBalance>> done)
{
    get(QStringLiteral("/accounting/mybalance.dspy"), {}, tr("balance"), context,
        mapped<QList<AccountBalance>>(&Mapping::balances, std::move(done)));
}

void Client::recharge(Money amount, QObject *context, Completion<QUrl> done)
{
    if (amount.fen() <= 0) {
        refuse(context, std::move(done), tr("Enter an amount above zero."));
        return;
    }
    // The amount is written as the decimal it is: no floating point on the way.
    const QByteArray body = "{\"provider\":\"alipay\",\"amount\":" + amount.toDecimalString().toLatin1()
                            + ",\"currency\":\"CNY\"}";
    post(QStringLiteral("/unipay/user_recharge.dspy"), body, true, tr("recharge"), context,
         mapped<QUrl>(&Mapping::rechargeUrl, std::move(done)));
}

void Client::price(const QString &llmid, const QJsonObject &config, QObject *context, Completion<PriceQuote> done)
{
    if (llmid.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Choose a model."));
        return;
    }
    const QJsonObject body{{QStringLiteral("product_type"), QStringLiteral("llm")},
                           {QStringLiteral("product_id"), llmid.trimmed()},
                           {QStringLiteral("config_data"), config}};
    post(QStringLiteral("/platformbiz/product_query_price.dspy"), compact(body), false, tr("price"), context,
         mapped<PriceQuote>(&Mapping::price, std::move(done)));
}

void Client::orders(int page, int pageRows, QObject *context, Completion<OrdersPage> done)
{
    if (page < 1 || pageRows < 1) {
        refuse(context, std::move(done), tr("Pages start at 1 and hold at least one row."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pagerows"), QString::number(pageRows));
    get(QStringLiteral("/platformbiz/query_orders.dspy"), query, tr("orders"), context,
        [page, pageRows, done = std::move(done)](const Result<Envelope> &r) {
            if (!r)
                done(r.error());
            else
                done(Mapping::orders(r.value(), page, pageRows));
        });
}

void Client::testPricing(const QString &ppid, const QJsonObject &usage, QObject *context, Completion<PricingResult> done)
{
    if (ppid.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Enter the pricing program's id."));
        return;
    }
    const QJsonObject body{{QStringLiteral("ppid"), ppid.trimmed()}, {QStringLiteral("data"), usage}};
    post(QStringLiteral("/pricing/test_pricing_program.dspy"), compact(body), false, tr("pricing test"), context,
         mapped<PricingResult>(&Mapping::pricing, std::move(done)));
}

// ---- API keys --------------------------------------------------------------------------------------

void Client::apps(QObject *context, Completion<QList<ApiApp>> done)
{
    get(QStringLiteral("/dapi/downapps.dspy"), {}, tr("API apps"), context,
        mapped<QList<ApiApp>>(&Mapping::apps, std::move(done)));
}

void Client::applyApiKey(const QString &appname, const QString &description, QObject *context, Completion<Done> done)
{
    if (appname.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Give the app a name."));
        return;
    }
    QJsonObject body{{QStringLiteral("appname"), appname.trimmed()}};
    if (!description.trimmed().isEmpty())
        body.insert(QStringLiteral("description"), description.trimmed());
    // Sent once: a second try would make a second app.
    post(QStringLiteral("/dapi/apply_apikey.dspy"), compact(body), true, tr("apply for an API key"), context,
         mapped<Done>([](const Envelope &) { return Result<Done>(Done{}); }, std::move(done)));
}

void Client::apiKey(const QString &id, QObject *context, Completion<ApiKey> done)
{
    if (id.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Choose an app."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), id.trimmed());
    get(QStringLiteral("/dapi/get_apikey.dspy"), query, tr("API key"), context,
        mapped<ApiKey>(&Mapping::apiKey, std::move(done)));
}

// ---- video -----------------------------------------------------------------------------------------

void Client::models(VideoType type, QObject *context, Completion<QList<VideoModel>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), Mapping::typeKey(type));
    get(QStringLiteral("/llmage/get_type_llms.dspy"), query, tr("video models"), context,
        [type, done = std::move(done)](const Result<Envelope> &r) {
            if (!r)
                done(r.error());
            else
                done(Mapping::models(r.value(), type));
        });
}

void Client::tasks(QObject *context, Completion<QList<VideoTask>> done)
{
    get(QStringLiteral("/llmage/get_my_asynctasks.dspy"), {}, tr("today's video tasks"), context,
        mapped<QList<VideoTask>>(&Mapping::tasks, std::move(done)));
}

void Client::taskStatus(const QString &taskId, QObject *context, Completion<VideoEvent> done)
{
    if (taskId.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("No task id."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("taskid"), taskId.trimmed());
    get(QStringLiteral("/llmage/get_asynctask_status.dspy"), query, tr("video task status"), context,
        [taskId, done = std::move(done)](const Result<Envelope> &r) {
            if (!r)
                done(r.error());
            else
                done(Mapping::taskStatus(r.value(), taskId.trimmed()));
        });
}

QString Client::problemWith(const VideoRequest &request)
{
    if (request.llmid.trimmed().isEmpty())
        return tr("Choose a model.");
    if (request.prompt.trimmed().isEmpty())
        return tr("Write a prompt.");
    if (request.duration < 1 || request.duration > 15)
        return tr("The duration is 1 to 15 seconds.");
    return {};
}

HttpJob *Client::startVideo(const VideoRequest &request)
{
    HttpRequest req = HttpRequest::postJson(m_session->endpoint(QStringLiteral("/llmage/vidu_inference.dspy")),
                                            compact(request.toJson()), HttpRequest::Safety::Unsafe);
    req.label = tr("generate video");
    req.streamed = true;
    req.timeoutMs = kVideoIdleTimeoutMs;
    return m_session->http()->send(std::move(req));
}

} // namespace suanli::yuanjing
