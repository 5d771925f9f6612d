#pragma once

#include "transfer/bandwidthlimiter.h"
#include "transfer/clock.h"
#include "transfer/ratemeter.h"
#include "transfer/remotefileservice.h"
#include "transfer/transferitem.h"
#include "transfer/transfersettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace suanli::transfer {

class TransferJournal;

// The upload queue: files and whole folders going to a platform's storage, run with a bounded
// number of requests at once, a shared bandwidth limit, per-chunk retries, and a journal on
// disk from which the queue comes back after a quit or a crash.
//
// A file goes: MD5 of the whole file (streamed, cached by path + size + modification time) ->
// checkFile (already there: done) -> the chunks the server lacks, each read into its request
// body on a worker thread -> merge, once. The chunks' MD5s are computed alongside the file's
// (or, when the file's came from the cache, as each chunk is read). Chunks the server lists are skipped
// only when their MD5 is the local chunk's. A file whose size or modification time changed is
// started over, with a note saying why. Memory: at most `parallel` chunk bodies at a time.
//
// Every network completion comes back to the queue itself, which outlives its requests: a
// request of a paused or cancelled upload keeps its slot until it ends, so memory stays bounded.
class TransferQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferQueue)

public:
    // The storage of an account; nullptr when the account is gone or cannot store files.
    using ServiceResolver = std::function<RemoteFileService *(const QString &accountId)>;

    // Restores the items in the journal (nothing runs before start()).
    TransferQueue(std::unique_ptr<TransferJournal> journal, ServiceResolver resolver, QObject *parent = nullptr);
    ~TransferQueue() override;

    // For tests: the time source of rates, pacing and backoff, and the jitter.
    void setClock(const Clock *clock);
    void setRandomSource(std::function<double()> unit);

    void setSettings(const TransferSettings &settings);
    const TransferSettings &settings() const { return m_settings; }
    // Takes effect at once, for uploads under way too. Settings are kept in the journal.
    void setBandwidthLimit(qint64 bytesPerSecond);

    // Queues files and folders (with everything in them) to go into `remoteDir` of the
    // account's private or public storage. Returns the new top-level items' ids; paths that do
    // not exist are skipped with a notice.
    QList<qint64> enqueue(const QString &accountId, bool isPublic, const QStringList &localPaths, const QString &remoteDir);
    // The unfinished top-level item that uploads `localPath` into `remoteDir`, if there is one.
    std::optional<qint64> findUnfinished(const QString &accountId, bool isPublic, const QString &localPath,
                                         const QString &remoteDir) const;

    // The note of a file that was on the server before anything was sent.
    static QString alreadyThereNote();

    // Starts working; until then the queue only records.
    void start();
    bool isStarted() const { return m_started; }

    void pause(qint64 id);
    void resume(qint64 id);
    // Stops an item for good; a file whose merge is under way finishes first.
    void cancel(qint64 id);
    void retry(qint64 id);  // a failed item, or the failed files in a folder
    void remove(qint64 id); // a finished, failed, cancelled or paused item, from the list and the journal
    void pauseAll();
    void resumeAll();
    void cancelAll();
    void clearFinished();
    // The account is gone: its items stop and wait.
    void forgetAccount(const QString &accountId);

    QList<qint64> topLevelIds() const { return m_topLevel; }
    std::optional<TransferItem> item(qint64 id) const;
    std::optional<TransferRecord> record(qint64 id) const; // any item, top-level or not
    QList<qint64> children(qint64 id) const;
    TransferTotals totals() const;
    // Nothing is queued, running or waiting to be scanned.
    bool isIdle() const;
    TransferJournal *journal() const { return m_journal.get(); }

Q_SIGNALS:
    void itemAdded(qint64 id); // top-level items only
    void itemChanged(qint64 id);
    void itemRemoved(qint64 id);
    void totalsChanged();
    // Something the user should be told about an item (started over, already there, ...).
    void notice(qint64 id, const QString &message);
    // The whole-file MD5 of a file is being computed (it was not in the cache).
    void hashStarted(qint64 fileId);
    // A chunk of a file is on the server (acknowledged or found there with the same MD5).
    void chunkConfirmed(qint64 fileId, int index);
    // Everything that was started has ended: how many files were uploaded and how many failed.
    void queueFinished(int uploaded, int failed);

private:
    struct Entry;
    struct Upload;
    // A request under way holds a slot until it ends. An account that goes away gives its slots
    // back at once; the late ends of its requests are then not counted again.
    struct Slot
    {
        QString accountId;
        quint64 epoch = 0;
    };
    Slot takeSlot(const QString &accountId);
    void releaseSlot(const Slot &slot);

    void saveSettings();
    Entry *entry(qint64 id);
    const Entry *entry(qint64 id) const;
    qint64 topOf(qint64 id) const;
    void insertEntry(Entry entry, bool announce);
    void setState(Entry &e, TransferState state);
    void persist(const Entry &e);
    void touch(qint64 id); // the top-level item's view changed

    void restore();
    void scanFolder(qint64 folderId);
    void onScanned(qint64 folderId, const QList<TransferRecord> &found, const QStringList &skipped);

    void requestSchedule();
    void schedule();
    bool ancestorsCreated(const Entry &e) const;
    void startHash(Entry &e);
    void onHashed(qint64 id, qint64 generation, const QString &md5, const QStringList &chunkMd5s, const QString &error,
                  bool changed);
    bool activate(Entry &e);
    bool dispatchFolder(Entry &e);
    bool dispatchUpload(Upload &u, qint64 now, qint64 *wakeAt);
    void startCheck(Upload &u);
    void onChecked(qint64 id, qint64 generation, const Result<ExistingUpload> &result);
    void verifyListed(Upload &u, const QMap<int, QString> &listed);
    void startChunk(Upload &u, int index, qint64 now);
    void onChunkRead(const Slot &slot, qint64 id, qint64 generation, int index, const QString &md5, QByteArray body,
                     const QString &error, bool changed);
    void onChunkSent(qint64 id, qint64 generation, int index, const Result<Done> &result);
    void startMerge(Upload &u);
    void onMerged(qint64 id, qint64 generation, const Result<Done> &result);
    void startWholeFile(Upload &u);
    void confirmChunk(Upload &u, int index, const QString &md5);
    void finishUpload(qint64 id, TransferState state, const QString &error = {}, const QString &note = {});
    void restartChanged(qint64 id);
    void deactivate(qint64 id);
    void failFolderTree(qint64 folderId, const QString &error);
    void applyToTree(qint64 id, const std::function<void(Entry &)> &change);
    void maybeFinishFolders(qint64 fromId);
    void noteBusy();
    void checkFinished();
    ChunkUpload chunkFor(const Entry &e, int index) const;
    UploadTarget targetFor(const Entry &e) const;
    RemoteFileService *serviceFor(const QString &accountId);

    std::unique_ptr<TransferJournal> m_journal;
    ServiceResolver m_resolver;
    SteadyClock m_steadyClock;
    const Clock *m_clock = &m_steadyClock;
    std::function<double()> m_unit;
    TransferSettings m_settings;
    BandwidthLimiter m_limiter;
    RateMeter m_meter;
    QThreadPool m_pool;
    QTimer m_wakeTimer;
    QTimer m_changeTimer;
    bool m_scheduleQueued = false;
    bool m_started = false;
    bool m_busy = false;
    int m_periodUploaded = 0;
    int m_periodFailed = 0;

    std::map<qint64, Entry> m_entries;
    QList<qint64> m_topLevel;
    QHash<qint64, QList<qint64>> m_children;
    std::set<qint64> m_waitingFolders; // folders to create, in queue order
    std::set<qint64> m_waitingFiles;   // files queued and not active, in queue order
    std::map<qint64, std::unique_ptr<Upload>> m_uploads; // active files, in queue order
    QSet<qint64> m_scanning;
    QSet<qint64> m_creatingFolders;
    QSet<qint64> m_pendingChanges;
    qint64 m_hashing = 0; // the file being hashed, 0 for none
    std::shared_ptr<std::atomic_bool> m_hashCancel;
    int m_inFlight = 0; // requests under way, over all accounts
    QHash<QString, int> m_slotsByAccount;
    QHash<QString, quint64> m_accountEpochs;
    QHash<RemoteFileService *, int> m_prepared; // 0 preparing, 1 ready
    qint64 m_generation = 0;
};

} // namespace suanli::transfer
