#include "core/accountstore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace suanli;

static Account makeAccount(const QString &name)
{
    Account a;
    a.id = Account::newId();
    a.displayName = name;
    a.platform = QStringLiteral("chenyu");
    a.baseUrl = QUrl(QStringLiteral("https://www.chenyu.cn"));
    a.options.insert(QStringLiteral("region"), QStringLiteral("east"));
    return a;
}

TEST(AccountStore, SavesAndLoadsRoundTrip)
{
    QTemporaryDir dir;
    AccountStore store(dir.path());
    EXPECT_EQ(store.load(), QString());
    EXPECT_TRUE(store.accounts().isEmpty());
    const Account a = makeAccount(QStringLiteral("team-a"));
    EXPECT_EQ(store.add(a), QString());
    EXPECT_EQ(store.save(), QString());

    AccountStore again(dir.path());
    EXPECT_EQ(again.load(), QString());
    ASSERT_EQ(again.accounts().size(), 1);
    EXPECT_EQ(again.accounts().first(), a);
    EXPECT_EQ(again.byName(QStringLiteral("team-a"))->id, a.id);
}

TEST(AccountStore, RejectsDuplicateAndEmptyNames)
{
    QTemporaryDir dir;
    AccountStore store(dir.path());
    EXPECT_EQ(store.add(makeAccount(QStringLiteral("x"))), QString());
    EXPECT_FALSE(store.add(makeAccount(QStringLiteral("x"))).isEmpty());
    EXPECT_FALSE(store.add(makeAccount(QStringLiteral("  "))).isEmpty());
    const Account y = makeAccount(QStringLiteral("y"));
    store.add(y);
    EXPECT_FALSE(store.rename(y.id, QStringLiteral("x")).isEmpty());
    EXPECT_EQ(store.rename(y.id, QStringLiteral("z")), QString());
    EXPECT_TRUE(store.byName(QStringLiteral("z")));
    EXPECT_TRUE(store.remove(y.id));
    EXPECT_FALSE(store.remove(y.id));
}

TEST(AccountStore, DamagedFileIsReportedAndLeftAlone)
{
    QTemporaryDir dir;
    QFile f(QDir(dir.path()).filePath(QStringLiteral("accounts.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    AccountStore store(dir.path());
    EXPECT_FALSE(store.load().isEmpty());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("{ not json"));
}
