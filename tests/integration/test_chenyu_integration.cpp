// The Chenyu client against its simulator, over real loopback sockets and the real QNAM stack.
#include "providerharness.h"
#include "waitfor.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "platforms/chenyu/chenyuprovider.h"
#include "platforms/chenyu/chenyumapping.h"
#include "sim/chenyu/chenyubackend.h"
#include "sim/fault.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

using namespace suanli;
using namespace suanli::chenyu;
using suanli::test::await;
using suanli::test::waitFor;

namespace {

const QString kListPath = QStringLiteral("/api/v1/app/instance/list");
const QString kCreatePath = QStringLiteral("/api/v1/app/instance/create");

class ChenyuIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("chenyu")})) << env.errorString().toStdString();
        backend = env.chenyu();
        server = env.server(QStringLiteral("chenyu"));
        backend->setTransitionMs(100);
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("cy-test");
        a.platform = QStringLiteral("chenyu");
        a.baseUrl = env.endpoints().first().baseUrl;
        session = std::make_unique<AccountSession>(a, &log);
        session->setSecret(backend->apiKey());
        // Fast retries keep the fault tests short.
        RetryPolicy p;
        p.baseDelayMs = 20;
        p.maxDelayMs = 100;
        session->http()->setRetryPolicy(p);
        provider = std::make_unique<ChenyuProvider>(session.get());
        // Let the seeded instances that are starting or stopping settle, so counts are stable.
        ASSERT_TRUE(waitFor([&] {
            for (const QString &id : backend->instanceIds()) {
                const int s = simStatus(id);
                if (s == 1 || s == 3)
                    return false;
            }
            return true;
        }, 5000));
    }

    Client *client() const { return provider->client(); }

    QList<Instance> allInstances(bool includeDestroyed = false)
    {
        auto r = await<QList<Instance>>([&](QObject *ctx, auto done) { client()->allInstances(includeDestroyed, ctx, done); });
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : QList<Instance>();
    }

    int simStatus(const QString &uuid) const
    {
        return backend->instanceJson(uuid).value(QStringLiteral("status")).toInt(-1);
    }

    QString firstInstanceWithStatus(int status) const
    {
        for (const QString &id : backend->instanceIds()) {
            if (simStatus(id) == status)
                return id;
        }
        return {};
    }

    Resource resourceFor(const QString &uuid)
    {
        auto r = await<Resource>([&](QObject *ctx, auto done) { provider->resource(uuid, ctx, done); });
        EXPECT_TRUE(r);
        return r ? r.value() : Resource();
    }

    Status perform(const QString &uuid, Action action, const QDateTime &when = {})
    {
        const Resource res = resourceFor(uuid);
        ActionRequest req;
        req.action = action;
        req.when = when;
        return await<Done>([&](QObject *ctx, auto done) { provider->perform(res, req, ctx, done); });
    }

    sim::SimEnvironment env;
    sim::ChenyuBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    EventLog log;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<ChenyuProvider> provider;
};

} // namespace

TEST_F(ChenyuIntegration, BalanceMatchesTheServer)
{
    auto r = await<AccountBalance>([&](QObject *ctx, auto done) { client()->balance(ctx, done); });
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().balance.fen(), backend->balanceFen());
    EXPECT_FALSE(r.value().cards.isEmpty());

    auto b = await<Balance>([&](QObject *ctx, auto done) { provider->balance(ctx, done); });
    ASSERT_TRUE(b);
    EXPECT_EQ(b.value().available.fen(), backend->balanceFen());
    EXPECT_EQ(b.value().extras.size(), r.value().cards.size());
    EXPECT_EQ(session->state(), AccountState::Online);
}

TEST_F(ChenyuIntegration, BillsAndRechargesPageThroughTheWholeHistory)
{
    auto first = await<Page<BillRecord>>([&](QObject *ctx, auto done) { client()->bills(1, 10, {}, ctx, done); });
    ASSERT_TRUE(first);
    ASSERT_GT(first.value().total, 10) << "the simulator should hold several pages of bills";
    EXPECT_EQ(first.value().items.size(), 10);
    int seen = 0;
    QSet<QString> orders;
    for (int page = 1; page <= (first.value().total + 9) / 10; ++page) {
        auto p = await<Page<BillRecord>>([&](QObject *ctx, auto done) { client()->bills(page, 10, {}, ctx, done); });
        ASSERT_TRUE(p);
        seen += int(p.value().items.size());
        for (const auto &b : p.value().items)
            orders.insert(b.orderNo);
    }
    EXPECT_EQ(seen, first.value().total);
    EXPECT_EQ(orders.size(), seen) << "pages overlap";

    auto rech = await<Page<RechargeRecord>>([&](QObject *ctx, auto done) { client()->recharges(1, 5, {}, ctx, done); });
    ASSERT_TRUE(rech);
    EXPECT_GT(rech.value().total, 5);
    EXPECT_EQ(rech.value().items.size(), 5);
    EXPECT_GT(rech.value().items.first().amount.fen(), 0);
}

TEST_F(ChenyuIntegration, PodsAndGpuModels)
{
    auto pods = await<QList<Pod>>([&](QObject *ctx, auto done) { client()->allPods(ctx, done); });
    ASSERT_TRUE(pods);
    ASSERT_GE(pods.value().size(), 3);
    for (const Pod &p : pods.value()) {
        EXPECT_FALSE(p.uuid.isEmpty());
        EXPECT_FALSE(p.imageTags.isEmpty()) << p.title.toStdString();
        EXPECT_TRUE(p.imageTags.contains(p.imageTag));
    }
    auto gpus = await<GpuCatalog>([&](QObject *ctx, auto done) { client()->gpuModels(ctx, done); });
    ASSERT_TRUE(gpus);
    ASSERT_GE(gpus.value().models.size(), 3);
    for (const GpuModel &g : gpus.value().models)
        EXPECT_GT(g.price.fen(), 0) << g.title.toStdString();
}

TEST_F(ChenyuIntegration, ListCoversEveryLiveStatusAndDestroyedOnRequest)
{
    QSet<QString> live;
    QSet<QString> destroyed;
    for (const QString &id : backend->instanceIds())
        (simStatus(id) == 9 ? destroyed : live).insert(id);
    ASSERT_FALSE(live.isEmpty());
    ASSERT_FALSE(destroyed.isEmpty());

    QSet<QString> listed;
    for (const Instance &i : allInstances())
        listed.insert(i.uuid);
    EXPECT_EQ(listed, live);

    QSet<QString> all;
    for (const Instance &i : allInstances(true))
        all.insert(i.uuid);
    EXPECT_EQ(all, live + destroyed);

    // Resources carry the document's status and text.
    auto rows = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(rows);
    for (const Resource &r : rows.value()) {
        const int s = simStatus(r.id);
        EXPECT_EQ(r.status, Mapping::normalizedStatus(s)) << r.id.toStdString();
        EXPECT_FALSE(r.statusText.isEmpty());
    }
}

TEST_F(ChenyuIntegration, ListWalksPagesWhenThereAreManyInstances)
{
    // More instances than one page of the list call holds.
    auto gpus = await<GpuCatalog>([&](QObject *ctx, auto done) { client()->gpuModels(ctx, done); });
    auto pods = await<QList<Pod>>([&](QObject *ctx, auto done) { client()->allPods(ctx, done); });
    ASSERT_TRUE(gpus && pods);
    const int before = int(allInstances().size());
    // Created instances without auto start stay in status 0.
    for (int i = 0; i < Client::kMaxPageSize + 5; ++i) {
        CreateInstanceParams params{pods.value().first().uuid, {}, pods.value().first().imageTag,
                                    gpus.value().models.first().uuid, false};
        auto c = await<Instance>([&](QObject *ctx, auto done) { client()->createInstance(params, ctx, done); });
        ASSERT_TRUE(c) << c.error().message.toStdString();
    }
    EXPECT_EQ(backend->createCount(), Client::kMaxPageSize + 5);
    EXPECT_EQ(int(allInstances().size()), before + Client::kMaxPageSize + 5);
}

TEST_F(ChenyuIntegration, InstanceStatusCall)
{
    const QString id = backend->instanceIds().first();
    auto s = await<InstanceState>([&](QObject *ctx, auto done) { client()->instanceStatus(id, ctx, done); });
    ASSERT_TRUE(s);
    EXPECT_EQ(s.value().status, simStatus(id));
    auto missing = await<InstanceState>([&](QObject *ctx, auto done) { client()->instanceStatus(QStringLiteral("nope"), ctx, done); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(missing.error().platformCode, QStringLiteral("-2"));
}

TEST_F(ChenyuIntegration, CreateWithAutoStartRunsOnce)
{
    auto gpus = await<GpuCatalog>([&](QObject *ctx, auto done) { client()->gpuModels(ctx, done); });
    auto pods = await<QList<Pod>>([&](QObject *ctx, auto done) { client()->allPods(ctx, done); });
    ASSERT_TRUE(gpus && pods);
    const Pod pod = pods.value().first();
    CreateInstanceParams params{pod.uuid, {}, pod.imageTags.last(), gpus.value().models.first().uuid, true};
    auto created = await<Instance>([&](QObject *ctx, auto done) { client()->createInstance(params, ctx, done); });
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_EQ(backend->createCount(), 1);
    const QString id = created.value().uuid;
    EXPECT_EQ(created.value().imageTag, pod.imageTags.last());
    EXPECT_TRUE(waitFor([&] { return simStatus(id) == 2; }, 5000));
    auto s = await<InstanceState>([&](QObject *ctx, auto done) { client()->instanceStatus(id, ctx, done); });
    ASSERT_TRUE(s);
    EXPECT_EQ(s.value().status, 2);

    // A create without the required tag is refused by the platform, not retried.
    CreateInstanceParams bad{pod.uuid, {}, {}, gpus.value().models.first().uuid, true};
    auto refused = await<Instance>([&](QObject *ctx, auto done) { client()->createInstance(bad, ctx, done); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().platformCode, QStringLiteral("-2"));
    EXPECT_EQ(backend->createCount(), 1);
}

TEST_F(ChenyuIntegration, StartRestartThroughTheProvider)
{
    const QString stopped = firstInstanceWithStatus(4);
    ASSERT_FALSE(stopped.isEmpty());
    ASSERT_TRUE(perform(stopped, Action::Start));
    EXPECT_TRUE(waitFor([&] { return simStatus(stopped) == 2; }, 5000));

    // Restart is only offered for running instances.
    const Resource running = resourceFor(stopped);
    EXPECT_TRUE(provider->availability(running, Action::Restart).available);
    EXPECT_FALSE(provider->availability(running, Action::Start).available);
    ASSERT_TRUE(perform(stopped, Action::Restart));
    EXPECT_TRUE(waitFor([&] { return simStatus(stopped) != 2; }, 2000));
    EXPECT_TRUE(waitFor([&] { return simStatus(stopped) == 2; }, 5000));

    // Starting a running instance is refused before any request goes out.
    const int before = server->requestCount(QStringLiteral("/api/v1/app/instance/start"));
    auto refused = perform(stopped, Action::Start);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Unsupported);
    EXPECT_EQ(server->requestCount(QStringLiteral("/api/v1/app/instance/start")), before);
}

TEST_F(ChenyuIntegration, NoPlainStop)
{
    const QString running = firstInstanceWithStatus(2);
    ASSERT_FALSE(running.isEmpty());
    EXPECT_FALSE(provider->actions().contains(Action::Stop));
    EXPECT_FALSE(provider->missingActionNote(Action::Stop).isEmpty());
    auto r = perform(running, Action::Stop);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Unsupported);
    EXPECT_EQ(server->requestCount(QStringLiteral("/api/v1/app/instance/stop")), 0);
    EXPECT_EQ(simStatus(running), 2);
}

TEST_F(ChenyuIntegration, ScheduledShutdownSetAndCancel)
{
    const QString running = firstInstanceWithStatus(2);
    ASSERT_FALSE(running.isEmpty());
    // Far ahead, then cancelled: the instance keeps running.
    ASSERT_TRUE(perform(running, Action::ScheduleShutdown, QDateTime::currentDateTime().addSecs(3600)));
    ASSERT_TRUE(perform(running, Action::CancelScheduledShutdown));
    // A time in the past is refused locally.
    EXPECT_FALSE(perform(running, Action::ScheduleShutdown, QDateTime::currentDateTime().addSecs(-60)));
    // Two seconds ahead: the instance powers off without being destroyed. The time travels as a
    // China Standard Time wall-clock string with one-second resolution.
    ASSERT_TRUE(perform(running, Action::ScheduleShutdown, QDateTime::currentDateTime().addSecs(2)));
    EXPECT_TRUE(waitFor([&] { return simStatus(running) == 4; }, 8000)) << simStatus(running);
}

TEST_F(ChenyuIntegration, DestroyRemovesFromTheLiveList)
{
    const QString victim = firstInstanceWithStatus(4);
    ASSERT_FALSE(victim.isEmpty());
    EXPECT_TRUE(provider->actionInfo(Action::Destroy).needsConfirmation);
    ASSERT_TRUE(perform(victim, Action::Destroy));
    EXPECT_TRUE(waitFor([&] { return simStatus(victim) == 9; }, 5000));
    bool listed = false;
    for (const Instance &i : allInstances())
        listed |= i.uuid == victim;
    EXPECT_FALSE(listed);
    bool listedWithDestroyed = false;
    for (const Instance &i : allInstances(true))
        listedWithDestroyed |= i.uuid == victim;
    EXPECT_TRUE(listedWithDestroyed);
    const Resource gone = resourceFor(victim);
    EXPECT_EQ(gone.status, ResourceStatus::Destroyed);
    EXPECT_FALSE(provider->availability(gone, Action::Destroy).available);
}

TEST_F(ChenyuIntegration, WrongKeyIsAnAuthErrorAskingForANewKey)
{
    session->setSecret(QStringLiteral("cy-wrong-key-9999"));
    auto r = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(r.error().platformCode, QStringLiteral("2"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("API key")));
    EXPECT_EQ(session->state(), AccountState::AuthFailed);
    // Auth failures are not retried.
    EXPECT_EQ(server->requestCount(QStringLiteral("/api/v1/finances/balance")), 1);

    session->setSecret(backend->apiKey());
    EXPECT_TRUE(await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); }));
    EXPECT_EQ(session->state(), AccountState::Online);
}

TEST_F(ChenyuIntegration, ListSurvivesServerErrorsResetsAndTimeouts)
{
    const qsizetype expected = allInstances().size();
    server->injectFault(kListPath, sim::Fault::Http500, 2);
    EXPECT_EQ(allInstances().size(), expected);
    server->injectFault(kListPath, sim::Fault::Reset, 2);
    EXPECT_EQ(allInstances().size(), expected);
    server->injectFault(kListPath, sim::Fault::Truncate, 1);
    EXPECT_EQ(allInstances().size(), expected);
    session->http()->setDefaultTimeoutMs(400);
    server->injectFault(kListPath, sim::Fault::NoAnswer, 1);
    EXPECT_EQ(allInstances().size(), expected);
    EXPECT_EQ(server->armedFaultCount(), 0);
}

TEST_F(ChenyuIntegration, RetryAfterIsHonoured)
{
    server->injectFault(QStringLiteral("/api/v1/finances/balance"), sim::Fault::Http503RetryAfter, 1);
    QElapsedTimer t;
    t.start();
    auto r = await<AccountBalance>([&](QObject *ctx, auto done) { client()->balance(ctx, done); });
    ASSERT_TRUE(r);
    EXPECT_GE(t.elapsed(), 950); // Retry-After: 1, longer than the 100 ms backoff ceiling
}

TEST_F(ChenyuIntegration, PersistentFailureEndsAsAnErrorAfterBoundedAttempts)
{
    server->injectFault(kListPath, sim::Fault::Http500, 100);
    auto r = await<QList<Instance>>([&](QObject *ctx, auto done) { client()->allInstances(false, ctx, done); });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(r.error().httpStatus, 500);
    server->clearFaults();
}

TEST_F(ChenyuIntegration, UnreachableServerMarksTheAccountOffline)
{
    env.stop();
    auto r = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Network);
    EXPECT_FALSE(r.error().ambiguous);
    EXPECT_EQ(session->state(), AccountState::Offline);
}

// A write that costs money goes out exactly once even when the server drops a kept-alive
// connection right after reading the request body.
TEST_F(ChenyuIntegration, CreateArrivesOnceWhenAReusedConnectionIsDropped)
{
    auto gpus = await<GpuCatalog>([&](QObject *ctx, auto done) { client()->gpuModels(ctx, done); });
    auto pods = await<QList<Pod>>([&](QObject *ctx, auto done) { client()->allPods(ctx, done); });
    ASSERT_TRUE(gpus && pods);
    // The reads above left a kept-alive connection in the account's pool.
    const int connectionsBefore = server->connectionCount();
    server->injectFault(kCreatePath, sim::Fault::DropAfterProcessIfReused, 1);
    CreateInstanceParams params{pods.value().first().uuid, {}, pods.value().first().imageTag,
                                gpus.value().models.first().uuid, true};
    auto created = await<Instance>([&](QObject *ctx, auto done) { client()->createInstance(params, ctx, done); });
    EXPECT_EQ(server->requestCount(kCreatePath), 1);
    EXPECT_EQ(backend->createCount(), 1);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_GT(server->connectionCount(), connectionsBefore) << "the create did not use a new connection";
    // The fault stayed armed: it would have fired on a reused connection.
    EXPECT_EQ(server->armedFaultCount(), 1);
    server->clearFaults();
}

// Even when the server processes a create and then drops the fresh connection without an
// answer, the client does not send it again; it reports an outcome it cannot know.
TEST_F(ChenyuIntegration, CreateDroppedAfterProcessingIsAmbiguousAndNotResent)
{
    auto gpus = await<GpuCatalog>([&](QObject *ctx, auto done) { client()->gpuModels(ctx, done); });
    auto pods = await<QList<Pod>>([&](QObject *ctx, auto done) { client()->allPods(ctx, done); });
    ASSERT_TRUE(gpus && pods);
    server->injectFault(kCreatePath, sim::Fault::DropAfterProcess, 5);
    CreateInstanceParams params{pods.value().first().uuid, {}, pods.value().first().imageTag,
                                gpus.value().models.first().uuid, true};
    auto created = await<Instance>([&](QObject *ctx, auto done) { client()->createInstance(params, ctx, done); });
    ASSERT_FALSE(created);
    EXPECT_TRUE(created.error().ambiguous);
    EXPECT_EQ(backend->createCount(), 1);
    EXPECT_EQ(server->requestCount(kCreatePath), 1);
    server->clearFaults();
}

// The hazard the fresh connection avoids: a plain POST on a reused connection is re-sent by Qt
// itself when the server drops the connection after reading it.
TEST_F(ChenyuIntegration, ControlPlainQnamResendsOnAReusedConnection)
{
    QNetworkAccessManager nam;
    auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest req(session->endpoint(path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + backend->apiKey().toUtf8());
        QNetworkReply *reply = nam.post(req, body);
        waitFor([&] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return reply->error();
    };
    ASSERT_EQ(post(QStringLiteral("/api/v1/gpu/models"), "{}"), QNetworkReply::NoError);
    auto gpus = await<GpuCatalog>([&](QObject *ctx, auto done) { client()->gpuModels(ctx, done); });
    auto pods = await<QList<Pod>>([&](QObject *ctx, auto done) { client()->allPods(ctx, done); });
    ASSERT_TRUE(gpus && pods);
    server->injectFault(kCreatePath, sim::Fault::DropAfterProcessIfReused, 1);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("pod_uuid"), pods.value().first().uuid},
                                                      {QStringLiteral("image_tag"), pods.value().first().imageTag},
                                                      {QStringLiteral("gpu_model_uuid"), gpus.value().models.first().uuid},
                                                      {QStringLiteral("auto_start"), 0}})
                                .toJson(QJsonDocument::Compact);
    post(kCreatePath, body);
    EXPECT_GE(backend->createCount(), 2) << "Qt no longer re-sends; the fresh-connection rule may be relaxed";
    server->clearFaults();
}

// An instance missing from a list is asked about once before it is taken as gone: the list call
// needs a status, and an instance changing status between the per-status queries is in none.
TEST_F(ChenyuIntegration, AVanishedInstanceIsConfirmedBeforeItIsDropped)
{
    const QString statusPath = QStringLiteral("/api/v1/app/instance/status");
    auto first = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(first);
    auto again = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().size(), first.value().size());
    EXPECT_EQ(server->requestCount(statusPath), 0); // nothing vanished: nothing to ask

    const QString victim = firstInstanceWithStatus(4);
    ASSERT_FALSE(victim.isEmpty());
    ASSERT_TRUE(perform(victim, Action::Destroy));
    ASSERT_TRUE(waitFor([&] { return simStatus(victim) == 9; }, 5000));
    const int asked = server->requestCount(statusPath);
    auto after = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
    ASSERT_TRUE(after);
    EXPECT_EQ(server->requestCount(statusPath), asked + 1);
    bool stillListed = false;
    for (const Resource &r : after.value())
        stillListed |= r.id == victim;
    EXPECT_FALSE(stillListed);
    EXPECT_EQ(after.value().size(), first.value().size() - 1);
}
