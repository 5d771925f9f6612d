#include "../integration/providerharness.h"
#include "waitfor.h"

#include "core/accountsession.h"
#include "core/accountstore.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/logging.h"
#include "core/secretstore.h"
#include "platforms/chenyu/chenyuprovider.h"
#include "sim/chenyu/chenyubackend.h"
#include "sim/simenvironment.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QUuid>

using namespace suanli;
using suanli::test::await;

namespace {

QString uniqueService()
{
    return QStringLiteral("Suanli Console test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList g_logLines;
QMutex g_logMutex;

void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_logLines.append(message);
}

} // namespace

TEST(Keychain, WriteReadRemoveAgainstTheSecretService)
{
    KeychainSecretStore store(uniqueService());
    const QString id = Account::newId();
    const QString secret = QStringLiteral("cy-key-") + QUuid::createUuid().toString(QUuid::Id128);

    auto missing = await<QString>([&](QObject *ctx, auto done) { store.read(id, ctx, done); });
    ASSERT_FALSE(missing);
    ASSERT_EQ(missing.error().kind, ApiError::Kind::Auth) << "Secret Service not reachable: "
                                                          << missing.error().message.toStdString();

    auto written = await<Done>([&](QObject *ctx, auto done) { store.write(id, secret, ctx, done); });
    ASSERT_TRUE(written) << written.error().message.toStdString();

    // A new store object (as after a restart) reads it back.
    KeychainSecretStore again(store.service());
    auto read = await<QString>([&](QObject *ctx, auto done) { again.read(id, ctx, done); });
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read.value(), secret);

    // Entries of another service (another profile, the demo) are separate.
    KeychainSecretStore other(uniqueService());
    EXPECT_FALSE(await<QString>([&](QObject *ctx, auto done) { other.read(id, ctx, done); }));

    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { store.remove(id, ctx, done); }));
    auto gone = await<QString>([&](QObject *ctx, auto done) { store.read(id, ctx, done); });
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().kind, ApiError::Kind::Auth);
    // Removing what is not there is not an error.
    EXPECT_TRUE(await<Done>([&](QObject *ctx, auto done) { store.remove(id, ctx, done); }));
}

// The whole path of a real account: the secret goes to the keychain and nowhere else — not into
// any file under the config dir, not into a developer log line, not into the activity or HTTP log.
TEST(Keychain, SecretAppearsInNoFileAndNoLogLine)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("chenyu")}));
    const QString secret = env.chenyu()->apiKey();
    ASSERT_GE(secret.size(), 8);

    QTemporaryDir configDir;
    QLoggingCategory::setFilterRules(QStringLiteral("suanli.*.debug=true"));
    g_logLines.clear();
    QtMessageHandler previous = qInstallMessageHandler(captureHandler);
    installRedactingMessageHandler();

    EventLog log;
    {
        KeychainSecretStore keychain(uniqueService());
        AccountStore accounts(configDir.path());
        AppSettings settings(configDir.path());
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("team-a");
        a.platform = QStringLiteral("chenyu");
        a.baseUrl = env.endpoints().first().baseUrl;
        ASSERT_EQ(accounts.add(a), QString());
        ASSERT_EQ(accounts.save(), QString());
        settings.setCurrentAccountId(a.id);
        settings.sync();
        ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { keychain.write(a.id, secret, ctx, done); }));

        // A later start: the account comes from the file, the secret from the keychain.
        AccountStore reloaded(configDir.path());
        ASSERT_EQ(reloaded.load(), QString());
        auto stored = await<QString>([&](QObject *ctx, auto done) { keychain.read(a.id, ctx, done); });
        ASSERT_TRUE(stored);
        AccountSession session(reloaded.accounts().first(), &log);
        session.setSecret(stored.value());
        chenyu::ChenyuProvider provider(&session);
        ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { provider.verify(ctx, done); }));
        ASSERT_TRUE(await<QList<Resource>>([&](QObject *ctx, auto done) { provider.listResources({}, ctx, done); }));
        // Something that fails and logs an error, with the secret in the request.
        Resource missing;
        missing.id = QStringLiteral("does-not-exist");
        missing.raw.insert(QStringLiteral("status"), 4);
        ActionRequest start;
        start.action = Action::Start;
        EXPECT_FALSE(await<Done>([&](QObject *ctx, auto done) { provider.perform(missing, start, ctx, done); }));
        qDebug() << "Authorization: Bearer" << secret; // a careless debug line is scrubbed too
        ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) { keychain.remove(a.id, ctx, done); }));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    // Nothing under the config dir holds the secret.
    int files = 0;
    QDirIterator it(configDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        ++files;
        EXPECT_FALSE(f.readAll().contains(secret.toUtf8())) << f.fileName().toStdString();
    }
    EXPECT_GE(files, 2); // accounts.json and settings.ini

    // The logs were written, and none of them holds it.
    EXPECT_FALSE(g_logLines.isEmpty());
    for (const QString &line : std::as_const(g_logLines))
        EXPECT_FALSE(line.contains(secret)) << line.toStdString();
    ASSERT_GT(log.size(), 0);
    for (int i = 0; i < log.size(); ++i)
        EXPECT_FALSE(log.at(i).message.contains(secret));
    ASSERT_GT(log.httpSize(), 0);
    for (int i = 0; i < log.httpSize(); ++i) {
        EXPECT_FALSE(log.httpAt(i).url.contains(secret));
        EXPECT_FALSE(log.httpAt(i).error.contains(secret));
    }
}
