#include "transfer/filereader.h"

#include "transfer/md5.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

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

FileReader::Chunk FileReader::readChunk(const QString &path, qint64 expectedSize, qint64 expectedMtimeMs, qint64 offset,
                                        qint64 size, const QByteArray &head,
                                        const std::function<QByteArray(const QString &md5)> &tail)
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
    qint64 done = 0;
    while (done < size) {
        const qint64 got = file.read(data + done, std::min(kHashBlock, size - done));
        if (got <= 0)
            break;
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
    out.md5 = md5.hex();
    body.append(tail(out.md5));
    out.body = std::move(body);
    return out;
}

} // namespace suanli::transfer
