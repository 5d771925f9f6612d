#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QObject;

namespace suanli::transfer {

// Remote paths are absolute and '/'-separated: "/" is the root of a storage, "/a/b" a folder.
struct RemoteEntry
{
    QString name;
    QString path; // the entry's own path ("/a/b/name")
    bool isDirectory = false;
    qint64 size = -1; // bytes; -1 when the service does not say
    QDateTime modified;
};

// Where one file goes and what it is.
struct UploadTarget
{
    bool isPublic = false;
    QString directory; // "/" or "/a/b"
    QString fileName;
    QString fileMd5; // 32 lower-case hex digits
    qint64 fileSize = 0;
};

// One chunk of a resumable upload. Chunks are numbered from 0; all but the last have the
// upload's chunk size.
struct ChunkUpload
{
    UploadTarget target;
    int index = 0;
    int total = 1;
    qint64 offset = 0;
    qint64 size = 0;
    QString chunkMd5; // filled in once the chunk has been read
};

// What the server holds of a file before an upload.
struct ExistingUpload
{
    bool complete = false;     // the file is there already, with this MD5
    QMap<int, QString> chunks; // chunks held for a partial upload: index -> MD5
};

// How a request carrying file bytes looks on the wire around those bytes. The uploader reads
// the bytes straight into a buffer between head and tail, so that a chunk is never copied and
// memory stays at chunk size x parallel uploads. Called on worker threads: implementations hold
// only immutable state.
class PayloadFramer
{
public:
    virtual ~PayloadFramer() = default;
    // The chunk's bytes follow the head; chunk.chunkMd5 is empty here and filled for the tail.
    virtual QByteArray chunkHead(const ChunkUpload &chunk) const = 0;
    virtual QByteArray chunkTail(const ChunkUpload &chunk) const = 0;
    // A whole small file sent in one request.
    virtual QByteArray fileHead(const UploadTarget &target) const = 0;
    virtual QByteArray fileTail(const UploadTarget &target) const = 0;
};

// A platform's file storage as the uploader and the file browser use it. Every completion
// comes through the event loop while `context` lives.
class RemoteFileService
{
public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    virtual ~RemoteFileService() = default;

    // The account's display name, for messages.
    virtual QString accountName() const = 0;
    // Signs in or learns the user id where the service needs to; call before the framer.
    virtual void prepare(QObject *context, Completion<Done> done) = 0;
    // Valid after a successful prepare().
    virtual std::shared_ptr<const PayloadFramer> framer() const = 0;

    virtual void list(bool isPublic, const QString &directory, QObject *context, Completion<QList<RemoteEntry>> done) = 0;
    virtual void createFolder(bool isPublic, const QString &parent, const QString &name, QObject *context,
                              Completion<Done> done) = 0;
    // Deletes files and folders (folders with their contents).
    virtual void remove(bool isPublic, const QStringList &paths, QObject *context, Completion<Done> done) = 0;

    virtual void checkFile(const UploadTarget &target, QObject *context, Completion<ExistingUpload> done) = 0;
    // `body` is framer()->chunkHead(chunk) + the chunk's bytes + framer()->chunkTail(chunk).
    virtual void uploadChunk(const ChunkUpload &chunk, QByteArray body, QObject *context, Completion<Done> done) = 0;
    // Sent once: a failure is reported, never repeated behind the caller's back.
    virtual void mergeChunks(const UploadTarget &target, int total, QObject *context, Completion<Done> done) = 0;
    // `body` is framer()->fileHead(target) + the file's bytes + framer()->fileTail(target).
    virtual void uploadWholeFile(const UploadTarget &target, QByteArray body, QObject *context, Completion<Done> done) = 0;

protected:
    RemoteFileService() = default;

private:
    Q_DISABLE_COPY_MOVE(RemoteFileService)
};

} // namespace suanli::transfer
