// The 元境 commands of the real suanli-cli binary against the simulator in this process: the
// SMS sign-in (the code typed after it was sent, the choose branch, a new phone), the session
// kept in a real keychain and its end (exit 3 with how to sign in again), balance, recharge
// (with --yes, and waiting for the payment), API keys, orders, prices, models, and video
// generation, including a stream that breaks.
#include "clirun.h"
#include "waitfor.h"

#include "core/apierror.h"
#include "core/secretstore.h"
#include "core/sessioncookiejar.h"
#include "sim/fault.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/yuanjing/yuanjingbackend.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using suanli::test::CliRun;
using suanli::test::englishEnvironment;
using suanli::test::waitFor;
using suanli::sim::YuanjingBackend;

namespace {

const QString kAccount = QStringLiteral("yj");
const QString kDemoPhone = YuanjingBackend::demoPhone();
const QString kChoosePhone = YuanjingBackend::choosePhone();

class YuanjingCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_configDir.isValid());
        m_env = std::make_unique<suanli::sim::SimEnvironment>();
        ASSERT_TRUE(m_env->start({QStringLiteral("yuanjing")})) << m_env->errorString().toStdString();
        backend()->setSmsIntervalMs(0);
        backend()->setGenerationMs(500);
    }

    void TearDown() override { m_env.reset(); }

    YuanjingBackend *backend() const { return m_env->yuanjing(); }
    suanli::sim::SimServer *server() const { return m_env->server(QStringLiteral("yuanjing")); }
    QString baseUrl() const { return server()->baseUrl().toString(); }

    QStringList withConfig(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--config-dir"), m_configDir.path()} + args;
    }

    // The session cookie values: they must never show.
    QStringList sessions() const
    {
        QStringList values;
        const auto secret = m_lastSecret;
        if (const auto cookies = suanli::SessionCookieJar::decode(secret)) {
            for (const QNetworkCookie &c : *cookies)
                values.append(QString::fromLatin1(c.value()));
        }
        return values;
    }

    void expectNoSession(const CliRun &r)
    {
        for (const QString &value : sessions()) {
            EXPECT_FALSE(r.out.contains(value.toUtf8())) << "the session on stdout: " << r;
            EXPECT_FALSE(r.err.contains(value.toUtf8())) << "the session on stderr: " << r;
        }
    }

    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        const CliRun r = suanli::test::runCli(withConfig(args), input, englishEnvironment());
        expectNoSession(r);
        return r;
    }

    // Runs the CLI; once an SMS was sent to `phone`, writes the code (`code`, else the one sent)
    // to its stdin. `whileRunning` is polled while the process runs (after the code) until true.
    CliRun runWithCode(const QStringList &args, const QString &phone, std::optional<QString> code = std::nullopt,
                       const std::function<bool()> &whileRunning = {})
    {
        const int smsBefore = phone.isEmpty() ? 0 : backend()->smsCount(phone);
        QProcess process;
        process.setProgram(QStringLiteral(SUANLI_CLI_PATH));
        process.setArguments(withConfig(args));
        process.setProcessEnvironment(englishEnvironment());
        process.start();
        const bool sent = !phone.isEmpty()
                          && waitFor([&] { return backend()->smsCount(phone) > smsBefore || process.state() == QProcess::NotRunning; },
                                     15000);
        if (sent && process.state() != QProcess::NotRunning) {
            const QString value = code.value_or(backend()->lastSmsCode(phone));
            process.write(value.toUtf8() + '\n');
        }
        process.closeWriteChannel();
        if (whileRunning) {
            EXPECT_TRUE(waitFor([&] { return whileRunning() || process.state() == QProcess::NotRunning; }, 20000));
        }
        CliRun result;
        const bool ended = waitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
        if (!ended) {
            process.kill();
            waitFor([&] { return process.state() == QProcess::NotRunning; }, 5000);
        }
        result.finished = ended && process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        EXPECT_TRUE(result.finished) << "suanli-cli " << args.join(u' ').toStdString() << " did not finish";
        return result;
    }

    CliRun addAccount(const QString &phone = kDemoPhone, const QStringList &extra = {}, std::optional<QString> code = std::nullopt)
    {
        const CliRun r = runWithCode(QStringList{QStringLiteral("account"), QStringLiteral("add"), kAccount,
                                                 QStringLiteral("--platform"), QStringLiteral("yuanjing"),
                                                 QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--login"), phone,
                                                 QStringLiteral("--code-stdin")}
                                         + extra,
                                     phone, code);
        if (r.exitCode == 0)
            m_lastSecret = keychainSecret(accountId()).value_or(QString());
        expectNoSession(r);
        return r;
    }

    QString accountId(const QString &name = kAccount)
    {
        const CliRun r = suanli::test::runCli(withConfig({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")}),
                                              {}, englishEnvironment());
        for (const QJsonValue &v : r.json().array()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toString();
        }
        return {};
    }

    std::optional<QString> keychainSecret(const QString &key)
    {
        suanli::KeychainSecretStore store(QStringLiteral("Suanli Console"));
        QObject context;
        std::optional<suanli::Result<QString>> result;
        store.read(key, &context, [&](const suanli::Result<QString> &r) { result = r; });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }, 10000));
        if (!result || !*result)
            return std::nullopt;
        return result->value();
    }

    QTemporaryDir m_configDir;
    std::unique_ptr<suanli::sim::SimEnvironment> m_env;
    QString m_lastSecret;
};

// ---- sign-in ------------------------------------------------------------------------------------

TEST_F(YuanjingCliTest, AccountAddSignsInWithTheSmsCodeAndKeepsTheSessionInTheKeychain)
{
    const CliRun r = addAccount();
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("An SMS code was sent to 138****0000."))) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("gets a new 元境 account"))) << "says that unknown phones sign up: " << r;
    EXPECT_TRUE(r.outText().contains(QStringLiteral("signed in as 演示用户"))) << r;
    const QString id = accountId();
    ASSERT_FALSE(id.isEmpty());
    const auto secret = keychainSecret(id);
    ASSERT_TRUE(secret.has_value());
    EXPECT_TRUE(suanli::SessionCookieJar::isCookieSecret(*secret));
    const auto cookies = suanli::SessionCookieJar::decode(*secret);
    ASSERT_TRUE(cookies && !cookies->isEmpty());
    EXPECT_EQ(backend()->userIdOfSession(QString::fromLatin1(cookies->constFirst().value())), QStringLiteral("u-1001"));
    // Never in a file.
    QFile accounts(m_configDir.filePath(QStringLiteral("accounts.json")));
    ASSERT_TRUE(accounts.open(QIODevice::ReadOnly));
    const QByteArray text = accounts.readAll();
    EXPECT_FALSE(text.contains(cookies->constFirst().value()));
    EXPECT_TRUE(text.contains("u-1001")) << "which of the phone's accounts";

    const CliRun list = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(list.json().array().at(0)[QStringLiteral("platform")].toString(), QStringLiteral("yuanjing"));
    EXPECT_EQ(list.json().array().at(0)[QStringLiteral("login")].toString(), kDemoPhone);
    const CliRun check = run({QStringLiteral("account"), QStringLiteral("check"), kAccount});
    EXPECT_EQ(check.exitCode, 0) << check;
    EXPECT_TRUE(check.outText().contains(QStringLiteral("online")));
}

TEST_F(YuanjingCliTest, ThePhonesAccountsAreListedUntilOneIsSelected)
{
    const CliRun choose = addAccount(kChoosePhone);
    EXPECT_EQ(choose.exitCode, 2) << choose;
    EXPECT_TRUE(choose.outText().contains(QStringLiteral("u-2001")));
    EXPECT_TRUE(choose.outText().contains(QStringLiteral("lab-alice-corp")));
    EXPECT_TRUE(choose.errText().contains(QStringLiteral("--select USER_ID"))) << choose;
    EXPECT_TRUE(accountId().isEmpty()) << "not added";

    const CliRun selected = addAccount(kChoosePhone, {QStringLiteral("--select"), QStringLiteral("u-2002")});
    ASSERT_EQ(selected.exitCode, 0) << selected;
    EXPECT_TRUE(selected.outText().contains(QStringLiteral("lab-alice-corp"))) << "the username when there is no nickname";
    const CliRun balance = run({QStringLiteral("--json"), QStringLiteral("balance")});
    EXPECT_EQ(balance.json().array().at(0)[QStringLiteral("balance")].toString(), QStringLiteral("500.00")) << balance;
}

TEST_F(YuanjingCliTest, AWrongCodeAddsNothing)
{
    const QString wrong = QStringLiteral("000000");
    const CliRun r = addAccount(kDemoPhone, {}, wrong);
    if (backend()->lastSmsCode(kDemoPhone) == wrong)
        GTEST_SKIP() << "the simulator happened to send 000000";
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("手机短信验证码出错"))) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("The account was not added.")));
    EXPECT_TRUE(accountId().isEmpty());
}

TEST_F(YuanjingCliTest, AnUnknownPhoneGetsANewAccount)
{
    const CliRun r = addAccount(QStringLiteral("13712345678"));
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(backend()->userIds(QStringLiteral("13712345678")).size(), 1);
    const CliRun balance = run({QStringLiteral("--json"), QStringLiteral("balance")});
    EXPECT_EQ(balance.json().array().at(0)[QStringLiteral("balance")].toString(), QStringLiteral("0.00"));
}

TEST_F(YuanjingCliTest, WithoutATerminalTheCodeMustComeOnStdinAndNoSmsIsSentOtherwise)
{
    const CliRun r = run({QStringLiteral("account"), QStringLiteral("add"), kAccount, QStringLiteral("--platform"),
                          QStringLiteral("yuanjing"), QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--login"), kDemoPhone});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("--code-stdin"))) << r;
    EXPECT_EQ(backend()->smsCount(kDemoPhone), 0);
    const CliRun secret = run({QStringLiteral("account"), QStringLiteral("add"), kAccount, QStringLiteral("--platform"),
                               QStringLiteral("yuanjing"), QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--login"),
                               kDemoPhone, QStringLiteral("--secret-stdin")},
                              "cookie\n");
    EXPECT_EQ(secret.exitCode, 2) << secret;
    const CliRun noUrl = run({QStringLiteral("account"), QStringLiteral("add"), kAccount, QStringLiteral("--platform"),
                              QStringLiteral("yuanjing"), QStringLiteral("--login"), kDemoPhone, QStringLiteral("--code-stdin")});
    EXPECT_EQ(noUrl.exitCode, 2) << noUrl;
    EXPECT_TRUE(noUrl.errText().contains(QStringLiteral("--base-url"))) << noUrl;
    const CliRun badPhone = run({QStringLiteral("account"), QStringLiteral("add"), kAccount, QStringLiteral("--platform"),
                                 QStringLiteral("yuanjing"), QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--login"),
                                 QStringLiteral("12345"), QStringLiteral("--code-stdin")});
    EXPECT_EQ(badPhone.exitCode, 2) << badPhone;
    EXPECT_EQ(backend()->smsCount(QStringLiteral("12345")), 0);
}

TEST_F(YuanjingCliTest, AnEndedSessionSaysHowToSignInAgain)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    backend()->expireSessions();
    for (const QStringList &args : {QStringList{QStringLiteral("balance")}, QStringList{QStringLiteral("orders")},
                                    QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("keys")}}) {
        const CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 3) << r;
        EXPECT_TRUE(r.errText().contains(QStringLiteral("The 元境 session has ended."))) << r;
        EXPECT_TRUE(r.errText().contains(QStringLiteral("suanli-cli account login yj"))) << r;
    }
    const CliRun login = runWithCode({QStringLiteral("account"), QStringLiteral("login"), kAccount, QStringLiteral("--code-stdin")},
                                     kDemoPhone);
    ASSERT_EQ(login.exitCode, 0) << login;
    EXPECT_TRUE(login.outText().contains(QStringLiteral("Signed in to yj again"))) << login;
    m_lastSecret = keychainSecret(accountId()).value_or(QString());
    const CliRun balance = run({QStringLiteral("balance")});
    EXPECT_EQ(balance.exitCode, 0) << balance;
    EXPECT_TRUE(balance.outText().contains(QStringLiteral("108.50"))) << balance;
}

TEST_F(YuanjingCliTest, SigningInAgainPicksTheSameOfThePhonesAccounts)
{
    ASSERT_EQ(addAccount(kChoosePhone, {QStringLiteral("--select"), QStringLiteral("u-2001")}).exitCode, 0);
    backend()->expireSessions();
    const CliRun login = runWithCode({QStringLiteral("account"), QStringLiteral("login"), kAccount, QStringLiteral("--code-stdin")},
                                     kChoosePhone);
    ASSERT_EQ(login.exitCode, 0) << login;
    EXPECT_TRUE(login.outText().contains(QStringLiteral("Alice"))) << login;
}

// ---- money -----------------------------------------------------------------------------------------

TEST_F(YuanjingCliTest, BalanceIsTheSumOfTheAccounts)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("balance")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.json().array().at(0)[QStringLiteral("balance")].toString(), QStringLiteral("108.50"));
    EXPECT_EQ(r.json().array().at(0)[QStringLiteral("platform")].toString(), QStringLiteral("yuanjing"));
}

TEST_F(YuanjingCliTest, RechargeNeedsYesAndPrintsThePaymentAddress)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun refused = run({QStringLiteral("recharge"), QStringLiteral("100")});
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("¥100.00")));
    EXPECT_TRUE(backend()->rechargeTradeNos().isEmpty());
    EXPECT_EQ(run({QStringLiteral("recharge"), QStringLiteral("1.005"), QStringLiteral("--yes")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("recharge"), QStringLiteral("0"), QStringLiteral("--yes")}).exitCode, 2);
    const CliRun r = run({QStringLiteral("recharge"), QStringLiteral("12.50"), QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QUrl url(r.outText().trimmed());
    EXPECT_EQ(url.path(), QStringLiteral("/sim/alipay/gateway.do")) << r;
    EXPECT_EQ(QUrlQuery(url).queryItemValue(QStringLiteral("total_amount")), QStringLiteral("12.50"));
    EXPECT_EQ(backend()->rechargeTradeNos().size(), 1);
    EXPECT_EQ(server()->requestCount(QStringLiteral("/unipay/user_recharge.dspy")), 1);
}

TEST_F(YuanjingCliTest, RechargeWaitsForThePayment)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const qint64 before = backend()->cashFen(QStringLiteral("u-1001"));
    const CliRun r = runWithCode({QStringLiteral("recharge"), QStringLiteral("30"), QStringLiteral("--yes"), QStringLiteral("--wait"),
                                  QStringLiteral("--timeout"), QStringLiteral("30")},
                                 QString(), std::nullopt, [this] {
                                     // Pay once the page exists, as the user in the browser would.
                                     if (backend()->rechargeTradeNos().isEmpty())
                                         return false;
                                     return backend()->completeRecharge(backend()->rechargeTradeNos().constFirst());
                                 });
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.outText().contains(QStringLiteral("from ¥108.50 to ¥138.50"))) << r;
    EXPECT_EQ(backend()->cashFen(QStringLiteral("u-1001")), before + 3000);
}

TEST_F(YuanjingCliTest, RechargeWaitGivesUpWhenNothingIsPaid)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun r = run({QStringLiteral("recharge"), QStringLiteral("30"), QStringLiteral("--yes"), QStringLiteral("--wait"),
                          QStringLiteral("--timeout"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("No payment arrived"))) << r;
}

TEST_F(YuanjingCliTest, OrdersArePaged)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun first = run({QStringLiteral("--json"), QStringLiteral("orders")});
    ASSERT_EQ(first.exitCode, 0) << first;
    EXPECT_EQ(first.json()[QStringLiteral("total")].toInt(), 96);
    EXPECT_EQ(first.json()[QStringLiteral("rows")].toArray().size(), 80);
    EXPECT_EQ(first.json()[QStringLiteral("pages")].toInt(), 2);
    const CliRun second = run({QStringLiteral("--json"), QStringLiteral("orders"), QStringLiteral("--page"), QStringLiteral("2")});
    EXPECT_EQ(second.json()[QStringLiteral("rows")].toArray().size(), 16);
    const QJsonObject row = second.json()[QStringLiteral("rows")].toArray().at(0).toObject();
    EXPECT_FALSE(row[QStringLiteral("amount")].toString().isEmpty());
    EXPECT_FALSE(row[QStringLiteral("accountingStatus")].toString().isEmpty());
    const CliRun text = run({QStringLiteral("orders"), QStringLiteral("--page-size"), QStringLiteral("5")});
    EXPECT_TRUE(text.errText().contains(QStringLiteral("Page 1 of 20; 96 orders in all."))) << text;
    EXPECT_TRUE(text.outText().contains(QStringLiteral("AMOUNT")));
}

TEST_F(YuanjingCliTest, PriceAndPricingTest)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun price = run({QStringLiteral("--json"), QStringLiteral("price"), QStringLiteral("--model"), QStringLiteral("vidu-q1"),
                              QStringLiteral("--duration"), QStringLiteral("10"), QStringLiteral("--resolution"),
                              QStringLiteral("1080p"), QStringLiteral("--audio")});
    ASSERT_EQ(price.exitCode, 0) << price;
    EXPECT_EQ(price.json()[QStringLiteral("listPrice")].toString(), QStringLiteral("11.00"));
    EXPECT_EQ(price.json()[QStringLiteral("price")].toString(), QStringLiteral("8.80"));
    EXPECT_EQ(run({QStringLiteral("price")}).exitCode, 2);
    const CliRun unknown = run({QStringLiteral("price"), QStringLiteral("--model"), QStringLiteral("none")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("产品不存在")));
    const CliRun test = run({QStringLiteral("pricing-test"), QStringLiteral("pp-vidu-q1"), QStringLiteral("--usage"),
                             QStringLiteral("{\"seconds\":5,\"resolution\":\"720p\"}")});
    ASSERT_EQ(test.exitCode, 0) << test;
    EXPECT_TRUE(test.outText().contains(QStringLiteral("¥2.00"))) << test;
    EXPECT_EQ(run({QStringLiteral("pricing-test"), QStringLiteral("pp-vidu-q1"), QStringLiteral("--usage"), QStringLiteral("[1]")}).exitCode, 2);
}

// ---- API keys -------------------------------------------------------------------------------------

TEST_F(YuanjingCliTest, KeysAreListedAppliedForAndShown)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString seededKey = backend()->apps(QStringLiteral("u-1001")).constFirst().apikey;
    const CliRun list = run({QStringLiteral("keys")});
    ASSERT_EQ(list.exitCode, 0) << list;
    EXPECT_TRUE(list.outText().contains(QStringLiteral("my-desktop")));
    EXPECT_FALSE(list.outText().contains(seededKey)) << "the list names apps, not keys";
    const CliRun applied = run({QStringLiteral("keys"), QStringLiteral("apply"), QStringLiteral("batch-jobs"),
                                QStringLiteral("--description"), QStringLiteral("nightly")});
    ASSERT_EQ(applied.exitCode, 0) << applied;
    const QString id = applied.outText().trimmed();
    ASSERT_EQ(backend()->apps(QStringLiteral("u-1001")).size(), 2);
    EXPECT_EQ(id, backend()->apps(QStringLiteral("u-1001")).at(1).id);
    EXPECT_EQ(server()->requestCount(QStringLiteral("/dapi/apply_apikey.dspy")), 1);
    const CliRun shown = run({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("show"), id});
    ASSERT_EQ(shown.exitCode, 0) << shown;
    EXPECT_EQ(shown.json()[QStringLiteral("apikey")].toString(), backend()->apps(QStringLiteral("u-1001")).at(1).apikey);
    EXPECT_EQ(shown.json()[QStringLiteral("secretkey")].toString(), backend()->apps(QStringLiteral("u-1001")).at(1).secretkey);
    const CliRun duplicate = run({QStringLiteral("keys"), QStringLiteral("apply"), QStringLiteral("batch-jobs")});
    EXPECT_EQ(duplicate.exitCode, 1);
    EXPECT_TRUE(duplicate.errText().contains(QStringLiteral("应用名已存在")));
    EXPECT_EQ(run({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("d-none")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("keys"), QStringLiteral("delete")}).exitCode, 2);
}

// ---- video ------------------------------------------------------------------------------------------

TEST_F(YuanjingCliTest, ModelsPerType)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun all = run({QStringLiteral("--json"), QStringLiteral("models")});
    ASSERT_EQ(all.exitCode, 0) << all;
    EXPECT_EQ(all.json().array().size(), 4);
    const CliRun image = run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("--type"), QStringLiteral("image")});
    ASSERT_EQ(image.json().array().size(), 1);
    EXPECT_EQ(image.json().array().at(0)[QStringLiteral("typeKey")].toString(), QStringLiteral("图生视频"));
    EXPECT_EQ(image.json().array().at(0)[QStringLiteral("fields")].toArray().at(0)[QStringLiteral("kind")].toString(),
              QStringLiteral("image"));
    const CliRun chinese = run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("--type"), QStringLiteral("参考生视频")});
    EXPECT_EQ(chinese.json().array().size(), 1);
    EXPECT_EQ(run({QStringLiteral("models"), QStringLiteral("--type"), QStringLiteral("audio")}).exitCode, 2);
}

TEST_F(YuanjingCliTest, VideoCreateShowsThePriceNeedsYesAndPrintsTheLink)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QStringList args{QStringLiteral("video"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("vidu-q1"),
                           QStringLiteral("--prompt"), QStringLiteral("a cat surfing"), QStringLiteral("--duration"),
                           QStringLiteral("5"), QStringLiteral("--resolution"), QStringLiteral("720p")};
    const CliRun refused = run(args);
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("¥2.00"))) << refused;
    EXPECT_EQ(backend()->inferenceCount(), 0);
    const CliRun r = run(args + QStringList{QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QString link = r.outText().trimmed();
    EXPECT_TRUE(link.startsWith(baseUrl() + QStringLiteral("/media/video/t-"))) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("CREATED"))) << "progress lines: " << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("PROCESSING"))) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("SUCCEEDED"))) << r;
    EXPECT_EQ(backend()->inferenceCount(), 1);
    EXPECT_EQ(server()->requestCount(QStringLiteral("/llmage/vidu_inference.dspy")), 1);

    const QString taskId = link.section(u'/', -1).section(u'.', 0, 0);
    const CliRun tasks = run({QStringLiteral("--json"), QStringLiteral("video"), QStringLiteral("tasks")});
    ASSERT_EQ(tasks.exitCode, 0) << tasks;
    ASSERT_EQ(tasks.json().array().size(), 3);
    EXPECT_EQ(tasks.json().array().at(0)[QStringLiteral("taskId")].toString(), taskId);
    EXPECT_EQ(tasks.json().array().at(0)[QStringLiteral("prompt")].toString(), QStringLiteral("a cat surfing"));
    const CliRun status = run({QStringLiteral("video"), QStringLiteral("status"), taskId});
    ASSERT_EQ(status.exitCode, 0) << status;
    EXPECT_TRUE(status.outText().contains(QStringLiteral("SUCCEEDED")));
    EXPECT_TRUE(status.outText().contains(link));
    const CliRun failedTask = run({QStringLiteral("video"), QStringLiteral("status"), QStringLiteral("t-7a4e91c0b2f8")});
    EXPECT_TRUE(failedTask.outText().contains(QStringLiteral("reason:"))) << failedTask;
    // The generic list shows the tasks too.
    const CliRun list = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("video-task")});
    EXPECT_EQ(list.json().array().size(), 3) << list;
}

TEST_F(YuanjingCliTest, VideoCreateInJson)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("video"), QStringLiteral("create"), QStringLiteral("--model"),
                          QStringLiteral("vidu-2.0"), QStringLiteral("--prompt"), QStringLiteral("json please"), QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.json()[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    EXPECT_EQ(r.json()[QStringLiteral("price")].toString(), QStringLiteral("1.40"));
    EXPECT_FALSE(r.json()[QStringLiteral("video")].toString().isEmpty());
}

TEST_F(YuanjingCliTest, VideoInputsAreCheckedAgainstTheModel)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QStringList base{QStringLiteral("video"), QStringLiteral("create"), QStringLiteral("--prompt"), QStringLiteral("x"),
                           QStringLiteral("--yes"), QStringLiteral("--model")};
    EXPECT_EQ(run(base + QStringList{QStringLiteral("vidu-q1"), QStringLiteral("--ratio"), QStringLiteral("2:1")}).exitCode, 2);
    EXPECT_EQ(run(base + QStringList{QStringLiteral("vidu-q1"), QStringLiteral("--duration"), QStringLiteral("16")}).exitCode, 2);
    EXPECT_EQ(run(base + QStringList{QStringLiteral("vidu-2.0"), QStringLiteral("--audio")}).exitCode, 2);
    const CliRun noImage = run(base + QStringList{QStringLiteral("vidu-q1-img")});
    EXPECT_EQ(noImage.exitCode, 2);
    EXPECT_TRUE(noImage.errText().contains(QStringLiteral("--image"))) << noImage;
    EXPECT_EQ(run(base + QStringList{QStringLiteral("vidu-none")}).exitCode, 2);
    EXPECT_EQ(backend()->inferenceCount(), 0);
}

TEST_F(YuanjingCliTest, ImageToVideoTakesAFile)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString path = m_configDir.filePath(QStringLiteral("frame.png"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, '\x42')); // the bytes are the platform's to judge
    file.close();
    const CliRun r = run({QStringLiteral("video"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("vidu-q1-img"),
                          QStringLiteral("--prompt"), QStringLiteral("the frame moves"), QStringLiteral("--image"), path,
                          QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const auto tasks = backend()->tasks(QStringLiteral("u-1001"));
    EXPECT_TRUE(tasks.last().input.value(QStringLiteral("image")).toString().startsWith(u"data:image/png;base64,"));
}

TEST_F(YuanjingCliTest, ABrokenStreamStillEndsWithTheLink)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    server()->injectFault(QStringLiteral("/llmage/vidu_inference.dspy"), suanli::sim::Fault::BreakStream);
    const CliRun r = run({QStringLiteral("video"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("vidu-q1"),
                          QStringLiteral("--prompt"), QStringLiteral("broken"), QStringLiteral("--poll-seconds"), QStringLiteral("1"),
                          QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.outText().trimmed().contains(QStringLiteral("/media/video/t-"))) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("stream broke"))) << r;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/llmage/vidu_inference.dspy")), 1);
}

TEST_F(YuanjingCliTest, AFailedVideoExitsWithItsReason)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    backend()->failNextVideo(QStringLiteral("上游服务繁忙"));
    const CliRun r = run({QStringLiteral("video"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("vidu-q1"),
                          QStringLiteral("--prompt"), QStringLiteral("x"), QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("上游服务繁忙"))) << r;
    EXPECT_TRUE(r.outText().isEmpty());
}

TEST_F(YuanjingCliTest, CommandsOfOtherPlatformsAreRefused)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun tokens = run({QStringLiteral("tokens")});
    EXPECT_EQ(tokens.exitCode, 2) << tokens;
    const CliRun stop = run({QStringLiteral("stop"), QStringLiteral("t-5f1c0a2b9d3e"), QStringLiteral("--yes")});
    EXPECT_NE(stop.exitCode, 0) << stop;
}

} // namespace
