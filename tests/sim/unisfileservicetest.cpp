// The simulated UNIS file service over loopback: folders, listing, delete, the single-request
// uploads, the resumable flow with its checks, and the SFTP credentials.
#include "unisfilefixture.h"

#include "sim/unis/multipartform.h"

#include <QFile>
#include <QFileInfo>

using namespace suanli;
using namespace suanli::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList names(const QJsonArray &entries)
{
    QStringList out;
    for (const QJsonValue &entry : entries)
        out.append(entry.toObject().value(QStringLiteral("fileName")).toString());
    return out;
}

} // namespace

TEST(MultipartForm, ReadsFieldsAndFilePartsWithoutCopying)
{
    const QByteArray body = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                            "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n"
                            "Content-Type: application/octet-stream\r\n\r\n\r\n--X\r\n--XyZ--\r\n";
    QString error;
    const auto form = sim::MultipartForm::parse("multipart/form-data; boundary=\"XyZ\"", body, &error);
    ASSERT_TRUE(form) << error.toStdString();
    EXPECT_EQ(form->text(QStringLiteral("a")), QStringLiteral("1"));
    const auto *file = form->part(QStringLiteral("f"));
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->isFile);
    EXPECT_EQ(file->fileName, QStringLiteral("x.bin"));
    EXPECT_EQ(form->bytes(*file).toByteArray(), QByteArray("\r\n--X")); // a near-boundary inside the data
    EXPECT_TRUE(form->text(QStringLiteral("missing")).isNull());

    EXPECT_FALSE(sim::MultipartForm::parse("application/json", body, &error));
    EXPECT_FALSE(sim::MultipartForm::parse("multipart/form-data", body, &error));
    EXPECT_FALSE(sim::MultipartForm::parse("multipart/form-data; boundary=XyZ", body.left(body.size() - 12), &error));
}

TEST_F(UnisFileFixture, FoldersListingAndDelete)
{
    EXPECT_TRUE(list(QStringLiteral("38"), QString()).isEmpty());
    ASSERT_TRUE(ok(addFolder(QString(), QStringLiteral("数据集"))));
    ASSERT_TRUE(ok(addFolder(QStringLiteral("/数据集"), QStringLiteral("train"))));
    // Exists already; parent missing; a name with a slash.
    EXPECT_FALSE(ok(addFolder(QString(), QStringLiteral("数据集"))));
    EXPECT_FALSE(ok(addFolder(QStringLiteral("/nope"), QStringLiteral("x"))));
    EXPECT_FALSE(ok(addFolder(QString(), QStringLiteral("a/b"))));

    const QJsonArray root = list(QStringLiteral("38"), QString());
    ASSERT_EQ(root.size(), 1);
    const QJsonObject folder = root.at(0).toObject();
    EXPECT_EQ(folder.value(QStringLiteral("fileName")).toString(), QStringLiteral("数据集"));
    EXPECT_EQ(folder.value(QStringLiteral("isDirectory")).toString(), QStringLiteral("1"));
    EXPECT_EQ(folder.value(QStringLiteral("fileSize")).toString(), QStringLiteral("4.00KB"));
    EXPECT_EQ(folder.value(QStringLiteral("fileSizeBytes")).toInteger(), 4096);
    EXPECT_EQ(folder.value(QStringLiteral("parentPath")).toString(), QStringLiteral("/hpai/aios3.0/private/hhj"));
    EXPECT_TRUE(folder.value(QStringLiteral("lastModifyTime")).isDouble());
    EXPECT_EQ(folder.value(QStringLiteral("updateTime")).toString().size(), 19);
    EXPECT_EQ(names(list(QStringLiteral("38"), QStringLiteral("/数据集"))), QStringList{QStringLiteral("train")});

    // Another user's storage is not ours to see.
    const QJsonObject foreign = call(QStringLiteral("/api/file/file/getFolderInfo"),
                                     {{QStringLiteral("path"), QString()},
                                      {QStringLiteral("requestBegin"), 1},
                                      {QStringLiteral("requestFileAccount"), 10},
                                      {QStringLiteral("userId"), QStringLiteral("39")}});
    EXPECT_EQ(foreign.value(QStringLiteral("errorCode")).toInt(), 403);

    // One missing path refuses the whole delete.
    const QJsonObject refused = call(QStringLiteral("/api/file/file/deleteFileOrDictory"),
                                     {{QStringLiteral("sPath"), QJsonArray{QStringLiteral("/数据集"), QStringLiteral("/nope")}},
                                      {QStringLiteral("userId"), QStringLiteral("38")},
                                      {QStringLiteral("publicUserId"), QStringLiteral("38")}});
    EXPECT_FALSE(ok(refused));
    EXPECT_EQ(list(QStringLiteral("38"), QString()).size(), 1);
    ASSERT_TRUE(ok(addFolder(QString(), QStringLiteral("other"))));
    const QJsonObject removed = call(QStringLiteral("/api/file/file/deleteFileOrDictory"),
                                     {{QStringLiteral("sPath"), QJsonArray{QStringLiteral("/数据集"), QStringLiteral("/other")}},
                                      {QStringLiteral("userId"), QStringLiteral("38")},
                                      {QStringLiteral("publicUserId"), QStringLiteral("38")}});
    EXPECT_TRUE(ok(removed));
    EXPECT_TRUE(list(QStringLiteral("38"), QString()).isEmpty());
}

TEST_F(UnisFileFixture, ListingPagesFromOneUntilAShortPage)
{
    for (int i = 0; i < 30; ++i)
        ASSERT_TRUE(ok(addFolder(QString(), QStringLiteral("d%1").arg(i, 2, 10, QLatin1Char('0')))));
    const QJsonArray first = list(QStringLiteral("38"), QString(), 1, 26);
    const QJsonArray second = list(QStringLiteral("38"), QString(), 27, 26);
    ASSERT_EQ(first.size(), 26);
    ASSERT_EQ(second.size(), 4);
    EXPECT_EQ(names(first).constFirst(), QStringLiteral("d00"));
    EXPECT_EQ(names(second).constFirst(), QStringLiteral("d26"));
    EXPECT_EQ(names(second).constLast(), QStringLiteral("d29"));
    const QJsonObject zero = call(QStringLiteral("/api/file/file/getFolderInfo"),
                                  {{QStringLiteral("path"), QString()},
                                   {QStringLiteral("requestBegin"), 0},
                                   {QStringLiteral("requestFileAccount"), 26},
                                   {QStringLiteral("userId"), QStringLiteral("38")}});
    EXPECT_FALSE(ok(zero));
}

TEST_F(UnisFileFixture, SingleRequestUploadsPrivateAndPublic)
{
    const QByteArray data = patternBytes(5000);
    ASSERT_TRUE(ok(addFolder(QString(), QStringLiteral("tmp"))));
    EXPECT_TRUE(ok(multipart(QStringLiteral("/api/file/file/uploadFolder"), {{QStringLiteral("currentPath"), QStringLiteral("/tmp")}},
                             QStringLiteral("file"), QStringLiteral("a.txt"), data)));
    EXPECT_EQ(readAll(service->diskPath(QStringLiteral("38"), QStringLiteral("/tmp/a.txt"))), data);
    // The folder must exist; the file part must be there.
    EXPECT_FALSE(ok(multipart(QStringLiteral("/api/file/file/uploadFolder"), {{QStringLiteral("currentPath"), QStringLiteral("/none")}},
                              QStringLiteral("file"), QStringLiteral("a.txt"), data)));
    EXPECT_FALSE(ok(multipart(QStringLiteral("/api/file/file/uploadFolder"), {{QStringLiteral("currentPath"), QStringLiteral("/tmp")}},
                              QString(), QString(), {})));
    // The file now exists for the resumable flow too.
    EXPECT_EQ(check(QStringLiteral("/tmp/"), QStringLiteral("a.txt"), data)
                  .value(QStringLiteral("result")).toObject().value(QStringLiteral("fileStatus")).toInt(),
              1);

    EXPECT_FALSE(ok(multipart(QStringLiteral("/api/file/file/uploadPublicFolder"), {{QStringLiteral("currentPath"), QString()}},
                              QStringLiteral("file"), QStringLiteral("p.bin"), data)));
    EXPECT_TRUE(ok(multipart(QStringLiteral("/api/file/file/uploadPublicFolder"),
                             {{QStringLiteral("currentPath"), QString()}, {QStringLiteral("publicUserId"), QStringLiteral("38")}},
                             QStringLiteral("file"), QStringLiteral("p.bin"), data)));
    EXPECT_EQ(names(list(QJsonValue::Null, QString())), QStringList{QStringLiteral("p.bin")});
    EXPECT_EQ(list(QJsonValue::Null, QString()).at(0).toObject().value(QStringLiteral("parentPath")).toString(),
              QStringLiteral("/hpai/aios3.0/public/publicdata"));
}

TEST_F(UnisFileFixture, ChunksArriveInAnyOrderAndMergeIntoTheFile)
{
    const QByteArray file = patternBytes(10 * 1000 + 123, 7);
    const qint64 chunk = 1000;
    ASSERT_TRUE(ok(addFolder(QString(), QStringLiteral("a"))));
    QJsonObject answer = check(QStringLiteral("/a/"), QStringLiteral("f.bin"), file);
    ASSERT_TRUE(ok(answer));
    EXPECT_EQ(answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("fileStatus")).toInt(), 2);
    EXPECT_TRUE(answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("chunks")).toArray().isEmpty());

    for (int index : {10, 3, 0, 1, 2, 9, 4, 5, 6, 7, 8}) {
        if (index == 4) {
            // Half-way: the server lists what it holds, with the chunks' MD5s.
            const QJsonArray held = check(QStringLiteral("/a/"), QStringLiteral("f.bin"), file)
                                        .value(QStringLiteral("result")).toObject().value(QStringLiteral("chunks")).toArray();
            ASSERT_EQ(held.size(), 6);
            EXPECT_EQ(held.at(0).toObject().value(QStringLiteral("index")).toInt(), 0);
            EXPECT_EQ(held.at(0).toObject().value(QStringLiteral("md5")).toString(), md5Of(file.left(chunk)));
            EXPECT_FALSE(ok(merge(QStringLiteral("/a/"), QStringLiteral("f.bin"), file, 11)));
            EXPECT_FALSE(QFileInfo::exists(service->diskPath(QStringLiteral("38"), QStringLiteral("/a/f.bin"))));
        }
        ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/a/"), QStringLiteral("f.bin"), file, chunk, index))) << index;
    }
    EXPECT_TRUE(ok(merge(QStringLiteral("/a/"), QStringLiteral("f.bin"), file, 11)));
    EXPECT_EQ(readAll(service->diskPath(QStringLiteral("38"), QStringLiteral("/a/f.bin"))), file);
    EXPECT_EQ(service->partialUploadCount(), 0);
    EXPECT_EQ(check(QStringLiteral("/a/"), QStringLiteral("f.bin"), file)
                  .value(QStringLiteral("result")).toObject().value(QStringLiteral("fileStatus")).toInt(),
              1);
    const QMap<int, int> sends = service->chunkSends(QStringLiteral("38"), QStringLiteral("/a/f.bin"));
    EXPECT_EQ(sends.size(), 11);
    for (int count : sends)
        EXPECT_EQ(count, 1);
    EXPECT_EQ(service->mergeRequests(QStringLiteral("38"), QStringLiteral("/a/f.bin")), 2);
}

TEST_F(UnisFileFixture, LastChunkFirstWithoutFileSize)
{
    const QByteArray file = patternBytes(2500, 3);
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("g.bin"), file, 1000, 2, false)));
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("g.bin"), file, 1000, 0, false)));
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("g.bin"), file, 1000, 1, false)));
    ASSERT_TRUE(ok(merge(QStringLiteral("/"), QStringLiteral("g.bin"), file, 3)));
    EXPECT_EQ(readAll(service->diskPath(QStringLiteral("38"), QStringLiteral("/g.bin"))), file);
}

TEST_F(UnisFileFixture, ChunkChecksRefuseBadChunks)
{
    const QByteArray file = patternBytes(3000, 5);
    // Corrupted on the way: the chunk MD5 does not match the bytes.
    service->corruptNextChunks(1);
    const QJsonObject corrupted = uploadChunk(QStringLiteral("/"), QStringLiteral("h.bin"), file, 1000, 0);
    EXPECT_FALSE(ok(corrupted));
    EXPECT_TRUE(corrupted.value(QStringLiteral("message")).toString().contains(QStringLiteral("MD5")));
    EXPECT_TRUE(service->heldChunks(QStringLiteral("38"), QStringLiteral("/h.bin"), md5Of(file)).isEmpty());
    EXPECT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("h.bin"), file, 1000, 0)));
    EXPECT_EQ(service->chunkSends(QStringLiteral("38"), QStringLiteral("/h.bin")).value(0), 2);

    // Other user, index out of range, bad MD5 text.
    EXPECT_FALSE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("h.bin"), file, 1000, 1, true, QStringLiteral("39"))));
    const QJsonObject outOfRange =
        multipart(QStringLiteral("/api/file/file/uploadFile"),
                  {{QStringLiteral("userId"), QStringLiteral("38")}, {QStringLiteral("currentPath"), QStringLiteral("/")},
                   {QStringLiteral("fileName"), QStringLiteral("h.bin")}, {QStringLiteral("fileMd5"), md5Of(file)},
                   {QStringLiteral("chunkSize"), QStringLiteral("1")}, {QStringLiteral("chunkMd5"), md5Of("x")},
                   {QStringLiteral("index"), QStringLiteral("3")}, {QStringLiteral("total"), QStringLiteral("3")}},
                  QStringLiteral("chunk"), QStringLiteral("blob"), "x");
    EXPECT_FALSE(ok(outOfRange));

    // A merge whose chunks do not make the announced file is refused, the chunks are dropped
    // and nothing appears.
    for (int i = 1; i < 3; ++i)
        ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("h.bin"), file, 1000, i)));
    ASSERT_TRUE(ok(merge(QStringLiteral("/"), QStringLiteral("h.bin"), file, 3)));
    const QByteArray other = patternBytes(3000, 6);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("h2.bin"), file, 1000, i, true, QStringLiteral("38"),
                                   md5Of(other))));
    const QJsonObject wrong = call(QStringLiteral("/api/file/file/mergeFile"), {{QStringLiteral("userId"), QStringLiteral("38")},
                                                                              {QStringLiteral("currentPath"), QStringLiteral("/")},
                                                                              {QStringLiteral("fileName"), QStringLiteral("h2.bin")},
                                                                              {QStringLiteral("fileMd5"), md5Of(other)},
                                                                              {QStringLiteral("fileSize"), 3000},
                                                                              {QStringLiteral("total"), 3}});
    EXPECT_FALSE(ok(wrong));
    EXPECT_TRUE(wrong.value(QStringLiteral("message")).toString().contains(QStringLiteral("MD5")));
    EXPECT_TRUE(service->heldChunks(QStringLiteral("38"), QStringLiteral("/h2.bin"), md5Of(other)).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(service->diskPath(QStringLiteral("38"), QStringLiteral("/h2.bin"))));
    EXPECT_EQ(readAll(service->diskPath(QStringLiteral("38"), QStringLiteral("/h.bin"))), file);
}

TEST_F(UnisFileFixture, ADamagedChunkInOrderDoesNotSpoilTheFilesMd5)
{
    // The running MD5 takes in-order chunks as they are checked; a damaged one must not stay in it.
    const QByteArray file = patternBytes(5000, 13);
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("m.bin"), file, 1000, 0)));
    service->corruptNextChunks(1);
    EXPECT_FALSE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("m.bin"), file, 1000, 1)));
    for (int index : {1, 2, 4, 3})
        ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("m.bin"), file, 1000, index))) << index;
    ASSERT_TRUE(ok(merge(QStringLiteral("/"), QStringLiteral("m.bin"), file, 5)));
    EXPECT_EQ(readAll(service->diskPath(QStringLiteral("38"), QStringLiteral("/m.bin"))), file);
}

TEST_F(UnisFileFixture, AnotherChunkCountStartsThePartialUploadOver)
{
    const QByteArray file = patternBytes(4000, 9);
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("k.bin"), file, 1000, 0)));
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("k.bin"), file, 1000, 1)));
    EXPECT_EQ(service->heldChunks(QStringLiteral("38"), QStringLiteral("/k.bin"), md5Of(file)).size(), 2);
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("k.bin"), file, 2000, 1)));
    const auto held = service->heldChunks(QStringLiteral("38"), QStringLiteral("/k.bin"), md5Of(file));
    ASSERT_EQ(held.size(), 1);
    EXPECT_EQ(held.value(1), md5Of(file.mid(2000, 2000)));
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("k.bin"), file, 2000, 0)));
    ASSERT_TRUE(ok(merge(QStringLiteral("/"), QStringLiteral("k.bin"), file, 2)));
    EXPECT_EQ(readAll(service->diskPath(QStringLiteral("38"), QStringLiteral("/k.bin"))), file);
}

TEST_F(UnisFileFixture, PartialUploadsOutliveTheService)
{
    const QByteArray file = patternBytes(3500, 11);
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("r.bin"), file, 1000, 0)));
    ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("r.bin"), file, 1000, 3)));
    // A new simulator over the same directory.
    server.reset();
    backend.reset();
    service = std::make_unique<sim::UnisFileService>(storage.path());
    backend = std::make_unique<FixedCallerBackend>(service.get(), caller());
    server = std::make_unique<sim::SimServer>(backend.get());
    ASSERT_TRUE(server->start());
    client = std::make_unique<SimTestClient>(server->baseUrl(), QStringLiteral("token"));

    const QJsonArray held = check(QStringLiteral("/"), QStringLiteral("r.bin"), file)
                                .value(QStringLiteral("result")).toObject().value(QStringLiteral("chunks")).toArray();
    ASSERT_EQ(held.size(), 2);
    EXPECT_EQ(held.at(1).toObject().value(QStringLiteral("index")).toInt(), 3);
    for (int i : {1, 2})
        ASSERT_TRUE(ok(uploadChunk(QStringLiteral("/"), QStringLiteral("r.bin"), file, 1000, i)));
    ASSERT_TRUE(ok(merge(QStringLiteral("/"), QStringLiteral("r.bin"), file, 4)));
    EXPECT_EQ(readAll(service->diskPath(QStringLiteral("38"), QStringLiteral("/r.bin"))), file);
}

TEST_F(UnisFileFixture, SftpCredentials)
{
    const QJsonObject mine = call(QStringLiteral("/api/file/user/queryUserInfo"),
                                  {{QStringLiteral("userId"), QStringLiteral("38")}, {QStringLiteral("svcType"), QStringLiteral("sftp")}});
    ASSERT_TRUE(ok(mine));
    const QJsonObject result = mine.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(result.value(QStringLiteral("username")).toString(), QStringLiteral("hhj"));
    EXPECT_EQ(result.value(QStringLiteral("password")).toString(), service->sftpPassword(QStringLiteral("38")));
    EXPECT_TRUE(result.value(QStringLiteral("port")).isString());
    const QJsonObject shared = call(QStringLiteral("/api/file/user/queryUserInfo"),
                                    {{QStringLiteral("userId"), QStringLiteral("38")},
                                     {QStringLiteral("svcType"), QStringLiteral("sftp")},
                                     {QStringLiteral("isPublic"), true}});
    EXPECT_EQ(shared.value(QStringLiteral("result")).toObject().value(QStringLiteral("username")).toString(),
              QStringLiteral("public"));
    EXPECT_FALSE(ok(call(QStringLiteral("/api/file/user/queryUserInfo"),
                         {{QStringLiteral("userId"), QStringLiteral("38")}, {QStringLiteral("svcType"), QStringLiteral("ftp")}})));
}
