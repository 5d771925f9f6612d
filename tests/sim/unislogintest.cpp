// Signing in to UNIS: the AES-encrypted password (checked against vectors computed with
// `openssl enc -aes-{128,192,256}-cbc -K <key hex> -iv 00…00`, never with the simulator's own
// code), the plain passwords of pre-D11 deployments, the RuoYi envelope of the answer and the
// JWT inside it, token expiry and invalidation.
#include "unisfixture.h"

#include <QRegularExpression>

using namespace suanli::test;

namespace {

struct Vector
{
    const char *key;
    const char *password;
    const char *cipherHex; // openssl enc output, upper-cased
};

// echo -n "$password" | openssl enc -aes-128-cbc -K $(echo -n "$key" | xxd -p) -iv 0…0 | xxd -p
const Vector kVectors[] = {
    {"UnisDemoAesKey16", "Test@123", "D12591D52F94F26BCCAB51BDFE2EDCA0"},
    {"UnisDemoAesKey16", "Sixteen-bytes-pw",
     "DB37B7B55B10354E50E1F711A93FADB8C6407429AF419D25B89D0C2883EEC589"},
    {"UnisDemoAesKey16", "长密码-with-中文-and-more-than-16-bytes",
     "EFAE38AA83CBEE91B64D916F9E27C4BFF42D0EBFC3932E0EFA99F12C911D720C31498AB9EC5709616640D91B199FCA24"},
    {"UnisDemoAesKey24bytes!!!", "Test@123", "228BBEEA3061B0A30B04BEB43DBDB9B0"},
    {"UnisDemoAesKey24bytes!!!", "Sixteen-bytes-pw",
     "DF33B688AFA255F272F8AF8C22CCCA24E0AAFB084A4BDD890F78181303A6FD26"},
    {"UnisDemoAesKey24bytes!!!", "长密码-with-中文-and-more-than-16-bytes",
     "18DE5E5D3B76B862D42EAA2277070F00C0DD144FA9DFED0D279A5DCA097AC6B78AFE9D0EA13DFB9E7DF3F86B7DDB4054"},
    {"UnisDemoAesKey-32-bytes-long!!!!", "Test@123", "B37427B3E3B16DF5BFC61318C9AF8F5D"},
    {"UnisDemoAesKey-32-bytes-long!!!!", "Sixteen-bytes-pw",
     "4ED6AEA95CACCFC528E771976742954CE8BAC6F2C37C777DAAA4AB1EE52975E5"},
    {"UnisDemoAesKey-32-bytes-long!!!!", "长密码-with-中文-and-more-than-16-bytes",
     "E005DB0009C6A85557E51A2FBD93938084597D8B3637C19B3E32F44D720DD8FDBAF57294D7D82CC6197FA69569AD4C92"},
};

// The same long password, 128-bit key, in ECB mode: equal to CBC in the first block only.
const char *kLongPasswordEcb =
    "EFAE38AA83CBEE91B64D916F9E27C4BF0C7C6C51FE08CB0C6DC3DE448DD44E772AEC113C29640116CD5F70BB70DD5F53";

class UnisLoginTest : public UnisFixture
{
protected:
    HttpResult login(const QString &userName, const QString &password)
    {
        return send("POST", QStringLiteral("/prod-api/login"),
                    encode(QJsonObject{{QStringLiteral("username"), userName},
                                       {QStringLiteral("password"), password}}),
                    false);
    }

    static QJsonObject claimsOf(const QString &jwt)
    {
        const QList<QByteArray> parts = jwt.toLatin1().split('.');
        if (parts.size() != 3)
            return {};
        return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    }
};

TEST_F(UnisLoginTest, OpensslVectorsSignInForEveryKeyLength)
{
    for (const Vector &vector : kVectors) {
        SCOPED_TRACE(std::string(vector.key) + " / " + vector.password);
        ASSERT_TRUE(backend->setAesKey(QByteArray(vector.key)));
        ASSERT_TRUE(backend->setPassword(QStringLiteral("wangfang"), QString::fromUtf8(vector.password)));
        const HttpResult result = login(QStringLiteral("wangfang"), QLatin1String(vector.cipherHex));
        EXPECT_EQ(result.httpStatus, 200);
        EXPECT_EQ(result.json().value(QStringLiteral("code")).toInt(), 200) << result.body.toStdString();
        EXPECT_FALSE(result.json().value(QStringLiteral("token")).toString().isEmpty());
        // Java hex decoders take lower case too.
        EXPECT_EQ(login(QStringLiteral("wangfang"), QString::fromLatin1(vector.cipherHex).toLower())
                      .json().value(QStringLiteral("code")).toInt(),
                  200);
        // The simulator's own encoder (the fixture's sign-in) agrees with openssl.
        EXPECT_EQ(suanli::sim::unis::aesEncryptHex(QByteArray(vector.key), QByteArray(vector.password)),
                  QLatin1String(vector.cipherHex));
    }
}

TEST_F(UnisLoginTest, WrongKeyModeOrPasswordIsRefused)
{
    ASSERT_TRUE(backend->setAesKey(QByteArrayLiteral("UnisDemoAesKey16")));
    ASSERT_TRUE(backend->setPassword(QStringLiteral("wangfang"),
                                     QStringLiteral("长密码-with-中文-and-more-than-16-bytes")));
    // ECB matches CBC in the first block only: a long password in ECB does not sign in.
    const HttpResult ecb = login(QStringLiteral("wangfang"), QLatin1String(kLongPasswordEcb));
    EXPECT_EQ(ecb.httpStatus, 200);
    EXPECT_EQ(ecb.json().value(QStringLiteral("code")).toInt(), 500);
    EXPECT_FALSE(ecb.json().contains(QStringLiteral("token")));

    // Encrypted with another key of the same length.
    ASSERT_TRUE(backend->setAesKey(QByteArrayLiteral("AnotherAesKey-16")));
    EXPECT_EQ(login(QStringLiteral("wangfang"), QLatin1String(kVectors[2].cipherHex))
                  .json().value(QStringLiteral("code")).toInt(),
              500);

    // The plain text itself, to a deployment that decrypts.
    const QJsonObject plain = login(QStringLiteral("wangfang"), QStringLiteral("Test@123")).json();
    EXPECT_EQ(plain.value(QStringLiteral("code")).toInt(), 500);
    EXPECT_FALSE(plain.value(QStringLiteral("msg")).toString().isEmpty());

    // Key lengths other than 16, 24 and 32 are not AES keys.
    EXPECT_FALSE(backend->setAesKey(QByteArrayLiteral("short")));
    EXPECT_FALSE(backend->setAesKey(QByteArray(17, 'k')));
    EXPECT_EQ(backend->aesKey(), QByteArrayLiteral("AnotherAesKey-16"));
}

TEST_F(UnisLoginTest, FailuresComeInTheRuoYiEnvelope)
{
    const QString cipher =
        suanli::sim::unis::aesEncryptHex(backend->aesKey(), QByteArrayLiteral("not-the-password"));
    const HttpResult wrong = login(QStringLiteral("zhangwei"), cipher);
    EXPECT_EQ(wrong.httpStatus, 200);
    EXPECT_EQ(wrong.json(), QJsonObject({{QStringLiteral("msg"), QStringLiteral("用户不存在/密码错误")},
                                         {QStringLiteral("code"), 500}}));
    // An unknown user reads the same, so that names cannot be probed.
    const QString right = suanli::sim::unis::aesEncryptHex(
        backend->aesKey(), backend->passwordOf(QStringLiteral("zhangwei")).toUtf8());
    EXPECT_EQ(login(QStringLiteral("nobody"), right).json(), wrong.json());
    // Missing fields.
    EXPECT_EQ(login(QString(), right).json().value(QStringLiteral("code")).toInt(), 500);
    EXPECT_EQ(login(QStringLiteral("zhangwei"), QString()).json().value(QStringLiteral("code")).toInt(), 500);
    // Not hex, or not whole blocks.
    EXPECT_EQ(login(QStringLiteral("zhangwei"), QStringLiteral("E9CCF0")).json().value(QStringLiteral("code")).toInt(), 500);
    EXPECT_EQ(login(QStringLiteral("zhangwei"), right.left(30) + QStringLiteral("ZZ"))
                  .json().value(QStringLiteral("code")).toInt(),
              500);
    // Only POST with a JSON body.
    EXPECT_EQ(send("GET", QStringLiteral("/prod-api/login"), {}, false).httpStatus, 405);
    EXPECT_EQ(send("POST", QStringLiteral("/prod-api/login"), "{\"username\":", false).httpStatus, 400);
    EXPECT_EQ(backend->loginCount(QStringLiteral("zhangwei")), 1); // the fixture's
}

TEST_F(UnisLoginTest, PlainPasswordsBeforeD11)
{
    backend->setPlainPasswords(true);
    const HttpResult plain = login(QStringLiteral("liuyang"), QStringLiteral("Liuyang@2024"));
    EXPECT_EQ(plain.json().value(QStringLiteral("code")).toInt(), 200);
    EXPECT_FALSE(plain.json().value(QStringLiteral("token")).toString().isEmpty());
    // Such a deployment compares what it gets: the ciphertext is not the password.
    const QString cipher =
        suanli::sim::unis::aesEncryptHex(backend->aesKey(), QByteArrayLiteral("Liuyang@2024"));
    EXPECT_EQ(login(QStringLiteral("liuyang"), cipher).json().value(QStringLiteral("code")).toInt(), 500);
    backend->setPlainPasswords(false);
    EXPECT_EQ(login(QStringLiteral("liuyang"), QStringLiteral("Liuyang@2024")).json().value(QStringLiteral("code")).toInt(), 500);
    EXPECT_EQ(login(QStringLiteral("liuyang"), cipher).json().value(QStringLiteral("code")).toInt(), 200);
}

TEST_F(UnisLoginTest, TokenIsAnHs256JwtWithTheDocumentsClaims)
{
    const HttpResult result = login(QStringLiteral("zhangwei"),
                                    suanli::sim::unis::aesEncryptHex(backend->aesKey(), QByteArrayLiteral("Zhangwei@2024")));
    const QJsonObject answer = result.json();
    EXPECT_EQ(answer.value(QStringLiteral("msg")).toString(), QStringLiteral("操作成功"));
    EXPECT_EQ(answer.value(QStringLiteral("code")).toInt(), 200);
    EXPECT_EQ(answer.keys(), QStringList({QStringLiteral("code"), QStringLiteral("msg"), QStringLiteral("token")}));
    const QString jwt = answer.value(QStringLiteral("token")).toString();
    EXPECT_TRUE(jwt.startsWith(QLatin1String("eyJhbGciOiJIUzI1NiJ9."))) << jwt.toStdString(); // {"alg":"HS256"}
    const QJsonObject claims = claimsOf(jwt);
    // Strings and numbers mixed, as in the document's example token.
    EXPECT_EQ(claims.value(QStringLiteral("userId")), QJsonValue(QStringLiteral("38")));
    EXPECT_EQ(claims.value(QStringLiteral("roleId")), QJsonValue(QStringLiteral("4007")));
    EXPECT_EQ(claims.value(QStringLiteral("tenantId")), QJsonValue(200));
    EXPECT_EQ(claims.value(QStringLiteral("tenantGid")), QJsonValue(2000));
    EXPECT_EQ(claims.value(QStringLiteral("groupId")), QJsonValue(QStringLiteral("200")));
    EXPECT_EQ(claims.value(QStringLiteral("sysGrpId")), QJsonValue(QStringLiteral("2000")));
    EXPECT_EQ(claims.value(QStringLiteral("sysUserId")), QJsonValue(QStringLiteral("2035")));
    EXPECT_EQ(claims.value(QStringLiteral("userName")), QJsonValue(QStringLiteral("zhangwei")));
    EXPECT_EQ(claims.value(QStringLiteral("sysUserName")), QJsonValue(QStringLiteral("zhangwei")));
    EXPECT_EQ(claims.value(QStringLiteral("nickName")), QJsonValue(QStringLiteral("张伟")));
    EXPECT_EQ(claims.value(QStringLiteral("iss")), QJsonValue(QStringLiteral("ruoyi")));
    EXPECT_EQ(claims.value(QStringLiteral("clusterType")), QJsonValue(QStringLiteral("localMultiTenant")));
    EXPECT_EQ(claims.value(QStringLiteral("tenantName")), QJsonValue(QStringLiteral("llmlab")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$"))
                    .match(claims.value(QStringLiteral("login_user_key")).toString())
                    .hasMatch());
    // exp is in seconds, two hours ahead by default.
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    EXPECT_GE(exp, now + 7200 - 5);
    EXPECT_LE(exp, now + 7200 + 5);

    // A token with a changed payload and the old signature is not one.
    QList<QByteArray> parts = jwt.toLatin1().split('.');
    QJsonObject forged = claims;
    forged.insert(QStringLiteral("userId"), QStringLiteral("1"));
    parts[1] = QJsonDocument(forged).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    token = QString::fromLatin1(parts.join('.'));
    EXPECT_EQ(getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt(), 401);
    token = jwt;
    EXPECT_EQ(getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt(), 200);
}

TEST_F(UnisLoginTest, ShortLivedTokensExpire)
{
    backend->setTokenLifetimeMs(1000);
    ASSERT_TRUE(signIn(QStringLiteral("zhangwei")));
    const qint64 exp = qint64(claimsOf(token).value(QStringLiteral("exp")).toDouble());
    EXPECT_LE(exp, QDateTime::currentSecsSinceEpoch() + 2);
    EXPECT_EQ(getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt(), 200);
    EXPECT_TRUE(waitFor(
        [&] {
            return getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt() == 401;
        },
        3000));
    const QJsonObject expired = getJson(QStringLiteral("/api/kernel/notebooks"));
    EXPECT_EQ(expired, QJsonObject({{QStringLiteral("msg"),
                                     QStringLiteral("请求访问：/api/kernel/notebooks，认证失败，无法访问系统资源")},
                                    {QStringLiteral("code"), 401}}));
    // Signing in again gives a working token.
    backend->setTokenLifetimeMs(60000);
    ASSERT_TRUE(signIn(QStringLiteral("zhangwei")));
    EXPECT_EQ(getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt(), 200);
}

TEST_F(UnisLoginTest, InvalidatingEveryTokenForcesASecondSignIn)
{
    const QString first = token;
    ASSERT_TRUE(signIn(QStringLiteral("lihua")));
    const QString second = token;
    EXPECT_EQ(backend->liveTokenCount(), 2);
    backend->invalidateAllTokens();
    EXPECT_EQ(backend->liveTokenCount(), 0);
    for (const QString &old : {first, second}) {
        token = old;
        EXPECT_EQ(getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt(), 401);
    }
    ASSERT_TRUE(signIn(QStringLiteral("zhangwei")));
    EXPECT_EQ(getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt(), 200);
    EXPECT_EQ(backend->loginCount(QStringLiteral("zhangwei")), 2);
    EXPECT_EQ(backend->loginCount(QStringLiteral("lihua")), 1);
}

TEST_F(UnisLoginTest, EveryPathButLoginNeedsABearerToken)
{
    const QStringList paths{QStringLiteral("/prod-api/getInfo"), QStringLiteral("/api/kernel/notebooks"),
                            QStringLiteral("/system/config/getRemainResource"),
                            QStringLiteral("/api/kernel/computationTask/list"),
                            QStringLiteral("/api/file/file/queryFileList"), QStringLiteral("/no/such/path")};
    const QString valid = token;
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        const QJsonObject expected{
            {QStringLiteral("msg"), QStringLiteral("请求访问：%1，认证失败，无法访问系统资源").arg(path)},
            {QStringLiteral("code"), 401}};
        token.clear();
        HttpResult result = post(path);
        EXPECT_EQ(result.httpStatus, 200); // RuoYi writes its 401 into an HTTP 200
        EXPECT_EQ(result.json(), expected);
        // The raw token without "Bearer ", and a token from nowhere.
        token = valid;
        authorizationPrefix = QByteArray();
        EXPECT_EQ(post(path).json(), expected);
        authorizationPrefix = QByteArrayLiteral("Bearer ");
        token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl");
        EXPECT_EQ(post(path).json(), expected);
    }
    token = valid;
    EXPECT_EQ(server->requestCount(QStringLiteral("/prod-api/getInfo")), 3);
}

} // namespace
