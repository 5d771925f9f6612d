#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace suanli::transfer {

enum class TransferKind { File = 0, Folder = 1 };

enum class TransferState {
    Queued = 0,
    Hashing = 1,   // the whole file's MD5 is being computed
    Uploading = 2, // checking, sending chunks
    Merging = 3,   // the server is assembling the file
    Paused = 4,
    Done = 5,
    Failed = 6,
    Cancelled = 7,
};

// What the journal keeps of one item: a file to upload, or a folder to create (whose files and
// subfolders are items of their own with it as parent).
struct TransferRecord
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top-level item
    TransferKind kind = TransferKind::File;
    QString accountId;
    bool isPublic = false;
    QString localPath;
    QString remoteDir;  // the remote folder the item goes into ("/" or "/a/b")
    QString remoteName; // its name there
    qint64 size = 0;    // bytes of a file
    qint64 mtimeMs = 0; // the file's modification time when it was queued (or last restarted)
    qint64 chunkSize = 0;
    QString fileMd5;
    TransferState state = TransferState::Queued;
    QString error; // why it failed
    QString note;  // what the user should know (restarted because the file changed, already there)
    bool folderCreated = false;
    QDateTime added;

    QString remotePath() const
    {
        return remoteDir.endsWith(QLatin1Char('/')) ? QString(remoteDir + remoteName)
                                                    : QString(remoteDir + QLatin1Char('/') + remoteName);
    }
    int chunkCount() const
    {
        return chunkSize > 0 && size > 0 ? int((size + chunkSize - 1) / chunkSize) : 1;
    }
};

// A top-level item as views show it: a file, or a folder with everything under it summed up.
struct TransferItem
{
    TransferRecord record;
    qint64 totalBytes = 0;
    qint64 doneBytes = 0;
    qint64 hashedBytes = 0; // while hashing
    int files = 0;          // folders: files under it
    int filesDone = 0;
    int filesFailed = 0;
    double bytesPerSecond = 0.0;
    qint64 etaSeconds = -1;
    bool active = false; // something of it is being worked on now
};

// The whole queue at a glance.
struct TransferTotals
{
    int active = 0;  // top-level items being worked on
    int waiting = 0; // queued, not started
    int failed = 0;
    qint64 totalBytes = 0; // of unfinished items
    qint64 doneBytes = 0;
    double bytesPerSecond = 0.0;
    qint64 etaSeconds = -1;
};

bool isFinished(TransferState state);

} // namespace suanli::transfer

Q_DECLARE_METATYPE(suanli::transfer::TransferState)
