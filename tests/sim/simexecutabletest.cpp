// The suanli-sim executable as scripts use it: the stdout line, the request log, clean stops.
#include "simtestclient.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>

using suanli::test::SimTestClient;
using suanli::test::waitFor;

namespace {

TEST(SimExecutableTest, PrintsEndpointLineServesAndStopsOnSigterm)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("chenyu"), QStringLiteral("--port"),
                   QStringLiteral("0"), QStringLiteral("--api-key"), QStringLiteral("cy-test-key"),
                   QStringLiteral("--transition-ms"), QStringLiteral("100")});
    ASSERT_TRUE(process.waitForStarted(5000));
    ASSERT_TRUE(waitFor([&] { return process.canReadLine(); }, 5000));
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression shape(
        QStringLiteral("^chenyu (http://127\\.0\\.0\\.1:(\\d+)) api-key=cy-test-key\\n$"));
    const QRegularExpressionMatch match = shape.match(line);
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();
    EXPECT_GT(match.captured(2).toInt(), 0);

    SimTestClient client(QUrl(match.captured(1)), QStringLiteral("cy-test-key"));
    const QJsonObject envelope = client.call(QStringLiteral("/api/v1/finances/balance"));
    EXPECT_EQ(envelope.value(QStringLiteral("code")).toString(), QStringLiteral("0"));
    client.setApiKey(QStringLiteral("cy-demo-key-0001")); // the default key was replaced
    EXPECT_EQ(client.call(QStringLiteral("/api/v1/finances/balance"))
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("2"));

    QByteArray log;
    EXPECT_TRUE(waitFor(
        [&] {
            log += process.readAllStandardError();
            return log.count('\n') >= 2;
        },
        5000));
    EXPECT_TRUE(log.contains("chenyu POST /api/v1/finances/balance 200 code=0"))
        << log.toStdString();
    EXPECT_TRUE(log.contains("code=2")) << log.toStdString();

#if defined(Q_OS_UNIX)
    process.terminate(); // SIGTERM
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
#else
    process.kill(); // a console program gets no SIGTERM here
    ASSERT_TRUE(process.waitForFinished(5000));
#endif
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty()); // nothing but the endpoint line
}

TEST(SimExecutableTest, UnknownPlatformFailsWithMessage)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("nosuchcloud")});
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    EXPECT_TRUE(process.readAllStandardError().contains("nosuchcloud"));
}

} // namespace
