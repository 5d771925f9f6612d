// suanli-sim serving Huixingyun as scripts use it: the stdout line with token and account, and
// the Chenyu line unchanged next to it.
#include "simtestclient.h"
#include "sim/simenvironment.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

using suanli::test::HttpResult;
using suanli::test::SimTestClient;
using suanli::test::waitFor;

namespace {

void stopProcess(QProcess &process)
{
#if defined(Q_OS_UNIX)
    process.terminate(); // SIGTERM
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
#else
    process.kill(); // a console program gets no SIGTERM here
    ASSERT_TRUE(process.waitForFinished(5000));
#endif
}

TEST(HuixingyunExecutableTest, PrintsTokenAndAccountAndServes)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("huixingyun"),
                   QStringLiteral("--huixingyun-token"), QStringLiteral("hx-test-token"),
                   QStringLiteral("--huixingyun-user"), QStringLiteral("alice"),
                   QStringLiteral("--huixingyun-password"), QStringLiteral("pw-1"),
                   QStringLiteral("--transition-ms"), QStringLiteral("100")});
    ASSERT_TRUE(process.waitForStarted(5000));
    ASSERT_TRUE(waitFor([&] { return process.canReadLine(); }, 5000));
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression shape(
        QStringLiteral("^huixingyun (http://127\\.0\\.0\\.1:(\\d+)) token=hx-test-token user=alice "
                       "password=pw-1\\n$"));
    const QRegularExpressionMatch match = shape.match(line);
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();

    SimTestClient client(QUrl(match.captured(1)), QStringLiteral("hx-test-token"));
    client.setAuthorizationPrefix({});
    const HttpResult list = client.post(QStringLiteral("/gpu/instances/list"));
    EXPECT_EQ(list.httpStatus, 200);
    EXPECT_TRUE(list.json().value(QStringLiteral("total")).isString());
    client.setApiKey(QStringLiteral("hx-demo-token-0001")); // replaced by the option
    EXPECT_EQ(client.post(QStringLiteral("/gpu/instances/list")).httpStatus, 401);
    client.setApiKey(QString());
    EXPECT_EQ(client
                  .call(QStringLiteral("/all/tokens"),
                        {{QStringLiteral("username"), QStringLiteral("alice")},
                         {QStringLiteral("password"), QStringLiteral("pw-1")}})
                  .value(QStringLiteral("tokens"))
                  .toArray()
                  .size(),
              2);

    QByteArray log;
    EXPECT_TRUE(waitFor(
        [&] {
            log += process.readAllStandardError();
            return log.count('\n') >= 3;
        },
        5000));
    EXPECT_TRUE(log.contains("huixingyun POST /gpu/instances/list 200")) << log.toStdString();
    EXPECT_TRUE(log.contains("huixingyun POST /gpu/instances/list 401 invalid token"))
        << log.toStdString();

    stopProcess(process);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty()); // nothing but the endpoint line
}

TEST(HuixingyunExecutableTest, AllPrintsBothLinesWithDefaults)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("all")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray out;
    ASSERT_TRUE(waitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.count('\n') >= 2;
        },
        5000));
    // One line per supported platform, in the order of SimEnvironment::supportedPlatforms().
    const int expected = int(suanli::sim::SimEnvironment::supportedPlatforms().size());
    ASSERT_TRUE(waitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.count('\n') >= expected;
        },
        5000));
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Chenyu, Huixingyun, UNIS and 元境 today: each platform's line starts with its key.
    ASSERT_EQ(lines.size(), expected) << out.toStdString();
    for (int i = 0; i < expected; ++i)
        EXPECT_TRUE(lines.at(i).startsWith(suanli::sim::SimEnvironment::supportedPlatforms().at(i) + QLatin1Char(' ')))
            << lines.at(i).toStdString();
    EXPECT_TRUE(QRegularExpression(
                    QStringLiteral("^chenyu http://127\\.0\\.0\\.1:\\d+ api-key=cy-demo-key-0001$"))
                    .match(lines.at(0))
                    .hasMatch())
        << lines.at(0).toStdString();
    EXPECT_TRUE(QRegularExpression(
                    QStringLiteral("^huixingyun http://127\\.0\\.0\\.1:\\d+ "
                                   "token=hx-demo-token-0001 user=demo password=demo-pass-1$"))
                    .match(lines.at(1))
                    .hasMatch())
        << lines.at(1).toStdString();
    stopProcess(process);
}

TEST(HuixingyunExecutableTest, RejectsATokenWithASpace)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("huixingyun"),
                   QStringLiteral("--huixingyun-token"), QStringLiteral("two words")});
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    EXPECT_TRUE(process.readAllStandardError().contains("huixingyun-token"));
}

} // namespace
