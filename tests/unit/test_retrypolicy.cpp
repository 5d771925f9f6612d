#include "core/retrypolicy.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using suanli::RetryPolicy;

TEST(RetryPolicy, FullJitterStaysWithinTheExponentialCeiling)
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    EXPECT_EQ(p.backoffMs(1, [] { return 0.0; }), 0);
    EXPECT_EQ(p.backoffMs(1, [] { return 0.999999; }), 99);
    EXPECT_EQ(p.backoffMs(2, [] { return 0.5; }), 100);
    EXPECT_EQ(p.backoffMs(3, [] { return 0.5; }), 200);
    EXPECT_EQ(p.backoffMs(10, [] { return 0.5; }), 500); // capped at maxDelay
    EXPECT_EQ(p.backoffMs(60, [] { return 0.999999; }), 999);
}

TEST(RetryPolicy, RetryAfterSecondsAndDates)
{
    RetryPolicy p;
    p.maxRetryAfterMs = 30000;
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), QTimeZone::utc());
    EXPECT_EQ(p.retryAfterMs("2", now).value(), 2000);
    EXPECT_EQ(p.retryAfterMs(" 0 ", now).value(), 0);
    EXPECT_EQ(p.retryAfterMs("3600", now).value(), 30000);
    EXPECT_EQ(p.retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now).value(), 10000);
    EXPECT_EQ(p.retryAfterMs("Wed, 21 Oct 2015 07:20:00 GMT", now).value(), 0);
    EXPECT_FALSE(p.retryAfterMs("", now));
    EXPECT_FALSE(p.retryAfterMs("soon", now));
    EXPECT_FALSE(p.retryAfterMs("-5", now));
}
