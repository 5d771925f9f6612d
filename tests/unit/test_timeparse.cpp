#include "core/timeparse.h"

#include <gtest/gtest.h>

using namespace suanli;

static qint64 ms(const std::optional<QDateTime> &t)
{
    return t ? t->toMSecsSinceEpoch() : -1;
}

TEST(TimeParse, IsoUtcAndOffsets)
{
    const qint64 expected = QDateTime(QDate(2019, 8, 24), QTime(14, 15, 22), QTimeZone::utc()).toMSecsSinceEpoch();
    EXPECT_EQ(ms(parseTime(QStringLiteral("2019-08-24T14:15:22Z"))), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2019-08-24T22:15:22+08:00"))), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2019-08-24T22:15:22.000+08:00"))), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2019-08-24T14:15:22.000+00:00"))), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2019-08-24T22:15:22+0800"))), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2019-08-24T14:15:22.5Z"))), expected + 500);
}

TEST(TimeParse, WallClockIsChinaTime)
{
    const qint64 expected = QDateTime(QDate(2024, 6, 19), QTime(8, 6, 17), QTimeZone::utc()).toMSecsSinceEpoch();
    EXPECT_EQ(ms(parseTime(QStringLiteral("2024-06-19 16:06:17"))), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2024/06/19 16:06:17"))), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2024-06-19T16:06:17"))), expected);
    // Another zone can be asked for.
    EXPECT_EQ(ms(parseTime(QStringLiteral("2024-06-19 08:06:17"), QTimeZone::utc())), expected);
    EXPECT_EQ(ms(parseTime(QStringLiteral("2024-06-19"))),
              QDateTime(QDate(2024, 6, 18), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

TEST(TimeParse, EpochSecondsAndMilliseconds)
{
    EXPECT_EQ(ms(parseTime(QJsonValue(1718784377))), 1718784377000LL);
    EXPECT_EQ(ms(parseTime(QJsonValue(double(1718784377123LL)))), 1718784377123LL);
    EXPECT_EQ(ms(parseTime(QStringLiteral("1718784377123"))), 1718784377123LL);
    EXPECT_EQ(ms(parseTime(QStringLiteral("1718784377"))), 1718784377000LL);
}

TEST(TimeParse, RejectsEmptyAndPlaceholders)
{
    EXPECT_FALSE(parseTime(QString()));
    EXPECT_FALSE(parseTime(QStringLiteral("   ")));
    EXPECT_FALSE(parseTime(QJsonValue()));
    EXPECT_FALSE(parseTime(QJsonValue(0)));
    EXPECT_FALSE(parseTime(QStringLiteral("0001-01-01T00:00:00Z")));
    EXPECT_FALSE(parseTime(QStringLiteral("2024-13-40 10:00:00")));
    EXPECT_FALSE(parseTime(QStringLiteral("yesterday")));
    EXPECT_FALSE(parseTime(QStringLiteral("2024-06-19 25:61:00")));
}

TEST(TimeParse, Formats)
{
    const QDateTime t(QDate(2025, 11, 29), QTime(11, 40, 0), QTimeZone::utc());
    EXPECT_EQ(formatChinaWallClock(t), QStringLiteral("2025-11-29 19:40:00"));
    EXPECT_EQ(formatIsoWithOffset(t), QStringLiteral("2025-11-29T19:40:00+08:00"));
    EXPECT_EQ(formatIsoWithOffset(QDateTime()), QString());
    // Round trip through the platform format.
    EXPECT_EQ(ms(parseTime(formatChinaWallClock(t))), t.toMSecsSinceEpoch());
}
