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

#include "core/accountsession.h"

TEST(AccountSession, PersistedStateSurvivesARestart)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state/acc.json"));
    Account a;
    a.id = QStringLiteral("acc");
    {
        AccountSession s(a, nullptr);
        s.persist(QStringLiteral("early"), 1); // before the file is known: kept in memory, then written
        s.setStateFile(file);
        s.persist(QStringLiteral("stopMode/gpu-1"), QStringLiteral("cardless"));
        s.persist(QStringLiteral("gone"), 3);
        s.persist(QStringLiteral("gone"), QVariant());
    }
    AccountSession again(a, nullptr);
    again.setStateFile(file);
    EXPECT_EQ(again.persisted(QStringLiteral("stopMode/gpu-1")).toString(), QStringLiteral("cardless"));
    EXPECT_EQ(again.persisted(QStringLiteral("early")).toInt(), 1);
    EXPECT_FALSE(again.persisted(QStringLiteral("gone")).isValid());
    EXPECT_FALSE(again.persisted(QStringLiteral("never")).isValid());
}
