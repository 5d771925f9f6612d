// The UNIS login cipher against vectors made independently with OpenSSL's command line:
//   k=$(printf '%s' "$KEY" | xxd -p | tr -d '\n')
//   printf '%s' "$PASSWORD" | openssl enc -aes-<128|192|256>-cbc -K $k
//       -iv 00000000000000000000000000000000 | xxd -p | tr -d '\n' | tr a-f A-F
// (one command line).
// (openssl enc pads with PKCS#7 by default.) The keys are the texts below, as UTF-8 bytes.

#include "platforms/unis/unislogin.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace suanli;
using namespace suanli::unis;

namespace {

const QByteArray kKey128 = QByteArrayLiteral("UnisLoginKey2024");
const QByteArray kKey192 = QByteArrayLiteral("UnisLoginKey2024-192bit!");
const QByteArray kKey256 = QByteArrayLiteral("UnisLoginKey2024-256bit-32bytes!");

struct Vector
{
    const QByteArray *key;
    const char *password; // UTF-8
    const char *cipher;
};

const Vector kVectors[] = {
    // Short: one block.
    {&kKey128, "Test@123", "0EA4FA157F9CE546EBFAF8CE1F0A3BF7"},
    {&kKey192, "Test@123", "9A0C2EB80B93057186588529385976D0"},
    {&kKey256, "Test@123", "9156C2833F6127D15906278E9C0EACCC"},
    // Long (31 bytes): the second block is chained to the first (CBC, not ECB).
    {&kKey128, "correct-horse-battery-staple-42", "1E79B4779E53F61F72016C4DBCBB8BC086EC289394E048D7BB075EF3ACD9471B"},
    {&kKey192, "correct-horse-battery-staple-42", "E9163DADC395963F3FA8874E238CADA1E9D704F5EED774C3452445EAD66E4DFD"},
    {&kKey256, "correct-horse-battery-staple-42", "67B55A9C0EDFBAC3268D8FAA6F1D0FDC21AD7BAE7AD1D4BE87837A5A9B3187DB"},
    // Exactly one block of text: PKCS#7 adds a whole block of padding.
    {&kKey128, "0123456789abcdef", "4DC1EE49F64D07AD20855E3BB7897451C59795BF1BB063326E7FC45F0CD1170F"},
    {&kKey192, "0123456789abcdef", "DDE084038FADE0ADF832F74C21D118BBB424B0769E52A77D0ACD99C1080E8549"},
    {&kKey256, "0123456789abcdef", "96C56F492BBC6C0720157788939EFA4760CCEAE349F14EECB5DA2BC79D89585B"},
    // Chinese text (21 UTF-8 bytes).
    {&kKey128, "算力平台密码Ab1", "540A38CE33E87E7F726C641E1934B3631BFB920D9BB60C1B74FA2E025AEE5253"},
    {&kKey192, "算力平台密码Ab1", "069E9F53BD629279D4967AFAFA4A67FFB9A0BC499A8AD6F7B27045E8AD9D3336"},
    {&kKey256, "算力平台密码Ab1", "2E88C6B2073D622D4FEABC00640DE104AF11B22A402C0BFFE903069E4F393684"},
    // Three blocks.
    {&kKey128, "The quick brown fox jumps over the lazy dog",
     "272D247620D05808DC2BC13D62BC4D46E4AE4FC23731022D0F22DDE32712B66B4AB8E978B2659AD3BC2DCA8677C5B0DF"},
};

} // namespace

TEST(UnisLogin, MatchesOpenSslVectors)
{
    for (const Vector &v : kVectors) {
        const QString password = QString::fromUtf8(v.password);
        const Result<QString> cipher = Login::encryptPassword(password, *v.key);
        ASSERT_TRUE(cipher) << v.password << " / " << v.key->size() * 8;
        EXPECT_EQ(cipher.value(), QString::fromLatin1(v.cipher)) << v.password << " / " << v.key->size() * 8;
    }
}

TEST(UnisLogin, OutputIsUpperCaseHexOfWholeBlocks)
{
    const Result<QString> cipher = Login::encryptPassword(QStringLiteral("x"), kKey128);
    ASSERT_TRUE(cipher);
    EXPECT_EQ(cipher.value().size(), 32);
    EXPECT_EQ(cipher.value(), cipher.value().toUpper());
    // Deterministic, as the document's repeated example ciphertext shows.
    EXPECT_EQ(Login::encryptPassword(QStringLiteral("x"), kKey128).value(), cipher.value());
}

TEST(UnisLogin, BadKeyLengthIsAClearAuthError)
{
    for (const QByteArray &key : {QByteArray(), QByteArrayLiteral("short"), QByteArrayLiteral("UnisLoginKey20245"),
                                  QByteArray(33, 'k')}) {
        const Result<QString> cipher = Login::encryptPassword(QStringLiteral("Test@123"), key);
        ASSERT_FALSE(cipher) << key.size();
        EXPECT_EQ(cipher.error().kind, ApiError::Kind::Auth);
        EXPECT_TRUE(cipher.error().message.contains(QStringLiteral("16, 24 or 32"))) << cipher.error().message.toStdString();
        EXPECT_TRUE(cipher.error().message.contains(QString::number(key.size())));
    }
}

TEST(UnisLogin, KeyLengthCountsBytesNotCharacters)
{
    // Eight Chinese characters are 24 UTF-8 bytes: AES-192.
    const QByteArray key = QStringLiteral("紫光算力平台密钥").toUtf8();
    ASSERT_EQ(key.size(), 24);
    EXPECT_TRUE(Login::encryptPassword(QStringLiteral("Test@123"), key));
}

// The document's example token: an HS256 JWT for user hhj, expiring 2023-12-07T23:27:15Z.
TEST(UnisLogin, ReadsTheDocumentsTokenClaims)
{
    const QString token = QStringLiteral(
        "eyJhbGciOiJIUzI1NiJ9.eyJjbHVzdGVyVHlwZSI6ImxvY2FsTXVsdGlUZW5hbnQiLCJzeXNVc2VyTmFtZSI6ImhoaiIsIm5pY2tOYW1lIjoiaGhqIiwi"
        "cm9sZUlkIjoiNDAwNyIsImdyb3VwSWQiOiIyMDAiLCJzeXNHcnBJZCI6IjIwMDAiLCJpc3MiOiJydW95aSIsInRlbmFudEdpZCI6MjAwMCwidXNlck5h"
        "bWUiOiJoaGoiLCJzeXNHcnBOYW1lIjoieWFiIiwidXNlcklkIjoiMzgiLCJncm91cE5hbWUiOiJ5YWIiLCJ0ZW5hbnROYW1lIjoieWFiIiwidGVuYW50"
        "SWQiOjIwMCwic3lzVXNlcklkIjoiMjAzNSIsImV4cCI6MTcwMTk5MTYzNSwibG9naW5fdXNlcl9rZXkiOiI4ZjY0NThlOC0xNGMwLTQzN2YtOGFmOC01"
        "YzFmZDFmYjA1NDEifQ.SjPkKK_iZmfG2HB04Cp2spxKXvnD-Kii_qaZtgSscHE");
    const QJsonObject claims = Login::tokenClaims(token);
    EXPECT_EQ(claims.value(QStringLiteral("userName")).toString(), QStringLiteral("hhj"));
    EXPECT_EQ(claims.value(QStringLiteral("roleId")).toString(), QStringLiteral("4007"));
    EXPECT_EQ(claims.value(QStringLiteral("tenantId")).toInt(), 200);
    const auto expiry = Login::tokenExpiry(token);
    ASSERT_TRUE(expiry.has_value());
    EXPECT_EQ(expiry->toSecsSinceEpoch(), 1701991635);
}

TEST(UnisLogin, TokenWithoutExpiryOrNotAJwt)
{
    auto jwt = [](const QByteArray &payload) -> QString {
        return QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
            + QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + QStringLiteral(".sig");
    };
    EXPECT_FALSE(Login::tokenExpiry(jwt(R"({"userName":"a"})")).has_value());
    // `exp` as a string of seconds, and base64url text whose padding was dropped.
    EXPECT_EQ(Login::tokenExpiry(jwt(R"({"exp":"1701991635","u":"??>"})"))->toSecsSinceEpoch(), 1701991635);
    EXPECT_FALSE(Login::tokenExpiry(QStringLiteral("opaque-session-token")).has_value());
    EXPECT_FALSE(Login::tokenExpiry(QStringLiteral("a.!!!.c")).has_value());
    EXPECT_TRUE(Login::tokenClaims(QStringLiteral("a.b")).isEmpty());
}
