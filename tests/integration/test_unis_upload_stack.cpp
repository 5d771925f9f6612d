// The uploader against the whole UNIS simulator (its own sign-in with the AES-encrypted
// password, its users), the file service registered in it, through the UNIS provider's client.
#include "waitfor.h"

#include "core/account.h"
#include "core/accountsession.h"
#include "platforms/unis/unisfiles.h"
#include "platforms/unis/unisprovider.h"
#include "sim/simendpoint.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisfileservice.h"
#include "transfer/md5.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"
#include "transfer/unisremotefiles.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace suanli;
using suanli::test::waitFor;

TEST(UnisUploadStack, UploadsIntoThePrivateAndPublicStorageOfTheSimulatedPlatform)
{
    QTemporaryDir dir;
    sim::SimEnvironment env;
    env.setUnisFilesDir(dir.filePath(QStringLiteral("storage")));
    ASSERT_TRUE(env.start({QStringLiteral("unis")})) << env.errorString().toStdString();
    ASSERT_NE(env.unisFiles(), nullptr);
    EXPECT_TRUE(env.unisFiles()->storageDir().startsWith(dir.path()));
    const sim::SimEndpoint endpoint = env.endpoints().constFirst();

    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("unis-sim");
    account.platform = QStringLiteral("unis");
    account.baseUrl = endpoint.baseUrl;
    account.login = endpoint.login;
    for (auto it = endpoint.options.cbegin(); it != endpoint.options.cend(); ++it)
        account.options.insert(it.key(), it.value());
    AccountSession session(account, nullptr);
    session.setSecret(endpoint.credential);
    unis::UnisProvider provider(&session);
    transfer::UnisRemoteFiles remote(provider.client());

    QString error;
    transfer::TransferQueue queue(transfer::TransferJournal::open(QStringLiteral(":memory:"), &error),
                                  [&remote](const QString &) { return static_cast<transfer::RemoteFileService *>(&remote); });
    transfer::TransferSettings settings;
    settings.chunkSize = 1024 * 1024;
    queue.setSettings(settings);
    QSignalSpy finished(&queue, &transfer::TransferQueue::queueFinished);

    QByteArray data(3 * 1024 * 1024 + 11, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 7919) >> 3);
    const QString path = dir.filePath(QStringLiteral("model.safetensors"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    const qint64 mine = queue.enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    const qint64 shared = queue.enqueue(QStringLiteral("acc"), true, {path}, QStringLiteral("/")).constFirst();
    queue.start();
    ASSERT_TRUE(waitFor([&] { return queue.isIdle() && finished.count() > 0; }, 60000));
    ASSERT_EQ(queue.record(mine)->state, transfer::TransferState::Done) << queue.record(mine)->error.toStdString();
    ASSERT_EQ(queue.record(shared)->state, transfer::TransferState::Done) << queue.record(shared)->error.toStdString();

    const QString userId = remote.files()->knownUserId();
    ASSERT_FALSE(userId.isEmpty());
    QFile stored(env.unisFiles()->diskPath(userId, QStringLiteral("/model.safetensors")));
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(transfer::Md5::hexOf(stored.readAll()), transfer::Md5::hexOf(data));
    QFile publicCopy(env.unisFiles()->diskPath(sim::UnisFileService::publicOwner(), QStringLiteral("/model.safetensors")));
    ASSERT_TRUE(publicCopy.open(QIODevice::ReadOnly));
    EXPECT_EQ(publicCopy.size(), data.size());
}
