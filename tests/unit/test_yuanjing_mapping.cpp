// 元境's JSON, decoded in one place: the envelope and its three statuses, 401/403 and
// "need login" as an ended session, the wire's typos ("redirct", "aapikey", "resposne"), the
// two shapes of the task list, input_fields in the shapes seen, money to the fen, and every
// JSONTestSuite case through every decoder.
#include "platforms/yuanjing/yuanjingmapping.h"

#include "core/redactor.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace suanli;
using namespace suanli::yuanjing;

namespace {

Result<HttpResponse> answer(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

Envelope ok(const QByteArray &body)
{
    const Result<Envelope> e = Mapping::envelope(answer(200, body));
    EXPECT_TRUE(e.ok()) << body.constData() << (e.ok() ? "" : e.error().message.toStdString());
    return e.ok() ? e.value() : Envelope{};
}

// The shared data set sits beside the repository (or beside the worktrees' folder).
QString sharedData(const QString &rel)
{
    const QDir source(QStringLiteral(SUANLI_SOURCE_DIR));
    for (const QString &up : {QStringLiteral("../shared/data/"), QStringLiteral("../../shared/data/")}) {
        const QString path = source.absoluteFilePath(up + rel);
        if (QFileInfo::exists(path))
            return path;
    }
    return source.absoluteFilePath(QStringLiteral("../shared/data/") + rel);
}

// ---- the envelope ----

TEST(YuanjingEnvelope, OkAndChooseComeThroughWithTheirData)
{
    const Envelope e = ok(R"({"status":"ok","data":{"key":"a1b2c3"}})");
    EXPECT_EQ(e.status, QStringLiteral("ok"));
    EXPECT_EQ(e.data.toObject().value(QStringLiteral("key")).toString(), QStringLiteral("a1b2c3"));
    EXPECT_EQ(ok(R"({"status":"choose","data":{"users":[]}})").status, QStringLiteral("choose"));
    // apply_apikey answers without data.
    EXPECT_TRUE(ok(R"({"status":"ok"})").data.isUndefined());
}

TEST(YuanjingEnvelope, ErrorsCarryThePlatformsMessage)
{
    const auto e = Mapping::envelope(answer(200, R"({"status":"error","data":{"message":"手机短信验证码出错"}})"));
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(e.error().message, QStringLiteral("手机短信验证码出错"));
    EXPECT_FALSE(e.error().retryable);
    // No message at all still says something.
    const auto bare = Mapping::envelope(answer(200, R"({"status":"error"})"));
    ASSERT_FALSE(bare);
    EXPECT_FALSE(bare.error().message.isEmpty());
    // The seed's garbled error example: message and key together.
    const auto garbled = Mapping::envelope(answer(200, R"({"status":"error","data":{"message":"发送验证码出错","key":"k"}})"));
    ASSERT_FALSE(garbled);
    EXPECT_EQ(garbled.error().message, QStringLiteral("发送验证码出错"));
}

TEST(YuanjingEnvelope, NeedLoginAnd401And403MeanTheSessionEnded)
{
    for (const QByteArray &body : {QByteArrayLiteral(R"({"status":"error","data":{"message":"need login"}})"),
                                   QByteArrayLiteral(R"({"status":"error","data":{"message":"请先登录"}})"),
                                   QByteArrayLiteral(R"({"status":"error","data":{"message":"登录已过期，请重新登录"}})")}) {
        const auto e = Mapping::envelope(answer(200, body));
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().kind, ApiError::Kind::Auth) << body.constData();
        EXPECT_EQ(e.error().message, Mapping::sessionExpiredMessage());
    }
    for (int status : {401, 403}) {
        const auto e = Mapping::envelope(answer(status, "401: Unauthorized"));
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error().kind, ApiError::Kind::Auth);
        EXPECT_EQ(e.error().httpStatus, status);
    }
    EXPECT_FALSE(Mapping::saysNeedLogin(QStringLiteral("账户余额不够")));
}

TEST(YuanjingEnvelope, HttpErrorsAndBrokenBodiesFail)
{
    const auto page = Mapping::envelope(answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().kind, ApiError::Kind::Http);
    EXPECT_TRUE(page.error().retryable);
    EXPECT_TRUE(page.error().message.contains(QStringLiteral("502 Bad Gateway")));
    EXPECT_FALSE(page.error().message.contains(u'<'));
    for (const QByteArray &body : {QByteArrayLiteral("Internal Server Error"), QByteArrayLiteral("[1,2]"),
                                   QByteArrayLiteral(R"({"status":"ok","data":)"), QByteArrayLiteral(R"({"data":{}})"),
                                   QByteArrayLiteral(R"({"status":"maybe"})"), QByteArray()}) {
        const auto e = Mapping::envelope(answer(200, body));
        ASSERT_FALSE(e) << body.constData();
        EXPECT_EQ(e.error().kind, ApiError::Kind::Parse) << body.constData();
    }
    ApiError network = ApiError::network(QStringLiteral("reset"), true);
    const auto passed = Mapping::envelope(network);
    ASSERT_FALSE(passed);
    EXPECT_TRUE(passed.error().ambiguous);
}

TEST(YuanjingEnvelope, SecretsInMessagesAreMasked)
{
    Redactor::registerSecret(QStringLiteral("s-0123456789abcdef"));
    const auto e = Mapping::envelope(answer(200, R"({"status":"error","data":{"message":"bad cookie s-0123456789abcdef"}})"));
    ASSERT_FALSE(e);
    EXPECT_FALSE(e.error().message.contains(QStringLiteral("s-0123456789abcdef")));
}

// ---- sign-in ----

TEST(YuanjingSignIn, TheSmsKeyIsRequired)
{
    EXPECT_EQ(Mapping::smsKey(ok(R"({"status":"ok","data":{"key":"a1b2c3","message":"短信码已生成"}})")).value(), QStringLiteral("a1b2c3"));
    const auto missing = Mapping::smsKey(ok(R"({"status":"ok","data":{"message":"短信码已生成"}})"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ApiError::Kind::Parse);
}

TEST(YuanjingSignIn, OkGivesTheUserWithNicknameFallingBackToUsername)
{
    const auto r = Mapping::login(ok(R"({"status":"ok","data":{"user":{"id":"u1","username":"13800000000","orgid":"o1","nick_name":"Alice","extra":1}}})"),
                                  QStringLiteral("k"));
    ASSERT_TRUE(r);
    EXPECT_TRUE(r.value().signedIn);
    EXPECT_EQ(r.value().user.id, QStringLiteral("u1"));
    EXPECT_EQ(r.value().user.orgid, QStringLiteral("o1"));
    EXPECT_EQ(r.value().user.displayName(), QStringLiteral("Alice"));
    const auto plain = Mapping::login(ok(R"({"status":"ok","data":{"user":{"id":7,"username":"bob","nick_name":""}}})"), {});
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain.value().user.id, QStringLiteral("7"));
    EXPECT_EQ(plain.value().user.displayName(), QStringLiteral("bob"));
    EXPECT_FALSE(Mapping::login(ok(R"({"status":"ok","data":{}})"), {}));
    EXPECT_FALSE(Mapping::login(ok(R"({"status":"ok","data":{"user":{"username":"x"}}})"), {}));
}

TEST(YuanjingSignIn, ChooseListsTheAccountsAndKeepsAKey)
{
    const auto r = Mapping::login(ok(R"({"status":"choose","data":{"key":"k2","users":[{"id":"u1","username":"alice"},{"id":"u2","username":"alice-corp","mobile":"13900000000"}]}})"),
                                  QStringLiteral("k1"));
    ASSERT_TRUE(r);
    EXPECT_FALSE(r.value().signedIn);
    ASSERT_EQ(r.value().candidates.size(), 2);
    EXPECT_EQ(r.value().candidates.at(1).username, QStringLiteral("alice-corp"));
    EXPECT_EQ(r.value().candidates.at(1).mobile, QStringLiteral("13900000000"));
    EXPECT_EQ(r.value().key, QStringLiteral("k2"));
    // The platform's code leaves the key out: the first one holds.
    const auto noKey = Mapping::login(ok(R"({"status":"choose","data":{"users":[{"id":"u1","username":"alice"}]}})"), QStringLiteral("k1"));
    ASSERT_TRUE(noKey);
    EXPECT_EQ(noKey.value().key, QStringLiteral("k1"));
    EXPECT_FALSE(Mapping::login(ok(R"({"status":"choose","data":{"users":[]}})"), {}));
    EXPECT_FALSE(Mapping::login(ok(R"({"status":"choose","data":{"users":[{"username":"x"}]}})"), {}));
    EXPECT_FALSE(Mapping::login(ok(R"({"status":"choose","data":{}})"), {}));
}

// ---- money ----

TEST(YuanjingMoney, RechargeReadsRedirctThenRedirect)
{
    EXPECT_EQ(Mapping::rechargeUrl(ok(R"({"status":"ok","data":{"redirct":"https://openapi.alipay.com/gateway.do?x=1"}})")).value(),
              QUrl(QStringLiteral("https://openapi.alipay.com/gateway.do?x=1")));
    EXPECT_EQ(Mapping::rechargeUrl(ok(R"({"status":"ok","data":{"redirect":"https://pay.example.com/p"}})")).value().host(),
              QStringLiteral("pay.example.com"));
    const auto missing = Mapping::rechargeUrl(ok(R"({"status":"ok","data":{}})"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("redirct")));
    EXPECT_FALSE(Mapping::rechargeUrl(ok(R"({"status":"ok","data":{"redirct":"javascript:void"}})")));
}

TEST(YuanjingMoney, BalanceIsAListRoundedToTheFen)
{
    const auto r = Mapping::balances(ok(R"({"status":"ok","data":[{"account":"现金账户","balance":88.5},{"account":"赠送账户","balance":"20.005"},{"account":"x","balance":0.1}]})"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r.value().size(), 3);
    EXPECT_EQ(r.value().at(0).account, QStringLiteral("现金账户"));
    EXPECT_EQ(r.value().at(0).balance.fen(), 8850);
    EXPECT_EQ(r.value().at(1).balance.fen(), 2001);
    EXPECT_EQ(r.value().at(2).balance.fen(), 10);
    // One account without the list around it.
    const auto single = Mapping::balances(ok(R"({"status":"ok","data":{"account":"现金账户","balance":1}})"));
    ASSERT_TRUE(single);
    EXPECT_EQ(single.value().size(), 1);
    EXPECT_TRUE(Mapping::balances(ok(R"({"status":"ok","data":[]})")).value().isEmpty());
    EXPECT_FALSE(Mapping::balances(ok(R"({"status":"ok","data":[{"account":"现金账户"}]})")));
    EXPECT_FALSE(Mapping::balances(ok(R"({"status":"ok","data":"88.5"})")));
}

TEST(YuanjingMoney, PriceAndPricingResult)
{
    const auto q = Mapping::price(ok(R"({"status":"ok","data":{"list_price":2.0,"price":1.6,"config_data":{"duration":5,"resolution":"720p"}}})"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q.value().listPrice.fen(), 200);
    EXPECT_EQ(q.value().price.fen(), 160);
    EXPECT_EQ(q.value().configData.value(QStringLiteral("duration")).toInt(), 5);
    EXPECT_FALSE(Mapping::price(ok(R"({"status":"ok","data":{"list_price":2.0}})")));
    const auto p = Mapping::pricing(ok(R"({"status":"ok","data":{"ppid":"pp-vidu","data":{"seconds":5},"result":1.6}})"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p.value().ppid, QStringLiteral("pp-vidu"));
    EXPECT_EQ(p.value().result.fen(), 160);
    EXPECT_FALSE(Mapping::pricing(ok(R"({"status":"ok","data":{"ppid":"pp"}})")));
}

TEST(YuanjingMoney, OrdersWithTheirDatesUsageAndStatuses)
{
    const auto r = Mapping::orders(ok(R"({"status":"ok","data":{"total":97,"rows":[{"llmid":"vidu-q1","name":"Vidu","model":"viduq1","use_date":"2025-06-05","use_time":"2025-06-05 12:30:00","usage":{"seconds":5,"resolution":"720p","audio":true},"amount":1.6,"userid":"u1","userorgid":"o1","status":"SUCCEEDED","accounting_status":"accounted"}]}})"),
                                   2, 10);
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().total, 97);
    EXPECT_EQ(r.value().page, 2);
    EXPECT_EQ(r.value().pageRows, 10);
    ASSERT_EQ(r.value().rows.size(), 1);
    const Order &o = r.value().rows.constFirst();
    EXPECT_EQ(o.amount.fen(), 160);
    EXPECT_EQ(o.usedAt, QDateTime(QDate(2025, 6, 5), QTime(12, 30), QTimeZone(8 * 3600)));
    EXPECT_EQ(o.usage, QStringLiteral("5 s · 720p · audio"));
    EXPECT_EQ(o.accountingStatus, QStringLiteral("accounted"));
    EXPECT_TRUE(Mapping::orders(ok(R"({"status":"ok","data":{"total":0,"rows":[]}})"), 1, 80).value().rows.isEmpty());
    EXPECT_FALSE(Mapping::orders(ok(R"({"status":"ok","data":{"rows":{}}})"), 1, 80));
    EXPECT_FALSE(Mapping::orders(ok(R"({"status":"ok","data":{"rows":[1]}})"), 1, 80));
}

// ---- API keys ----

TEST(YuanjingKeys, AppsReadAppnameOrName)
{
    const auto r = Mapping::apps(ok(R"({"status":"ok","data":{"apikeys":[{"id":"d1","appname":"my-desktop"},{"id":2,"name":"from-code","apikeyid":"k"}]}})"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r.value().size(), 2);
    EXPECT_EQ(r.value().at(0).appname, QStringLiteral("my-desktop"));
    EXPECT_EQ(r.value().at(1).id, QStringLiteral("2"));
    EXPECT_EQ(r.value().at(1).appname, QStringLiteral("from-code"));
    EXPECT_TRUE(Mapping::apps(ok(R"({"status":"ok","data":{}})")).value().isEmpty());
    EXPECT_FALSE(Mapping::apps(ok(R"({"status":"ok","data":{"apikeys":[{"appname":"x"}]}})")));
}

TEST(YuanjingKeys, TheKeyIsReadWithTheDoubleAAndRegisteredAsASecret)
{
    const auto r = Mapping::apiKey(ok(R"({"status":"ok","data":{"appname":"my-desktop","aapikey":"k-abcdef123456","secretkey":"s-fedcba654321"}})"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().apikey, QStringLiteral("k-abcdef123456"));
    EXPECT_EQ(r.value().secretkey, QStringLiteral("s-fedcba654321"));
    EXPECT_EQ(Redactor::redact(QStringLiteral("k-abcdef123456 s-fedcba654321")), Redactor::mask + u' ' + Redactor::mask);
    const auto single = Mapping::apiKey(ok(R"({"status":"ok","data":{"name":"x","apikey":"k-single-aaaa","secretkey":"s"}})"));
    ASSERT_TRUE(single);
    EXPECT_EQ(single.value().apikey, QStringLiteral("k-single-aaaa"));
    EXPECT_EQ(single.value().appname, QStringLiteral("x"));
    EXPECT_FALSE(Mapping::apiKey(ok(R"({"status":"ok","data":{"appname":"x"}})")));
}

// ---- models ----

TEST(YuanjingModels, InputFieldsAsTheSimulatorAndTheDocumentShowThem)
{
    const auto r = Mapping::models(ok(R"({"status":"ok","data":[{"id":"vidu-q1","name":"Vidu Q1","model":"viduq1","description":"d",
        "input_fields":[{"name":"prompt","label":"提示词","uitype":"text"},
                        {"name":"duration","uitype":"int","min":1,"max":15,"value":5},
                        {"name":"audio","uitype":"check","value":false},
                        {"name":"ratio","data":[{"value":"16:9"},{"value":"9:16"}]},
                        {"name":"resolution","uitype":"code","data":[{"value":"540p","text":"540p 标清"},{"value":"720p","text":"720p"}],"value":"720p"},
                        {"name":"image","uitype":"image","required":true}]}]})"),
                                   VideoType::ImageToVideo);
    ASSERT_TRUE(r);
    ASSERT_EQ(r.value().size(), 1);
    const VideoModel &m = r.value().constFirst();
    EXPECT_EQ(m.id, QStringLiteral("vidu-q1"));
    EXPECT_EQ(m.type, VideoType::ImageToVideo);
    ASSERT_EQ(m.fields.size(), 6);
    EXPECT_EQ(m.field(QStringLiteral("prompt"))->label, QStringLiteral("提示词"));
    EXPECT_TRUE(m.field(QStringLiteral("prompt"))->required);
    EXPECT_EQ(m.field(QStringLiteral("duration"))->kind, InputField::Kind::Integer);
    EXPECT_EQ(m.field(QStringLiteral("duration"))->maximum, 15);
    EXPECT_EQ(m.field(QStringLiteral("duration"))->defaultValue.toInt(), 5);
    EXPECT_EQ(m.field(QStringLiteral("audio"))->kind, InputField::Kind::Boolean);
    EXPECT_EQ(m.field(QStringLiteral("ratio"))->kind, InputField::Kind::Choice);
    EXPECT_EQ(m.field(QStringLiteral("ratio"))->choices, (QStringList{QStringLiteral("16:9"), QStringLiteral("9:16")}));
    EXPECT_EQ(m.field(QStringLiteral("resolution"))->choiceLabels.at(0), QStringLiteral("540p 标清"));
    EXPECT_EQ(m.field(QStringLiteral("resolution"))->defaultValue.toString(), QStringLiteral("720p"));
    EXPECT_EQ(m.field(QStringLiteral("image"))->kind, InputField::Kind::Image);
    EXPECT_TRUE(m.needsImage());
}

TEST(YuanjingModels, FieldsKeyedByNameOrMissing)
{
    const QList<InputField> keyed = Mapping::inputFields(
        QJsonDocument::fromJson(R"({"duration":{"type":"int"},"resolution":{"options":["540p","1080p"]}})").object(),
        VideoType::TextToVideo);
    ASSERT_EQ(keyed.size(), 3) << "a prompt is added";
    EXPECT_EQ(keyed.at(0).name, QStringLiteral("prompt"));
    EXPECT_EQ(keyed.at(1).minimum, 1) << "the document's range where the model gives none";
    EXPECT_EQ(keyed.at(1).maximum, 15);
    EXPECT_EQ(keyed.at(2).choices, (QStringList{QStringLiteral("540p"), QStringLiteral("1080p")}));
    // None given: the fields the document names.
    const QList<InputField> none = Mapping::inputFields(QJsonValue(), VideoType::ImageToVideo);
    QStringList names;
    for (const InputField &f : none)
        names.append(f.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("image"), QStringLiteral("prompt"), QStringLiteral("duration"),
                                  QStringLiteral("audio"), QStringLiteral("ratio"), QStringLiteral("resolution")}));
    EXPECT_EQ(Mapping::inputFields(QJsonValue(), VideoType::TextToVideo).constFirst().name, QStringLiteral("prompt"));
    // As JSON text.
    EXPECT_EQ(Mapping::inputFields(QStringLiteral(R"([{"name":"prompt"},{"name":"seed","uitype":"int"}])"),
                                   VideoType::TextToVideo).size(),
              2);
    EXPECT_FALSE(Mapping::models(ok(R"({"status":"ok","data":[{"name":"no id"}]})"), VideoType::TextToVideo));
    EXPECT_FALSE(Mapping::models(ok(R"({"status":"ok","data":{}})"), VideoType::TextToVideo));
}

TEST(YuanjingModels, TypesAreChineseLiteralsOnTheWire)
{
    EXPECT_EQ(Mapping::typeKey(VideoType::TextToVideo), QStringLiteral("文生视频"));
    EXPECT_EQ(Mapping::typeKey(VideoType::ImageToVideo), QStringLiteral("图生视频"));
    EXPECT_EQ(Mapping::typeKey(VideoType::ReferenceToVideo), QStringLiteral("参考生视频"));
    EXPECT_EQ(Mapping::typeFromKey(QStringLiteral("image")), VideoType::ImageToVideo);
    EXPECT_EQ(Mapping::typeFromKey(QStringLiteral("参考生视频")), VideoType::ReferenceToVideo);
    EXPECT_EQ(Mapping::typeFromKey(QStringLiteral("TEXT")), VideoType::TextToVideo);
    EXPECT_FALSE(Mapping::typeFromKey(QStringLiteral("audio")).has_value());
}

// ---- tasks ----

TEST(YuanjingTasks, TheSeedsShapeAndTheCodesShape)
{
    const QByteArray seed = R"({"status":"ok","data":[{"tasks":{"taskid":"t-123","llmid":"vidu-q1","created_at":"2025-06-05 09:00:00",
        "ioinfo":{"input":{"prompt":"a cat"},"output":[{"status":"CREATED"},{"status":"SUCCEEDED","video":"https://v/1.mp4","usage":{"seconds":5}}]},"status":"SUCCEEDED"}}]})";
    const auto a = Mapping::tasks(ok(seed));
    ASSERT_TRUE(a);
    ASSERT_EQ(a.value().size(), 1);
    const VideoTask &t = a.value().constFirst();
    EXPECT_EQ(t.taskId, QStringLiteral("t-123"));
    EXPECT_EQ(t.prompt, QStringLiteral("a cat"));
    EXPECT_EQ(t.video, QStringLiteral("https://v/1.mp4")) << "the last output item";
    EXPECT_EQ(t.usage.value(QStringLiteral("seconds")).toInt(), 5);
    EXPECT_TRUE(t.succeeded());
    EXPECT_EQ(t.createdAt, QDateTime(QDate(2025, 6, 5), QTime(9, 0), QTimeZone(8 * 3600)));

    const auto b = Mapping::tasks(ok(R"({"status":"ok","data":{"tasks":[{"taskid":"t-1","status":"FAILED","ioinfo":{"output":[{"status":"FAILED","error":"bad prompt"}]}},{"taskid":"t-2","status":"RUNNING"}]}})"));
    ASSERT_TRUE(b);
    ASSERT_EQ(b.value().size(), 2);
    EXPECT_EQ(b.value().at(0).error, QStringLiteral("bad prompt"));
    EXPECT_TRUE(b.value().at(0).failed());
    EXPECT_FALSE(b.value().at(1).finished());
    // ioinfo as a JSON string; the status only in the output.
    const auto c = Mapping::tasks(ok(R"({"status":"ok","data":[{"tasks":{"taskid":"t-3","ioinfo":"{\"output\":[{\"status\":\"SUCCEEDED\",\"video\":\"https://v/3\"}]}"}}]})"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c.value().constFirst().status, QStringLiteral("SUCCEEDED"));
    EXPECT_EQ(c.value().constFirst().video, QStringLiteral("https://v/3"));
    EXPECT_TRUE(Mapping::tasks(ok(R"({"status":"ok","data":[]})")).value().isEmpty());
    EXPECT_TRUE(Mapping::tasks(ok(R"({"status":"ok","data":{"tasks":[]}})")).value().isEmpty());
    EXPECT_FALSE(Mapping::tasks(ok(R"({"status":"ok","data":[{"tasks":{"status":"x"}}]})")));
    EXPECT_FALSE(Mapping::tasks(ok(R"({"status":"ok","data":"none"})")));
}

TEST(YuanjingTasks, StatusReadsResponseOrResposne)
{
    const auto a = Mapping::taskStatus(ok(R"({"status":"ok","data":{"response":{"taskid":"t-123","status":"SUCCEEDED","video":"https://v/o.mp4"}}})"),
                                       QStringLiteral("t-123"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a.value().kind, VideoEvent::Kind::Succeeded);
    EXPECT_EQ(a.value().video, QStringLiteral("https://v/o.mp4"));
    const auto b = Mapping::taskStatus(ok(R"({"status":"ok","data":{"resposne":{"status":"FAILED","error":"任务不存在"}}})"),
                                       QStringLiteral("t-9"));
    ASSERT_TRUE(b);
    EXPECT_EQ(b.value().kind, VideoEvent::Kind::Failed);
    EXPECT_EQ(b.value().taskId, QStringLiteral("t-9"));
    EXPECT_EQ(b.value().error, QStringLiteral("任务不存在"));
    const auto running = Mapping::taskStatus(ok(R"({"status":"ok","data":{"response":{"status":"PROCESSING","progress":30}}})"), QStringLiteral("t"));
    ASSERT_TRUE(running);
    EXPECT_EQ(running.value().kind, VideoEvent::Kind::Progress);
    EXPECT_EQ(running.value().progress, 30);
    EXPECT_FALSE(Mapping::taskStatus(ok(R"({"status":"ok","data":{}})"), QStringLiteral("t")));
}

TEST(YuanjingTasks, StatusesAndTheTableRow)
{
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("SUCCEEDED")), ResourceStatus::Succeeded);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("FAILED")), ResourceStatus::Failed);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("CREATED")), ResourceStatus::Pending);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("PROCESSING")), ResourceStatus::Running);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("anything else")), ResourceStatus::Running);
    EXPECT_EQ(Mapping::normalizedStatus(QString()), ResourceStatus::Unknown);

    VideoTask t;
    t.taskId = QStringLiteral("t-1");
    t.status = QStringLiteral("SUCCEEDED");
    t.prompt = QString(100, u'猫');
    t.video = QStringLiteral("https://v/1.mp4");
    t.llmid = QStringLiteral("vidu-q1");
    const Resource r = Mapping::toResource(t, QStringLiteral("acc"));
    EXPECT_EQ(r.kind, ResourceKind::VideoTask);
    EXPECT_EQ(r.platform, QStringLiteral("yuanjing"));
    EXPECT_EQ(r.id, QStringLiteral("t-1"));
    EXPECT_EQ(r.name.size(), 80);
    EXPECT_EQ(r.webUrl, QStringLiteral("https://v/1.mp4"));
    EXPECT_EQ(r.status, ResourceStatus::Succeeded);
    EXPECT_EQ(r.raw.value(QStringLiteral("llmid")).toString(), QStringLiteral("vidu-q1"));
    t.status = QStringLiteral("FAILED");
    t.error = QStringLiteral("内容审核未通过");
    const Resource f = Mapping::toResource(t, QStringLiteral("acc"));
    EXPECT_TRUE(f.webUrl.isEmpty());
    EXPECT_TRUE(f.statusText.contains(QStringLiteral("内容审核未通过")));
}

TEST(YuanjingTasks, TheRequestBody)
{
    VideoRequest r;
    r.llmid = QStringLiteral("vidu-q1");
    r.prompt = QStringLiteral("a cat");
    r.duration = 7;
    r.audio = true;
    r.ratio = QStringLiteral("9:16");
    r.extra.insert(QStringLiteral("seed"), 42);
    const QJsonObject o = r.toJson();
    EXPECT_EQ(o.value(QStringLiteral("duration")).toInt(), 7);
    EXPECT_TRUE(o.value(QStringLiteral("audio")).toBool());
    EXPECT_FALSE(o.contains(QStringLiteral("resolution"))) << "not given, not sent";
    EXPECT_FALSE(o.contains(QStringLiteral("image")));
    EXPECT_EQ(o.value(QStringLiteral("seed")).toInt(), 42);
    const QJsonObject config = r.priceConfig();
    EXPECT_FALSE(config.contains(QStringLiteral("prompt")));
    EXPECT_FALSE(config.contains(QStringLiteral("llmid")));
    EXPECT_EQ(config.value(QStringLiteral("ratio")).toString(), QStringLiteral("9:16"));
}

// ---- every JSONTestSuite case through every decoder ----

TEST(YuanjingDecoders, JsonTestSuite)
{
    const QDir dir(sharedData(QStringLiteral("jsontestsuite/test_parsing")));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 300) << "JSONTestSuite not found at " << dir.absolutePath().toStdString();
    int invalid = 0;
    int rejected = 0;
    auto feed = [](const Envelope &e) {
        (void)Mapping::smsKey(e);
        (void)Mapping::login(e, QStringLiteral("k"));
        (void)Mapping::rechargeUrl(e);
        (void)Mapping::apps(e);
        (void)Mapping::apiKey(e);
        (void)Mapping::balances(e);
        (void)Mapping::price(e);
        (void)Mapping::orders(e, 1, 80);
        (void)Mapping::models(e, VideoType::ImageToVideo);
        if (auto tasks = Mapping::tasks(e)) {
            for (const VideoTask &t : tasks.value())
                (void)Mapping::toResource(t, {});
        }
        (void)Mapping::taskStatus(e, QStringLiteral("t"));
        (void)Mapping::pricing(e);
    };
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        const QString name = fi.fileName();
        const auto bare = Mapping::envelope(answer(200, body));
        if (name.startsWith(u"n_")) {
            ++invalid;
            if (!bare && bare.error().kind == ApiError::Kind::Parse)
                ++rejected;
        }
        // As the data of each status, and inside each place a list or an object is read.
        for (const char *status : {"ok", "choose"}) {
            const auto wrapped = Mapping::envelope(answer(200, QByteArray("{\"status\":\"") + status + "\",\"data\":" + body + "}"));
            if (wrapped)
                feed(wrapped.value());
            for (const char *key : {"user", "users", "apikeys", "rows", "tasks", "response", "resposne", "input_fields", "redirct"}) {
                const auto inner = Mapping::envelope(
                    answer(200, QByteArray("{\"status\":\"") + status + "\",\"data\":{\"" + key + "\":" + body + "}}"));
                if (inner)
                    feed(inner.value());
            }
            const auto asModel = Mapping::envelope(
                answer(200, QByteArray(R"({"status":"ok","data":[{"id":"m","input_fields":)") + body + "}]}"));
            if (asModel)
                feed(asModel.value());
        }
        // As a line of the video stream.
        (void)Mapping::videoEvent(body);
        // An error answer with this body never crashes and always says something.
        const auto failed = Mapping::envelope(answer(500, body));
        ASSERT_FALSE(failed);
        EXPECT_FALSE(failed.error().message.isEmpty());
    }
    EXPECT_GT(invalid, 150);
    EXPECT_EQ(rejected, invalid) << "every body JSON calls invalid is a Parse error";
}

} // namespace
