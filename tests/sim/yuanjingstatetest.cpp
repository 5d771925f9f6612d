// 元境's video generation over time as the simulator runs it: the NDJSON stream and its timing,
// lines that do not follow the chunks, the charge on success (and none on failure), the
// refusal before the stream when the balance is short, the async model whose stream ends at
// submission, and the generated file.
#include "yuanjingfixture.h"

#include "sim/simreply.h"
#include "sim/yuanjing/yuanjingseed.h"

using namespace suanli::test;
using suanli::sim::SimReply;
using suanli::sim::SimRequest;
using suanli::sim::YuanjingBackend;

namespace {

class YuanjingStateTest : public YuanjingFixture
{
protected:
    QString user;
    void SetUp() override
    {
        YuanjingFixture::SetUp();
        user = signIn();
        ASSERT_FALSE(user.isEmpty());
    }
};

TEST_F(YuanjingStateTest, AVideoStreamsItsLinesOverTimeAndEndsWithTheLink)
{
    const qint64 cashBefore = backend->cashFen(user);
    const int ordersBefore = backend->orderCount(user);
    const StreamResult r = stream(QStringLiteral("/llmage/vidu_inference.dspy"), videoBody());
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_EQ(r.httpStatus, 200);
    EXPECT_EQ(r.transferEncoding.toLower(), QByteArrayLiteral("chunked"));
    const QList<QJsonObject> lines = r.lines();
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines.first()[QStringLiteral("status")].toString(), QStringLiteral("CREATED"));
    const QString taskid = lines.first()[QStringLiteral("taskid")].toString();
    EXPECT_TRUE(taskid.startsWith(u"t-"));
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        EXPECT_EQ(lines.at(i)[QStringLiteral("status")].toString(), QStringLiteral("PROCESSING"));
    const QJsonObject last = lines.last();
    EXPECT_EQ(last[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    EXPECT_TRUE(last[QStringLiteral("video")].toString().endsWith(QStringLiteral("/media/video/") + taskid + QStringLiteral(".mp4")));
    EXPECT_EQ(last[QStringLiteral("usage")][QStringLiteral("seconds")].toInt(), 5);
    // Over time, not at once: the first read comes well before the last.
    ASSERT_GE(r.reads.size(), 3);
    EXPECT_GE(r.reads.last().atMs - r.reads.first().atMs, 400);
    // Charged once the video succeeded, and booked as an order.
    EXPECT_EQ(backend->taskStatus(taskid), QStringLiteral("SUCCEEDED"));
    EXPECT_TRUE(waitFor([&] { return backend->cashFen(user) == cashBefore - 200; }, 2000)) << backend->cashFen(user);
    EXPECT_EQ(backend->orderCount(user), ordersBefore + 1);
    EXPECT_EQ(backend->inferenceCount(), 1);
}

TEST_F(YuanjingStateTest, StreamPartsDoNotFollowLineBoundaries)
{
    // The backend's own answer, before the transport: two lines in the first part, the last
    // line in two parts.
    SimRequest request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/llmage/vidu_inference.dspy");
    const QString cookie = backend->createSession(user);
    request.headers = {{QByteArrayLiteral("Cookie"), YuanjingBackend::cookieName().toLatin1() + '=' + cookie.toLatin1()},
                       {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:1")}};
    request.body = QJsonDocument(videoBody()).toJson(QJsonDocument::Compact);
    const SimReply reply = backend->handle(request);
    ASSERT_TRUE(reply.isStreamed());
    ASSERT_GE(reply.parts.size(), 4);
    EXPECT_EQ(reply.parts.first().data.count('\n'), 2);
    EXPECT_FALSE(reply.parts.at(reply.parts.size() - 2).data.endsWith('\n'));
    EXPECT_TRUE(reply.parts.last().data.endsWith('\n'));
    EXPECT_EQ(reply.parts.last().data.count('\n'), 1);
    int total = 0;
    for (const SimReply::Part &p : reply.parts)
        total += p.delayMs;
    EXPECT_GE(total, backend->generationMs());
    EXPECT_TRUE(reply.streamedBody().endsWith("\n"));
}

TEST_F(YuanjingStateTest, AFailedVideoSaysWhyAndCostsNothing)
{
    const qint64 cashBefore = backend->cashFen(user);
    backend->failNextVideo(QStringLiteral("上游服务繁忙"));
    const StreamResult r = stream(QStringLiteral("/llmage/vidu_inference.dspy"), videoBody());
    ASSERT_TRUE(r.finished);
    const QJsonObject last = r.lines().last();
    EXPECT_EQ(last[QStringLiteral("status")].toString(), QStringLiteral("FAILED"));
    EXPECT_EQ(last[QStringLiteral("error")].toString(), QStringLiteral("上游服务繁忙"));
    EXPECT_FALSE(last.contains(QStringLiteral("video")));
    waitFor([] { return false; }, 100);
    EXPECT_EQ(backend->cashFen(user), cashBefore);
    // A prompt the platform refuses fails as well.
    const StreamResult refused = stream(QStringLiteral("/llmage/vidu_inference.dspy"),
                                        videoBody(QStringLiteral("vidu-q1"), QStringLiteral("违规内容")));
    EXPECT_EQ(refused.lines().last()[QStringLiteral("status")].toString(), QStringLiteral("FAILED"));
}

TEST_F(YuanjingStateTest, ShortBalanceIsRefusedBeforeTheStream)
{
    // 1080p with audio for 15 s costs 13.20: six running at once hold 79.20 of the 88.50, so a
    // seventh is more than is left.
    QJsonObject body = videoBody();
    body.insert(QStringLiteral("duration"), 15);
    body.insert(QStringLiteral("resolution"), QStringLiteral("1080p"));
    body.insert(QStringLiteral("audio"), true);
    backend->setGenerationMs(5000);
    int accepted = 0;
    QJsonObject refusal;
    for (int i = 0; i < 8 && refusal.isEmpty(); ++i) {
        const HttpResult r = [&] {
            QNetworkRequest request(url(QStringLiteral("/llmage/vidu_inference.dspy")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = client->nam().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            waitFor([reply] { return reply->bytesAvailable() > 0 || reply->isFinished(); }, 3000);
            HttpResult h;
            h.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            h.body = reply->readAll();
            for (const auto &pair : reply->rawHeaderPairs())
                h.headers.append(pair);
            reply->abort();
            reply->deleteLater();
            return h;
        }();
        if (r.header(QByteArrayLiteral("Transfer-Encoding")).isEmpty())
            refusal = r.json();
        else
            ++accepted;
    }
    EXPECT_EQ(accepted, 6);
    EXPECT_EQ(statusOf(refusal), QStringLiteral("error"));
    EXPECT_EQ(messageOf(refusal), QStringLiteral("账户余额不够"));
    EXPECT_EQ(backend->inferenceCount(), 6);
}

TEST_F(YuanjingStateTest, BadRequestsAreRefusedWithTheEnvelope)
{
    auto problem = [this](QJsonObject body) {
        return messageOf(postJson(QStringLiteral("/llmage/vidu_inference.dspy"), body));
    };
    QJsonObject b = videoBody();
    b.insert(QStringLiteral("duration"), 16);
    EXPECT_EQ(problem(b), QStringLiteral("duration 取值 1-15"));
    b = videoBody();
    b.remove(QStringLiteral("prompt"));
    EXPECT_EQ(problem(b), QStringLiteral("prompt 参数必填"));
    b = videoBody();
    b.insert(QStringLiteral("ratio"), QStringLiteral("2:1"));
    EXPECT_EQ(problem(b), QStringLiteral("ratio 取值错误"));
    b = videoBody(QStringLiteral("vidu-none"));
    EXPECT_EQ(problem(b), QStringLiteral("模型不存在"));
    b = videoBody(QStringLiteral("vidu-q1-img"));
    EXPECT_EQ(problem(b), QStringLiteral("image 参数必填"));
    b.insert(QStringLiteral("image"), QStringLiteral("not an image"));
    EXPECT_EQ(problem(b), QStringLiteral("image 参数格式错误"));
    EXPECT_EQ(backend->inferenceCount(), 0);
}

TEST_F(YuanjingStateTest, ImageToVideoTakesADataUrl)
{
    QJsonObject b = videoBody(QStringLiteral("vidu-q1-img"));
    b.remove(QStringLiteral("ratio"));
    b.insert(QStringLiteral("image"), QString(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(QByteArray(64, 'x').toBase64())));
    const StreamResult r = stream(QStringLiteral("/llmage/vidu_inference.dspy"), b);
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.lines().last()[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    const auto task = backend->task(r.lines().first()[QStringLiteral("taskid")].toString());
    ASSERT_TRUE(task.has_value());
    EXPECT_TRUE(task->input.value(QStringLiteral("image")).toString().contains(u"64 bytes")) << "kept short";
}

TEST_F(YuanjingStateTest, TheAsyncModelsStreamEndsAtSubmissionAndTheTaskGoesOn)
{
    QJsonObject b = videoBody(QStringLiteral("vidu-q1-ref"));
    b.insert(QStringLiteral("image"), QStringLiteral("https://example.com/ref.png"));
    const StreamResult r = stream(QStringLiteral("/llmage/vidu_inference.dspy"), b);
    ASSERT_TRUE(r.finished);
    ASSERT_EQ(r.lines().size(), 1);
    const QString taskid = r.lines().first()[QStringLiteral("taskid")].toString();
    EXPECT_EQ(r.lines().first()[QStringLiteral("status")].toString(), QStringLiteral("CREATED"));
    auto status = [&] {
        return getJson(QStringLiteral("/llmage/get_asynctask_status.dspy"), query({{QStringLiteral("taskid"), taskid}}))
            [QStringLiteral("data")][QStringLiteral("response")][QStringLiteral("status")]
                .toString();
    };
    EXPECT_EQ(status(), QStringLiteral("PROCESSING"));
    EXPECT_TRUE(waitFor([&] { return status() == QStringLiteral("SUCCEEDED"); }, 5000));
    const QJsonArray today = getJson(QStringLiteral("/llmage/get_my_asynctasks.dspy"))[QStringLiteral("data")].toArray();
    EXPECT_EQ(today.last()[QStringLiteral("tasks")][QStringLiteral("taskid")].toString(), taskid);
}

TEST_F(YuanjingStateTest, TheVideoFileIsServedOnceReady)
{
    const StreamResult r = stream(QStringLiteral("/llmage/vidu_inference.dspy"), videoBody());
    const QUrl video(r.lines().last()[QStringLiteral("video")].toString());
    const HttpResult file = SimTestClient::finish(client->nam().get(QNetworkRequest(video)));
    EXPECT_EQ(file.httpStatus, 200);
    EXPECT_EQ(file.header(QByteArrayLiteral("Content-Type")), QByteArrayLiteral("video/mp4"));
    EXPECT_EQ(file.body.size(), 384 * 1024);
    EXPECT_EQ(file.body.mid(4, 4), QByteArrayLiteral("ftyp"));
    EXPECT_EQ(get(QStringLiteral("/media/video/t-none.mp4")).httpStatus, 404);
}

TEST_F(YuanjingStateTest, AChargeIsCreatedFirstAndAccountedLater)
{
    stream(QStringLiteral("/llmage/vidu_inference.dspy"), videoBody());
    auto newest = [this] {
        return getJson(QStringLiteral("/platformbiz/query_orders.dspy"),
                       query({{QStringLiteral("pagerows"), QStringLiteral("1")}}))[QStringLiteral("data")][QStringLiteral("rows")]
            .toArray()
            .at(0)
            .toObject();
    };
    const QJsonObject fresh = newest();
    EXPECT_EQ(fresh[QStringLiteral("amount")].toDouble(), 2.0);
    EXPECT_EQ(fresh[QStringLiteral("accounting_status")].toString(), QStringLiteral("created"));
    EXPECT_TRUE(waitFor([&] { return newest()[QStringLiteral("accounting_status")].toString() == u"accounted"; }, 4000));
}

TEST_F(YuanjingStateTest, RechargeCreditsTheCashAccount)
{
    const qint64 before = backend->cashFen(user);
    const QJsonObject o = postJson(QStringLiteral("/unipay/user_recharge.dspy"),
                                   {{QStringLiteral("provider"), QStringLiteral("alipay")},
                                    {QStringLiteral("amount"), 30},
                                    {QStringLiteral("currency"), QStringLiteral("CNY")}});
    ASSERT_EQ(backend->rechargeTradeNos().size(), 1);
    EXPECT_TRUE(backend->completeRecharge(backend->rechargeTradeNos().constFirst()));
    EXPECT_EQ(backend->cashFen(user), before + 3000);
    const QJsonArray balances = getJson(QStringLiteral("/accounting/mybalance.dspy"))[QStringLiteral("data")].toArray();
    EXPECT_EQ(balances.at(0)[QStringLiteral("balance")].toDouble(), 118.5);
    EXPECT_FALSE(o.isEmpty());
}

} // namespace
