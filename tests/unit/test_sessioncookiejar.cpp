// A cookie session kept as an account's secret: the jar written to one string and read back,
// and an AccountSession whose secret follows its cookies (other secrets stay plain strings).
#include "core/accountsession.h"
#include "core/redactor.h"
#include "core/sessioncookiejar.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QNetworkCookie>
#include <QUrl>

using namespace suanli;

namespace {

QNetworkCookie cookie(const QByteArray &name, const QByteArray &value, const QString &domain = QStringLiteral("127.0.0.1"))
{
    QNetworkCookie c(name, value);
    c.setDomain(domain);
    c.setPath(QStringLiteral("/"));
    return c;
}

Account yuanjingAccount()
{
    Account a;
    a.id = QStringLiteral("acc-1");
    a.displayName = QStringLiteral("yj");
    a.platform = QStringLiteral("yuanjing");
    a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    a.login = QStringLiteral("13800000000");
    return a;
}

TEST(SessionCookieJarTest, EncodesAndDecodesSessionAndPersistentCookies)
{
    QNetworkCookie session = cookie("AIOHTTP_SESSION", "a1b2c3d4e5");
    session.setHttpOnly(true);
    QNetworkCookie persistent = cookie("remember", "r-123456");
    persistent.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(3));
    persistent.setSecure(true);
    const QString secret = SessionCookieJar::encode({session, persistent});
    EXPECT_TRUE(secret.startsWith(QStringLiteral("suanli-cookies/1\n")));
    EXPECT_TRUE(SessionCookieJar::isCookieSecret(secret));
    const auto decoded = SessionCookieJar::decode(secret);
    ASSERT_TRUE(decoded.has_value());
    ASSERT_EQ(decoded->size(), 2);
    EXPECT_EQ(decoded->at(0).name(), QByteArrayLiteral("AIOHTTP_SESSION"));
    EXPECT_EQ(decoded->at(0).value(), QByteArrayLiteral("a1b2c3d4e5"));
    EXPECT_TRUE(decoded->at(0).isSessionCookie());
    EXPECT_TRUE(decoded->at(0).isHttpOnly());
    EXPECT_EQ(decoded->at(0).domain(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(decoded->at(0).path(), QStringLiteral("/"));
    EXPECT_FALSE(decoded->at(1).isSessionCookie());
    EXPECT_TRUE(decoded->at(1).isSecure());
    EXPECT_EQ(SessionCookieJar::encode(*decoded), secret) << "stable: reading and writing again changes nothing";
}

TEST(SessionCookieJarTest, AnEmptyJarIsStillACookieSecret)
{
    const QString secret = SessionCookieJar::encode({});
    EXPECT_FALSE(secret.isEmpty());
    ASSERT_TRUE(SessionCookieJar::decode(secret).has_value());
    EXPECT_TRUE(SessionCookieJar::decode(secret)->isEmpty());
}

TEST(SessionCookieJarTest, ExpiredCookiesAreDroppedAndOtherStringsRejected)
{
    QNetworkCookie old = cookie("old", "gone-value");
    old.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(-60));
    const auto decoded = SessionCookieJar::decode(SessionCookieJar::encode({old, cookie("live", "here-value")}));
    ASSERT_TRUE(decoded.has_value());
    ASSERT_EQ(decoded->size(), 1);
    EXPECT_EQ(decoded->at(0).name(), QByteArrayLiteral("live"));
    EXPECT_FALSE(SessionCookieJar::decode(QStringLiteral("hx-demo-token-0001")).has_value());
    EXPECT_FALSE(SessionCookieJar::decode(QString()).has_value());
    EXPECT_FALSE(SessionCookieJar::decode(QStringLiteral("suanli-cookies/1x")).has_value());
    EXPECT_FALSE(SessionCookieJar::decode(QStringLiteral("suanli-cookies/1\n=nothing")).has_value());
}

TEST(SessionCookieJarTest, TheJarTellsWhenAServerChangesItsCookies)
{
    SessionCookieJar jar;
    int changes = 0;
    QObject::connect(&jar, &SessionCookieJar::changed, &jar, [&changes] { ++changes; });
    jar.replaceCookies({cookie("a", "1111")});
    EXPECT_EQ(changes, 0) << "a restore is no change";
    const QUrl url(QStringLiteral("http://127.0.0.1:8080/rbac/phone_login.dspy"));
    jar.setCookiesFromUrl(QNetworkCookie::parseCookies("AIOHTTP_SESSION=abcdef; Path=/; HttpOnly"), url);
    EXPECT_GE(changes, 1);
    EXPECT_EQ(jar.cookies().size(), 2);
    const int before = changes;
    QNetworkCookie deletion = cookie("a", "");
    deletion.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(-1));
    jar.setCookiesFromUrl({deletion}, url);
    EXPECT_GT(changes, before);
    ASSERT_EQ(jar.cookies().size(), 1);
    EXPECT_EQ(jar.cookies().constFirst().name(), QByteArrayLiteral("AIOHTTP_SESSION"));
}

TEST(AccountSessionCookiesTest, ASecretOfKindCookiesIsRestoredIntoTheJar)
{
    AccountSession session(yuanjingAccount(), nullptr);
    session.setSecretKind(AccountSession::SecretKind::Cookies);
    const QString secret = SessionCookieJar::encode({cookie("AIOHTTP_SESSION", "s-0123456789")});
    int changed = 0;
    QObject::connect(&session, &AccountSession::secretChanged, &session, [&changed] { ++changed; });
    session.setSecret(secret);
    EXPECT_EQ(changed, 0) << "setting the secret is not a change the platform made";
    const QList<QNetworkCookie> sent = session.cookieJar()->cookiesForUrl(session.endpoint(QStringLiteral("/accounting/mybalance.dspy")));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.constFirst().value(), QByteArrayLiteral("s-0123456789"));
    EXPECT_EQ(session.secret(), secret);
    // Never in a log line.
    EXPECT_FALSE(Redactor::redact(QStringLiteral("Cookie: AIOHTTP_SESSION=s-0123456789")).contains(u"s-0123456789"));
}

TEST(AccountSessionCookiesTest, ACookieTheServerSetsBecomesTheNewSecret)
{
    AccountSession session(yuanjingAccount(), nullptr);
    session.setSecretKind(AccountSession::SecretKind::Cookies);
    session.setSecret(SessionCookieJar::encode({cookie("AIOHTTP_SESSION", "anonymous-1")}));
    QStringList changes;
    QObject::connect(&session, &AccountSession::secretChanged, &session,
                     [&changes](const QString &secret) { changes.append(secret); });
    const QUrl login = session.endpoint(QStringLiteral("/rbac/phone_login.dspy"));
    session.cookieJar()->setCookiesFromUrl(QNetworkCookie::parseCookies("AIOHTTP_SESSION=signed-in-2; Path=/; HttpOnly"), login);
    ASSERT_EQ(changes.size(), 1) << "one change, told once";
    EXPECT_EQ(session.secret(), changes.constFirst());
    const auto cookies = SessionCookieJar::decode(changes.constFirst());
    ASSERT_TRUE(cookies.has_value());
    ASSERT_EQ(cookies->size(), 1);
    EXPECT_EQ(cookies->constFirst().value(), QByteArrayLiteral("signed-in-2"));
    // The same cookie again: nothing new.
    session.cookieJar()->setCookiesFromUrl(QNetworkCookie::parseCookies("AIOHTTP_SESSION=signed-in-2; Path=/; HttpOnly"), login);
    EXPECT_EQ(changes.size(), 1);
    EXPECT_FALSE(Redactor::redact(QStringLiteral("x signed-in-2 y")).contains(u"signed-in-2"));
}

TEST(AccountSessionCookiesTest, ANonCookieSecretLeavesTheJarEmpty)
{
    AccountSession session(yuanjingAccount(), nullptr);
    session.setSecretKind(AccountSession::SecretKind::Cookies);
    session.setSecret(QStringLiteral("typed-by-mistake"));
    EXPECT_TRUE(session.hasSecret());
    EXPECT_TRUE(session.cookieJar()->cookies().isEmpty());
}

TEST(AccountSessionCookiesTest, TextSecretsIgnoreTheJar)
{
    Account a = yuanjingAccount();
    a.platform = QStringLiteral("chenyu");
    AccountSession session(a, nullptr);
    int changed = 0;
    QObject::connect(&session, &AccountSession::secretChanged, &session, [&changed] { ++changed; });
    session.setSecret(QStringLiteral("cy-demo-key-0001"));
    session.cookieJar()->setCookiesFromUrl(QNetworkCookie::parseCookies("x=yyyy; Path=/"), a.baseUrl);
    EXPECT_EQ(session.secret(), QStringLiteral("cy-demo-key-0001"));
    EXPECT_EQ(changed, 0);
}

TEST(AccountSessionCookiesTest, SwitchingToCookiesTakesUpASecretSetBefore)
{
    AccountSession session(yuanjingAccount(), nullptr);
    session.setSecret(SessionCookieJar::encode({cookie("AIOHTTP_SESSION", "early-secret")}));
    EXPECT_TRUE(session.cookieJar()->cookies().isEmpty());
    session.setSecretKind(AccountSession::SecretKind::Cookies);
    ASSERT_EQ(session.cookieJar()->cookies().size(), 1);
}

} // namespace
