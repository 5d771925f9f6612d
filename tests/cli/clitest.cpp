// Runs the real suanli-cli binary against the Chenyu simulator, which lives in this process:
// the simulator answers only while this test spins its event loop, so the CLI is never waited
// for with a blocking call.
#include "clirun.h"

#include "platforms/platformregistry.h"
#include "waitfor.h"

#include "core/apierror.h"
#include "core/secretstore.h"
#include "platforms/chenyu/chenyuprovider.h"
#include "sim/chenyu/chenyubackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <optional>

using suanli::test::chineseEnvironment;
using suanli::test::CliRun;
using suanli::test::englishEnvironment;
using suanli::test::waitFor;
using suanli::test::withLocale;

namespace {

const QString kAccount = QStringLiteral("team");

// Chenyu's instance status enum (the document's 实例列表 `status`).
enum ChenyuStatus { Created = 0, Starting = 1, Running = 2, Stopping = 3, Stopped = 4, Destroyed = 9 };

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_configDir.isValid());
        m_env = std::make_unique<suanli::sim::SimEnvironment>();
        ASSERT_TRUE(m_env->start({QStringLiteral("chenyu")})) << m_env->errorString().toStdString();
        m_apiKey = backend()->apiKey(); // kept: the simulator may be stopped or change its key
        backend()->setTransitionMs(100);
        // No hourly charge may land in the middle of a test that counts bills.
        backend()->setBillingHourMs(3600 * 1000);
    }

    void TearDown() override { m_env.reset(); }

    suanli::sim::ChenyuBackend *backend() const { return m_env->chenyu(); }
    suanli::sim::SimServer *server() const { return m_env->server(QStringLiteral("chenyu")); }
    QString baseUrl() const { return m_env->endpoints().constFirst().baseUrl.toString(); }
    QString apiKey() const { return m_apiKey; }
    QString configDir() const { return m_configDir.path(); }

    // Runs `suanli-cli --config-dir DIR ARGS...` with `input` on stdin, spinning the event loop.
    CliRun run(const QStringList &args, const QByteArray &input = {}, std::optional<QProcessEnvironment> env = {},
               bool withConfigDir = true)
    {
        QStringList all;
        if (withConfigDir)
            all << QStringLiteral("--config-dir") << configDir();
        all += args;
        const CliRun result = suanli::test::runCli(all, input, env ? *env : englishEnvironment());
        // Whatever the command, the API key never shows.
        EXPECT_FALSE(result.out.contains(apiKey().toUtf8())) << result;
        EXPECT_FALSE(result.err.contains(apiKey().toUtf8())) << result;
        return result;
    }

    CliRun addAccount(const QString &name = kAccount, const QString &key = {}, const QStringList &extra = {},
                      std::optional<QProcessEnvironment> env = {})
    {
        return run(QStringList{QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--platform"),
                               QStringLiteral("chenyu"), QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--secret-stdin")}
                       + extra,
                   (key.isEmpty() ? apiKey() : key).toUtf8() + '\n', env);
    }

    QString accountId(const QString &name)
    {
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
        for (const QJsonValue &v : r.json().array()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toString();
        }
        return {};
    }

    int simStatus(const QString &id) const { return backend()->instanceJson(id).value(QStringLiteral("status")).toInt(-1); }

    QStringList instancesWithStatus(int status) const
    {
        QStringList ids;
        for (const QString &id : backend()->instanceIds()) {
            if (simStatus(id) == status)
                ids.append(id);
        }
        return ids;
    }

    // The seeded instance that is booting settles within a few transitions.
    bool waitUntilSettled()
    {
        return waitFor([this] { return instancesWithStatus(Starting).isEmpty() && instancesWithStatus(Stopping).isEmpty(); },
                       10000);
    }

    // Every file under the config dir, read whole.
    QList<QPair<QString, QByteArray>> configFiles() const
    {
        QList<QPair<QString, QByteArray>> files;
        QDirIterator it(configDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files.append({path, f.readAll()});
        }
        return files;
    }

    // Reads a secret straight from the keychain the CLI uses, as another process would.
    suanli::Result<QString> keychainSecret(const QString &accountId)
    {
        suanli::KeychainSecretStore store(QStringLiteral("Suanli Console"));
        QObject context;
        std::optional<suanli::Result<QString>> result;
        store.read(accountId, &context, [&](const suanli::Result<QString> &r) { result = r; });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }, 10000));
        if (!result)
            return suanli::ApiError::timeout();
        return *result;
    }

    // "YYYY-MM-DD HH:MM:SS" in China Standard Time, `secs` from now.
    static QString chinaWallClockIn(qint64 secs)
    {
        return QDateTime::currentDateTimeUtc().addSecs(secs).toTimeZone(QTimeZone(8 * 3600)).toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }

    QTemporaryDir m_configDir;
    QString m_apiKey;
    std::unique_ptr<suanli::sim::SimEnvironment> m_env;
};

QString statusKeyOf(int chenyuStatus)
{
    switch (chenyuStatus) {
    case Starting: return QStringLiteral("starting");
    case Running: return QStringLiteral("running");
    case Stopping: return QStringLiteral("stopping");
    case Stopped: return QStringLiteral("stopped");
    case Destroyed: return QStringLiteral("destroyed");
    default: return {};
    }
}

// ---- accounts -------------------------------------------------------------------------------

TEST_F(CliTest, AccountAddStoresTheKeyInTheKeychainOnly)
{
    const CliRun added = addAccount();
    ASSERT_EQ(added.exitCode, 0) << added;
    EXPECT_TRUE(added.outText().contains(kAccount)) << added;

    const QString id = accountId(kAccount);
    ASSERT_FALSE(id.isEmpty());
    const auto secret = keychainSecret(id);
    ASSERT_TRUE(secret.ok()) << secret.error().message.toStdString();
    EXPECT_EQ(secret.value(), apiKey());

    const auto files = configFiles();
    EXPECT_FALSE(files.isEmpty());
    for (const auto &[path, bytes] : files)
        EXPECT_FALSE(bytes.contains(apiKey().toUtf8())) << "the key is in " << path.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QDir(configDir()).filePath(QStringLiteral("secrets.insecure.json"))));
}

TEST_F(CliTest, AccountListHumanAndJson)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_EQ(addAccount(QStringLiteral("另一个账号")).exitCode, 0);

    const CliRun human = run({QStringLiteral("account"), QStringLiteral("list")});
    ASSERT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(kAccount)) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("另一个账号"))) << human;
    EXPECT_TRUE(human.outText().contains(baseUrl())) << human;

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonArray list = json.json().array();
    ASSERT_EQ(list.size(), 2) << json;
    EXPECT_EQ(list[0][QStringLiteral("name")].toString(), kAccount);
    EXPECT_EQ(list[0][QStringLiteral("platform")].toString(), QStringLiteral("chenyu"));
    EXPECT_EQ(list[0][QStringLiteral("baseUrl")].toString(), baseUrl());
    EXPECT_FALSE(list[0][QStringLiteral("id")].toString().isEmpty());
    EXPECT_EQ(list[1][QStringLiteral("name")].toString(), QStringLiteral("另一个账号"));
}

TEST_F(CliTest, WrongKeyIsRejectedAndNothingSaved)
{
    const CliRun r = addAccount(kAccount, QStringLiteral("cy-wrong-key"));
    EXPECT_EQ(r.exitCode, 3) << r;
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(QDir(configDir()).filePath(QStringLiteral("accounts.json"))));
    const CliRun list = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.json().array().isEmpty()) << list;
    for (const auto &[path, bytes] : configFiles())
        EXPECT_FALSE(bytes.contains("cy-wrong-key")) << path.toStdString();
}

TEST_F(CliTest, AccountAddRefusesBadInput)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const int requestsBefore = server()->totalRequestCount();

    const CliRun clash = addAccount();
    EXPECT_EQ(clash.exitCode, 2) << clash;
    EXPECT_TRUE(clash.errText().contains(kAccount)) << clash;

    const CliRun unknown = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--platform"),
                                QStringLiteral("aws"), QStringLiteral("--secret-stdin")},
                               "key\n");
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("chenyu"))) << unknown;

    // Known to the product, not supported by this build (yet): whichever platform that still is.
    QString notYet;
    for (const QString &key : suanli::PlatformRegistry::knownKeys()) {
        if (!suanli::PlatformRegistry::find(key))
            notYet = key;
    }
    if (!notYet.isEmpty()) {
        const CliRun unsupported = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x"),
                                        QStringLiteral("--platform"), notYet, QStringLiteral("--base-url"),
                                        QStringLiteral("https://platform.example.invalid"), QStringLiteral("--secret-stdin")},
                                       "key\n");
        EXPECT_EQ(unsupported.exitCode, 2) << unsupported;
        EXPECT_TRUE(unsupported.errText().contains(notYet)) << unsupported;
        EXPECT_TRUE(unsupported.errText().contains(QStringLiteral("not supported"))) << unsupported;
    }

    const CliRun noPlatform = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--secret-stdin")},
                                  "key\n");
    EXPECT_EQ(noPlatform.exitCode, 2) << noPlatform;

    const CliRun badUrl = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--platform"),
                               QStringLiteral("chenyu"), QStringLiteral("--base-url"), QStringLiteral("ftp://nope"),
                               QStringLiteral("--secret-stdin")},
                              "key\n");
    EXPECT_EQ(badUrl.exitCode, 2) << badUrl;

    const CliRun emptySecret = addAccount(QStringLiteral("x"), QStringLiteral(" "));
    EXPECT_EQ(emptySecret.exitCode, 2) << emptySecret;

    // Without --secret-stdin and without a terminal there is nobody to ask.
    const CliRun noTty = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--platform"),
                              QStringLiteral("chenyu"), QStringLiteral("--base-url"), baseUrl()});
    EXPECT_EQ(noTty.exitCode, 2) << noTty;
    EXPECT_TRUE(noTty.errText().contains(QStringLiteral("--secret-stdin"))) << noTty;

    EXPECT_EQ(server()->totalRequestCount(), requestsBefore) << "nothing was to be verified";
    const CliRun list = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(list.json().array().size(), 1) << list;
}

TEST_F(CliTest, AccountCheckReportsTheState)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun human = run({QStringLiteral("account"), QStringLiteral("check"), kAccount});
    EXPECT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("online"))) << human;

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("check"), kAccount});
    EXPECT_EQ(json.exitCode, 0) << json;
    EXPECT_EQ(json.json()[QStringLiteral("state")].toString(), QStringLiteral("online")) << json;

    // The platform revokes the key.
    backend()->setApiKey(QStringLiteral("cy-rotated-key"));
    const CliRun revoked = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("check"), kAccount});
    EXPECT_EQ(revoked.exitCode, 3) << revoked;
    EXPECT_EQ(revoked.json()[QStringLiteral("state")].toString(), QStringLiteral("auth-failed")) << revoked;

    const CliRun missing = run({QStringLiteral("account"), QStringLiteral("check"), QStringLiteral("nobody")});
    EXPECT_EQ(missing.exitCode, 2) << missing;
}

TEST_F(CliTest, AccountRemoveDeletesTheKeychainEntry)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = accountId(kAccount);
    ASSERT_TRUE(keychainSecret(id).ok());

    const CliRun removed = run({QStringLiteral("account"), QStringLiteral("remove"), kAccount});
    EXPECT_EQ(removed.exitCode, 0) << removed;
    const auto secret = keychainSecret(id);
    ASSERT_FALSE(secret.ok());
    EXPECT_EQ(secret.error().kind, suanli::ApiError::Kind::Auth) << "the entry should be gone, not unreadable";
    const CliRun list = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_TRUE(list.json().array().isEmpty()) << list;

    const CliRun again = run({QStringLiteral("account"), QStringLiteral("remove"), kAccount});
    EXPECT_EQ(again.exitCode, 2) << again;
}

TEST_F(CliTest, KeychainUnavailableSavesNothingUnlessInsecureStorageIsAsked)
{
    QProcessEnvironment noBus = englishEnvironment();
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/suanli-test-bus"));

    const CliRun refused = addAccount(kAccount, {}, {}, noBus);
    EXPECT_EQ(refused.exitCode, 1) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("keychain"))) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--insecure-storage"))) << refused;
    EXPECT_FALSE(QFileInfo::exists(QDir(configDir()).filePath(QStringLiteral("accounts.json"))));

    const CliRun insecure = addAccount(kAccount, {}, {QStringLiteral("--insecure-storage")}, noBus);
    ASSERT_EQ(insecure.exitCode, 0) << insecure;
    EXPECT_TRUE(insecure.errText().contains(QStringLiteral("unencrypted"))) << "a warning is due: " << insecure;
    const QString secretsFile = QDir(configDir()).filePath(QStringLiteral("secrets.insecure.json"));
    ASSERT_TRUE(QFileInfo::exists(secretsFile));
    EXPECT_EQ(QFile::permissions(secretsFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile settings(QDir(configDir()).filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
    EXPECT_TRUE(settings.readAll().contains("insecure-file"));

    // Later commands find the secret in the file, still without a keychain.
    const CliRun balance = run({QStringLiteral("balance")}, {}, noBus);
    EXPECT_EQ(balance.exitCode, 0) << balance;
}

TEST_F(CliTest, ConfigDirComesFromTheEnvironmentToo)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    QProcessEnvironment env = englishEnvironment();
    env.insert(QStringLiteral("SUANLI_CONFIG_DIR"), configDir());
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")}, {}, env, false);
    EXPECT_EQ(r.exitCode, 0) << r;
    ASSERT_EQ(r.json().array().size(), 1) << r;
    EXPECT_EQ(r.json().array()[0][QStringLiteral("name")].toString(), kAccount);

    QTemporaryDir other;
    const CliRun elsewhere = run({QStringLiteral("--config-dir"), other.path(), QStringLiteral("--json"), QStringLiteral("account"),
                                  QStringLiteral("list")},
                                 {}, env, false);
    EXPECT_TRUE(elsewhere.json().array().isEmpty()) << "--config-dir wins over the environment: " << elsewhere;
}

// ---- resources ------------------------------------------------------------------------------

TEST_F(CliTest, ListJsonMatchesTheSimulator)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());

    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonArray rows = r.json().array();
    int expected = 0;
    for (const QString &id : backend()->instanceIds())
        expected += simStatus(id) != Destroyed ? 1 : 0;
    ASSERT_EQ(rows.size(), expected) << r;

    QSet<QString> seen;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString id = row[QStringLiteral("id")].toString();
        const QJsonObject sim = backend()->instanceJson(id);
        ASSERT_FALSE(sim.isEmpty()) << "unknown id " << id.toStdString();
        seen.insert(id);
        EXPECT_EQ(row[QStringLiteral("account")].toString(), kAccount);
        EXPECT_EQ(row[QStringLiteral("platform")].toString(), QStringLiteral("chenyu"));
        EXPECT_EQ(row[QStringLiteral("kind")].toString(), QStringLiteral("instance"));
        EXPECT_EQ(row[QStringLiteral("name")].toString(), sim[QStringLiteral("title")].toString());
        EXPECT_EQ(row[QStringLiteral("statusText")].toString(), sim[QStringLiteral("status_txt")].toString());
        const int status = sim[QStringLiteral("status")].toInt();
        if (status != Created) { // "created" has no key of its own; the mapping decides
            EXPECT_EQ(row[QStringLiteral("status")].toString(), statusKeyOf(status)) << id.toStdString();
        }
        EXPECT_EQ(row[QStringLiteral("gpuModel")].toString(), sim[QStringLiteral("gpu_model_name")].toString());
        EXPECT_EQ(row[QStringLiteral("gpuCount")].toInt(), sim[QStringLiteral("gpus")].toInt());
        EXPECT_EQ(row[QStringLiteral("pricePerHour")].toString(),
                  QString::number(sim[QStringLiteral("price_h")].toDouble(), 'f', 2));
        const QDateTime created = QDateTime::fromString(row[QStringLiteral("createdAt")].toString(), Qt::ISODate);
        const QDateTime simCreated = QDateTime::fromString(sim[QStringLiteral("created_at")].toString(), Qt::ISODate);
        ASSERT_TRUE(created.isValid()) << r;
        EXPECT_EQ(created, simCreated);
        // An explicit offset, not a bare local time.
        EXPECT_TRUE(row[QStringLiteral("createdAt")].toString().contains(QRegularExpression(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"))));
        EXPECT_TRUE(row.contains(QStringLiteral("expiresAt")));
        EXPECT_TRUE(row[QStringLiteral("expiresAt")].isNull());
    }
    EXPECT_EQ(seen.size(), rows.size()) << "no duplicates";

    const CliRun all = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--include-destroyed")});
    EXPECT_EQ(all.json().array().size(), backend()->instanceIds().size()) << all;

    const CliRun human = run({QStringLiteral("list")});
    EXPECT_EQ(human.exitCode, 0);
    for (const QJsonValue &v : rows)
        EXPECT_TRUE(human.outText().contains(v[QStringLiteral("name")].toString())) << human;
}

TEST_F(CliTest, ListFiltersByStatusAndKind)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());

    const CliRun running = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("running")});
    ASSERT_EQ(running.exitCode, 0) << running;
    QStringList ids;
    for (const QJsonValue &v : running.json().array()) {
        EXPECT_EQ(v[QStringLiteral("status")].toString(), QStringLiteral("running"));
        ids.append(v[QStringLiteral("id")].toString());
    }
    QStringList expected = instancesWithStatus(Running);
    ids.sort();
    expected.sort();
    EXPECT_EQ(ids, expected);
    EXPECT_FALSE(ids.isEmpty());

    const CliRun destroyed = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("destroyed")});
    EXPECT_EQ(destroyed.json().array().size(), instancesWithStatus(Destroyed).size()) << destroyed;

    const CliRun instances = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("instance")});
    EXPECT_EQ(instances.json().array().size(), backend()->instanceIds().size() - instancesWithStatus(Destroyed).size());
    const CliRun devEnvs = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("dev-env")});
    EXPECT_EQ(devEnvs.exitCode, 0);
    EXPECT_TRUE(devEnvs.json().isArray());
    EXPECT_TRUE(devEnvs.json().array().isEmpty()) << devEnvs;

    const CliRun badStatus = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("Running!")});
    EXPECT_EQ(badStatus.exitCode, 2) << badStatus;
    EXPECT_TRUE(badStatus.errText().contains(QStringLiteral("stopped"))) << "lists the valid values: " << badStatus;
    const CliRun badKind = run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("vm")});
    EXPECT_EQ(badKind.exitCode, 2) << badKind;
    EXPECT_TRUE(badKind.errText().contains(QStringLiteral("dev-env"))) << badKind;
    const CliRun badOption = run({QStringLiteral("list"), QStringLiteral("--colour")});
    EXPECT_EQ(badOption.exitCode, 2) << badOption;
}

TEST_F(CliTest, ListCoversEveryAccountAndCommandsNeedOneAccount)
{
    ASSERT_EQ(addAccount(QStringLiteral("a")).exitCode, 0);
    ASSERT_EQ(addAccount(QStringLiteral("b")).exitCode, 0);
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QSet<QString> accounts;
    for (const QJsonValue &v : r.json().array())
        accounts.insert(v[QStringLiteral("account")].toString());
    EXPECT_EQ(accounts, (QSet<QString>{QStringLiteral("a"), QStringLiteral("b")}));

    const CliRun one = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("b")});
    for (const QJsonValue &v : one.json().array())
        EXPECT_EQ(v[QStringLiteral("account")].toString(), QStringLiteral("b"));
    EXPECT_EQ(one.json().array().size() * 2, r.json().array().size());

    const QString id = backend()->instanceIds().constLast();
    const CliRun ambiguous = run({QStringLiteral("show"), id});
    EXPECT_EQ(ambiguous.exitCode, 2) << ambiguous;
    EXPECT_TRUE(ambiguous.errText().contains(QStringLiteral("--account"))) << ambiguous;
    const CliRun unknown = run({QStringLiteral("show"), id, QStringLiteral("--account"), QStringLiteral("c")});
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
}

TEST_F(CliTest, ShowOneResource)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());
    const QString id = instancesWithStatus(Running).value(0);
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject sim = backend()->instanceJson(id);

    // One account: --account may be left out.
    const CliRun human = run({QStringLiteral("show"), id});
    ASSERT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(sim[QStringLiteral("title")].toString())) << human;
    EXPECT_TRUE(human.outText().contains(sim[QStringLiteral("out_web_url")].toString())) << human;

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("show"), id, QStringLiteral("--account"), kAccount});
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonObject o = json.json().object();
    EXPECT_EQ(o[QStringLiteral("id")].toString(), id);
    EXPECT_EQ(o[QStringLiteral("status")].toString(), QStringLiteral("running"));
    EXPECT_EQ(o[QStringLiteral("webUrl")].toString(), sim[QStringLiteral("out_web_url")].toString());
    EXPECT_EQ(o[QStringLiteral("raw")][QStringLiteral("uuid")].toString(), id);
    const QJsonArray actions = o[QStringLiteral("actions")].toArray();
    EXPECT_TRUE(actions.contains(QStringLiteral("restart"))) << json;
    EXPECT_FALSE(actions.contains(QStringLiteral("start"))) << "already running: " << json;

    const CliRun missing = run({QStringLiteral("show"), QStringLiteral("no-such-instance")});
    EXPECT_EQ(missing.exitCode, 1) << missing;
    const CliRun noId = run({QStringLiteral("show")});
    EXPECT_EQ(noId.exitCode, 2) << noId;
}

// ---- actions --------------------------------------------------------------------------------

TEST_F(CliTest, StartBringsTheInstanceToRunning)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());
    const QString id = instancesWithStatus(Stopped).value(0);
    ASSERT_FALSE(id.isEmpty());

    const CliRun started = run({QStringLiteral("start"), id, QStringLiteral("--account"), kAccount});
    EXPECT_EQ(started.exitCode, 0) << started;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/start")), 1);
    EXPECT_TRUE(waitFor([&] { return simStatus(id) == Running; }, 5000)) << "status " << simStatus(id);

    // Running already: refused with the reason, nothing sent.
    const CliRun again = run({QStringLiteral("start"), id});
    EXPECT_EQ(again.exitCode, 4) << again;
    EXPECT_FALSE(again.err.isEmpty());
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/start")), 1);
}

TEST_F(CliTest, StartSeveralIdsChecksThemAllFirst)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());
    const QString created = instancesWithStatus(Created).value(0);
    const QString stopped = instancesWithStatus(Stopped).value(0);
    ASSERT_FALSE(created.isEmpty());
    ASSERT_FALSE(stopped.isEmpty());

    const CliRun typo = run({QStringLiteral("start"), created, QStringLiteral("no-such-id")});
    EXPECT_NE(typo.exitCode, 0) << typo;
    EXPECT_TRUE(typo.errText().contains(QStringLiteral("no-such-id"))) << typo;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/start")), 0);

    const CliRun both = run({QStringLiteral("--json"), QStringLiteral("start"), created, stopped});
    EXPECT_EQ(both.exitCode, 0) << both;
    EXPECT_EQ(both.json().array().size(), 2) << both;
    EXPECT_TRUE(waitFor([&] { return simStatus(created) == Running && simStatus(stopped) == Running; }, 5000));
}

TEST_F(CliTest, RestartGoesThroughStoppingBackToRunning)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());
    const QString id = instancesWithStatus(Running).value(0);
    ASSERT_FALSE(id.isEmpty());
    // Slow enough steps that the way down can be seen once the command has returned.
    backend()->setTransitionMs(1000);

    const CliRun r = run({QStringLiteral("restart"), id});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/restart")), 1);
    EXPECT_NE(simStatus(id), Running) << "a restart takes the instance down first";
    EXPECT_TRUE(waitFor([&] { return simStatus(id) == Running; }, 8000));

    const QString stopped = instancesWithStatus(Stopped).value(0);
    const CliRun refused = run({QStringLiteral("restart"), stopped});
    EXPECT_EQ(refused.exitCode, 4) << refused;
}

TEST_F(CliTest, StopIsRefusedWithTheNote)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = instancesWithStatus(Running).value(0);
    ASSERT_FALSE(id.isEmpty());

    const CliRun r = run({QStringLiteral("stop"), id, QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 4) << r;
    EXPECT_TRUE(r.errText().contains(suanli::chenyu::ChenyuProvider::noPowerOffNote())) << r;
    // Chenyu's ".../instance/stop" destroys: it must not be called for "stop".
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/stop")), 0);
    EXPECT_EQ(simStatus(id), Running);
}

TEST_F(CliTest, DestroyNeedsYes)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());
    const QStringList running = instancesWithStatus(Running);
    ASSERT_GE(running.size(), 2);
    const int destroyedBefore = int(instancesWithStatus(Destroyed).size());

    const CliRun refused = run({QStringLiteral("destroy"), running[0]});
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--yes"))) << refused;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/stop")), 0);
    // Give a wrongly sent request the time to show.
    waitFor([] { return false; }, 400);
    EXPECT_EQ(simStatus(running[0]), Running);
    EXPECT_EQ(instancesWithStatus(Destroyed).size(), destroyedBefore);

    const CliRun destroyed = run({QStringLiteral("destroy"), running[0], running[1], QStringLiteral("--yes")});
    EXPECT_EQ(destroyed.exitCode, 0) << destroyed;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/stop")), 2);
    EXPECT_TRUE(waitFor([&] { return simStatus(running[0]) == Destroyed && simStatus(running[1]) == Destroyed; }, 5000));
    EXPECT_EQ(instancesWithStatus(Destroyed).size(), destroyedBefore + 2);

    const CliRun twice = run({QStringLiteral("destroy"), running[0], QStringLiteral("--yes")});
    EXPECT_EQ(twice.exitCode, 4) << "already destroyed: " << twice;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/stop")), 2);
}

// ---- balance --------------------------------------------------------------------------------

TEST_F(CliTest, Balance)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    backend()->setBalanceFen(98765);

    const CliRun human = run({QStringLiteral("balance")});
    EXPECT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("987.65"))) << human;

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("balance"), QStringLiteral("--account"), kAccount});
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonArray list = json.json().array();
    ASSERT_EQ(list.size(), 1) << json;
    EXPECT_EQ(list[0][QStringLiteral("account")].toString(), kAccount);
    EXPECT_EQ(list[0][QStringLiteral("platform")].toString(), QStringLiteral("chenyu"));
    EXPECT_EQ(list[0][QStringLiteral("balance")].toString(), QStringLiteral("987.65"));
    EXPECT_EQ(list[0][QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
}

// ---- Chenyu ---------------------------------------------------------------------------------

TEST_F(CliTest, GpusAndPods)
{
    ASSERT_EQ(addAccount().exitCode, 0);

    const CliRun gpus = run({QStringLiteral("--json"), QStringLiteral("gpus")});
    ASSERT_EQ(gpus.exitCode, 0) << gpus;
    const QJsonArray models = gpus.json()[QStringLiteral("items")].toArray();
    ASSERT_EQ(models.size(), 5) << gpus;
    EXPECT_EQ(models[0][QStringLiteral("title")].toString(), QStringLiteral("RTX 4090"));
    EXPECT_EQ(models[0][QStringLiteral("pricePerHour")].toString(), QStringLiteral("1.98"));
    EXPECT_EQ(gpus.json()[QStringLiteral("noCardPricePerHour")].toString(), QStringLiteral("0.10"));
    const CliRun gpusHuman = run({QStringLiteral("gpus"), QStringLiteral("--account"), kAccount});
    EXPECT_EQ(gpusHuman.exitCode, 0);
    EXPECT_TRUE(gpusHuman.outText().contains(QStringLiteral("A100 80G"))) << gpusHuman;

    const CliRun pods = run({QStringLiteral("--json"), QStringLiteral("pods")});
    ASSERT_EQ(pods.exitCode, 0) << pods;
    EXPECT_EQ(pods.json()[QStringLiteral("total")].toInt(), 6);
    const QJsonArray all = pods.json()[QStringLiteral("items")].toArray();
    ASSERT_EQ(all.size(), 6) << pods;
    EXPECT_EQ(all[0][QStringLiteral("title")].toString(), QStringLiteral("ComfyUI"));
    EXPECT_EQ(all[0][QStringLiteral("imageTags")].toArray().size(), 3);

    const CliRun page2 = run({QStringLiteral("--json"), QStringLiteral("pods"), QStringLiteral("--page"), QStringLiteral("2"),
                              QStringLiteral("--page-size"), QStringLiteral("4")});
    ASSERT_EQ(page2.exitCode, 0) << page2;
    EXPECT_EQ(page2.json()[QStringLiteral("items")].toArray().size(), 2) << page2;
    EXPECT_EQ(page2.json()[QStringLiteral("items")][0][QStringLiteral("uuid")], all[4][QStringLiteral("uuid")]);

    const CliRun keyword = run({QStringLiteral("--json"), QStringLiteral("pods"), QStringLiteral("--keyword"), QStringLiteral("vllm")});
    ASSERT_EQ(keyword.json()[QStringLiteral("items")].toArray().size(), 1) << keyword;
    const CliRun podsHuman = run({QStringLiteral("pods")});
    EXPECT_TRUE(podsHuman.outText().contains(QStringLiteral("LLaMA-Factory"))) << podsHuman;
}

TEST_F(CliTest, BillsAndRechargesArePaged)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const int billCount = backend()->billCount();
    ASSERT_GT(billCount, 10);

    const CliRun first = run({QStringLiteral("--json"), QStringLiteral("bills"), QStringLiteral("--page-size"), QStringLiteral("10")});
    ASSERT_EQ(first.exitCode, 0) << first;
    EXPECT_EQ(first.json()[QStringLiteral("total")].toInt(), billCount);
    EXPECT_EQ(first.json()[QStringLiteral("page")].toInt(), 1);
    const QJsonArray firstItems = first.json()[QStringLiteral("items")].toArray();
    ASSERT_EQ(firstItems.size(), 10);
    const QJsonObject bill = firstItems[0].toObject();
    EXPECT_FALSE(bill[QStringLiteral("orderNo")].toString().isEmpty());
    EXPECT_TRUE(bill[QStringLiteral("amount")].toString().contains(QRegularExpression(QStringLiteral("^-?\\d+\\.\\d\\d$")))) << first;

    const int lastPage = (billCount + 9) / 10;
    const CliRun last = run({QStringLiteral("--json"), QStringLiteral("bills"), QStringLiteral("--page"), QString::number(lastPage),
                             QStringLiteral("--page-size"), QStringLiteral("10")});
    ASSERT_EQ(last.exitCode, 0) << last;
    const QJsonArray lastItems = last.json()[QStringLiteral("items")].toArray();
    EXPECT_EQ(lastItems.size(), billCount - (lastPage - 1) * 10);
    QSet<QString> orders;
    for (const QJsonValue &v : firstItems)
        orders.insert(v[QStringLiteral("orderNo")].toString());
    for (const QJsonValue &v : lastItems)
        EXPECT_FALSE(orders.contains(v[QStringLiteral("orderNo")].toString())) << "pages overlap";

    const CliRun human = run({QStringLiteral("bills"), QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--page-size"),
                              QStringLiteral("5")});
    EXPECT_EQ(human.exitCode, 0);
    EXPECT_TRUE(human.outText().contains(QStringLiteral("Page 2"))) << human;

    const CliRun recharges = run({QStringLiteral("--json"), QStringLiteral("recharges"), QStringLiteral("--page"), QStringLiteral("3"),
                                  QStringLiteral("--page-size"), QStringLiteral("5")});
    ASSERT_EQ(recharges.exitCode, 0) << recharges;
    EXPECT_EQ(recharges.json()[QStringLiteral("total")].toInt(), 12);
    EXPECT_EQ(recharges.json()[QStringLiteral("items")].toArray().size(), 2) << recharges;
    EXPECT_FALSE(recharges.json()[QStringLiteral("items")][0][QStringLiteral("payChannel")].toString().isEmpty());
    const CliRun rechargesHuman = run({QStringLiteral("recharges")});
    EXPECT_EQ(rechargesHuman.exitCode, 0) << rechargesHuman;

    const CliRun badSize = run({QStringLiteral("bills"), QStringLiteral("--page-size"), QStringLiteral("0")});
    EXPECT_EQ(badSize.exitCode, 2) << badSize;
    const CliRun badPage = run({QStringLiteral("recharges"), QStringLiteral("--page"), QStringLiteral("two")});
    EXPECT_EQ(badPage.exitCode, 2) << badPage;
}

TEST_F(CliTest, CreateNeedsYesAndMakesOneInstance)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QJsonArray pods = run({QStringLiteral("--json"), QStringLiteral("pods")}).json()[QStringLiteral("items")].toArray();
    const QJsonArray gpus = run({QStringLiteral("--json"), QStringLiteral("gpus")}).json()[QStringLiteral("items")].toArray();
    ASSERT_FALSE(pods.isEmpty());
    ASSERT_FALSE(gpus.isEmpty());
    const QString pod = pods[0][QStringLiteral("uuid")].toString();
    const QString tag = pods[0][QStringLiteral("imageTag")].toString();
    const QString gpu = gpus[0][QStringLiteral("uuid")].toString();
    const QStringList args{QStringLiteral("create"), QStringLiteral("--pod"), pod, QStringLiteral("--gpu-model"), gpu,
                           QStringLiteral("--image-tag"), tag};

    const CliRun refused = run(args);
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--yes"))) << refused;
    EXPECT_EQ(backend()->createCount(), 0);

    const CliRun missing = run({QStringLiteral("create"), QStringLiteral("--pod"), pod, QStringLiteral("--yes")});
    EXPECT_EQ(missing.exitCode, 2) << missing;
    EXPECT_EQ(backend()->createCount(), 0);

    const QStringList before = backend()->instanceIds();
    const CliRun created = run(args + QStringList{QStringLiteral("--yes"), QStringLiteral("--auto-start")});
    ASSERT_EQ(created.exitCode, 0) << created;
    EXPECT_EQ(backend()->createCount(), 1);
    const QString id = created.outText().trimmed();
    EXPECT_FALSE(before.contains(id));
    ASSERT_TRUE(backend()->instanceIds().contains(id)) << created;
    EXPECT_EQ(backend()->instanceJson(id)[QStringLiteral("pod_uuid")].toString(), pod);
    EXPECT_TRUE(waitFor([&] { return simStatus(id) == Running; }, 5000)) << "--auto-start";

    const CliRun json = run(QStringList{QStringLiteral("--json")} + args + QStringList{QStringLiteral("--yes")});
    ASSERT_EQ(json.exitCode, 0) << json;
    EXPECT_EQ(backend()->createCount(), 2);
    const QString second = json.json()[QStringLiteral("id")].toString();
    EXPECT_TRUE(backend()->instanceIds().contains(second)) << json;
    waitFor([] { return false; }, 300);
    EXPECT_EQ(simStatus(second), Created) << "without --auto-start it waits";
}

TEST_F(CliTest, ShutdownAtSetsAndCancels)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());
    const QStringList running = instancesWithStatus(Running);
    ASSERT_GE(running.size(), 2);
    const QString path = QStringLiteral("/api/v1/app/instance/scheduled/shutdown");

    const CliRun past = run({QStringLiteral("shutdown-at"), running[0], chinaWallClockIn(-3600)});
    EXPECT_EQ(past.exitCode, 2) << past;
    const CliRun malformed = run({QStringLiteral("shutdown-at"), running[0], QStringLiteral("tomorrow 10:00")});
    EXPECT_EQ(malformed.exitCode, 2) << malformed;
    const CliRun noTime = run({QStringLiteral("shutdown-at"), running[0]});
    EXPECT_EQ(noTime.exitCode, 2) << noTime;
    EXPECT_EQ(server()->requestCount(path), 0);

    // Both shut down in a few seconds; one is cancelled again.
    const QString when = chinaWallClockIn(6);
    const CliRun first = run({QStringLiteral("shutdown-at"), running[0], when, QStringLiteral("--account"), kAccount});
    ASSERT_EQ(first.exitCode, 0) << first;
    const CliRun second = run({QStringLiteral("--json"), QStringLiteral("shutdown-at"), running[1], when});
    ASSERT_EQ(second.exitCode, 0) << second;
    EXPECT_FALSE(second.json()[QStringLiteral("shutdownAt")].toString().isEmpty()) << second;
    const CliRun cancelled = run({QStringLiteral("shutdown-at"), running[1], QStringLiteral("--cancel")});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled;
    EXPECT_EQ(server()->requestCount(path), 3);

    EXPECT_TRUE(waitFor([&] { return simStatus(running[0]) == Stopped; }, 15000)) << "status " << simStatus(running[0]);
    EXPECT_EQ(simStatus(running[1]), Running);
}

// ---- languages ------------------------------------------------------------------------------

TEST_F(CliTest, ChineseFromTheEnvironment)
{
    const QProcessEnvironment zh = chineseEnvironment();

    // An error of the platform layer, carried by ApiError from core: exit code as in English.
    const CliRun english = addAccount(kAccount, QStringLiteral("cy-wrong-key"));
    EXPECT_EQ(english.exitCode, 3) << english;
    EXPECT_TRUE(english.errText().contains(QStringLiteral("Not logged in"))) << english;
    const CliRun wrongKey = addAccount(kAccount, QStringLiteral("cy-wrong-key"), {}, zh);
    EXPECT_EQ(wrongKey.exitCode, 3) << wrongKey;
    EXPECT_TRUE(wrongKey.errText().contains(QStringLiteral("未登录"))) << wrongKey;
    EXPECT_TRUE(wrongKey.errText().contains(QStringLiteral("账户未添加。"))) << wrongKey;
    EXPECT_FALSE(wrongKey.errText().contains(QStringLiteral("Not logged in"))) << wrongKey;

    const CliRun added = addAccount(kAccount, {}, {}, zh);
    ASSERT_EQ(added.exitCode, 0) << added;
    EXPECT_TRUE(added.outText().contains(QStringLiteral("已添加账户 %1").arg(kAccount))) << added;
    ASSERT_TRUE(waitUntilSettled());

    // Table headers; the cells keep the normalized status keys.
    const CliRun list = run({QStringLiteral("list")}, {}, zh);
    ASSERT_EQ(list.exitCode, 0) << list;
    const QString header = list.outText().section(u'\n', 0, 0);
    for (const QString &column : {QStringLiteral("账户"), QStringLiteral("类型"), QStringLiteral("名称"), QStringLiteral("状态"),
                                  QStringLiteral("单价/小时"), QStringLiteral("创建时间")})
        EXPECT_TRUE(header.contains(column)) << column.toStdString() << " in " << list;
    EXPECT_FALSE(header.contains(QStringLiteral("ACCOUNT"))) << list;
    EXPECT_TRUE(list.outText().contains(QStringLiteral(" running"))) << list;

    // A refusal on stderr, with the exit code it always has.
    const QStringList running = instancesWithStatus(Running);
    ASSERT_FALSE(running.isEmpty());
    const CliRun refused = run({QStringLiteral("destroy"), running[0]}, {}, zh);
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("未执行任何操作"))) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("销毁会删除实例及其数据"))) << "the platform's warning: " << refused;
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/v1/app/instance/stop")), 0);

    const CliRun usage = run({QStringLiteral("frobnicate")}, {}, zh);
    EXPECT_EQ(usage.exitCode, 2) << usage;
    EXPECT_TRUE(usage.errText().contains(QStringLiteral("未知命令“frobnicate”"))) << usage;

    // create still prints only the id on stdout.
    const QJsonArray pods = run({QStringLiteral("--json"), QStringLiteral("pods")}).json()[QStringLiteral("items")].toArray();
    const QJsonArray gpus = run({QStringLiteral("--json"), QStringLiteral("gpus")}).json()[QStringLiteral("items")].toArray();
    ASSERT_FALSE(pods.isEmpty());
    ASSERT_FALSE(gpus.isEmpty());
    const CliRun created = run({QStringLiteral("create"), QStringLiteral("--pod"), pods[0][QStringLiteral("uuid")].toString(),
                                QStringLiteral("--gpu-model"), gpus[0][QStringLiteral("uuid")].toString(), QStringLiteral("--image-tag"),
                                pods[0][QStringLiteral("imageTag")].toString(), QStringLiteral("--yes")},
                               {}, zh);
    ASSERT_EQ(created.exitCode, 0) << created;
    const QString id = created.outText().trimmed();
    EXPECT_EQ(created.outText(), id + u'\n') << created;
    EXPECT_TRUE(backend()->instanceIds().contains(id)) << created;
    EXPECT_TRUE(created.errText().contains(QStringLiteral("已创建"))) << created;
}

TEST_F(CliTest, ChineseFromTheLangOption)
{
    const CliRun wrongKey = addAccount(kAccount, QStringLiteral("cy-wrong-key"), {QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_EQ(wrongKey.exitCode, 3) << wrongKey;
    EXPECT_TRUE(wrongKey.errText().contains(QStringLiteral("未登录"))) << wrongKey;

    ASSERT_EQ(addAccount().exitCode, 0);
    backend()->setBalanceFen(98765);
    const CliRun balance = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("balance")});
    ASSERT_EQ(balance.exitCode, 0) << balance;
    EXPECT_TRUE(balance.outText().startsWith(QStringLiteral("账户"))) << balance;
    EXPECT_TRUE(balance.outText().contains(QStringLiteral("余额"))) << balance;
    EXPECT_TRUE(balance.outText().contains(QStringLiteral("987.65"))) << balance;

    const CliRun accounts = run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--lang=zh_CN")});
    ASSERT_EQ(accounts.exitCode, 0) << accounts;
    EXPECT_TRUE(accounts.outText().contains(QStringLiteral("接口地址"))) << accounts;

    const CliRun help = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help;
    EXPECT_TRUE(help.outText().startsWith(QStringLiteral("用法：suanli-cli"))) << help;
    EXPECT_TRUE(help.outText().contains(QStringLiteral("--lang LANG"))) << help;

    // The option wins over the environment, both ways.
    const CliRun english = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("balance")}, {}, chineseEnvironment());
    EXPECT_TRUE(english.outText().startsWith(QStringLiteral("ACCOUNT"))) << english;

    const CliRun unknown = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("balance")});
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("en or zh_CN"))) << unknown;
    EXPECT_EQ(run({QStringLiteral("balance"), QStringLiteral("--lang")}).exitCode, 2);
}

TEST_F(CliTest, MachineReadableOutputIsTheSameInEveryLanguage)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(waitUntilSettled());
    const QProcessEnvironment zh = chineseEnvironment();

    const QStringList list{QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--include-destroyed")};
    const CliRun english = run(list);
    ASSERT_EQ(english.exitCode, 0) << english;
    ASSERT_FALSE(english.json().array().isEmpty()) << english;
    const CliRun chinese = run(list, {}, zh);
    const CliRun option = run(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + list);
    EXPECT_EQ(chinese.exitCode, 0) << chinese;
    EXPECT_EQ(option.exitCode, 0) << option;
    EXPECT_EQ(chinese.out, english.out);
    EXPECT_EQ(option.out, english.out);

    // Texts inside JSON stay as they are in English too.
    backend()->setApiKey(QStringLiteral("cy-rotated-key"));
    const QStringList check{QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("check"), kAccount};
    const CliRun checkEnglish = run(check);
    const CliRun checkChinese = run(check, {}, zh);
    EXPECT_EQ(checkEnglish.exitCode, 3) << checkEnglish;
    EXPECT_EQ(checkChinese.exitCode, 3) << checkChinese;
    EXPECT_EQ(checkChinese.json()[QStringLiteral("state")].toString(), QStringLiteral("auth-failed")) << checkChinese;
    EXPECT_EQ(checkChinese.out, checkEnglish.out);

    // Human output in Chinese keeps the state key.
    const CliRun human = run({QStringLiteral("account"), QStringLiteral("check"), kAccount}, {}, zh);
    EXPECT_EQ(human.exitCode, 3) << human;
    EXPECT_EQ(human.outText(), kAccount + QStringLiteral(": auth-failed\n")) << human;
    EXPECT_TRUE(human.errText().contains(QStringLiteral("未登录"))) << human;
}

TEST_F(CliTest, LanguageFollowsLcAllThenLcMessagesThenLang)
{
    struct Case
    {
        QStringList variables; // NAME=VALUE
        bool chinese;
    };
    const QList<Case> cases{
        {{}, false},
        {{QStringLiteral("LANG=C")}, false},
        {{QStringLiteral("LANG=POSIX")}, false},
        {{QStringLiteral("LANG=en_US.UTF-8")}, false},
        {{QStringLiteral("LANG=de_DE.UTF-8")}, false},
        {{QStringLiteral("LANG=zh_CN.UTF-8")}, true},
        {{QStringLiteral("LANG=zh_CN")}, true},
        {{QStringLiteral("LC_ALL=C"), QStringLiteral("LANG=zh_CN.UTF-8")}, false},
        {{QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("LANG=C")}, true},
        {{QStringLiteral("LC_MESSAGES=zh_CN.UTF-8"), QStringLiteral("LANG=en_US.UTF-8")}, true},
        {{QStringLiteral("LC_MESSAGES=C"), QStringLiteral("LANG=zh_CN.UTF-8")}, false},
        {{QStringLiteral("LC_ALL="), QStringLiteral("LANG=zh_CN.UTF-8")}, true}, // empty counts as unset
    };
    for (const Case &c : cases) {
        QProcessEnvironment env = withLocale({});
        for (const QString &variable : c.variables)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        const CliRun help = run({QStringLiteral("--help")}, {}, env);
        EXPECT_EQ(help.exitCode, 0) << help;
        const QString expected = c.chinese ? QStringLiteral("用法：") : QStringLiteral("Usage: ");
        EXPECT_TRUE(help.outText().startsWith(expected)) << c.variables.join(u' ').toStdString() << "\n" << help;
    }
}

// ---- failures and help ----------------------------------------------------------------------

TEST_F(CliTest, NetworkDownFailsWithExitOne)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    m_env->stop();

    const CliRun list = run({QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 1) << list;
    EXPECT_FALSE(list.err.isEmpty());
    const CliRun balance = run({QStringLiteral("--json"), QStringLiteral("balance")});
    EXPECT_EQ(balance.exitCode, 1) << balance;
    const CliRun check = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("check"), kAccount});
    EXPECT_EQ(check.exitCode, 1) << check;
    EXPECT_EQ(check.json()[QStringLiteral("state")].toString(), QStringLiteral("offline")) << check;
}

TEST_F(CliTest, ClosedPortWhenAddingFailsWithExitOne)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const CliRun r = run({QStringLiteral("account"), QStringLiteral("add"), kAccount, QStringLiteral("--platform"),
                          QStringLiteral("chenyu"), QStringLiteral("--base-url"),
                          QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--secret-stdin")},
                         apiKey().toUtf8() + '\n');
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_FALSE(QFileInfo::exists(QDir(configDir()).filePath(QStringLiteral("accounts.json"))));
}

TEST_F(CliTest, VerboseLogsRequestsWithoutTheKey)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun r = run({QStringLiteral("--verbose"), QStringLiteral("balance")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("POST"))) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("/api/v1/finances/balance"))) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("200"))) << r;
    // run() checks that the key appears nowhere.

    const CliRun quiet = run({QStringLiteral("balance")});
    EXPECT_FALSE(quiet.errText().contains(QStringLiteral("/api/v1/finances/balance"))) << quiet;
}

TEST_F(CliTest, HelpAndUsageErrors)
{
    const CliRun help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help;
    EXPECT_TRUE(help.outText().contains(QStringLiteral("Usage"))) << help;
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("destroy"), QStringLiteral("create"),
                                   QStringLiteral("shutdown-at"), QStringLiteral("bills")}) {
        const CliRun commandHelp = run({command, QStringLiteral("--help")});
        EXPECT_EQ(commandHelp.exitCode, 0) << commandHelp;
        EXPECT_TRUE(commandHelp.outText().contains(command)) << commandHelp;
    }
    const CliRun addHelp = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--help")});
    EXPECT_EQ(addHelp.exitCode, 0);
    EXPECT_TRUE(addHelp.outText().contains(QStringLiteral("--secret-stdin"))) << addHelp;

    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("account"), QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("start")}).exitCode, 2) << "no id";
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("--config-dir")}, {}, {}, false).exitCode, 2);
}

} // namespace
