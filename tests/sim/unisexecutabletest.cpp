// suanli-sim serving UNIS as scripts use it: the stdout line with user, password and AES key,
// a login with a password encrypted by openssl under that key, the request log.
#include "simtestclient.h"

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

QString firstLine(QProcess &process)
{
    if (!waitFor([&] { return process.canReadLine(); }, 5000))
        return QString();
    return QString::fromUtf8(process.readLine());
}

TEST(UnisExecutableTest, PrintsUserPasswordAndKeyAndSignsIn)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("unis"),
                   QStringLiteral("--unis-aes-key"), QStringLiteral("UnisDemoAesKey24bytes!!!"),
                   QStringLiteral("--transition-ms"), QStringLiteral("100")});
    ASSERT_TRUE(process.waitForStarted(5000));
    const QString line = firstLine(process);
    static const QRegularExpression shape(
        QStringLiteral("^unis (http://127\\.0\\.0\\.1:(\\d+)) user=zhangwei password=Zhangwei@2024 "
                       "aes-key=UnisDemoAesKey24bytes!!!\\n$"));
    const QRegularExpressionMatch match = shape.match(line);
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();

    // echo -n Zhangwei@2024 | openssl enc -aes-192-cbc -K <hex of the key> -iv 0…0
    SimTestClient client(QUrl(match.captured(1)), QString());
    const QJsonObject login = client.call(QStringLiteral("/prod-api/login"),
                                          {{QStringLiteral("username"), QStringLiteral("zhangwei")},
                                           {QStringLiteral("password"), QStringLiteral("0F559355F2D0D7266C9005672D511A80")}});
    ASSERT_EQ(login.value(QStringLiteral("code")).toInt(), 200);
    client.setApiKey(login.value(QStringLiteral("token")).toString());
    const HttpResult info = client.get(QStringLiteral("/prod-api/getInfo"));
    EXPECT_EQ(info.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("userName")).toString(),
              QStringLiteral("zhangwei"));
    // The 128-bit default key no longer opens it.
    const QJsonObject old = client.call(QStringLiteral("/prod-api/login"),
                                        {{QStringLiteral("username"), QStringLiteral("zhangwei")},
                                         {QStringLiteral("password"), QStringLiteral("3B4479C4E01C16F4F4B8F4969A9A5ABB")}});
    EXPECT_EQ(old.value(QStringLiteral("code")).toInt(), 500);

    QByteArray log;
    EXPECT_TRUE(waitFor(
        [&] {
            log += process.readAllStandardError();
            return log.count('\n') >= 3;
        },
        5000));
    EXPECT_TRUE(log.contains("unis POST /prod-api/login 200 code=200")) << log.toStdString();
    EXPECT_TRUE(log.contains("unis GET /prod-api/getInfo 200")) << log.toStdString();
    EXPECT_TRUE(log.contains("unis POST /prod-api/login 200 code=500")) << log.toStdString();
    stopProcess(process);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty()); // nothing but the endpoint line
}

TEST(UnisExecutableTest, PlainPasswordsAndShortTokens)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("unis"),
                   QStringLiteral("--unis-plain-password"),
                   QStringLiteral("--unis-token-seconds"), QStringLiteral("1")});
    ASSERT_TRUE(process.waitForStarted(5000));
    const QString line = firstLine(process);
    static const QRegularExpression shape(
        QStringLiteral("^unis (http://127\\.0\\.0\\.1:\\d+) user=zhangwei password=Zhangwei@2024 "
                       "aes-key=UnisDemoAesKey16 plain-password=true\\n$"));
    const QRegularExpressionMatch match = shape.match(line);
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();
    SimTestClient client(QUrl(match.captured(1)), QString());
    const QJsonObject login = client.call(QStringLiteral("/prod-api/login"),
                                          {{QStringLiteral("username"), QStringLiteral("zhangwei")},
                                           {QStringLiteral("password"), QStringLiteral("Zhangwei@2024")}});
    ASSERT_EQ(login.value(QStringLiteral("code")).toInt(), 200);
    client.setApiKey(login.value(QStringLiteral("token")).toString());
    EXPECT_EQ(client.get(QStringLiteral("/prod-api/getInfo")).json().value(QStringLiteral("code")).toInt(), 200);
    EXPECT_TRUE(waitFor(
        [&] {
            return client.get(QStringLiteral("/prod-api/getInfo")).json().value(QStringLiteral("code")).toInt() == 401;
        },
        4000));
    stopProcess(process);
}

TEST(UnisExecutableTest, RejectsAKeyOfAnotherLength)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE),
                  {QStringLiteral("--platform"), QStringLiteral("unis"),
                   QStringLiteral("--unis-aes-key"), QStringLiteral("too-short")});
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    EXPECT_TRUE(process.readAllStandardError().contains("unis-aes-key"));
}

TEST(UnisExecutableTest, AllPrintsTheUnisLineAfterTheOthers)
{
    QProcess process;
    process.start(QStringLiteral(SUANLI_SIM_EXE), {QStringLiteral("--platform"), QStringLiteral("all")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray out;
    ASSERT_TRUE(waitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.contains("\nunis ");
        },
        5000));
    ASSERT_TRUE(waitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.endsWith('\n');
        },
        5000));
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).startsWith(QLatin1String("chenyu ")));
    EXPECT_TRUE(lines.at(1).startsWith(QLatin1String("huixingyun ")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^unis http://127\\.0\\.0\\.1:\\d+ user=zhangwei "
                                                  "password=Zhangwei@2024 aes-key=UnisDemoAesKey16$"))
                    .match(lines.at(2))
                    .hasMatch())
        << lines.at(2).toStdString();
    stopProcess(process);
}

} // namespace
