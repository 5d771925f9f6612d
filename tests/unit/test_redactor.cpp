#include "core/redactor.h"

#include <gtest/gtest.h>

using suanli::Redactor;

TEST(Redactor, MasksRegisteredSecretsEverywhere)
{
    Redactor::registerSecret(QStringLiteral("cy-secret-value-123"));
    const QString out = Redactor::redact(QStringLiteral("failed with key cy-secret-value-123 at step 2"));
    EXPECT_FALSE(out.contains(QStringLiteral("cy-secret-value-123")));
    EXPECT_TRUE(out.contains(QStringLiteral("step 2")));
    Redactor::forgetSecret(QStringLiteral("cy-secret-value-123"));
    EXPECT_TRUE(Redactor::redact(QStringLiteral("cy-secret-value-123")).contains(QStringLiteral("cy-secret")));
}

TEST(Redactor, MasksAuthorizationAndJsonFields)
{
    EXPECT_EQ(Redactor::redact(QStringLiteral("Authorization: Bearer abc.def.ghi")),
              QStringLiteral("Authorization: Bearer ***"));
    const QString json = Redactor::redact(QStringLiteral(R"({"username":"bob","password":"hunter2","token":"t-1","aapikey":"k"})"));
    EXPECT_FALSE(json.contains(QStringLiteral("hunter2")));
    EXPECT_FALSE(json.contains(QStringLiteral("t-1")));
    EXPECT_TRUE(json.contains(QStringLiteral("\"username\":\"bob\"")));
    EXPECT_FALSE(Redactor::redact(QStringLiteral("https://h/index?access_token=eyJabc&x=1")).contains(QStringLiteral("eyJabc")));
}

TEST(Redactor, HeaderValues)
{
    EXPECT_EQ(Redactor::headerValue("Authorization", "Bearer xyz"), QByteArray("Bearer ***"));
    EXPECT_EQ(Redactor::headerValue("Cookie", "session=abc"), QByteArray("***"));
    EXPECT_EQ(Redactor::headerValue("Content-Type", "application/json"), QByteArray("application/json"));
    EXPECT_TRUE(Redactor::isSensitiveHeader("X-Auth-Token"));
    EXPECT_FALSE(Redactor::isSensitiveHeader("Accept"));
}

TEST(Redactor, ShortSecretsAreNotRegistered)
{
    Redactor::registerSecret(QStringLiteral("ab"));
    EXPECT_EQ(Redactor::redact(QStringLiteral("about")), QStringLiteral("about"));
}
