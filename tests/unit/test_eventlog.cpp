#include "core/eventlog.h"
#include "core/redactor.h"

#include <gtest/gtest.h>

using namespace suanli;

TEST(EventLog, BoundedAndRedacted)
{
    EventLog log(nullptr, 3);
    int dropped = 0;
    QObject::connect(&log, &EventLog::entryAdded, &log, [&](int d) { dropped += d; });
    Redactor::registerSecret(QStringLiteral("very-secret-key"));
    log.info(QStringLiteral("a"), QStringLiteral("one very-secret-key"));
    log.warning(QStringLiteral("a"), QStringLiteral("two"));
    log.error(QStringLiteral("a"), QStringLiteral("three"));
    log.info(QStringLiteral("a"), QStringLiteral("four"));
    EXPECT_EQ(log.size(), 3);
    EXPECT_EQ(dropped, 1);
    EXPECT_EQ(log.at(0).message, QStringLiteral("two"));
    EXPECT_EQ(log.at(1).level, EventLogEntry::Level::Error);
    log.info(QStringLiteral("a"), QStringLiteral("Authorization: Bearer very-secret-key"));
    EXPECT_FALSE(log.at(2).message.contains(QStringLiteral("very-secret-key")));
    Redactor::forgetSecret(QStringLiteral("very-secret-key"));

    HttpLogEntry h;
    h.url = QStringLiteral("https://h/x?token=abcdef");
    log.appendHttp(h);
    EXPECT_EQ(log.httpSize(), 1);
    EXPECT_FALSE(log.httpAt(0).url.contains(QStringLiteral("abcdef")));
}
