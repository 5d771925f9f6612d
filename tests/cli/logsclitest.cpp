// `suanli-cli logs` against the UNIS simulator in this process: a pod's last lines (more than
// one page of them), the whole log, a task with one pod and a task's batch download, JSON,
// --output, usage errors, and --follow until Ctrl+C, each compared with the simulator's log.
#include "clirun.h"
#include "waitfor.h"

#include "core/logs/linecleaner.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/unispodlog.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <signal.h>
#include <memory>

using suanli::test::CliRun;
using suanli::test::englishEnvironment;
using suanli::test::waitFor;
using namespace suanli;

namespace {

const QString kAccount = QStringLiteral("unis-prod");

class LogsCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_configDir.isValid());
        m_env = std::make_unique<sim::SimEnvironment>();
        ASSERT_TRUE(m_env->start({QStringLiteral("unis")})) << m_env->errorString().toStdString();
        const CliRun added = run({QStringLiteral("account"), QStringLiteral("add"), kAccount, QStringLiteral("--platform"),
                                  QStringLiteral("unis"), QStringLiteral("--base-url"),
                                  m_env->server(QStringLiteral("unis"))->baseUrl().toString(), QStringLiteral("--login"),
                                  backend()->userName(), QStringLiteral("--option"),
                                  QStringLiteral("aes-key=") + QString::fromLatin1(backend()->aesKey()),
                                  QStringLiteral("--secret-stdin")},
                                 backend()->password().toUtf8() + '\n');
        ASSERT_EQ(added.exitCode, 0) << added;
    }

    sim::UnisBackend *backend() const { return m_env->unis(); }

    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        const CliRun r = suanli::test::runCli(QStringList{QStringLiteral("--config-dir"), m_configDir.path()} + args, input,
                                              englishEnvironment());
        EXPECT_FALSE(r.out.contains(backend()->password().toUtf8())) << r;
        EXPECT_FALSE(r.err.contains(backend()->password().toUtf8())) << r;
        return r;
    }

    sim::UnisPodLife podOf(const QString &jobName) const
    {
        return backend()->podsOfJob(backend()->jobIdByName(jobName)).value(0);
    }

    QByteArrayList simLines(const QString &podName) const
    {
        const auto pod = backend()->pod(podName);
        const QDateTime now = backend()->now();
        return sim::UnisPodLog::lines(*pod, 0, sim::UnisPodLog::lineCount(*pod, now), now);
    }

    QTemporaryDir m_configDir;
    std::unique_ptr<sim::SimEnvironment> m_env;
};

QByteArray joined(const QByteArrayList &lines)
{
    return lines.isEmpty() ? QByteArray() : lines.join('\n') + '\n';
}

} // namespace

TEST_F(LogsCliTest, TailAllAndJson)
{
    const sim::UnisPodLife pod = podOf(QStringLiteral("resnet50-imagenet")); // finished: a fixed log
    const QByteArrayList all = simLines(pod.podName);

    // The default tail, by pod name.
    CliRun r = run({QStringLiteral("logs"), pod.podName});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, joined(all.mid(all.size() - 100)));

    // More lines than one call returns: the command pages back for them (by pod id).
    r = run({QStringLiteral("logs"), pod.podId, QStringLiteral("--tail"), QStringLiteral("12345")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, joined(all.mid(all.size() - 12345)));

    // The whole log into a file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pod.log"));
    r = run({QStringLiteral("logs"), pod.podName, QStringLiteral("--all"), QStringLiteral("--output"), file});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.isEmpty());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), joined(all));

    // A task with one pod is that pod; JSON says where the lines are.
    r = run({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("resnet50-imagenet"), QStringLiteral("--tail"),
             QStringLiteral("3")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("pod")).toString(), pod.podName);
    EXPECT_EQ(o.value(QStringLiteral("podId")).toString(), pod.podId);
    EXPECT_EQ(o.value(QStringLiteral("firstLine")).toInteger(), all.size() - 2);
    const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(2).toString().toUtf8(), all.constLast());
}

TEST_F(LogsCliTest, TaskBatchDownload)
{
    const QString name = QStringLiteral("resnet50-imagenet");
    const QString id = backend()->jobIdByName(name);
    QByteArray want;
    for (const sim::UnisPodLife &p : backend()->podsOfJob(id))
        want += p.podName.toUtf8() + "-log：\n" + joined(simLines(p.podName));
    CliRun r = run({QStringLiteral("logs"), id, QStringLiteral("--all")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, want);
    QTemporaryDir dir;
    r = run({QStringLiteral("logs"), name, QStringLiteral("--all"), QStringLiteral("--output"), dir.filePath(QStringLiteral("t.log"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("Saved the logs of “resnet50-imagenet”")));
    QFile f(dir.filePath(QStringLiteral("t.log")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), want);
}

TEST_F(LogsCliTest, UsageAndErrors)
{
    CliRun r = run({QStringLiteral("logs")});
    EXPECT_EQ(r.exitCode, 2) << r;
    r = run({QStringLiteral("logs"), QStringLiteral("no-such-thing")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("no-such-thing")));
    r = run({QStringLiteral("logs"), QStringLiteral("resnet50-imagenet"), QStringLiteral("--tail"), QStringLiteral("-3")});
    EXPECT_EQ(r.exitCode, 2) << r;
    r = run({QStringLiteral("logs"), QStringLiteral("resnet50-imagenet"), QStringLiteral("--tail"), QStringLiteral("3"),
             QStringLiteral("--all")});
    EXPECT_EQ(r.exitCode, 2) << r;
    r = run({QStringLiteral("logs"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.outText().contains(QStringLiteral("--follow")));
    r = run({QStringLiteral("--help")});
    EXPECT_TRUE(r.outText().contains(QStringLiteral("logs POD|TASK")));
    // Another user's job is not there for this account.
    r = run({QStringLiteral("logs"), QStringLiteral("mindspore-resnet-910b")});
    EXPECT_EQ(r.exitCode, 2) << r;
}

TEST_F(LogsCliTest, FollowUntilInterrupted)
{
    const sim::UnisPodLife pod = podOf(QStringLiteral("bert-ner-中文实体识别")); // running: three lines a second
    QProcess cli;
    cli.setProgram(QStringLiteral(SUANLI_CLI_PATH));
    cli.setArguments({QStringLiteral("--config-dir"), m_configDir.path(), QStringLiteral("logs"), pod.podName,
                      QStringLiteral("--follow"), QStringLiteral("--tail"), QStringLiteral("5")});
    cli.setProcessEnvironment(englishEnvironment());
    cli.start();
    QByteArray out;
    // The tail, then at least a few polls' worth of new lines.
    ASSERT_TRUE(waitFor([&] {
        out += cli.readAllStandardOutput();
        return out.count('\n') >= 15;
    }, 30000)) << out.constData() << cli.readAllStandardError().constData();
    ::kill(pid_t(cli.processId()), SIGINT);
    ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 10000));
    out += cli.readAllStandardOutput();
    EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().constData();

    // Every line printed is the simulator's, consecutive: none lost, none twice.
    QByteArrayList printed = out.split('\n');
    ASSERT_TRUE(printed.constLast().isEmpty());
    printed.removeLast();
    const QByteArrayList all = simLines(pod.podName);
    const qsizetype start = all.indexOf(printed.constFirst());
    ASSERT_GE(start, 0);
    EXPECT_EQ(printed, all.mid(start, printed.size()));
    EXPECT_GE(printed.size(), 15);
}
