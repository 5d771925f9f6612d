// UnisProvider's capabilities, per-kind action availability and refusals, without a network.

#include "waitfor.h"

#include "core/accountsession.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unismapping.h"
#include "platforms/unis/unisprovider.h"

#include <gtest/gtest.h>

#include <optional>

using namespace suanli;
using namespace suanli::unis;

namespace {

Account unisAccount()
{
    Account a;
    a.id = Account::newId();
    a.displayName = QStringLiteral("unis-rules");
    a.platform = QStringLiteral("unis");
    a.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    a.login = QStringLiteral("opuser");
    return a;
}

Resource job(ResourceKind kind, ResourceStatus status, const char *scenario = nullptr)
{
    Resource r;
    r.platform = QStringLiteral("unis");
    r.kind = kind;
    r.id = QStringLiteral("j1");
    r.name = QStringLiteral("job");
    r.status = status;
    if (scenario)
        r.raw.insert(QStringLiteral("scenario"), QString::fromUtf8(scenario));
    return r;
}

} // namespace

TEST(UnisProvider, RegistryEntry)
{
    const std::optional<PlatformInfo> info = PlatformRegistry::find(QStringLiteral("unis"));
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->defaultBaseUrl.isEmpty()); // every deployment has its own
    EXPECT_TRUE(info->needsLogin);
    EXPECT_EQ(info->secretLabel, QStringLiteral("Password"));
    EXPECT_TRUE(info->secretHelp.contains(QStringLiteral("aes-key")));
    EXPECT_TRUE(info->secretHelp.contains(QStringLiteral("ca-cert")));
    AccountSession session(unisAccount(), nullptr);
    const std::unique_ptr<Provider> provider = PlatformRegistry::createProvider(&session);
    ASSERT_TRUE(provider);
    EXPECT_NE(dynamic_cast<UnisProvider *>(provider.get()), nullptr);
}

TEST(UnisProvider, CapabilitiesAndActions)
{
    AccountSession session(unisAccount(), nullptr);
    UnisProvider p(&session);
    const Provider::Capabilities caps = p.capabilities();
    EXPECT_TRUE(caps.testFlag(Provider::Capability::ListResources));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::Quotas));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::ResourceKinds));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::CreateInstance));
    EXPECT_FALSE(caps.testFlag(Provider::Capability::Balance));
    EXPECT_FALSE(caps.testFlag(Provider::Capability::Files));
    EXPECT_FALSE(caps.testFlag(Provider::Capability::Logs));
    EXPECT_FALSE(caps.testFlag(Provider::Capability::Metrics));
    for (Action a : p.actions()) {
        const ActionInfo info = p.actionInfo(a);
        EXPECT_FALSE(info.label.isEmpty());
        EXPECT_FALSE(info.cliName.isEmpty());
    }
    EXPECT_TRUE(p.actionInfo(Action::Destroy).needsConfirmation);
    EXPECT_TRUE(p.actionInfo(Action::Resume).needsConfirmation);
    EXPECT_TRUE(p.actionInfo(Action::Clone).needsConfirmation);
    EXPECT_EQ(p.actionInfo(Action::RegisterModel).cliName, QStringLiteral("register-model"));
    EXPECT_FALSE(p.missingActionNote(Action::Restart).isEmpty());
}

TEST(UnisProvider, AvailabilityPerKind)
{
    AccountSession session(unisAccount(), nullptr);
    UnisProvider p(&session);
    // Dev environments start and stop.
    EXPECT_TRUE(p.availability(job(ResourceKind::DevEnv, ResourceStatus::Stopped), Action::Start).available);
    EXPECT_FALSE(p.availability(job(ResourceKind::DevEnv, ResourceStatus::Running), Action::Start).available);
    EXPECT_TRUE(p.availability(job(ResourceKind::DevEnv, ResourceStatus::Running), Action::Stop).available);
    EXPECT_FALSE(p.availability(job(ResourceKind::DevEnv, ResourceStatus::Stopped), Action::Stop).available);
    EXPECT_FALSE(p.availability(job(ResourceKind::DevEnv, ResourceStatus::Stopped), Action::Resume).available);
    // Jobs stop while queued or running, never start.
    for (ResourceKind k : {ResourceKind::Training, ResourceKind::FineTune, ResourceKind::ComputeTask}) {
        EXPECT_TRUE(p.availability(job(k, ResourceStatus::Running, "算力任务（调优）"), Action::Stop).available);
        EXPECT_TRUE(p.availability(job(k, ResourceStatus::Pending, "算力任务（调优）"), Action::Stop).available);
        EXPECT_FALSE(p.availability(job(k, ResourceStatus::Succeeded, "算力任务（调优）"), Action::Stop).available);
        const Availability start = p.availability(job(k, ResourceStatus::Stopped, "算力任务（调优）"), Action::Start);
        EXPECT_FALSE(start.available);
        EXPECT_FALSE(start.reason.isEmpty());
        EXPECT_TRUE(p.availability(job(k, ResourceStatus::Succeeded, "算力任务（调优）"), Action::RegisterModel).available);
        EXPECT_FALSE(p.availability(job(k, ResourceStatus::Failed, "算力任务（调优）"), Action::RegisterModel).available);
        EXPECT_TRUE(p.availability(job(k, ResourceStatus::Failed, "算力任务（调优）"), Action::Destroy).available);
    }
    // Resume and clone: compute tasks only.
    EXPECT_TRUE(p.availability(job(ResourceKind::ComputeTask, ResourceStatus::Failed, "算力任务（预训练）"), Action::Resume).available);
    EXPECT_TRUE(p.availability(job(ResourceKind::ComputeTask, ResourceStatus::Stopped, "算力任务（模型训练）"), Action::Resume).available);
    EXPECT_FALSE(p.availability(job(ResourceKind::ComputeTask, ResourceStatus::Running, "算力任务（调优）"), Action::Resume).available);
    EXPECT_FALSE(p.availability(job(ResourceKind::FineTune, ResourceStatus::Failed), Action::Resume).available);
    EXPECT_TRUE(p.availability(job(ResourceKind::ComputeTask, ResourceStatus::Running, "算力任务（直接偏好）"), Action::Clone).available);
    EXPECT_FALSE(p.availability(job(ResourceKind::Training, ResourceStatus::Running), Action::Clone).available);
    // Services and evaluations from the shared list are read-only here, with a reason.
    for (ResourceKind k : {ResourceKind::OnlineService, ResourceKind::Evaluation}) {
        for (Action a : p.actions()) {
            const Availability av = p.availability(job(k, ResourceStatus::Running), a);
            EXPECT_FALSE(av.available);
            EXPECT_FALSE(av.reason.isEmpty());
        }
    }
}

TEST(UnisProvider, RefusalsAndBalanceComeThroughTheEventLoop)
{
    AccountSession session(unisAccount(), nullptr);
    UnisProvider p(&session);
    QObject context;
    std::optional<Result<Done>> refused;
    ActionRequest start;
    start.action = Action::Start;
    p.perform(job(ResourceKind::Training, ResourceStatus::Running), start, &context,
              [&](const Result<Done> &r) { refused.emplace(r); });
    EXPECT_FALSE(refused.has_value());
    ASSERT_TRUE(suanli::test::waitFor([&] { return refused.has_value(); }, 2000));
    ASSERT_FALSE(*refused);
    EXPECT_EQ(refused->error().kind, ApiError::Kind::Unsupported);

    std::optional<Result<Balance>> balance;
    p.balance(&context, [&](const Result<Balance> &r) { balance.emplace(r); });
    ASSERT_TRUE(suanli::test::waitFor([&] { return balance.has_value(); }, 2000));
    ASSERT_FALSE(*balance);
    EXPECT_EQ(balance->error().kind, ApiError::Kind::Unsupported);

    std::optional<Result<UnisProvider::CreateOutcome>> bad;
    p.createDevEnv(DevEnvRequest{}, std::nullopt, &context, [&](const Result<UnisProvider::CreateOutcome> &r) { bad.emplace(r); });
    ASSERT_TRUE(suanli::test::waitFor([&] { return bad.has_value(); }, 2000));
    ASSERT_FALSE(*bad);
    EXPECT_EQ(bad->error().kind, ApiError::Kind::Unsupported);
}
