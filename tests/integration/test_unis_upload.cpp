// The uploader through the real UNIS client against the simulated file service, over loopback:
// an abort at a third and a resume that sends no acknowledged chunk again, faults on every call
// of the flow, damaged chunks, a file already there, a folder, a file that changes, a cancel;
// and the file endpoints themselves (paging, folders, delete, SFTP details).
#include "unisuploadfixture.h"

#include "core/redactor.h"
#include "sim/fault.h"

#include <QTest>
#include <QTimeZone>

using namespace suanli;
using namespace suanli::test;
using transfer::TransferState;

namespace {

const QString kChunkPath = QStringLiteral("/api/file/file/uploadFile");
const QString kCheckPath = QStringLiteral("/api/file/file/checkFileExist");
const QString kMergePath = QStringLiteral("/api/file/file/mergeFile");

template<typename T, typename Start>
Result<T> await(Start start)
{
    QObject context;
    std::optional<Result<T>> out;
    start(&context, [&out](const Result<T> &r) { out.emplace(r); });
    if (!waitFor([&] { return out.has_value(); }, 20000))
        return ApiError::timeout();
    return *out;
}

} // namespace

TEST_F(UnisUploadFixture, AnAbortAtAThirdThenAResumeSendsNoAcknowledgedChunkAgain)
{
    const QByteArray data = testBytes(12 * kMiB + 4321, 1);
    const QString path = writeLocal(QStringLiteral("big.bin"), data);
    server->setLatency(15); // leaves chunks under way when the abort comes
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return confirmed->count() >= 13 / 3; }, 30000));

    // The abort: the application goes away with requests under way.
    QSet<int> acknowledged;
    for (const QList<QVariant> &args : *confirmed)
        acknowledged.insert(args.at(1).toInt());
    queue.reset();
    ASSERT_GE(acknowledged.size(), 4);
    ASSERT_LT(acknowledged.size(), 13);
    QTest::qWait(300); // whatever was under way lands (or not) on the server

    makeQueue();
    EXPECT_EQ(queue->record(id)->state, TransferState::Queued);
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);

    const QMap<int, int> sends = service->chunkSends(QStringLiteral("38"), QStringLiteral("/big.bin"));
    ASSERT_EQ(sends.size(), 13);
    for (int index : std::as_const(acknowledged))
        EXPECT_EQ(sends.value(index), 1) << "chunk " << index << " was acknowledged before the abort and sent again";
    int total = 0;
    for (int count : sends)
        total += count;
    // Chunks under way at the abort may have been sent twice; nothing else.
    EXPECT_LE(total, 13 + settings.parallel);
    EXPECT_EQ(service->mergeRequests(QStringLiteral("38"), QStringLiteral("/big.bin")), 1);
    EXPECT_EQ(transfer::Md5::hexOf(remoteFile(QStringLiteral("/big.bin"))), transfer::Md5::hexOf(data));
    EXPECT_EQ(service->partialUploadCount(), 0);
}

TEST_F(UnisUploadFixture, FaultsOnEveryCallOfTheFlowStillEndInACorrectFile)
{
    const QByteArray data = testBytes(5 * kMiB + 99, 2);
    const QString path = writeLocal(QStringLiteral("faults.bin"), data);
    server->injectFault(QStringLiteral("/prod-api/getInfo"), sim::Fault::Http500);
    server->injectFault(kCheckPath, sim::Fault::Reset);
    server->injectFault(kCheckPath, sim::Fault::Truncate);
    server->injectFault(kChunkPath, sim::Fault::Http503RetryAfter);
    server->injectFault(kChunkPath, sim::Fault::Reset);
    server->injectFault(kChunkPath, sim::Fault::Truncate);
    server->injectFault(kChunkPath, sim::Fault::DropAfterProcess); // stored, answer lost
    server->injectFault(kChunkPath, sim::Fault::Http500);
    server->injectFault(kMergePath, sim::Fault::DropAfterProcess); // merged, answer lost
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done) << queue->record(id)->error.toStdString();
    EXPECT_EQ(server->armedFaultCount(), 0);
    EXPECT_EQ(remoteFile(QStringLiteral("/faults.bin")), data);
    // The merge went out once: its lost answer was settled by asking, not by merging again.
    EXPECT_EQ(service->mergeRequests(QStringLiteral("38"), QStringLiteral("/faults.bin")), 1);

    // A merge that never reached the platform: asked, found unmerged, merged again.
    const QByteArray second = testBytes(2 * kMiB, 3);
    const QString secondPath = writeLocal(QStringLiteral("merge-reset.bin"), second);
    server->injectFault(kMergePath, sim::Fault::Reset);
    server->injectFault(kMergePath, sim::Fault::Http500);
    finished->clear();
    const qint64 other = queue->enqueue(QStringLiteral("acc"), false, {secondPath}, QStringLiteral("/")).constFirst();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(other), TransferState::Done) << queue->record(other)->error.toStdString();
    EXPECT_EQ(remoteFile(QStringLiteral("/merge-reset.bin")), second);
    EXPECT_EQ(service->mergeRequests(QStringLiteral("38"), QStringLiteral("/merge-reset.bin")), 1);
}

TEST_F(UnisUploadFixture, ChunksDamagedOnTheWayAreDetectedAndSentAgain)
{
    const QByteArray data = testBytes(4 * kMiB, 4);
    const QString path = writeLocal(QStringLiteral("damaged.bin"), data);
    service->corruptNextChunks(2);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    int total = 0;
    for (int count : service->chunkSends(QStringLiteral("38"), QStringLiteral("/damaged.bin")))
        total += count;
    EXPECT_EQ(total, 4 + 2);
    EXPECT_EQ(remoteFile(QStringLiteral("/damaged.bin")), data);
}

TEST_F(UnisUploadFixture, AFileAlreadyThereIsNotSentAgain)
{
    const QByteArray data = testBytes(3 * kMiB, 5);
    const QString path = writeLocal(QStringLiteral("twice.bin"), data);
    const qint64 first = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    ASSERT_EQ(state(first), TransferState::Done);
    const int sent = service->chunkSends(QStringLiteral("38"), QStringLiteral("/twice.bin")).size();
    finished->clear();
    const qint64 second = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(second), TransferState::Done);
    EXPECT_TRUE(queue->record(second)->note.contains(QStringLiteral("Already on the server")));
    int total = 0;
    for (int count : service->chunkSends(QStringLiteral("38"), QStringLiteral("/twice.bin")))
        total += count;
    EXPECT_EQ(total, sent);
}

TEST_F(UnisUploadFixture, AFolderIsRecreatedWithItsFiles)
{
    writeLocal(QStringLiteral("corpus/readme.txt"), testBytes(300, 6));
    writeLocal(QStringLiteral("corpus/train/part-0.bin"), testBytes(kMiB + 17, 7));
    writeLocal(QStringLiteral("corpus/train/part-1.bin"), testBytes(2 * kMiB, 8));
    writeLocal(QStringLiteral("corpus/val/中文名.txt"), testBytes(10, 9));
    writeLocal(QStringLiteral("corpus/empty"), QByteArray());
    QDir().mkpath(local.filePath(QStringLiteral("files/corpus/nothing")));
    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) {
        remote->createFolder(false, QStringLiteral("/"), QStringLiteral("datasets"), ctx, std::move(done));
    }));
    const qint64 id =
        queue->enqueue(QStringLiteral("acc"), false, {local.filePath(QStringLiteral("files/corpus"))}, QStringLiteral("/datasets"))
            .constFirst();
    queue->start();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done) << queue->record(id)->error.toStdString();
    EXPECT_EQ(remoteFile(QStringLiteral("/datasets/corpus/readme.txt")), testBytes(300, 6));
    EXPECT_EQ(remoteFile(QStringLiteral("/datasets/corpus/train/part-0.bin")), testBytes(kMiB + 17, 7));
    EXPECT_EQ(remoteFile(QStringLiteral("/datasets/corpus/train/part-1.bin")), testBytes(2 * kMiB, 8));
    EXPECT_EQ(remoteFile(QStringLiteral("/datasets/corpus/val/中文名.txt")), testBytes(10, 9));
    EXPECT_TRUE(QFileInfo(service->diskPath(QStringLiteral("38"), QStringLiteral("/datasets/corpus/empty"))).isFile());
    EXPECT_TRUE(QFileInfo(service->diskPath(QStringLiteral("38"), QStringLiteral("/datasets/corpus/nothing"))).isDir());

    const auto listing = await<QList<unis::FileEntry>>([&](QObject *ctx, auto done) {
        remote->files()->list(false, QStringLiteral("/datasets/corpus"), ctx, std::move(done));
    });
    ASSERT_TRUE(listing);
    QStringList names;
    for (const unis::FileEntry &e : listing.value())
        names.append(e.name + (e.isDirectory ? QStringLiteral("/") : QString()));
    EXPECT_EQ(names, (QStringList{QStringLiteral("nothing/"), QStringLiteral("train/"), QStringLiteral("val/"),
                                  QStringLiteral("empty"), QStringLiteral("readme.txt")}));
}

TEST_F(UnisUploadFixture, AFileChangedMidUploadIsStartedOverWithTheNewContent)
{
    const QString path = writeLocal(QStringLiteral("moving.bin"), testBytes(8 * kMiB, 10));
    server->setLatency(20);
    QSignalSpy notices(queue.get(), &transfer::TransferQueue::notice);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return confirmed->count() >= 2; }, 30000));
    const QByteArray changed = testBytes(8 * kMiB, 11); // same size: only the modification time says so
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(changed);
    file.flush();
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    ASSERT_TRUE(runToEnd());
    EXPECT_EQ(state(id), TransferState::Done);
    EXPECT_EQ(remoteFile(QStringLiteral("/moving.bin")), changed);
    ASSERT_FALSE(notices.isEmpty());
    EXPECT_TRUE(notices.constLast().at(1).toString().contains(QStringLiteral("modified")));
}

TEST_F(UnisUploadFixture, ACancelLeavesNothingHalfMerged)
{
    const QString path = writeLocal(QStringLiteral("cancelled.bin"), testBytes(10 * kMiB, 12));
    server->setLatency(20);
    const qint64 id = queue->enqueue(QStringLiteral("acc"), false, {path}, QStringLiteral("/")).constFirst();
    queue->start();
    ASSERT_TRUE(waitFor([&] { return confirmed->count() >= 3; }, 30000));
    queue->cancel(id);
    ASSERT_TRUE(waitFor([&] { return queue->isIdle(); }));
    QTest::qWait(300);
    EXPECT_EQ(state(id), TransferState::Cancelled);
    EXPECT_EQ(service->mergeRequests(QStringLiteral("38"), QStringLiteral("/cancelled.bin")), 0);
    EXPECT_FALSE(QFileInfo::exists(service->diskPath(QStringLiteral("38"), QStringLiteral("/cancelled.bin"))));
    // Nothing in the storage's listing either, and no stray temporary file.
    const auto listing = await<QList<unis::FileEntry>>([&](QObject *ctx, auto done) {
        remote->files()->list(false, QStringLiteral("/"), ctx, std::move(done));
    });
    ASSERT_TRUE(listing);
    EXPECT_TRUE(listing.value().isEmpty());
    EXPECT_TRUE(QDir(storage.filePath(QStringLiteral(".tmp"))).isEmpty());
}

TEST_F(UnisUploadFixture, FileEndpointsPagingFoldersDeleteAndSftp)
{
    unis::Files *files = remote->files();
    files->setPageSize(5);
    for (int i = 0; i < 12; ++i) {
        ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) {
            files->createFolder(false, QStringLiteral("/"), QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0')), ctx,
                                std::move(done));
        }));
    }
    const int before = server->requestCount(QStringLiteral("/api/file/file/getFolderInfo"));
    const auto all = await<QList<unis::FileEntry>>([&](QObject *ctx, auto done) { files->list(false, QStringLiteral("/"), ctx, std::move(done)); });
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 12);
    EXPECT_EQ(all.value().at(11).name, QStringLiteral("f11"));
    EXPECT_EQ(all.value().at(11).path, QStringLiteral("/f11"));
    EXPECT_TRUE(all.value().at(0).isDirectory);
    EXPECT_TRUE(all.value().at(0).modified.isValid());
    EXPECT_EQ(server->requestCount(QStringLiteral("/api/file/file/getFolderInfo")) - before, 3); // 5 + 5 + 2

    // Refused: the folder exists. The platform's words come through.
    const Result<Done> again = await<Done>([&](QObject *ctx, auto done) {
        files->createFolder(false, QStringLiteral("/"), QStringLiteral("f00"), ctx, std::move(done));
    });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ApiError::Kind::Platform);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("已存在")));

    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) {
        files->remove(false, {QStringLiteral("/f00"), QStringLiteral("/f01")}, ctx, std::move(done));
    }));
    const auto after = await<QList<unis::FileEntry>>([&](QObject *ctx, auto done) { files->list(false, QStringLiteral("/"), ctx, std::move(done)); });
    ASSERT_TRUE(after);
    EXPECT_EQ(after.value().size(), 10);

    // The public storage is listed with userId null.
    ASSERT_TRUE(await<Done>([&](QObject *ctx, auto done) {
        files->createFolder(true, QStringLiteral("/"), QStringLiteral("shared"), ctx, std::move(done));
    }));
    const auto shared = await<QList<unis::FileEntry>>([&](QObject *ctx, auto done) { files->list(true, QStringLiteral("/"), ctx, std::move(done)); });
    ASSERT_TRUE(shared);
    ASSERT_EQ(shared.value().size(), 1);
    EXPECT_EQ(shared.value().at(0).serverPath, QStringLiteral("/hpai/aios3.0/public/publicdata"));

    const auto sftp = await<unis::SftpInfo>([&](QObject *ctx, auto done) { files->sftpInfo(false, ctx, std::move(done)); });
    ASSERT_TRUE(sftp);
    EXPECT_EQ(sftp.value().username, QStringLiteral("hhj"));
    EXPECT_EQ(sftp.value().port, QStringLiteral("222"));
    EXPECT_EQ(sftp.value().password, service->sftpPassword(QStringLiteral("38")));
    EXPECT_FALSE(Redactor::redact(QStringLiteral("pw ") + sftp.value().password).contains(sftp.value().password));
    EXPECT_EQ(backend->getInfos, 1); // the user id is asked once
}

TEST(UnisFilesParsing, ToleratesTheDocumentsVariants)
{
    const auto listing = unis::Files::parseListing(
        QJsonDocument::fromJson(R"([{"fileName":"测试","fileSize":"4.00KB","isDirectory":"1","filePath":"","parentPath":"/hpai/aios3.0/public/publicdata","updateTime":"2023-12-07 03:23:14","fileSizeBytes":4096,"lastModifyTime":1701890594336},
                                    {"fileName":"a.bin","isDirection":"0","fileSizeBytes":"5368709120","updateTime":"2023-12-07 03:23:14"},
                                    {"fileSize":"1B"}])")
            .array(),
        QStringLiteral("/x/"));
    ASSERT_TRUE(listing);
    ASSERT_EQ(listing.value().size(), 2);
    EXPECT_TRUE(listing.value().at(0).isDirectory);
    EXPECT_EQ(listing.value().at(0).path, QStringLiteral("/x/测试"));
    EXPECT_EQ(listing.value().at(0).modified.toMSecsSinceEpoch(), 1701890594336);
    EXPECT_FALSE(listing.value().at(1).isDirectory);
    EXPECT_EQ(listing.value().at(1).size, 5368709120); // over 2 GiB
    EXPECT_EQ(listing.value().at(1).modified.toUTC(), QDateTime(QDate(2023, 12, 6), QTime(19, 23, 14), Qt::UTC));
    EXPECT_FALSE(unis::Files::parseListing(QJsonObject{}, QStringLiteral("/")));

    const auto check = unis::Files::parseCheck(QJsonDocument::fromJson(
        R"({"fileStatus":2,"chunks":[{"index":0,"md5":"21232F297A57A5A743894A0E4A801FC3"},{"index":"3","md5":"x"}]})").object());
    ASSERT_TRUE(check);
    EXPECT_FALSE(check.value().exists());
    ASSERT_EQ(check.value().chunks.size(), 2);
    EXPECT_EQ(check.value().chunks.at(0).second, QStringLiteral("21232f297a57a5a743894a0e4a801fc3"));
    EXPECT_EQ(check.value().chunks.at(1).first, 3);
    EXPECT_FALSE(unis::Files::parseCheck(QJsonObject{{QStringLiteral("fileStatus"), 7}}));

    const auto sftp = unis::Files::parseSftp(QJsonDocument::fromJson(
        R"({"username":"public","password":"sStREn3q","protocol":"sftp","address":"10.99.232.98","port":222})").object());
    ASSERT_TRUE(sftp);
    EXPECT_EQ(sftp.value().port, QStringLiteral("222"));

    EXPECT_EQ(unis::Files::currentPath(QStringLiteral("a/b")), QStringLiteral("/a/b/"));
    EXPECT_EQ(unis::Files::currentPath(QStringLiteral("/")), QStringLiteral("/"));
    EXPECT_EQ(unis::Files::parentPath(QStringLiteral("/")), QString());
    EXPECT_EQ(unis::Files::parentPath(QStringLiteral("//a//b/")), QStringLiteral("/a/b"));
}

TEST(UnisUploadForm, IsTheDocumentsMultipartBody)
{
    const unis::UploadForm form(QByteArrayLiteral("BOUNDARY"));
    unis::UploadForm::Chunk chunk;
    chunk.userId = QStringLiteral("11");
    chunk.currentPath = QStringLiteral("/a/b/c/");
    chunk.fileName = QStringLiteral("text\"x.rar");
    chunk.fileMd5 = QStringLiteral("21232f297a57a5a743894a0e4a801fc3");
    chunk.fileSize = 1024;
    chunk.chunkSize = 1024;
    chunk.total = 1;
    const QByteArray body = form.chunkHead(chunk) + "DATA" + form.chunkTail(QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(form.contentType(), QByteArrayLiteral("multipart/form-data; boundary=BOUNDARY"));
    for (const char *field : {"userId", "isPublic", "currentPath", "fileName", "fileMd5", "fileSize", "chunkSize", "index",
                              "total", "chunkMd5"})
        EXPECT_TRUE(body.contains(QByteArray(QByteArray("name=\"") + field + "\"\r\n\r\n"))) << field;
    EXPECT_TRUE(body.contains("name=\"chunk\"; filename=\"text_x.rar\"\r\nContent-Type: application/octet-stream\r\n\r\nDATA\r\n"));
    EXPECT_TRUE(body.contains("name=\"fileName\"\r\n\r\ntext\"x.rar\r\n"));
    EXPECT_TRUE(body.contains("name=\"isPublic\"\r\n\r\nfalse\r\n"));
    EXPECT_TRUE(body.endsWith("--BOUNDARY--\r\n"));
    EXPECT_NE(unis::UploadForm().boundary(), unis::UploadForm().boundary());
}
