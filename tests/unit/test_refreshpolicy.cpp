#include "core/appsettings.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace suanli;

TEST(RefreshPolicy, VisibleHiddenAndBackoff)
{
    EXPECT_EQ(nextRefreshDelayMs(true, 0), 5000);
    EXPECT_EQ(nextRefreshDelayMs(false, 0), 30000);
    EXPECT_EQ(nextRefreshDelayMs(true, 1), 10000);
    EXPECT_EQ(nextRefreshDelayMs(true, 2), 20000);
    EXPECT_EQ(nextRefreshDelayMs(true, 10), 120000);
    EXPECT_EQ(nextRefreshDelayMs(false, 3), 120000);
    EXPECT_EQ(nextRefreshDelayMs(true, 0, 2000, 9000), 2000);
}

TEST(AppSettings, DefaultsAndPersistence)
{
    QTemporaryDir dir;
    {
        AppSettings s(dir.path());
        EXPECT_EQ(s.language(), QStringLiteral("system"));
        EXPECT_EQ(s.refreshVisibleMs(), 5000);
        EXPECT_EQ(s.secretStorage(), QStringLiteral("keychain"));
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setTableState(QStringLiteral("chenyu/instances"), QByteArray("abc"));
        s.sync();
    }
    AppSettings s(dir.path());
    EXPECT_EQ(s.language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(s.tableState(QStringLiteral("chenyu/instances")), QByteArray("abc"));
}

TEST(AppSettings, ConfigDirOverride)
{
    EXPECT_EQ(resolveConfigDir(QStringLiteral("/tmp/x-suanli")), QStringLiteral("/tmp/x-suanli"));
    qputenv("SUANLI_CONFIG_DIR", "/tmp/y-suanli");
    EXPECT_EQ(resolveConfigDir(), QStringLiteral("/tmp/y-suanli"));
    EXPECT_EQ(resolveConfigDir(QStringLiteral("/tmp/x-suanli")), QStringLiteral("/tmp/x-suanli"));
    qunsetenv("SUANLI_CONFIG_DIR");
    EXPECT_NE(resolveConfigDir(), QStringLiteral("/tmp/y-suanli"));
}
