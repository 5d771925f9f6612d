#include "platforms/chenyu/chenyumapping.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

using namespace suanli;
using namespace suanli::chenyu;

namespace {

Result<HttpResponse> ok200(const QByteArray &body)
{
    HttpResponse r;
    r.status = 200;
    r.body = body;
    return r;
}

QString sharedData(const QString &rel)
{
    // The shared data set sits beside the repository.
    return QDir(QStringLiteral(SUANLI_SOURCE_DIR)).absoluteFilePath(QStringLiteral("../shared/data/") + rel);
}

} // namespace

TEST(ChenyuEnvelope, SuccessWithStringCode)
{
    auto r = Mapping::envelope(ok200(R"({"code":"0","msg":"","result":{"balance":"12.50"}})"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().value(QStringLiteral("balance")).toString(), QStringLiteral("12.50"));
    // An absent or null result is an empty payload, not an error.
    EXPECT_TRUE(Mapping::envelope(ok200(R"({"code":"0","msg":""})")));
    EXPECT_TRUE(Mapping::envelope(ok200(R"({"code":"0","msg":"","result":null})")));
}

TEST(ChenyuEnvelope, NotLoggedInIsAnAuthError)
{
    auto r = Mapping::envelope(ok200(R"({"code":"2","msg":"未登录","result":{}})"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(r.error().platformCode, QStringLiteral("2"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("API key")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("未登录")));
}

TEST(ChenyuEnvelope, SystemErrorAndOtherCodesCarryTheMessage)
{
    auto r = Mapping::envelope(ok200(R"({"code":"-2","msg":"实例不存在","result":{}})"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(r.error().platformCode, QStringLiteral("-2"));
    EXPECT_EQ(r.error().message, QStringLiteral("实例不存在"));
    auto other = Mapping::envelope(ok200(R"({"code":"17","msg":"余额不足"})"));
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().message, QStringLiteral("余额不足"));
}

TEST(ChenyuEnvelope, BrokenBodiesAreParseErrors)
{
    for (const QByteArray &body : {QByteArray(""), QByteArray("<html>"), QByteArray("[]"), QByteArray(R"({"msg":"x"})"),
                                  QByteArray(R"({"code":"0","result":"text"})"), QByteArray(R"({"code":"0","result":{)")}) {
        auto r = Mapping::envelope(ok200(body));
        ASSERT_FALSE(r) << body.constData();
        EXPECT_EQ(r.error().kind, ApiError::Kind::Parse) << body.constData();
    }
}

TEST(ChenyuEnvelope, HttpErrorsAndTransportErrorsPassThrough)
{
    HttpResponse bad;
    bad.status = 502;
    bad.body = "<html>Bad gateway</html>";
    auto r = Mapping::envelope(Result<HttpResponse>(bad));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(r.error().httpStatus, 502);
    HttpResponse unauthorized;
    unauthorized.status = 401;
    EXPECT_EQ(Mapping::envelope(Result<HttpResponse>(unauthorized)).error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(Mapping::envelope(Result<HttpResponse>(ApiError::timeout())).error().kind, ApiError::Kind::Timeout);
}

// The examples of the API document, field for field.
TEST(ChenyuPayloads, BalanceExample)
{
    auto env = Mapping::envelope(ok200(R"({"code":"0","msg":"","result":{"balance":"12.50","cards":[{"uuid":"c1","title":"新手卡","card_no":"N1","valid_days":30,"bind_time":"2019-08-24T14:15:22Z","expire_date":"2019-09-23T14:15:22Z","bind_txt":"…","sale_price":0,"face_price":50,"leave_amount":20.5,"pods":[],"remark":"","status":0,"status_txt":"可用"}]}})"));
    ASSERT_TRUE(env);
    auto b = Mapping::balance(env.value());
    ASSERT_TRUE(b);
    EXPECT_EQ(b.value().balance.fen(), 1250);
    ASSERT_EQ(b.value().cards.size(), 1);
    const ComputeCard &c = b.value().cards.first();
    EXPECT_EQ(c.title, QStringLiteral("新手卡"));
    EXPECT_EQ(c.validDays, 30);
    EXPECT_EQ(c.leaveAmount.fen(), 2050);
    EXPECT_EQ(c.facePrice.fen(), 5000);
    EXPECT_EQ(c.expireDate, QDateTime(QDate(2019, 9, 23), QTime(14, 15, 22), QTimeZone::utc()));
    EXPECT_EQ(b.value().spendable().fen(), 1250 + 2050);
    EXPECT_FALSE(Mapping::balance(QJsonObject{{QStringLiteral("balance"), QStringLiteral("n/a")}}));
}

TEST(ChenyuPayloads, PagedListsWithStringTotals)
{
    auto rech = Mapping::recharges(QJsonDocument::fromJson(R"({"total":"12","items":[{"created_at":"2019-08-24T14:15:22Z","pay_time":"2019-08-24T14:15:22Z","out_trade_no":"T1","pay_channel":"alipay","amount":100}]})").object());
    ASSERT_TRUE(rech);
    EXPECT_EQ(rech.value().total, 12);
    EXPECT_EQ(rech.value().items.first().amount.fen(), 10000);
    EXPECT_EQ(rech.value().items.first().payChannel, QStringLiteral("alipay"));

    auto bills = Mapping::bills(QJsonDocument::fromJson(R"({"total":"1","items":[{"created_at":"2019-08-24T14:15:22Z","order_no":"O1","occurred_amount":1.2,"card_txt":"","show":"RTX 4090 1小时"}]})").object());
    ASSERT_TRUE(bills);
    EXPECT_EQ(bills.value().items.first().occurredAmount.fen(), 120);
    EXPECT_EQ(bills.value().items.first().show, QStringLiteral("RTX 4090 1小时"));

    // An empty page may come without items.
    auto empty = Mapping::bills(QJsonDocument::fromJson(R"({"total":"0"})").object());
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty.value().items.isEmpty());
    EXPECT_FALSE(Mapping::bills(QJsonDocument::fromJson(R"({"total":"1","items":"x"})").object()));
    EXPECT_FALSE(Mapping::bills(QJsonDocument::fromJson(R"({"total":"1","items":[3]})").object()));
}

TEST(ChenyuPayloads, PodsSplitTheirTagString)
{
    auto pods = Mapping::pods(QJsonDocument::fromJson(R"({"total":"1","items":[{"uuid":"p1","title":"ComfyUI","image_tags":"v1,v2, v3","image_tag":"v2","pod_name":"comfyui","status":1,"status_txt":"…","created_at":"2019-08-24T14:15:22Z"}]})").object());
    ASSERT_TRUE(pods);
    const Pod &p = pods.value().items.first();
    EXPECT_EQ(p.imageTags, (QStringList{QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3")}));
    EXPECT_EQ(p.imageTag, QStringLiteral("v2"));
    EXPECT_EQ(Mapping::splitTags(QStringLiteral("a，b;c  d|a")),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    EXPECT_TRUE(Mapping::splitTags(QString()).isEmpty());
}

TEST(ChenyuPayloads, GpuModelsMixStringAndNumberPrices)
{
    auto g = Mapping::gpuModels(QJsonDocument::fromJson(R"({"total":"1","no_card_price":0.1,"items":[{"uuid":"g1","title":"RTX 4090","desc":"24GB","price":"1.20","remark":"","status":1,"status_txt":"…","created_at":"2019-08-24T14:15:22Z","free_txt":"空闲 3"}]})").object());
    ASSERT_TRUE(g);
    EXPECT_EQ(g.value().noCardPrice.fen(), 10);
    EXPECT_EQ(g.value().models.first().price.fen(), 120);
    EXPECT_EQ(g.value().models.first().freeText, QStringLiteral("空闲 3"));
}

TEST(ChenyuPayloads, CreatedInstanceAndResource)
{
    auto env = Mapping::envelope(ok200(R"({"code":"0","msg":"","result":{"instance":{"uuid":"i1","title":"my-comfy","pod_uuid":"p1","pod_title":"ComfyUI","pod_name":"comfyui","pod_price":"1.20","pod_startup_elapse":60,"image_tag":"v2","out_web_url":"https://x.example/","category":0,"gpus":1,"no_card":0,"gpu_model_name":"RTX 4090","charging_type":0,"charging_type_name":"按量","charging_num":0,"price_h":1.2,"instance_type_txt":"…","status":0,"status_txt":"已创建"}}})"));
    ASSERT_TRUE(env);
    auto i = Mapping::createdInstance(env.value());
    ASSERT_TRUE(i);
    EXPECT_EQ(i.value().uuid, QStringLiteral("i1"));
    EXPECT_EQ(i.value().podPrice->fen(), 120);
    EXPECT_EQ(i.value().priceHour->fen(), 120);
    const Resource r = Mapping::toResource(i.value(), QStringLiteral("acc"));
    EXPECT_EQ(r.platform, QStringLiteral("chenyu"));
    EXPECT_EQ(r.kind, ResourceKind::Instance);
    EXPECT_EQ(r.name, QStringLiteral("my-comfy"));
    EXPECT_EQ(r.status, ResourceStatus::Stopped);
    EXPECT_EQ(r.statusText, QStringLiteral("已创建"));
    EXPECT_EQ(r.gpuModel, QStringLiteral("RTX 4090"));
    EXPECT_EQ(r.gpuCount, 1);
    EXPECT_EQ(r.pricePerHour->fen(), 120);
    EXPECT_EQ(r.webUrl, QStringLiteral("https://x.example/"));
    EXPECT_EQ(r.raw.value(QStringLiteral("charging_type_name")).toString(), QStringLiteral("按量"));
    EXPECT_FALSE(Mapping::createdInstance(QJsonObject{}));
}

TEST(ChenyuPayloads, StatusEnum)
{
    EXPECT_EQ(Mapping::normalizedStatus(0), ResourceStatus::Stopped);
    EXPECT_EQ(Mapping::normalizedStatus(1), ResourceStatus::Starting);
    EXPECT_EQ(Mapping::normalizedStatus(2), ResourceStatus::Running);
    EXPECT_EQ(Mapping::normalizedStatus(3), ResourceStatus::Stopping);
    EXPECT_EQ(Mapping::normalizedStatus(4), ResourceStatus::Stopped);
    EXPECT_EQ(Mapping::normalizedStatus(9), ResourceStatus::Destroyed);
    EXPECT_EQ(Mapping::normalizedStatus(5), ResourceStatus::Unknown);
    auto s = Mapping::instanceState(QJsonDocument::fromJson(R"({"instance":{"status":2,"status_txt":"运行中"}})").object());
    ASSERT_TRUE(s);
    EXPECT_EQ(s.value().status, 2);
    EXPECT_FALSE(Mapping::instanceState(QJsonDocument::fromJson(R"({"instance":{}})").object()));
    // The list needs a uuid on every row.
    EXPECT_FALSE(Mapping::instances(QJsonDocument::fromJson(R"({"total":"1","items":[{"title":"x"}]})").object()));
}

// Every JSONTestSuite case, as a whole body and as the payload inside a valid envelope: the
// decoder never crashes, rejects what is not JSON, and never reports success for a body that
// lacks the envelope.
TEST(ChenyuEnvelope, JsonTestSuite)
{
    const QDir dir(sharedData(QStringLiteral("jsontestsuite/test_parsing")));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 300) << "JSONTestSuite not found at " << dir.absolutePath().toStdString();
    int rejectedInvalid = 0;
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        const QString name = fi.fileName();

        auto bare = Mapping::envelope(ok200(body));
        EXPECT_FALSE(bare) << name.toStdString(); // none of them carries "code"
        if (!bare) {
            EXPECT_EQ(bare.error().kind, ApiError::Kind::Parse) << name.toStdString();
        }

        auto wrapped = Mapping::envelope(ok200(QByteArray(R"({"code":"0","msg":"","result":)") + body + "}"));
        if (name.startsWith(u"n_")) {
            if (!wrapped)
                ++rejectedInvalid;
        } else if (name.startsWith(u"y_")) {
            // Valid JSON: success exactly when the payload is an object.
            const bool isObject = body.trimmed().startsWith('{') || body.trimmed() == "null";
            EXPECT_EQ(bool(wrapped), isObject) << name.toStdString();
            if (wrapped) {
                // Feeding the payload to every mapper must not crash.
                (void)Mapping::balance(wrapped.value());
                (void)Mapping::bills(wrapped.value());
                (void)Mapping::recharges(wrapped.value());
                (void)Mapping::pods(wrapped.value());
                (void)Mapping::gpuModels(wrapped.value());
                (void)Mapping::instances(wrapped.value());
                (void)Mapping::createdInstance(wrapped.value());
                (void)Mapping::instanceState(wrapped.value());
            }
        }
    }
    // Splicing some invalid fragments into an envelope can make them valid (a trailing
    // comment-less fragment such as "1 " stays invalid, "]" never is): most must still fail.
    EXPECT_GT(rejectedInvalid, 150);
}
