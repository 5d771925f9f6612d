#include "transfer/filereader.h"

#include "transfer/md5.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>

namespace suanli::transfer {

namespace {

// Read and hashed a piece at a time, the piece still in the processor's cache when hashed.
constexpr qint64 kHashBlock = 256 * 1024;
// Room for the tail, which names the chunk's MD5 and closes the form.
constexpr qint64 kTailRoom = 4096;
constexpr qint64 kProgressEvery = 32 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("suanli::transfer::FileReader", text);
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    const QFileInfo info(path);
    FileStamp stamp;
    stamp.exists = info.exists() && info.isFile();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    }
    return stamp;
}

FileReader::Hash FileReader::hash(const QString &path, qint64 expectedSize, qint64 expectedMtimeMs, qint64 offset,
                                  qint64 size, const std::atomic_bool *cancel, const std::function<void(qint64)> &progress)
{
    Hash out;
    if (!FileStamp::of(path).sameAs(expectedSize, expectedMtimeMs)) {
        out.changed = true;
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        out.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    if (offset > 0 && !file.seek(offset)) {
        out.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    const qint64 wanted = size < 0 ? expectedSize - offset : size;
    QByteArray buffer(std::min(kHashBlock, std::max<qint64>(wanted, 1)), Qt::Uninitialized);
    Md5 md5;
    qint64 done = 0;
    qint64 reported = 0;
    while (done < wanted) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            out.cancelled = true;
            return out;
        }
        const qint64 got = file.read(buffer.data(), std::min<qint64>(buffer.size(), wanted - done));
        if (got <= 0) {
            // Shorter than it was: the file changed under us, or the disk failed.
            if (!FileStamp::of(path).sameAs(expectedSize, expectedMtimeMs))
                out.changed = true;
            else
                out.error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return out;
        }
        md5.add(QByteArrayView(buffer.constData(), got));
        done += got;
        if (progress && done - reported >= kProgressEvery) {
            reported = done;
            progress(done);
        }
    }
    if (!FileStamp::of(path).sameAs(expectedSize, expectedMtimeMs)) {
        out.changed = true;
        return out;
    }
    if (progress)
        progress(done);
    out.md5 = md5.hex();
    return out;
}

FileReader::Hash FileReader::hashWithChunks(const QString &path, qint64 expectedSize, qint64 expectedMtimeMs,
                                            qint64 chunkSize, const std::atomic_bool *cancel,
                                            const std::function<void(qint64)> &progress)
{
    if (chunkSize <= 0 || expectedSize <= chunkSize) {
        // One chunk at most: its MD5 is the file's.
        Hash out = hash(path, expectedSize, expectedMtimeMs, 0, -1, cancel, progress);
        if (!out.md5.isEmpty() && chunkSize > 0 && expectedSize > 0)
            out.chunkMd5s = {out.md5};
        return out;
    }
    // The chunks on a thread of their own, reading the file alongside (the pages one reader
    // brings in are in the cache for the other). Joined before returning, stopped early when
    // the whole-file pass fails.
    std::atomic_bool stop = false;
    std::future<QStringList> chunks = std::async(std::launch::async, [&] {
        QStringList md5s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return QStringList();
        QByteArray buffer(kHashBlock, Qt::Uninitialized);
        for (qint64 offset = 0; offset < expectedSize; offset += chunkSize) {
            const qint64 size = std::min(chunkSize, expectedSize - offset);
            Md5 md5;
            for (qint64 done = 0; done < size;) {
                if (stop.load(std::memory_order_relaxed) || (cancel && cancel->load(std::memory_order_relaxed)))
                    return QStringList();
                const qint64 got = file.read(buffer.data(), std::min<qint64>(buffer.size(), size - done));
                if (got <= 0)
                    return QStringList();
                md5.add(QByteArrayView(buffer.constData(), got));
                done += got;
            }
            md5s.append(md5.hex());
        }
        return md5s;
    });
    Hash out = hash(path, expectedSize, expectedMtimeMs, 0, -1, cancel, progress);
    if (out.md5.isEmpty())
        stop = true;
    QStringList md5s = chunks.get();
    if (out.md5.isEmpty())
        return out;
    // The chunks may have been read after the whole-file pass looked at the file last.
    if (!FileStamp::of(path).sameAs(expectedSize, expectedMtimeMs)) {
        Hash changed;
        changed.changed = true;
        return changed;
    }
    if (md5s.size() == (expectedSize + chunkSize - 1) / chunkSize)
        out.chunkMd5s = std::move(md5s);
    return out;
}

FileReader::Chunk FileReader::readChunk(const QString &path, qint64 expectedSize, qint64 expectedMtimeMs, qint64 offset,
                                        qint64 size, const QByteArray &head,
                                        const std::function<QByteArray(const QString &md5)> &tail,
                                        const QString &knownMd5)
{
    Chunk out;
    QFile file(path);
    if (!FileStamp::of(path).sameAs(expectedSize, expectedMtimeMs)) {
        out.changed = true;
        return out;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || (offset > 0 && !file.seek(offset))) {
        out.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    // One allocation: the bytes are read in place after the head and the tail fits behind them.
    QByteArray body;
    body.reserve(head.size() + size + kTailRoom);
    body.append(head);
    body.resize(head.size() + size);
    char *data = body.data() + head.size();
    Md5 md5;
    const bool hashing = knownMd5.isEmpty();
    qint64 done = 0;
    while (done < size) {
        // Hashed a piece at a time while the piece is in the cache; read in one go otherwise.
        const qint64 got = file.read(data + done, hashing ? std::min(kHashBlock, size - done) : size - done);
        if (got <= 0)
            break;
        if (hashing)
            md5.add(QByteArrayView(data + done, got));
        done += got;
    }
    if (done < size || !FileStamp::of(path).sameAs(expectedSize, expectedMtimeMs)) {
        if (!FileStamp::of(path).sameAs(expectedSize, expectedMtimeMs))
            out.changed = true;
        else
            out.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    out.md5 = hashing ? md5.hex() : knownMd5;
    body.append(tail(out.md5));
    out.body = std::move(body);
    return out;
}

} // namespace suanli::transfer
