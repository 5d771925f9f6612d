// suanli-sim serving 元境 as an operator uses it: the stdout line with the demo phone, every
// SMS code printed on stdout as it is "sent", a sign-in with that code, a streamed video, and
// the request log on stderr.
#include "simtestclient.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>

using suanli::test::HttpResult;
using suanli::test::SimTestClient;
using suanli::test::waitFor;

namespace {

TEST(YuanjingExecutableTest, PrintsThePhoneAndEverySmsCodeAndServes)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE), {QStringLiteral("--platform"), QStringLiteral("yuanjing"),
                                                   QStringLiteral("--video-ms"), QStringLiteral("300")});
    ASSERT_TRUE(process.waitForStarted(5000));
    ASSERT_TRUE(waitFor([&] { return process.canReadLine(); }, 5000));
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression shape(QStringLiteral("^yuanjing (http://127\\.0\\.0\\.1:(\\d+)) phone=13800000000\\n$"));
    const QRegularExpressionMatch match = shape.match(line);
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();
    const QUrl base(match.captured(1));

    SimTestClient client(base, QString());
    QUrl sms = base;
    sms.setPath(QStringLiteral("/rbac/gen_sms_code.dspy"));
    sms.setQuery(QStringLiteral("cellphone=13800000000"));
    const HttpResult sent = SimTestClient::finish(client.nam().get(QNetworkRequest(sms)));
    ASSERT_EQ(sent.httpStatus, 200);
    const QString key = sent.json()[QStringLiteral("data")][QStringLiteral("key")].toString();
    ASSERT_TRUE(waitFor([&] { return process.canReadLine(); }, 5000));
    const QString smsLine = QString::fromUtf8(process.readLine());
    static const QRegularExpression smsShape(QStringLiteral("^yuanjing sms-code phone=13800000000 code=(\\d{6})\\n$"));
    const QRegularExpressionMatch code = smsShape.match(smsLine);
    ASSERT_TRUE(code.hasMatch()) << smsLine.toStdString();

    const QJsonObject login = client.call(QStringLiteral("/rbac/phone_login.dspy"),
                                          {{QStringLiteral("cellphone"), QStringLiteral("13800000000")},
                                           {QStringLiteral("key"), key},
                                           {QStringLiteral("sms_code"), code.captured(1)}});
    EXPECT_EQ(login.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const HttpResult video = client.post(QStringLiteral("/llmage/vidu_inference.dspy"),
                                         {{QStringLiteral("llmid"), QStringLiteral("vidu-q1")},
                                          {QStringLiteral("prompt"), QStringLiteral("a cat")},
                                          {QStringLiteral("duration"), 5}});
    EXPECT_EQ(video.httpStatus, 200);
    EXPECT_TRUE(video.body.contains("\"status\":\"SUCCEEDED\"")) << video.body.constData();

    process.terminate();
    ASSERT_TRUE(process.waitForFinished(5000));
    const QString log = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(log.contains(QStringLiteral("yuanjing GET /rbac/gen_sms_code.dspy 200"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("yuanjing POST /llmage/vidu_inference.dspy 200 stream:"))) << log.toStdString();
}

} // namespace
