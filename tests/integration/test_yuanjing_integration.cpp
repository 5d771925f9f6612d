// The 元境 client and provider against the simulator over loopback, through the real QNAM stack
// and the one-shot path: the SMS sign-in (and its choose branch), the cookie session as the
// secret and its end, every endpoint, the streamed generation and its fall-back to polling
// when the stream breaks, the task table across a restart, and the download of a video.
#include "providerharness.h"
#include "waitfor.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/redactor.h"
#include "core/sessioncookiejar.h"
#include "platforms/platformregistry.h"
#include "platforms/yuanjing/balancewatch.h"
#include "platforms/yuanjing/videodownload.h"
#include "platforms/yuanjing/videogeneration.h"
#include "platforms/yuanjing/yuanjingmapping.h"
#include "platforms/yuanjing/yuanjingprovider.h"
#include "sim/fault.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/yuanjing/yuanjingbackend.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

using namespace suanli;
using namespace suanli::yuanjing;
using suanli::test::await;
using suanli::test::waitFor;

namespace {

const QString kInference = QStringLiteral("/llmage/vidu_inference.dspy");
const QString kStatus = QStringLiteral("/llmage/get_asynctask_status.dspy");
const QString kLogin = QStringLiteral("/rbac/phone_login.dspy");
const QString kRecharge = QStringLiteral("/unipay/user_recharge.dspy");
const QString kApply = QStringLiteral("/dapi/apply_apikey.dspy");

// What a generation told, in order.
struct Watched
{
    QList<VideoEvent> events;
    QStringList polling;
    std::optional<Result<VideoTask>> result;
};

class YuanjingIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(env.start({QStringLiteral("yuanjing")})) << env.errorString().toStdString();
        backend = env.yuanjing();
        server = env.server(QStringLiteral("yuanjing"));
        ASSERT_TRUE(backend && server);
        backend->setSmsIntervalMs(0);
        backend->setGenerationMs(600);
        account.id = Account::newId();
        account.displayName = QStringLiteral("yj-test");
        account.platform = QStringLiteral("yuanjing");
        account.baseUrl = server->baseUrl();
        account.login = sim::YuanjingBackend::demoPhone();
        open();
    }

    // A session and provider for the account, as at a start of the app (the state file kept).
    void open()
    {
        provider.reset();
        session = std::make_unique<AccountSession>(account, &log);
        session->setStateFile(AccountSession::stateFilePath(dir.path(), account.id));
        RetryPolicy p;
        p.baseDelayMs = 20;
        p.maxDelayMs = 100;
        session->http()->setRetryPolicy(p);
        auto created = PlatformRegistry::createProvider(session.get());
        provider.reset(qobject_cast<YuanjingProvider *>(created.release()));
        ASSERT_TRUE(provider);
    }

    Result<LoginOutcome> signIn(const QString &phone, const QString &selected = {})
    {
        const auto key = await<QString>([&](QObject *ctx, auto done) { provider->sendSmsCode(phone, ctx, done); });
        EXPECT_TRUE(key) << (key ? "" : key.error().message.toStdString());
        if (!key)
            return key.error();
        lastKey = key.value();
        return await<LoginOutcome>([&](QObject *ctx, auto done) {
            provider->signIn(phone, key.value(), backend->lastSmsCode(phone), selected, ctx, done);
        });
    }

    void signInDemo()
    {
        const auto r = signIn(sim::YuanjingBackend::demoPhone());
        ASSERT_TRUE(r) << r.error().message.toStdString();
        ASSERT_TRUE(r.value().signedIn);
    }

    VideoRequest videoRequest(const QString &llmid = QStringLiteral("vidu-q1"), const QString &prompt = QStringLiteral("a cat surfing"))
    {
        VideoRequest r;
        r.llmid = llmid;
        r.prompt = prompt;
        r.duration = 5;
        r.ratio = QStringLiteral("16:9");
        r.resolution = QStringLiteral("720p");
        return r;
    }

    Watched generate(const VideoRequest &request, int waitMs = 15000)
    {
        VideoGeneration::Options options;
        options.pollMs = 100;
        VideoGeneration *g = provider->generation(request, session.get(), options);
        Watched w;
        QObject::connect(g, &VideoGeneration::event, g, [&w](const VideoEvent &e) { w.events.append(e); });
        QObject::connect(g, &VideoGeneration::pollingStarted, g, [&w](const QString &why) { w.polling.append(why); });
        QObject::connect(g, &VideoGeneration::finished, g, [&w](const Result<VideoTask> &r) { w.result.emplace(r); });
        g->start();
        EXPECT_TRUE(waitFor([&w] { return w.result.has_value(); }, waitMs));
        g->deleteLater();
        return w;
    }

    QString user() const { return backend->userIdOfSession(cookieValue()); }
    QString cookieValue() const
    {
        const auto cookies = session->cookieJar()->cookiesForUrl(server->baseUrl());
        return cookies.isEmpty() ? QString() : QString::fromLatin1(cookies.constFirst().value());
    }

    QTemporaryDir dir;
    EventLog log;
    sim::SimEnvironment env;
    sim::YuanjingBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    Account account;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<YuanjingProvider> provider;
    QString lastKey;
};

// ---- sign-in and the session -------------------------------------------------------------

TEST_F(YuanjingIntegration, TheSmsSignInMakesTheCookieTheSecret)
{
    QStringList secrets;
    QObject::connect(session.get(), &AccountSession::secretChanged, session.get(),
                     [&secrets](const QString &s) { secrets.append(s); });
    EXPECT_FALSE(session->hasSecret());
    signInDemo();
    EXPECT_EQ(session->state(), AccountState::Online);
    ASSERT_FALSE(secrets.isEmpty());
    EXPECT_EQ(session->secret(), secrets.last());
    EXPECT_TRUE(SessionCookieJar::isCookieSecret(session->secret()));
    EXPECT_EQ(user(), QStringLiteral("u-1001"));
    EXPECT_EQ(server->requestCount(kLogin), 1);
    // The cookie value never shows in a log line.
    EXPECT_FALSE(Redactor::redact(QStringLiteral("cookie ") + cookieValue()).contains(cookieValue()));
    const auto verified = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    EXPECT_TRUE(verified);
}

TEST_F(YuanjingIntegration, TheSecretSignsInAgainAfterARestart)
{
    signInDemo();
    const QString secret = session->secret();
    open(); // a new start: empty jar until the secret comes from the keychain
    const auto before = await<QList<AccountBalance>>([&](QObject *ctx, auto done) { provider->balances(ctx, done); });
    ASSERT_FALSE(before);
    EXPECT_EQ(before.error().kind, ApiError::Kind::Auth) << "no cookie: 401";
    session->setSecret(secret);
    const auto after = await<QList<AccountBalance>>([&](QObject *ctx, auto done) { provider->balances(ctx, done); });
    ASSERT_TRUE(after) << after.error().message.toStdString();
    EXPECT_EQ(after.value().size(), 2);
}

TEST_F(YuanjingIntegration, AnEndedSessionIsAnAuthErrorThatSaysToSignInAgain)
{
    signInDemo();
    backend->expireSessions();
    const auto r = await<Balance>([&](QObject *ctx, auto done) { provider->balance(ctx, done); });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(r.error().message, Mapping::sessionExpiredMessage());
    EXPECT_EQ(session->state(), AccountState::AuthFailed);
    // A new code in the same jar: online again, with a new secret.
    const QString old = session->secret();
    signInDemo();
    EXPECT_NE(session->secret(), old);
    EXPECT_TRUE(await<Balance>([&](QObject *ctx, auto done) { provider->balance(ctx, done); }));
    EXPECT_EQ(session->state(), AccountState::Online);
}

TEST_F(YuanjingIntegration, APhoneWithSeveralAccountsIsAskedToChoose)
{
    const auto first = signIn(sim::YuanjingBackend::choosePhone());
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_FALSE(first.value().signedIn);
    ASSERT_EQ(first.value().candidates.size(), 2);
    EXPECT_EQ(first.value().candidates.at(0).displayName(), QStringLiteral("Alice"));
    EXPECT_EQ(first.value().candidates.at(1).displayName(), QStringLiteral("lab-alice-corp"));
    EXPECT_EQ(first.value().key, lastKey);
    EXPECT_NE(session->state(), AccountState::Online);
    // The same code with the choice.
    const auto second = await<LoginOutcome>([&](QObject *ctx, auto done) {
        provider->signIn(sim::YuanjingBackend::choosePhone(), first.value().key,
                         backend->lastSmsCode(sim::YuanjingBackend::choosePhone()), first.value().candidates.at(1).id, ctx, done);
    });
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_TRUE(second.value().signedIn);
    EXPECT_EQ(second.value().user.id, QStringLiteral("u-2002"));
    const auto b = await<Balance>([&](QObject *ctx, auto done) { provider->balance(ctx, done); });
    ASSERT_TRUE(b);
    EXPECT_EQ(b.value().available.fen(), 50000);
}

TEST_F(YuanjingIntegration, AKnownChoiceIsSentOnTheFirstTry)
{
    const auto r = signIn(sim::YuanjingBackend::choosePhone(), QStringLiteral("u-2001"));
    ASSERT_TRUE(r);
    EXPECT_TRUE(r.value().signedIn);
    EXPECT_EQ(r.value().user.id, QStringLiteral("u-2001"));
    EXPECT_EQ(server->requestCount(kLogin), 1);
}

TEST_F(YuanjingIntegration, AWrongCodeIsThePlatformsError)
{
    const auto key = await<QString>([&](QObject *ctx, auto done) { provider->sendSmsCode(QStringLiteral("138 0000 0000"), ctx, done); });
    ASSERT_TRUE(key);
    const QString right = backend->lastSmsCode(sim::YuanjingBackend::demoPhone());
    const auto r = await<LoginOutcome>([&](QObject *ctx, auto done) {
        provider->signIn(sim::YuanjingBackend::demoPhone(), key.value(), right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000"),
                         {}, ctx, done);
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(r.error().message, QStringLiteral("手机短信验证码出错"));
    EXPECT_FALSE(session->hasSecret() && backend->userIdOfSession(cookieValue()) == u"u-1001");
    // A phone that is no mobile number is refused before sending anything.
    const auto bad = await<QString>([&](QObject *ctx, auto done) { provider->sendSmsCode(QStringLiteral("12345"), ctx, done); });
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ApiError::Kind::Unsupported);
    EXPECT_EQ(backend->smsCount(sim::YuanjingBackend::demoPhone()), 1);
}

TEST_F(YuanjingIntegration, AnUnknownPhoneSignsUpWithANewAccount)
{
    const auto r = signIn(QStringLiteral("13712345678"));
    ASSERT_TRUE(r);
    EXPECT_TRUE(r.value().signedIn);
    EXPECT_EQ(r.value().user.username, QStringLiteral("13712345678"));
    const auto b = await<Balance>([&](QObject *ctx, auto done) { provider->balance(ctx, done); });
    ASSERT_TRUE(b);
    EXPECT_EQ(b.value().available.fen(), 0);
}

// ---- money ----------------------------------------------------------------------------------

TEST_F(YuanjingIntegration, BalanceIsTheSumOfTheAccounts)
{
    signInDemo();
    const auto list = await<QList<AccountBalance>>([&](QObject *ctx, auto done) { provider->balances(ctx, done); });
    ASSERT_TRUE(list);
    ASSERT_EQ(list.value().size(), 2);
    EXPECT_EQ(list.value().at(0).balance.fen(), 8850);
    const auto b = await<Balance>([&](QObject *ctx, auto done) { provider->balance(ctx, done); });
    ASSERT_TRUE(b);
    EXPECT_EQ(b.value().available.fen(), 10850);
    EXPECT_EQ(b.value().accountId, account.id);
}

TEST_F(YuanjingIntegration, RechargeIsSentOnceAndTheWatchSeesThePayment)
{
    signInDemo();
    const auto url = await<QUrl>([&](QObject *ctx, auto done) { provider->recharge(Money::fromFen(5025), ctx, done); });
    ASSERT_TRUE(url) << url.error().message.toStdString();
    EXPECT_EQ(url.value().path(), QStringLiteral("/sim/alipay/gateway.do"));
    EXPECT_EQ(QUrlQuery(url.value()).queryItemValue(QStringLiteral("total_amount")), QStringLiteral("50.25"));
    EXPECT_EQ(server->requestCount(kRecharge), 1);

    BalanceWatch watch(provider->client(), Money::fromFen(10850), 100);
    std::optional<std::pair<Money, Money>> change;
    int checks = 0;
    QObject::connect(&watch, &BalanceWatch::checked, &watch, [&checks] { ++checks; });
    QObject::connect(&watch, &BalanceWatch::changed, &watch, [&change](Money a, Money b) { change.emplace(a, b); });
    watch.start();
    ASSERT_TRUE(waitFor([&checks] { return checks >= 2; }, 3000));
    EXPECT_FALSE(change.has_value()) << "unpaid: nothing moved";
    ASSERT_TRUE(backend->completeRecharge(backend->rechargeTradeNos().constFirst()));
    ASSERT_TRUE(waitFor([&change] { return change.has_value(); }, 3000));
    EXPECT_EQ(change->first.fen(), 10850);
    EXPECT_EQ(change->second.fen(), 15875);
    EXPECT_FALSE(watch.isWatching());
}

TEST_F(YuanjingIntegration, ARechargeThatLostItsAnswerIsNotSentAgain)
{
    signInDemo();
    server->injectFault(kRecharge, sim::Fault::DropAfterProcess);
    const auto url = await<QUrl>([&](QObject *ctx, auto done) { provider->recharge(Money::fromFen(1000), ctx, done); });
    ASSERT_FALSE(url);
    EXPECT_TRUE(url.error().ambiguous);
    EXPECT_EQ(server->requestCount(kRecharge), 1);
    EXPECT_EQ(backend->rechargeTradeNos().size(), 1);
}

TEST_F(YuanjingIntegration, AWatchCanBeStoppedAndTakesItsFirstAnswerAsTheStart)
{
    signInDemo();
    BalanceWatch watch(provider->client(), std::nullopt, 100);
    int checks = 0;
    QObject::connect(&watch, &BalanceWatch::checked, &watch, [&checks] { ++checks; });
    watch.start();
    ASSERT_TRUE(waitFor([&checks] { return checks >= 1; }, 3000));
    EXPECT_EQ(watch.before()->fen(), 10850);
    watch.stop();
    const int stoppedAt = checks;
    waitFor([] { return false; }, 300);
    EXPECT_LE(checks, stoppedAt + 1);
}

TEST_F(YuanjingIntegration, OrdersArePaged)
{
    signInDemo();
    const auto first = await<OrdersPage>([&](QObject *ctx, auto done) { provider->orders(1, 80, ctx, done); });
    ASSERT_TRUE(first);
    EXPECT_EQ(first.value().total, 96);
    EXPECT_EQ(first.value().rows.size(), 80);
    const auto second = await<OrdersPage>([&](QObject *ctx, auto done) { provider->orders(2, 80, ctx, done); });
    ASSERT_TRUE(second);
    EXPECT_EQ(second.value().rows.size(), 16);
    EXPECT_GT(first.value().rows.first().usedAt, second.value().rows.first().usedAt);
    EXPECT_FALSE(first.value().rows.first().usage.isEmpty());
}

TEST_F(YuanjingIntegration, PricesAndThePricingTest)
{
    signInDemo();
    VideoRequest r = videoRequest();
    r.resolution = QStringLiteral("1080p");
    r.duration = 10;
    r.audio = true;
    const auto q = await<PriceQuote>([&](QObject *ctx, auto done) { provider->price(r, ctx, done); });
    ASSERT_TRUE(q) << q.error().message.toStdString();
    EXPECT_EQ(q.value().listPrice.fen(), 1100);
    EXPECT_EQ(q.value().price.fen(), 880);
    EXPECT_EQ(YuanjingProvider::priceText(q.value()), QStringLiteral("¥8.80 (list price ¥11.00)"));
    const auto p = await<PricingResult>([&](QObject *ctx, auto done) {
        provider->testPricing(QStringLiteral("pp-vidu-q1"),
                              {{QStringLiteral("seconds"), 5}, {QStringLiteral("resolution"), QStringLiteral("720p")}}, ctx, done);
    });
    ASSERT_TRUE(p);
    EXPECT_EQ(p.value().result.fen(), 200);
    const auto unknown = await<PricingResult>([&](QObject *ctx, auto done) {
        provider->testPricing(QStringLiteral("pp-none"), {{QStringLiteral("seconds"), 5}}, ctx, done);
    });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message, QStringLiteral("定价项目不存在"));
}

// ---- API keys --------------------------------------------------------------------------------

TEST_F(YuanjingIntegration, ApiKeysAreListedAppliedForOnceAndShown)
{
    signInDemo();
    const auto apps = await<QList<ApiApp>>([&](QObject *ctx, auto done) { provider->apps(ctx, done); });
    ASSERT_TRUE(apps);
    ASSERT_EQ(apps.value().size(), 1);
    const auto applied = await<Done>([&](QObject *ctx, auto done) {
        provider->applyApiKey(QStringLiteral("batch-jobs"), QStringLiteral("nightly"), ctx, done);
    });
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    EXPECT_EQ(server->requestCount(kApply), 1);
    const auto again = await<QList<ApiApp>>([&](QObject *ctx, auto done) { provider->apps(ctx, done); });
    ASSERT_TRUE(again);
    ASSERT_EQ(again.value().size(), 2);
    const auto key = await<ApiKey>([&](QObject *ctx, auto done) { provider->apiKey(again.value().at(1).id, ctx, done); });
    ASSERT_TRUE(key);
    EXPECT_EQ(key.value().appname, QStringLiteral("batch-jobs"));
    EXPECT_EQ(key.value().apikey, backend->apps(QStringLiteral("u-1001")).at(1).apikey);
    EXPECT_FALSE(Redactor::redact(key.value().secretkey).contains(key.value().secretkey));
    const auto duplicate = await<Done>([&](QObject *ctx, auto done) { provider->applyApiKey(QStringLiteral("batch-jobs"), {}, ctx, done); });
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().message, QStringLiteral("应用名已存在"));
}

// ---- models and video --------------------------------------------------------------------------

TEST_F(YuanjingIntegration, ModelsOfEachType)
{
    signInDemo();
    for (const auto &[type, count] : {std::pair{VideoType::TextToVideo, 2}, std::pair{VideoType::ImageToVideo, 1},
                                      std::pair{VideoType::ReferenceToVideo, 1}}) {
        const auto r = await<QList<VideoModel>>([&](QObject *ctx, auto done) { provider->models(type, ctx, done); });
        ASSERT_TRUE(r);
        EXPECT_EQ(r.value().size(), count);
        for (const VideoModel &m : r.value()) {
            EXPECT_EQ(m.type, type);
            EXPECT_EQ(m.needsImage(), type != VideoType::TextToVideo) << m.id.toStdString();
            ASSERT_NE(m.field(QStringLiteral("duration")), nullptr);
            EXPECT_EQ(m.field(QStringLiteral("duration"))->maximum, 15);
        }
    }
}

TEST_F(YuanjingIntegration, AVideoIsStreamedToItsLinkAndRemembered)
{
    signInDemo();
    const qint64 cash = backend->cashFen(QStringLiteral("u-1001"));
    const Watched w = generate(videoRequest());
    ASSERT_TRUE(w.result && *w.result) << (w.result && !*w.result ? w.result->error().message.toStdString() : "");
    const VideoTask &t = w.result->value();
    EXPECT_TRUE(t.succeeded());
    EXPECT_TRUE(t.video.endsWith(QStringLiteral("/media/video/") + t.taskId + QStringLiteral(".mp4")));
    EXPECT_EQ(t.usage.value(QStringLiteral("seconds")).toInt(), 5);
    EXPECT_TRUE(w.polling.isEmpty()) << "the stream was enough";
    ASSERT_GE(w.events.size(), 4);
    EXPECT_EQ(w.events.first().status, QStringLiteral("CREATED"));
    EXPECT_EQ(w.events.last().kind, VideoEvent::Kind::Succeeded);
    bool progress = false;
    for (const VideoEvent &e : w.events)
        progress = progress || e.progress > 0;
    EXPECT_TRUE(progress);
    EXPECT_EQ(server->requestCount(kInference), 1);
    EXPECT_EQ(server->requestCount(kStatus), 0);
    EXPECT_TRUE(waitFor([&] { return backend->cashFen(QStringLiteral("u-1001")) == cash - 200; }, 2000));
    // In the task table, with the prompt this app knows.
    const auto rows = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(rows);
    const auto it = std::find_if(rows.value().cbegin(), rows.value().cend(), [&](const Resource &r) { return r.id == t.taskId; });
    ASSERT_NE(it, rows.value().cend());
    EXPECT_EQ(it->kind, ResourceKind::VideoTask);
    EXPECT_EQ(it->status, ResourceStatus::Succeeded);
    EXPECT_EQ(it->name, QStringLiteral("a cat surfing"));
    EXPECT_EQ(it->webUrl, t.video);
}

TEST_F(YuanjingIntegration, ABrokenStreamFallsBackToPolling)
{
    signInDemo();
    server->injectFault(kInference, sim::Fault::BreakStream);
    const Watched w = generate(videoRequest());
    ASSERT_TRUE(w.result && *w.result) << (w.result && !*w.result ? w.result->error().message.toStdString() : "");
    EXPECT_TRUE(w.result->value().succeeded());
    EXPECT_FALSE(w.result->value().video.isEmpty());
    ASSERT_EQ(w.polling.size(), 1);
    EXPECT_TRUE(w.polling.constFirst().contains(QStringLiteral("stream broke")));
    EXPECT_EQ(server->requestCount(kInference), 1) << "never sent twice";
    EXPECT_GE(server->requestCount(kStatus), 1);
    EXPECT_EQ(backend->inferenceCount(), 1);
}

TEST_F(YuanjingIntegration, AnAsyncModelsShortStreamIsFollowedByPolling)
{
    signInDemo();
    VideoRequest r = videoRequest(QStringLiteral("vidu-q1-ref"));
    r.image = QStringLiteral("https://example.com/ref.png");
    const Watched w = generate(r);
    ASSERT_TRUE(w.result && *w.result);
    EXPECT_TRUE(w.result->value().succeeded());
    ASSERT_EQ(w.polling.size(), 1);
    EXPECT_GE(server->requestCount(kStatus), 2);
}

TEST_F(YuanjingIntegration, AFailedVideoSaysWhy)
{
    signInDemo();
    backend->failNextVideo(QStringLiteral("上游服务繁忙"));
    const Watched w = generate(videoRequest());
    ASSERT_TRUE(w.result && *w.result);
    EXPECT_TRUE(w.result->value().failed());
    EXPECT_EQ(w.result->value().error, QStringLiteral("上游服务繁忙"));
    const auto rows = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows.value().constFirst().status, ResourceStatus::Failed);
    EXPECT_TRUE(rows.value().constFirst().statusText.contains(QStringLiteral("上游服务繁忙")));
}

TEST_F(YuanjingIntegration, AShortBalanceIsRefusedBeforeAnyTask)
{
    const auto r = signIn(QStringLiteral("13712345678")); // a new account: nothing to pay with
    ASSERT_TRUE(r && r.value().signedIn);
    const Watched w = generate(videoRequest());
    ASSERT_TRUE(w.result.has_value());
    ASSERT_FALSE(*w.result);
    EXPECT_EQ(w.result->error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(w.result->error().message, QStringLiteral("账户余额不够"));
    EXPECT_FALSE(w.result->error().ambiguous);
    EXPECT_EQ(backend->inferenceCount(), 0);
}

TEST_F(YuanjingIntegration, AnAnswerLostAfterTheTaskWasMadeIsFoundAmongTodaysTasks)
{
    signInDemo();
    server->injectFault(kInference, sim::Fault::DropAfterProcess);
    const Watched w = generate(videoRequest(QStringLiteral("vidu-q1"), QStringLiteral("lost answer")));
    ASSERT_TRUE(w.result && *w.result) << (w.result && !*w.result ? w.result->error().message.toStdString() : "");
    EXPECT_TRUE(w.result->value().succeeded());
    EXPECT_EQ(backend->inferenceCount(), 1);
    EXPECT_EQ(server->requestCount(kInference), 1);
}

TEST_F(YuanjingIntegration, ARequestThatNeverArrivedIsAnAmbiguousFailureNotARetry)
{
    signInDemo();
    server->injectFault(kInference, sim::Fault::Reset);
    const Watched w = generate(videoRequest(QStringLiteral("vidu-q1"), QStringLiteral("reset")));
    ASSERT_TRUE(w.result.has_value());
    ASSERT_FALSE(*w.result);
    EXPECT_EQ(w.result->error().kind, ApiError::Kind::Network);
    EXPECT_EQ(backend->inferenceCount(), 0);
    EXPECT_EQ(server->requestCount(kInference), 0);
}

TEST_F(YuanjingIntegration, AnEndedSessionStopsTheGeneration)
{
    signInDemo();
    backend->expireSessions();
    const Watched w = generate(videoRequest());
    ASSERT_TRUE(w.result.has_value());
    ASSERT_FALSE(*w.result);
    EXPECT_EQ(w.result->error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(session->state(), AccountState::AuthFailed);
}

TEST_F(YuanjingIntegration, TheTaskTableShowsTodayAndWhatThisAppSawBefore)
{
    signInDemo();
    const auto today = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(today);
    EXPECT_EQ(today.value().size(), 2);
    const Watched w = generate(videoRequest(QStringLiteral("vidu-2.0"), QStringLiteral("remember me")));
    ASSERT_TRUE(w.result && *w.result);
    const QString secret = session->secret();
    open(); // the app starts again
    EXPECT_EQ(provider->rememberedTasks().size(), 3) << "kept in the account's state file";
    session->setSecret(secret);
    const auto rows = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows.value().size(), 3);
    EXPECT_EQ(rows.value().constFirst().id, w.result->value().taskId) << "newest first";
    EXPECT_EQ(rows.value().constFirst().name, QStringLiteral("remember me"));
    const auto one = await<Resource>([&](QObject *ctx, auto done) { provider->resource(w.result->value().taskId, ctx, done); });
    ASSERT_TRUE(one);
    EXPECT_EQ(one.value().status, ResourceStatus::Succeeded);
    EXPECT_EQ(one.value().name, QStringLiteral("remember me"));
}

TEST_F(YuanjingIntegration, TheVideoDownloadsWithProgress)
{
    signInDemo();
    const Watched w = generate(videoRequest());
    ASSERT_TRUE(w.result && *w.result);
    const QString path = dir.filePath(QStringLiteral("video.mp4"));
    VideoDownload download(session->network(), QUrl(w.result->value().video), path);
    QList<qint64> progress;
    std::optional<Result<QString>> done;
    QObject::connect(&download, &VideoDownload::progress, &download, [&progress](qint64 got, qint64) { progress.append(got); });
    QObject::connect(&download, &VideoDownload::finished, &download, [&done](const Result<QString> &r) { done.emplace(r); });
    download.start();
    ASSERT_TRUE(waitFor([&done] { return done.has_value(); }, 5000));
    ASSERT_TRUE(*done) << done->error().message.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 384 * 1024);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last(), 384 * 1024);
    // A link that is gone leaves no file behind.
    const QString missing = dir.filePath(QStringLiteral("missing.mp4"));
    VideoDownload gone(session->network(), QUrl(server->baseUrl().toString() + QStringLiteral("/media/video/t-none.mp4")), missing);
    std::optional<Result<QString>> failed;
    QObject::connect(&gone, &VideoDownload::finished, &gone, [&failed](const Result<QString> &r) { failed.emplace(r); });
    gone.start();
    ASSERT_TRUE(waitFor([&failed] { return failed.has_value(); }, 5000));
    ASSERT_FALSE(*failed);
    EXPECT_EQ(failed->error().httpStatus, 404);
    EXPECT_FALSE(QFile::exists(missing));
}

} // namespace
