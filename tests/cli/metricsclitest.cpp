// `suanli-cli metrics` of the real binary against the UNIS simulator in this process: the summary
// table, CSV and JSON checked against the simulator's model, ranges, metric filters, and the
// usage errors.
#include "clirun.h"
#include "waitfor.h"

#include "sim/chenyu/chenyubackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/unismetricservice.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

using suanli::test::CliRun;
using suanli::test::englishEnvironment;
using namespace suanli;

namespace {

class MetricsCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_configDir.isValid());
        m_env = std::make_unique<sim::SimEnvironment>();
        ASSERT_TRUE(m_env->start({QStringLiteral("unis"), QStringLiteral("chenyu")})) << m_env->errorString().toStdString();
        const CliRun added = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--platform"),
                                  QStringLiteral("unis"), QStringLiteral("--base-url"), baseUrl(QStringLiteral("unis")),
                                  QStringLiteral("--login"), backend()->userName(), QStringLiteral("--option"),
                                  QStringLiteral("aes-key=") + QString::fromLatin1(backend()->aesKey()), QStringLiteral("--secret-stdin")},
                                 backend()->password().toUtf8() + '\n');
        ASSERT_EQ(added.exitCode, 0) << added;
        for (const sim::UnisPodLife &pod : backend()->pods()) {
            if (pod.phase == sim::UnisPodLife::Phase::Running && pod.ownerUserId == u"38" && pod.gpuCount >= 2
                && pod.started.toMSecsSinceEpoch() < QDateTime::currentMSecsSinceEpoch() - 30 * 60 * 1000) {
                m_pod = pod;
                break;
            }
        }
        ASSERT_FALSE(m_pod.podName.isEmpty());
    }

    sim::UnisBackend *backend() const { return m_env->unis(); }
    QString baseUrl(const QString &platform) const
    {
        for (const auto &endpoint : m_env->endpoints()) {
            if (endpoint.platform == platform)
                return endpoint.baseUrl.toString();
        }
        return {};
    }

    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        const CliRun result =
            test::runCli(QStringList{QStringLiteral("--config-dir"), m_configDir.path()} + args, input, englishEnvironment());
        EXPECT_FALSE(result.out.contains(backend()->password().toUtf8()));
        EXPECT_FALSE(result.err.contains(backend()->password().toUtf8()));
        return result;
    }

    QTemporaryDir m_configDir;
    std::unique_ptr<sim::SimEnvironment> m_env;
    sim::UnisPodLife m_pod;
};

} // namespace

TEST_F(MetricsCliTest, SummaryTableOfAPod)
{
    const CliRun r = run({QStringLiteral("metrics"), m_pod.podName, QStringLiteral("--since"), QStringLiteral("15m")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("From "))) << r;
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("POD"))) << r;
    for (const QString &header : {QStringLiteral("METRIC"), QStringLiteral("GPU"), QStringLiteral("SAMPLES"), QStringLiteral("LAST"),
                                  QStringLiteral("MIN"), QStringLiteral("AVG"), QStringLiteral("MAX"), QStringLiteral("UNIT")})
        EXPECT_TRUE(lines[1].contains(header)) << r;
    // A row per card for GPU metrics, in card order, with 60 samples in 15 minutes.
    QStringList gpuRows;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral(" gpuTemperature ")))
            gpuRows.append(line);
    }
    ASSERT_EQ(gpuRows.size(), m_pod.gpuCount) << r;
    const QStringList cells = gpuRows.first().split(u' ', Qt::SkipEmptyParts);
    EXPECT_EQ(cells.at(2), QStringLiteral("0"));
    EXPECT_NEAR(cells.at(3).toInt(), 60, 1);
    EXPECT_EQ(cells.last(), QStringLiteral("°C"));
    EXPECT_TRUE(r.outText().contains(QStringLiteral(" cpuUtilizationRate "))) << r;
    // Service metrics of a training pod have no samples: no rows.
    EXPECT_FALSE(r.outText().contains(QStringLiteral(" qps "))) << r;
}

TEST_F(MetricsCliTest, CsvAndJsonMatchTheSimulator)
{
    const qint64 to = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 60 * 1000;
    const qint64 from = to - 10 * 60 * 1000;
    const QString fromText = QDateTime::fromMSecsSinceEpoch(from).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
    const QString toText = QString::number(to);
    const CliRun csv = run({QStringLiteral("metrics"), m_pod.podName, QStringLiteral("--from"), fromText, QStringLiteral("--to"), toText,
                            QStringLiteral("--metric"), QStringLiteral("gpuUtilizationRate"), QStringLiteral("--metric"),
                            QStringLiteral("memoryUtilizationRate"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv;
    const QList<QByteArray> lines = csv.out.split('\n');
    EXPECT_EQ(lines.first(), QByteArray("time,epoch_ms,pod,metric,instance,unit,value\r"));
    int rows = 0;
    for (const QByteArray &raw : lines.mid(1)) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        ASSERT_EQ(f.size(), 7) << line.constData();
        const QString metric = QString::fromUtf8(f[3]);
        ASSERT_TRUE(metric == u"gpuUtilizationRate" || metric == u"memoryUtilizationRate") << line.constData();
        const qint64 t = f[1].toLongLong();
        EXPECT_GE(t, from);
        EXPECT_LE(t, to);
        const auto expected = sim::UnisMetricService::sample(m_pod, metric, f[4].isEmpty() ? -1 : f[4].toInt(), t);
        ASSERT_TRUE(expected) << line.constData();
        EXPECT_DOUBLE_EQ(f[6].toDouble(), *expected) << line.constData();
        ++rows;
    }
    // 40 samples per series: memory, and utilization per card.
    EXPECT_NEAR(rows, 40 * (1 + m_pod.gpuCount), 1 + m_pod.gpuCount);

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("metrics"), m_pod.podName, QStringLiteral("--since"),
                             QStringLiteral("5m"), QStringLiteral("--metric"), QStringLiteral("gpuPower")});
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonObject doc = json.json().object();
    EXPECT_TRUE(doc.value(QStringLiteral("from")).toString().endsWith(QStringLiteral("+08:00")));
    const QJsonArray pods = doc.value(QStringLiteral("pods")).toArray();
    ASSERT_EQ(pods.size(), 1);
    EXPECT_EQ(pods[0].toObject().value(QStringLiteral("pod")).toString(), m_pod.podName);
    EXPECT_EQ(pods[0].toObject().value(QStringLiteral("reported")).toArray().size(), 20);
    const QJsonArray series = pods[0].toObject().value(QStringLiteral("series")).toArray();
    ASSERT_EQ(series.size(), m_pod.gpuCount);
    const QJsonObject card = series[1].toObject();
    EXPECT_EQ(card.value(QStringLiteral("metric")).toString(), QStringLiteral("gpuPower"));
    EXPECT_EQ(card.value(QStringLiteral("gpu")).toString(), QStringLiteral("1"));
    EXPECT_EQ(card.value(QStringLiteral("unit")).toString(), QStringLiteral("W"));
    EXPECT_EQ(card.value(QStringLiteral("title")).toString(), QStringLiteral("GPU卡功耗"));
    const QJsonArray points = card.value(QStringLiteral("points")).toArray();
    ASSERT_GE(points.size(), 19);
    const QJsonObject p = points[3].toObject();
    EXPECT_DOUBLE_EQ(p.value(QStringLiteral("value")).toDouble(),
                     *sim::UnisMetricService::sample(m_pod, QStringLiteral("gpuPower"), 1,
                                                     qint64(p.value(QStringLiteral("epochMs")).toDouble())));
}

TEST_F(MetricsCliTest, SeveralPodsUnknownPodsAndUsageErrors)
{
    // A pod that never ran: a note, nothing printed for it, no failure.
    const CliRun both = run({QStringLiteral("metrics"), m_pod.podName, QStringLiteral("nobody-worker-0"), QStringLiteral("--since"),
                             QStringLiteral("2m"), QStringLiteral("--metric"), QStringLiteral("cpuUtilizationRate")});
    ASSERT_EQ(both.exitCode, 0) << both;
    EXPECT_TRUE(both.errText().contains(QStringLiteral("nobody-worker-0: no samples"))) << both;
    EXPECT_TRUE(both.outText().contains(m_pod.podName)) << both;

    for (const QStringList &args : {QStringList{QStringLiteral("metrics")},
                                    QStringList{QStringLiteral("metrics"), QStringLiteral("p"), QStringLiteral("--since"), QStringLiteral("soon")},
                                    QStringList{QStringLiteral("metrics"), QStringLiteral("p"), QStringLiteral("--since"), QStringLiteral("1h"),
                                                QStringLiteral("--from"), QStringLiteral("2025-02-10 15:00:00")},
                                    QStringList{QStringLiteral("metrics"), QStringLiteral("p"), QStringLiteral("--to"), QStringLiteral("2025-02-10 15:00:00")},
                                    QStringList{QStringLiteral("metrics"), QStringLiteral("p"), QStringLiteral("--from"), QStringLiteral("2025-02-10 16:00:00"),
                                                QStringLiteral("--to"), QStringLiteral("2025-02-10 15:00:00")},
                                    QStringList{QStringLiteral("metrics"), QStringLiteral("p"), QStringLiteral("--metric"), QStringLiteral("gpuFun")},
                                    QStringList{QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("p"), QStringLiteral("--csv")}}) {
        const CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r;
        EXPECT_TRUE(r.out.isEmpty()) << r;
    }
    // The platform refuses a window too long for its series.
    const CliRun tooLong = run({QStringLiteral("metrics"), m_pod.podName, QStringLiteral("--since"), QStringLiteral("3d")});
    EXPECT_EQ(tooLong.exitCode, 1) << tooLong;
    EXPECT_TRUE(tooLong.errText().contains(QStringLiteral("查询时间范围过大"))) << tooLong;

    // Another platform's account: the command is for UNIS accounts only.
    const CliRun chenyu = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("cy"), QStringLiteral("--platform"),
                               QStringLiteral("chenyu"), QStringLiteral("--base-url"), baseUrl(QStringLiteral("chenyu")),
                               QStringLiteral("--secret-stdin")},
                              m_env->chenyu()->apiKey().toUtf8() + '\n');
    ASSERT_EQ(chenyu.exitCode, 0) << chenyu;
    const CliRun wrong = run({QStringLiteral("metrics"), m_pod.podName, QStringLiteral("--account"), QStringLiteral("cy")});
    EXPECT_EQ(wrong.exitCode, 2) << wrong;
    EXPECT_TRUE(wrong.errText().contains(QStringLiteral("\"metrics\" is a command for"))) << wrong;
    // With two accounts, --account picks one.
    EXPECT_EQ(run({QStringLiteral("metrics"), m_pod.podName, QStringLiteral("--since"), QStringLiteral("1m")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("metrics"), m_pod.podName, QStringLiteral("--since"), QStringLiteral("1m"), QStringLiteral("--account"),
                   QStringLiteral("prod")})
                  .exitCode,
              0);
    const CliRun help = run({QStringLiteral("metrics"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.outText().contains(QStringLiteral("--since DURATION"))) << help;
}
