// UNIS monitoring over loopback against the simulator: the pod and node metric sources over the
// real client (sign-in, envelope, renewal), and every sample they bring compared with the
// simulator's own model.
#include "providerharness.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unislogin.h"
#include "platforms/unis/unisnodemetricsource.h"
#include "platforms/unis/unispodmetricsource.h"
#include "platforms/unis/unisprovider.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/unismetricservice.h"

#include <gtest/gtest.h>

#include <QDateTime>

#include <memory>

using namespace suanli;
using suanli::test::await;

namespace {

class UnisMonitoringIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("unis")})) << env.errorString().toStdString();
        backend = env.unis();
        ASSERT_TRUE(backend);
        signInAs(backend->userName(), backend->password());
    }

    void signInAs(const QString &user, const QString &password)
    {
        provider.reset();
        Account account;
        account.id = Account::newId();
        account.displayName = QStringLiteral("unis-monitor");
        account.platform = QStringLiteral("unis");
        account.baseUrl = env.server(QStringLiteral("unis"))->baseUrl();
        account.login = user;
        account.options.insert(unis::Login::keyOption(), QString::fromLatin1(backend->aesKey()));
        session = std::make_unique<AccountSession>(account, &log);
        session->setSecret(password);
        auto created = PlatformRegistry::createProvider(session.get());
        provider.reset(qobject_cast<unis::UnisProvider *>(created.release()));
        ASSERT_TRUE(provider);
    }

    // A running pod of the signed-in demo user with several GPUs.
    std::optional<sim::UnisPodLife> runningPod() const
    {
        for (const sim::UnisPodLife &pod : backend->pods()) {
            if (pod.phase == sim::UnisPodLife::Phase::Running && pod.ownerUserId == u"38" && pod.gpuCount >= 2
                && pod.started.toMSecsSinceEpoch() < QDateTime::currentMSecsSinceEpoch() - 20 * 60 * 1000)
                return pod;
        }
        return std::nullopt;
    }

    Result<MetricWindow> fetch(MetricSource &source, const QString &subject, qint64 from, qint64 to)
    {
        return await<MetricWindow>([&](QObject *ctx, auto done) { source.fetch(subject, from, to, ctx, done); });
    }

    sim::SimEnvironment env;
    sim::UnisBackend *backend = nullptr;
    EventLog log;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<unis::UnisProvider> provider;
};

} // namespace

TEST_F(UnisMonitoringIntegration, PodSeriesMatchTheSimulatorPerGpu)
{
    const auto pod = runningPod();
    ASSERT_TRUE(pod);
    unis::PodMetricSource source(provider->client());
    EXPECT_EQ(source.metrics().size(), 20);
    EXPECT_EQ(source.stepMs(), 15000);
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - 10 * 60 * 1000;
    const auto window = fetch(source, pod->podName, from, to);
    ASSERT_TRUE(window) << window.error().message.toStdString();
    EXPECT_EQ(window.value().reported.size(), 20);
    int compared = 0;
    QSet<QString> cards;
    for (const MetricSeries &s : window.value().series) {
        EXPECT_EQ(s.id.subject, pod->podName);
        if (sim::UnisMetricService::isGpuMetric(s.id.metric)) {
            cards.insert(s.id.instance);
            EXPECT_LT(s.id.instance.toInt(), pod->gpuCount);
        }
        for (const MetricPoint &p : s.points) {
            const int gpu = s.id.instance.isEmpty() ? -1 : s.id.instance.toInt();
            std::optional<double> expected = sim::UnisMetricService::sample(*pod, s.id.metric, gpu, p.timeMs);
            if (s.id.metric.startsWith(u"rdma")) {
                sim::UnisMetricService service(*backend);
                expected = service.rdmaOfPod(*pod, s.id.metric, p.timeMs);
            }
            ASSERT_TRUE(expected) << s.id.key().toStdString() << " at " << p.timeMs;
            ASSERT_DOUBLE_EQ(p.value, *expected) << s.id.key().toStdString();
            EXPECT_GE(p.timeMs, from);
            EXPECT_LE(p.timeMs, to);
            ++compared;
        }
    }
    EXPECT_EQ(cards.size(), pod->gpuCount);
    // Ten minutes at 15 s: 40 samples, for every per-pod and per-card series with data.
    EXPECT_GT(compared, 40 * (2 + 12 * pod->gpuCount));

    // The token is renewed on the way: the answers keep coming.
    backend->invalidateAllTokens();
    EXPECT_TRUE(fetch(source, pod->podName, to - 60 * 1000, to));

    // A pod that is not there: reported, empty.
    const auto nothing = fetch(source, QStringLiteral("no-such-pod-worker-0"), from, to);
    ASSERT_TRUE(nothing);
    for (const MetricSeries &s : nothing.value().series)
        EXPECT_TRUE(s.points.isEmpty());

    // The platform's refusal comes back as its error.
    const auto refused = fetch(source, pod->podName, to, to - 60 * 1000);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Platform);
}

TEST_F(UnisMonitoringIntegration, PodNamesFromThePodListWork)
{
    // The provider's pod list names the pods the monitoring API takes.
    const auto pod = runningPod();
    ASSERT_TRUE(pod);
    Resource job;
    job.id = pod->jobId;
    const QList<Resource> all = await<QList<Resource>>([&](QObject *ctx, auto done) { provider->listResources({}, ctx, done); }).value();
    for (const Resource &r : all) {
        if (r.id == pod->jobId)
            job = r;
    }
    ASSERT_FALSE(job.name.isEmpty());
    const auto pods = await<QList<unis::Pod>>([&](QObject *ctx, auto done) { provider->pods(job, ctx, done); });
    ASSERT_TRUE(pods) << pods.error().message.toStdString();
    QStringList names;
    for (const unis::Pod &p : pods.value())
        names.append(p.name);
    ASSERT_TRUE(names.contains(pod->podName)) << names.join(u' ').toStdString();
}

TEST_F(UnisMonitoringIntegration, ClusterTotalsAndRdmaForAdministrators)
{
    const auto pod = runningPod();
    ASSERT_TRUE(pod);
    unis::NodeMetricSource userSource(provider->client());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A normal user is refused the totals.
    const auto refused = fetch(userSource, unis::NodeMetricSource::clusterSubject(), now - 60000, now);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Platform);

    signInAs(QStringLiteral("admin"), backend->passwordOf(QStringLiteral("admin")));
    unis::NodeMetricSource source(provider->client());
    EXPECT_EQ(source.subjectColumn(), QStringLiteral("node"));
    const auto totals = fetch(source, unis::NodeMetricSource::clusterSubject(), now - 60000, now);
    ASSERT_TRUE(totals) << totals.error().message.toStdString();
    ASSERT_EQ(totals.value().gauges.size(), 4);
    double gpus = 0;
    for (const sim::UnisNode &n : backend->nodes())
        gpus += n.gpuCount;
    EXPECT_EQ(totals.value().gauges[2].total, gpus);
    ASSERT_EQ(totals.value().series.size(), 4);
    for (const MetricSeries &s : totals.value().series) {
        ASSERT_EQ(s.points.size(), 1);
        EXPECT_GE(s.points[0].value, 0);
        EXPECT_LE(s.points[0].value, 100);
    }
    // A window that ended an hour ago has no reading of now.
    const auto past = fetch(source, unis::NodeMetricSource::clusterSubject(), now - 7200000, now - 3600000);
    ASSERT_TRUE(past);
    for (const MetricSeries &s : past.value().series)
        EXPECT_TRUE(s.points.isEmpty());

    const auto rdma = fetch(source, pod->nodeIp, now - 5 * 60000, now);
    ASSERT_TRUE(rdma) << rdma.error().message.toStdString();
    EXPECT_EQ(rdma.value().series.size(), 8); // four cards, both directions
    sim::UnisMetricService model(*backend);
    int compared = 0;
    for (const MetricSeries &s : rdma.value().series) {
        EXPECT_EQ(s.unit, QStringLiteral("Mb/s"));
        for (const MetricPoint &p : s.points) {
            EXPECT_DOUBLE_EQ(p.value, *model.rdmaSample(pod->nodeIp, s.id.instance, s.id.metric == u"rdmaReceiver", p.timeMs));
            ++compared;
        }
    }
    EXPECT_GT(compared, 8 * 15);
}
