#include "core/money.h"

#include <gtest/gtest.h>

using suanli::Money;

TEST(Money, ParsesDecimalStrings)
{
    EXPECT_EQ(Money::parse(u"12.50")->fen(), 1250);
    EXPECT_EQ(Money::parse(u"12.5")->fen(), 1250);
    EXPECT_EQ(Money::parse(u"12")->fen(), 1200);
    EXPECT_EQ(Money::parse(u"0.05")->fen(), 5);
    EXPECT_EQ(Money::parse(u"-3.20")->fen(), -320);
    EXPECT_EQ(Money::parse(u".5")->fen(), 50);
}

TEST(Money, ParsesDecoratedText)
{
    EXPECT_EQ(Money::parse(u"70.00元/小时")->fen(), 7000);
    EXPECT_EQ(Money::parse(u"¥1,284.50")->fen(), 128450);
    EXPECT_EQ(Money::parse(u"12.5 CNY")->fen(), 1250);
    EXPECT_EQ(Money::parse(u"  8.8  ")->fen(), 880);
}

TEST(Money, RoundsExtraDecimalsHalfAwayFromZero)
{
    EXPECT_EQ(Money::parse(u"12.345")->fen(), 1235);
    EXPECT_EQ(Money::parse(u"12.344")->fen(), 1234);
    EXPECT_EQ(Money::parse(u"-0.005")->fen(), -1);
}

TEST(Money, RejectsNonNumbers)
{
    EXPECT_FALSE(Money::parse(u""));
    EXPECT_FALSE(Money::parse(u"abc"));
    EXPECT_FALSE(Money::parse(u"元"));
    EXPECT_FALSE(Money::parse(u"-"));
    EXPECT_FALSE(Money::parse(u"99999999999999999999999"));
}

TEST(Money, FromJsonNumbersAndStrings)
{
    EXPECT_EQ(Money::fromJson(QJsonValue(12.5))->fen(), 1250);
    EXPECT_EQ(Money::fromJson(QJsonValue(1.2))->fen(), 120);
    EXPECT_EQ(Money::fromJson(QJsonValue(0.1 + 0.2))->fen(), 30); // no float drift
    EXPECT_EQ(Money::fromJson(QJsonValue(QStringLiteral("1.20")))->fen(), 120);
    EXPECT_FALSE(Money::fromJson(QJsonValue()));
    EXPECT_FALSE(Money::fromJson(QJsonValue(true)));
    EXPECT_FALSE(Money::fromJson(QJsonValue(1e300)));
}

TEST(Money, Formats)
{
    EXPECT_EQ(Money::fromFen(128450).toDecimalString(), QStringLiteral("1284.50"));
    EXPECT_EQ(Money::fromFen(-5).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money::fromFen(0).toDecimalString(), QStringLiteral("0.00"));
    EXPECT_EQ(Money::fromFen(128450).toDisplayString(), QStringLiteral("¥1,284.50"));
    EXPECT_EQ((Money::fromFen(100) + Money::fromFen(25)).fen(), 125);
    EXPECT_LT(Money::fromFen(1), Money::fromFen(2));
}
