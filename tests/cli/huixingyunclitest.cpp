// The 慧星云 commands of the real suanli-cli binary against the simulator in this process:
// accounts made from a token or a password, API tokens, catalogs, orders, and the batch actions.
#include "clirun.h"
#include "waitfor.h"

#include "core/apierror.h"
#include "core/secretstore.h"
#include "sim/chenyu/chenyubackend.h"
#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using suanli::test::CliRun;
using suanli::test::englishEnvironment;
using suanli::test::waitFor;

namespace {

const QString kAccount = QStringLiteral("lab");
const QString kPassword = QStringLiteral("demo-pass-1");

// The seeded instances, told apart by GPU type and billing.
const QString kHourlyRunning = QStringLiteral("geforce_rtx_4090_16u100m_106");   // linux, zone 106
const QString kHourlyStoppedWindows = QStringLiteral("geforce_rtx_4090_16u60m_106");
const QString kMonthlyRunning = QStringLiteral("geforce_rtx_4090_16u100m_105");  // also an hourly app instance
const QString kDailyRunning = QStringLiteral("nvidia_a100_80g_32u200m_105");
const QString kDailyStopped = QStringLiteral("geforce_rtx_4090_free_102");

// What a run may show: by default no secret at all.
enum class Shown { Nothing, Tokens, SshPasswords };

class HuixingyunCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_configDir.isValid());
        m_env = std::make_unique<suanli::sim::SimEnvironment>();
        ASSERT_TRUE(m_env->start({QStringLiteral("huixingyun"), QStringLiteral("chenyu")})) << m_env->errorString().toStdString();
        backend()->setTransitionMs(100);
        m_env->chenyu()->setTransitionMs(100);
        m_hidden.append(backend()->apiToken());
        m_hidden.append(m_env->chenyu()->apiKey());
    }

    void TearDown() override { m_env.reset(); }

    suanli::sim::HuixingyunBackend *backend() const { return m_env->huixingyun(); }
    suanli::sim::SimServer *server() const { return m_env->server(QStringLiteral("huixingyun")); }
    int requests(const QString &path) const { return server()->requestCount(path); }
    QString baseUrl(const QString &platform = QStringLiteral("huixingyun")) const
    {
        for (const auto &endpoint : m_env->endpoints()) {
            if (endpoint.platform == platform)
                return endpoint.baseUrl.toString();
        }
        return {};
    }
    QString configDir() const { return m_configDir.path(); }

    // Runs `suanli-cli --config-dir DIR ARGS...`; tokens, the password and SSH passwords never
    // show unless the run asks for them.
    CliRun run(const QStringList &args, const QByteArray &input = {}, Shown shown = Shown::Nothing)
    {
        QStringList secrets;
        if (shown != Shown::SshPasswords) {
            for (const QString &gid : backend()->instanceIds())
                secrets.append(backend()->instanceJson(gid).value(QStringLiteral("password")).toString());
        }
        const CliRun result =
            suanli::test::runCli(QStringList{QStringLiteral("--config-dir"), configDir()} + args, input, englishEnvironment());
        if (shown != Shown::Tokens)
            secrets += m_hidden;
        secrets.append(kPassword);
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.isEmpty())
                continue;
            EXPECT_FALSE(result.out.contains(secret.toUtf8())) << "a secret on stdout: " << result;
            EXPECT_FALSE(result.err.contains(secret.toUtf8())) << "a secret on stderr: " << result;
        }
        return result;
    }

    CliRun addAccount(const QString &name = kAccount, const QString &token = {}, const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--platform"),
                               QStringLiteral("huixingyun"), QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--login"),
                               backend()->username(), QStringLiteral("--secret-stdin")}
                       + extra,
                   (token.isEmpty() ? backend()->apiToken() : token).toUtf8() + '\n');
    }

    CliRun addAccountWithPassword(const QString &name, const QString &password, const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--platform"),
                               QStringLiteral("huixingyun"), QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--login"),
                               backend()->username(), QStringLiteral("--password-stdin")}
                       + extra,
                   password.toUtf8() + '\n');
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

    QJsonObject sim(const QString &gid) const { return backend()->instanceJson(gid); }
    QString simStatus(const QString &gid) const { return sim(gid).value(QStringLiteral("status")).toString(); }

    // The seeded instance of a GPU type with a billing ("Hour", "Day", "Month").
    QString seeded(const QString &gpuType, const QString &payMethod) const
    {
        for (const QString &gid : backend()->instanceIds()) {
            const QJsonObject o = sim(gid);
            if (o[QStringLiteral("size")][QStringLiteral("gpu_type")].toString() == gpuType
                && o[QStringLiteral("pay_method")].toString() == payMethod)
                return gid;
        }
        return {};
    }

    bool waitForStatus(const QString &gid, const QString &status, int timeoutMs = 5000)
    {
        return waitFor([&] { return simStatus(gid) == status; }, timeoutMs);
    }

    // The id of a public image, as `images` lists it.
    QString publicImageId(const QString &gpuType, const QString &name)
    {
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("images"), QStringLiteral("--gpu-type"), gpuType});
        for (const QJsonValue &v : r.json().array()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("imageId")].toString();
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

    static QString thisComputersTokenName() { return QStringLiteral("Suanli Console @ ") + QSysInfo::machineHostName(); }

    QTemporaryDir m_configDir;
    std::unique_ptr<suanli::sim::SimEnvironment> m_env;
    QStringList m_hidden; // tokens that must not show
};

QJsonObject byId(const QJsonArray &rows, const QString &id)
{
    for (const QJsonValue &v : rows) {
        if (v[QStringLiteral("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

// ---- accounts -------------------------------------------------------------------------------

TEST_F(HuixingyunCliTest, AccountAddWithATokenVerifiesAndStoresIt)
{
    const CliRun added = addAccount();
    ASSERT_EQ(added.exitCode, 0) << added;
    EXPECT_GE(requests(QStringLiteral("/gpu/instances/list")), 1) << "verified before saving";
    const QString id = accountId(kAccount);
    ASSERT_FALSE(id.isEmpty());
    const auto secret = keychainSecret(id);
    ASSERT_TRUE(secret.ok()) << secret.error().message.toStdString();
    EXPECT_EQ(secret.value(), backend()->apiToken());

    const CliRun accounts = run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(accounts.json().array()[0][QStringLiteral("platform")].toString(), QStringLiteral("huixingyun"));
    EXPECT_EQ(accounts.json().array()[0][QStringLiteral("login")].toString(), backend()->username());

    const CliRun check = run({QStringLiteral("account"), QStringLiteral("check"), kAccount});
    EXPECT_EQ(check.exitCode, 0) << check;
    EXPECT_TRUE(check.outText().contains(QStringLiteral("online"))) << check;
}

TEST_F(HuixingyunCliTest, WrongTokenIsRejectedWithExitThree)
{
    const CliRun r = addAccount(kAccount, QStringLiteral("hx-wrong-token"));
    EXPECT_EQ(r.exitCode, 3) << r;
    EXPECT_FALSE(QFileInfo::exists(QDir(configDir()).filePath(QStringLiteral("accounts.json"))));
    EXPECT_TRUE(run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")}).json().array().isEmpty());
}

TEST_F(HuixingyunCliTest, AccountAddWithAPasswordStoresANewTokenOnly)
{
    const QStringList tokensBefore = backend()->tokenValues();
    const CliRun added = addAccountWithPassword(kAccount, kPassword);
    ASSERT_EQ(added.exitCode, 0) << added;
    EXPECT_TRUE(added.errText().contains(thisComputersTokenName())) << added;

    const QString id = accountId(kAccount);
    ASSERT_FALSE(id.isEmpty());
    const auto secret = keychainSecret(id);
    ASSERT_TRUE(secret.ok()) << secret.error().message.toStdString();
    m_hidden.append(secret.value());
    EXPECT_FALSE(tokensBefore.contains(secret.value())) << "a token of its own";
    EXPECT_TRUE(backend()->tokenValues().contains(secret.value()));
    EXPECT_EQ(backend()->tokenValues().size(), tokensBefore.size() + 1);
    EXPECT_EQ(requests(QStringLiteral("/generate/token")), 1);

    // Not asked to remember the password: it is nowhere.
    const auto password = keychainSecret(id + QStringLiteral("/password"));
    ASSERT_FALSE(password.ok());
    EXPECT_EQ(password.error().kind, suanli::ApiError::Kind::Auth) << "absent, not unreadable";
    for (const QFileInfo &file : QDir(configDir()).entryInfoList(QDir::Files)) {
        QFile f(file.filePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains(kPassword.toUtf8())) << file.filePath().toStdString();
    }

    // The token carries this computer's name, and it is the one the account uses.
    const CliRun tokens =
        run({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("--password-stdin")}, kPassword.toUtf8() + '\n');
    ASSERT_EQ(tokens.exitCode, 0) << tokens;
    QStringList inUse;
    for (const QJsonValue &t : tokens.json().array()) {
        if (t[QStringLiteral("inUse")].toBool())
            inUse.append(t[QStringLiteral("name")].toString());
    }
    EXPECT_EQ(inUse, QStringList{thisComputersTokenName()}) << tokens;

    // Without a remembered password and without a terminal, the token commands need stdin.
    const CliRun noPassword = run({QStringLiteral("tokens")});
    EXPECT_EQ(noPassword.exitCode, 2) << noPassword;
    EXPECT_TRUE(noPassword.errText().contains(QStringLiteral("--password-stdin"))) << noPassword;
}

TEST_F(HuixingyunCliTest, RememberedPasswordIsKeptOnlyWhenAskedAndGoesWithTheAccount)
{
    const CliRun added = addAccountWithPassword(kAccount, kPassword, {QStringLiteral("--remember-password")});
    ASSERT_EQ(added.exitCode, 0) << added;
    const QString id = accountId(kAccount);
    const auto token = keychainSecret(id);
    ASSERT_TRUE(token.ok());
    m_hidden.append(token.value());
    const auto password = keychainSecret(id + QStringLiteral("/password"));
    ASSERT_TRUE(password.ok()) << password.error().message.toStdString();
    EXPECT_EQ(password.value(), kPassword);

    // The token commands use it without asking.
    const CliRun tokens = run({QStringLiteral("--json"), QStringLiteral("tokens")});
    EXPECT_EQ(tokens.exitCode, 0) << tokens;
    EXPECT_EQ(tokens.json().array().size(), backend()->tokenValues().size()) << tokens;

    // A changed password: the remembered one is refused, and the message says what to do.
    backend()->setPassword(QStringLiteral("changed-pass-2"));
    const CliRun stale = run({QStringLiteral("tokens")});
    EXPECT_EQ(stale.exitCode, 3) << stale;
    EXPECT_TRUE(stale.errText().contains(QStringLiteral("remembered"))) << stale;
    backend()->setPassword(kPassword);

    const CliRun removed = run({QStringLiteral("account"), QStringLiteral("remove"), kAccount});
    ASSERT_EQ(removed.exitCode, 0) << removed;
    EXPECT_FALSE(keychainSecret(id + QStringLiteral("/password")).ok());
}

TEST_F(HuixingyunCliTest, AccountAddWithAPasswordRefusesBadInput)
{
    const int tokens = int(backend()->tokenValues().size());
    const CliRun wrong = addAccountWithPassword(kAccount, QStringLiteral("not-the-password"));
    EXPECT_EQ(wrong.exitCode, 3) << wrong;
    EXPECT_TRUE(wrong.errText().contains(QStringLiteral("not added"))) << wrong;
    EXPECT_EQ(backend()->tokenValues().size(), tokens);
    EXPECT_FALSE(QFileInfo::exists(QDir(configDir()).filePath(QStringLiteral("accounts.json"))));

    const CliRun both = addAccountWithPassword(kAccount, kPassword, {QStringLiteral("--secret-stdin")});
    EXPECT_EQ(both.exitCode, 2) << both;
    const CliRun rememberAlone = addAccount(kAccount, {}, {QStringLiteral("--remember-password")});
    EXPECT_EQ(rememberAlone.exitCode, 2) << rememberAlone;
    // Chenyu makes no tokens from passwords.
    const CliRun chenyu = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("cy"), QStringLiteral("--platform"),
                               QStringLiteral("chenyu"), QStringLiteral("--base-url"), baseUrl(QStringLiteral("chenyu")),
                               QStringLiteral("--password-stdin")},
                              kPassword.toUtf8() + '\n');
    EXPECT_EQ(chenyu.exitCode, 2) << chenyu;
    EXPECT_EQ(requests(QStringLiteral("/generate/token")), 1) << "only the wrong password was tried";
}

// ---- tokens ---------------------------------------------------------------------------------

TEST_F(HuixingyunCliTest, TokensAreMaskedUnlessRevealed)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QByteArray password = kPassword.toUtf8() + '\n';
    const QString own = backend()->apiToken();
    const QString masked = own.left(4) + QStringLiteral("…") + own.right(4);

    const CliRun human = run({QStringLiteral("tokens"), QStringLiteral("--password-stdin")}, password);
    ASSERT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(masked)) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("11b3…0c21"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("监控脚本"))) << human;

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("--password-stdin")}, password);
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonArray list = json.json().array();
    ASSERT_EQ(list.size(), backend()->tokenValues().size()) << json;
    int inUse = 0;
    for (const QJsonValue &t : list) {
        if (t[QStringLiteral("inUse")].toBool()) {
            ++inUse;
            EXPECT_EQ(t[QStringLiteral("token")].toString(), masked);
        }
    }
    EXPECT_EQ(inUse, 1);

    const CliRun revealed =
        run({QStringLiteral("tokens"), QStringLiteral("--reveal"), QStringLiteral("--password-stdin")}, password, Shown::Tokens);
    ASSERT_EQ(revealed.exitCode, 0) << revealed;
    for (const QString &value : backend()->tokenValues())
        EXPECT_TRUE(revealed.outText().contains(value)) << revealed;

    const CliRun wrong = run({QStringLiteral("tokens"), QStringLiteral("--password-stdin")}, "wrong-password\n");
    EXPECT_EQ(wrong.exitCode, 3) << wrong;
    EXPECT_EQ(run({QStringLiteral("tokens"), QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST_F(HuixingyunCliTest, TokensCreateAndDeleteButNeverTheAccountsOwn)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QByteArray password = kPassword.toUtf8() + '\n';

    const CliRun created =
        run({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("ci-runner"), QStringLiteral("--password-stdin")},
            password);
    ASSERT_EQ(created.exitCode, 0) << created;
    const QString token = created.outText().trimmed();
    EXPECT_TRUE(backend()->tokenValues().contains(token)) << created;

    // Deleting needs --yes.
    const CliRun unconfirmed = run({QStringLiteral("tokens"), QStringLiteral("delete"), token, QStringLiteral("--password-stdin")},
                                   password);
    EXPECT_EQ(unconfirmed.exitCode, 4) << unconfirmed;
    EXPECT_TRUE(backend()->tokenValues().contains(token));
    EXPECT_EQ(requests(QStringLiteral("/delete/token")), 0);

    // The account's own token, by value or by name: refused with the reason, nothing deleted.
    const QString own = backend()->apiToken();
    const CliRun ownByValue = run({QStringLiteral("tokens"), QStringLiteral("delete"), token, own, QStringLiteral("--yes"),
                                   QStringLiteral("--password-stdin")},
                                  password);
    EXPECT_EQ(ownByValue.exitCode, 4) << ownByValue;
    EXPECT_TRUE(ownByValue.errText().contains(QStringLiteral("signs in with"))) << ownByValue;
    const CliRun ownByName = run({QStringLiteral("tokens"), QStringLiteral("delete"), QStringLiteral("管理token"),
                                  QStringLiteral("--yes"), QStringLiteral("--password-stdin")},
                                 password);
    EXPECT_EQ(ownByName.exitCode, 4) << ownByName;
    EXPECT_TRUE(backend()->tokenValues().contains(own));
    EXPECT_TRUE(backend()->tokenValues().contains(token));
    EXPECT_EQ(requests(QStringLiteral("/delete/token")), 0);

    const CliRun unknown = run({QStringLiteral("tokens"), QStringLiteral("delete"), QStringLiteral("no-such-token-value"),
                                QStringLiteral("--yes"), QStringLiteral("--password-stdin")},
                               password);
    EXPECT_EQ(unknown.exitCode, 1) << unknown;
    EXPECT_EQ(requests(QStringLiteral("/delete/token")), 0);

    // By value and by name, in one request.
    const CliRun deleted = run({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("delete"), token,
                                QStringLiteral("监控脚本"), QStringLiteral("--yes"), QStringLiteral("--password-stdin")},
                               password);
    ASSERT_EQ(deleted.exitCode, 0) << deleted;
    EXPECT_EQ(deleted.json()[QStringLiteral("deleted")].toArray().size(), 2) << deleted;
    EXPECT_EQ(requests(QStringLiteral("/delete/token")), 1);
    EXPECT_FALSE(backend()->tokenValues().contains(token));
    EXPECT_FALSE(backend()->tokenValues().contains(QStringLiteral("11b34725-5c1e-4b8e-9f3a-fc02a3630c21")));
    EXPECT_EQ(backend()->tokenValues(), QStringList{own});
}

// ---- catalogs -------------------------------------------------------------------------------

TEST_F(HuixingyunCliTest, ProductsAppsAndImages)
{
    ASSERT_EQ(addAccount().exitCode, 0);

    const CliRun products = run({QStringLiteral("--json"), QStringLiteral("products")});
    ASSERT_EQ(products.exitCode, 0) << products;
    const QJsonArray items = products.json().array();
    ASSERT_EQ(items.size(), 6) << products;
    for (const QJsonValue &p : items) {
        const QString type = p[QStringLiteral("gpuType")].toString();
        EXPECT_EQ(p[QStringLiteral("gpuRemain")].toInt(), backend()->gpuRemain(type)) << type.toStdString();
    }
    const CliRun humanProducts = run({QStringLiteral("products")});
    EXPECT_EQ(humanProducts.exitCode, 0) << humanProducts;
    EXPECT_TRUE(humanProducts.outText().contains(kHourlyRunning)) << humanProducts;
    EXPECT_TRUE(humanProducts.outText().contains(QStringLiteral("NVIDIA A100"))) << humanProducts;

    const CliRun apps = run({QStringLiteral("--json"), QStringLiteral("apps")});
    ASSERT_EQ(apps.exitCode, 0) << apps;
    QStringList appTypes;
    for (const QJsonValue &a : apps.json().array())
        appTypes.append(a[QStringLiteral("appType")].toString());
    EXPECT_EQ(appTypes.size(), 6);
    EXPECT_TRUE(appTypes.contains(QStringLiteral("sd-webui")));
    EXPECT_TRUE(run({QStringLiteral("apps")}).outText().contains(QStringLiteral("Stable Diffusion WebUI")));

    const CliRun images = run({QStringLiteral("--json"), QStringLiteral("images"), QStringLiteral("--gpu-type"), kHourlyRunning});
    ASSERT_EQ(images.exitCode, 0) << images;
    QStringList names;
    for (const QJsonValue &i : images.json().array()) {
        names.append(i[QStringLiteral("name")].toString());
        EXPECT_EQ(i[QStringLiteral("zone")].toString(), QStringLiteral("106")) << images;
        EXPECT_FALSE(i[QStringLiteral("mine")].toBool());
    }
    EXPECT_TRUE(names.contains(QStringLiteral("ubuntu22.04-cuda12.1-pytorch2.3"))) << images;
    EXPECT_TRUE(names.contains(QStringLiteral("windows-server-2022-cuda12.2"))) << images;
    EXPECT_EQ(requests(QStringLiteral("/gpu/images/list")), 1);

    const CliRun mine = run({QStringLiteral("--json"), QStringLiteral("images"), QStringLiteral("--mine"), QStringLiteral("--room"),
                             QStringLiteral("105")});
    ASSERT_EQ(mine.exitCode, 0) << mine;
    QStringList mineNames;
    for (const QJsonValue &i : mine.json().array()) {
        mineNames.append(i[QStringLiteral("name")].toString());
        EXPECT_TRUE(i[QStringLiteral("mine")].toBool());
    }
    mineNames.sort();
    EXPECT_EQ(mineNames, (QStringList{QStringLiteral("0705测试"), QStringLiteral("镜像1"), QStringLiteral("镜像2")})) << mine;

    // Every zone of the products: all four of the account's images.
    const CliRun allMine = run({QStringLiteral("--json"), QStringLiteral("images"), QStringLiteral("--mine")});
    EXPECT_EQ(allMine.json().array().size(), int(backend()->customImages().size())) << allMine;
    const CliRun humanMine = run({QStringLiteral("images"), QStringLiteral("--mine"), QStringLiteral("--room"), QStringLiteral("106")});
    EXPECT_TRUE(humanMine.outText().contains(QStringLiteral("sd-训练环境"))) << humanMine;

    const CliRun conflicting = run({QStringLiteral("images"), QStringLiteral("--mine"), QStringLiteral("--gpu-type"), kHourlyRunning});
    EXPECT_EQ(conflicting.exitCode, 2) << conflicting;
}

TEST_F(HuixingyunCliTest, PlatformCommandsNeedTheirPlatform)
{
    ASSERT_EQ(run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("cy"), QStringLiteral("--platform"),
                   QStringLiteral("chenyu"), QStringLiteral("--base-url"), baseUrl(QStringLiteral("chenyu")),
                   QStringLiteral("--secret-stdin")},
                  m_env->chenyu()->apiKey().toUtf8() + '\n')
                  .exitCode,
              0);
    const CliRun products = run({QStringLiteral("products"), QStringLiteral("--account"), QStringLiteral("cy")});
    EXPECT_EQ(products.exitCode, 2) << products;
    const QString chenyuId = m_env->chenyu()->instanceIds().constFirst();
    // Chenyu has no card-less stop, rebuild or renew: refused before anything is sent.
    const CliRun cardless = run({QStringLiteral("stop"), chenyuId, QStringLiteral("--cardless"), QStringLiteral("--account"),
                                 QStringLiteral("cy")});
    EXPECT_EQ(cardless.exitCode, 4) << cardless;
    const CliRun rebuild = run({QStringLiteral("rebuild"), chenyuId, QStringLiteral("--image"), QStringLiteral("x"),
                                QStringLiteral("--yes"), QStringLiteral("--account"), QStringLiteral("cy")});
    EXPECT_EQ(rebuild.exitCode, 4) << rebuild;
    const CliRun renew = run({QStringLiteral("renew"), chenyuId, QStringLiteral("--periods"), QStringLiteral("1"),
                              QStringLiteral("--yes"), QStringLiteral("--account"), QStringLiteral("cy")});
    EXPECT_EQ(renew.exitCode, 4) << renew;
}

// ---- orders ---------------------------------------------------------------------------------

TEST_F(HuixingyunCliTest, BuyNeedsYesAndIsSentOnce)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString image = sim(seeded(kHourlyRunning, QStringLiteral("Hour")))[QStringLiteral("image")][QStringLiteral("image_id")].toString();
    ASSERT_FALSE(image.isEmpty());
    const QStringList buy{QStringLiteral("buy"), QStringLiteral("--product"), kHourlyRunning, QStringLiteral("--image"), image,
                          QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--gpus"), QStringLiteral("2"),
                          QStringLiteral("--pay"), QStringLiteral("hourly")};

    const CliRun refused = run(buy);
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--yes"))) << refused;
    EXPECT_EQ(backend()->buyCount(), 0);
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/buy")), 0);

    const QStringList before = backend()->instanceIds();
    const int remain = backend()->gpuRemain(kHourlyRunning);
    const CliRun bought = run(buy + QStringList{QStringLiteral("--yes"), QStringLiteral("--wait")});
    ASSERT_EQ(bought.exitCode, 0) << bought;
    EXPECT_EQ(backend()->buyCount(), 1);
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/buy")), 1);
    EXPECT_EQ(backend()->gpuRemain(kHourlyRunning), remain - 2);
    const QString id = bought.outText().trimmed();
    EXPECT_FALSE(before.contains(id)) << bought;
    ASSERT_TRUE(backend()->instanceIds().contains(id)) << bought;
    EXPECT_EQ(sim(id)[QStringLiteral("size")][QStringLiteral("gpu")].toString(), QStringLiteral("2"));
    EXPECT_EQ(sim(id)[QStringLiteral("image")][QStringLiteral("image_id")].toString(), image);

    // Without --wait: the order ids, in JSON too.
    const CliRun json = run(QStringList{QStringLiteral("--json")} + buy + QStringList{QStringLiteral("--yes")});
    ASSERT_EQ(json.exitCode, 0) << json;
    EXPECT_EQ(backend()->buyCount(), 2);
    const QJsonArray orders = json.json()[QStringLiteral("orders")].toArray();
    ASSERT_EQ(orders.size(), 1) << json;
    EXPECT_EQ(json.json()[QStringLiteral("succeeded")].toInt(), 1);
    EXPECT_TRUE(json.json()[QStringLiteral("instances")].isNull()) << json;
    bool found = false;
    for (const QString &gid : backend()->instanceIds())
        found = found || sim(gid)[QStringLiteral("order_uid")].toString() == orders[0].toString();
    EXPECT_TRUE(found) << json;
}

TEST_F(HuixingyunCliTest, InvalidOrdersAreRefusedBeforeSending)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString image = sim(seeded(kHourlyRunning, QStringLiteral("Hour")))[QStringLiteral("image")][QStringLiteral("image_id")].toString();
    const QString otherZoneImage =
        sim(seeded(kMonthlyRunning, QStringLiteral("Month")))[QStringLiteral("image")][QStringLiteral("image_id")].toString();
    const auto buy = [&](const QStringList &extra) {
        return run(QStringList{QStringLiteral("buy"), QStringLiteral("--product"), kHourlyRunning, QStringLiteral("--pay"),
                               QStringLiteral("hourly"), QStringLiteral("--yes")}
                   + extra);
    };
    const int remain = backend()->gpuRemain(kHourlyRunning);

    const CliRun tooManyGpus = buy({QStringLiteral("--image"), image, QStringLiteral("--gpus"), QString::number(remain + 1)});
    EXPECT_EQ(tooManyGpus.exitCode, 2) << tooManyGpus;
    EXPECT_TRUE(tooManyGpus.errText().contains(QString::number(remain))) << "says how many: " << tooManyGpus;
    const CliRun oddDisk = buy({QStringLiteral("--image"), image, QStringLiteral("--extra-disk"), QStringLiteral("150")});
    EXPECT_EQ(oddDisk.exitCode, 2) << oddDisk;
    EXPECT_TRUE(oddDisk.errText().contains(QStringLiteral("100"))) << oddDisk;
    const CliRun otherZone = buy({QStringLiteral("--image"), otherZoneImage});
    EXPECT_EQ(otherZone.exitCode, 2) << otherZone;
    const CliRun noProduct = run({QStringLiteral("buy"), QStringLiteral("--product"), QStringLiteral("no_such_gpu"),
                                  QStringLiteral("--image"), image, QStringLiteral("--pay"), QStringLiteral("hourly"),
                                  QStringLiteral("--yes")});
    EXPECT_EQ(noProduct.exitCode, 2) << noProduct;
    const CliRun badPay = buy({QStringLiteral("--image"), image, QStringLiteral("--pay"), QStringLiteral("weekly")});
    EXPECT_EQ(badPay.exitCode, 2) << badPay;
    const CliRun noImage = buy({});
    EXPECT_EQ(noImage.exitCode, 2) << noImage;
    const CliRun zeroCount = buy({QStringLiteral("--image"), image, QStringLiteral("--count"), QStringLiteral("0")});
    EXPECT_EQ(zeroCount.exitCode, 2) << zeroCount;

    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/buy")), 0);
    EXPECT_EQ(backend()->buyCount(), 0);
}

TEST_F(HuixingyunCliTest, PartialOrderSaysSoAndFails)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString image = sim(seeded(kHourlyRunning, QStringLiteral("Hour")))[QStringLiteral("image")][QStringLiteral("image_id")].toString();
    const int remain = backend()->gpuRemain(kHourlyRunning);
    ASSERT_EQ(remain, 8) << "the seed changed";
    // Three instances of four GPUs, from eight: two are made, one fails for lack of stock.
    const CliRun r = run({QStringLiteral("buy"), QStringLiteral("--product"), kHourlyRunning, QStringLiteral("--image"), image,
                          QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--gpus"), QStringLiteral("4"),
                          QStringLiteral("--pay"), QStringLiteral("daily"), QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(backend()->buyCount(), 2);
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/buy")), 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("Only 2 of 3"))) << r;
    EXPECT_EQ(r.outText().trimmed().split(u'\n').size(), 2) << "the two order ids: " << r;
}

TEST_F(HuixingyunCliTest, BuyAnApplication)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QStringList buy{QStringLiteral("buy-app"), QStringLiteral("--app"), QStringLiteral("comfyui"), QStringLiteral("--pay"),
                          QStringLiteral("hourly")};
    const CliRun refused = run(buy);
    EXPECT_EQ(refused.exitCode, 4) << refused;
    EXPECT_EQ(backend()->buyCount(), 0);

    const CliRun unknown = run({QStringLiteral("buy-app"), QStringLiteral("--app"), QStringLiteral("photoshop"),
                                QStringLiteral("--pay"), QStringLiteral("hourly"), QStringLiteral("--yes")});
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("comfyui"))) << "lists the known ones: " << unknown;
    EXPECT_EQ(requests(QStringLiteral("/gpu/application/buy")), 0);

    const CliRun bought = run(buy + QStringList{QStringLiteral("--yes"), QStringLiteral("--wait")});
    ASSERT_EQ(bought.exitCode, 0) << bought;
    EXPECT_EQ(backend()->buyCount(), 1);
    EXPECT_EQ(requests(QStringLiteral("/gpu/application/buy")), 1);
    const QString id = bought.outText().trimmed();
    ASSERT_TRUE(backend()->instanceIds().contains(id)) << bought;
    EXPECT_EQ(sim(id)[QStringLiteral("app_metadata")][QStringLiteral("app_type")].toString(), QStringLiteral("comfyui"));
}

// ---- actions --------------------------------------------------------------------------------

TEST_F(HuixingyunCliTest, CardlessStopIsFollowedByTheCardlessStart)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = seeded(kHourlyRunning, QStringLiteral("Hour"));
    ASSERT_EQ(simStatus(id), QStringLiteral("Running"));

    const CliRun stopped = run({QStringLiteral("stop"), id, QStringLiteral("--cardless")});
    ASSERT_EQ(stopped.exitCode, 0) << stopped;
    EXPECT_TRUE(stopped.outText().contains(QStringLiteral("✓ ") + id)) << stopped;
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/stop")), 1);
    EXPECT_EQ(backend()->stopMode(id), QStringLiteral("card_less"));
    ASSERT_TRUE(waitForStatus(id, QStringLiteral("Stopped")));

    // Another run remembers how it was stopped.
    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("list")});
    EXPECT_TRUE(byId(listed.json().array(), id)[QStringLiteral("statusText")].toString().contains(QStringLiteral("card-less")))
        << listed;

    const CliRun started = run({QStringLiteral("start"), id});
    ASSERT_EQ(started.exitCode, 0) << started;
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/cardless/start")), 1);
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/start")), 0) << "straight to the right start call";
    EXPECT_TRUE(waitForStatus(id, QStringLiteral("Running")));
}

TEST_F(HuixingyunCliTest, MixedDestroyIsOneRequestAnsweredPerId)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString destroyable = seeded(kHourlyStoppedWindows, QStringLiteral("Hour")); // hourly, stopped
    const QString daily = seeded(kDailyStopped, QStringLiteral("Day"));                // stopped, but daily
    ASSERT_FALSE(destroyable.isEmpty());
    ASSERT_FALSE(daily.isEmpty());
    const QString path = QStringLiteral("/gpu/instances/destroy");

    const CliRun unconfirmed = run({QStringLiteral("destroy"), destroyable, daily});
    EXPECT_EQ(unconfirmed.exitCode, 4) << unconfirmed;
    EXPECT_EQ(requests(path), 0);

    // None can be destroyed: refused as a whole.
    const CliRun monthly = run({QStringLiteral("destroy"), seeded(kMonthlyRunning, QStringLiteral("Month")), QStringLiteral("--yes")});
    EXPECT_EQ(monthly.exitCode, 4) << monthly;
    EXPECT_TRUE(monthly.errText().contains(QStringLiteral("hourly"))) << "the reason: " << monthly;
    EXPECT_EQ(requests(path), 0);

    const CliRun mixed = run({QStringLiteral("destroy"), destroyable, daily, QStringLiteral("--yes")});
    EXPECT_EQ(mixed.exitCode, 1) << mixed;
    EXPECT_EQ(requests(path), 1);
    EXPECT_EQ(backend()->requestCountFor(destroyable, path), 1);
    EXPECT_EQ(backend()->requestCountFor(daily, path), 0);
    EXPECT_TRUE(mixed.outText().contains(QStringLiteral("✓ ") + destroyable)) << mixed;
    EXPECT_TRUE(mixed.outText().contains(QStringLiteral("✗ ") + daily + QStringLiteral(": "))) << mixed;
    EXPECT_TRUE(waitFor([&] { return !backend()->instanceIds().contains(destroyable); }, 5000));
    EXPECT_EQ(simStatus(daily), QStringLiteral("Stopped"));

    // A typo stops everything before anything is sent.
    const CliRun typo = run({QStringLiteral("stop"), seeded(kDailyRunning, QStringLiteral("Day")), QStringLiteral("gpu-nope")});
    EXPECT_EQ(typo.exitCode, 1) << typo;
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/stop")), 0);
}

TEST_F(HuixingyunCliTest, SeveralIdsGoInOneRequest)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString daily = seeded(kDailyRunning, QStringLiteral("Day"));
    const QString app = seeded(kMonthlyRunning, QStringLiteral("Hour"));
    ASSERT_FALSE(daily.isEmpty());
    ASSERT_FALSE(app.isEmpty());

    const CliRun stopped = run({QStringLiteral("--json"), QStringLiteral("stop"), daily, app});
    ASSERT_EQ(stopped.exitCode, 0) << stopped;
    EXPECT_EQ(requests(QStringLiteral("/gpu/instances/stop")), 1);
    const QJsonArray results = stopped.json().array();
    ASSERT_EQ(results.size(), 2) << stopped;
    for (const QJsonValue &r : results) {
        EXPECT_TRUE(r[QStringLiteral("ok")].toBool()) << stopped;
        EXPECT_TRUE(r[QStringLiteral("error")].isNull());
        EXPECT_EQ(r[QStringLiteral("action")].toString(), QStringLiteral("stop"));
    }
    EXPECT_EQ(backend()->stopMode(daily), QStringLiteral("normal"));
    EXPECT_EQ(backend()->stopMode(app), QStringLiteral("normal"));
}

TEST_F(HuixingyunCliTest, RebuildFromAnImageOfTheSameSystem)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString linuxHost = seeded(kHourlyRunning, QStringLiteral("Hour"));
    const QString windows = seeded(kHourlyStoppedWindows, QStringLiteral("Hour"));
    const QString tensorflow = publicImageId(kHourlyRunning, QStringLiteral("ubuntu20.04-cuda11.8-tensorflow2.13"));
    ASSERT_FALSE(tensorflow.isEmpty());
    const QString path = QStringLiteral("/gpu/instances/rebuild");

    EXPECT_EQ(run({QStringLiteral("rebuild"), linuxHost, QStringLiteral("--yes")}).exitCode, 2) << "no --image";
    const CliRun unconfirmed = run({QStringLiteral("rebuild"), linuxHost, QStringLiteral("--image"), tensorflow});
    EXPECT_EQ(unconfirmed.exitCode, 4) << unconfirmed;
    EXPECT_TRUE(unconfirmed.errText().contains(QStringLiteral("wipes"))) << "the platform's warning: " << unconfirmed;

    // Windows to Linux is not possible: refused with the reason, nothing sent.
    const CliRun crossOs = run({QStringLiteral("rebuild"), windows, QStringLiteral("--image"), tensorflow, QStringLiteral("--yes")});
    EXPECT_EQ(crossOs.exitCode, 4) << crossOs;
    EXPECT_TRUE(crossOs.errText().contains(QStringLiteral("windows"))) << crossOs;
    EXPECT_EQ(requests(path), 0);

    const CliRun rebuilt = run({QStringLiteral("rebuild"), linuxHost, QStringLiteral("--image"), tensorflow, QStringLiteral("--yes")});
    ASSERT_EQ(rebuilt.exitCode, 0) << rebuilt;
    EXPECT_EQ(requests(path), 1);
    EXPECT_TRUE(waitFor(
        [&] { return sim(linuxHost)[QStringLiteral("image")][QStringLiteral("image_id")].toString() == tensorflow; }, 5000));
}

TEST_F(HuixingyunCliTest, LengthenChangesTheBillingOneWay)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString hourly = seeded(kHourlyRunning, QStringLiteral("Hour"));
    const QString monthly = seeded(kMonthlyRunning, QStringLiteral("Month"));
    const QString path = QStringLiteral("/gpu/instances/lengthen");

    EXPECT_EQ(run({QStringLiteral("lengthen"), hourly, QStringLiteral("--pay"), QStringLiteral("hourly"), QStringLiteral("--yes")}).exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("lengthen"), hourly, QStringLiteral("--yes")}).exitCode, 2) << "no --pay";
    const CliRun unconfirmed = run({QStringLiteral("lengthen"), hourly, QStringLiteral("--pay"), QStringLiteral("daily")});
    EXPECT_EQ(unconfirmed.exitCode, 4) << unconfirmed;
    const CliRun alreadyMonthly =
        run({QStringLiteral("lengthen"), monthly, QStringLiteral("--pay"), QStringLiteral("monthly"), QStringLiteral("--yes")});
    EXPECT_EQ(alreadyMonthly.exitCode, 4) << alreadyMonthly;
    EXPECT_TRUE(alreadyMonthly.errText().contains(QStringLiteral("monthly"))) << alreadyMonthly;
    EXPECT_EQ(requests(path), 0);

    const CliRun changed = run({QStringLiteral("lengthen"), hourly, QStringLiteral("--pay"), QStringLiteral("daily"), QStringLiteral("--yes")});
    ASSERT_EQ(changed.exitCode, 0) << changed;
    EXPECT_EQ(requests(path), 1);
    EXPECT_EQ(sim(hourly)[QStringLiteral("pay_method")].toString(), QStringLiteral("Day"));

    // Daily can only go on to monthly.
    const CliRun again = run({QStringLiteral("lengthen"), hourly, QStringLiteral("--pay"), QStringLiteral("daily"), QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 4) << again;
    EXPECT_EQ(requests(path), 1);
}

TEST_F(HuixingyunCliTest, RenewExtendsPrepaidInstancesOnly)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString daily = seeded(kDailyRunning, QStringLiteral("Day"));
    const QString dailyStopped = seeded(kDailyStopped, QStringLiteral("Day"));
    const QString hourly = seeded(kHourlyRunning, QStringLiteral("Hour"));
    const QString path = QStringLiteral("/gpu/instances/renew");
    const auto expiry = [&](const QString &gid) {
        return QDateTime::fromString(sim(gid)[QStringLiteral("expire_at")].toString(), Qt::ISODate);
    };

    EXPECT_EQ(run({QStringLiteral("renew"), daily, QStringLiteral("--periods"), QStringLiteral("0"), QStringLiteral("--yes")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("renew"), daily, QStringLiteral("--yes")}).exitCode, 2) << "no --periods";
    const CliRun unconfirmed = run({QStringLiteral("renew"), daily, QStringLiteral("--periods"), QStringLiteral("3")});
    EXPECT_EQ(unconfirmed.exitCode, 4) << unconfirmed;
    const CliRun hourlyRefused = run({QStringLiteral("renew"), hourly, QStringLiteral("--periods"), QStringLiteral("1"), QStringLiteral("--yes")});
    EXPECT_EQ(hourlyRefused.exitCode, 4) << hourlyRefused;
    EXPECT_TRUE(hourlyRefused.errText().contains(QStringLiteral("Hourly"))) << hourlyRefused;
    // Twelve is for months; a daily instance renews for 1, 3 or 7 days.
    const CliRun wrongPeriod = run({QStringLiteral("renew"), daily, QStringLiteral("--periods"), QStringLiteral("12"), QStringLiteral("--yes")});
    EXPECT_EQ(wrongPeriod.exitCode, 4) << wrongPeriod;
    EXPECT_TRUE(wrongPeriod.errText().contains(QStringLiteral("7"))) << wrongPeriod;
    EXPECT_EQ(requests(path), 0);

    const QDateTime before = expiry(daily);
    ASSERT_TRUE(before.isValid());
    const CliRun renewed = run({QStringLiteral("renew"), daily, QStringLiteral("--periods"), QStringLiteral("3"), QStringLiteral("--yes")});
    ASSERT_EQ(renewed.exitCode, 0) << renewed;
    EXPECT_EQ(requests(path), 1);
    EXPECT_EQ(before.secsTo(expiry(daily)), 3 * 24 * 3600);

    // Two at once: one request, both renewed.
    const QDateTime stoppedBefore = expiry(dailyStopped);
    const CliRun both = run({QStringLiteral("--json"), QStringLiteral("renew"), daily, dailyStopped, QStringLiteral("--periods"),
                             QStringLiteral("1"), QStringLiteral("--yes")});
    ASSERT_EQ(both.exitCode, 0) << both;
    EXPECT_EQ(requests(path), 2);
    EXPECT_EQ(both.json().array().size(), 2) << both;
    EXPECT_EQ(stoppedBefore.secsTo(expiry(dailyStopped)), 24 * 3600);
}

TEST_F(HuixingyunCliTest, SnapshotSavesOneInstanceAsAnImage)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString running = seeded(kHourlyRunning, QStringLiteral("Hour"));
    const QString stopped = seeded(kHourlyStoppedWindows, QStringLiteral("Hour"));
    const QString path = QStringLiteral("/gpu/instance/snapshot");

    EXPECT_EQ(run({QStringLiteral("snapshot"), running}).exitCode, 2) << "no --name";
    EXPECT_EQ(run({QStringLiteral("snapshot"), running, stopped, QStringLiteral("--name"), QStringLiteral("x")}).exitCode, 2)
        << "one at a time";

    // Booting: refused until it has settled.
    backend()->setTransitionMs(60000);
    ASSERT_EQ(run({QStringLiteral("start"), stopped}).exitCode, 0);
    ASSERT_EQ(simStatus(stopped), QStringLiteral("Starting"));
    const CliRun booting = run({QStringLiteral("snapshot"), stopped, QStringLiteral("--name"), QStringLiteral("x")});
    EXPECT_EQ(booting.exitCode, 4) << booting;
    EXPECT_EQ(requests(path), 0);
    backend()->setTransitionMs(100);

    const CliRun saved = run({QStringLiteral("snapshot"), running, QStringLiteral("--name"), QStringLiteral("ci-镜像")});
    ASSERT_EQ(saved.exitCode, 0) << saved;
    EXPECT_EQ(requests(path), 1);
    EXPECT_TRUE(waitFor(
        [&] {
            for (const QJsonObject &image : backend()->customImages()) {
                if (image[QStringLiteral("name")].toString() == QStringLiteral("ci-镜像"))
                    return image[QStringLiteral("room_name")].toString() == QStringLiteral("106");
            }
            return false;
        },
        5000));
    const CliRun mine = run({QStringLiteral("images"), QStringLiteral("--mine"), QStringLiteral("--room"), QStringLiteral("106")});
    EXPECT_TRUE(mine.outText().contains(QStringLiteral("ci-镜像"))) << mine;
}

// ---- balance, list, show --------------------------------------------------------------------

TEST_F(HuixingyunCliTest, BalanceSaysThereIsNoneAndSkipsIt)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("cy"), QStringLiteral("--platform"),
                   QStringLiteral("chenyu"), QStringLiteral("--base-url"), baseUrl(QStringLiteral("chenyu")),
                   QStringLiteral("--secret-stdin")},
                  m_env->chenyu()->apiKey().toUtf8() + '\n')
                  .exitCode,
              0);
    m_env->chenyu()->setBalanceFen(12345);

    const CliRun one = run({QStringLiteral("balance"), QStringLiteral("--account"), kAccount});
    EXPECT_EQ(one.exitCode, 4) << one;
    EXPECT_TRUE(one.errText().contains(QStringLiteral("no balance"))) << one;
    EXPECT_TRUE(one.out.isEmpty()) << one;

    const CliRun all = run({QStringLiteral("balance")});
    EXPECT_EQ(all.exitCode, 0) << all;
    EXPECT_TRUE(all.outText().contains(QStringLiteral("123.45"))) << "the others still show: " << all;
    EXPECT_TRUE(all.errText().contains(kAccount)) << all;
    EXPECT_TRUE(all.errText().contains(QStringLiteral("no balance"))) << all;

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("balance")});
    EXPECT_EQ(json.exitCode, 0) << json;
    ASSERT_EQ(json.json().array().size(), 1) << json;
    EXPECT_EQ(json.json().array()[0][QStringLiteral("account")].toString(), QStringLiteral("cy"));
}

TEST_F(HuixingyunCliTest, ListAndShowNeverPrintTheSshPassword)
{
    ASSERT_EQ(addAccount().exitCode, 0);
    const QString id = seeded(kHourlyRunning, QStringLiteral("Hour"));
    const QJsonObject instance = sim(id);
    const QString password = instance[QStringLiteral("password")].toString();
    ASSERT_FALSE(password.isEmpty());

    // run() fails the test if any instance's password shows.
    const CliRun list = run({QStringLiteral("--json"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list;
    EXPECT_EQ(list.json().array().size(), backend()->instanceIds().size()) << list;
    EXPECT_EQ(byId(list.json().array(), id)[QStringLiteral("platform")].toString(), QStringLiteral("huixingyun"));
    EXPECT_EQ(run({QStringLiteral("list")}).exitCode, 0);

    const CliRun human = run({QStringLiteral("show"), id});
    ASSERT_EQ(human.exitCode, 0) << human;
    EXPECT_TRUE(human.outText().contains(instance[QStringLiteral("ip")].toString())) << human;
    EXPECT_TRUE(human.outText().contains(QString::number(instance[QStringLiteral("port")].toInt()))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("root"))) << human;
    EXPECT_TRUE(human.outText().contains(QStringLiteral("(hidden; use --reveal-password)"))) << human;

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("show"), id});
    ASSERT_EQ(json.exitCode, 0) << json;
    const QJsonObject remote = json.json()[QStringLiteral("remote")].toObject();
    EXPECT_EQ(remote[QStringLiteral("host")].toString(), instance[QStringLiteral("ip")].toString());
    EXPECT_EQ(remote[QStringLiteral("port")].toInt(), instance[QStringLiteral("port")].toInt());
    EXPECT_TRUE(remote[QStringLiteral("password")].isNull()) << json;
    EXPECT_FALSE(json.json()[QStringLiteral("raw")].toObject().contains(QStringLiteral("password"))) << json;

    const CliRun revealed = run({QStringLiteral("show"), id, QStringLiteral("--reveal-password")}, {}, Shown::SshPasswords);
    ASSERT_EQ(revealed.exitCode, 0) << revealed;
    EXPECT_TRUE(revealed.outText().contains(password)) << revealed;
    const CliRun revealedJson =
        run({QStringLiteral("--json"), QStringLiteral("show"), id, QStringLiteral("--reveal-password")}, {}, Shown::SshPasswords);
    EXPECT_EQ(revealedJson.json()[QStringLiteral("remote")][QStringLiteral("password")].toString(), password) << revealedJson;
}

TEST_F(HuixingyunCliTest, HelpCoversTheNewCommands)
{
    for (const QString &command : {QStringLiteral("tokens"), QStringLiteral("products"), QStringLiteral("apps"),
                                   QStringLiteral("images"), QStringLiteral("buy"), QStringLiteral("buy-app"),
                                   QStringLiteral("rebuild"), QStringLiteral("snapshot"), QStringLiteral("lengthen"),
                                   QStringLiteral("renew")}) {
        const CliRun help = run({command, QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << help;
        EXPECT_TRUE(help.outText().contains(QStringLiteral("suanli-cli ") + command)) << help;
        EXPECT_TRUE(run({QStringLiteral("--help")}).outText().contains(command));
    }
    EXPECT_TRUE(run({QStringLiteral("stop"), QStringLiteral("--help")}).outText().contains(QStringLiteral("--cardless")));
    EXPECT_TRUE(run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--help")})
                    .outText()
                    .contains(QStringLiteral("--password-stdin")));
}

} // namespace
