// The UNIS client and provider against the simulator over loopback sockets and the real QNAM
// stack: sign-in (encrypted and plain), token expiry and silent re-login, every job kind and
// action, creates that return no id, pods and events, quotas, faults on reads, an unsafe call
// under a dropped connection, and TLS with a private CA given as the account's ca-cert option.
#include "providerharness.h"
#include "waitfor.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unislogin.h"
#include "platforms/unis/unismapping.h"
#include "platforms/unis/unisprovider.h"
#include "sim/fault.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

using namespace suanli;
using namespace suanli::unis;
using suanli::test::await;
using suanli::test::waitFor;

namespace {

class UnisIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("unis")})) << env.errorString().toStdString();
        backend = env.unis();
        server = env.server(QStringLiteral("unis"));
        ASSERT_TRUE(backend && server);
        backend->setStepMs(60);
        account.id = Account::newId();
        account.displayName = QStringLiteral("unis-test");
        account.platform = QStringLiteral("unis");
        account.baseUrl = server->baseUrl();
        account.login = backend->userName();
        account.options.insert(Login::keyOption(), QString::fromLatin1(backend->aesKey()));
        makeProvider(backend->password());
    }

    void makeProvider(const QString &password)
    {
        provider.reset();
        session = std::make_unique<AccountSession>(account, &log);
        session->setSecret(password);
        RetryPolicy p;
        p.baseDelayMs = 20;
        p.maxDelayMs = 100;
        session->http()->setRetryPolicy(p);
        auto created = PlatformRegistry::createProvider(session.get());
        provider.reset(qobject_cast<UnisProvider *>(created.release()));
        ASSERT_TRUE(provider);
    }

    QList<Resource> list()
    {
        auto r = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); });
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : QList<Resource>();
    }

    std::optional<Resource> row(const QString &id)
    {
        for (const Resource &r : list()) {
            if (r.id == id)
                return r;
        }
        return std::nullopt;
    }

    // Polls the list until the job has `status` (or the time is up).
    std::optional<Resource> waitForStatus(const QString &id, ResourceStatus status, int timeoutMs = 20000)
    {
        std::optional<Resource> last;
        waitFor([&] {
            last = row(id);
            return last && last->status == status;
        }, timeoutMs);
        return last;
    }

    Status perform(const Resource &r, Action action, const QString &name = {})
    {
        ActionRequest req;
        req.action = action;
        req.name = name;
        return await<Done>([&](QObject *ctx, auto done) { provider->perform(r, req, ctx, done); });
    }

    template<typename T, typename Call>
    T value(Call call)
    {
        auto r = await<T>(call);
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : T();
    }

    Asset firstImage(bool preset)
    {
        const QList<Asset> images = value<QList<Asset>>([&](QObject *ctx, auto done) {
            provider->assets(AssetKind::Image, 1, QString(), ctx, done);
        });
        for (const Asset &a : images) {
            if (a.preset == preset && !a.versions.isEmpty())
                return a;
        }
        ADD_FAILURE() << "no image";
        return {};
    }

    // A job request on the first available resource group with whole GPUs (or none).
    TaskRequest taskRequest(const QString &name, int gpus = 1)
    {
        TaskRequest t;
        t.name = name;
        const Asset image = firstImage(true);
        t.imageId = image.id;
        t.imageName = image.name;
        t.imageVersionId = image.versions.first().id;
        t.imageVersion = image.versions.first().name;
        t.image = image.versions.first().path;
        const QList<ResourceGroup> groups = value<QList<ResourceGroup>>([&](QObject *ctx, auto done) {
            provider->resourceGroups(ctx, done);
        });
        for (const ResourceGroup &g : groups) {
            if (g.status == 1 && (gpus == 0 || (g.gpuShare == u"none" && g.gpuTotal > 0))) {
                t.zoneId = g.id;
                t.zoneName = g.name;
                t.resourceGroupKey = g.key;
                break;
            }
        }
        EXPECT_FALSE(t.zoneId.isEmpty()) << "no resource group";
        NodeResource node;
        node.cpu = 4;
        node.memoryGb = 16;
        node.gpuNum = gpus;
        t.nodes.append(node);
        t.algorithmPath = QStringLiteral("/private/datahub/zhangwei/algo/v1/");
        t.startupFile = QStringLiteral("train.py");
        t.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=1 train.py");
        t.strategy = QStringLiteral("train");
        t.model.originType = QStringLiteral("aiAssets");
        return t;
    }

    UnisProvider::CreateOutcome createCompute(const TaskRequest &t, ComputeKind kind)
    {
        auto r = await<UnisProvider::CreateOutcome>([&](QObject *ctx, auto done) {
            provider->createComputeTask(t, kind, ctx, done);
        });
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return r ? r.value() : UnisProvider::CreateOutcome();
    }

    EventLog log;
    sim::SimEnvironment env;
    sim::UnisBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    Account account;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<UnisProvider> provider;
};

} // namespace

// ---- sign-in -------------------------------------------------------------------------------------

TEST_F(UnisIntegration, VerifySignsInAndReadsWhoAmI)
{
    const Status v = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    ASSERT_TRUE(v) << v.error().message.toStdString();
    EXPECT_EQ(session->state(), AccountState::Online);
    const UserInfo me = value<UserInfo>([&](QObject *ctx, auto done) { provider->whoAmI(ctx, done); });
    EXPECT_EQ(me.userName, QStringLiteral("zhangwei"));
    EXPECT_EQ(me.userId, QStringLiteral("38"));
    EXPECT_EQ(me.role, Role::User);
    EXPECT_FALSE(provider->isAdmin());
    EXPECT_FALSE(me.tenantName.isEmpty());
    EXPECT_EQ(backend->loginCount(QStringLiteral("zhangwei")), 1);
}

TEST_F(UnisIntegration, AdminRolesAndWrongCredentials)
{
    account.login = QStringLiteral("lihua");
    makeProvider(backend->passwordOf(QStringLiteral("lihua")));
    UserInfo me = value<UserInfo>([&](QObject *ctx, auto done) { provider->whoAmI(ctx, done); });
    EXPECT_EQ(me.role, Role::TenantAdmin);
    EXPECT_TRUE(provider->isAdmin());
    account.login = QStringLiteral("admin");
    makeProvider(backend->passwordOf(QStringLiteral("admin")));
    me = value<UserInfo>([&](QObject *ctx, auto done) { provider->whoAmI(ctx, done); });
    EXPECT_EQ(me.role, Role::SystemAdmin);

    // A wrong password, then a wrong key: auth failures, the account marked so.
    account.login = backend->userName();
    makeProvider(QStringLiteral("not-the-password"));
    Status v = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(session->state(), AccountState::AuthFailed);
    account.options.insert(Login::keyOption(), QStringLiteral("WrongKey16Bytes!"));
    makeProvider(backend->password());
    v = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().kind, ApiError::Kind::Auth);
}

TEST_F(UnisIntegration, PlainPasswordBeforeD11AndA256BitKey)
{
    backend->setPlainPasswords(true);
    account.options.remove(Login::keyOption());
    account.options.insert(Login::plainPasswordOption(), true);
    makeProvider(backend->password());
    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); }));

    backend->setPlainPasswords(false);
    const QByteArray key = QByteArrayLiteral("UnisLoginKey2024-256bit-32bytes!");
    ASSERT_TRUE(backend->setAesKey(key));
    account.options.remove(Login::plainPasswordOption());
    account.options.insert(Login::keyOption(), QString::fromLatin1(key));
    makeProvider(backend->password());
    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); }));
}

TEST_F(UnisIntegration, TokenExpiryAndInvalidationSignInAgainSilently)
{
    backend->setTokenLifetimeMs(2000); // inside the client's one-minute margin: used until refused
    ASSERT_FALSE(list().isEmpty());
    EXPECT_EQ(backend->loginCount(QStringLiteral("zhangwei")), 1);
    QThread::msleep(2300);
    // The platform refuses the expired token; the client signs in once and the list arrives.
    ASSERT_FALSE(list().isEmpty());
    EXPECT_EQ(backend->loginCount(QStringLiteral("zhangwei")), 2);
    EXPECT_EQ(session->state(), AccountState::Online);

    backend->setTokenLifetimeMs(2 * 3600 * 1000);
    ASSERT_FALSE(list().isEmpty());
    const int before = backend->loginCount(QStringLiteral("zhangwei"));
    backend->invalidateAllTokens();
    ASSERT_FALSE(list().isEmpty()); // four lists at once: one sign-in
    EXPECT_EQ(backend->loginCount(QStringLiteral("zhangwei")), before + 1);
}

// ---- reads ---------------------------------------------------------------------------------------

TEST_F(UnisIntegration, ListsEveryKindWithCreatorsAndStatus)
{
    const QList<Resource> rows = list();
    QSet<ResourceKind> kinds;
    for (const Resource &r : rows) {
        kinds.insert(r.kind);
        EXPECT_EQ(r.platform, QStringLiteral("unis"));
        EXPECT_EQ(r.accountId, account.id);
        EXPECT_FALSE(r.id.isEmpty());
        EXPECT_FALSE(r.name.isEmpty()) << r.id.toStdString();
        EXPECT_FALSE(r.statusText.isEmpty()) << r.id.toStdString();
        EXPECT_NE(r.status, ResourceStatus::Unknown) << r.id.toStdString() << " " << r.statusText.toStdString();
        EXPECT_FALSE(r.creator.isEmpty()) << r.id.toStdString();
        if (r.kind != ResourceKind::DevEnv) { // the document's notebook has no creation time
            EXPECT_TRUE(r.createdAt.isValid()) << r.id.toStdString();
        }
        if (r.kind == ResourceKind::DevEnv && r.status == ResourceStatus::Running && r.raw.contains(QStringLiteral("webPath"))) {
            EXPECT_TRUE(r.webUrl.startsWith(server->baseUrl().toString())) << r.webUrl.toStdString();
        }
    }
    for (ResourceKind k : {ResourceKind::DevEnv, ResourceKind::Training, ResourceKind::FineTune, ResourceKind::ComputeTask})
        EXPECT_TRUE(kinds.contains(k)) << ResourceNames::kindKey(k).toStdString();
    EXPECT_TRUE(provider->listProblems().isEmpty());
    // The simulator's own view of the user's jobs is in the list.
    for (const QString &id : backend->jobIds()) {
        const QJsonObject summary = backend->jobSummary(id);
        if (summary.value(QStringLiteral("ownerUserId")).toVariant().toString() != u"38")
            continue;
        bool listed = false;
        for (const Resource &r : rows)
            listed = listed || r.id == id;
        EXPECT_TRUE(listed) << id.toStdString() << " " << summary.value(QStringLiteral("kind")).toString().toStdString();
    }
}

// ---- rows completed from the job details --------------------------------------------------------

namespace {

const QString kTrainingDetail = QStringLiteral("/api/kernel/trainOperator/queryTaskInfo");
const QString kFineTuneDetail = QStringLiteral("/api/kernel/fineTune/queryLlmFineTuneTaskDetail");

bool hasDetail(const Resource &r)
{
    return r.kind == ResourceKind::Training || r.kind == ResourceKind::FineTune || r.kind == ResourceKind::ComputeTask;
}

bool ended(ResourceStatus s)
{
    return s == ResourceStatus::Succeeded || s == ResourceStatus::Failed || s == ResourceStatus::Stopped;
}

} // namespace

TEST_F(UnisIntegration, RowsOfEveryKindCarryGpusCpusMemoryAndRunTime)
{
    backend->setStepMs(3600 * 1000); // nothing moves on while the rows are compared
    const QList<Resource> rows = list();
    int checked = 0;
    int runningCompute = 0;
    int endedCompute = 0;
    for (const Resource &r : rows) {
        if (!hasDetail(r))
            continue;
        ++checked;
        const QJsonObject summary = backend->jobSummary(r.id);
        ASSERT_FALSE(summary.isEmpty()) << r.id.toStdString();
        EXPECT_TRUE(r.raw.contains(QStringLiteral("detail"))) << r.id.toStdString();
        // What the lists leave out and the details give: every node's GPUs, CPUs and memory.
        EXPECT_EQ(r.gpuCount, summary.value(QStringLiteral("gpuCount")).toInt()) << r.id.toStdString();
        EXPECT_GT(r.cpuCores, 0) << r.id.toStdString();
        EXPECT_GT(r.memoryGb, 0) << r.id.toStdString();
        EXPECT_FALSE(r.region.isEmpty()) << r.id.toStdString();
        if (r.status == ResourceStatus::Running) {
            EXPECT_TRUE(r.startedAt.isValid()) << r.id.toStdString();
            EXPECT_FALSE(r.finishedAt.isValid()) << r.id.toStdString();
            EXPECT_LE(r.startedAt, QDateTime::currentDateTimeUtc());
        }
        if (r.kind == ResourceKind::ComputeTask && r.status == ResourceStatus::Running)
            ++runningCompute;
        if (r.kind == ResourceKind::ComputeTask && ended(r.status) && r.finishedAt.isValid()) {
            EXPECT_LE(r.startedAt, r.finishedAt);
            ++endedCompute;
        }
    }
    EXPECT_GT(checked, 3);
    // The compute list has no run time: these come from the details.
    EXPECT_GT(runningCompute, 0);
    EXPECT_GT(endedCompute, 0);

    // A running job's run time keeps ticking from its start, not from a number read once.
    std::optional<Resource> job;
    for (const Resource &r : rows) {
        if (r.kind == ResourceKind::ComputeTask && r.status == ResourceStatus::Running)
            job = r;
    }
    ASSERT_TRUE(job);
    waitFor([] { return false; }, 1100); // a second passes
    const std::optional<Resource> later = row(job->id);
    ASSERT_TRUE(later);
    EXPECT_EQ(later->startedAt, job->startedAt);
    EXPECT_GE(later->startedAt.secsTo(QDateTime::currentDateTimeUtc()), job->startedAt.secsTo(QDateTime::currentDateTimeUtc()) - 1);
    EXPECT_GE(later->startedAt.msecsTo(QDateTime::currentDateTimeUtc()), 1000);
}

TEST_F(UnisIntegration, AJobsDetailIsReadOnceWhileItsStatusStays)
{
    backend->setStepMs(3600 * 1000);
    server->setLatency(40); // reads overlap: at most a few at once
    int peak = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { peak = std::max(peak, provider->jobDetails()->readsInFlight()); });
    sampler.start(2);
    const QList<Resource> first = list();
    sampler.stop();
    server->setLatency(0);
    EXPECT_LE(peak, JobDetails::kDefaultMaxReads);
    EXPECT_GE(peak, 2);
    QSet<QString> jobs;
    for (const Resource &r : first) {
        if (hasDetail(r))
            jobs.insert(r.id);
    }
    const int reads = server->requestCount(kTrainingDetail) + server->requestCount(kFineTuneDetail);
    EXPECT_EQ(reads, jobs.size());

    // Refreshes while nothing changes read no detail again.
    for (int i = 0; i < 3; ++i) {
        const QList<Resource> again = list();
        EXPECT_EQ(again.size(), first.size());
    }
    EXPECT_EQ(server->requestCount(kTrainingDetail) + server->requestCount(kFineTuneDetail), reads);

    // One job's status changes: that job's detail, and only it, is read again.
    std::optional<Resource> running;
    for (const Resource &r : first) {
        if (r.kind == ResourceKind::ComputeTask && r.status == ResourceStatus::Running)
            running = r;
    }
    ASSERT_TRUE(running);
    ASSERT_TRUE(perform(*running, Action::Stop));
    const std::optional<Resource> stopped = row(running->id);
    ASSERT_TRUE(stopped);
    EXPECT_NE(stopped->statusText, running->statusText);
    EXPECT_EQ(server->requestCount(kTrainingDetail) + server->requestCount(kFineTuneDetail), reads + 1);
    EXPECT_EQ(stopped->cpuCores, running->cpuCores);
    list();
    EXPECT_EQ(server->requestCount(kTrainingDetail) + server->requestCount(kFineTuneDetail), reads + 1);
}

TEST_F(UnisIntegration, AFailingDetailLeavesTheRowAsListed)
{
    backend->setStepMs(3600 * 1000);
    qint64 clockOffsetSecs = 0;
    provider->setClock([&clockOffsetSecs] { return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSecs); });
    provider->jobDetails()->setRetryAfterMs(600 * 1000);
    // Enough failures to outlast the retries of every training detail read.
    server->injectFault(kTrainingDetail, sim::Fault::Http500, 1000);
    const QList<Resource> rows = list();
    EXPECT_TRUE(provider->listProblems().isEmpty());
    int training = 0;
    for (const Resource &r : rows) {
        if (r.kind != ResourceKind::Training)
            continue;
        ++training;
        // As the list gives it: nothing lost, only the nodes missing.
        EXPECT_FALSE(r.name.isEmpty());
        EXPECT_NE(r.status, ResourceStatus::Unknown);
        EXPECT_TRUE(r.createdAt.isValid());
        EXPECT_FALSE(r.creator.isEmpty());
        EXPECT_FALSE(r.region.isEmpty());
        EXPECT_FALSE(r.raw.contains(QStringLiteral("detail")));
        EXPECT_EQ(r.cpuCores, 0);
        if (r.status == ResourceStatus::Running) {
            EXPECT_TRUE(r.startedAt.isValid()); // the training list's own run time
        }
    }
    ASSERT_GT(training, 0);
    // The other family's details still arrive.
    for (const Resource &r : rows) {
        if (r.kind == ResourceKind::FineTune) {
            EXPECT_GT(r.cpuCores, 0) << r.id.toStdString();
        }
    }
    // A failed read is not tried again on every refresh while the status stays.
    server->clearFaults();
    const int failedReads = server->requestCount(kTrainingDetail);
    list();
    EXPECT_EQ(server->requestCount(kTrainingDetail), failedReads);
    clockOffsetSecs = 599;
    list();
    EXPECT_EQ(server->requestCount(kTrainingDetail), failedReads);
    // After the pause it is, and the rows are complete.
    clockOffsetSecs = 601;
    for (const Resource &r : list()) {
        if (r.kind == ResourceKind::Training) {
            EXPECT_GT(r.cpuCores, 0) << r.id.toStdString();
        }
    }

    // A job whose status changed while its detail cannot be read keeps what it was known to have.
    std::optional<Resource> running;
    for (const Resource &r : list()) {
        if (r.kind == ResourceKind::FineTune && r.status == ResourceStatus::Running && r.cpuCores > 0)
            running = r;
    }
    ASSERT_TRUE(running);
    server->injectFault(kFineTuneDetail, sim::Fault::Http500, 1000);
    ASSERT_TRUE(perform(*running, Action::Stop));
    const std::optional<Resource> stopped = row(running->id);
    server->clearFaults();
    ASSERT_TRUE(stopped);
    EXPECT_NE(stopped->statusText, running->statusText);
    EXPECT_EQ(stopped->cpuCores, running->cpuCores);
    EXPECT_EQ(stopped->gpuCount, running->gpuCount);
}

TEST_F(UnisIntegration, SlowDetailsComeWithTheNextRefresh)
{
    backend->setStepMs(3600 * 1000);
    provider->jobDetails()->setWaitMs(0); // the list answers at once
    server->setLatency(30);
    int late = 0;
    QObject::connect(provider->jobDetails(), &JobDetails::lateDetailsArrived, provider.get(), [&late] { ++late; });
    const QList<Resource> first = list();
    EXPECT_FALSE(first.isEmpty());
    int incomplete = 0;
    for (const Resource &r : first)
        incomplete += hasDetail(r) && !r.raw.contains(QStringLiteral("detail")) ? 1 : 0;
    EXPECT_GT(incomplete, 0); // answered before the details
    ASSERT_TRUE(waitFor([&] { return late > 0; }, 10000));
    EXPECT_EQ(provider->jobDetails()->readsInFlight() + provider->jobDetails()->readsQueued(), 0);
    waitFor([] { return false; }, 100);
    EXPECT_EQ(late, 1); // once, when the reads in hand are done
    const int reads = server->requestCount(kTrainingDetail) + server->requestCount(kFineTuneDetail);
    for (const Resource &r : list()) {
        if (hasDetail(r)) {
            EXPECT_TRUE(r.raw.contains(QStringLiteral("detail"))) << r.id.toStdString();
        }
    }
    EXPECT_EQ(server->requestCount(kTrainingDetail) + server->requestCount(kFineTuneDetail), reads);
}

TEST_F(UnisIntegration, PagesThroughEveryList)
{
    const QList<Resource> whole = list();
    provider->api()->setPageSize(2); // every list now takes several pages, each in its own style
    server->resetCounters();
    const QList<Resource> paged = list();
    QSet<QString> a;
    QSet<QString> b;
    for (const Resource &r : whole)
        a.insert(r.id);
    for (const Resource &r : paged)
        b.insert(r.id);
    EXPECT_EQ(a, b);
    EXPECT_EQ(paged.size(), whole.size());
    EXPECT_GT(server->requestCount(QStringLiteral("/api/kernel/notebooks")), 1);
    EXPECT_GT(server->requestCount(QStringLiteral("/api/kernel/computationTask/list")), 1);
}

TEST_F(UnisIntegration, ComputeTaskStatusFilter)
{
    auto running = value<QList<Resource>>([&](QObject *ctx, auto done) {
        provider->listComputeTasks(ResourceStatus::Running, QString(), ctx, done);
    });
    for (const Resource &r : running)
        EXPECT_EQ(r.status, ResourceStatus::Running) << r.name.toStdString();
    const QList<Resource> all = value<QList<Resource>>([&](QObject *ctx, auto done) {
        provider->listKind(ResourceKind::ComputeTask, ctx, done);
    });
    int runningInAll = 0;
    for (const Resource &r : all)
        runningInAll += r.status == ResourceStatus::Running ? 1 : 0;
    EXPECT_EQ(running.size(), runningInAll);
}

TEST_F(UnisIntegration, QuotasEnabledAndNotEnabled)
{
    const Quotas q = value<Quotas>([&](QObject *ctx, auto done) { provider->quotas(ctx, done); });
    ASSERT_TRUE(q.remaining.has_value()) << q.remainingError.toStdString();
    EXPECT_TRUE(q.remaining->gpu.isNumber());
    EXPECT_TRUE(q.remaining->configured);
    ASSERT_TRUE(q.storage.has_value()) << q.storageError.toStdString();
    EXPECT_TRUE(q.storage->enabled);
    EXPECT_DOUBLE_EQ(q.storage->blockQuota.number.value_or(-1), 2048);

    account.login = QStringLiteral("wangfang");
    makeProvider(backend->passwordOf(QStringLiteral("wangfang")));
    const Quotas off = value<Quotas>([&](QObject *ctx, auto done) { provider->quotas(ctx, done); });
    ASSERT_TRUE(off.storage.has_value()) << off.storageError.toStdString();
    EXPECT_FALSE(off.storage->enabled);
    EXPECT_FALSE(off.storage->notEnabledText.isEmpty());
}

TEST_F(UnisIntegration, DetailPodsAndEvents)
{
    // A running fine-tune job of the seed.
    std::optional<Resource> job;
    for (const Resource &r : list()) {
        if ((r.kind == ResourceKind::FineTune || r.kind == ResourceKind::ComputeTask) && r.status == ResourceStatus::Running)
            job = r;
    }
    ASSERT_TRUE(job.has_value());
    const Resource detailed = value<Resource>([&](QObject *ctx, auto done) { provider->resource(job->id, ctx, done); });
    EXPECT_TRUE(detailed.raw.contains(QStringLiteral("detail")));
    EXPECT_TRUE(detailed.startedAt.isValid());
    EXPECT_FALSE(detailed.finishedAt.isValid());
    const QList<Pod> pods = value<QList<Pod>>([&](QObject *ctx, auto done) { provider->pods(*job, ctx, done); });
    ASSERT_FALSE(pods.isEmpty());
    EXPECT_FALSE(pods.first().name.isEmpty());
    EXPECT_FALSE(pods.first().podUid.isEmpty());
    const QList<PodEvent> events = value<QList<PodEvent>>([&](QObject *ctx, auto done) {
        provider->events(pods.first(), ctx, done);
    });
    ASSERT_FALSE(events.isEmpty());
    EXPECT_TRUE(events.first().time.isValid());
    EXPECT_FALSE(events.first().message.isEmpty());
    for (int i = 1; i < events.size(); ++i)
        EXPECT_LE(events.at(i - 1).time, events.at(i).time);
}

TEST_F(UnisIntegration, CreateFormData)
{
    EXPECT_FALSE(value<QStringList>([&](QObject *ctx, auto done) { provider->gpuModels(ctx, done); }).isEmpty());
    const SpecList specs = value<SpecList>([&](QObject *ctx, auto done) { provider->specs(ctx, done); });
    ASSERT_FALSE(specs.gpu.isEmpty());
    const SpecPlacement placement = value<SpecPlacement>([&](QObject *ctx, auto done) {
        provider->specPlacement(specs.gpu.first().specId, ctx, done);
    });
    EXPECT_FALSE(placement.resourceGroupId.isEmpty());
    const QList<Asset> algos = value<QList<Asset>>([&](QObject *ctx, auto done) {
        provider->assets(AssetKind::Algorithm, 1, QString(), ctx, done);
    });
    ASSERT_FALSE(algos.isEmpty());
    std::optional<AlgoConfig> config;
    Asset algo;
    for (const Asset &a : algos) {
        if (a.versions.isEmpty())
            continue;
        const QList<AlgoConfig> configs = value<QList<AlgoConfig>>([&](QObject *ctx, auto done) {
            provider->algoConfigs(a.id, a.versions.first().id, ctx, done);
        });
        if (!configs.isEmpty()) {
            config = configs.first();
            algo = a;
            break;
        }
    }
    ASSERT_TRUE(config.has_value());
    const AlgoConfigDetail detail = value<AlgoConfigDetail>([&](QObject *ctx, auto done) {
        provider->algoConfigDetail(config->id, ctx, done);
    });
    EXPECT_FALSE(detail.bootFile.isEmpty());
    const QString command = value<QString>([&](QObject *ctx, auto done) {
        provider->generateCommand(detail, 1, 1, detail.hyperParams, ctx, done);
    });
    EXPECT_TRUE(command.contains(detail.bootFile)) << command.toStdString();
}

// ---- dev environments --------------------------------------------------------------------------------

TEST_F(UnisIntegration, DevEnvironmentLifecycleWithPresetSpec)
{
    const SpecList specs = value<SpecList>([&](QObject *ctx, auto done) { provider->specs(ctx, done); });
    std::optional<PresetSpec> spec;
    for (const PresetSpec &s : specs.gpu) {
        if (s.gpuShare == u"none")
            spec = s;
    }
    ASSERT_TRUE(spec.has_value());
    const Asset image = firstImage(true);
    DevEnvRequest req;
    req.name = QStringLiteral("it-notebook");
    req.imageId = image.id;
    req.image = image.versions.first().path;
    req.imageType = 1;
    auto created = await<UnisProvider::CreateOutcome>([&](QObject *ctx, auto done) {
        provider->createDevEnv(req, spec, ctx, done);
    });
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_EQ(backend->createCount(QStringLiteral("it-notebook")), 1);
    // The answer names no environment: it was found by listing.
    ASSERT_EQ(created.value().found.size(), 1);
    const QString id = created.value().found.first().id;
    EXPECT_EQ(id, backend->jobIdByName(QStringLiteral("it-notebook")));
    EXPECT_EQ(created.value().job.id, id);

    std::optional<Resource> running = waitForStatus(id, ResourceStatus::Running);
    ASSERT_TRUE(running && running->status == ResourceStatus::Running);
    EXPECT_EQ(running->gpuCount, spec->numberOfGpus);
    EXPECT_FALSE(running->webUrl.isEmpty());
    EXPECT_TRUE(running->webUrl.contains(QStringLiteral("/devolopenv/")));

    ASSERT_TRUE(perform(*running, Action::Stop));
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/notebooks/{notebookId}:close")), 1);
    std::optional<Resource> stopped = waitForStatus(id, ResourceStatus::Stopped);
    ASSERT_TRUE(stopped && stopped->status == ResourceStatus::Stopped);
    EXPECT_TRUE(stopped->webUrl.isEmpty());
    EXPECT_FALSE(provider->availability(*stopped, Action::Stop).available);

    ASSERT_TRUE(perform(*stopped, Action::Start));
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/notebooks/{notebookId}:start")), 1);
    running = waitForStatus(id, ResourceStatus::Running);
    ASSERT_TRUE(running && running->status == ResourceStatus::Running);

    ASSERT_TRUE(perform(*running, Action::Destroy));
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/notebooks/{notebookId}")), 1);
    EXPECT_TRUE(waitFor([&] { return !row(id).has_value(); }, 20000));
}

TEST_F(UnisIntegration, CreateWithATakenNameIsRefusedWithThePlatformsWords)
{
    const TaskRequest t = taskRequest(QStringLiteral("it-twice"));
    auto first = await<UnisProvider::CreateOutcome>([&](QObject *ctx, auto done) { provider->createTraining(t, ctx, done); });
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_EQ(first.value().found.size(), 1);
    auto second = await<UnisProvider::CreateOutcome>([&](QObject *ctx, auto done) { provider->createTraining(t, ctx, done); });
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, ApiError::Kind::Platform);
    EXPECT_FALSE(second.error().message.isEmpty());
    EXPECT_FALSE(second.error().ambiguous);
    EXPECT_EQ(backend->createCount(QStringLiteral("it-twice")), 1);
}

// ---- training and fine-tuning -----------------------------------------------------------------------

TEST_F(UnisIntegration, TrainingJobCreateStopDelete)
{
    backend->setNewJobOutcome(sim::unis::Outcome::RunUntilStopped);
    auto created = await<UnisProvider::CreateOutcome>([&](QObject *ctx, auto done) {
        provider->createTraining(taskRequest(QStringLiteral("it-training")), ctx, done);
    });
    ASSERT_TRUE(created) << created.error().message.toStdString();
    ASSERT_EQ(created.value().found.size(), 1);
    const QString id = created.value().found.first().id;
    EXPECT_EQ(created.value().found.first().kind, ResourceKind::Training);
    std::optional<Resource> running = waitForStatus(id, ResourceStatus::Running);
    ASSERT_TRUE(running && running->status == ResourceStatus::Running);
    ASSERT_TRUE(perform(*running, Action::Stop));
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/trainOperator/stopTask")), 1);
    std::optional<Resource> stopped = waitForStatus(id, ResourceStatus::Stopped);
    ASSERT_TRUE(stopped && stopped->status == ResourceStatus::Stopped) << (stopped ? stopped->statusText.toStdString() : "");
    ASSERT_TRUE(perform(*stopped, Action::Destroy));
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/trainOperator/deleteTask")), 1);
    EXPECT_FALSE(row(id).has_value());
}

TEST_F(UnisIntegration, FineTuneJobRunsToSuccessAndRegistersItsModel)
{
    backend->setNewJobOutcome(sim::unis::Outcome::Succeed);
    backend->setNewJobRunSteps(2);
    auto created = await<UnisProvider::CreateOutcome>([&](QObject *ctx, auto done) {
        provider->createFineTune(taskRequest(QStringLiteral("it-finetune")), ctx, done);
    });
    ASSERT_TRUE(created) << created.error().message.toStdString();
    ASSERT_EQ(created.value().found.size(), 1);
    const QString id = created.value().found.first().id;
    EXPECT_EQ(created.value().found.first().kind, ResourceKind::FineTune);
    std::optional<Resource> done = waitForStatus(id, ResourceStatus::Succeeded, 30000);
    ASSERT_TRUE(done && done->status == ResourceStatus::Succeeded);
    const Resource detailed = value<Resource>([&](QObject *ctx, auto d) { provider->resource(id, ctx, d); });
    EXPECT_TRUE(detailed.finishedAt.isValid());
    EXPECT_LE(detailed.startedAt, detailed.finishedAt);
    ASSERT_TRUE(perform(*done, Action::RegisterModel, QStringLiteral("it-finetune-model")));
    EXPECT_TRUE(backend->modelNames().contains(QStringLiteral("it-finetune-model")));
    EXPECT_FALSE(backend->modelSourceFile(QStringLiteral("it-finetune-model")).isEmpty());
    ASSERT_TRUE(perform(*done, Action::Destroy));
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/fineTune/deleteLlmFineTuneTask")), 1);
    EXPECT_FALSE(row(id).has_value());
}

// ---- compute tasks ------------------------------------------------------------------------------------

TEST_F(UnisIntegration, EveryComputeKindIsCreatedAndFound)
{
    backend->setNewJobOutcome(sim::unis::Outcome::RunUntilStopped);
    for (ComputeKind kind : {ComputeKind::FineTune, ComputeKind::PreTrain, ComputeKind::ReinforcementLearning,
                             ComputeKind::Dpo, ComputeKind::ModelTraining}) {
        const QString name = QStringLiteral("it-") + Mapping::computeKindKey(kind);
        const UnisProvider::CreateOutcome out = createCompute(taskRequest(name), kind);
        ASSERT_EQ(out.found.size(), 1) << name.toStdString();
        const Resource &r = out.found.first();
        EXPECT_EQ(r.kind, ResourceKind::ComputeTask);
        EXPECT_EQ(Mapping::computeKindOf(r), kind) << name.toStdString();
        const QJsonObject summary = backend->jobSummary(r.id);
        EXPECT_EQ(summary.value(QStringLiteral("createWay")).toString(), Mapping::createWayOf(kind)) << name.toStdString();
        EXPECT_EQ(summary.value(QStringLiteral("scenario")).toString(), Mapping::scenarioLabel(kind));
    }
}

TEST_F(UnisIntegration, ComputeTaskStopResumeCloneDelete)
{
    backend->setNewJobOutcome(sim::unis::Outcome::RunUntilStopped);
    for (ComputeKind kind : {ComputeKind::FineTune, ComputeKind::ModelTraining}) {
        const QString name = QStringLiteral("it-cycle-") + Mapping::computeKindKey(kind);
        const UnisProvider::CreateOutcome out = createCompute(taskRequest(name), kind);
        ASSERT_EQ(out.found.size(), 1);
        const QString id = out.found.first().id;
        std::optional<Resource> running = waitForStatus(id, ResourceStatus::Running);
        ASSERT_TRUE(running && running->status == ResourceStatus::Running) << name.toStdString();
        ASSERT_TRUE(perform(*running, Action::Stop));
        EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/computationTask/stop")), 1);
        std::optional<Resource> stopped = waitForStatus(id, ResourceStatus::Stopped);
        ASSERT_TRUE(stopped && stopped->status == ResourceStatus::Stopped) << (stopped ? stopped->statusText.toStdString() : "");

        // Resume: the check first, then the resume, on the kind's own paths.
        const Status resumed = perform(*stopped, Action::Resume);
        const QString check = kind == ComputeKind::ModelTraining
            ? QStringLiteral("/api/kernel/trainOperator/checkCanResumeTrainOperatorTask/{taskId}")
            : QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/{taskId}");
        const QString resume = kind == ComputeKind::ModelTraining ? QStringLiteral("/api/kernel/trainOperator/resumeTrainOperatorTask")
                                                                  : QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask");
        EXPECT_EQ(backend->requestCountFor(id, check), 1);
        if (backend->jobSummary(id).value(QStringLiteral("hasCheckpoint")).toBool()) {
            ASSERT_TRUE(resumed) << resumed.error().message.toStdString();
            EXPECT_EQ(backend->requestCountFor(id, resume), 1);
            ASSERT_TRUE(waitForStatus(id, ResourceStatus::Running).has_value());
        } else {
            // No checkpoint: the platform's reason, and no resume sent.
            ASSERT_FALSE(resumed);
            EXPECT_FALSE(resumed.error().message.isEmpty());
            EXPECT_EQ(backend->requestCountFor(id, resume), 0);
        }

        // Clone: the settings read back, a new task created under the new name.
        const Resource current = *row(id);
        ASSERT_TRUE(perform(current, Action::Clone, name + QStringLiteral("-copy")));
        EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/computationTask/cloneTask")), 1);
        const QString copy = backend->jobIdByName(name + QStringLiteral("-copy"));
        ASSERT_FALSE(copy.isEmpty());
        EXPECT_EQ(backend->jobSummary(copy).value(QStringLiteral("createWay")).toString(), Mapping::createWayOf(kind));

        ASSERT_TRUE(perform(*row(id), Action::Destroy));
        EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/computationTask/deleteTask")), 1);
        EXPECT_FALSE(row(id).has_value());
    }
}

// ---- faults ---------------------------------------------------------------------------------------------

TEST_F(UnisIntegration, ReadsSurviveServerErrorsResetsAndTruncatedBodies)
{
    ASSERT_FALSE(list().isEmpty());
    const QString path = QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask");
    for (sim::Fault fault : {sim::Fault::Http500, sim::Fault::Reset, sim::Fault::Truncate}) {
        server->injectFault(path, fault, 1);
        const QList<Resource> rows = list();
        EXPECT_FALSE(rows.isEmpty());
        EXPECT_TRUE(provider->listProblems().isEmpty()) << int(fault);
        EXPECT_EQ(server->armedFaultCount(), 0);
    }
    // A kind that keeps failing is left out and named; the others still arrive.
    server->injectFault(path, sim::Fault::Http500, 100);
    const QList<Resource> partial = list();
    EXPECT_FALSE(partial.isEmpty());
    for (const Resource &r : partial)
        EXPECT_NE(r.kind, ResourceKind::FineTune);
    ASSERT_EQ(provider->listProblems().size(), 1);
    bool logged = false;
    for (int i = 0; i < log.size(); ++i)
        logged = logged || (log.at(i).level == EventLogEntry::Level::Error && log.at(i).message.contains(QStringLiteral("500")));
    EXPECT_TRUE(logged);
    server->clearFaults();
}

TEST_F(UnisIntegration, UnsafeCallIsSentOnceUnderADroppedConnection)
{
    backend->setNewJobOutcome(sim::unis::Outcome::RunUntilStopped);
    const UnisProvider::CreateOutcome out = createCompute(taskRequest(QStringLiteral("it-drop")), ComputeKind::FineTune);
    ASSERT_EQ(out.found.size(), 1);
    const QString id = out.found.first().id;
    std::optional<Resource> running = waitForStatus(id, ResourceStatus::Running);
    ASSERT_TRUE(running && running->status == ResourceStatus::Running);
    server->injectFault(QStringLiteral("/api/kernel/computationTask/stop"), sim::Fault::DropAfterProcess, 1);
    const Status stop = perform(*running, Action::Stop);
    ASSERT_FALSE(stop);
    EXPECT_TRUE(stop.error().ambiguous);
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/computationTask/stop")), 1);
    // What happened is read back: the stop went through.
    std::optional<Resource> stopped = waitForStatus(id, ResourceStatus::Stopped);
    EXPECT_TRUE(stopped && stopped->status == ResourceStatus::Stopped);

    // A create under a dropped connection: sent once, then found by its name.
    server->injectFault(QStringLiteral("/api/kernel/computationTask/train"), sim::Fault::DropAfterProcess, 1);
    auto dropped = await<UnisProvider::CreateOutcome>([&](QObject *ctx, auto done) {
        provider->createComputeTask(taskRequest(QStringLiteral("it-drop-create")), ComputeKind::Dpo, ctx, done);
    });
    ASSERT_FALSE(dropped);
    EXPECT_TRUE(dropped.error().ambiguous);
    EXPECT_EQ(backend->createCount(QStringLiteral("it-drop-create")), 1);
    auto found = await<QList<Resource>>([&](QObject *ctx, auto done) {
        provider->findCreated(ResourceKind::ComputeTask, QStringLiteral("it-drop-create"), QDateTime::currentDateTimeUtc().addSecs(-30),
                              std::nullopt, ctx, done);
    });
    ASSERT_TRUE(found);
    EXPECT_EQ(found.value().size(), 1);
}

// ---- TLS with a private CA --------------------------------------------------------------------------------

// Terminates TLS with a certificate of its own CA and forwards the bytes to the simulator.
TEST_F(UnisIntegration, PrivateCaFromTheAccountOption)
{
    ASSERT_TRUE(QSslSocket::supportsSsl());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath});
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();
    QFile kf(keyPath), cf(certPath);
    ASSERT_TRUE(kf.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(QSslCertificate(cf.readAll()));
    serverConfig.setPrivateKey(QSslKey(kf.readAll(), QSsl::Rsa));
    serverConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslServer tls;
    tls.setSslConfiguration(serverConfig);
    ASSERT_TRUE(tls.listen(QHostAddress::LocalHost));
    const quint16 simPort = server->port();
    QObject::connect(&tls, &QTcpServer::pendingConnectionAvailable, &tls, [&tls, simPort] {
        while (QTcpSocket *front = tls.nextPendingConnection()) {
            auto *back = new QTcpSocket(front);
            back->connectToHost(QHostAddress::LocalHost, simPort);
            QObject::connect(front, &QTcpSocket::readyRead, back, [front, back] { back->write(front->readAll()); });
            QObject::connect(back, &QTcpSocket::readyRead, front, [front, back] { front->write(back->readAll()); });
            QObject::connect(back, &QTcpSocket::disconnected, front, [front] { front->disconnectFromHost(); });
            QObject::connect(front, &QTcpSocket::disconnected, front, [front] { front->deleteLater(); });
        }
    });
    account.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.serverPort()));

    // Without the CA: refused, nothing signed in.
    makeProvider(backend->password());
    Status v = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().kind, ApiError::Kind::Network);

    // With it: sign-in (a safe read path), the lists, and an unsafe write (the one-shot path).
    account.options.insert(AccountSession::caCertificateOption(), certPath);
    makeProvider(backend->password());
    v = await<Done>([&](QObject *ctx, auto done) { provider->verify(ctx, done); });
    ASSERT_TRUE(v) << v.error().message.toStdString();
    backend->setNewJobOutcome(sim::unis::Outcome::RunUntilStopped);
    const UnisProvider::CreateOutcome out = createCompute(taskRequest(QStringLiteral("it-tls")), ComputeKind::FineTune);
    EXPECT_EQ(out.found.size(), 1);
    EXPECT_EQ(backend->createCount(QStringLiteral("it-tls")), 1);
}
