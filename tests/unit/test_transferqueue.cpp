// The upload queue against a storage in memory: the resumable flow, what it skips and what it
// sends again, retries, merge failures, pause / resume / cancel, a journal that brings the queue
// back, files that change under it, folders, and the memory bound.
#include "fakeremotefiles.h"

#include "transfer/filereader.h"
#include "transfer/md5.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"

#include "waitfor.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

#include <memory>

using namespace suanli;
using namespace suanli::transfer;
using suanli::test::FakeRemoteFiles;
using suanli::test::waitFor;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QByteArray pattern(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 7;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x >> 3);
    }
    return data;
}

class TransferQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        settings.parallel = 3;
        settings.chunkSize = 1 * kMiB;
        settings.retry.baseDelayMs = 5;
        settings.retry.maxDelayMs = 20;
        makeQueue();
    }

    void makeQueue()
    {
        QString error;
        auto journal = TransferJournal::open(journalPath, &error);
        ASSERT_TRUE(journal) << error.toStdString();
        queue = std::make_unique<TransferQueue>(std::move(journal), [this](const QString &account) -> RemoteFileService * {
            if (account == u"acc")
                return &remote;
            return account == u"acc2" ? &second : nullptr;
        });
        queue->setSettings(settings);
        finished = std::make_unique<QSignalSpy>(queue.get(), &TransferQueue::queueFinished);
        notices = std::make_unique<QSignalSpy>(queue.get(), &TransferQueue::notice);
    }

    QString writeFile(const QString &relative, const QByteArray &data)
    {
        const QString path = dir.filePath(QStringLiteral("local/") + relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }

    bool runToEnd(int timeoutMs = 20000)
    {
        return waitFor([this] { return queue->isIdle() && finished->count() > 0; }, timeoutMs);
    }

    TransferState state(qint64 id) const { return queue->record(id)->state; }

    QTemporaryDir dir;
    QString journalPath;
    TransferSettings settings;
    FakeRemoteFiles remote;
    FakeRemoteFiles second;
    std::unique_ptr<TransferQueue> queue;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> notices;
};

} // namespace

TEST_F(TransferQueueTest, UploadsEveryChunkOnceThenMergesOnce)
{
    const QByteArray data = pattern(5 * kMiB + 12345, 1);
    const QString path = writeFile(QStringLiteral("a.bin"), data);
    remote.addFolder(false, QStringLiteral("/data"));
    const QList<qint64> ids = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/data/"));
    ASSERT_EQ(ids.size(), 1);
    queue->start();
    ASSERT_TRUE(runToEnd());

    EXPECT_EQ(state(ids[0]), TransferState::Done);
    EXPECT_EQ(remote.file(false, QStringLiteral("/data/a.bin")), data);
    const QMap<int, int> sends = remote.chunkSends(false, QStringLiteral("/data/a.bin"));
    ASSERT_EQ(sends.size(), 6);
    for (int count : sends)
        EXPECT_EQ(count, 1);
    EXPECT_EQ(remote.merges(), 1);
    EXPECT_EQ(finished->constLast().at(0).toInt(), 1);
    EXPECT_EQ(finished->constLast().at(1).toInt(), 0);
    const auto item = queue->item(ids[0]);
    EXPECT_EQ(item->doneBytes, data.size());
    // At most `parallel` chunk bodies were alive at once, each a chunk.
    EXPECT_LE(remote.maxBodiesHeld(), 3);
    EXPECT_EQ(remote.maxBodyBytes(), kMiB);
}

TEST_F(TransferQueueTest, AFileAlreadyThereIsDoneAtOnce)
{
    const QByteArray data = pattern(3 * kMiB, 2);
    const QString path = writeFile(QStringLiteral("there.bin"), data);
    remote.addFile(false, QStringLiteral("/there.bin"), data);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_TRUE(queue->record(id)->note.contains(QStringLiteral("Already on the server")));
    EXPECT_EQ(remote.totalChunkSends(), 0);
    EXPECT_EQ(remote.merges(), 0);
}

TEST_F(TransferQueueTest, ListedChunksAreSkippedOnlyWhenTheirMd5Matches)
{
    const QByteArray data = pattern(4 * kMiB, 3);
    const QString path = writeFile(QStringLiteral("partial.bin"), data);
    UploadTarget target;
    target.directory = QStringLiteral("/");
    target.fileName = QStringLiteral("partial.bin");
    target.fileMd5 = Md5::hexOf(data);
    target.fileSize = data.size();
    remote.addPartialChunk(target, 0, data.mid(0, kMiB));            // the same bytes: skipped
    remote.addPartialChunk(target, 2, pattern(kMiB, 99));             // other bytes: sent again
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    const QMap<int, int> sends = remote.chunkSends(false, QStringLiteral("/partial.bin"));
    EXPECT_EQ(sends.value(0), 0);
    EXPECT_EQ(sends.value(1), 1);
    EXPECT_EQ(sends.value(2), 1);
    EXPECT_EQ(sends.value(3), 1);
    EXPECT_EQ(remote.file(false, QStringLiteral("/partial.bin")), data);
}

TEST_F(TransferQueueTest, NetworkErrorsAreRetriedPerChunk)
{
    const QByteArray data = pattern(3 * kMiB, 4);
    const QString path = writeFile(QStringLiteral("flaky.bin"), data);
    remote.failNext(FakeRemoteFiles::Call::Check, ApiError::http(502, QStringLiteral("bad gateway")));
    remote.failNext(FakeRemoteFiles::Call::Chunk, ApiError::network(QStringLiteral("reset")), false, 1);
    remote.failNext(FakeRemoteFiles::Call::Chunk, ApiError::timeout(), false, 1);
    // Stored, then the answer lost: sent again, harmlessly.
    remote.failNext(FakeRemoteFiles::Call::Chunk, ApiError::network(QStringLiteral("reset"), true), true, 2);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    const QMap<int, int> sends = remote.chunkSends(false, QStringLiteral("/flaky.bin"));
    EXPECT_EQ(sends.value(0), 1);
    EXPECT_EQ(sends.value(1), 3);
    EXPECT_EQ(sends.value(2), 2);
    EXPECT_EQ(remote.file(false, QStringLiteral("/flaky.bin")), data);
}

TEST_F(TransferQueueTest, AChunkDamagedOnTheWayIsSentAgainThenTheFileFails)
{
    const QByteArray data = pattern(2 * kMiB, 5);
    const QString path = writeFile(QStringLiteral("damaged.bin"), data);
    remote.corruptNextChunks(1);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remote.totalChunkSends(), 3);
    EXPECT_EQ(remote.file(false, QStringLiteral("/damaged.bin")), data);

    // Refused every time: the file fails with the server's words.
    const QString second = writeFile(QStringLiteral("refused.bin"), pattern(kMiB, 6));
    remote.corruptNextChunks(100);
    const qint64 refused = queue->enqueue(QStringLiteral("acc"), false, {second}, QStringLiteral("/")).constFirst();
    finished->clear();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(refused), TransferState::Failed);
    EXPECT_TRUE(queue->record(refused)->error.contains(QStringLiteral("分片MD5校验失败")));
    EXPECT_EQ(remote.chunkSends(false, QStringLiteral("/refused.bin")).value(0), settings.refusedChunkAttempts);
    EXPECT_EQ(remote.merges(), 1);
    EXPECT_EQ(finished->constLast().at(1).toInt(), 1);
}

TEST_F(TransferQueueTest, AMergeTheServerRefusesIsReportedNotRepeated)
{
    const QString path = writeFile(QStringLiteral("m.bin"), pattern(2 * kMiB, 7));
    remote.failNext(FakeRemoteFiles::Call::Merge, ApiError::platform(QStringLiteral("500"), QStringLiteral("存储空间不足")));
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Failed);
    EXPECT_TRUE(queue->record(id)->error.contains(QStringLiteral("存储空间不足")));
    EXPECT_EQ(remote.merges(), 1);
    EXPECT_FALSE(remote.hasFile(false, QStringLiteral("/m.bin")));

    // The user retries: the chunks are there, only the merge goes again.
    finished->clear();
    queue->retry(id);
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remote.merges(), 2);
    EXPECT_EQ(remote.totalChunkSends(), 2);
}

TEST_F(TransferQueueTest, AMergeWithoutAClearAnswerIsCheckedBeforeAnythingElse)
{
    // The merge happened, the answer was lost: the check finds the file; no second merge.
    const QByteArray data = pattern(2 * kMiB, 8);
    const QString path = writeFile(QStringLiteral("lost.bin"), data);
    remote.failNext(FakeRemoteFiles::Call::Merge, ApiError::network(QStringLiteral("reset"), true), true);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remote.merges(), 1);
    EXPECT_TRUE(queue->record(id)->note.isEmpty());

    // The merge never reached the server: the check shows every chunk still there, and only
    // then is the merge sent again.
    const QString second = writeFile(QStringLiteral("unsent.bin"), pattern(2 * kMiB, 9));
    remote.failNext(FakeRemoteFiles::Call::Merge, ApiError::http(502, QStringLiteral("bad gateway")));
    const qint64 other = queue->enqueue(QStringLiteral("acc"), false, {second}, QStringLiteral("/")).constFirst();
    finished->clear();
    const int checksBefore = remote.checks();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(other), TransferState::Done);
    EXPECT_EQ(remote.merges(), 3);
    EXPECT_EQ(remote.checks() - checksBefore, 2);
    EXPECT_EQ(remote.chunkSends(false, QStringLiteral("/unsent.bin")).value(1), 1);
}

TEST_F(TransferQueueTest, CancelLeavesNothingMerged)
{
    const QString path = writeFile(QStringLiteral("c.bin"), pattern(6 * kMiB, 10));
    remote.setLatency(30);
    QSignalSpy confirmed(queue.get(), &TransferQueue::chunkConfirmed);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return confirmed.count() >= 2; }));
    queue->cancel(id);
    EXPECT_EQ(state(id), TransferState::Cancelled);
    ASSERT_TRUE(waitFor([&] { return queue->isIdle(); }));
    QTest::qWait(200); // answers to requests that were under way
    EXPECT_EQ(remote.merges(), 0);
    EXPECT_FALSE(remote.hasFile(false, QStringLiteral("/c.bin")));
    EXPECT_EQ(state(id), TransferState::Cancelled);
}

TEST_F(TransferQueueTest, PauseAndResume)
{
    const QByteArray data = pattern(8 * kMiB, 11);
    const QString path = writeFile(QStringLiteral("p.bin"), data);
    remote.setLatency(20);
    QSignalSpy confirmed(queue.get(), &TransferQueue::chunkConfirmed);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return confirmed.count() >= 3; }));
    queue->pause(id);
    EXPECT_EQ(state(id), TransferState::Paused);
    QTest::qWait(200);
    const int sentWhilePaused = remote.totalChunkSends();
    QTest::qWait(200);
    EXPECT_EQ(remote.totalChunkSends(), sentWhilePaused);
    finished->clear();
    queue->resume(id);
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remote.file(false, QStringLiteral("/p.bin")), data);
    for (int count : remote.chunkSends(false, QStringLiteral("/p.bin")))
        EXPECT_EQ(count, 1);
}

TEST_F(TransferQueueTest, TheJournalBringsTheQueueBackAndAcknowledgedChunksStaySent)
{
    const QByteArray data = pattern(9 * kMiB, 12);
    const QString path = writeFile(QStringLiteral("j.bin"), data);
    remote.setLatency(10);
    QSignalSpy confirmed(queue.get(), &TransferQueue::chunkConfirmed);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return confirmed.count() >= 3; }));
    QSet<int> acknowledged;
    for (const QList<QVariant> &args : confirmed)
        acknowledged.insert(args.at(1).toInt());
    // Quit with chunks under way.
    queue.reset();
    QTest::qWait(100);

    makeQueue();
    ASSERT_TRUE(queue->record(id));
    EXPECT_EQ(queue->record(id)->state, TransferState::Queued);
    EXPECT_GE(queue->item(id)->doneBytes, qint64(acknowledged.size()) * kMiB);
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remote.file(false, QStringLiteral("/j.bin")), data);
    const QMap<int, int> sends = remote.chunkSends(false, QStringLiteral("/j.bin"));
    for (int index : acknowledged)
        EXPECT_EQ(sends.value(index), 1) << "chunk " << index << " was sent again";
}

TEST_F(TransferQueueTest, AFileChangedMidUploadStartsOverAndSaysWhy)
{
    const QString path = writeFile(QStringLiteral("changing.bin"), pattern(6 * kMiB, 13));
    remote.setLatency(20);
    QSignalSpy confirmed(queue.get(), &TransferQueue::chunkConfirmed);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return confirmed.count() >= 2; }));
    const QByteArray changed = pattern(7 * kMiB, 14);
    writeFile(QStringLiteral("changing.bin"), changed);
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remote.file(false, QStringLiteral("/changing.bin")), changed);
    EXPECT_TRUE(queue->record(id)->note.contains(QStringLiteral("changed on disk")));
    bool told = false;
    for (const QList<QVariant> &args : *notices)
        told = told || (args.at(0).toLongLong() == id && args.at(1).toString().contains(QStringLiteral("from the start")));
    EXPECT_TRUE(told);
}

TEST_F(TransferQueueTest, FoldersAreRecreatedWithEverythingInThem)
{
    writeFile(QStringLiteral("set/a.txt"), pattern(1000, 20));
    writeFile(QStringLiteral("set/train/b.bin"), pattern(2 * kMiB + 5, 21));
    writeFile(QStringLiteral("set/train/deep/c.bin"), pattern(10, 22));
    writeFile(QStringLiteral("set/empty.txt"), QByteArray());
    QDir().mkpath(dir.filePath(QStringLiteral("local/set/nothing")));
    remote.addFolder(false, QStringLiteral("/datasets"));
    remote.addFolder(false, QStringLiteral("/datasets/set")); // there already: fine
    const qint64 id =
        queue->enqueue(QStringLiteral("acc"), false, {dir.filePath(QStringLiteral("local/set"))}, QStringLiteral("/datasets"))
            .constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remote.file(false, QStringLiteral("/datasets/set/a.txt")), pattern(1000, 20));
    EXPECT_EQ(remote.file(false, QStringLiteral("/datasets/set/train/b.bin")), pattern(2 * kMiB + 5, 21));
    EXPECT_EQ(remote.file(false, QStringLiteral("/datasets/set/train/deep/c.bin")), pattern(10, 22));
    EXPECT_TRUE(remote.hasFile(false, QStringLiteral("/datasets/set/empty.txt")));
    EXPECT_TRUE(remote.hasFolder(false, QStringLiteral("/datasets/set/nothing")));
    const auto item = queue->item(id);
    EXPECT_EQ(item->files, 4);
    EXPECT_EQ(item->filesDone, 4);
    EXPECT_EQ(item->doneBytes, item->totalBytes);
}

TEST_F(TransferQueueTest, AFolderThatCannotBeCreatedFailsWithItsFiles)
{
    writeFile(QStringLiteral("f2/x.bin"), pattern(100, 30));
    const qint64 id =
        queue->enqueue(QStringLiteral("acc"), false, {dir.filePath(QStringLiteral("local/f2"))}, QStringLiteral("/missing"))
            .constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Failed);
    EXPECT_TRUE(queue->record(id)->error.contains(QStringLiteral("父目录不存在")));
    EXPECT_EQ(remote.totalChunkSends(), 0);
}

TEST_F(TransferQueueTest, TheBandwidthLimitPacesChunks)
{
    const QString path = writeFile(QStringLiteral("slow.bin"), pattern(4 * kMiB, 40));
    queue->setBandwidthLimit(8 * kMiB); // four 1 MiB chunks: the last three wait 125 ms each
    QElapsedTimer timer;
    timer.start();
    queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/"));
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_GE(timer.elapsed(), 370);
}

TEST_F(TransferQueueTest, TheWholeFileMd5IsCachedAcrossItems)
{
    const QByteArray data = pattern(2 * kMiB, 50);
    const QString path = writeFile(QStringLiteral("cached.bin"), data);
    QSignalSpy hashes(queue.get(), &TransferQueue::hashStarted);
    queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/"));
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(hashes.count(), 1);
    remote.addFolder(false, QStringLiteral("/copy"));
    finished->clear();
    queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/copy"));
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(hashes.count(), 1);
    EXPECT_EQ(remote.file(false, QStringLiteral("/copy/cached.bin")), data);
    EXPECT_EQ(queue->journal()->cachedMd5(path, data.size(), QFileInfo(path).lastModified().toMSecsSinceEpoch()),
              Md5::hexOf(data));
}

TEST_F(TransferQueueTest, AnAccountThatGoesAwayGivesItsSlotsBack)
{
    // The first account's platform never answers.
    remote.setHolding(true);
    const QString a = writeFile(QStringLiteral("stuck.bin"), pattern(3 * kMiB, 60));
    const qint64 stuck = queue->enqueue(QStringLiteral("acc"), false, {a}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return state(stuck) == TransferState::Uploading; }));
    QTest::qWait(100);
    queue->forgetAccount(QStringLiteral("acc"));
    EXPECT_EQ(state(stuck), TransferState::Failed);

    const QByteArray data = pattern(6 * kMiB, 61);
    const QString b = writeFile(QStringLiteral("other.bin"), data);
    const qint64 other = queue->enqueue(QStringLiteral("acc2"), false, {b}, QStringLiteral("/")).constFirst();
    second.setLatency(10);
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(other), TransferState::Done);
    EXPECT_EQ(second.file(false, QStringLiteral("/other.bin")), data);
    // The late answers of the account that went away are not counted twice.
    remote.setHolding(false);
    QTest::qWait(50);
    const QString c = writeFile(QStringLiteral("third.bin"), pattern(6 * kMiB, 62));
    finished->clear();
    queue->enqueue(QStringLiteral("acc2"), false, {c}, QStringLiteral("/"));
    ASSERT_TRUE(runToEnd());
    EXPECT_LE(second.maxBodiesHeld(), settings.parallel);
}

TEST(FileReader, ChunkMd5sComeWithTheFileMd5)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.bin"));
    const QByteArray data = pattern(2 * kMiB + 12345, 71);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const FileStamp stamp = FileStamp::of(path);

    const FileReader::Hash hash = FileReader::hashWithChunks(path, stamp.size, stamp.mtimeMs, kMiB);
    EXPECT_EQ(hash.md5, Md5::hexOf(data));
    ASSERT_EQ(hash.chunkMd5s.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(hash.chunkMd5s.at(i), Md5::hexOf(QByteArrayView(data).sliced(i * kMiB).first(std::min<qint64>(kMiB, data.size() - i * kMiB))));
    // One chunk: its MD5 is the file's.
    const FileReader::Hash whole = FileReader::hashWithChunks(path, stamp.size, stamp.mtimeMs, 4 * kMiB);
    EXPECT_EQ(whole.chunkMd5s, QStringList{Md5::hexOf(data)});
    // Another size than the one queued: changed, nothing known.
    const FileReader::Hash changed = FileReader::hashWithChunks(path, stamp.size + 1, stamp.mtimeMs, kMiB);
    EXPECT_TRUE(changed.changed);
    EXPECT_TRUE(changed.md5.isEmpty());
    EXPECT_TRUE(changed.chunkMd5s.isEmpty());

    // A chunk read with its MD5 known carries that one; without, the MD5 of what was read.
    const auto tail = [](const QString &md5) { return md5.toLatin1(); };
    const FileReader::Chunk read = FileReader::readChunk(path, stamp.size, stamp.mtimeMs, kMiB, kMiB, "H", tail);
    EXPECT_EQ(read.md5, hash.chunkMd5s.at(1));
    EXPECT_EQ(read.body, "H" + data.mid(kMiB, kMiB) + hash.chunkMd5s.at(1).toLatin1());
    const QString known = QStringLiteral("0123456789abcdef0123456789abcdef");
    const FileReader::Chunk given = FileReader::readChunk(path, stamp.size, stamp.mtimeMs, kMiB, kMiB, "H", tail, known);
    EXPECT_EQ(given.md5, known);
    EXPECT_EQ(given.body, "H" + data.mid(kMiB, kMiB) + known.toLatin1());
}

TEST(BandwidthLimiter, PacesToTheRateAndRescalesDebt)
{
    BandwidthLimiter limiter;
    EXPECT_EQ(limiter.waitMs(1000, 0), 0);
    limiter.setRate(1000, 0); // 1000 bytes per second
    EXPECT_EQ(limiter.waitMs(500, 0), 0);
    limiter.commit(500, 0);
    EXPECT_EQ(limiter.waitMs(500, 0), 500);
    EXPECT_EQ(limiter.waitMs(500, 200), 300);
    limiter.setRate(2000, 200); // 300 ms owed at the old rate: 150 at the new
    EXPECT_EQ(limiter.waitMs(500, 200), 150);
    limiter.setRate(0, 200);
    EXPECT_EQ(limiter.waitMs(500, 200), 0);
}

TEST(RateMeter, RateAndEta)
{
    RateMeter meter(10000);
    EXPECT_EQ(meter.etaSeconds(100, 0), -1);
    meter.add(1000, 0);
    meter.add(1000, 1000);
    EXPECT_DOUBLE_EQ(meter.rate(2000), 1000.0);
    EXPECT_EQ(meter.etaSeconds(5000, 2000), 5);
    EXPECT_DOUBLE_EQ(meter.rate(20000), 0.0); // everything fell out of the window
}

TEST(TransferJournal, KeepsRecordsChunksAndHashes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    qint64 id = 0;
    {
        QString error;
        auto journal = TransferJournal::open(path, &error);
        ASSERT_TRUE(journal) << error.toStdString();
        TransferRecord folder;
        folder.kind = TransferKind::Folder;
        folder.accountId = QStringLiteral("acc");
        folder.localPath = QStringLiteral("/x");
        folder.remoteDir = QStringLiteral("/");
        folder.remoteName = QStringLiteral("x");
        ASSERT_TRUE(journal->add(folder));
        TransferRecord file = folder;
        file.kind = TransferKind::File;
        file.parentId = folder.id;
        file.localPath = QStringLiteral("/x/数据.bin");
        file.remoteName = QStringLiteral("数据.bin");
        file.size = 5;
        file.state = TransferState::Uploading;
        ASSERT_TRUE(journal->add(file));
        id = file.id;
        ASSERT_TRUE(journal->markChunk(id, 3, QStringLiteral("abc"), true));
        ASSERT_TRUE(journal->cacheMd5(QStringLiteral("/x/数据.bin"), 5, 77, QStringLiteral("d41d")));
    }
    QString error;
    auto journal = TransferJournal::open(path, &error);
    ASSERT_TRUE(journal);
    const QList<TransferRecord> records = journal->records();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(1).remoteName, QStringLiteral("数据.bin"));
    EXPECT_EQ(records.at(1).state, TransferState::Uploading);
    EXPECT_TRUE(journal->chunks(id).value(3).acknowledged);
    EXPECT_EQ(journal->cachedMd5(QStringLiteral("/x/数据.bin"), 5, 77), QStringLiteral("d41d"));
    EXPECT_FALSE(journal->cachedMd5(QStringLiteral("/x/数据.bin"), 5, 78));
    ASSERT_TRUE(journal->remove(records.at(0).id));
    EXPECT_TRUE(journal->records().isEmpty());
    EXPECT_TRUE(journal->chunks(id).isEmpty());
}
