// The UNIS client core against a scripted login server on loopback: the encrypted sign-in, the
// bearer token, renewal before expiry, one transparent sign-in after an auth failure, one shared
// sign-in for concurrent calls, raw answers, and the account's CA certificate option.

#include "waitfor.h"

#include "core/accountsession.h"
#include "core/httpclient.h"
#include "core/redactor.h"
#include "platforms/unis/unisclient.h"
#include "platforms/unis/unislogin.h"
#include "sim/backend.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace suanli;
using namespace suanli::unis;
using suanli::test::waitFor;

namespace {

const QByteArray kKey = QByteArrayLiteral("0123456789ABCDEF");

QString makeToken(qint64 exp, int serial)
{
    QJsonObject claims{{QStringLiteral("userName"), QStringLiteral("opuser")},
                       {QStringLiteral("userId"), QStringLiteral("38")},
                       {QStringLiteral("serial"), serial}};
    if (exp > 0)
        claims.insert(QStringLiteral("exp"), exp);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    return QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
        + QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + QStringLiteral(".c2ln");
}

// A login server in a few lines: it knows one user and the key, hands out tokens and checks
// them on /api/ping; /api/text answers plain text, /api/refuse a platform error.
class ScriptedUnis final : public sim::Backend
{
public:
    sim::SimReply handle(const sim::SimRequest &request) override
    {
        if (request.path == u"/prod-api/login") {
            ++logins;
            lastLogin = QJsonDocument::fromJson(request.body).object();
            const QString password = lastLogin.value(QStringLiteral("password")).toString();
            const QString expected = plainPassword ? QStringLiteral("Test@123")
                                                   : Login::encryptPassword(QStringLiteral("Test@123"), kKey).value();
            if (lastLogin.value(QStringLiteral("username")).toString() != u"opuser" || password != expected)
                return sim::SimReply::json({{QStringLiteral("msg"), QStringLiteral("用户不存在/密码错误")}, {QStringLiteral("code"), 500}});
            const QString token = makeToken(tokenLifetimeSecs > 0 ? QDateTime::currentSecsSinceEpoch() + tokenLifetimeSecs : 0, logins);
            valid.insert(token);
            return sim::SimReply::json({{QStringLiteral("msg"), QStringLiteral("操作成功")},
                                        {QStringLiteral("code"), 200},
                                        {QStringLiteral("token"), token}});
        }
        const QByteArray auth = request.header("Authorization");
        lastAuthorization = auth;
        const bool ok = auth.startsWith("Bearer ") && valid.contains(QString::fromUtf8(auth.mid(7))) && !rejectAll;
        if (request.path == u"/api/ping" || request.path == u"/api/file/file/uploadFolder") {
            ++pings;
            paths.append(request.path + (request.query.isEmpty() ? QString() : u'?' + request.query.toString()));
            if (!ok)
                return sim::SimReply::json({{QStringLiteral("msg"), QStringLiteral("请求访问：/api/ping，认证失败，无法访问系统资源")},
                                            {QStringLiteral("code"), 401}},
                                           {}, authFailureStatus);
            return sim::SimReply::json({{QStringLiteral("success"), true},
                                        {QStringLiteral("errorCode"), 200},
                                        {QStringLiteral("message"), QStringLiteral("ok")},
                                        {QStringLiteral("result"), QJsonObject{{QStringLiteral("pong"), pings}}}});
        }
        if (request.path == u"/api/text") {
            if (!ok)
                return sim::SimReply::json({{QStringLiteral("msg"), QStringLiteral("认证失败")}, {QStringLiteral("code"), 401}});
            return sim::SimReply::text(200, "line 1\nline 2\n");
        }
        if (request.path == u"/api/refuse")
            return sim::SimReply::json({{QStringLiteral("success"), false},
                                        {QStringLiteral("returnCode"), 500},
                                        {QStringLiteral("message"), QStringLiteral("任务不存在")},
                                        {QStringLiteral("data"), QStringLiteral("error")}});
        return sim::SimReply::text(404, "not found");
    }

    void invalidateTokens() { valid.clear(); }

    int logins = 0;
    int pings = 0;
    QStringList paths;
    QJsonObject lastLogin;
    QByteArray lastAuthorization;
    QSet<QString> valid;
    qint64 tokenLifetimeSecs = 3600;
    bool plainPassword = false;
    bool rejectAll = false;
    int authFailureStatus = 200;
};

class UnisClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = std::make_unique<sim::SimServer>(&backend);
        ASSERT_TRUE(server->start()) << server->errorString().toStdString();
        account.id = Account::newId();
        account.displayName = QStringLiteral("unis-test");
        account.platform = QStringLiteral("unis");
        account.baseUrl = server->baseUrl();
        account.login = QStringLiteral("opuser");
        account.options.insert(Login::keyOption(), QString::fromLatin1(kKey));
        makeSession();
    }

    void makeSession()
    {
        client.reset();
        session = std::make_unique<AccountSession>(account, nullptr);
        session->setSecret(QStringLiteral("Test@123"));
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        session->http()->setRetryPolicy(fast);
        client = std::make_unique<Client>(session.get());
    }

    Result<Envelope> ping(const QString &path = QStringLiteral("/api/ping"))
    {
        QObject context;
        std::optional<Result<Envelope>> out;
        client->call(HttpRequest::postJson(client->url(path), "{}"), &context,
                     [&](const Result<Envelope> &r) { out.emplace(r); });
        if (!waitFor([&] { return out.has_value(); }, 10000))
            return ApiError::timeout();
        return *out;
    }

    ScriptedUnis backend;
    std::unique_ptr<sim::SimServer> server;
    Account account;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<Client> client;
};

} // namespace

TEST_F(UnisClientTest, UrlJoinsDocumentPathsAsWritten)
{
    const QString base = server->baseUrl().toString();
    EXPECT_EQ(client->url(QStringLiteral("/prod-api/getInfo")).toString(), base + QStringLiteral("/prod-api/getInfo"));
    EXPECT_EQ(client->url(QStringLiteral("api/file/file/uploadFolder")).toString(), base + QStringLiteral("/api/file/file/uploadFolder"));
    EXPECT_EQ(client->url(QStringLiteral("/api/kernel/notebooks/abc:close")).toString(),
              base + QStringLiteral("/api/kernel/notebooks/abc:close"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("taskId"), QStringLiteral("t1"));
    EXPECT_EQ(client->url(QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask"), q).toString(),
              base + QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask?taskId=t1"));
    // A base URL with a trailing slash or a path of its own.
    account.baseUrl = QUrl(base + QStringLiteral("/unis/"));
    session->setAccount(account);
    EXPECT_EQ(client->url(QStringLiteral("api/x")).toString(), base + QStringLiteral("/unis/api/x"));
}

TEST_F(UnisClientTest, SignsInWithTheEncryptedPasswordAndSendsTheBearerToken)
{
    const Result<Envelope> r = ping();
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().data.toObject().value(QStringLiteral("pong")).toInt(), 1);
    EXPECT_EQ(backend.logins, 1);
    EXPECT_EQ(backend.lastLogin.value(QStringLiteral("username")).toString(), QStringLiteral("opuser"));
    // The document's cipher of "Test@123", never the password itself.
    EXPECT_EQ(backend.lastLogin.value(QStringLiteral("password")).toString(),
              Login::encryptPassword(QStringLiteral("Test@123"), kKey).value());
    EXPECT_TRUE(backend.lastAuthorization.startsWith("Bearer eyJ"));
    EXPECT_TRUE(client->hasToken());
    // Further calls reuse the token.
    ASSERT_TRUE(ping());
    ASSERT_TRUE(ping());
    EXPECT_EQ(backend.logins, 1);
    EXPECT_EQ(client->signInCount(), 1);
    // The token never shows in anything redacted.
    const QString token = QString::fromUtf8(backend.lastAuthorization.mid(7));
    EXPECT_FALSE(Redactor::redact(QStringLiteral("sent ") + token).contains(token));
}

TEST_F(UnisClientTest, PlainPasswordBeforeD11)
{
    backend.plainPassword = true;
    account.options.remove(Login::keyOption());
    account.options.insert(Login::plainPasswordOption(), QStringLiteral("true"));
    makeSession();
    ASSERT_TRUE(ping());
    EXPECT_EQ(backend.lastLogin.value(QStringLiteral("password")).toString(), QStringLiteral("Test@123"));
}

TEST_F(UnisClientTest, MissingKeyOrCredentialsFailBeforeSending)
{
    account.options.remove(Login::keyOption());
    makeSession();
    Result<Envelope> r = ping();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("aes-key")));
    account.options.insert(Login::keyOption(), QStringLiteral("too-short"));
    makeSession();
    r = ping();
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("16, 24 or 32")));
    account.options.insert(Login::keyOption(), QString::fromLatin1(kKey));
    account.login.clear();
    makeSession();
    r = ping();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(backend.logins, 0);
    EXPECT_EQ(backend.pings, 0);
}

TEST_F(UnisClientTest, WrongPasswordIsAnAuthErrorWithThePlatformsWords)
{
    session->setSecret(QStringLiteral("wrong"));
    const Result<Envelope> r = ping();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("用户不存在/密码错误")));
    EXPECT_EQ(backend.logins, 1);
    EXPECT_EQ(backend.pings, 0);
}

TEST_F(UnisClientTest, RenewsShortlyBeforeExpiry)
{
    backend.tokenLifetimeSecs = 600;
    QDateTime now = QDateTime::currentDateTimeUtc();
    client->setClock([&now] { return now; });
    ASSERT_TRUE(ping());
    ASSERT_TRUE(client->tokenExpiry().has_value());
    EXPECT_NEAR(double(now.secsTo(*client->tokenExpiry())), 600.0, 5.0);
    now = now.addSecs(500); // 100 s left: still fine
    ASSERT_TRUE(ping());
    EXPECT_EQ(backend.logins, 1);
    now = now.addSecs(50); // under a minute left: sign in first
    ASSERT_TRUE(ping());
    EXPECT_EQ(backend.logins, 2);
    EXPECT_EQ(backend.pings, 3); // nothing sent with the old token, nothing refused
}

TEST_F(UnisClientTest, TokenThatLooksExpiredOnArrivalIsUsedUntilRefused)
{
    backend.tokenLifetimeSecs = 30; // inside the renewal margin at once
    ASSERT_TRUE(ping());
    ASSERT_TRUE(ping());
    EXPECT_EQ(backend.logins, 1);
}

TEST_F(UnisClientTest, SignsInAgainOnceAfterAnAuthFailure)
{
    ASSERT_TRUE(ping());
    backend.invalidateTokens(); // the platform restarted, or the session was ended elsewhere
    const Result<Envelope> r = ping();
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(backend.logins, 2);
    EXPECT_EQ(backend.pings, 3);
    // The same over HTTP 401.
    backend.authFailureStatus = 401;
    backend.invalidateTokens();
    ASSERT_TRUE(ping());
    EXPECT_EQ(backend.logins, 3);
}

TEST_F(UnisClientTest, SurfacesTheAuthErrorWhenTheNewTokenIsRefusedToo)
{
    ASSERT_TRUE(ping());
    backend.rejectAll = true;
    const int pingsBefore = backend.pings;
    const Result<Envelope> r = ping();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("认证失败")));
    EXPECT_EQ(backend.logins, 2);               // one sign-in more, not a loop
    EXPECT_EQ(backend.pings, pingsBefore + 2);  // the call and its one repeat
}

TEST_F(UnisClientTest, ConcurrentCallsShareOneSignIn)
{
    QObject context;
    int ok = 0;
    for (int i = 0; i < 8; ++i)
        client->call(HttpRequest::postJson(client->url(QStringLiteral("/api/ping")), "{}"), &context,
                     [&ok](const Result<Envelope> &r) { ok += r ? 1 : 0; });
    ASSERT_TRUE(waitFor([&] { return ok == 8; }, 10000)) << ok;
    EXPECT_EQ(backend.logins, 1);
    // Refused together, renewed together: still one sign-in.
    backend.invalidateTokens();
    ok = 0;
    for (int i = 0; i < 5; ++i)
        client->call(HttpRequest::postJson(client->url(QStringLiteral("/api/ping")), "{}"), &context,
                     [&ok](const Result<Envelope> &r) { ok += r ? 1 : 0; });
    ASSERT_TRUE(waitFor([&] { return ok == 5; }, 10000)) << ok;
    EXPECT_EQ(backend.logins, 2);
}

TEST_F(UnisClientTest, CompletionsComeFromTheEventLoopAndOnlyWhileTheContextLives)
{
    bool called = false;
    {
        QObject context;
        client->call(HttpRequest::postJson(client->url(QStringLiteral("/api/ping")), "{}"), &context,
                     [&called](const Result<Envelope> &) { called = true; });
        EXPECT_FALSE(called); // never synchronous
    }
    QObject other;
    bool otherDone = false;
    client->call(HttpRequest::postJson(client->url(QStringLiteral("/api/ping")), "{}"), &other,
                 [&otherDone](const Result<Envelope> &) { otherDone = true; });
    ASSERT_TRUE(waitFor([&] { return otherDone; }, 10000));
    EXPECT_FALSE(called);
    // A held token: the call still completes later, not inside call().
    bool later = false;
    client->call(HttpRequest::postJson(client->url(QStringLiteral("/api/ping")), "{}"), &other,
                 [&later](const Result<Envelope> &) { later = true; });
    EXPECT_FALSE(later);
    ASSERT_TRUE(waitFor([&] { return later; }, 10000));
}

TEST_F(UnisClientTest, RawAnswersAndEnvelopeRefusals)
{
    QObject context;
    std::optional<Result<HttpResponse>> text;
    client->callRaw(HttpRequest::get(client->url(QStringLiteral("/api/text"))), &context,
                    [&](const Result<HttpResponse> &r) { text.emplace(r); });
    ASSERT_TRUE(waitFor([&] { return text.has_value(); }, 10000));
    ASSERT_TRUE(*text);
    EXPECT_EQ(text->value().body, QByteArray("line 1\nline 2\n"));
    // An auth refusal inside a raw answer renews the sign-in like any other.
    backend.invalidateTokens();
    text.reset();
    client->callRaw(HttpRequest::get(client->url(QStringLiteral("/api/text"))), &context,
                    [&](const Result<HttpResponse> &r) { text.emplace(r); });
    ASSERT_TRUE(waitFor([&] { return text.has_value(); }, 10000));
    ASSERT_TRUE(*text);
    EXPECT_EQ(backend.logins, 2);
    // A platform error envelope is an error, raw or not.
    std::optional<Result<HttpResponse>> refused;
    client->callRaw(HttpRequest::postJson(client->url(QStringLiteral("/api/refuse")), "{}"), &context,
                    [&](const Result<HttpResponse> &r) { refused.emplace(r); });
    ASSERT_TRUE(waitFor([&] { return refused.has_value(); }, 10000));
    ASSERT_FALSE(*refused);
    EXPECT_EQ(refused->error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(refused->error().message, QStringLiteral("任务不存在"));
    // A missing path: the HTTP status.
    std::optional<Result<HttpResponse>> missing;
    client->callRaw(HttpRequest::get(client->url(QStringLiteral("/api/none"))), &context,
                    [&](const Result<HttpResponse> &r) { missing.emplace(r); });
    ASSERT_TRUE(waitFor([&] { return missing.has_value(); }, 10000));
    ASSERT_FALSE(*missing);
    EXPECT_EQ(missing->error().kind, ApiError::Kind::Http);
    EXPECT_EQ(missing->error().httpStatus, 404);
}

TEST_F(UnisClientTest, ChangedAccountForgetsTheToken)
{
    ASSERT_TRUE(ping());
    account.login = QStringLiteral("opuser");
    session->setAccount(account);
    EXPECT_FALSE(client->hasToken());
    ASSERT_TRUE(ping());
    EXPECT_EQ(backend.logins, 2);
}

TEST_F(UnisClientTest, UnreadableCaCertificateFailsEveryRequestClearly)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-ca.pem"));
    account.options.insert(AccountSession::caCertificateOption(), missing);
    makeSession();
    EXPECT_FALSE(session->tlsSetupError().isEmpty());
    Result<Envelope> r = ping();
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(missing)) << r.error().message.toStdString();
    EXPECT_FALSE(r.error().retryable);
    EXPECT_EQ(backend.logins, 0); // nothing left the process
    // A file that holds no certificate.
    const QString junk = dir.filePath(QStringLiteral("junk.pem"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
    }
    account.options.insert(AccountSession::caCertificateOption(), junk);
    session->setAccount(account);
    r = ping();
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("certificate")));
    // Taking the option away restores the default trust.
    account.options.remove(AccountSession::caCertificateOption());
    session->setAccount(account);
    EXPECT_TRUE(session->tlsSetupError().isEmpty());
    ASSERT_TRUE(ping());
}
