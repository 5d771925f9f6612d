// suanli-cli upload and files against the UNIS simulator in this process: an upload killed with
// SIGKILL and run again completes from the journal with the file intact; files ls / mkdir / rm /
// sftp; the options' checks.
#include "clirun.h"
#include "waitfor.h"

#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/unisfileservice.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTemporaryDir>

#include <memory>

using suanli::test::CliRun;
using suanli::test::englishEnvironment;
using suanli::test::waitFor;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QByteArray bytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 11;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x >> 7);
    }
    return data;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

class UploadCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_env = std::make_unique<suanli::sim::SimEnvironment>();
        m_env->setUnisFilesDir(m_dir.filePath(QStringLiteral("storage")));
        ASSERT_TRUE(m_env->start({QStringLiteral("unis")})) << m_env->errorString().toStdString();
        const auto endpoint = m_env->endpoints().constFirst();
        const CliRun added = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("lab"), QStringLiteral("--platform"),
                                  QStringLiteral("unis"), QStringLiteral("--base-url"), endpoint.baseUrl.toString(),
                                  QStringLiteral("--login"), endpoint.login, QStringLiteral("--option"),
                                  QStringLiteral("aes-key=") + endpoint.options.value(QStringLiteral("aes-key")),
                                  QStringLiteral("--secret-stdin"), QStringLiteral("--insecure-storage")},
                                 endpoint.credential.toUtf8() + '\n');
        ASSERT_EQ(added.exitCode, 0) << added;
        m_password = endpoint.credential;
    }

    void TearDown() override { m_env.reset(); }

    suanli::sim::UnisFileService *files() const { return m_env->unisFiles(); }
    suanli::sim::SimServer *server() const { return m_env->server(QStringLiteral("unis")); }

    QStringList base() const { return {QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config"))}; }

    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        const CliRun result = suanli::test::runCli(base() + args, input, englishEnvironment());
        if (!m_password.isEmpty()) {
            EXPECT_FALSE(result.out.contains(m_password.toUtf8())) << result;
            EXPECT_FALSE(result.err.contains(m_password.toUtf8())) << result;
        }
        return result;
    }

    QString writeLocal(const QString &relative, const QByteArray &data)
    {
        const QString path = m_dir.filePath(QStringLiteral("local/") + relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }

    // The stored copy of a file of the signed-in user's private storage.
    QByteArray stored(const QString &remotePath) const
    {
        QDirIterator users(files()->storageDir() + QStringLiteral("/users"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (users.hasNext()) {
            QFile file(users.next() + remotePath);
            if (file.open(QIODevice::ReadOnly))
                return file.readAll();
        }
        return {};
    }

    QMap<int, int> sends(const QString &remotePath) const
    {
        QDirIterator users(files()->storageDir() + QStringLiteral("/users"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (users.hasNext()) {
            users.next();
            const QMap<int, int> found = files()->chunkSends(users.fileName(), remotePath);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<suanli::sim::SimEnvironment> m_env;
    QString m_password;
};

} // namespace

TEST_F(UploadCliTest, KilledMidUploadThenRunAgainCompletesFromTheJournal)
{
    const QByteArray data = bytes(24 * kMiB + 5, 1);
    const QString path = writeLocal(QStringLiteral("weights.bin"), data);
    server()->setLatency(40); // long enough to kill it half-way
    const QStringList args = base() + QStringList{QStringLiteral("upload"), path, QStringLiteral("--to"), QStringLiteral("/"),
                                                  QStringLiteral("--chunk-size"), QStringLiteral("1M"),
                                                  QStringLiteral("--parallel"), QStringLiteral("2")};
    QProcess process;
    process.setProgram(QStringLiteral(SUANLI_CLI_PATH));
    process.setArguments(args);
    process.setProcessEnvironment(englishEnvironment());
    process.start();
    ASSERT_TRUE(waitFor([&] { return sends(QStringLiteral("/weights.bin")).size() >= 8; }, 60000));
    process.kill(); // SIGKILL: no chance to save anything
    ASSERT_TRUE(waitFor([&] { return process.state() == QProcess::NotRunning; }, 10000));
    EXPECT_EQ(process.exitStatus(), QProcess::CrashExit);
    QMap<int, int> before = sends(QStringLiteral("/weights.bin"));
    ASSERT_LT(before.size(), 25);
    EXPECT_TRUE(stored(QStringLiteral("/weights.bin")).isEmpty());
    QTest::qWait(200);
    before = sends(QStringLiteral("/weights.bin"));

    server()->setLatency(0);
    const CliRun again = run(args.mid(2));
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_TRUE(again.errText().contains(QStringLiteral("Resuming 1 upload(s) from the journal"))) << again;
    EXPECT_EQ(md5(stored(QStringLiteral("/weights.bin"))), md5(data));
    // What the server had before the kill was not sent again, bar a chunk under way.
    const QMap<int, int> after = sends(QStringLiteral("/weights.bin"));
    ASSERT_EQ(after.size(), 25);
    int resent = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        resent += after.value(it.key()) - it.value();
    EXPECT_LE(resent, 2) << "chunks held before the kill were sent again";
    // Not on a terminal: no progress line.
    EXPECT_FALSE(again.err.contains('\r'));

    // A third run finds it there.
    const CliRun third = run(args.mid(2) + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(third.exitCode, 0) << third;
    const QJsonObject item = third.json().array().at(0).toObject();
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    EXPECT_EQ(item.value(QStringLiteral("remote")).toString(), QStringLiteral("/weights.bin"));
    EXPECT_EQ(item.value(QStringLiteral("md5")).toString(), QString::fromLatin1(md5(data)));
}

TEST_F(UploadCliTest, FoldersListingMkdirRmAndSftp)
{
    writeLocal(QStringLiteral("set/a.txt"), bytes(100, 2));
    writeLocal(QStringLiteral("set/deep/b.bin"), bytes(2 * kMiB + 3, 3));
    ASSERT_EQ(run({QStringLiteral("files"), QStringLiteral("mkdir"), QStringLiteral("/data")}).exitCode, 0);
    const CliRun uploaded = run({QStringLiteral("upload"), m_dir.filePath(QStringLiteral("local/set")), QStringLiteral("--to"),
                                 QStringLiteral("/data"), QStringLiteral("--limit"), QStringLiteral("100M")});
    ASSERT_EQ(uploaded.exitCode, 0) << uploaded;
    EXPECT_TRUE(uploaded.outText().contains(QStringLiteral("Uploaded 2 file(s)"))) << uploaded;
    EXPECT_EQ(stored(QStringLiteral("/data/set/deep/b.bin")), bytes(2 * kMiB + 3, 3));

    const CliRun listed = run({QStringLiteral("files"), QStringLiteral("ls"), QStringLiteral("/data/set")});
    ASSERT_EQ(listed.exitCode, 0) << listed;
    EXPECT_TRUE(listed.outText().contains(QStringLiteral("deep/")));
    EXPECT_TRUE(listed.outText().contains(QStringLiteral("a.txt")));
    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("ls"), QStringLiteral("/data/set/deep")});
    ASSERT_EQ(json.exitCode, 0) << json;
    EXPECT_EQ(json.json().array().at(0).toObject().value(QStringLiteral("size")).toInteger(), 2 * kMiB + 3);

    const CliRun refused = run({QStringLiteral("files"), QStringLiteral("rm"), QStringLiteral("/data/set")});
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_FALSE(stored(QStringLiteral("/data/set/a.txt")).isEmpty());
    ASSERT_EQ(run({QStringLiteral("files"), QStringLiteral("rm"), QStringLiteral("/data/set"), QStringLiteral("--yes")}).exitCode, 0);
    EXPECT_TRUE(stored(QStringLiteral("/data/set/a.txt")).isEmpty());

    const CliRun sftp = run({QStringLiteral("files"), QStringLiteral("sftp")});
    ASSERT_EQ(sftp.exitCode, 0) << sftp;
    EXPECT_TRUE(sftp.outText().contains(QStringLiteral("Password: ********")));
    const CliRun publicLs = run({QStringLiteral("files"), QStringLiteral("ls"), QStringLiteral("--public")});
    EXPECT_EQ(publicLs.exitCode, 0) << publicLs;
}

TEST_F(UploadCliTest, OptionsAreChecked)
{
    const QString path = writeLocal(QStringLiteral("x.bin"), bytes(10, 4));
    EXPECT_EQ(run({QStringLiteral("upload"), path}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("upload"), path, QStringLiteral("--to"), QStringLiteral("/"), QStringLiteral("--parallel"), QStringLiteral("9")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("upload"), path, QStringLiteral("--to"), QStringLiteral("/"), QStringLiteral("--chunk-size"), QStringLiteral("100M")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("upload"), path, QStringLiteral("--to"), QStringLiteral("/"), QStringLiteral("--limit"), QStringLiteral("fast")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("upload"), m_dir.filePath(QStringLiteral("nope")), QStringLiteral("--to"), QStringLiteral("/")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("files"), QStringLiteral("frobnicate")}).exitCode, 2);
    const CliRun help = run({QStringLiteral("upload"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.outText().contains(QStringLiteral("--chunk-size")));
}
