// The 慧星云 client and provider against the simulator, over real loopback sockets and the real
// QNAM stack, plus one raw capture of what goes on the wire.
#include "providerharness.h"
#include "waitfor.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/redactor.h"
#include "platforms/huixingyun/huixingyunmapping.h"
#include "platforms/huixingyun/huixingyunprovider.h"
#include "platforms/platformregistry.h"
#include "sim/fault.h"
#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace suanli;
using namespace suanli::huixingyun;
using suanli::test::await;
using suanli::test::waitFor;

namespace {

const QString kList = QStringLiteral("/gpu/instances/list");
const QString kBuy = QStringLiteral("/gpu/instances/buy");
const QString kStop = QStringLiteral("/gpu/instances/stop");
const QString kStart = QStringLiteral("/gpu/instances/start");
const QString kCardlessStart = QStringLiteral("/gpu/instances/cardless/start");
const QString kRestart = QStringLiteral("/gpu/instances/restart");
const QString kRebuild = QStringLiteral("/gpu/instances/rebuild");
const QString kDestroy = QStringLiteral("/gpu/instances/destroy");
const QString kLengthen = QStringLiteral("/gpu/instances/lengthen");
const QString kRenew = QStringLiteral("/gpu/instances/renew");
const QString kSnapshot = QStringLiteral("/gpu/instance/snapshot");

class HuixingyunIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("huixingyun")})) << env.errorString().toStdString();
        backend = env.huixingyun();
        server = env.server(QStringLiteral("huixingyun"));
        ASSERT_TRUE(backend && server);
        backend->setTransitionMs(100);
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("hx-test");
        a.platform = QStringLiteral("huixingyun");
        // The platform's base URL ends in a slash; paths must not come out doubled.
        a.baseUrl = QUrl(env.endpoints().first().baseUrl.toString() + QLatin1Char('/'));
        a.login = backend->username();
        session = std::make_unique<AccountSession>(a, &log);
        session->setSecret(backend->apiToken());
        RetryPolicy p;
        p.baseDelayMs = 20;
        p.maxDelayMs = 100;
        session->http()->setRetryPolicy(p);
        auto created = PlatformRegistry::createProvider(session.get());
        provider.reset(qobject_cast<HuixingyunProvider *>(created.release()));
        ASSERT_TRUE(provider);
    }

    Client *client() const { return provider->client(); }

    QJsonObject simInstance(const QString &gid) const { return backend->instanceJson(gid); }
    QString simStatus(const QString &gid) const { return simInstance(gid).value(QStringLiteral("status")).toString(); }

    // The first seeded instance with this status and billing (and GPU type, when given).
    QString find(const QString &status, const QString &payMethod, const QString &gpuTypePart = {}) const
    {
        for (const QString &gid : backend->instanceIds()) {
            const QJsonObject o = simInstance(gid);
            if (o.value(QStringLiteral("status")).toString() == status
                && o.value(QStringLiteral("pay_method")).toString() == payMethod
                && o.value(QStringLiteral("size")).toObject().value(QStringLiteral("gpu_type")).toString().contains(gpuTypePart))
                return gid;
        }
        return {};
    }

    Resource resourceFor(const QString &gid)
    {
        auto r = await<Resource>([&](QObject *ctx, auto done) { provider->resource(gid, ctx, done); });
        EXPECT_TRUE(r) << gid.toStdString();
        return r ? r.value() : Resource();
    }

    Status perform(const Resource &resource, const ActionRequest &request)
    {
        return await<Done>([&](QObject *ctx, auto done) { provider->perform(resource, request, ctx, done); });
    }

    Status perform(const QString &gid, Action action)
    {
        ActionRequest req;
        req.action = action;
        return perform(resourceFor(gid), req);
    }

    Result<BatchOutcome> batch(const QList<Resource> &resources, const ActionRequest &request)
    {
        return await<BatchOutcome>([&](QObject *ctx, auto done) { provider->performBatch(resources, request, ctx, done); });
    }

    static ActionRequest request(Action action)
    {
        ActionRequest r;
        r.action = action;
        return r;
    }

    QList<GpuProduct> products()
    {
        auto r = await<QList<GpuProduct>>([&](QObject *ctx, auto done) { client()->products(ctx, done); });
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : QList<GpuProduct>();
    }

    QList<Image> publicImages(const QString &gpuType)
    {
        auto r = await<QList<Image>>([&](QObject *ctx, auto done) { client()->publicImages(gpuType, ctx, done); });
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : QList<Image>();
    }

    GpuProduct product(const QString &gpuType)
    {
        for (const GpuProduct &p : products()) {
            if (p.gpuType == gpuType)
                return p;
        }
        ADD_FAILURE() << "no product " << gpuType.toStdString();
        return {};
    }

    BuyRequest buyRequestFor(const GpuProduct &p, int count, int gpus)
    {
        const QList<Image> images = publicImages(p.gpuType);
        EXPECT_FALSE(images.isEmpty());
        BuyRequest b;
        b.imageId = images.isEmpty() ? QString() : images.first().imageId;
        b.count = count;
        b.gpuType = p.gpuType;
        b.gpusPerInstance = gpus;
        b.extraDiskGb = 100;
        b.payUnit = PayUnit::Hourly;
        b.roomName = p.roomName;
        return b;
    }

    bool logMentions(const QString &text) const
    {
        for (int i = 0; i < log.size(); ++i) {
            if (log.at(i).message.contains(text))
                return true;
        }
        return false;
    }

    sim::SimEnvironment env;
    sim::HuixingyunBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    EventLog log;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<HuixingyunProvider> provider;
};

} // namespace

// ---- registry, tokens, reads --------------------------------------------------------------------

TEST_F(HuixingyunIntegration, RegisteredPlatform)
{
    auto info = PlatformRegistry::find(QStringLiteral("huixingyun"));
    ASSERT_TRUE(info);
    EXPECT_EQ(info->defaultBaseUrl, QUrl(QStringLiteral("https://api-v1.huixingyun.com/")));
    EXPECT_TRUE(info->needsLogin);
    EXPECT_FALSE(info->secretLabel.isEmpty());
    EXPECT_TRUE(info->secretHelp.contains(QStringLiteral("password")));
    // The document's base URL joins with the paths without a double slash.
    Account a;
    a.baseUrl = info->defaultBaseUrl;
    AccountSession s(a, nullptr);
    EXPECT_EQ(s.endpoint(QStringLiteral("/gpu/instances/list")).toString(),
              QStringLiteral("https://api-v1.huixingyun.com/gpu/instances/list"));
}

TEST_F(HuixingyunIntegration, TokensGenerateListAndDelete)
{
    const int before = int(backend->tokenValues().size());
    auto created = await<ApiToken>([&](QObject *ctx, auto done) {
        provider->generateToken(backend->password(), QStringLiteral("desktop-client"), ctx, done);
    });
    ASSERT_TRUE(created) << created.error().message.toStdString();
    const QString token = created.value().token;
    EXPECT_EQ(created.value().name, QStringLiteral("desktop-client"));
    EXPECT_TRUE(created.value().createdAt.isValid());
    EXPECT_TRUE(backend->tokenValues().contains(token));
    EXPECT_EQ(int(backend->tokenValues().size()), before + 1);
    // A token created here is a secret from now on.
    EXPECT_FALSE(Redactor::redact(QStringLiteral("value ") + token).contains(token));

    auto listed = await<QList<ApiToken>>([&](QObject *ctx, auto done) { provider->listTokens(backend->password(), ctx, done); });
    ASSERT_TRUE(listed);
    QStringList values;
    for (const ApiToken &t : listed.value())
        values.append(t.token);
    const QStringList simTokens = backend->tokenValues();
    EXPECT_EQ(QSet<QString>(values.cbegin(), values.cend()), QSet<QString>(simTokens.cbegin(), simTokens.cend()));

    // The new token works.
    session->setSecret(token);
    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); }));
    EXPECT_EQ(session->state(), AccountState::Online);

    // Deleting it signs the account out, and the platform refuses it from then on.
    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { provider->deleteTokens(backend->password(), {token}, ctx, done); }));
    EXPECT_FALSE(backend->tokenValues().contains(token));
    EXPECT_EQ(session->state(), AccountState::AuthFailed);
    auto refused = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(session->state(), AccountState::AuthFailed);

    // A wrong password is an auth error about the password, on every token call.
    auto wrong = await<QList<ApiToken>>([&](QObject *ctx, auto done) { provider->listTokens(QStringLiteral("nope-nope"), ctx, done); });
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind, ApiError::Kind::Auth);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("password")));
    auto wrongCreate = await<ApiToken>([&](QObject *ctx, auto done) {
        provider->generateToken(QStringLiteral("nope-nope"), QStringLiteral("x"), ctx, done);
    });
    ASSERT_FALSE(wrongCreate);
    EXPECT_EQ(wrongCreate.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(server->requestCount(QStringLiteral("/generate/token")), 2); // never retried
    // Creating and deleting tokens are sent once; the password is never in the activity log.
    for (int i = 0; i < log.size(); ++i)
        EXPECT_FALSE(log.at(i).message.contains(backend->password())) << log.at(i).message.toStdString();
}

TEST_F(HuixingyunIntegration, CatalogMatchesTheServer)
{
    const QList<GpuProduct> list = products();
    ASSERT_GE(list.size(), 3);
    for (const GpuProduct &p : list) {
        EXPECT_FALSE(p.gpuType.isEmpty());
        EXPECT_FALSE(p.roomName.isEmpty());
        EXPECT_EQ(p.gpuRemain, backend->gpuRemain(p.gpuType)) << p.gpuType.toStdString();
        EXPECT_GT(p.cpu, 0);
        EXPECT_GT(p.memoryGb, 0);
    }
    auto apps = await<QList<AppProduct>>([&](QObject *ctx, auto done) { client()->applications(ctx, done); });
    ASSERT_TRUE(apps);
    ASSERT_EQ(apps.value().size(), 6);
    EXPECT_EQ(apps.value().first().appType, QStringLiteral("sd-webui"));

    const QList<Image> images = publicImages(list.at(1).gpuType);
    ASSERT_FALSE(images.isEmpty());
    for (const Image &i : images) {
        EXPECT_EQ(i.roomName, list.at(1).roomName);
        EXPECT_FALSE(i.os.isEmpty());
        EXPECT_FALSE(i.mine);
    }
    auto mine = await<QList<Image>>([&](QObject *ctx, auto done) { client()->myImages(QStringLiteral("105"), ctx, done); });
    ASSERT_TRUE(mine);
    EXPECT_GE(mine.value().size(), 2);
    for (const Image &i : mine.value())
        EXPECT_TRUE(i.mine);
    // Bad parameters come back as the server's own words.
    auto bad = await<QList<Image>>([&](QObject *ctx, auto done) { client()->publicImages(QStringLiteral("no-such-type"), ctx, done); });
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(bad.error().httpStatus, 400);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("gpu_type"))) << bad.error().message.toStdString();
}

TEST_F(HuixingyunIntegration, ListMapsEveryInstance)
{
    auto rows = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(rows) << rows.error().message.toStdString();
    EXPECT_EQ(session->state(), AccountState::Online);
    QSet<QString> ids;
    for (const Resource &r : rows.value()) {
        ids.insert(r.id);
        const QJsonObject sim = simInstance(r.id);
        EXPECT_EQ(r.platform, QStringLiteral("huixingyun"));
        EXPECT_EQ(r.statusText, sim.value(QStringLiteral("status")).toString());
        EXPECT_EQ(r.status, Mapping::normalizedStatus(r.statusText));
        EXPECT_NE(r.status, ResourceStatus::Unknown);
        EXPECT_FALSE(r.gpuModel.contains(u'*'));
        EXPECT_GE(r.gpuCount, 1);
        EXPECT_GT(r.diskGb, 0);
        EXPECT_FALSE(r.region.isEmpty());
        EXPECT_TRUE(r.remote.isValid());
        EXPECT_EQ(r.remote.password, sim.value(QStringLiteral("password")).toString());
        EXPECT_FALSE(r.raw.contains(QStringLiteral("password")));
        // SSH passwords never reach a log line.
        EXPECT_EQ(Redactor::redact(r.remote.password), Redactor::mask);
        if (!sim.value(QStringLiteral("app_metadata")).toObject().isEmpty()) {
            EXPECT_TRUE(r.name.contains(QStringLiteral(" · "))) << r.name.toStdString();
        }
    }
    const QStringList simIds = backend->instanceIds();
    EXPECT_EQ(ids, QSet<QString>(simIds.cbegin(), simIds.cend()));
}

TEST_F(HuixingyunIntegration, BalanceIsUnsupported)
{
    EXPECT_FALSE(provider->capabilities().testFlag(Provider::Capability::Balance));
    auto b = await<Balance>([&](QObject *ctx, auto done) { provider->balance(ctx, done); });
    ASSERT_FALSE(b);
    EXPECT_EQ(b.error().kind, ApiError::Kind::Unsupported);
    EXPECT_TRUE(b.error().message.contains(QStringLiteral("balance")));
    EXPECT_EQ(server->totalRequestCount(), 0);
}

TEST_F(HuixingyunIntegration, WrongTokenIsAnAuthErrorAskingForANewToken)
{
    session->setSecret(QStringLiteral("hx-wrong-token-9999"));
    auto r = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(r.error().httpStatus, 401);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("new token"))) << r.error().message.toStdString();
    EXPECT_EQ(session->state(), AccountState::AuthFailed);
    EXPECT_EQ(server->requestCount(kList), 1); // not retried

    session->setSecret(backend->apiToken());
    EXPECT_TRUE(await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); }));
    EXPECT_EQ(session->state(), AccountState::Online);
}

TEST_F(HuixingyunIntegration, ListSurvivesServerErrorsResetsAndTimeouts)
{
    auto count = [&] {
        auto r = await<QList<Instance>>([&](QObject *ctx, auto done) { client()->instances(ctx, done); });
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value().size() : -1;
    };
    const qsizetype expected = count();
    ASSERT_GT(expected, 0);
    server->injectFault(kList, sim::Fault::Http500, 2);
    EXPECT_EQ(count(), expected);
    server->injectFault(kList, sim::Fault::Http503RetryAfter, 1);
    EXPECT_EQ(count(), expected);
    server->injectFault(kList, sim::Fault::Reset, 2);
    EXPECT_EQ(count(), expected);
    server->injectFault(kList, sim::Fault::Truncate, 1);
    EXPECT_EQ(count(), expected);
    session->http()->setDefaultTimeoutMs(400);
    server->injectFault(kList, sim::Fault::NoAnswer, 1);
    EXPECT_EQ(count(), expected);
    EXPECT_EQ(server->armedFaultCount(), 0);

    server->injectFault(kList, sim::Fault::Http500, 100);
    auto failed = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(failed.error().httpStatus, 500);
    server->clearFaults();
}

TEST_F(HuixingyunIntegration, UnreachableServerMarksTheAccountOffline)
{
    env.stop();
    auto r = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Network);
    EXPECT_EQ(session->state(), AccountState::Offline);
}

// ---- orders -------------------------------------------------------------------------------------

TEST_F(HuixingyunIntegration, BuyArrivesOnceWhenAReusedConnectionIsDropped)
{
    const GpuProduct p = product(QStringLiteral("geforce_rtx_4090_16u100m_106"));
    const BuyRequest b = buyRequestFor(p, 1, 1);
    // The reads above left a kept-alive connection in the account's pool.
    const int connectionsBefore = server->connectionCount();
    server->injectFault(kBuy, sim::Fault::DropAfterProcessIfReused, 1);
    auto r = await<OrderOutcome>([&](QObject *ctx, auto done) { provider->buy(b, p, ctx, done); });
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().succeeded, 1);
    EXPECT_EQ(r.value().orderUids.size(), 1);
    EXPECT_EQ(backend->buyCount(), 1);
    EXPECT_EQ(server->requestCount(kBuy), 1);
    EXPECT_GT(server->connectionCount(), connectionsBefore);
    EXPECT_EQ(server->armedFaultCount(), 1); // it would have fired on a reused connection
    server->clearFaults();
}

TEST_F(HuixingyunIntegration, BuyDroppedAfterProcessingIsAmbiguousAndNotResent)
{
    const GpuProduct p = product(QStringLiteral("geforce_rtx_4090_16u100m_106"));
    const BuyRequest b = buyRequestFor(p, 1, 1);
    server->injectFault(kBuy, sim::Fault::DropAfterProcess, 5);
    auto r = await<OrderOutcome>([&](QObject *ctx, auto done) { provider->buy(b, p, ctx, done); });
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().ambiguous);
    EXPECT_EQ(backend->buyCount(), 1);
    EXPECT_EQ(server->requestCount(kBuy), 1);
    EXPECT_TRUE(logMentions(QStringLiteral("failed")));
    server->clearFaults();
}

TEST_F(HuixingyunIntegration, PartialOrderAndFindingItsInstances)
{
    const GpuProduct p = product(QStringLiteral("geforce_rtx_4090_16u100m_106"));
    ASSERT_GE(p.gpuRemain, 2);
    // Two instances of all the free GPUs each: stock covers one.
    const BuyRequest b = buyRequestFor(p, 2, p.gpuRemain);
    auto r = await<OrderOutcome>([&](QObject *ctx, auto done) { provider->buy(b, p, ctx, done); });
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().succeeded, 1);
    EXPECT_EQ(r.value().failed, 1);
    ASSERT_EQ(r.value().orderUids.size(), 1);
    ASSERT_EQ(r.value().failures.size(), 1);
    EXPECT_FALSE(r.value().failures.first().isEmpty());
    EXPECT_EQ(backend->buyCount(), 1);

    auto found = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->findOrder(r.value().orderUids, ctx, done); });
    ASSERT_TRUE(found);
    ASSERT_EQ(found.value().size(), 1);
    const Resource bought = found.value().first();
    EXPECT_EQ(bought.gpuCount, p.gpuRemain);
    EXPECT_EQ(bought.billing, QStringLiteral("Hourly"));
    EXPECT_EQ(bought.diskGb, p.systemDiskGb + p.dataDiskGb + 100);
    EXPECT_TRUE(waitFor([&] { return simStatus(bought.id) == QStringLiteral("Running"); }, 5000));
    EXPECT_TRUE(await<QList<Resource>>([&](QObject *ctx, auto done) {
                    provider->findOrder({QStringLiteral("no-such-order")}, ctx, done);
                }).value().isEmpty());
}

TEST_F(HuixingyunIntegration, BuyApplication)
{
    BuyAppRequest b;
    b.appType = QStringLiteral("comfyui");
    b.count = 1;
    auto r = await<OrderOutcome>([&](QObject *ctx, auto done) { provider->buyApplication(b, ctx, done); });
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().succeeded, 1);
    auto found = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->findOrder(r.value().orderUids, ctx, done); });
    ASSERT_TRUE(found);
    ASSERT_EQ(found.value().size(), 1);
    EXPECT_TRUE(found.value().first().name.startsWith(QStringLiteral("ComfyUI · "))) << found.value().first().name.toStdString();
}

TEST_F(HuixingyunIntegration, InvalidOrdersAreRefusedBeforeSending)
{
    const GpuProduct p = product(QStringLiteral("geforce_rtx_4090_16u100m_106"));
    auto refused = [&](const BuyRequest &b) {
        auto r = await<OrderOutcome>([&](QObject *ctx, auto done) { provider->buy(b, p, ctx, done); });
        EXPECT_FALSE(r);
        return r ? QString() : r.error().message;
    };
    BuyRequest tooMany = buyRequestFor(p, 1, p.gpuRemain + 1);
    EXPECT_TRUE(refused(tooMany).contains(QString::number(p.gpuRemain)));
    BuyRequest disk = buyRequestFor(p, 1, 1);
    disk.extraDiskGb = 150;
    EXPECT_TRUE(refused(disk).contains(QStringLiteral("100")));
    BuyRequest none = buyRequestFor(p, 0, 1);
    EXPECT_FALSE(refused(none).isEmpty());
    BuyRequest room = buyRequestFor(p, 1, 1);
    room.roomName = QStringLiteral("102");
    EXPECT_FALSE(refused(room).isEmpty());
    BuyAppRequest app;
    app.appType = QStringLiteral("comfyui");
    app.count = 0;
    EXPECT_FALSE(await<OrderOutcome>([&](QObject *ctx, auto done) { provider->buyApplication(app, ctx, done); }));
    EXPECT_EQ(server->requestCount(kBuy), 0);
    EXPECT_EQ(server->requestCount(QStringLiteral("/gpu/application/buy")), 0);
    EXPECT_EQ(backend->buyCount(), 0);
}

// ---- power ----------------------------------------------------------------------------------------

TEST_F(HuixingyunIntegration, CardlessStopThenStartUsesTheCardlessCall)
{
    const QString gid = find(QStringLiteral("Running"), QStringLiteral("Hour"), QStringLiteral("_106"));
    ASSERT_FALSE(gid.isEmpty());
    const Resource running = resourceFor(gid);
    auto stopped = batch({running}, request(Action::StopCardless));
    ASSERT_TRUE(stopped) << stopped.error().message.toStdString();
    EXPECT_EQ(stopped.value().succeeded, QStringList{gid});
    EXPECT_EQ(backend->stopMode(gid), QStringLiteral("card_less"));
    EXPECT_EQ(server->requestCount(kStop), 1);
    EXPECT_EQ(session->persisted(QStringLiteral("stopMode/") + gid).toString(), QStringLiteral("cardless"));
    ASSERT_TRUE(waitFor([&] { return simStatus(gid) == QStringLiteral("Stopped"); }, 5000));

    // The list says only "Stopped"; the row says how.
    const Resource r = resourceFor(gid);
    EXPECT_EQ(r.status, ResourceStatus::Stopped);
    EXPECT_TRUE(r.statusText.contains(QStringLiteral("card-less"))) << r.statusText.toStdString();
    EXPECT_TRUE(provider->stoppedCardless(gid));

    ASSERT_TRUE(perform(r, request(Action::Start)));
    EXPECT_EQ(server->requestCount(kCardlessStart), 1);
    EXPECT_EQ(server->requestCount(kStart), 0);
    EXPECT_TRUE(waitFor([&] { return simStatus(gid) == QStringLiteral("Running"); }, 5000));
    EXPECT_FALSE(session->persisted(QStringLiteral("stopMode/") + gid).isValid());
    EXPECT_FALSE(provider->stoppedCardless(gid));
    EXPECT_TRUE(logMentions(gid));
}

TEST_F(HuixingyunIntegration, NormalStopThenStart)
{
    const QString gid = find(QStringLiteral("Running"), QStringLiteral("Day"));
    ASSERT_FALSE(gid.isEmpty());
    ASSERT_TRUE(perform(gid, Action::Stop));
    EXPECT_EQ(backend->stopMode(gid), QStringLiteral("normal"));
    EXPECT_EQ(session->persisted(QStringLiteral("stopMode/") + gid).toString(), QStringLiteral("normal"));
    ASSERT_TRUE(waitFor([&] { return simStatus(gid) == QStringLiteral("Stopped"); }, 5000));
    const Resource r = resourceFor(gid);
    EXPECT_EQ(r.statusText, QStringLiteral("Stopped"));
    // Stopping a stopped instance is refused without a request.
    auto again = perform(r, request(Action::Stop));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ApiError::Kind::Unsupported);
    EXPECT_EQ(server->requestCount(kStop), 1);

    ASSERT_TRUE(perform(r, request(Action::Start)));
    EXPECT_EQ(server->requestCount(kStart), 1);
    EXPECT_EQ(server->requestCount(kCardlessStart), 0);
    EXPECT_TRUE(waitFor([&] { return simStatus(gid) == QStringLiteral("Running"); }, 5000));
}

TEST_F(HuixingyunIntegration, StartOfAnInstanceStoppedCardlessElsewhere)
{
    // Seeded stopped card-less, with no record here: the normal start is refused, the
    // card-less one follows for that instance only.
    QString gid;
    for (const QString &id : backend->instanceIds()) {
        if (backend->stopMode(id) == QStringLiteral("card_less"))
            gid = id;
    }
    ASSERT_FALSE(gid.isEmpty());
    ASSERT_TRUE(perform(gid, Action::Start));
    EXPECT_EQ(server->requestCount(kStart), 1);
    EXPECT_EQ(server->requestCount(kCardlessStart), 1);
    EXPECT_TRUE(waitFor([&] { return simStatus(gid) == QStringLiteral("Running"); }, 5000));
}

TEST_F(HuixingyunIntegration, MixedBatchWithPartialFailures)
{
    // Stop two running instances in one request: one card-less batch.
    const QString a = find(QStringLiteral("Running"), QStringLiteral("Hour"), QStringLiteral("_106"));
    const QString b = find(QStringLiteral("Running"), QStringLiteral("Day"));
    const QString stoppedNormally = find(QStringLiteral("Stopped"), QStringLiteral("Hour"));
    ASSERT_FALSE(a.isEmpty() || b.isEmpty() || stoppedNormally.isEmpty());
    ASSERT_EQ(backend->stopMode(stoppedNormally), QStringLiteral("normal"));
    const Resource ra = resourceFor(a);
    const Resource rb = resourceFor(b);
    auto stop = batch({ra, rb}, request(Action::StopCardless));
    ASSERT_TRUE(stop);
    EXPECT_EQ(stop.value().succeeded, (QStringList{a, b}));
    EXPECT_EQ(server->requestCount(kStop), 1);
    EXPECT_EQ(backend->requestCountFor(a, kStop), 1);
    EXPECT_EQ(backend->requestCountFor(b, kStop), 1);
    ASSERT_TRUE(waitFor([&] { return simStatus(a) == QStringLiteral("Stopped") && simStatus(b) == QStringLiteral("Stopped"); }, 5000));

    // Start: a card-less one, a normal one, a running one (refused here) and one whose row is
    // stale (refused by the platform), in one call from the caller's side.
    const Resource stale = resourceFor(b);
    ASSERT_TRUE(await<BatchOutcome>([&](QObject *ctx, auto done) { client()->startCardless({b}, ctx, done); }));
    ASSERT_TRUE(waitFor([&] { return simStatus(b) == QStringLiteral("Running"); }, 5000));
    const QString running = find(QStringLiteral("Running"), QStringLiteral("Month"));
    ASSERT_FALSE(running.isEmpty());
    const int startsBefore = server->requestCount(kStart);
    const int cardlessBefore = server->requestCount(kCardlessStart);
    auto start = batch({resourceFor(a), resourceFor(stoppedNormally), resourceFor(running), stale}, request(Action::Start));
    ASSERT_TRUE(start) << start.error().message.toStdString();
    EXPECT_EQ(start.value().succeeded, (QStringList{a, stoppedNormally}));
    ASSERT_EQ(start.value().failed.size(), 2);
    EXPECT_EQ(start.value().failed.at(0).first, running);
    EXPECT_EQ(start.value().failed.at(1).first, b);
    // Seen running by the list, b lost its card-less record: the normal start is refused, and so
    // is the card-less one that follows for an instance of unknown stop mode.
    EXPECT_TRUE(start.value().failed.at(1).second.contains(QStringLiteral("card-less")))
        << start.value().failed.at(1).second.toStdString();
    // One request per start call (plus that one retry); the running instance never went out.
    EXPECT_EQ(server->requestCount(kStart), startsBefore + 1);
    EXPECT_EQ(server->requestCount(kCardlessStart), cardlessBefore + 2);
    EXPECT_EQ(backend->requestCountFor(b, kStart), 1);
    EXPECT_EQ(backend->requestCountFor(running, kStart), 0);
    EXPECT_EQ(backend->requestCountFor(running, kCardlessStart), 0);
    EXPECT_EQ(backend->requestCountFor(a, kCardlessStart), 1);
    EXPECT_EQ(backend->requestCountFor(stoppedNormally, kStart), 1);
    EXPECT_TRUE(waitFor([&] { return simStatus(a) == QStringLiteral("Running") && simStatus(stoppedNormally) == QStringLiteral("Running"); }, 5000));
    // The activity log has the request and each outcome.
    EXPECT_TRUE(logMentions(a));
    EXPECT_TRUE(logMentions(running));
    EXPECT_EQ(session->state(), AccountState::Online);
}

TEST_F(HuixingyunIntegration, Restart)
{
    const QString gid = find(QStringLiteral("Running"), QStringLiteral("Month"));
    ASSERT_FALSE(gid.isEmpty());
    ASSERT_TRUE(perform(gid, Action::Restart));
    EXPECT_EQ(server->requestCount(kRestart), 1);
    EXPECT_TRUE(waitFor([&] { return simStatus(gid) != QStringLiteral("Running"); }, 2000));
    EXPECT_TRUE(waitFor([&] { return simStatus(gid) == QStringLiteral("Running"); }, 5000));
}

// ---- images -------------------------------------------------------------------------------------

TEST_F(HuixingyunIntegration, RebuildKeepsTheOperatingSystem)
{
    const QString gid = find(QStringLiteral("Running"), QStringLiteral("Hour"), QStringLiteral("_106"));
    ASSERT_FALSE(gid.isEmpty());
    const Resource r = resourceFor(gid);
    const QString currentImage = simInstance(gid).value(QStringLiteral("image")).toObject().value(QStringLiteral("image_id")).toString();
    QString sameOs;
    QString otherOs;
    for (const Image &i : publicImages(simInstance(gid).value(QStringLiteral("size")).toObject().value(QStringLiteral("gpu_type")).toString())) {
        if (i.os == u"linux" && i.imageId != currentImage)
            sameOs = i.imageId;
        if (i.os == u"windows")
            otherOs = i.imageId;
    }
    ASSERT_FALSE(sameOs.isEmpty());
    ASSERT_FALSE(otherOs.isEmpty());

    // The offered images are of the instance's OS only.
    auto offered = await<QList<Image>>([&](QObject *ctx, auto done) { provider->rebuildImages(r, ctx, done); });
    ASSERT_TRUE(offered);
    EXPECT_FALSE(offered.value().isEmpty());
    for (const Image &i : offered.value())
        EXPECT_EQ(i.os, QStringLiteral("linux"));

    ActionRequest other = request(Action::Rebuild);
    other.imageId = otherOs;
    auto refused = perform(r, other);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Unsupported);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("windows"))) << refused.error().message.toStdString();
    EXPECT_EQ(server->requestCount(kRebuild), 0);

    ActionRequest same = request(Action::Rebuild);
    same.imageId = sameOs;
    ASSERT_TRUE(perform(r, same));
    EXPECT_EQ(server->requestCount(kRebuild), 1);
    EXPECT_TRUE(waitFor([&] {
        const QJsonObject o = simInstance(gid);
        return o.value(QStringLiteral("status")).toString() == QStringLiteral("Running")
            && o.value(QStringLiteral("image")).toObject().value(QStringLiteral("image_id")).toString() == sameOs;
    }, 5000));
}

TEST_F(HuixingyunIntegration, RebuildWithAnImageNotYetSeenLooksItsOsUp)
{
    // A fresh provider knows no image yet: it reads the catalogs before deciding.
    const QString gid = find(QStringLiteral("Stopped"), QStringLiteral("Hour"), QStringLiteral("_106"));
    ASSERT_FALSE(gid.isEmpty());
    const Resource r = resourceFor(gid); // on the Windows image
    ASSERT_EQ(simInstance(gid).value(QStringLiteral("image")).toObject().value(QStringLiteral("os")).toString(), QStringLiteral("windows"));
    QString linuxImage;
    for (const Image &i : publicImages(simInstance(gid).value(QStringLiteral("size")).toObject().value(QStringLiteral("gpu_type")).toString())) {
        if (i.os == u"linux")
            linuxImage = i.imageId;
    }
    HuixingyunProvider fresh(session.get());
    ActionRequest req = request(Action::Rebuild);
    req.imageId = linuxImage;
    auto refused = await<Done>([&](QObject *ctx, auto done) { fresh.perform(r, req, ctx, done); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Unsupported);
    EXPECT_EQ(server->requestCount(kRebuild), 0);
}

TEST_F(HuixingyunIntegration, SnapshotOfOneInstance)
{
    const QString gid = find(QStringLiteral("Running"), QStringLiteral("Month"));
    ASSERT_FALSE(gid.isEmpty());
    const Resource r = resourceFor(gid);
    ActionRequest unnamed = request(Action::Snapshot);
    EXPECT_FALSE(perform(r, unnamed));
    ActionRequest named = request(Action::Snapshot);
    named.name = QStringLiteral("my-env-0705");
    EXPECT_FALSE(batch({r, resourceFor(find(QStringLiteral("Running"), QStringLiteral("Day")))}, named));
    EXPECT_EQ(server->requestCount(kSnapshot), 0);

    ASSERT_TRUE(perform(r, named));
    EXPECT_EQ(server->requestCount(kSnapshot), 1);
    EXPECT_TRUE(waitFor([&] {
        for (const QJsonObject &i : backend->customImages()) {
            if (i.value(QStringLiteral("name")).toString() == QStringLiteral("my-env-0705"))
                return true;
        }
        return false;
    }, 5000));
    auto offered = await<QList<Image>>([&](QObject *ctx, auto done) { provider->rebuildImages(r, ctx, done); });
    ASSERT_TRUE(offered);
    bool listed = false;
    for (const Image &i : offered.value())
        listed |= i.mine && i.name == QStringLiteral("my-env-0705");
    EXPECT_TRUE(listed);
}

// ---- money and destruction -----------------------------------------------------------------------

TEST_F(HuixingyunIntegration, DestroyOnlyHourlyAndStopped)
{
    const QString hourlyStopped = find(QStringLiteral("Stopped"), QStringLiteral("Hour"), QStringLiteral("_106"));
    const QString dailyStopped = find(QStringLiteral("Stopped"), QStringLiteral("Day"));
    const QString monthlyRunning = find(QStringLiteral("Running"), QStringLiteral("Month"));
    const QString hourlyRunning = find(QStringLiteral("Running"), QStringLiteral("Hour"));
    ASSERT_FALSE(hourlyStopped.isEmpty() || dailyStopped.isEmpty() || monthlyRunning.isEmpty() || hourlyRunning.isEmpty());
    EXPECT_TRUE(provider->actionInfo(Action::Destroy).needsConfirmation);

    auto outcome = batch({resourceFor(dailyStopped), resourceFor(monthlyRunning), resourceFor(hourlyRunning),
                          resourceFor(hourlyStopped)},
                         request(Action::Destroy));
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome.value().succeeded, QStringList{hourlyStopped});
    ASSERT_EQ(outcome.value().failed.size(), 3);
    for (const auto &[id, reason] : outcome.value().failed)
        EXPECT_TRUE(reason.contains(QStringLiteral("hourly"))) << reason.toStdString();
    EXPECT_EQ(server->requestCount(kDestroy), 1);
    EXPECT_EQ(backend->requestCountFor(dailyStopped, kDestroy), 0);
    EXPECT_EQ(backend->requestCountFor(hourlyStopped, kDestroy), 1);
    EXPECT_TRUE(waitFor([&] { return !backend->instanceIds().contains(hourlyStopped); }, 5000));
}

TEST_F(HuixingyunIntegration, ChangeBillingIsOneWay)
{
    const QString gid = find(QStringLiteral("Running"), QStringLiteral("Hour"), QStringLiteral("_105"));
    ASSERT_FALSE(gid.isEmpty());
    ActionRequest daily = request(Action::ChangeBilling);
    daily.billing = QStringLiteral("daily");
    ActionRequest monthly = request(Action::ChangeBilling);
    monthly.billing = QStringLiteral("monthly");
    ASSERT_TRUE(perform(resourceFor(gid), daily));
    EXPECT_EQ(simInstance(gid).value(QStringLiteral("pay_method")).toString(), QStringLiteral("Day"));
    Resource r = resourceFor(gid);
    EXPECT_EQ(r.billing, QStringLiteral("Daily"));
    EXPECT_TRUE(r.expiresAt.isValid());
    // Daily to daily is refused here.
    auto again = perform(r, daily);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ApiError::Kind::Unsupported);
    EXPECT_EQ(server->requestCount(kLengthen), 1);

    ASSERT_TRUE(perform(r, monthly));
    EXPECT_EQ(simInstance(gid).value(QStringLiteral("pay_method")).toString(), QStringLiteral("Month"));
    r = resourceFor(gid);
    const Availability back = provider->availability(r, Action::ChangeBilling);
    EXPECT_FALSE(back.available);
    EXPECT_TRUE(back.reason.contains(QStringLiteral("already")));
    EXPECT_FALSE(perform(r, monthly));
    EXPECT_EQ(server->requestCount(kLengthen), 2);
    // And it can no longer be destroyed.
    EXPECT_FALSE(provider->availability(r, Action::Destroy).available);
}

TEST_F(HuixingyunIntegration, RenewFollowsTheBillingMode)
{
    const QString daily = find(QStringLiteral("Running"), QStringLiteral("Day"));
    const QString monthly = find(QStringLiteral("Running"), QStringLiteral("Month"));
    const QString hourly = find(QStringLiteral("Running"), QStringLiteral("Hour"));
    ASSERT_FALSE(daily.isEmpty() || monthly.isEmpty() || hourly.isEmpty());
    const Resource rd = resourceFor(daily);
    const Resource rm = resourceFor(monthly);
    const Resource rh = resourceFor(hourly);
    EXPECT_TRUE(provider->actionInfo(Action::Renew).needsConfirmation);

    ActionRequest twelve = request(Action::Renew);
    twelve.periods = 12;
    auto mixed = batch({rd, rm, rh}, twelve);
    ASSERT_TRUE(mixed);
    // Twelve months for the monthly one; twelve days are not a daily period; hourly never renews.
    EXPECT_EQ(mixed.value().succeeded, QStringList{monthly});
    ASSERT_EQ(mixed.value().failed.size(), 2);
    EXPECT_EQ(mixed.value().failed.at(0).first, daily);
    EXPECT_TRUE(mixed.value().failed.at(0).second.contains(QStringLiteral("7")));
    EXPECT_EQ(mixed.value().failed.at(1).first, hourly);
    EXPECT_EQ(server->requestCount(kRenew), 1);
    EXPECT_EQ(backend->requestCountFor(daily, kRenew), 0);
    const Resource renewedMonthly = resourceFor(monthly);
    EXPECT_GT(renewedMonthly.expiresAt, rm.expiresAt.addMonths(11));

    ActionRequest three = request(Action::Renew);
    three.periods = 3;
    auto both = batch({rd, renewedMonthly}, three);
    ASSERT_TRUE(both);
    EXPECT_EQ(both.value().succeeded, (QStringList{daily, monthly}));
    EXPECT_EQ(server->requestCount(kRenew), 2);
    EXPECT_EQ(resourceFor(daily).expiresAt, rd.expiresAt.addDays(3));

    ActionRequest odd = request(Action::Renew);
    odd.periods = 5;
    EXPECT_FALSE(batch({rd}, odd));
    EXPECT_EQ(server->requestCount(kRenew), 2);
}

// ---- the wire itself -------------------------------------------------------------------------------

namespace {

// A bare HTTP/1.1 server that records each request and answers with a canned body per path.
class CaptureServer : public QObject
{
public:
    struct Captured
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    CaptureServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    serve(socket, *buffer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }

    QHash<QByteArray, QByteArray> answers; // request path -> JSON body
    QList<Captured> requests;

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            Captured c;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            c.method = requestLine.value(0);
            c.target = requestLine.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                c.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            c.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests.append(c);
            const QByteArray body = answers.value(c.target, R"({"message":"not found"})");
            const QByteArray status = answers.contains(c.target) ? "200 OK" : "404 Not Found";
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
};

} // namespace

TEST(HuixingyunWire, HeadersAndBodiesAsTheDocumentSays)
{
    CaptureServer capture;
    capture.answers.insert("/generate/token", R"({"token":{"name":"n","scope":"global","status":"active","token":"tok-123456","create_at":"","update_at":""}})");
    capture.answers.insert("/gpu/product/list", R"({"items":[],"total_items":0})");
    capture.answers.insert("/gpu/instances/buy", R"({"success_instance":1,"fail_instance":0,"success":[{"order_uid":"o1"}],"fails":[]})");
    capture.answers.insert("/gpu/instances/stop", R"({"success":["gpu-a","gpu-b"],"fails":[]})");
    capture.answers.insert("/gpu/instances/lengthen", R"({"success":["gpu-a"],"fails":[]})");
    capture.answers.insert("/gpu/instances/renew", R"({"success":["gpu-a"],"fails":[]})");
    capture.answers.insert("/gpu/instance/snapshot", R"({"success":true})");

    EventLog log;
    Account a;
    a.id = Account::newId();
    a.displayName = QStringLiteral("wire");
    a.platform = QStringLiteral("huixingyun");
    a.baseUrl = capture.baseUrl();
    AccountSession session(a, &log);
    session.setSecret(QStringLiteral("2292c8da-bac5-4d1e-9f00-2cd2e6a0ae30"));
    Client client(&session);

    ASSERT_TRUE(await<ApiToken>([&](QObject *ctx, auto done) {
        client.generateToken(QStringLiteral("alice"), QStringLiteral("secret-pw"), QStringLiteral("desktop"), ctx, done);
    }));
    ASSERT_TRUE(await<QList<GpuProduct>>([&](QObject *ctx, auto done) { client.products(ctx, done); }));
    BuyRequest b;
    b.imageId = QStringLiteral("img");
    b.count = 2;
    b.gpuType = QStringLiteral("geforce_rtx_4090_16u100m_106");
    b.gpusPerInstance = 1;
    b.extraDiskGb = 100;
    b.payUnit = PayUnit::Hourly;
    b.roomName = QStringLiteral("106");
    ASSERT_TRUE(await<OrderOutcome>([&](QObject *ctx, auto done) { client.buy(b, ctx, done); }));
    ASSERT_TRUE(await<BatchOutcome>([&](QObject *ctx, auto done) {
        client.stop({QStringLiteral("gpu-a"), QStringLiteral("gpu-b")}, false, ctx, done);
    }));
    ASSERT_TRUE(await<BatchOutcome>([&](QObject *ctx, auto done) { client.lengthen({QStringLiteral("gpu-a")}, PayUnit::Monthly, ctx, done); }));
    ASSERT_TRUE(await<BatchOutcome>([&](QObject *ctx, auto done) { client.renew({QStringLiteral("gpu-a")}, 3, ctx, done); }));
    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { client.snapshot(QStringLiteral("gpu-a"), QStringLiteral("env"), ctx, done); }));
    ASSERT_EQ(capture.requests.size(), 7);

    // Token endpoint: no Authorization, credentials in the body, no marker left behind.
    const auto &token = capture.requests.at(0);
    EXPECT_EQ(token.method, "POST");
    EXPECT_EQ(token.target, "/generate/token"); // one slash, though the base URL ends in one
    EXPECT_FALSE(token.hasHeader("Authorization"));
    EXPECT_FALSE(token.hasHeader("X-Suanli-No-Auth"));
    EXPECT_EQ(token.json().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    EXPECT_EQ(token.json().value(QStringLiteral("password")).toString(), QStringLiteral("secret-pw"));
    EXPECT_EQ(token.json().value(QStringLiteral("name")).toString(), QStringLiteral("desktop"));

    // GPU endpoints: the raw token, no "Bearer", no quotes.
    for (int i = 1; i < capture.requests.size(); ++i) {
        EXPECT_EQ(capture.requests.at(i).header("Authorization"), "2292c8da-bac5-4d1e-9f00-2cd2e6a0ae30");
        EXPECT_TRUE(capture.requests.at(i).header("Content-Type").startsWith("application/json"));
    }
    EXPECT_EQ(capture.requests.at(1).target, "/gpu/product/list");

    // Integers as integers.
    const QJsonObject buy = capture.requests.at(2).json();
    EXPECT_TRUE(buy.value(QStringLiteral("num")).isDouble());
    EXPECT_EQ(buy.value(QStringLiteral("num")).toInt(), 2);
    EXPECT_TRUE(buy.value(QStringLiteral("gpu_count")).isDouble());
    EXPECT_EQ(buy.value(QStringLiteral("pay_unit")).toInt(), 4);
    EXPECT_TRUE(buy.value(QStringLiteral("pay_unit")).isDouble());
    EXPECT_EQ(buy.value(QStringLiteral("extra_disk_cap")).toInt(), 100);
    EXPECT_EQ(buy.value(QStringLiteral("room_name")).toString(), QStringLiteral("106"));
    EXPECT_EQ(buy.value(QStringLiteral("image_id")).toString(), QStringLiteral("img"));

    // One comma-joined gid; card_less always present, as a boolean.
    const QJsonObject stop = capture.requests.at(3).json();
    EXPECT_EQ(stop.value(QStringLiteral("gid")).toString(), QStringLiteral("gpu-a,gpu-b"));
    EXPECT_TRUE(stop.value(QStringLiteral("card_less")).isBool());
    EXPECT_FALSE(stop.value(QStringLiteral("card_less")).toBool());
    EXPECT_EQ(capture.requests.at(4).json().value(QStringLiteral("pay_unit")).toInt(-1), 2);
    EXPECT_TRUE(capture.requests.at(4).json().value(QStringLiteral("pay_unit")).isDouble());
    EXPECT_EQ(capture.requests.at(5).json().value(QStringLiteral("pay_period")).toInt(-1), 3);
    EXPECT_EQ(capture.requests.at(6).target, "/gpu/instance/snapshot");
    EXPECT_EQ(capture.requests.at(6).json().value(QStringLiteral("gid")).toString(), QStringLiteral("gpu-a"));

    // Writes that cost money or change state went out on connections of their own.
    for (int i : {0, 2, 3, 4, 5, 6})
        EXPECT_EQ(capture.requests.at(i).header("Connection").toLower(), "close") << i;

    // Secrets never reach the request log.
    for (int i = 0; i < log.httpSize(); ++i) {
        EXPECT_FALSE(log.httpAt(i).url.contains(QStringLiteral("secret-pw")));
        EXPECT_FALSE(log.httpAt(i).url.contains(QStringLiteral("2292c8da")));
    }
}
