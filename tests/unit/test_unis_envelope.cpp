// Every UNIS envelope with the document's own examples (read from the seed), the broken examples
// as parse errors, and every JSONTestSuite case through the decoder.

#include "unisseed.h"

#include "platforms/unis/unisenvelope.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace suanli;
using namespace suanli::unis;
using suanli::unis::test::seedExample;
using suanli::unis::test::sharedPath;

namespace {

QByteArray example(const char *anchor, int occurrence = 0)
{
    const QByteArray body = seedExample(QString::fromUtf8(anchor), occurrence);
    EXPECT_FALSE(body.isEmpty()) << "no example around " << anchor;
    return body;
}

} // namespace

TEST(UnisEnvelope, SeedIsThere)
{
    ASSERT_GT(suanli::unis::test::seedLines().size(), 30000) << sharedPath(QStringLiteral("seeds")).toStdString();
}

// E1, the RuoYi AjaxResult: the login answer carries the token beside code and msg.
TEST(UnisEnvelope, E1LoginAnswer)
{
    const Result<Envelope> env = decodeEnvelope(200, example("\"token\": \"eyJhbGci"));
    ASSERT_TRUE(env) << env.error().message.toStdString();
    EXPECT_EQ(env.value().code, 200);
    EXPECT_EQ(env.value().message, QStringLiteral("操作成功"));
    EXPECT_TRUE(env.value().data.isUndefined());
    EXPECT_TRUE(env.value().whole.value(QStringLiteral("token")).toString().startsWith(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")));
}

TEST(UnisEnvelope, E1GetInfoExtras)
{
    const Result<Envelope> env = decodeEnvelope(200, example("traditionalScenario"));
    ASSERT_TRUE(env) << env.error().message.toStdString();
    const QJsonObject whole = env.value().whole;
    EXPECT_EQ(whole.value(QStringLiteral("roles")).toArray().first().toString(), QStringLiteral("sys_user"));
    EXPECT_EQ(whole.value(QStringLiteral("user")).toObject().value(QStringLiteral("userName")).toString(), QStringLiteral("user"));
}

// code 401 in the body, whatever the HTTP status, is an auth failure with the platform's words.
TEST(UnisEnvelope, E1AuthFailure)
{
    const QByteArray body = example("认证失败，无法访问系统资源");
    for (int status : {200, 401}) {
        const Result<Envelope> env = decodeEnvelope(status, body);
        ASSERT_FALSE(env);
        EXPECT_EQ(env.error().kind, ApiError::Kind::Auth);
        EXPECT_TRUE(env.error().message.contains(QStringLiteral("认证失败")));
        EXPECT_EQ(env.error().platformCode, QStringLiteral("401"));
    }
    // 401 in the other envelopes' code fields too.
    for (const char *raw : {R"({"success":false,"errorCode":401,"message":"token expired","result":null})",
                            R"({"success":false,"returnCode":"401","message":"x","data":null})",
                            R"({"code":"401","success":false,"message":"x","data":null})"}) {
        const Result<Envelope> env = decodeEnvelope(200, raw);
        ASSERT_FALSE(env) << raw;
        EXPECT_EQ(env.error().kind, ApiError::Kind::Auth) << raw;
    }
    // HTTP 401 with a body that is no envelope at all.
    const Result<Envelope> bare = decodeEnvelope(401, "<html>401 Unauthorized</html>");
    ASSERT_FALSE(bare);
    EXPECT_EQ(bare.error().kind, ApiError::Kind::Auth);
}

// E2, the RuoYi TableDataInfo: rows and total at top level.
TEST(UnisEnvelope, E2Rows)
{
    const Result<Envelope> env = decodeEnvelope(
        200, R"({"total":"2","rows":[{"userId":5},{"userId":6}],"code":200,"msg":"查询成功"})");
    ASSERT_TRUE(env);
    EXPECT_EQ(env.value().rows.size(), 2);
    ASSERT_TRUE(env.value().total.has_value());
    EXPECT_EQ(*env.value().total, 2);
    EXPECT_EQ(env.value().message, QStringLiteral("查询成功"));
}

// E3 {code, success, message, data}: the GPU model list; and its failure.
TEST(UnisEnvelope, E3CodeSuccessData)
{
    const Result<Envelope> env = decodeEnvelope(200, example("Nvidia/Tesla-V100-PCIE-16GB"));
    ASSERT_TRUE(env) << env.error().message.toStdString();
    EXPECT_EQ(env.value().data.toArray().size(), 2);
    const Result<Envelope> mig = decodeEnvelope(200, example("该gpu型号卡无法切分mig"));
    ASSERT_FALSE(mig);
    EXPECT_EQ(mig.error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(mig.error().platformCode, QStringLiteral("500"));
    EXPECT_EQ(mig.error().message, QStringLiteral("该gpu型号卡无法切分mig"));
}

// E4 {success, errorCode, message, result}: the remaining resources and the storage quota.
TEST(UnisEnvelope, E4ErrorCodeResult)
{
    const Result<Envelope> env = decodeEnvelope(200, example("\"remainCpu\""));
    ASSERT_TRUE(env) << env.error().message.toStdString();
    EXPECT_EQ(env.value().code, 200);
    EXPECT_EQ(env.value().message, QStringLiteral("获取剩余资源成功"));
    EXPECT_EQ(env.value().data.toObject().value(QStringLiteral("remainGpu")).toInt(), 10);
    const Result<Envelope> quota = decodeEnvelope(200, example("\"inodeQuota\""));
    ASSERT_TRUE(quota);
    EXPECT_EQ(quota.value().data.toObject().value(QStringLiteral("endTime")).toString(), QStringLiteral("无限制"));
    const Result<Envelope> failed =
        decodeEnvelope(200, R"({"success":false,"errorCode":500,"message":"参数错误，查询失败","result":null})");
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().message, QStringLiteral("参数错误，查询失败"));
}

// E4 with returnCode and data: the kernel services (notebook-free job lists, pods).
TEST(UnisEnvelope, KernelReturnCode)
{
    const Result<Envelope> list = decodeEnvelope(200, example("\"name\": \"test2\""));
    ASSERT_TRUE(list) << list.error().message.toStdString();
    EXPECT_EQ(list.value().data.toObject().value(QStringLiteral("rows")).toArray().size(), 1);
    const Result<Envelope> pods = decodeEnvelope(200, example("llm-sbbjmvebtest6t-worker-0"));
    ASSERT_TRUE(pods) << pods.error().message.toStdString();
    // The create answer of a compute task: data is JSON inside a string.
    const Result<Envelope> created = decodeEnvelope(200, example("uid\\\""));
    ASSERT_TRUE(created);
    ASSERT_TRUE(created.value().data.isString());
    EXPECT_EQ(parseEmbeddedJson(created.value().data).toObject().value(QStringLiteral("uid")).toString(),
              QStringLiteral("af22d01d-e530-4230-8f31-25d948917a38"));
    // The fine-tune create example answers returnCode 0 with success true.
    const Result<Envelope> zero = decodeEnvelope(200, example("\"returnCode\": 0"));
    ASSERT_TRUE(zero) << zero.error().message.toStdString();
    EXPECT_EQ(zero.value().code, 0);
    // The resume failure: returnCode 500, data "error".
    const Result<Envelope> resume = decodeEnvelope(200, example("该任务资源组不可用"));
    ASSERT_FALSE(resume);
    EXPECT_EQ(resume.error().kind, ApiError::Kind::Platform);
    EXPECT_TRUE(resume.error().message.startsWith(QStringLiteral("该任务资源组不可用")));
}

// A check that ran: success with data false and an explaining message.
TEST(UnisEnvelope, CheckAnswerIsSuccessWithFalseData)
{
    const Result<Envelope> env = decodeEnvelope(200, example("输出目录无checkpoint文件"));
    ASSERT_TRUE(env);
    EXPECT_TRUE(env.value().data.isBool());
    EXPECT_FALSE(env.value().data.toBool());
    EXPECT_EQ(env.value().message, QStringLiteral("输出目录无checkpoint文件,无法恢复"));
}

// E5: the cluster detail example, fields at top level beside success and message, no code.
TEST(UnisEnvelope, E5Flat)
{
    const Result<Envelope> env = decodeEnvelope(200, example("clusterInnerVip", 4));
    ASSERT_TRUE(env) << env.error().message.toStdString();
    EXPECT_EQ(env.value().code, 0);
    EXPECT_TRUE(env.value().data.isUndefined());
    EXPECT_EQ(env.value().whole.value(QStringLiteral("name")).toString(), QStringLiteral("cluster1"));
    EXPECT_FALSE(decodeEnvelope(200, R"({"id":"x","success":false,"message":"不存在"})"));
}

// Notebooks (envelope A): data.rows and data.total.
TEST(UnisEnvelope, NotebookList)
{
    const Result<Envelope> env = decodeEnvelope(200, example("\"webPath\"", 1));
    ASSERT_TRUE(env);
    const QJsonObject data = env.value().data.toObject();
    EXPECT_EQ(data.value(QStringLiteral("total")).toInt(), 1);
    EXPECT_EQ(data.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("webPath")).toString(),
              QStringLiteral("/devolopenv/notebook/xxxxx/web"));
}

// Examples the conversion left broken (an image name cut off mid-string) stay parse errors.
TEST(UnisEnvelope, BrokenExamplesAreParseErrors)
{
    for (const auto &[anchor, occurrence] : {std::pair{"\"taskStatusName\"", 1}, std::pair{"Successfully assigned default", 0},
                                             std::pair{"cpuSpecList", 1}}) {
        const QByteArray body = example(anchor, occurrence);
        const Result<Envelope> env = decodeEnvelope(200, body);
        ASSERT_FALSE(env) << anchor;
        EXPECT_EQ(env.error().kind, ApiError::Kind::Parse) << anchor;
    }
}

TEST(UnisEnvelope, StringsAsNumbersAndOddFields)
{
    const Result<Envelope> env = decodeEnvelope(200, R"({"code":"200","success":"true","message":"ok","data":[1],"total":"7"})");
    ASSERT_TRUE(env);
    EXPECT_EQ(env.value().code, 200);
    EXPECT_EQ(env.value().total.value_or(-1), 7);
    // msg wins over message when both are there.
    EXPECT_EQ(decodeEnvelope(200, R"({"code":200,"msg":"a","message":"b"})").value().message, QStringLiteral("a"));
    // A code that is no number cannot be 200.
    EXPECT_FALSE(decodeEnvelope(200, R"({"code":"OK","success":true})"));
    // success:false overrides code 200.
    const Result<Envelope> contradiction = decodeEnvelope(200, R"({"code":200,"success":false,"message":"失败"})");
    ASSERT_FALSE(contradiction);
    EXPECT_EQ(contradiction.error().kind, ApiError::Kind::Platform);
    // code 0 is success only where success:true says so.
    EXPECT_FALSE(decodeEnvelope(200, R"({"code":0,"msg":"?"})"));
    // Neither a code nor a success field: not a UNIS answer.
    const Result<Envelope> bare = decodeEnvelope(200, R"({"id":"x"})");
    ASSERT_FALSE(bare);
    EXPECT_EQ(bare.error().kind, ApiError::Kind::Parse);
}

TEST(UnisEnvelope, HttpStatusWithoutEnvelope)
{
    const Result<Envelope> gateway = decodeEnvelope(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
    ASSERT_FALSE(gateway);
    EXPECT_EQ(gateway.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(gateway.error().httpStatus, 502);
    EXPECT_TRUE(gateway.error().message.contains(QStringLiteral("502 Bad Gateway")));
    // An envelope on an error status: the platform's words, with the status kept.
    const Result<Envelope> wrapped = decodeEnvelope(500, R"({"code":500,"msg":"内部错误"})");
    ASSERT_FALSE(wrapped);
    EXPECT_EQ(wrapped.error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(wrapped.error().httpStatus, 500);
    // A success envelope on an error status is not believed.
    EXPECT_FALSE(decodeEnvelope(503, R"({"code":200,"msg":"ok"})"));
    // Empty or truncated bodies on 200.
    EXPECT_EQ(decodeEnvelope(200, "").error().kind, ApiError::Kind::Parse);
    EXPECT_EQ(decodeEnvelope(200, R"({"code":200,"data":{"rows":[)").error().kind, ApiError::Kind::Parse);
}

TEST(UnisEnvelope, EmbeddedJson)
{
    EXPECT_EQ(parseEmbeddedJson(QJsonValue(QStringLiteral(R"({"zoneId":"z","zoneName":""})"))).toObject().value(QStringLiteral("zoneId")).toString(),
              QStringLiteral("z"));
    EXPECT_EQ(parseEmbeddedJson(QJsonValue(QStringLiteral("[]"))).toArray().size(), 0);
    const QJsonObject real{{QStringLiteral("gpuNum"), 1}};
    EXPECT_EQ(parseEmbeddedJson(real).toObject(), real);
    EXPECT_TRUE(parseEmbeddedJson(QJsonValue(QStringLiteral(""))).isUndefined());
    EXPECT_TRUE(parseEmbeddedJson(QJsonValue(QJsonValue::Null)).isUndefined());
    EXPECT_EQ(parseEmbeddedJson(QJsonValue(QStringLiteral("false"))).toString(), QStringLiteral("false"));
    EXPECT_EQ(parseEmbeddedJson(QJsonValue(QStringLiteral("{broken"))).toString(), QStringLiteral("{broken"));
}

// Every JSONTestSuite case, as a whole body and as the data of a valid envelope: never a crash,
// never a success without an envelope, and everything JSON calls invalid is a Parse error.
TEST(UnisEnvelope, JsonTestSuite)
{
    const QDir dir(sharedPath(QStringLiteral("data/jsontestsuite/test_parsing")));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 300) << "JSONTestSuite not found at " << dir.absolutePath().toStdString();
    int invalid = 0;
    int rejectedInvalid = 0;
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        const QString name = fi.fileName();
        const Result<Envelope> bare = decodeEnvelope(200, body);
        if (name.startsWith(u"n_")) {
            ++invalid;
            if (!bare && bare.error().kind == ApiError::Kind::Parse)
                ++rejectedInvalid;
        }
        // None of the cases carries a code or success field.
        EXPECT_FALSE(bare) << name.toStdString();
        const Result<Envelope> wrapped = decodeEnvelope(200, QByteArray(R"({"code":200,"msg":"","data":)") + body + "}");
        if (name.startsWith(u"y_")) {
            EXPECT_TRUE(wrapped) << name.toStdString();
            if (wrapped)
                (void)parseEmbeddedJson(wrapped.value().data);
        }
        (void)parseEmbeddedJson(QJsonValue(QString::fromUtf8(body)));
        const Result<Envelope> failed = decodeEnvelope(500, body);
        EXPECT_FALSE(failed);
        EXPECT_FALSE(failed.error().message.isEmpty());
    }
    EXPECT_GT(invalid, 150);
    EXPECT_EQ(rejectedInvalid, invalid);
}
