#pragma once

#include "transfer/filestamp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace suanli::transfer {

// The blocking file work of an upload, run on worker threads: hashing a whole file or a part
// of it, and reading a chunk into its request body. Each read checks that the file still has
// the size and modification time it was queued with.
class FileReader final
{
public:
    struct Hash
    {
        QString md5;   // 32 lower-case hex digits; empty on failure
        QStringList chunkMd5s; // with a chunk size: each chunk's MD5, in order; empty when unknown
        QString error; // why reading failed; empty otherwise
        bool changed = false;
        bool cancelled = false;
    };
    struct Chunk
    {
        QByteArray body; // head + bytes + tail
        QString md5;
        QString error;
        bool changed = false;
    };

    // The MD5 of [offset, offset + size) of the file, or of all of it with size -1. `progress`
    // is called now and then with the bytes hashed so far; `cancel` stops early.
    static Hash hash(const QString &path, qint64 expectedSize, qint64 expectedMtimeMs, qint64 offset, qint64 size,
                     const std::atomic_bool *cancel = nullptr, const std::function<void(qint64)> &progress = {});
    // The MD5 of the whole file and, computed alongside on a second thread, the MD5 of each
    // `chunkSize` piece of it: the second processor core is otherwise idle while a file is
    // hashed, and the chunks need not be hashed again when they are sent.
    static Hash hashWithChunks(const QString &path, qint64 expectedSize, qint64 expectedMtimeMs, qint64 chunkSize,
                               const std::atomic_bool *cancel = nullptr, const std::function<void(qint64)> &progress = {});
    // Reads [offset, offset + size) between `head` and the tail made from the chunk's MD5: the
    // one given, computed from the same content earlier, or else the MD5 of the bytes read.
    static Chunk readChunk(const QString &path, qint64 expectedSize, qint64 expectedMtimeMs, qint64 offset, qint64 size,
                           const QByteArray &head, const std::function<QByteArray(const QString &md5)> &tail,
                           const QString &knownMd5 = {});
};

} // namespace suanli::transfer
