// TransferModel follows the upload queue row by row and passes QAbstractItemModelTester while
// files and a folder upload, finish, fail and are removed.
#include "fakeremotefiles.h"

#include "gui/transfermodel.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"

#include "waitfor.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace suanli;
using namespace suanli::transfer;
using suanli::gui::TransferModel;
using suanli::test::FakeRemoteFiles;
using suanli::test::waitFor;

namespace {

void write(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray data(size, 'x');
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(i * 31 + size);
    file.write(data);
}

} // namespace

TEST(TransferModel, FollowsTheQueueAndPassesTheModelTester)
{
    QTemporaryDir dir;
    FakeRemoteFiles remote;
    remote.setLatency(5);
    QString error;
    TransferQueue queue(TransferJournal::open(QStringLiteral(":memory:"), &error),
                        [&remote](const QString &) -> RemoteFileService * { return &remote; });
    TransferSettings settings;
    settings.chunkSize = 1024 * 1024;
    settings.retry.baseDelayMs = 1;
    queue.setSettings(settings);
    TransferModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    write(dir.filePath(QStringLiteral("one.bin")), 3 * 1024 * 1024 + 7);
    write(dir.filePath(QStringLiteral("set/a.bin")), 1000);
    write(dir.filePath(QStringLiteral("set/sub/b.bin")), 2000);
    write(dir.filePath(QStringLiteral("bad.bin")), 10);
    remote.failNext(FakeRemoteFiles::Call::Merge, ApiError::platform(QStringLiteral("500"), QStringLiteral("磁盘已满")));
    remote.setLatency(5);

    QSignalSpy finished(&queue, &TransferQueue::queueFinished);
    const QList<qint64> ids = queue.enqueue(QStringLiteral("acc"), false,
                                            {dir.filePath(QStringLiteral("bad.bin")), dir.filePath(QStringLiteral("one.bin")),
                                             dir.filePath(QStringLiteral("set"))},
                                            QStringLiteral("/"));
    ASSERT_EQ(ids.size(), 3);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.data(model.index(1, TransferModel::Name)).toString(), QStringLiteral("one.bin"));
    EXPECT_EQ(model.data(model.index(1, TransferModel::State)).toString(), QStringLiteral("Queued"));
    EXPECT_EQ(model.headerData(TransferModel::Eta, Qt::Horizontal).toString(), QStringLiteral("Time left"));

    queue.start();
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; }, 20000));
    EXPECT_EQ(model.data(model.index(0, TransferModel::State)).toString(), QStringLiteral("Failed"));
    EXPECT_TRUE(model.data(model.index(0, TransferModel::Error)).toString().contains(QStringLiteral("磁盘已满")));
    EXPECT_EQ(model.data(model.index(1, TransferModel::State)).toString(), QStringLiteral("Done"));
    EXPECT_EQ(model.data(model.index(1, TransferModel::Progress)).toString(), QStringLiteral("100%"));
    EXPECT_DOUBLE_EQ(model.data(model.index(1, 0), TransferModel::FractionRole).toDouble(), 1.0);
    EXPECT_TRUE(model.data(model.index(2, TransferModel::Name)).toString().startsWith(QStringLiteral("set (2 file")));
    EXPECT_EQ(model.data(model.index(2, TransferModel::Progress)).toString(), QStringLiteral("2 of 2 files"));
    EXPECT_EQ(model.data(model.index(2, TransferModel::Destination)).toString(), QStringLiteral("Private: /"));
    EXPECT_EQ(model.data(model.index(2, 0), TransferModel::ItemIdRole).toLongLong(), ids[2]);

    queue.clearFinished();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.idAt(0), ids[0]);
    queue.retry(ids[0]);
    finished.clear();
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; }, 20000));
    EXPECT_EQ(model.data(model.index(0, TransferModel::State)).toString(), QStringLiteral("Done"));
    queue.remove(ids[0]);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(TransferModel, Texts)
{
    EXPECT_EQ(TransferModel::etaText(-1), QString());
    EXPECT_EQ(TransferModel::etaText(65), QStringLiteral("01:05"));
    EXPECT_EQ(TransferModel::etaText(3725), QStringLiteral("1:02:05"));
    EXPECT_EQ(TransferModel::etaText(90000), QStringLiteral("1 d 1 h"));
    EXPECT_EQ(TransferModel::speedText(0), QString());
    EXPECT_FALSE(TransferModel::speedText(2048).isEmpty());
}
