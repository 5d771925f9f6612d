// 元境's wire format as the simulator serves it: the SMS sign-in with its cookie session and
// the "choose" branch, the envelope, 401 for no session and "need login" for an expired one,
// GET query parameters, the typos of the document ("redirct", "aapikey"), the seed's task-list
// shape, and every endpoint's answer.
#include "yuanjingfixture.h"

#include <QNetworkCookie>
#include <QRegularExpression>

using namespace suanli::test;
using suanli::sim::YuanjingBackend;

namespace {

class YuanjingWireFormatTest : public YuanjingFixture
{
};

TEST_F(YuanjingWireFormatTest, SmsCodeAnswersAKeyAndSetsAnAnonymousSessionCookie)
{
    QStringList sent;
    QObject::connect(backend, &YuanjingBackend::smsCodeSent, backend,
                     [&sent](const QString &phone, const QString &code) { sent.append(phone + u' ' + code); });
    const HttpResult r = get(QStringLiteral("/rbac/gen_sms_code.dspy"), query({{QStringLiteral("cellphone"), YuanjingBackend::demoPhone()}}));
    ASSERT_EQ(r.httpStatus, 200);
    const QJsonObject o = r.json();
    EXPECT_EQ(statusOf(o), QStringLiteral("ok"));
    EXPECT_FALSE(o[QStringLiteral("data")][QStringLiteral("key")].toString().isEmpty());
    EXPECT_TRUE(r.header(QByteArrayLiteral("Set-Cookie")).startsWith(QByteArray(YuanjingBackend::cookieName().toLatin1() + '=')));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^13800000000 \\d{6}$")).match(sent.constFirst()).hasMatch());
    EXPECT_EQ(sent.constFirst().section(u' ', 1), backend->lastSmsCode(YuanjingBackend::demoPhone()));
    EXPECT_EQ(backend->smsCount(YuanjingBackend::demoPhone()), 1);
}

TEST_F(YuanjingWireFormatTest, SmsCodeRefusesBadPhonesPostAndTooManyRequests)
{
    EXPECT_EQ(messageOf(getJson(QStringLiteral("/rbac/gen_sms_code.dspy"))), QStringLiteral("cellphone 参数必填"));
    EXPECT_EQ(messageOf(getJson(QStringLiteral("/rbac/gen_sms_code.dspy"), query({{QStringLiteral("cellphone"), QStringLiteral("12345")}}))),
              QStringLiteral("手机号码格式错误"));
    EXPECT_EQ(post(QStringLiteral("/rbac/gen_sms_code.dspy"), {{QStringLiteral("cellphone"), YuanjingBackend::demoPhone()}}).httpStatus, 405);
    backend->setSmsIntervalMs(60000);
    EXPECT_FALSE(sendCode(YuanjingBackend::demoPhone()).isEmpty());
    const QJsonObject again = getJson(QStringLiteral("/rbac/gen_sms_code.dspy"),
                                      query({{QStringLiteral("cellphone"), YuanjingBackend::demoPhone()}}));
    EXPECT_EQ(statusOf(again), QStringLiteral("error"));
    EXPECT_EQ(messageOf(again), QStringLiteral("发送验证码太频繁，请稍后再试"));
    EXPECT_EQ(backend->smsCount(YuanjingBackend::demoPhone()), 1);
}

TEST_F(YuanjingWireFormatTest, LoginWithTheCodeSignsInAndReplacesTheCookie)
{
    const QString phone = YuanjingBackend::demoPhone();
    const QString key = sendCode(phone);
    const QList<QNetworkCookie> before = client->nam().cookieJar()->cookiesForUrl(server->baseUrl());
    ASSERT_EQ(before.size(), 1);
    const HttpResult r = post(QStringLiteral("/rbac/phone_login.dspy"),
                              {{QStringLiteral("cellphone"), phone}, {QStringLiteral("key"), key},
                               {QStringLiteral("sms_code"), backend->lastSmsCode(phone)}});
    ASSERT_EQ(r.httpStatus, 200);
    const QJsonObject user = r.json()[QStringLiteral("data")][QStringLiteral("user")].toObject();
    EXPECT_EQ(statusOf(r.json()), QStringLiteral("ok"));
    EXPECT_EQ(user.value(QStringLiteral("id")).toString(), QStringLiteral("u-1001"));
    EXPECT_EQ(user.value(QStringLiteral("username")).toString(), phone);
    EXPECT_EQ(user.value(QStringLiteral("nick_name")).toString(), QStringLiteral("演示用户"));
    EXPECT_FALSE(user.value(QStringLiteral("orgid")).toString().isEmpty());
    const QList<QNetworkCookie> after = client->nam().cookieJar()->cookiesForUrl(server->baseUrl());
    ASSERT_EQ(after.size(), 1);
    EXPECT_NE(after.constFirst().value(), before.constFirst().value()) << "a new session after sign-in";
    EXPECT_TRUE(after.constFirst().isSessionCookie());
    EXPECT_EQ(backend->userIdOfSession(QString::fromLatin1(after.constFirst().value())), QStringLiteral("u-1001"));
    // Signed in: a read works.
    EXPECT_EQ(statusOf(getJson(QStringLiteral("/accounting/mybalance.dspy"))), QStringLiteral("ok"));
    // The key is used up.
    EXPECT_EQ(messageOf(login(phone, key, backend->lastSmsCode(phone))), QStringLiteral("验证码已失效，请重新获取"));
}

TEST_F(YuanjingWireFormatTest, LoginTakesAFormAsThePlatformsOwnPagesSendIt)
{
    const QString phone = YuanjingBackend::demoPhone();
    const QString key = sendCode(phone);
    const HttpResult r = postForm(QStringLiteral("/rbac/phone_login.dspy"),
                                  query({{QStringLiteral("cellphone"), phone}, {QStringLiteral("key"), key},
                                         {QStringLiteral("sms_code"), backend->lastSmsCode(phone)}}));
    EXPECT_EQ(statusOf(r.json()), QStringLiteral("ok")) << r.body.constData();
}

TEST_F(YuanjingWireFormatTest, WrongCodesFailAndFiveOfThemBurnTheKey)
{
    const QString phone = YuanjingBackend::demoPhone();
    const QString key = sendCode(phone);
    const QString right = backend->lastSmsCode(phone);
    const QString wrong = right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(messageOf(login(phone, key, wrong)), QStringLiteral("手机短信验证码出错"));
    EXPECT_EQ(messageOf(login(phone, key, wrong)), QStringLiteral("错误次数过多，请重新获取验证码"));
    EXPECT_EQ(messageOf(login(phone, key, right)), QStringLiteral("验证码已失效，请重新获取"));
    EXPECT_EQ(messageOf(login(phone, QString(), right)), QStringLiteral("key 参数必填"));
}

TEST_F(YuanjingWireFormatTest, TheLoginMustComeWithTheCookieOfTheCodeRequest)
{
    const QString phone = YuanjingBackend::demoPhone();
    const QString key = sendCode(phone);
    SimTestClient other(server->baseUrl(), QString());
    EXPECT_EQ(messageOf(login(phone, key, backend->lastSmsCode(phone), {}, &other)), QStringLiteral("会话已变更，请重新获取验证码"));
    // The right jar still can.
    EXPECT_EQ(statusOf(login(phone, key, backend->lastSmsCode(phone))), QStringLiteral("ok"));
}

TEST_F(YuanjingWireFormatTest, APhoneWithTwoAccountsIsAnsweredChooseUntilOneIsSelected)
{
    const QString phone = YuanjingBackend::choosePhone();
    const QString key = sendCode(phone);
    const QString code = backend->lastSmsCode(phone);
    const QJsonObject choose = login(phone, key, code);
    EXPECT_EQ(statusOf(choose), QStringLiteral("choose"));
    EXPECT_EQ(choose[QStringLiteral("data")][QStringLiteral("key")].toString(), key);
    const QJsonArray users = choose[QStringLiteral("data")][QStringLiteral("users")].toArray();
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users.at(0)[QStringLiteral("username")].toString(), QStringLiteral("lab-alice"));
    EXPECT_EQ(users.at(1)[QStringLiteral("nick_name")].toString(), QString()); // shown by username
    // No session yet.
    EXPECT_EQ(get(QStringLiteral("/accounting/mybalance.dspy")).httpStatus, 401);
    EXPECT_EQ(messageOf(login(phone, key, code, QStringLiteral("u-9999"))), QStringLiteral("所选账户不存在"));
    const QJsonObject ok = login(phone, key, code, users.at(1)[QStringLiteral("id")].toString());
    EXPECT_EQ(statusOf(ok), QStringLiteral("ok"));
    EXPECT_EQ(ok[QStringLiteral("data")][QStringLiteral("user")][QStringLiteral("id")].toString(), QStringLiteral("u-2002"));
    const QJsonArray balances = getJson(QStringLiteral("/accounting/mybalance.dspy"))[QStringLiteral("data")].toArray();
    ASSERT_EQ(balances.size(), 1);
    EXPECT_EQ(balances.at(0)[QStringLiteral("balance")].toDouble(), 500.0);
}

TEST_F(YuanjingWireFormatTest, SelectedIdOnTheFirstTrySkipsTheChoice)
{
    const QString phone = YuanjingBackend::choosePhone();
    EXPECT_EQ(signIn(phone, QStringLiteral("u-2001")), QStringLiteral("u-2001"));
}

TEST_F(YuanjingWireFormatTest, AnUnknownPhoneGetsANewAccount)
{
    const QString phone = QStringLiteral("13712345678");
    EXPECT_TRUE(backend->userIds(phone).isEmpty());
    const QString id = signIn(phone);
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(backend->userIds(phone), QStringList{id});
    const QJsonArray balances = getJson(QStringLiteral("/accounting/mybalance.dspy"))[QStringLiteral("data")].toArray();
    ASSERT_EQ(balances.size(), 1);
    EXPECT_EQ(balances.at(0)[QStringLiteral("balance")].toDouble(), 0.0);
}

TEST_F(YuanjingWireFormatTest, NoSessionIs401AndAnExpiredOneSaysNeedLogin)
{
    for (const QString &path : {QStringLiteral("/accounting/mybalance.dspy"), QStringLiteral("/dapi/downapps.dspy"),
                                QStringLiteral("/llmage/get_my_asynctasks.dspy")})
        EXPECT_EQ(get(path).httpStatus, 401) << path.toStdString();
    EXPECT_EQ(post(QStringLiteral("/llmage/vidu_inference.dspy"), videoBody()).httpStatus, 401);
    EXPECT_EQ(backend->inferenceCount(), 0);

    ASSERT_FALSE(signIn().isEmpty());
    EXPECT_EQ(statusOf(getJson(QStringLiteral("/accounting/mybalance.dspy"))), QStringLiteral("ok"));
    backend->expireSessions();
    const QJsonObject expired = getJson(QStringLiteral("/accounting/mybalance.dspy"));
    EXPECT_EQ(statusOf(expired), QStringLiteral("error"));
    EXPECT_EQ(messageOf(expired), QStringLiteral("need login"));
    // A new code in the same jar signs in again.
    ASSERT_FALSE(signIn().isEmpty());
    EXPECT_EQ(statusOf(getJson(QStringLiteral("/accounting/mybalance.dspy"))), QStringLiteral("ok"));
}

TEST_F(YuanjingWireFormatTest, AnIdleSessionExpires)
{
    backend->setSessionLifetimeMs(150);
    ASSERT_FALSE(signIn().isEmpty());
    waitFor([] { return false; }, 300); // idle
    EXPECT_EQ(messageOf(getJson(QStringLiteral("/accounting/mybalance.dspy"))), QStringLiteral("need login"));
}

TEST_F(YuanjingWireFormatTest, UnknownPathsAndWrongMethods)
{
    EXPECT_EQ(get(QStringLiteral("/rbac/nothing.dspy")).httpStatus, 404);
    ASSERT_FALSE(signIn().isEmpty());
    EXPECT_EQ(post(QStringLiteral("/accounting/mybalance.dspy"), {}).httpStatus, 405);
    EXPECT_EQ(get(QStringLiteral("/unipay/user_recharge.dspy")).httpStatus, 405);
}

TEST_F(YuanjingWireFormatTest, BalanceIsAListOfAccounts)
{
    ASSERT_FALSE(signIn().isEmpty());
    const QJsonObject o = getJson(QStringLiteral("/accounting/mybalance.dspy"));
    ASSERT_TRUE(o[QStringLiteral("data")].isArray());
    const QJsonArray list = o[QStringLiteral("data")].toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0)[QStringLiteral("account")].toString(), QStringLiteral("现金账户"));
    EXPECT_EQ(list.at(0)[QStringLiteral("balance")].toDouble(), 88.5);
    EXPECT_EQ(list.at(1)[QStringLiteral("balance")].toDouble(), 20.0);
}

TEST_F(YuanjingWireFormatTest, RechargeAnswersRedirctAndThePaymentPageCreditsOnce)
{
    const QString user = signIn();
    const QJsonObject o = postJson(QStringLiteral("/unipay/user_recharge.dspy"),
                                   {{QStringLiteral("provider"), QStringLiteral("alipay")},
                                    {QStringLiteral("amount"), 100.5},
                                    {QStringLiteral("currency"), QStringLiteral("CNY")}});
    ASSERT_EQ(statusOf(o), QStringLiteral("ok")) << messageOf(o).toStdString();
    EXPECT_FALSE(o[QStringLiteral("data")].toObject().contains(QStringLiteral("redirect")));
    const QUrl pay(o[QStringLiteral("data")][QStringLiteral("redirct")].toString());
    ASSERT_TRUE(pay.isValid());
    EXPECT_EQ(pay.port(), server->port());
    EXPECT_EQ(pay.path(), QStringLiteral("/sim/alipay/gateway.do"));
    EXPECT_EQ(QUrlQuery(pay).queryItemValue(QStringLiteral("total_amount")), QStringLiteral("100.50"));
    const qint64 before = backend->cashFen(user);
    // The page shows the order; nothing is paid by looking at it.
    const HttpResult page = SimTestClient::finish(client->nam().get(QNetworkRequest(pay)));
    EXPECT_EQ(page.httpStatus, 200);
    EXPECT_TRUE(QString::fromUtf8(page.body).contains(QStringLiteral("¥100.50")));
    EXPECT_EQ(backend->cashFen(user), before);
    const QString tradeNo = QUrlQuery(pay).queryItemValue(QStringLiteral("out_trade_no"));
    const HttpResult paid = postForm(QStringLiteral("/sim/alipay/pay"), query({{QStringLiteral("out_trade_no"), tradeNo}}));
    EXPECT_EQ(paid.httpStatus, 200);
    EXPECT_EQ(backend->cashFen(user), before + 10050);
    EXPECT_TRUE(backend->rechargePaid(tradeNo));
    postForm(QStringLiteral("/sim/alipay/pay"), query({{QStringLiteral("out_trade_no"), tradeNo}}));
    EXPECT_EQ(backend->cashFen(user), before + 10050);
    EXPECT_EQ(postForm(QStringLiteral("/sim/alipay/pay"), query({{QStringLiteral("out_trade_no"), QStringLiteral("R-none")}})).httpStatus, 404);
}

TEST_F(YuanjingWireFormatTest, RechargeRefusesWhatAlipayWouldNot)
{
    ASSERT_FALSE(signIn().isEmpty());
    auto recharge = [this](const QJsonValue &amount, const QString &provider = QStringLiteral("alipay"),
                           const QString &currency = QStringLiteral("CNY")) {
        return messageOf(postJson(QStringLiteral("/unipay/user_recharge.dspy"), {{QStringLiteral("provider"), provider},
                                                                               {QStringLiteral("amount"), amount},
                                                                               {QStringLiteral("currency"), currency}}));
    };
    EXPECT_EQ(recharge(0), QStringLiteral("充值金额必须大于0"));
    EXPECT_EQ(recharge(-5), QStringLiteral("充值金额必须大于0"));
    EXPECT_EQ(recharge(1.005), QStringLiteral("充值金额最多两位小数"));
    EXPECT_EQ(recharge(50000.01), QStringLiteral("单笔充值金额不能超过50000元"));
    EXPECT_EQ(recharge(QStringLiteral("ten")), QStringLiteral("amount 参数格式错误"));
    EXPECT_EQ(recharge(10, QStringLiteral("wechat")), QStringLiteral("不支持的支付渠道"));
    EXPECT_EQ(recharge(10, QStringLiteral("alipay"), QStringLiteral("USD")), QStringLiteral("不支持的币种"));
    EXPECT_TRUE(backend->rechargeTradeNos().isEmpty());
    // A decimal written in the JSON text as it is.
    const HttpResult r = [&] {
        QNetworkRequest request(url(QStringLiteral("/unipay/user_recharge.dspy")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return SimTestClient::finish(
            client->nam().post(request, QByteArrayLiteral("{\"provider\":\"alipay\",\"amount\":12.30,\"currency\":\"CNY\"}")));
    }();
    EXPECT_EQ(statusOf(r.json()), QStringLiteral("ok"));
    ASSERT_EQ(backend->rechargeTradeNos().size(), 1);
}

TEST_F(YuanjingWireFormatTest, ApiKeysAreListedAppliedForAndShownWithTheDoubleA)
{
    ASSERT_FALSE(signIn().isEmpty());
    QJsonArray apps = getJson(QStringLiteral("/dapi/downapps.dspy"))[QStringLiteral("data")][QStringLiteral("apikeys")].toArray();
    ASSERT_EQ(apps.size(), 1);
    EXPECT_EQ(apps.at(0)[QStringLiteral("appname")].toString(), QStringLiteral("my-desktop"));
    EXPECT_FALSE(apps.at(0).toObject().contains(QStringLiteral("aapikey"))) << "keys are not listed";

    const QJsonObject applied = postJson(QStringLiteral("/dapi/apply_apikey.dspy"),
                                         {{QStringLiteral("appname"), QStringLiteral("batch-jobs")},
                                          {QStringLiteral("description"), QStringLiteral("nightly")}});
    EXPECT_EQ(applied, QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")}})) << "no data on success";
    EXPECT_EQ(messageOf(postJson(QStringLiteral("/dapi/apply_apikey.dspy"), {{QStringLiteral("appname"), QStringLiteral("batch-jobs")}})),
              QStringLiteral("应用名已存在"));
    EXPECT_EQ(messageOf(postJson(QStringLiteral("/dapi/apply_apikey.dspy"), {{QStringLiteral("description"), QStringLiteral("x")}})),
              QStringLiteral("appname 参数必填"));
    apps = getJson(QStringLiteral("/dapi/downapps.dspy"))[QStringLiteral("data")][QStringLiteral("apikeys")].toArray();
    ASSERT_EQ(apps.size(), 2);
    const QString id = apps.at(1)[QStringLiteral("id")].toString();
    const QJsonObject key = getJson(QStringLiteral("/dapi/get_apikey.dspy"), query({{QStringLiteral("id"), id}}));
    EXPECT_EQ(key[QStringLiteral("data")][QStringLiteral("appname")].toString(), QStringLiteral("batch-jobs"));
    EXPECT_TRUE(key[QStringLiteral("data")][QStringLiteral("aapikey")].toString().startsWith(u"ak-"));
    EXPECT_TRUE(key[QStringLiteral("data")][QStringLiteral("secretkey")].toString().startsWith(u"sk-"));
    EXPECT_FALSE(key[QStringLiteral("data")].toObject().contains(QStringLiteral("apikey")));
    EXPECT_EQ(messageOf(getJson(QStringLiteral("/dapi/get_apikey.dspy"), query({{QStringLiteral("id"), QStringLiteral("d-none")}}))),
              QStringLiteral("应用不存在"));
}

TEST_F(YuanjingWireFormatTest, PriceQueryAnswersListAndCustomerPrice)
{
    ASSERT_FALSE(signIn().isEmpty());
    const QJsonObject config{{QStringLiteral("duration"), 5}, {QStringLiteral("resolution"), QStringLiteral("720p")}};
    const QJsonObject o = postJson(QStringLiteral("/platformbiz/product_query_price.dspy"),
                                   {{QStringLiteral("product_type"), QStringLiteral("llm")},
                                    {QStringLiteral("product_id"), QStringLiteral("vidu-q1")},
                                    {QStringLiteral("config_data"), config}});
    ASSERT_EQ(statusOf(o), QStringLiteral("ok"));
    EXPECT_EQ(o[QStringLiteral("data")][QStringLiteral("list_price")].toDouble(), 2.5);
    EXPECT_EQ(o[QStringLiteral("data")][QStringLiteral("price")].toDouble(), 2.0);
    EXPECT_EQ(o[QStringLiteral("data")][QStringLiteral("config_data")].toObject(), config);
    const QJsonObject withAudio = postJson(QStringLiteral("/platformbiz/product_query_price.dspy"),
                                           {{QStringLiteral("product_type"), QStringLiteral("llm")},
                                            {QStringLiteral("product_id"), QStringLiteral("vidu-q1")},
                                            {QStringLiteral("config_data"), QJsonObject{{QStringLiteral("duration"), 10},
                                                                                        {QStringLiteral("resolution"), QStringLiteral("1080p")},
                                                                                        {QStringLiteral("audio"), true}}}});
    EXPECT_EQ(withAudio[QStringLiteral("data")][QStringLiteral("list_price")].toDouble(), 11.0);
    EXPECT_EQ(withAudio[QStringLiteral("data")][QStringLiteral("price")].toDouble(), 8.8);
    auto problem = [this](const QJsonObject &body) {
        return messageOf(postJson(QStringLiteral("/platformbiz/product_query_price.dspy"), body));
    };
    EXPECT_EQ(problem({{QStringLiteral("product_type"), QStringLiteral("gpu")}, {QStringLiteral("product_id"), QStringLiteral("vidu-q1")}}),
              QStringLiteral("不支持的产品类型"));
    EXPECT_EQ(problem({{QStringLiteral("product_type"), QStringLiteral("llm")}, {QStringLiteral("product_id"), QStringLiteral("none")}}),
              QStringLiteral("产品不存在"));
    EXPECT_EQ(problem({{QStringLiteral("product_type"), QStringLiteral("llm")},
                       {QStringLiteral("product_id"), QStringLiteral("vidu-q1")},
                       {QStringLiteral("config_data"), QJsonObject{{QStringLiteral("duration"), 16}}}}),
              QStringLiteral("duration 取值 1-15"));
}

TEST_F(YuanjingWireFormatTest, OrdersArePagedWithPageAndPagerows)
{
    ASSERT_FALSE(signIn().isEmpty());
    const QJsonObject first = getJson(QStringLiteral("/platformbiz/query_orders.dspy"));
    EXPECT_EQ(first[QStringLiteral("data")][QStringLiteral("total")].toInt(), 96);
    const QJsonArray rows = first[QStringLiteral("data")][QStringLiteral("rows")].toArray();
    EXPECT_EQ(rows.size(), 80) << "80 rows by default";
    const QJsonObject row = rows.at(0).toObject();
    for (const char *key : {"llmid", "name", "model", "use_date", "use_time", "usage", "amount", "userid", "userorgid",
                            "status", "accounting_status"})
        EXPECT_TRUE(row.contains(QLatin1String(key))) << key;
    EXPECT_GE(row[QStringLiteral("use_time")].toString(), rows.at(1)[QStringLiteral("use_time")].toString()) << "newest first";
    const QJsonObject second = getJson(QStringLiteral("/platformbiz/query_orders.dspy"),
                                       query({{QStringLiteral("page"), QStringLiteral("2")}}));
    EXPECT_EQ(second[QStringLiteral("data")][QStringLiteral("rows")].toArray().size(), 16);
    const QJsonObject small = getJson(QStringLiteral("/platformbiz/query_orders.dspy"),
                                      query({{QStringLiteral("page"), QStringLiteral("3")}, {QStringLiteral("pagerows"), QStringLiteral("10")}}));
    EXPECT_EQ(small[QStringLiteral("data")][QStringLiteral("rows")].toArray().size(), 10);
    EXPECT_EQ(small[QStringLiteral("data")][QStringLiteral("rows")].toArray().at(0), rows.at(20));
    EXPECT_EQ(messageOf(getJson(QStringLiteral("/platformbiz/query_orders.dspy"), query({{QStringLiteral("page"), QStringLiteral("0")}}))),
              QStringLiteral("page 参数格式错误"));
}

TEST_F(YuanjingWireFormatTest, ModelsComePerChineseTypeWithTheirInputFields)
{
    ASSERT_FALSE(signIn().isEmpty());
    const QJsonArray text = getJson(QStringLiteral("/llmage/get_type_llms.dspy"),
                                    query({{QStringLiteral("type"), QStringLiteral("文生视频")}}))[QStringLiteral("data")]
                                .toArray();
    ASSERT_EQ(text.size(), 2);
    EXPECT_EQ(text.at(0)[QStringLiteral("id")].toString(), QStringLiteral("vidu-q1"));
    const QJsonArray fields = text.at(0)[QStringLiteral("input_fields")].toArray();
    QStringList names;
    for (const QJsonValue &f : fields)
        names.append(f[QStringLiteral("name")].toString());
    EXPECT_EQ(names, (QStringList{QStringLiteral("prompt"), QStringLiteral("duration"), QStringLiteral("audio"),
                                  QStringLiteral("ratio"), QStringLiteral("resolution")}));
    EXPECT_EQ(fields.at(4)[QStringLiteral("data")].toArray().at(0).toObject(),
              QJsonObject({{QStringLiteral("value"), QStringLiteral("540p")}, {QStringLiteral("text"), QStringLiteral("540p")}}));
    const QJsonArray image = getJson(QStringLiteral("/llmage/get_type_llms.dspy"),
                                     query({{QStringLiteral("type"), QStringLiteral("图生视频")}}))[QStringLiteral("data")]
                                 .toArray();
    ASSERT_EQ(image.size(), 1);
    EXPECT_EQ(image.at(0)[QStringLiteral("input_fields")].toArray().at(0)[QStringLiteral("uitype")].toString(), QStringLiteral("image"));
    EXPECT_EQ(getJson(QStringLiteral("/llmage/get_type_llms.dspy"), query({{QStringLiteral("type"), QStringLiteral("参考生视频")}}))
                  [QStringLiteral("data")].toArray().size(),
              1);
    // No type, or an unknown one: text to video.
    EXPECT_EQ(getJson(QStringLiteral("/llmage/get_type_llms.dspy"))[QStringLiteral("data")].toArray(), text);
    EXPECT_EQ(getJson(QStringLiteral("/llmage/get_type_llms.dspy"), query({{QStringLiteral("type"), QStringLiteral("x")}}))
                  [QStringLiteral("data")].toArray(),
              text);
}

TEST_F(YuanjingWireFormatTest, TodaysTasksComeInTheSeedsShape)
{
    ASSERT_FALSE(signIn().isEmpty());
    const QJsonArray list = getJson(QStringLiteral("/llmage/get_my_asynctasks.dspy"))[QStringLiteral("data")].toArray();
    ASSERT_EQ(list.size(), 2) << "yesterday's task is not listed";
    const QJsonObject done = list.at(0)[QStringLiteral("tasks")].toObject();
    EXPECT_EQ(done.value(QStringLiteral("taskid")).toString(), QStringLiteral("t-5f1c0a2b9d3e"));
    EXPECT_EQ(done.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    const QJsonArray output = done[QStringLiteral("ioinfo")][QStringLiteral("output")].toArray();
    EXPECT_TRUE(output.last()[QStringLiteral("video")].toString().endsWith(u"/media/video/t-5f1c0a2b9d3e.mp4"));
    EXPECT_FALSE(done[QStringLiteral("ioinfo")][QStringLiteral("input")][QStringLiteral("prompt")].toString().isEmpty());
    const QJsonObject failed = list.at(1)[QStringLiteral("tasks")].toObject();
    EXPECT_EQ(failed.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    EXPECT_FALSE(failed[QStringLiteral("ioinfo")][QStringLiteral("output")].toArray().last()[QStringLiteral("error")].toString().isEmpty());
}

TEST_F(YuanjingWireFormatTest, TaskStatusAnswersInResponseAndUnknownTasksFail)
{
    ASSERT_FALSE(signIn().isEmpty());
    const QJsonObject o = getJson(QStringLiteral("/llmage/get_asynctask_status.dspy"),
                                  query({{QStringLiteral("taskid"), QStringLiteral("t-5f1c0a2b9d3e")}}));
    EXPECT_EQ(o[QStringLiteral("data")][QStringLiteral("response")][QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    const QJsonObject unknown = getJson(QStringLiteral("/llmage/get_asynctask_status.dspy"),
                                        query({{QStringLiteral("taskid"), QStringLiteral("t-none")}}));
    EXPECT_EQ(statusOf(unknown), QStringLiteral("ok"));
    EXPECT_EQ(unknown[QStringLiteral("data")][QStringLiteral("response")][QStringLiteral("status")].toString(), QStringLiteral("FAILED"));
    // Another user's task is unknown too.
    SimTestClient other(server->baseUrl(), QString());
    ASSERT_FALSE(signIn(YuanjingBackend::choosePhone(), QStringLiteral("u-2001"), &other).isEmpty());
    const QJsonObject foreign = getJson(QStringLiteral("/llmage/get_asynctask_status.dspy"),
                                        query({{QStringLiteral("taskid"), QStringLiteral("t-5f1c0a2b9d3e")}}), &other);
    EXPECT_EQ(foreign[QStringLiteral("data")][QStringLiteral("response")][QStringLiteral("error")].toString(), QStringLiteral("任务不存在"));
}

TEST_F(YuanjingWireFormatTest, PricingTestIsForOperators)
{
    ASSERT_FALSE(signIn().isEmpty());
    const QJsonObject usage{{QStringLiteral("seconds"), 5}, {QStringLiteral("resolution"), QStringLiteral("720p")}};
    const QJsonObject o = postJson(QStringLiteral("/pricing/test_pricing_program.dspy"),
                                   {{QStringLiteral("ppid"), QStringLiteral("pp-vidu-q1")}, {QStringLiteral("data"), usage}});
    EXPECT_EQ(o[QStringLiteral("data")][QStringLiteral("ppid")].toString(), QStringLiteral("pp-vidu-q1"));
    EXPECT_EQ(o[QStringLiteral("data")][QStringLiteral("data")].toObject(), usage);
    EXPECT_EQ(o[QStringLiteral("data")][QStringLiteral("result")].toDouble(), 2.0);
    EXPECT_EQ(messageOf(postJson(QStringLiteral("/pricing/test_pricing_program.dspy"),
                                 {{QStringLiteral("ppid"), QStringLiteral("pp-none")}, {QStringLiteral("data"), usage}})),
              QStringLiteral("定价项目不存在"));
    EXPECT_EQ(messageOf(postJson(QStringLiteral("/pricing/test_pricing_program.dspy"),
                                 {{QStringLiteral("ppid"), QStringLiteral("pp-vidu-q1")}, {QStringLiteral("data"), QJsonObject{}}})),
              QStringLiteral("计价失败：usage 缺少 seconds"));
    SimTestClient other(server->baseUrl(), QString());
    ASSERT_FALSE(signIn(YuanjingBackend::choosePhone(), QStringLiteral("u-2001"), &other).isEmpty());
    EXPECT_EQ(messageOf(postJson(QStringLiteral("/pricing/test_pricing_program.dspy"),
                                 {{QStringLiteral("ppid"), QStringLiteral("pp-vidu-q1")}, {QStringLiteral("data"), usage}}, &other)),
              QStringLiteral("没有权限执行定价测试"));
}

} // namespace
