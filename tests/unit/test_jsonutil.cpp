#include "core/jsonutil.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace suanli;

TEST(JsonUtil, ParseObjectAcceptsObjectsOnly)
{
    EXPECT_TRUE(json::parseObject("{\"a\":1}"));
    EXPECT_TRUE(json::parseObject("\xEF\xBB\xBF{}"));
    EXPECT_EQ(json::parseObject("[1]").error().kind, ApiError::Kind::Parse);
    EXPECT_EQ(json::parseObject("").error().kind, ApiError::Kind::Parse);
    EXPECT_EQ(json::parseObject("{\"a\":").error().kind, ApiError::Kind::Parse);
    EXPECT_EQ(json::parseObject("<html>502</html>").error().kind, ApiError::Kind::Parse);
}

TEST(JsonUtil, LenientScalars)
{
    EXPECT_EQ(json::text(QJsonValue(12)), QStringLiteral("12"));
    EXPECT_EQ(json::text(QJsonValue(1.5)), QStringLiteral("1.5"));
    EXPECT_EQ(json::text(QJsonValue()), QString());
    EXPECT_EQ(json::integer(QJsonValue(QStringLiteral(" 35 "))).value(), 35);
    EXPECT_EQ(json::integer(QJsonValue(7.0)).value(), 7);
    EXPECT_FALSE(json::integer(QJsonValue(QStringLiteral("x"))));
    EXPECT_FALSE(json::integer(QJsonValue(QJsonArray())));
    EXPECT_EQ(json::integerOr(QJsonValue(), 3), 3);
    EXPECT_TRUE(json::boolean(QJsonValue(QStringLiteral("Y"))));
    EXPECT_TRUE(json::boolean(QJsonValue(1)));
    EXPECT_FALSE(json::boolean(QJsonValue(QStringLiteral("0"))));
}
