// The 紫光 UNIS commands of the real suanli-cli binary against the simulator in this process:
// accounts with the login encryption key and their options, who am I, quotas, every job kind
// and action, pods and events, the create commands that find their job by listing, and sign-in
// again when a token dies.
#include "clirun.h"
#include "waitfor.h"

#include "core/apierror.h"
#include "core/secretstore.h"
#include "sim/chenyu/chenyubackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

using suanli::test::chineseEnvironment;
using suanli::test::CliRun;
using suanli::test::englishEnvironment;
using suanli::test::waitFor;

namespace {

const QString kAccount = QStringLiteral("lab");
const QString kChenyu = QStringLiteral("cy");
const QString kDemoUserId = QStringLiteral("38"); // zhangwei
const QString kLihuaPassword = QStringLiteral("Lihua@2024");
const QString kWangfangPassword = QStringLiteral("Wangfang@2024");

// A self-signed CA certificate (no key anywhere): enough for the ca-cert option to load.
const QByteArray kCaCertificate = QByteArrayLiteral(
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBjzCCATWgAwIBAgIUB7jGMdZ3RCIDZwsd8sG8QvnqNu4wCgYIKoZIzj0EAwIw\n"
    "HDEaMBgGA1UEAwwRVU5JUyBUZXN0IFJvb3QgQ0EwIBcNMjYxMjAyMTY0MzAzWhgP\n"
    "MjEyNjExMDgxNjQzMDNaMBwxGjAYBgNVBAMMEVVOSVMgVGVzdCBSb290IENBMFkw\n"
    "EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYeT9Kb+uyTv6daT9/3l66Cq9pLcVxBo0\n"
    "+qfrjEfow2kDHmfkE55PJK2lTAa2poCvO0kPSmiOza6WIvEE9kIYQKNTMFEwHQYD\n"
    "VR0OBBYEFJHY0hh528uUo0zVPmWsjJjjR1J3MB8GA1UdIwQYMBaAFJHY0hh528uU\n"
    "o0zVPmWsjJjjR1J3MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIg\n"
    "CYlHhZdwy/SxT/A3w8gPnfUo6a9401eIM9a09vcDXgkCIQCIks+aIyco9raGzHbm\n"
    "7irqIvw2yHitj9x6E7PEzY7CZw==\n"
    "-----END CERTIFICATE-----\n");

QJsonObject byId(const QJsonArray &rows, const QString &id)
{
    for (const QJsonValue &v : rows) {
        if (v[QStringLiteral("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

QSet<QString> idsOf(const QJsonArray &rows)
{
    QSet<QString> ids;
    for (const QJsonValue &v : rows)
        ids.insert(v[QStringLiteral("id")].toString());
    return ids;
}

class UnisCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_configDir.isValid());
        m_env = std::make_unique<suanli::sim::SimEnvironment>();
        ASSERT_TRUE(m_env->start({QStringLiteral("unis"), QStringLiteral("chenyu")})) << m_env->errorString().toStdString();
        backend()->setStepMs(200);
        m_password = backend()->password();
    }

    void TearDown() override { m_env.reset(); }

    suanli::sim::UnisBackend *backend() const { return m_env->unis(); }
    suanli::sim::SimServer *server() const { return m_env->server(QStringLiteral("unis")); }
    QString baseUrl(const QString &platform = QStringLiteral("unis")) const
    {
        for (const auto &endpoint : m_env->endpoints()) {
            if (endpoint.platform == platform)
                return endpoint.baseUrl.toString();
        }
        return {};
    }
    QString aesKey() const { return QString::fromLatin1(backend()->aesKey()); }
    QString configDir() const { return m_configDir.path(); }

    // Runs `suanli-cli --config-dir DIR ARGS...`; no password ever shows.
    CliRun run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = englishEnvironment())
    {
        const CliRun result = suanli::test::runCli(QStringList{QStringLiteral("--config-dir"), configDir()} + args, input, env);
        for (const QString &secret : {m_password, kLihuaPassword, kWangfangPassword}) {
            EXPECT_FALSE(result.out.contains(secret.toUtf8())) << "a password on stdout: " << result;
            EXPECT_FALSE(result.err.contains(secret.toUtf8())) << "a password on stderr: " << result;
        }
        return result;
    }

    CliRun addAccount(const QString &name = kAccount, const QStringList &options = {}, const QString &login = QStringLiteral("zhangwei"),
                      const QString &password = {})
    {
        QStringList args{QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--platform"), QStringLiteral("unis"),
                         QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--login"), login, QStringLiteral("--secret-stdin")};
        const QStringList opts = options.isEmpty() ? QStringList{QStringLiteral("aes-key=") + aesKey()} : options;
        for (const QString &option : opts)
            args << QStringLiteral("--option") << option;
        return run(args, (password.isEmpty() ? m_password : password).toUtf8() + '\n');
    }

    CliRun addChenyu()
    {
        return run({QStringLiteral("account"), QStringLiteral("add"), kChenyu, QStringLiteral("--platform"), QStringLiteral("chenyu"),
                    QStringLiteral("--base-url"), baseUrl(QStringLiteral("chenyu")), QStringLiteral("--secret-stdin")},
                   m_env->chenyu()->apiKey().toUtf8() + '\n');
    }

    QJsonObject accountJson(const QString &name)
    {
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
        for (const QJsonValue &v : r.json().array()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v.toObject();
        }
        return {};
    }

    // Reads a secret straight from the keychain the CLI uses, as another process would.
    suanli::Result<QString> keychainSecret(const QString &key)
    {
        suanli::KeychainSecretStore store(QStringLiteral("Suanli Console"));
        QObject context;
        std::optional<suanli::Result<QString>> result;
        store.read(key, &context, [&](const suanli::Result<QString> &r) { result = r; });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }, 10000));
        if (!result)
            return suanli::ApiError::timeout();
        return *result;
    }

    QJsonObject job(const QString &id) const { return backend()->jobSummary(id); }
    QString status(const QString &id) const { return backend()->jobStatus(id); }

    // The demo user's jobs of `kind` ("dev-env", ...) that satisfy `pick`.
    QStringList jobs(const QString &kind, const std::function<bool(const QJsonObject &)> &pick = {}) const
    {
        QStringList out;
        for (const QString &id : backend()->jobIds(kind)) {
            const QJsonObject j = job(id);
            if (j[QStringLiteral("ownerUserId")].toString() == kDemoUserId && (!pick || pick(j)))
                out.append(id);
        }
        return out;
    }

    QString firstJob(const QString &kind, const QString &wantedStatus) const
    {
        const QStringList found = jobs(kind, [&](const QJsonObject &j) {
            const QJsonValue s = j[QStringLiteral("status")];
            return (s.isDouble() ? QString::number(s.toInt()) : s.toString()) == wantedStatus;
        });
        return found.value(0);
    }

    int routeCount(const QString &id, const QString &route) const { return backend()->requestCountFor(id, route); }

    QTemporaryDir m_configDir;
    std::unique_ptr<suanli::sim::SimEnvironment> m_env;
    QString m_password;
};

// ---- accounts and options ----------------------------------------------------------------------

TEST_F(UnisCliTest, AccountAddSignsInWithTheKeyAndKeepsThePasswordInTheKeychain)
{
    const int loginsBefore = backend()->loginCount(QStringLiteral("zhangwei"));
    const CliRun added = addAccount();
    ASSERT_EQ(added.exitCode, 0) << added;
    EXPECT_EQ(backend()->loginCount(QStringLiteral("zhangwei")), loginsBefore + 1) << "checked before saving";
    EXPECT_GE(server()->requestCount(QStringLiteral("/prod-api/getInfo")), 1);

    const QJsonObject account = accountJson(kAccount);
    EXPECT_EQ(account[QStringLiteral("platform")].toString(), QStringLiteral("unis"));
    EXPECT_EQ(account[QStringLiteral("login")].toString(), QStringLiteral("zhangwei"));
    EXPECT_EQ(account[QStringLiteral("options")][QStringLiteral("aes-key")].toString(), aesKey());
    const auto secret = keychainSecret(account[QStringLiteral("id")].toString());
    ASSERT_TRUE(secret.ok()) << secret.error().message.toStdString();
    EXPECT_EQ(secret.value(), m_password);

    // No file in the config dir holds the password.
    QDir dir(configDir());
    for (const QString &file : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains(m_password.toUtf8())) << file.toStdString();
    }
}

TEST_F(UnisCliTest, AWrongKeyOrPasswordIsAnAuthFailureAndNothingIsSaved)
{
    // Right length, wrong key: the platform cannot read the password.
    const CliRun wrongKey = addAccount(kAccount, {QStringLiteral("aes-key=0123456789abcdef")});
    EXPECT_EQ(wrongKey.exitCode, 3) << wrongKey;
    EXPECT_TRUE(wrongKey.errText().contains(QStringLiteral("not added"))) << wrongKey;

    const CliRun wrongPassword = addAccount(kAccount, {}, QStringLiteral("zhangwei"), QStringLiteral("Nope@2024"));
    EXPECT_EQ(wrongPassword.exitCode, 3) << wrongPassword;
    EXPECT_TRUE(accountJson(kAccount).isEmpty());

    // An account whose deployment changes its key fails to sign in from then on.
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_TRUE(backend()->setAesKey(QByteArrayLiteral("AnotherKey-24-bytes-long")));
    const CliRun whoami = run({QStringLiteral("whoami")});
    EXPECT_EQ(whoami.exitCode, 3) << whoami;
    const CliRun check = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("check"), kAccount});
    EXPECT_EQ(check.exitCode, 3) << check;
    EXPECT_EQ(check.json()[QStringLiteral("state")].toString(), QStringLiteral("auth-failed")) << check;
}

TEST_F(UnisCliTest, PlainPasswordForOldPlatforms)
{
    backend()->setPlainPasswords(true);
    // The encrypted password is not the password to a platform that takes it as typed.
    const CliRun encrypted = addAccount();
    EXPECT_EQ(encrypted.exitCode, 3) << encrypted;
    const CliRun plain = addAccount(kAccount, {QStringLiteral("plain-password=TRUE")});
    ASSERT_EQ(plain.exitCode, 0) << plain;
    EXPECT_EQ(accountJson(kAccount)[QStringLiteral("options")][QStringLiteral("plain-password")], QJsonValue(true));
    EXPECT_EQ(run({QStringLiteral("whoami")}).exitCode, 0);
}

TEST_F(UnisCliTest, OptionsAreCheckedPerPlatformBeforeAnythingIsSent)
{
    const int before = server()->totalRequestCount();
    const auto refused = [&](const QStringList &options, const QString &expected) {
        const CliRun r = addAccount(kAccount, options);
        EXPECT_EQ(r.exitCode, 2) << r;
        EXPECT_TRUE(r.errText().contains(expected)) << "expected \"" << expected.toStdString() << "\": " << r;
    };
    refused({QStringLiteral("aes-key=") + aesKey(), QStringLiteral("region=beijing")}, QStringLiteral("\"region\""));
    refused({QStringLiteral("aes-key=too-short")}, QStringLiteral("16, 24 or 32"));
    refused({QStringLiteral("plain-password=maybe")}, QStringLiteral("true or false"));
    refused({QStringLiteral("ca-cert=") + configDir() + QStringLiteral("/none.pem"), QStringLiteral("aes-key=") + aesKey()},
            QStringLiteral("none.pem"));
    // Neither the key nor the plain password: the sign-in cannot work.
    refused({QStringLiteral("plain-password=false")}, QStringLiteral("aes-key"));
    const QString junk = configDir() + QStringLiteral("/junk.pem");
    QFile junkFile(junk);
    ASSERT_TRUE(junkFile.open(QIODevice::WriteOnly));
    junkFile.write("not a certificate\n");
    junkFile.close();
    refused({QStringLiteral("ca-cert=") + junk, QStringLiteral("aes-key=") + aesKey()}, QStringLiteral("certificate"));
    EXPECT_EQ(server()->totalRequestCount(), before) << "refused before signing in";

    // The UNIS options are no options of other platforms.
    const CliRun chenyu = run({QStringLiteral("account"), QStringLiteral("add"), kChenyu, QStringLiteral("--platform"),
                               QStringLiteral("chenyu"), QStringLiteral("--base-url"), baseUrl(QStringLiteral("chenyu")),
                               QStringLiteral("--option"), QStringLiteral("aes-key=") + aesKey(), QStringLiteral("--secret-stdin")},
                              m_env->chenyu()->apiKey().toUtf8() + '\n');
    EXPECT_EQ(chenyu.exitCode, 2) << chenyu;
    EXPECT_TRUE(chenyu.errText().contains(QStringLiteral("aes-key"))) << chenyu;
    EXPECT_TRUE(run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")}).json().array().isEmpty());

    // A readable CA certificate is kept by its absolute path, given relative to where the command runs.
    const QString ca = configDir() + QStringLiteral("/deployment-ca.pem");
    QFile caFile(ca);
    ASSERT_TRUE(caFile.open(QIODevice::WriteOnly));
    caFile.write(kCaCertificate);
    caFile.close();
    const CliRun withCa = addAccount(kAccount, {QStringLiteral("aes-key=") + aesKey(),
                                                QStringLiteral("ca-cert=") + QDir::current().relativeFilePath(ca)});
    ASSERT_EQ(withCa.exitCode, 0) << withCa;
    EXPECT_EQ(accountJson(kAccount)[QStringLiteral("options")][QStringLiteral("ca-cert")].toString(), ca);
}

// ---- who am I, quotas -------------------------------------------------------------------------------

TEST_F(UnisCliTest, WhoAmIShowsUserTenantGroupAndRole)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("whoami")});
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonObject me = json.json().object();
    EXPECT_EQ(me[QStringLiteral("account")].toString(), kAccount);
    EXPECT_EQ(me[QStringLiteral("userName")].toString(), QStringLiteral("zhangwei"));
    EXPECT_EQ(me[QStringLiteral("userId")].toString(), kDemoUserId);
    // The simulator names the tenant by its Linux group, as the document's example does.
    EXPECT_EQ(me[QStringLiteral("tenantName")].toString(), QStringLiteral("llmlab")) << json;
    EXPECT_EQ(me[QStringLiteral("groupName")].toString(), QStringLiteral("大模型实验室")) << json;
    EXPECT_EQ(me[QStringLiteral("role")].toString(), QStringLiteral("user"));
    EXPECT_EQ(me[QStringLiteral("admin")], QJsonValue(false));
    for (const QString &key : {QStringLiteral("nickName"), QStringLiteral("tenantId"), QStringLiteral("groupId"),
                               QStringLiteral("roleId"), QStringLiteral("roleName"), QStringLiteral("roleKeys")})
        EXPECT_TRUE(me.contains(key)) << key.toStdString();

    const CliRun human = run({QStringLiteral("whoami")});
    EXPECT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("zhangwei"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("大模型实验室"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("User"))) << human;

    // A tenant administrator.
    ASSERT_EQ(addAccount(QStringLiteral("admin"), {}, QStringLiteral("lihua"), kLihuaPassword).exitCode, 0);
    const CliRun admin = run({QStringLiteral("--json"), QStringLiteral("whoami"), QStringLiteral("--account"), QStringLiteral("admin")});
    ASSERT_EQ(admin.exitCode, 0) << admin;
    EXPECT_EQ(admin.json()[QStringLiteral("role")].toString(), QStringLiteral("tenant-admin"));
    EXPECT_EQ(admin.json()[QStringLiteral("admin")], QJsonValue(true));

    // Without --account there are two to choose from.
    EXPECT_EQ(run({QStringLiteral("whoami")}).exitCode, 2);
}

TEST_F(UnisCliTest, QuotaShowsWhatIsLeftAndAStorageQuotaThatIsOff)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("quota")});
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonObject resources = json.json()[QStringLiteral("resources")].toObject();
    ASSERT_FALSE(resources.isEmpty()) << json;
    EXPECT_TRUE(resources[QStringLiteral("configured")].toBool()) << json;
    for (const QString &key : {QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("gpu"), QStringLiteral("vgpu"),
                               QStringLiteral("mig"), QStringLiteral("jobs")})
        EXPECT_TRUE(resources[key].isDouble()) << key.toStdString() << ": " << json;
    // 48 cards, some of them taken by the running jobs.
    EXPECT_LT(resources[QStringLiteral("gpu")].toDouble(), 48) << json;
    EXPECT_GE(resources[QStringLiteral("gpu")].toDouble(), 0) << json;
    EXPECT_TRUE(resources[QStringLiteral("periodEnd")].isString()) << json;
    const QJsonObject storage = json.json()[QStringLiteral("storage")].toObject();
    EXPECT_TRUE(storage[QStringLiteral("enabled")].toBool()) << json;
    EXPECT_TRUE(storage[QStringLiteral("blockQuota")].isDouble()) << json;
    EXPECT_TRUE(json.json()[QStringLiteral("resourcesError")].isNull());
    EXPECT_TRUE(json.json()[QStringLiteral("storageError")].isNull());
    const CliRun human = run({QStringLiteral("quota")});
    EXPECT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("GPUs"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("Capacity"))) << human;

    // A user without quotas: the storage answer is words, not numbers.
    ASSERT_EQ(addAccount(QStringLiteral("free"), {}, QStringLiteral("wangfang"), kWangfangPassword).exitCode, 0);
    const CliRun off = run({QStringLiteral("--json"), QStringLiteral("quota"), QStringLiteral("--account"), QStringLiteral("free")});
    ASSERT_EQ(off.exitCode, 0) << off;
    const QJsonObject offStorage = off.json()[QStringLiteral("storage")].toObject();
    EXPECT_FALSE(offStorage[QStringLiteral("enabled")].toBool()) << off;
    EXPECT_TRUE(offStorage[QStringLiteral("notEnabledText")].toString().contains(QStringLiteral("未开启"))) << off;
    EXPECT_TRUE(offStorage[QStringLiteral("blockQuota")].isString()) << off;
    EXPECT_FALSE(off.json()[QStringLiteral("resources")][QStringLiteral("configured")].toBool()) << off;
    const CliRun offHuman = run({QStringLiteral("quota"), QStringLiteral("--account"), QStringLiteral("free")});
    EXPECT_EQ(offHuman.exitCode, 0) << offHuman;
    EXPECT_TRUE(offHuman.outText().contains(QStringLiteral("not enabled"))) << offHuman;
}

TEST_F(UnisCliTest, UnisCommandsRefuseOtherAccounts)
{
    ASSERT_EQ(addChenyu().exitCode, 0);
    for (const QString &command : {QStringLiteral("whoami"), QStringLiteral("quota"), QStringLiteral("specs")}) {
        const CliRun r = run({command});
        EXPECT_EQ(r.exitCode, 2) << r;
        EXPECT_TRUE(r.errText().contains(kChenyu)) << r;
    }
    // The job actions exist only where the platform has them.
    const CliRun resume = run({QStringLiteral("resume"), QStringLiteral("x"), QStringLiteral("--yes")});
    EXPECT_EQ(resume.exitCode, 4) << resume;
}

// ---- the task table ---------------------------------------------------------------------------------

TEST_F(UnisCliTest, ListEveryKindAndFilterByKindAndStatus)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun all = run({QStringLiteral("--json"), QStringLiteral("list")});
    ASSERT_EQ(all.exitCode, 0) << all;
    const QJsonArray rows = all.json().array();
    ASSERT_FALSE(rows.isEmpty());
    const QJsonObject first = rows.first().toObject();
    for (const QString &key : {QStringLiteral("account"), QStringLiteral("platform"), QStringLiteral("kind"), QStringLiteral("id"),
                               QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("statusText"), QStringLiteral("gpuModel"),
                               QStringLiteral("gpuCount"), QStringLiteral("createdAt"), QStringLiteral("creator"),
                               QStringLiteral("startedAt"), QStringLiteral("finishedAt")})
        EXPECT_TRUE(first.contains(key)) << key.toStdString();

    for (const QString &kind : {QStringLiteral("dev-env"), QStringLiteral("training"), QStringLiteral("fine-tune"),
                                QStringLiteral("compute-task")}) {
        const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), kind});
        ASSERT_EQ(listed.exitCode, 0) << listed;
        const QJsonArray kindRows = listed.json().array();
        ASSERT_FALSE(kindRows.isEmpty()) << kind.toStdString();
        for (const QJsonValue &row : kindRows) {
            EXPECT_EQ(row[QStringLiteral("kind")].toString(), kind);
            EXPECT_EQ(row[QStringLiteral("platform")].toString(), QStringLiteral("unis"));
        }
        // Every job of the demo user of that kind, and nobody else's (a compute task may also
        // be listed as a fine-tune job by the platform: it is shown once, as a compute task).
        QSet<QString> expected;
        for (const QString &id : jobs(kind))
            expected.insert(id);
        const QSet<QString> shown = idsOf(kindRows);
        EXPECT_TRUE(shown.contains(expected) || kind == u"fine-tune") << kind.toStdString();
        for (const QString &id : shown) {
            const QJsonObject simJob = job(id);
            if (!simJob.isEmpty()) {
                EXPECT_EQ(simJob[QStringLiteral("ownerUserId")].toString(), kDemoUserId) << id.toStdString();
            }
        }
    }

    const CliRun running = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("running")});
    ASSERT_EQ(running.exitCode, 0) << running;
    ASSERT_FALSE(running.json().array().isEmpty());
    for (const QJsonValue &row : running.json().array())
        EXPECT_EQ(row[QStringLiteral("status")].toString(), QStringLiteral("running"));

    const CliRun human = run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("training")});
    EXPECT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("CREATOR"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("RUN TIME"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("resnet50-imagenet"))) << human;
}

TEST_F(UnisCliTest, ListOfOneKindReadsOnlyThatKindWithItsDetails)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString notebooks = QStringLiteral("/api/kernel/notebooks");
    const QString training = QStringLiteral("/api/kernel/trainOperator/listTask");
    const QString fineTune = QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask");
    const QString compute = QStringLiteral("/api/kernel/computationTask/list");
    server()->resetCounters();
    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("training")});
    ASSERT_EQ(listed.exitCode, 0) << listed;
    EXPECT_GE(server()->requestCount(training), 1);
    EXPECT_EQ(server()->requestCount(notebooks), 0);
    EXPECT_EQ(server()->requestCount(fineTune), 0);
    EXPECT_EQ(server()->requestCount(compute), 0);
    // One detail read per job, and the rows carry what only the details know.
    const QJsonArray rows = listed.json().array();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(server()->requestCount(QStringLiteral("/api/kernel/trainOperator/queryTaskInfo")), rows.size());
    for (const QJsonValue &row : rows) {
        const QString id = row[QStringLiteral("id")].toString();
        EXPECT_GT(row[QStringLiteral("cpuCores")].toInt(), 0) << id.toStdString();
        EXPECT_GT(row[QStringLiteral("memoryGb")].toInt(), 0) << id.toStdString();
        EXPECT_EQ(row[QStringLiteral("gpuCount")].toInt(), job(id)[QStringLiteral("gpuCount")].toInt()) << id.toStdString();
    }

    // Compute tasks, with their run times from the details.
    server()->resetCounters();
    const CliRun tasks = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("compute-task")});
    ASSERT_EQ(tasks.exitCode, 0) << tasks;
    EXPECT_GE(server()->requestCount(compute), 1);
    EXPECT_EQ(server()->requestCount(notebooks) + server()->requestCount(training) + server()->requestCount(fineTune), 0);
    bool running = false;
    for (const QJsonValue &row : tasks.json().array()) {
        if (row[QStringLiteral("status")].toString() == u"running") {
            running = true;
            EXPECT_TRUE(row[QStringLiteral("startedAt")].isString()) << row[QStringLiteral("id")].toString().toStdString();
        }
    }
    EXPECT_TRUE(running);
    const CliRun human = run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("compute-task")});
    ASSERT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("RUN TIME"))) << human;

    // A kind the platform does not have reads nothing.
    server()->resetCounters();
    const CliRun none = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("instance")});
    EXPECT_EQ(none.exitCode, 0) << none;
    EXPECT_TRUE(none.json().array().isEmpty()) << none;
    EXPECT_EQ(server()->requestCount(notebooks) + server()->requestCount(training) + server()->requestCount(fineTune)
                  + server()->requestCount(compute),
              0);
}

TEST_F(UnisCliTest, AKindThatCannotBeListedIsNamedAndTheRestIsShown)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    // Enough failures to outlast the retries of a read.
    server()->injectFault(QStringLiteral("/api/kernel/trainOperator/listTask"), suanli::sim::Fault::Http500, 20);
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("list")});
    server()->clearFaults();
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.errText().contains(kAccount)) << r;
    bool devEnvs = false;
    for (const QJsonValue &row : r.json().array()) {
        EXPECT_NE(row[QStringLiteral("kind")].toString(), QStringLiteral("training"));
        devEnvs = devEnvs || row[QStringLiteral("kind")].toString() == u"dev-env";
    }
    EXPECT_TRUE(devEnvs) << r;
}

TEST_F(UnisCliTest, ShowOneJob)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = jobs(QStringLiteral("training")).value(0);
    ASSERT_FALSE(id.isEmpty());
    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("show"), id});
    ASSERT_EQ(json.exitCode, 0) << json;
    EXPECT_EQ(json.json()[QStringLiteral("id")].toString(), id);
    EXPECT_EQ(json.json()[QStringLiteral("kind")].toString(), QStringLiteral("training"));
    EXPECT_EQ(json.json()[QStringLiteral("name")].toString(), job(id)[QStringLiteral("name")].toString());
    EXPECT_TRUE(json.json()[QStringLiteral("actions")].isArray());
    EXPECT_FALSE(json.json()[QStringLiteral("raw")].toObject().isEmpty());
    const CliRun human = run({QStringLiteral("show"), id});
    EXPECT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("Creator"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("Run time"))) << human;
    EXPECT_EQ(run({QStringLiteral("show"), QStringLiteral("0000000000000000000000000000dead")}).exitCode, 1);
}

TEST_F(UnisCliTest, StopAndStartADevEnvironment)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = firstJob(QStringLiteral("dev-env"), QStringLiteral("3"));
    ASSERT_FALSE(id.isEmpty()) << "a running dev environment";
    // Running: it cannot be started.
    const CliRun early = run({QStringLiteral("start"), id});
    EXPECT_EQ(early.exitCode, 4) << early;

    const CliRun stop = run({QStringLiteral("--json"), QStringLiteral("stop"), id});
    ASSERT_EQ(stop.exitCode, 0) << stop;
    EXPECT_EQ(stop.json().array()[0][QStringLiteral("ok")], QJsonValue(true)) << stop;
    EXPECT_EQ(routeCount(id, QStringLiteral("/api/kernel/notebooks/{notebookId}:close")), 1);
    ASSERT_TRUE(waitFor([&] { return status(id) == u"1"; }, 10000)) << status(id).toStdString();

    const CliRun start = run({QStringLiteral("start"), id});
    ASSERT_EQ(start.exitCode, 0) << start;
    EXPECT_TRUE(start.outText().contains(id)) << start;
    EXPECT_EQ(routeCount(id, QStringLiteral("/api/kernel/notebooks/{notebookId}:start")), 1);
    EXPECT_TRUE(waitFor([&] { return status(id) == u"3"; }, 10000)) << status(id).toStdString();

    // No restart on UNIS: said, not attempted.
    const CliRun restart = run({QStringLiteral("restart"), id});
    EXPECT_EQ(restart.exitCode, 4) << restart;
    EXPECT_TRUE(restart.errText().contains(QStringLiteral("no restart"))) << restart;
}

TEST_F(UnisCliTest, StopAJobOfEachKind)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const struct
    {
        QString kind;
        QString route;
    } cases[] = {{QStringLiteral("training"), QStringLiteral("/api/kernel/trainOperator/stopTask")},
                 {QStringLiteral("fine-tune"), QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask")},
                 {QStringLiteral("compute-task"), QStringLiteral("/api/kernel/computationTask/stop")}};
    for (const auto &c : cases) {
        const QString id = firstJob(c.kind, QStringLiteral("Running"));
        ASSERT_FALSE(id.isEmpty()) << "a running " << c.kind.toStdString();
        const CliRun stop = run({QStringLiteral("stop"), id});
        EXPECT_EQ(stop.exitCode, 0) << stop;
        EXPECT_EQ(routeCount(id, c.route), 1) << c.kind.toStdString();
        EXPECT_TRUE(waitFor([&] { return status(id) != u"Running"; }, 10000)) << c.kind.toStdString();
    }
}

TEST_F(UnisCliTest, DestroyNeedsYes)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = firstJob(QStringLiteral("dev-env"), QStringLiteral("1"));
    ASSERT_FALSE(id.isEmpty()) << "a stopped dev environment";
    const QString route = QStringLiteral("/api/kernel/notebooks/{notebookId}");
    const int loginsBefore = backend()->loginCount(QStringLiteral("zhangwei"));
    const CliRun refused = run({QStringLiteral("destroy"), id});
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--yes"))) << refused;
    EXPECT_EQ(routeCount(id, route), 0);
    EXPECT_EQ(backend()->loginCount(QStringLiteral("zhangwei")), loginsBefore) << "refused before signing in";

    const CliRun done = run({QStringLiteral("destroy"), id, QStringLiteral("--yes")});
    EXPECT_EQ(done.exitCode, 0) << done;
    EXPECT_EQ(routeCount(id, route), 1);

    const QString task = firstJob(QStringLiteral("training"), QStringLiteral("Succeeded"));
    ASSERT_FALSE(task.isEmpty());
    EXPECT_EQ(run({QStringLiteral("destroy"), task}).exitCode, 4);
    const CliRun deleted = run({QStringLiteral("destroy"), task, QStringLiteral("--yes")});
    EXPECT_EQ(deleted.exitCode, 0) << deleted;
    EXPECT_EQ(routeCount(task, QStringLiteral("/api/kernel/trainOperator/deleteTask")), 1);
    EXPECT_TRUE(byId(run({QStringLiteral("--json"), QStringLiteral("list")}).json().array(), task).isEmpty());
}

TEST_F(UnisCliTest, ResumeAskesTheChecksAndNeedsYes)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QStringList ended = jobs(QStringLiteral("compute-task"), [](const QJsonObject &j) {
        const QString s = j[QStringLiteral("status")].toString();
        return s == u"Failed" || s == u"Terminated";
    });
    QString withCheckpoint;
    QString without;
    for (const QString &id : ended) {
        if (job(id)[QStringLiteral("hasCheckpoint")].toBool())
            withCheckpoint = id;
        else
            without = id;
    }
    ASSERT_FALSE(withCheckpoint.isEmpty()) << "an ended compute task with a checkpoint";

    const CliRun refused = run({QStringLiteral("resume"), withCheckpoint});
    EXPECT_EQ(refused.exitCode, 4) << refused;
    const CliRun resumed = run({QStringLiteral("resume"), withCheckpoint, QStringLiteral("--yes")});
    EXPECT_EQ(resumed.exitCode, 0) << resumed;
    EXPECT_TRUE(waitFor([&] { return status(withCheckpoint) == u"Pending" || status(withCheckpoint) == u"Running"; }, 10000))
        << status(withCheckpoint).toStdString();

    if (!without.isEmpty()) {
        // The platform's check says why, and nothing is resumed.
        const CliRun noCheckpoint = run({QStringLiteral("resume"), without, QStringLiteral("--yes")});
        EXPECT_EQ(noCheckpoint.exitCode, 1) << noCheckpoint;
        EXPECT_TRUE(noCheckpoint.errText().contains(QStringLiteral("checkpoint"))) << noCheckpoint;
    }
    // A running task cannot be resumed.
    const QString running = firstJob(QStringLiteral("compute-task"), QStringLiteral("Running"));
    ASSERT_FALSE(running.isEmpty());
    EXPECT_EQ(run({QStringLiteral("resume"), running, QStringLiteral("--yes")}).exitCode, 4);
}

TEST_F(UnisCliTest, CloneNeedsYesAndPrintsTheNewTask)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    // The task with the fewest GPUs: the copy must fit in what is left of the quota.
    QString source;
    for (const QString &id : jobs(QStringLiteral("compute-task"))) {
        if (source.isEmpty() || job(id)[QStringLiteral("gpuCount")].toInt() < job(source)[QStringLiteral("gpuCount")].toInt())
            source = id;
    }
    ASSERT_FALSE(source.isEmpty());
    const QString name = QStringLiteral("cli-clone-1");
    const CliRun refused = run({QStringLiteral("clone"), source, QStringLiteral("--name"), name});
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_EQ(backend()->createCount(name), 0);

    const CliRun cloned = run({QStringLiteral("--json"), QStringLiteral("clone"), source, QStringLiteral("--name"), name,
                               QStringLiteral("--yes")});
    ASSERT_EQ(cloned.exitCode, 0) << cloned;
    EXPECT_EQ(backend()->createCount(name), 1);
    const QString newId = backend()->jobIdByName(name);
    ASSERT_FALSE(newId.isEmpty());
    EXPECT_NE(newId, source);
    EXPECT_EQ(cloned.json()[QStringLiteral("id")].toString(), newId) << cloned;
    EXPECT_EQ(cloned.json()[QStringLiteral("kind")].toString(), QStringLiteral("compute-task"));
    EXPECT_EQ(cloned.json()[QStringLiteral("resource")][QStringLiteral("name")].toString(), name);
    EXPECT_EQ(job(newId)[QStringLiteral("scenario")], job(source)[QStringLiteral("scenario")]);

    // The name is taken now: the platform says so, and nothing new appears.
    const CliRun again = run({QStringLiteral("clone"), source, QStringLiteral("--name"), name, QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.out.isEmpty()) << again;
    EXPECT_EQ(backend()->createCount(name), 1);

    // Only compute tasks are cloned.
    const QString training = jobs(QStringLiteral("training")).value(0);
    EXPECT_EQ(run({QStringLiteral("clone"), training, QStringLiteral("--yes")}).exitCode, 1) << "not a compute task";
}

TEST_F(UnisCliTest, RegisterTheModelOfAJobThatSucceeded)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString done = firstJob(QStringLiteral("fine-tune"), QStringLiteral("Succeeded"));
    ASSERT_FALSE(done.isEmpty());
    EXPECT_EQ(run({QStringLiteral("register-model"), done}).exitCode, 2) << "needs --name";
    const CliRun registered = run({QStringLiteral("--json"), QStringLiteral("register-model"), done, QStringLiteral("--name"),
                                   QStringLiteral("cli-model")});
    ASSERT_EQ(registered.exitCode, 0) << registered;
    EXPECT_EQ(registered.json().array()[0][QStringLiteral("action")].toString(), QStringLiteral("register-model"));
    ASSERT_TRUE(backend()->modelNames().contains(QStringLiteral("cli-model")));
    EXPECT_EQ(backend()->modelSourceFile(QStringLiteral("cli-model")), job(done)[QStringLiteral("outputDir")].toString());

    const QString running = firstJob(QStringLiteral("fine-tune"), QStringLiteral("Running"));
    ASSERT_FALSE(running.isEmpty());
    const CliRun early = run({QStringLiteral("register-model"), running, QStringLiteral("--name"), QStringLiteral("too-early")});
    EXPECT_EQ(early.exitCode, 4) << early;
    EXPECT_FALSE(backend()->modelNames().contains(QStringLiteral("too-early")));
}

// ---- pods and events --------------------------------------------------------------------------------

TEST_F(UnisCliTest, PodsOfAJobAndTheirEvents)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = firstJob(QStringLiteral("training"), QStringLiteral("Running"));
    ASSERT_FALSE(id.isEmpty());
    const CliRun pods = run({QStringLiteral("--json"), QStringLiteral("pods"), id});
    ASSERT_EQ(pods.exitCode, 0) << pods;
    const QJsonArray list = pods.json().array();
    ASSERT_EQ(list.size(), job(id)[QStringLiteral("podCount")].toInt()) << pods;
    ASSERT_FALSE(list.isEmpty());
    const QJsonObject pod = list.first().toObject();
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("podUid"), QStringLiteral("status"),
                               QStringLiteral("statusCode"), QStringLiteral("type"), QStringLiteral("ip"), QStringLiteral("startedAt"),
                               QStringLiteral("finishedAt"), QStringLiteral("runTime"), QStringLiteral("reason")})
        EXPECT_TRUE(pod.contains(key)) << key.toStdString();
    const QString uid = pod[QStringLiteral("podUid")].toString();
    const QString podName = pod[QStringLiteral("name")].toString();
    ASSERT_FALSE(uid.isEmpty());

    const CliRun events = run({QStringLiteral("--json"), QStringLiteral("events"), uid});
    ASSERT_EQ(events.exitCode, 0) << events;
    ASSERT_FALSE(events.json().array().isEmpty()) << events;
    EXPECT_FALSE(events.json().array()[0][QStringLiteral("message")].toString().isEmpty());
    EXPECT_TRUE(events.json().array()[0][QStringLiteral("time")].isString());

    // By the pod's name, with its job.
    const CliRun byName = run({QStringLiteral("--json"), QStringLiteral("events"), podName, QStringLiteral("--job"), id});
    ASSERT_EQ(byName.exitCode, 0) << byName;
    EXPECT_EQ(byName.out, events.out);
    EXPECT_EQ(run({QStringLiteral("events"), QStringLiteral("no-such-pod"), QStringLiteral("--job"), id}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("events"), QStringLiteral("no-such-uid")}).exitCode, 1);

    const CliRun human = run({QStringLiteral("pods"), id});
    EXPECT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(uid)) << human;
    const CliRun humanEvents = run({QStringLiteral("events"), uid});
    EXPECT_EQ(humanEvents.exitCode, 0) << humanEvents;
    EXPECT_TRUE(humanEvents.outText().startsWith(QStringLiteral("TIME"))) << humanEvents;
    EXPECT_EQ(run({QStringLiteral("pods")}).exitCode, 2) << "a UNIS account's pods need a job";
}

TEST_F(UnisCliTest, PodsStaysChenyusCatalogForChenyuAccounts)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_EQ(addChenyu().exitCode, 0);
    const CliRun catalog = run({QStringLiteral("--json"), QStringLiteral("pods"), QStringLiteral("--account"), kChenyu});
    ASSERT_EQ(catalog.exitCode, 0) << catalog;
    EXPECT_EQ(catalog.json()[QStringLiteral("total")].toInt(), 6) << catalog;
    const CliRun paged = run({QStringLiteral("--json"), QStringLiteral("pods"), QStringLiteral("--account"), kChenyu,
                              QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--page-size"), QStringLiteral("4")});
    ASSERT_EQ(paged.exitCode, 0) << paged;
    EXPECT_EQ(paged.json()[QStringLiteral("items")].toArray().size(), 2) << paged;
    // Chenyu's pods take no job id; UNIS pods take no paging.
    EXPECT_EQ(run({QStringLiteral("pods"), QStringLiteral("x"), QStringLiteral("--account"), kChenyu}).exitCode, 2);
    const QString id = jobs(QStringLiteral("training")).value(0);
    EXPECT_EQ(run({QStringLiteral("pods"), id, QStringLiteral("--account"), kAccount, QStringLiteral("--page"), QStringLiteral("2")}).exitCode,
              2);
    const CliRun unisPods = run({QStringLiteral("--json"), QStringLiteral("pods"), id, QStringLiteral("--account"), kAccount});
    ASSERT_EQ(unisPods.exitCode, 0) << unisPods;
    EXPECT_TRUE(unisPods.json().isArray()) << unisPods;
    // Two accounts and none named: say so, whichever command it would have been.
    const CliRun none = run({QStringLiteral("pods")});
    EXPECT_EQ(none.exitCode, 2) << none;
    EXPECT_TRUE(none.errText().contains(QStringLiteral("--account"))) << none;
}

// ---- create ---------------------------------------------------------------------------------------------

TEST_F(UnisCliTest, CreateDevEnvWithAPresetSpec)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString name = QStringLiteral("cli-notebook");
    const QStringList args{QStringLiteral("create-devenv"), QStringLiteral("--name"), name, QStringLiteral("--image"),
                           QStringLiteral("jupyterlab"), QStringLiteral("--spec"), QStringLiteral("A100 单卡"), QStringLiteral("--ssh")};
    const CliRun refused = run(args);
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("a100-train"))) << "names the resource group: " << refused;
    EXPECT_EQ(backend()->createCount(name), 0);

    const CliRun created = run(QStringList{QStringLiteral("--json")} + args + QStringList{QStringLiteral("--yes")});
    ASSERT_EQ(created.exitCode, 0) << created;
    EXPECT_EQ(backend()->createCount(name), 1);
    const QString id = backend()->jobIdByName(name);
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject out = created.json().object();
    EXPECT_EQ(out[QStringLiteral("id")].toString(), id);
    EXPECT_EQ(out[QStringLiteral("name")].toString(), name);
    EXPECT_EQ(out[QStringLiteral("kind")].toString(), QStringLiteral("dev-env"));
    EXPECT_EQ(out[QStringLiteral("resource")][QStringLiteral("id")].toString(), id);
    EXPECT_EQ(job(id)[QStringLiteral("gpuCount")].toInt(), 1);
    EXPECT_TRUE(job(id)[QStringLiteral("gpuModel")].toString().contains(QStringLiteral("A100"))) << job(id)[QStringLiteral("gpuModel")].toString().toStdString();

    // A GPU model and a number of cards pick the spec too; only the id goes to stdout.
    const CliRun byModel = run({QStringLiteral("create-devenv"), QStringLiteral("--name"), QStringLiteral("cli-h800"),
                                QStringLiteral("--image"), QStringLiteral("pytorch"), QStringLiteral("--image-version"),
                                QStringLiteral("2.1.2-cuda12.1-py310"), QStringLiteral("--gpu-model"), QStringLiteral("H800-SXM5-80GB"),
                                QStringLiteral("--gpus"), QStringLiteral("8"), QStringLiteral("--yes")});
    ASSERT_EQ(byModel.exitCode, 0) << byModel;
    const QString h800 = backend()->jobIdByName(QStringLiteral("cli-h800"));
    EXPECT_EQ(byModel.outText(), h800 + u'\n');
    EXPECT_EQ(job(h800)[QStringLiteral("gpuCount")].toInt(), 8);
}

TEST_F(UnisCliTest, CreateDevEnvInAResourceGroup)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString name = QStringLiteral("cli-cpu-notebook");
    const QString sshPassword = QStringLiteral("Ssh-Secret-2077");
    const CliRun created = run({QStringLiteral("create-devenv"), QStringLiteral("--name"), name, QStringLiteral("--image"),
                                QStringLiteral("jupyterlab"), QStringLiteral("--resource-group"), QStringLiteral("cpu-pool"),
                                QStringLiteral("--cpu"), QStringLiteral("4"), QStringLiteral("--memory"), QStringLiteral("16"),
                                QStringLiteral("--no-shared-memory"), QStringLiteral("--ssh-password-stdin"), QStringLiteral("--yes")},
                               sshPassword.toUtf8() + '\n');
    ASSERT_EQ(created.exitCode, 0) << created;
    const QString id = backend()->jobIdByName(name);
    EXPECT_EQ(created.outText(), id + u'\n');
    EXPECT_FALSE(created.err.contains(sshPassword.toUtf8())) << created;
    // The password it was made with signs in over SSH once it runs; shown only when asked for.
    ASSERT_TRUE(waitFor([&] { return status(id) == u"3"; }, 10000)) << status(id).toStdString();
    const CliRun hidden = run({QStringLiteral("--json"), QStringLiteral("show"), id});
    ASSERT_EQ(hidden.exitCode, 0) << hidden;
    EXPECT_FALSE(hidden.out.contains(sshPassword.toUtf8())) << hidden;
    const CliRun revealed = run({QStringLiteral("--json"), QStringLiteral("show"), id, QStringLiteral("--reveal-password")});
    EXPECT_EQ(revealed.json()[QStringLiteral("remote")][QStringLiteral("password")].toString(), sshPassword) << revealed;

    // What cannot be asked for is said before anything is sent.
    const auto usage = [&](const QStringList &extra, const QString &expected) {
        const int before = backend()->createCount(QStringLiteral("cli-bad"));
        const CliRun r = run(QStringList{QStringLiteral("create-devenv"), QStringLiteral("--name"), QStringLiteral("cli-bad")} + extra
                             + QStringList{QStringLiteral("--yes")});
        EXPECT_EQ(r.exitCode, 2) << r;
        EXPECT_TRUE(r.errText().contains(expected)) << "expected \"" << expected.toStdString() << "\": " << r;
        EXPECT_EQ(backend()->createCount(QStringLiteral("cli-bad")), before);
    };
    usage({QStringLiteral("--image"), QStringLiteral("no-such-image"), QStringLiteral("--spec"), QStringLiteral("A100 单卡")},
          QStringLiteral("jupyterlab"));
    usage({QStringLiteral("--image"), QStringLiteral("jupyterlab"), QStringLiteral("--spec"), QStringLiteral("nope")},
          QStringLiteral("A100 单卡"));
    usage({QStringLiteral("--image"), QStringLiteral("jupyterlab")}, QStringLiteral("--spec"));
    usage({QStringLiteral("--image"), QStringLiteral("jupyterlab"), QStringLiteral("--resource-group"), QStringLiteral("cpu-pool")},
          QStringLiteral("--cpu"));
    usage({QStringLiteral("--image"), QStringLiteral("jupyterlab"), QStringLiteral("--resource-group"), QStringLiteral("a100-mig"),
           QStringLiteral("--cpu"), QStringLiteral("4"), QStringLiteral("--memory"), QStringLiteral("16"), QStringLiteral("--gpus"),
           QStringLiteral("1")},
          QStringLiteral("--mig"));
    usage({QStringLiteral("--image"), QStringLiteral("jupyterlab"), QStringLiteral("--resource-group"), QStringLiteral("nowhere"),
           QStringLiteral("--cpu"), QStringLiteral("4"), QStringLiteral("--memory"), QStringLiteral("16")},
          QStringLiteral("cpu-pool"));
    usage({QStringLiteral("--image"), QStringLiteral("jupyterlab"), QStringLiteral("--spec"), QStringLiteral("A100 单卡"),
           QStringLiteral("--cpu"), QStringLiteral("4")},
          QStringLiteral("--cpu"));

    // The platform's own refusal (a name that is taken) is a failure with its words.
    const CliRun taken = run({QStringLiteral("create-devenv"), QStringLiteral("--name"), name, QStringLiteral("--image"),
                              QStringLiteral("jupyterlab"), QStringLiteral("--resource-group"), QStringLiteral("cpu-pool"),
                              QStringLiteral("--cpu"), QStringLiteral("4"), QStringLiteral("--memory"), QStringLiteral("16"),
                              QStringLiteral("--yes")});
    EXPECT_EQ(taken.exitCode, 1) << taken;
    EXPECT_TRUE(taken.errText().contains(QStringLiteral("已存在"))) << taken;
    EXPECT_EQ(backend()->createCount(name), 1);
}

TEST_F(UnisCliTest, CreateATrainingJob)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString name = QStringLiteral("cli-mnist");
    const QStringList args{QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("training"), QStringLiteral("--name"),
                           name, QStringLiteral("--algorithm"), QStringLiteral("tensorflow2-mnist"), QStringLiteral("--param"),
                           QStringLiteral("epochs=7"), QStringLiteral("--dataset"), QStringLiteral("single-wiki"),
                           QStringLiteral("--resource-group"), QStringLiteral("a100-train"), QStringLiteral("--cpu"), QStringLiteral("8"),
                           QStringLiteral("--memory"), QStringLiteral("64"), QStringLiteral("--gpus"), QStringLiteral("1"),
                           QStringLiteral("--task-type"), QStringLiteral("cv"), QStringLiteral("--output"), QStringLiteral("/output")};
    const CliRun refused = run(args);
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--epochs=7"))) << "shows the generated command: " << refused;
    EXPECT_EQ(backend()->createCount(name), 0);

    const CliRun created = run(QStringList{QStringLiteral("--json")} + args + QStringList{QStringLiteral("--yes")});
    ASSERT_EQ(created.exitCode, 0) << created;
    const QString id = backend()->jobIdByName(name);
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(created.json()[QStringLiteral("id")].toString(), id);
    EXPECT_EQ(created.json()[QStringLiteral("kind")].toString(), QStringLiteral("training"));
    EXPECT_EQ(job(id)[QStringLiteral("kind")].toString(), QStringLiteral("training"));
    EXPECT_EQ(job(id)[QStringLiteral("gpuCount")].toInt(), 1);

    // The job as the platform keeps it: the strategy, the parameter and the input.
    const CliRun shown = run({QStringLiteral("--json"), QStringLiteral("show"), id});
    ASSERT_EQ(shown.exitCode, 0) << shown;
    const QString raw = QString::fromUtf8(QJsonDocument(shown.json()[QStringLiteral("raw")].toObject()).toJson());
    EXPECT_TRUE(raw.contains(QStringLiteral("epochs=7"))) << raw.toStdString();
    EXPECT_TRUE(raw.contains(QStringLiteral("single-wiki"))) << raw.toStdString();
}

TEST_F(UnisCliTest, CreateAFineTuneJobWithAStrategy)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString name = QStringLiteral("cli-chatglm-lora");
    QStringList args{QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("fine-tune"), QStringLiteral("--name"), name,
                     QStringLiteral("--algorithm"), QStringLiteral("chatglm3-6b微调"), QStringLiteral("--dataset"),
                     QStringLiteral("mini-alpaca"), QStringLiteral("--spec"), QStringLiteral("H800 单卡"), QStringLiteral("--yes")};
    // Two strategies: one must be chosen.
    const CliRun ambiguous = run(args);
    EXPECT_EQ(ambiguous.exitCode, 2) << ambiguous;
    EXPECT_TRUE(ambiguous.errText().contains(QStringLiteral("LoRA"))) << ambiguous;
    EXPECT_TRUE(ambiguous.errText().contains(QStringLiteral("全参微调"))) << ambiguous;

    args << QStringLiteral("--config") << QStringLiteral("LoRA") << QStringLiteral("--param") << QStringLiteral("lora_r=16");
    const CliRun created = run(args);
    ASSERT_EQ(created.exitCode, 0) << created;
    const QString id = backend()->jobIdByName(name);
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(created.outText(), id + u'\n');
    EXPECT_EQ(job(id)[QStringLiteral("kind")].toString(), QStringLiteral("fine-tune"));
    EXPECT_EQ(job(id)[QStringLiteral("isPretrain")].toInt(), 0);
    EXPECT_TRUE(job(id)[QStringLiteral("gpuModel")].toString().contains(QStringLiteral("H800")));
}

TEST_F(UnisCliTest, CreateComputeTasksOfEveryScenario)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QStringList resources{QStringLiteral("--resource-group"), QStringLiteral("h800-llm"), QStringLiteral("--cpu"),
                                QStringLiteral("16"), QStringLiteral("--memory"), QStringLiteral("128"), QStringLiteral("--gpus"),
                                QStringLiteral("1"), QStringLiteral("--yes")};
    const struct
    {
        QString scenario;
        QString algorithm;
        QStringList extra;
        QString scenarioLabel;
    } cases[] = {
        {QStringLiteral("fine-tune"), QStringLiteral("SFT算法"), {QStringLiteral("--dataset"), QStringLiteral("MATH")},
         QStringLiteral("算力任务（调优）")},
        {QStringLiteral("pre-train"), QStringLiteral("SFT算法"), {QStringLiteral("--model"), QStringLiteral("Baichuan2-13B-Base")},
         QStringLiteral("算力任务（预训练）")},
        {QStringLiteral("rl"), QStringLiteral("大模型强化学习算法(PPO)"),
         {QStringLiteral("--sft-model"), QStringLiteral("Llama-2-7b-chat-hf"), QStringLiteral("--reward-model"),
          QStringLiteral("Baichuan2-13B-Base")},
         QStringLiteral("算力任务（强化学习）")},
        {QStringLiteral("dpo"), QStringLiteral("SFT算法"), {QStringLiteral("--sft-model"), QStringLiteral("Llama-2-7b-chat-hf")},
         QStringLiteral("算力任务（直接偏好）")},
        {QStringLiteral("model-training"), QStringLiteral("tensorflow2-mnist"),
         {QStringLiteral("--task-type"), QStringLiteral("ml"), QStringLiteral("--command"), QStringLiteral("python3 train.pyc")},
         QStringLiteral("算力任务（模型训练）")},
    };
    for (const auto &c : cases) {
        const QString name = QStringLiteral("cli-") + c.scenario;
        const CliRun created =
            run(QStringList{QStringLiteral("--json"), QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("compute-task"),
                            QStringLiteral("--scenario"), c.scenario, QStringLiteral("--name"), name, QStringLiteral("--algorithm"),
                            c.algorithm}
                + c.extra + resources);
        ASSERT_EQ(created.exitCode, 0) << c.scenario.toStdString() << ": " << created;
        const QString id = backend()->jobIdByName(name);
        ASSERT_FALSE(id.isEmpty());
        EXPECT_EQ(created.json()[QStringLiteral("id")].toString(), id) << created;
        EXPECT_EQ(created.json()[QStringLiteral("kind")].toString(), QStringLiteral("compute-task"));
        EXPECT_EQ(job(id)[QStringLiteral("kind")].toString(), QStringLiteral("compute-task"));
        EXPECT_EQ(job(id)[QStringLiteral("scenario")].toString(), c.scenarioLabel) << c.scenario.toStdString();
        EXPECT_EQ(job(id)[QStringLiteral("createWay")].toString(),
                  c.scenario == u"model-training" ? QStringLiteral("userDefined") : QStringLiteral("custom"));
    }

    // Usage problems are found before anything is sent.
    EXPECT_EQ(run(QStringList{QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("compute-task"),
                              QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--algorithm"), QStringLiteral("SFT算法")}
                  + resources)
                  .exitCode,
              2)
        << "no scenario";
    EXPECT_EQ(run(QStringList{QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("training"),
                              QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--algorithm"), QStringLiteral("SFT算法"),
                              QStringLiteral("--sft-model"), QStringLiteral("Llama-2-7b-chat-hf")}
                  + resources)
                  .exitCode,
              2);
    EXPECT_EQ(run(QStringList{QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("inference"),
                              QStringLiteral("--name"), QStringLiteral("x")})
                  .exitCode,
              2);
    EXPECT_EQ(run(QStringList{QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("training"),
                              QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--algorithm"), QStringLiteral("nope")}
                  + resources)
                  .exitCode,
              2);
}

TEST_F(UnisCliTest, ACreateWhoseAnswerIsLostIsSentOnce)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString name = QStringLiteral("cli-lost-answer");
    server()->injectFault(QStringLiteral("/api/kernel/trainOperator/createTask"), suanli::sim::Fault::DropAfterProcess, 1);
    const CliRun r = run({QStringLiteral("create-task"), QStringLiteral("--kind"), QStringLiteral("training"), QStringLiteral("--name"),
                          name, QStringLiteral("--algorithm"), QStringLiteral("tensorflow2-mnist"), QStringLiteral("--resource-group"),
                          QStringLiteral("cpu-pool"), QStringLiteral("--cpu"), QStringLiteral("4"), QStringLiteral("--memory"),
                          QStringLiteral("16"), QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.errText().contains(QStringLiteral("may have been created"))) << r;
    EXPECT_EQ(backend()->createCount(name), 1) << "never sent twice";
}

// ---- sign-in again ------------------------------------------------------------------------------------

TEST_F(UnisCliTest, ATokenThatDiesBetweenOrDuringCommandsIsReplaced)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString user = QStringLiteral("zhangwei");
    ASSERT_EQ(run({QStringLiteral("whoami")}).exitCode, 0);

    // Between commands: every token the platform issued is void.
    backend()->invalidateAllTokens();
    int logins = backend()->loginCount(user);
    const CliRun after = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("training")});
    ASSERT_EQ(after.exitCode, 0) << after;
    EXPECT_FALSE(after.json().array().isEmpty());
    EXPECT_EQ(backend()->loginCount(user), logins + 1);

    // During a command: the token dies after the first answer; the lists that follow are
    // refused once, the CLI signs in again (once) and asks again.
    bool invalidated = false;
    QObject guard;
    QObject::connect(server(), &suanli::sim::SimServer::requestLogged, &guard,
                     [&](const QString &, const QString &path, int, const QString &) {
                         if (!invalidated && path == u"/prod-api/getInfo") {
                             invalidated = true;
                             backend()->invalidateAllTokens();
                         }
                     });
    logins = backend()->loginCount(user);
    const CliRun during = run({QStringLiteral("--json"), QStringLiteral("list")});
    ASSERT_EQ(during.exitCode, 0) << during;
    EXPECT_TRUE(invalidated);
    EXPECT_EQ(backend()->loginCount(user), logins + 2) << "signed in, then once more";
    EXPECT_EQ(idsOf(during.json().array()), idsOf(run({QStringLiteral("--json"), QStringLiteral("list")}).json().array()));

    // Short-lived tokens: each command still works.
    backend()->setTokenLifetimeMs(1500);
    ASSERT_EQ(run({QStringLiteral("whoami")}).exitCode, 0);
    QThread::msleep(1600);
    EXPECT_EQ(run({QStringLiteral("quota")}).exitCode, 0);

    // A password changed on the platform is an auth failure.
    ASSERT_TRUE(backend()->setPassword(user, QStringLiteral("Changed@2025")));
    const CliRun refused = run({QStringLiteral("whoami")});
    EXPECT_EQ(refused.exitCode, 3) << refused;
}

// ---- languages, help ------------------------------------------------------------------------------------

TEST_F(UnisCliTest, JsonIsTheSameInEveryLanguage)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    // Nothing moves between the two runs: free GPUs and run times stay as they are.
    backend()->setStepMs(3600 * 1000);
    const QString job = firstJob(QStringLiteral("training"), QStringLiteral("Succeeded"));
    ASSERT_FALSE(job.isEmpty());
    for (const QStringList &command : {QStringList{QStringLiteral("whoami")}, QStringList{QStringLiteral("quota")},
                                       QStringList{QStringLiteral("specs")},
                                       QStringList{QStringLiteral("resource-groups")},
                                       QStringList{QStringLiteral("assets"), QStringLiteral("image")},
                                       QStringList{QStringLiteral("pods"), job},
                                       QStringList{QStringLiteral("create-devenv"), QStringLiteral("--name"), QStringLiteral("x")}}) {
        const QStringList args = QStringList{QStringLiteral("--json")} + command;
        const CliRun english = run(args);
        const CliRun chinese = run(args, {}, chineseEnvironment());
        EXPECT_EQ(english.exitCode, chinese.exitCode) << english;
        EXPECT_EQ(english.out, chinese.out) << command.join(u' ').toStdString();
    }
}

TEST_F(UnisCliTest, CatalogsForTheCreateCommands)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const CliRun specs = run({QStringLiteral("--json"), QStringLiteral("specs")});
    ASSERT_EQ(specs.exitCode, 0) << specs;
    EXPECT_FALSE(specs.json()[QStringLiteral("gpuModels")].toArray().isEmpty()) << specs;
    bool a100 = false;
    for (const QJsonValue &s : specs.json()[QStringLiteral("specs")].toArray())
        a100 = a100 || s[QStringLiteral("nickname")].toString() == u"A100 单卡";
    EXPECT_TRUE(a100) << specs;
    const CliRun h800 = run({QStringLiteral("--json"), QStringLiteral("specs"), QStringLiteral("--gpu-model"), QStringLiteral("H800-SXM5-80GB")});
    ASSERT_EQ(h800.exitCode, 0) << h800;
    for (const QJsonValue &s : h800.json()[QStringLiteral("specs")].toArray())
        EXPECT_TRUE(s[QStringLiteral("gpuModel")].toString().contains(QStringLiteral("H800"))) << h800;

    const CliRun groups = run({QStringLiteral("--json"), QStringLiteral("resource-groups")});
    ASSERT_EQ(groups.exitCode, 0) << groups;
    QStringList names;
    for (const QJsonValue &g : groups.json().array())
        names.append(g[QStringLiteral("name")].toString());
    EXPECT_TRUE(names.contains(QStringLiteral("a100-train"))) << groups;
    EXPECT_FALSE(names.contains(QStringLiteral("ascend-910b"))) << "another tenant's group";

    const CliRun algorithms = run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("algorithm")});
    ASSERT_EQ(algorithms.exitCode, 0) << algorithms;
    QStringList algorithmNames;
    for (const QJsonValue &a : algorithms.json().array())
        algorithmNames.append(a[QStringLiteral("name")].toString());
    EXPECT_TRUE(algorithmNames.contains(QStringLiteral("tensorflow2-mnist"))) << algorithms;
    const CliRun mine = run({QStringLiteral("--json"), QStringLiteral("assets"), QStringLiteral("dataset"), QStringLiteral("--mine")});
    ASSERT_EQ(mine.exitCode, 0) << mine;
    for (const QJsonValue &a : mine.json().array())
        EXPECT_EQ(a[QStringLiteral("author")].toString(), QStringLiteral("zhangwei")) << mine;
    EXPECT_EQ(run({QStringLiteral("assets"), QStringLiteral("pictures")}).exitCode, 2);

    for (const QStringList &human : {QStringList{QStringLiteral("specs")}, QStringList{QStringLiteral("resource-groups")},
                                     QStringList{QStringLiteral("assets"), QStringLiteral("image")}}) {
        const CliRun r = run(human);
        EXPECT_EQ(r.exitCode, 0) << r;
        EXPECT_FALSE(r.out.isEmpty()) << r;
    }
}

TEST_F(UnisCliTest, HelpForEveryUnisCommand)
{
    for (const QString &command : {QStringLiteral("whoami"), QStringLiteral("quota"), QStringLiteral("pods"), QStringLiteral("events"),
                                   QStringLiteral("resume"), QStringLiteral("clone"), QStringLiteral("register-model"),
                                   QStringLiteral("create-devenv"), QStringLiteral("create-task"), QStringLiteral("specs"),
                                   QStringLiteral("resource-groups"), QStringLiteral("assets")}) {
        const CliRun help = run({command, QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << help;
        EXPECT_TRUE(help.outText().contains(QStringLiteral("suanli-cli ") + command)) << help;
    }
    const CliRun overview = run({QStringLiteral("--help")});
    EXPECT_TRUE(overview.outText().contains(QStringLiteral("create-devenv"))) << overview;
    const CliRun add = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--help")});
    EXPECT_TRUE(add.outText().contains(QStringLiteral("aes-key"))) << add;
}

} // namespace
