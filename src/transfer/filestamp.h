#pragma once

#include <QString>
#include <QtGlobal>

namespace suanli::transfer {

// What says a local file is still the one that was queued: its size and modification time.
struct FileStamp
{
    bool exists = false;
    qint64 size = -1;
    qint64 mtimeMs = 0;

    static FileStamp of(const QString &path);
    bool sameAs(qint64 expectedSize, qint64 expectedMtimeMs) const
    {
        return exists && size == expectedSize && mtimeMs == expectedMtimeMs;
    }
};

} // namespace suanli::transfer
