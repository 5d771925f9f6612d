#include "transfer/transferqueue.h"

#include "transfer/filereader.h"
#include "transfer/filestamp.h"
#include "transfer/transferjournal.h"
#include "transfer/transferlogging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace suanli::transfer {

namespace {

// How far down the waiting list the scheduler looks for work it can start: a bounded look keeps
// each pass cheap when a folder queued a hundred thousand files.
constexpr int kLookAhead = 64;
constexpr int kChangeCoalesceMs = 100;
constexpr int kMaxMergeRounds = 3;
constexpr qint64 kNoWake = std::numeric_limits<qint64>::max();

bool unfinished(TransferState state)
{
    return !isFinished(state) && state != TransferState::Paused;
}

bool isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse: // a body cut short or replaced by a proxy's page
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 408 || error.httpStatus == 429 || error.httpStatus >= 500 || error.httpStatus == 0;
    default:
        return false;
    }
}

QString normalizedRemoteDir(const QString &dir)
{
    const QStringList parts = dir.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QString joinRemote(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name) : QString(dir + QLatin1Char('/') + name);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

bool isFinished(TransferState state)
{
    return state == TransferState::Done || state == TransferState::Failed || state == TransferState::Cancelled;
}

struct TransferQueue::Entry
{
    TransferRecord r;
    qint64 topId = 0;
    // Work on the file's current content; bumped when the file is started over or abandoned.
    qint64 generation = 0;
    qint64 contentGeneration = 0;
    QMap<int, QString> chunkMd5; // local chunks' MD5s known so far
    QSet<int> confirmed;         // chunks the server has
    qint64 confirmedBytes = 0;
    qint64 hashedBytes = 0;
    bool cancelAfterMerge = false;
    // Folders: retries of the creation.
    int folderAttempts = 0;
    qint64 folderDueMs = 0;
    std::unique_ptr<RateMeter> meter; // top-level items only
};

struct TransferQueue::Upload
{
    enum class Phase { Prepare, Check, Send, Merge, WholeFile };

    qint64 id = 0;
    qint64 generation = 0;
    qint64 contentGeneration = 0;
    QString accountId;
    RemoteFileService *service = nullptr;
    std::shared_ptr<const PayloadFramer> framer;
    Phase phase = Phase::Prepare;
    bool requestInFlight = false; // prepare, check, merge or a whole-file upload
    qint64 notBeforeMs = 0;       // of the next check or merge after a failure
    int attempts = 0;             // of the current prepare / check / merge step
    std::set<int> pending;        // chunks still to send
    QHash<int, qint64> dueMs;     // a chunk retried after a backoff
    QHash<int, int> chunkAttempts;
    QHash<int, int> refusals;
    QSet<int> sending;
    QSet<int> verifying; // listed by the server, being hashed here to compare
    bool sentSomething = false;
    bool afterMerge = false; // re-reading the state after a merge that got no clear answer
    int mergeRounds = 0;
    ApiError lastMergeError;
};

TransferQueue::TransferQueue(std::unique_ptr<TransferJournal> journal, ServiceResolver resolver, QObject *parent)
    : QObject(parent)
    , m_journal(std::move(journal))
    , m_resolver(std::move(resolver))
    , m_unit([] { return QRandomGenerator::global()->generateDouble(); })
{
#if defined(__GLIBC__)
    // Chunk bodies are large and short-lived. glibc raises its mmap threshold once such a block
    // is freed and from then on keeps them in the heap, where they pile up with the file's size;
    // pinned below the smallest chunk, every body goes back to the system when it is freed.
    static std::once_flag pinned;
    std::call_once(pinned, [] { mallopt(M_MMAP_THRESHOLD, 512 * 1024); });
#endif
    m_pool.setMaxThreadCount(m_settings.parallel + 1);
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &TransferQueue::schedule);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeCoalesceMs);
    connect(&m_changeTimer, &QTimer::timeout, this, [this] {
        const QSet<qint64> changed = std::exchange(m_pendingChanges, {});
        for (qint64 id : changed) {
            if (m_entries.count(id))
                Q_EMIT itemChanged(id);
        }
        Q_EMIT totalsChanged();
    });
    if (m_journal) {
        // The settings the user chose last time; the limit and parallel uploads are global.
        bool ok = false;
        TransferSettings saved = m_settings;
        const int parallel = m_journal->value(QStringLiteral("parallel")).toInt(&ok);
        if (ok)
            saved.parallel = parallel;
        const qint64 chunk = m_journal->value(QStringLiteral("chunkSize")).toLongLong(&ok);
        if (ok)
            saved.chunkSize = chunk;
        const qint64 limit = m_journal->value(QStringLiteral("bandwidthLimit")).toLongLong(&ok);
        if (ok)
            saved.bandwidthLimit = limit;
        m_settings = saved.bounded();
        m_pool.setMaxThreadCount(m_settings.parallel + 1);
    }
    restore();
}

TransferQueue::~TransferQueue()
{
    if (m_hashCancel)
        m_hashCancel->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void TransferQueue::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_steadyClock;
}

void TransferQueue::setRandomSource(std::function<double()> unit)
{
    m_unit = std::move(unit);
}

void TransferQueue::saveSettings()
{
    if (!m_journal)
        return;
    m_journal->setValue(QStringLiteral("parallel"), QString::number(m_settings.parallel));
    m_journal->setValue(QStringLiteral("chunkSize"), QString::number(m_settings.chunkSize));
    m_journal->setValue(QStringLiteral("bandwidthLimit"), QString::number(m_settings.bandwidthLimit));
}

void TransferQueue::setSettings(const TransferSettings &settings)
{
    m_settings = settings.bounded();
    saveSettings();
    m_pool.setMaxThreadCount(m_settings.parallel + 1);
    m_limiter.setRate(m_settings.bandwidthLimit, m_clock->nowMs());
    requestSchedule();
}

void TransferQueue::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_settings.bandwidthLimit = std::max<qint64>(0, bytesPerSecond);
    saveSettings();
    m_limiter.setRate(m_settings.bandwidthLimit, m_clock->nowMs());
    requestSchedule();
}

// ---- entries ---------------------------------------------------------------------------------

TransferQueue::Entry *TransferQueue::entry(qint64 id)
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

const TransferQueue::Entry *TransferQueue::entry(qint64 id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

qint64 TransferQueue::topOf(qint64 id) const
{
    const Entry *e = entry(id);
    return e ? e->topId : 0;
}

void TransferQueue::insertEntry(Entry e, bool announce)
{
    const qint64 id = e.r.id;
    if (e.r.parentId == 0) {
        e.topId = id;
        e.meter = std::make_unique<RateMeter>();
        m_topLevel.append(id);
    } else {
        e.topId = topOf(e.r.parentId);
        m_children[e.r.parentId].append(id);
    }
    const bool waiting = e.r.state == TransferState::Queued;
    const bool isFolder = e.r.kind == TransferKind::Folder;
    const bool created = e.r.folderCreated;
    m_entries.emplace(id, std::move(e));
    if (waiting) {
        if (isFolder && !created)
            m_waitingFolders.insert(id);
        else if (!isFolder)
            m_waitingFiles.insert(id);
    }
    if (announce && m_entries.at(id).r.parentId == 0)
        Q_EMIT itemAdded(id);
}

void TransferQueue::setState(Entry &e, TransferState state)
{
    const qint64 id = e.r.id;
    e.r.state = state;
    m_waitingFiles.erase(id);
    m_waitingFolders.erase(id);
    if (state == TransferState::Queued) {
        if (e.r.kind == TransferKind::File && !m_uploads.count(id))
            m_waitingFiles.insert(id);
        else if (e.r.kind == TransferKind::Folder && !e.r.folderCreated)
            m_waitingFolders.insert(id);
    }
    touch(id);
}

void TransferQueue::persist(const Entry &e)
{
    if (m_journal)
        m_journal->update(e.r);
}

void TransferQueue::touch(qint64 id)
{
    const qint64 top = topOf(id);
    if (top == 0)
        return;
    m_pendingChanges.insert(top);
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

// ---- restoring and queueing ------------------------------------------------------------------

void TransferQueue::restore()
{
    if (!m_journal)
        return;
    for (TransferRecord &r : m_journal->records()) {
        if (r.state == TransferState::Hashing || r.state == TransferState::Uploading || r.state == TransferState::Merging)
            r.state = TransferState::Queued;
        Entry e;
        e.r = r;
        if (r.kind == TransferKind::File && !isFinished(r.state)) {
            const auto marks = m_journal->chunks(r.id);
            const int total = r.chunkCount();
            for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
                e.chunkMd5.insert(it.key(), it->md5);
                if (it->acknowledged && it.key() < total) {
                    e.confirmed.insert(it.key());
                    e.confirmedBytes += std::min(r.chunkSize, r.size - qint64(it.key()) * r.chunkSize);
                }
            }
        }
        // Folders whose parent no longer exists would hang; they go at the top instead.
        if (r.parentId != 0 && !m_entries.count(r.parentId))
            e.r.parentId = 0;
        insertEntry(std::move(e), false);
    }
}

QList<qint64> TransferQueue::enqueue(const QString &accountId, bool isPublic, const QStringList &localPaths,
                                     const QString &remoteDir)
{
    QList<qint64> ids;
    const QString dir = normalizedRemoteDir(remoteDir);
    for (const QString &path : localPaths) {
        const QFileInfo info(path);
        if (!info.exists() || (!info.isFile() && !info.isDir())) {
            Q_EMIT notice(0, tr("%1 does not exist and was not queued.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        Entry e;
        e.r.kind = info.isDir() ? TransferKind::Folder : TransferKind::File;
        e.r.accountId = accountId;
        e.r.isPublic = isPublic;
        e.r.localPath = QDir::cleanPath(info.absoluteFilePath());
        e.r.remoteDir = dir;
        e.r.remoteName = info.fileName();
        e.r.chunkSize = m_settings.chunkSize;
        e.r.state = TransferState::Queued;
        e.r.added = QDateTime::currentDateTime();
        if (info.isFile()) {
            const FileStamp stamp = FileStamp::of(e.r.localPath);
            e.r.size = stamp.size;
            e.r.mtimeMs = stamp.mtimeMs;
        }
        if (!m_journal || !m_journal->add(e.r))
            e.r.id = (qint64(1) << 40) + (++m_generation);
        const qint64 id = e.r.id;
        insertEntry(std::move(e), true);
        ids.append(id);
        if (info.isDir())
            scanFolder(id);
    }
    requestSchedule();
    return ids;
}

std::optional<qint64> TransferQueue::findUnfinished(const QString &accountId, bool isPublic, const QString &localPath,
                                                    const QString &remoteDir) const
{
    const QString path = QDir::cleanPath(QFileInfo(localPath).absoluteFilePath());
    const QString dir = normalizedRemoteDir(remoteDir);
    for (qint64 id : m_topLevel) {
        const Entry *e = entry(id);
        if (e && e->r.accountId == accountId && e->r.isPublic == isPublic && e->r.localPath == path
            && e->r.remoteDir == dir && e->r.state != TransferState::Done && e->r.state != TransferState::Cancelled)
            return id;
    }
    return std::nullopt;
}

void TransferQueue::scanFolder(qint64 folderId)
{
    const Entry *folder = entry(folderId);
    if (!folder || m_scanning.contains(folderId))
        return;
    m_scanning.insert(folderId);
    const TransferRecord base = folder->r;
    const qint64 chunkSize = base.chunkSize > 0 ? base.chunkSize : m_settings.chunkSize;
    m_pool.start([this, folderId, base, chunkSize] {
        QList<TransferRecord> found;
        QStringList skipped;
        // Files before subfolders, each sorted by name; a folder comes before what is in it.
        std::function<void(const QString &, const QString &)> walk = [&](const QString &local, const QString &remote) {
            const QFileInfoList list =
                QDir(local).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
            QFileInfoList dirs;
            for (const QFileInfo &info : list) {
                if (info.isDir()) {
                    if (info.isSymLink())
                        skipped.append(info.absoluteFilePath()); // a link could loop back up
                    else
                        dirs.append(info);
                    continue;
                }
                if (!info.isFile() || !info.isReadable()) {
                    skipped.append(info.absoluteFilePath());
                    continue;
                }
                TransferRecord r;
                r.kind = TransferKind::File;
                r.localPath = QDir::cleanPath(info.absoluteFilePath());
                r.remoteDir = remote;
                r.remoteName = info.fileName();
                r.size = info.size();
                r.mtimeMs = info.lastModified().toMSecsSinceEpoch();
                r.chunkSize = chunkSize;
                found.append(r);
            }
            for (const QFileInfo &info : std::as_const(dirs)) {
                TransferRecord r;
                r.kind = TransferKind::Folder;
                r.localPath = QDir::cleanPath(info.absoluteFilePath());
                r.remoteDir = remote;
                r.remoteName = info.fileName();
                r.chunkSize = chunkSize;
                found.append(r);
                walk(r.localPath, joinRemote(remote, r.remoteName));
            }
        };
        walk(base.localPath, base.remotePath());
        QMetaObject::invokeMethod(
            this, [this, folderId, found, skipped] { onScanned(folderId, found, skipped); }, Qt::QueuedConnection);
    });
}

void TransferQueue::onScanned(qint64 folderId, const QList<TransferRecord> &found, const QStringList &skipped)
{
    m_scanning.remove(folderId);
    Entry *folder = entry(folderId);
    if (!folder)
        return;
    // A folder scanned again after a restart keeps what it already has.
    QSet<QString> known;
    std::function<void(qint64)> collect = [&](qint64 id) {
        for (qint64 child : m_children.value(id)) {
            if (const Entry *e = entry(child))
                known.insert(e->r.localPath);
            collect(child);
        }
    };
    collect(folderId);

    // What happened to the folder while it was scanned happens to what is in it.
    const TransferState inherited = folder->r.state == TransferState::Paused || folder->r.state == TransferState::Cancelled
                                            || folder->r.state == TransferState::Failed
                                        ? folder->r.state
                                        : TransferState::Queued;
    QHash<QString, qint64> folderIds{{folder->r.localPath, folderId}};
    std::function<void(qint64)> mapFolders = [&](qint64 id) {
        for (qint64 child : m_children.value(id)) {
            const Entry *e = entry(child);
            if (e && e->r.kind == TransferKind::Folder)
                folderIds.insert(e->r.localPath, child);
            mapFolders(child);
        }
    };
    mapFolders(folderId);

    if (m_journal)
        m_journal->beginBatch();
    for (TransferRecord r : found) {
        if (known.contains(r.localPath))
            continue;
        const qint64 parent = folderIds.value(QFileInfo(r.localPath).absolutePath());
        if (parent == 0)
            continue;
        r.parentId = parent;
        r.accountId = folder->r.accountId;
        r.isPublic = folder->r.isPublic;
        r.state = inherited;
        if (inherited == TransferState::Failed)
            r.error = folder->r.error;
        r.added = QDateTime::currentDateTime();
        if (!m_journal || !m_journal->add(r))
            r.id = (qint64(1) << 40) + (++m_generation);
        if (r.kind == TransferKind::Folder)
            folderIds.insert(r.localPath, r.id);
        Entry e;
        e.r = r;
        insertEntry(std::move(e), false);
    }
    if (m_journal)
        m_journal->commitBatch();
    for (const QString &path : skipped)
        Q_EMIT notice(folderId, tr("Skipped %1: not a regular file or folder, or not readable.").arg(QDir::toNativeSeparators(path)));
    touch(folderId);
    maybeFinishFolders(folderId);
    requestSchedule();
}

// ---- scheduling ------------------------------------------------------------------------------

QString TransferQueue::alreadyThereNote()
{
    return tr("Already on the server.");
}

void TransferQueue::start()
{
    if (m_started)
        return;
    m_started = true;
    m_limiter.setRate(m_settings.bandwidthLimit, m_clock->nowMs());
    // Files that changed while the application was not running start over.
    for (auto &[id, e] : m_entries) {
        if (e.r.kind == TransferKind::File && unfinished(e.r.state) && !e.r.fileMd5.isEmpty()
            && !FileStamp::of(e.r.localPath).sameAs(e.r.size, e.r.mtimeMs))
            restartChanged(id);
    }
    for (qint64 id : std::as_const(m_topLevel)) {
        const Entry *e = entry(id);
        if (e && e->r.kind == TransferKind::Folder && !isFinished(e->r.state) && m_children.value(id).isEmpty())
            scanFolder(id);
    }
    requestSchedule();
}

void TransferQueue::requestSchedule()
{
    if (m_scheduleQueued)
        return;
    m_scheduleQueued = true;
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

bool TransferQueue::ancestorsCreated(const Entry &e) const
{
    qint64 parent = e.r.parentId;
    while (parent != 0) {
        const Entry *p = entry(parent);
        if (!p)
            return false;
        if (!p->r.folderCreated)
            return false;
        parent = p->r.parentId;
    }
    return true;
}

void TransferQueue::schedule()
{
    m_scheduleQueued = false;
    if (!m_started)
        return;
    const qint64 now = m_clock->nowMs();
    qint64 wakeAt = kNoWake;

    // One file hashed at a time (reading one file after another is what disks do best), a few
    // files ahead of the uploads.
    if (m_hashing == 0) {
        int looked = 0;
        for (auto it = m_waitingFiles.begin(); it != m_waitingFiles.end() && looked < m_settings.parallel + 2; ++looked) {
            Entry *e = entry(*it);
            ++it;
            if (!e || !e->r.fileMd5.isEmpty())
                continue;
            startHash(*e); // may finish at once from the cache and leave the waiting list alone
            if (m_hashing != 0)
                break;
        }
    }

    // Files to work on, in queue order.
    while (int(m_uploads.size()) < m_settings.parallel) {
        Entry *next = nullptr;
        int looked = 0;
        for (auto it = m_waitingFiles.begin(); it != m_waitingFiles.end() && looked < kLookAhead; ++it, ++looked) {
            Entry *e = entry(*it);
            if (e && !e->r.fileMd5.isEmpty() && e->r.id != m_hashing && ancestorsCreated(*e)) {
                next = e;
                break;
            }
        }
        if (!next || !activate(*next))
            break;
    }

    // Requests, folders first so that their files can follow. Starting one can end others (a
    // failed folder takes its files along), so the candidates are taken up front.
    std::vector<qint64> folders;
    for (auto it = m_waitingFolders.begin(); it != m_waitingFolders.end() && int(folders.size()) < kLookAhead; ++it)
        folders.push_back(*it);
    for (qint64 id : folders) {
        if (m_inFlight >= m_settings.parallel)
            break;
        Entry *e = entry(id);
        if (!e || !m_waitingFolders.count(id) || m_creatingFolders.contains(id))
            continue;
        if (e->r.parentId != 0) {
            const Entry *parent = entry(e->r.parentId);
            if (!parent || !parent->r.folderCreated)
                continue;
        }
        if (e->folderDueMs > now) {
            wakeAt = std::min(wakeAt, e->folderDueMs);
            continue;
        }
        dispatchFolder(*e);
    }
    std::vector<qint64> uploads;
    for (const auto &[id, upload] : m_uploads)
        uploads.push_back(id);
    for (qint64 id : uploads) {
        while (m_inFlight < m_settings.parallel) {
            const auto found = m_uploads.find(id);
            if (found == m_uploads.end() || !dispatchUpload(*found->second, now, &wakeAt))
                break;
        }
        if (m_inFlight >= m_settings.parallel)
            break;
    }

    if (wakeAt != kNoWake)
        m_wakeTimer.start(int(std::clamp<qint64>(wakeAt - now, 0, 24 * 3600 * 1000)));
    else
        m_wakeTimer.stop();
    checkFinished();
}

RemoteFileService *TransferQueue::serviceFor(const QString &accountId)
{
    return m_resolver ? m_resolver(accountId) : nullptr;
}

ChunkUpload TransferQueue::chunkFor(const Entry &e, int index) const
{
    ChunkUpload chunk;
    chunk.target = targetFor(e);
    chunk.index = index;
    chunk.total = e.r.chunkCount();
    chunk.offset = qint64(index) * e.r.chunkSize;
    chunk.size = std::min(e.r.chunkSize, e.r.size - chunk.offset);
    chunk.chunkMd5 = e.chunkMd5.value(index);
    return chunk;
}

UploadTarget TransferQueue::targetFor(const Entry &e) const
{
    UploadTarget target;
    target.isPublic = e.r.isPublic;
    target.directory = e.r.remoteDir;
    target.fileName = e.r.remoteName;
    target.fileMd5 = e.r.fileMd5;
    target.fileSize = e.r.size;
    return target;
}

// ---- hashing ---------------------------------------------------------------------------------

void TransferQueue::startHash(Entry &e)
{
    const FileStamp stamp = FileStamp::of(e.r.localPath);
    if (!stamp.sameAs(e.r.size, e.r.mtimeMs)) {
        restartChanged(e.r.id);
        return;
    }
    if (m_journal) {
        if (const auto cached = m_journal->cachedMd5(e.r.localPath, e.r.size, e.r.mtimeMs)) {
            e.r.fileMd5 = *cached;
            persist(e);
            touch(e.r.id);
            return;
        }
    }
    noteBusy();
    Q_EMIT hashStarted(e.r.id);
    m_hashing = e.r.id;
    e.hashedBytes = 0;
    e.r.state = TransferState::Hashing;
    touch(e.r.id);
    m_hashCancel = std::make_shared<std::atomic_bool>(false);
    const qint64 id = e.r.id;
    const qint64 generation = e.contentGeneration;
    const QString path = e.r.localPath;
    const qint64 size = e.r.size;
    const qint64 mtime = e.r.mtimeMs;
    const qint64 chunkSize = e.r.chunkSize;
    m_pool.start([this, id, generation, path, size, mtime, chunkSize, cancel = m_hashCancel] {
        const auto progress = [this, id, generation](qint64 bytes) {
            QMetaObject::invokeMethod(
                this,
                [this, id, generation, bytes] {
                    Entry *e = entry(id);
                    if (e && e->contentGeneration == generation) {
                        e->hashedBytes = bytes;
                        touch(id);
                    }
                },
                Qt::QueuedConnection);
        };
        const FileReader::Hash hash = FileReader::hashWithChunks(path, size, mtime, chunkSize, cancel.get(), progress);
        QMetaObject::invokeMethod(
            this,
            [this, id, generation, hash] { onHashed(id, generation, hash.md5, hash.chunkMd5s, hash.error, hash.changed); },
            Qt::QueuedConnection);
    });
}

void TransferQueue::onHashed(qint64 id, qint64 generation, const QString &md5, const QStringList &chunkMd5s,
                             const QString &error, bool changed)
{
    if (m_hashing == id)
        m_hashing = 0;
    requestSchedule();
    Entry *e = entry(id);
    if (!e || e->contentGeneration != generation || e->r.state != TransferState::Hashing)
        return;
    if (changed) {
        restartChanged(id);
        return;
    }
    if (!error.isEmpty()) {
        finishUpload(id, TransferState::Failed, error);
        return;
    }
    e->r.fileMd5 = md5;
    // In memory only, like the MD5s of chunks read for sending: the journal learns a chunk's
    // MD5 with its acknowledgement.
    for (int index = 0; index < chunkMd5s.size(); ++index)
        e->chunkMd5.insert(index, chunkMd5s.at(index));
    e->r.state = TransferState::Queued;
    if (m_journal)
        m_journal->cacheMd5(e->r.localPath, e->r.size, e->r.mtimeMs, md5);
    persist(*e);
    touch(id);
}

// ---- uploads ---------------------------------------------------------------------------------

bool TransferQueue::activate(Entry &e)
{
    const qint64 id = e.r.id;
    m_waitingFiles.erase(id);
    RemoteFileService *service = serviceFor(e.r.accountId);
    if (!service) {
        finishUpload(id, TransferState::Failed, tr("The account is not available."));
        return true;
    }
    noteBusy();
    auto upload = std::make_unique<Upload>();
    upload->id = id;
    upload->generation = ++m_generation;
    upload->contentGeneration = e.contentGeneration;
    upload->accountId = e.r.accountId;
    upload->service = service;
    e.generation = upload->generation;
    e.r.state = TransferState::Uploading;
    persist(e);
    touch(id);
    m_uploads.emplace(id, std::move(upload));
    return true;
}

bool TransferQueue::dispatchUpload(Upload &u, qint64 now, qint64 *wakeAt)
{
    if (u.requestInFlight)
        return false;
    Entry *e = entry(u.id);
    if (!e)
        return false;
    const auto waitUntil = [&](qint64 when) {
        if (when > now) {
            *wakeAt = std::min(*wakeAt, when);
            return true;
        }
        return false;
    };
    switch (u.phase) {
    case Upload::Phase::Prepare: {
        if (waitUntil(u.notBeforeMs))
            return false;
        u.requestInFlight = true;
        const Slot slot = takeSlot(u.accountId);
        const qint64 id = u.id;
        const qint64 generation = u.generation;
        u.service->prepare(this, [this, slot, id, generation](const Result<Done> &result) {
            releaseSlot(slot);
            requestSchedule();
            const auto found = m_uploads.find(id);
            if (found == m_uploads.end() || found->second->generation != generation)
                return;
            Upload &upload = *found->second;
            upload.requestInFlight = false;
            if (!result) {
                if (isRetryable(result.error()) && ++upload.attempts < m_settings.retry.maxAttempts) {
                    upload.notBeforeMs = m_clock->nowMs() + m_settings.retry.backoffMs(upload.attempts, m_unit);
                    return;
                }
                finishUpload(id, TransferState::Failed, result.error().toDisplayString());
                return;
            }
            upload.framer = upload.service->framer();
            upload.attempts = 0;
            upload.phase = Upload::Phase::Check;
        });
        return true;
    }
    case Upload::Phase::Check:
        if (waitUntil(u.notBeforeMs))
            return false;
        startCheck(u);
        return true;
    case Upload::Phase::Send: {
        int next = -1;
        for (int index : u.pending) {
            const qint64 due = u.dueMs.value(index, 0);
            if (due > now) {
                *wakeAt = std::min(*wakeAt, due);
                continue;
            }
            next = index;
            break;
        }
        if (next < 0) {
            if (u.pending.empty() && u.sending.isEmpty() && u.verifying.isEmpty()) {
                u.phase = Upload::Phase::Merge;
                u.attempts = 0;
                return dispatchUpload(u, now, wakeAt);
            }
            return false;
        }
        const qint64 size = std::min(e->r.chunkSize, e->r.size - qint64(next) * e->r.chunkSize);
        const qint64 wait = m_limiter.waitMs(size, now);
        if (wait > 0) {
            *wakeAt = std::min(*wakeAt, now + wait);
            return false;
        }
        startChunk(u, next, now);
        return true;
    }
    case Upload::Phase::Merge:
        if (waitUntil(u.notBeforeMs))
            return false;
        if (!FileStamp::of(e->r.localPath).sameAs(e->r.size, e->r.mtimeMs)) {
            restartChanged(u.id);
            return false;
        }
        startMerge(u);
        return true;
    case Upload::Phase::WholeFile:
        if (waitUntil(u.notBeforeMs))
            return false;
        startWholeFile(u);
        return true;
    }
    return false;
}

void TransferQueue::startCheck(Upload &u)
{
    const Entry *e = entry(u.id);
    u.requestInFlight = true;
    const Slot slot = takeSlot(u.accountId);
    const qint64 id = u.id;
    const qint64 generation = u.generation;
    u.service->checkFile(targetFor(*e), this, [this, slot, id, generation](const Result<ExistingUpload> &result) {
        releaseSlot(slot);
        requestSchedule();
        onChecked(id, generation, result);
    });
}

void TransferQueue::onChecked(qint64 id, qint64 generation, const Result<ExistingUpload> &result)
{
    const auto found = m_uploads.find(id);
    if (found == m_uploads.end() || found->second->generation != generation)
        return;
    Upload &u = *found->second;
    Entry *e = entry(id);
    u.requestInFlight = false;
    if (!result) {
        const ApiError &error = result.error();
        if (isRetryable(error) && ++u.attempts < m_settings.retry.maxAttempts) {
            u.notBeforeMs = m_clock->nowMs() + m_settings.retry.backoffMs(u.attempts, m_unit);
            return;
        }
        finishUpload(id, TransferState::Failed, u.afterMerge ? tr("The merge did not complete: %1").arg(u.lastMergeError.toDisplayString())
                                                             : error.toDisplayString());
        return;
    }
    u.attempts = 0;
    const ExistingUpload &existing = result.value();
    if (existing.complete) {
        const bool fresh = !u.sentSomething && !u.afterMerge && e->confirmed.isEmpty();
        finishUpload(id, TransferState::Done, {}, fresh ? alreadyThereNote() : QString());
        return;
    }
    if (u.afterMerge && u.mergeRounds >= kMaxMergeRounds) {
        finishUpload(id, TransferState::Failed,
                     tr("The merge did not complete: %1").arg(u.lastMergeError.toDisplayString()));
        return;
    }
    if (e->r.size == 0) {
        u.phase = Upload::Phase::WholeFile;
        return;
    }
    // What the server does not list, or lists with other bytes, is not there, whatever the
    // journal remembers.
    const int total = e->r.chunkCount();
    for (int index : QSet<int>(e->confirmed)) {
        if (existing.chunks.value(index) != e->chunkMd5.value(index) || index >= total) {
            e->confirmed.remove(index);
            e->confirmedBytes -= std::min(e->r.chunkSize, e->r.size - qint64(index) * e->r.chunkSize);
            if (m_journal)
                m_journal->markChunk(id, index, e->chunkMd5.value(index), false);
        }
    }
    u.pending.clear();
    u.dueMs.clear();
    for (int index = 0; index < total; ++index) {
        if (!e->confirmed.contains(index))
            u.pending.insert(index);
    }
    verifyListed(u, existing.chunks);
    u.phase = Upload::Phase::Send;
    touch(id);
}

void TransferQueue::verifyListed(Upload &u, const QMap<int, QString> &listed)
{
    Entry *e = entry(u.id);
    const int total = e->r.chunkCount();
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const int index = it.key();
        if (index < 0 || index >= total || !u.pending.count(index))
            continue;
        const QString known = e->chunkMd5.value(index);
        if (!known.isEmpty()) {
            if (known == it.value())
                confirmChunk(u, index, known);
            continue; // a different chunk there: ours goes over it
        }
        // Not hashed here yet: read it to compare, without holding it.
        u.pending.erase(index);
        u.verifying.insert(index);
        const qint64 id = u.id;
        const qint64 generation = u.generation;
        const ChunkUpload chunk = chunkFor(*e, index);
        const QString path = e->r.localPath;
        const qint64 size = e->r.size;
        const qint64 mtime = e->r.mtimeMs;
        const QString theirs = it.value();
        m_pool.start([this, id, generation, index, chunk, path, size, mtime, theirs] {
            const FileReader::Hash hash = FileReader::hash(path, size, mtime, chunk.offset, chunk.size);
            QMetaObject::invokeMethod(
                this,
                [this, id, generation, index, hash, theirs] {
                    requestSchedule();
                    const auto found = m_uploads.find(id);
                    if (found == m_uploads.end() || found->second->generation != generation)
                        return;
                    Upload &upload = *found->second;
                    upload.verifying.remove(index);
                    if (hash.changed) {
                        restartChanged(id);
                        return;
                    }
                    if (!hash.error.isEmpty()) {
                        finishUpload(id, TransferState::Failed, hash.error);
                        return;
                    }
                    Entry *entry = this->entry(id);
                    entry->chunkMd5.insert(index, hash.md5);
                    if (m_journal)
                        m_journal->markChunk(id, index, hash.md5, false);
                    if (hash.md5 == theirs)
                        confirmChunk(upload, index, hash.md5);
                    else
                        upload.pending.insert(index);
                },
                Qt::QueuedConnection);
        });
    }
}

void TransferQueue::confirmChunk(Upload &u, int index, const QString &md5)
{
    Entry *e = entry(u.id);
    u.pending.erase(index);
    if (!e->confirmed.contains(index)) {
        e->confirmed.insert(index);
        e->confirmedBytes += std::min(e->r.chunkSize, e->r.size - qint64(index) * e->r.chunkSize);
    }
    e->chunkMd5.insert(index, md5);
    if (m_journal)
        m_journal->markChunk(u.id, index, md5, true);
    touch(u.id);
    Q_EMIT chunkConfirmed(u.id, index);
}

void TransferQueue::startChunk(Upload &u, int index, qint64 now)
{
    Entry *e = entry(u.id);
    const ChunkUpload chunk = chunkFor(*e, index);
    m_limiter.commit(chunk.size, now);
    // Rates count from the first bytes sent, not from hashing or checking.
    m_meter.begin(now);
    if (Entry *top = entry(e->topId); top && top->meter)
        top->meter->begin(now);
    u.pending.erase(index);
    u.sending.insert(index);
    const Slot slot = takeSlot(u.accountId);
    const qint64 id = u.id;
    const qint64 generation = u.generation;
    const QString path = e->r.localPath;
    const qint64 size = e->r.size;
    const qint64 mtime = e->r.mtimeMs;
    const std::shared_ptr<const PayloadFramer> framer = u.framer;
    const QByteArray head = framer->chunkHead(chunk);
    const QString knownMd5 = e->chunkMd5.value(index);
    m_pool.start([this, slot, id, generation, index, chunk, path, size, mtime, framer, head, knownMd5] {
        FileReader::Chunk read = FileReader::readChunk(
            path, size, mtime, chunk.offset, chunk.size, head,
            [&](const QString &md5) {
                ChunkUpload withMd5 = chunk;
                withMd5.chunkMd5 = md5;
                return framer->chunkTail(withMd5);
            },
            knownMd5);
        QMetaObject::invokeMethod(
            this,
            [this, slot, id, generation, index, read = std::move(read)]() mutable {
                onChunkRead(slot, id, generation, index, read.md5, std::move(read.body), read.error, read.changed);
            },
            Qt::QueuedConnection);
    });
}

void TransferQueue::onChunkRead(const Slot &slot, qint64 id, qint64 generation, int index, const QString &md5,
                                QByteArray body, const QString &error, bool changed)
{
    const auto found = m_uploads.find(id);
    if (found == m_uploads.end() || found->second->generation != generation) {
        releaseSlot(slot); // read for an upload that is no longer running: never sent
        requestSchedule();
        return;
    }
    Upload &u = *found->second;
    if (changed || !error.isEmpty()) {
        releaseSlot(slot);
        u.sending.remove(index);
        requestSchedule();
        if (changed)
            restartChanged(id);
        else
            finishUpload(id, TransferState::Failed, error);
        return;
    }
    Entry *e = entry(id);
    // Kept in memory only: the journal learns a chunk's MD5 with its acknowledgement, one write
    // per chunk. A chunk that reached the server unacknowledged is hashed again on resume.
    e->chunkMd5.insert(index, md5);
    ChunkUpload chunk = chunkFor(*e, index);
    chunk.chunkMd5 = md5;
    const qint64 contentGeneration = e->contentGeneration;
    u.service->uploadChunk(chunk, std::move(body), this,
                           [this, slot, id, generation, contentGeneration, index, md5](const Result<Done> &result) {
                               releaseSlot(slot);
                               requestSchedule();
                               const auto upload = m_uploads.find(id);
                               if (upload != m_uploads.end() && upload->second->generation == generation) {
                                   onChunkSent(id, generation, index, result);
                                   return;
                               }
                               // The upload was paused meanwhile: what the server took is still
                               // worth remembering for the resume.
                               Entry *e = entry(id);
                               if (result && e && e->contentGeneration == contentGeneration && m_journal)
                                   m_journal->markChunk(id, index, md5, true);
                           });
}

void TransferQueue::onChunkSent(qint64 id, qint64 generation, int index, const Result<Done> &result)
{
    Q_UNUSED(generation);
    Upload &u = *m_uploads.at(id);
    Entry *e = entry(id);
    u.sending.remove(index);
    const qint64 now = m_clock->nowMs();
    const qint64 size = std::min(e->r.chunkSize, e->r.size - qint64(index) * e->r.chunkSize);
    if (result) {
        u.sentSomething = true;
        m_meter.add(size, now);
        if (Entry *top = entry(e->topId); top && top->meter)
            top->meter->add(size, now);
        confirmChunk(u, index, e->chunkMd5.value(index));
        return;
    }
    const ApiError &error = result.error();
    const int total = e->r.chunkCount();
    if (error.kind == ApiError::Kind::Platform) {
        // Refused, most likely because the bytes did not match their MD5 on arrival. A file
        // changed on disk is started over; otherwise the chunk goes again, a few times.
        if (!FileStamp::of(e->r.localPath).sameAs(e->r.size, e->r.mtimeMs)) {
            restartChanged(id);
            return;
        }
        if (++u.refusals[index] < m_settings.refusedChunkAttempts) {
            // Sent again with the MD5 of the bytes read then, not the one known from before.
            e->chunkMd5.remove(index);
            u.pending.insert(index);
            u.dueMs.insert(index, now + m_settings.retry.backoffMs(u.refusals[index], m_unit));
            return;
        }
        finishUpload(id, TransferState::Failed,
                     tr("The server refused chunk %1 of %2: %3").arg(index + 1).arg(total).arg(error.message));
        return;
    }
    if (isRetryable(error) && ++u.chunkAttempts[index] < m_settings.retry.maxAttempts) {
        qCDebug(lcTransfer) << "chunk" << index << "of" << e->r.localPath << "failed, retrying:" << error.message;
        u.pending.insert(index);
        u.dueMs.insert(index, now + m_settings.retry.backoffMs(u.chunkAttempts[index], m_unit));
        return;
    }
    if (isRetryable(error))
        finishUpload(id, TransferState::Failed,
                     tr("Chunk %1 of %2 could not be sent after %3 attempts: %4")
                         .arg(index + 1)
                         .arg(total)
                         .arg(m_settings.retry.maxAttempts)
                         .arg(error.toDisplayString()));
    else
        finishUpload(id, TransferState::Failed, error.toDisplayString());
}

void TransferQueue::startMerge(Upload &u)
{
    Entry *e = entry(u.id);
    u.requestInFlight = true;
    ++u.mergeRounds;
    const Slot slot = takeSlot(u.accountId);
    e->r.state = TransferState::Merging;
    persist(*e);
    touch(u.id);
    const qint64 id = u.id;
    const qint64 generation = u.generation;
    u.service->mergeChunks(targetFor(*e), e->r.chunkCount(), this, [this, slot, id, generation](const Result<Done> &result) {
        releaseSlot(slot);
        requestSchedule();
        onMerged(id, generation, result);
    });
}

void TransferQueue::onMerged(qint64 id, qint64 generation, const Result<Done> &result)
{
    const auto found = m_uploads.find(id);
    if (found == m_uploads.end() || found->second->generation != generation)
        return;
    Upload &u = *found->second;
    Entry *e = entry(id);
    u.requestInFlight = false;
    if (result) {
        finishUpload(id, TransferState::Done, {},
                     e->cancelAfterMerge ? tr("The file was complete before it could be cancelled.") : QString());
        return;
    }
    const ApiError &error = result.error();
    if (error.kind == ApiError::Kind::Platform || error.kind == ApiError::Kind::Auth
        || error.kind == ApiError::Kind::Unsupported || error.kind == ApiError::Kind::Cancelled || e->cancelAfterMerge) {
        finishUpload(id, TransferState::Failed, tr("The server did not assemble the file: %1").arg(error.message));
        return;
    }
    // No clear answer: the merge may or may not have happened. Ask the server before anything
    // is sent again.
    qCDebug(lcTransfer) << "merge of" << e->r.localPath << "unclear:" << error.message;
    u.afterMerge = true;
    u.lastMergeError = error;
    u.phase = Upload::Phase::Check;
    u.attempts = 0;
    u.notBeforeMs = m_clock->nowMs() + m_settings.retry.backoffMs(u.mergeRounds, m_unit);
    e->r.state = TransferState::Uploading;
    touch(id);
}

void TransferQueue::startWholeFile(Upload &u)
{
    // Only empty files: they have no chunk to send.
    Entry *e = entry(u.id);
    const UploadTarget target = targetFor(*e);
    QByteArray body = u.framer->fileHead(target) + u.framer->fileTail(target);
    u.requestInFlight = true;
    const Slot slot = takeSlot(u.accountId);
    const qint64 id = u.id;
    const qint64 generation = u.generation;
    u.service->uploadWholeFile(target, std::move(body), this, [this, slot, id, generation](const Result<Done> &result) {
        releaseSlot(slot);
        requestSchedule();
        const auto found = m_uploads.find(id);
        if (found == m_uploads.end() || found->second->generation != generation)
            return;
        Upload &upload = *found->second;
        upload.requestInFlight = false;
        if (result) {
            finishUpload(id, TransferState::Done);
            return;
        }
        if (isRetryable(result.error()) && ++upload.attempts < m_settings.retry.maxAttempts) {
            upload.notBeforeMs = m_clock->nowMs() + m_settings.retry.backoffMs(upload.attempts, m_unit);
            return;
        }
        finishUpload(id, TransferState::Failed, result.error().toDisplayString());
    });
}

void TransferQueue::deactivate(qint64 id)
{
    m_uploads.erase(id);
    if (Entry *e = entry(id))
        e->generation = ++m_generation;
    if (m_hashing == id) {
        if (m_hashCancel)
            m_hashCancel->store(true);
        m_hashing = 0;
    }
}

void TransferQueue::finishUpload(qint64 id, TransferState state, const QString &error, const QString &note)
{
    deactivate(id);
    Entry *e = entry(id);
    if (!e)
        return;
    if (state == TransferState::Done) {
        e->confirmedBytes = e->r.size;
        e->chunkMd5.clear();
        if (m_journal)
            m_journal->clearChunks(id);
        ++m_periodUploaded;
    } else if (state == TransferState::Failed) {
        ++m_periodFailed;
        qCInfo(lcTransfer) << "upload of" << e->r.localPath << "failed:" << error;
    }
    e->r.error = error;
    if (!note.isEmpty())
        e->r.note = note;
    setState(*e, state);
    persist(*e);
    if (!note.isEmpty())
        Q_EMIT notice(id, note);
    maybeFinishFolders(e->r.parentId);
    requestSchedule();
}

void TransferQueue::restartChanged(qint64 id)
{
    Entry *e = entry(id);
    if (!e)
        return;
    const FileStamp stamp = FileStamp::of(e->r.localPath);
    if (!stamp.exists) {
        finishUpload(id, TransferState::Failed,
                     tr("%1 is gone from the disk.").arg(QDir::toNativeSeparators(e->r.localPath)));
        return;
    }
    const QString why = stamp.size != e->r.size
                            ? tr("%1 changed on disk (%2 → %3) after it was queued; it is uploaded again from the start.")
                                  .arg(QDir::toNativeSeparators(e->r.localPath), sizeText(e->r.size), sizeText(stamp.size))
                            : tr("%1 was modified on disk after it was queued; it is uploaded again from the start.")
                                  .arg(QDir::toNativeSeparators(e->r.localPath));
    const bool wasPaused = e->r.state == TransferState::Paused;
    deactivate(id);
    ++e->contentGeneration;
    e->r.size = stamp.size;
    e->r.mtimeMs = stamp.mtimeMs;
    e->r.fileMd5.clear();
    e->r.note = why;
    e->r.error.clear();
    e->chunkMd5.clear();
    e->confirmed.clear();
    e->confirmedBytes = 0;
    e->hashedBytes = 0;
    if (m_journal)
        m_journal->clearChunks(id);
    setState(*e, wasPaused ? TransferState::Paused : TransferState::Queued);
    persist(*e);
    qCInfo(lcTransfer) << why;
    Q_EMIT notice(id, why);
    requestSchedule();
}

// ---- folders ---------------------------------------------------------------------------------

bool TransferQueue::dispatchFolder(Entry &e)
{
    const qint64 id = e.r.id;
    RemoteFileService *service = serviceFor(e.r.accountId);
    if (!service) {
        failFolderTree(id, tr("The account is not available."));
        return false;
    }
    noteBusy();
    m_creatingFolders.insert(id);
    const Slot slot = takeSlot(e.r.accountId);
    const qint64 generation = e.generation;
    const bool isPublic = e.r.isPublic;
    const QString parent = e.r.remoteDir;
    const QString name = e.r.remoteName;
    // Ends the folder step with its outcome: created, try again later, or failed with `error`.
    auto finish = [this, slot, id, generation](bool created, const ApiError *error) {
        releaseSlot(slot);
        m_creatingFolders.remove(id);
        requestSchedule();
        Entry *e = entry(id);
        if (!e || e->generation != generation || e->r.state != TransferState::Queued)
            return;
        if (created) {
            e->r.folderCreated = true;
            m_waitingFolders.erase(id);
            persist(*e);
            touch(id);
            maybeFinishFolders(id);
            return;
        }
        if (error && isRetryable(*error) && ++e->folderAttempts < m_settings.retry.maxAttempts) {
            e->folderDueMs = m_clock->nowMs() + m_settings.retry.backoffMs(e->folderAttempts, m_unit);
            return;
        }
        failFolderTree(id, tr("Could not create the folder %1: %2")
                               .arg(e->r.remotePath(), error ? error->toDisplayString() : tr("unknown error")));
    };
    service->prepare(this, [this, service, isPublic, parent, name, finish](const Result<Done> &prepared) {
        if (!prepared) {
            finish(false, &prepared.error());
            return;
        }
        service->createFolder(isPublic, parent, name, this,
                              [this, service, isPublic, parent, name, finish](const Result<Done> &result) {
                                  if (result) {
                                      finish(true, nullptr);
                                      return;
                                  }
                                  if (result.error().kind != ApiError::Kind::Platform) {
                                      finish(false, &result.error());
                                      return;
                                  }
                                  // Refused: most likely it is there already, which is what we want.
                                  const ApiError refusal = result.error();
                                  service->list(isPublic, parent, this,
                                                [name, finish, refusal](const Result<QList<RemoteEntry>> &listing) {
                                                    if (listing) {
                                                        for (const RemoteEntry &entry : listing.value()) {
                                                            if (entry.isDirectory && entry.name == name) {
                                                                finish(true, nullptr);
                                                                return;
                                                            }
                                                        }
                                                    }
                                                    finish(false, &refusal);
                                                });
                              });
    });
    return true;
}

void TransferQueue::failFolderTree(qint64 folderId, const QString &error)
{
    Entry *folder = entry(folderId);
    if (!folder)
        return;
    applyToTree(folderId, [&](Entry &e) {
        if (!unfinished(e.r.state) && e.r.state != TransferState::Paused)
            return;
        deactivate(e.r.id);
        e.r.error = error;
        if (e.r.kind == TransferKind::File)
            ++m_periodFailed;
        setState(e, TransferState::Failed);
        persist(e);
    });
    maybeFinishFolders(folder->r.parentId);
    requestSchedule();
}

void TransferQueue::applyToTree(qint64 id, const std::function<void(Entry &)> &change)
{
    Entry *e = entry(id);
    if (!e)
        return;
    change(*e);
    for (qint64 child : m_children.value(id))
        applyToTree(child, change);
}

void TransferQueue::maybeFinishFolders(qint64 fromId)
{
    qint64 id = fromId;
    while (id != 0) {
        Entry *folder = entry(id);
        if (!folder || folder->r.kind != TransferKind::Folder)
            return;
        if (!folder->r.folderCreated || m_scanning.contains(id) || !unfinished(folder->r.state))
            return;
        int failed = 0;
        for (qint64 child : m_children.value(id)) {
            const Entry *c = entry(child);
            if (!c)
                continue;
            if (!isFinished(c->r.state))
                return;
            if (c->r.state == TransferState::Failed)
                ++failed;
        }
        if (failed > 0) {
            folder->r.error = tr("%n item(s) in it failed.", nullptr, failed);
            setState(*folder, TransferState::Failed);
        } else {
            folder->r.error.clear();
            setState(*folder, TransferState::Done);
        }
        persist(*folder);
        id = folder->r.parentId;
    }
}

// ---- control ---------------------------------------------------------------------------------

void TransferQueue::pause(qint64 id)
{
    applyToTree(id, [this](Entry &e) {
        if (!unfinished(e.r.state) || e.r.state == TransferState::Merging)
            return;
        deactivate(e.r.id);
        if (e.r.state == TransferState::Hashing)
            e.hashedBytes = 0;
        setState(e, TransferState::Paused);
        persist(e);
    });
    requestSchedule();
}

void TransferQueue::resume(qint64 id)
{
    applyToTree(id, [this](Entry &e) {
        if (e.r.state != TransferState::Paused)
            return;
        if (Entry *top = entry(e.topId); top && top->meter)
            top->meter->clear();
        setState(e, TransferState::Queued);
        persist(e);
    });
    requestSchedule();
}

void TransferQueue::cancel(qint64 id)
{
    applyToTree(id, [this](Entry &e) {
        if (isFinished(e.r.state))
            return;
        if (e.r.state == TransferState::Merging) {
            e.cancelAfterMerge = true; // the server is assembling it; it cannot be stopped now
            return;
        }
        deactivate(e.r.id);
        setState(e, TransferState::Cancelled);
        persist(e);
    });
    if (Entry *e = entry(id))
        maybeFinishFolders(e->r.parentId);
    requestSchedule();
}

void TransferQueue::retry(qint64 id)
{
    applyToTree(id, [this](Entry &e) {
        if (e.r.state != TransferState::Failed)
            return;
        e.r.error.clear();
        e.folderAttempts = 0;
        e.folderDueMs = 0;
        setState(e, TransferState::Queued);
        persist(e);
    });
    requestSchedule();
}

void TransferQueue::remove(qint64 id)
{
    Entry *e = entry(id);
    if (!e)
        return;
    const qint64 parent = e->r.parentId;
    QList<qint64> doomed;
    std::function<void(qint64)> collect = [&](qint64 node) {
        doomed.append(node);
        for (qint64 child : m_children.value(node))
            collect(child);
    };
    collect(id);
    for (qint64 node : std::as_const(doomed)) {
        deactivate(node);
        m_waitingFiles.erase(node);
        m_waitingFolders.erase(node);
        m_children.remove(node);
        m_pendingChanges.remove(node);
        m_entries.erase(node);
    }
    if (parent != 0)
        m_children[parent].removeAll(id);
    if (m_journal)
        m_journal->remove(id);
    if (m_topLevel.removeAll(id) > 0)
        Q_EMIT itemRemoved(id);
    else
        touch(parent);
    requestSchedule();
}

void TransferQueue::pauseAll()
{
    for (qint64 id : std::as_const(m_topLevel))
        pause(id);
}

void TransferQueue::resumeAll()
{
    for (qint64 id : std::as_const(m_topLevel))
        resume(id);
}

void TransferQueue::cancelAll()
{
    for (qint64 id : std::as_const(m_topLevel))
        cancel(id);
}

void TransferQueue::clearFinished()
{
    const QList<qint64> ids = m_topLevel;
    for (qint64 id : ids) {
        const Entry *e = entry(id);
        if (e && (e->r.state == TransferState::Done || e->r.state == TransferState::Cancelled))
            remove(id);
    }
}

void TransferQueue::forgetAccount(const QString &accountId)
{
    for (auto &[id, e] : m_entries) {
        if (e.r.accountId != accountId || !unfinished(e.r.state))
            continue;
        deactivate(id);
        e.r.error = tr("The account is not available.");
        setState(e, TransferState::Failed);
        persist(e);
    }
    // Requests of that account may never answer now; their slots are given back.
    m_inFlight -= m_slotsByAccount.take(accountId);
    ++m_accountEpochs[accountId];
    for (auto it = m_creatingFolders.begin(); it != m_creatingFolders.end();) {
        const Entry *e = entry(*it);
        if (e && e->r.accountId == accountId)
            it = m_creatingFolders.erase(it);
        else
            ++it;
    }
    requestSchedule();
}

TransferQueue::Slot TransferQueue::takeSlot(const QString &accountId)
{
    ++m_inFlight;
    ++m_slotsByAccount[accountId];
    return {accountId, m_accountEpochs.value(accountId)};
}

void TransferQueue::releaseSlot(const Slot &slot)
{
    if (m_accountEpochs.value(slot.accountId) != slot.epoch)
        return; // given back already, when the account went away
    --m_inFlight;
    if (--m_slotsByAccount[slot.accountId] <= 0)
        m_slotsByAccount.remove(slot.accountId);
}

// ---- views -----------------------------------------------------------------------------------

std::optional<TransferRecord> TransferQueue::record(qint64 id) const
{
    const Entry *e = entry(id);
    if (!e)
        return std::nullopt;
    return e->r;
}

QList<qint64> TransferQueue::children(qint64 id) const
{
    return m_children.value(id);
}

std::optional<TransferItem> TransferQueue::item(qint64 id) const
{
    const Entry *top = entry(id);
    if (!top)
        return std::nullopt;
    TransferItem item;
    item.record = top->r;
    const qint64 now = m_clock->nowMs();
    if (top->r.kind == TransferKind::File) {
        item.totalBytes = top->r.size;
        item.doneBytes = top->r.state == TransferState::Done ? top->r.size : top->confirmedBytes;
        item.hashedBytes = top->hashedBytes;
        item.files = 1;
        item.filesDone = top->r.state == TransferState::Done ? 1 : 0;
        item.filesFailed = top->r.state == TransferState::Failed ? 1 : 0;
        item.active = m_uploads.count(id) > 0 || m_hashing == id;
    } else {
        bool anyActive = false;
        std::function<void(qint64)> add = [&](qint64 node) {
            for (qint64 child : m_children.value(node)) {
                const Entry *c = entry(child);
                if (!c)
                    continue;
                if (c->r.kind == TransferKind::File) {
                    ++item.files;
                    item.totalBytes += c->r.size;
                    if (c->r.state == TransferState::Done) {
                        ++item.filesDone;
                        item.doneBytes += c->r.size;
                    } else {
                        item.doneBytes += c->confirmedBytes;
                    }
                    if (c->r.state == TransferState::Failed)
                        ++item.filesFailed;
                    if (c->r.state == TransferState::Hashing)
                        item.hashedBytes += c->hashedBytes;
                    anyActive = anyActive || m_uploads.count(child) > 0 || m_hashing == child;
                } else {
                    anyActive = anyActive || m_creatingFolders.contains(child);
                }
                add(child);
            }
        };
        add(id);
        item.active = anyActive || m_creatingFolders.contains(id) || m_scanning.contains(id);
        if (item.active && unfinished(top->r.state))
            item.record.state = TransferState::Uploading;
    }
    if (top->meter && item.active) {
        item.bytesPerSecond = top->meter->rate(now);
        item.etaSeconds = top->meter->etaSeconds(item.totalBytes - item.doneBytes, now);
    }
    return item;
}

TransferTotals TransferQueue::totals() const
{
    TransferTotals totals;
    const qint64 now = m_clock->nowMs();
    for (qint64 id : m_topLevel) {
        const auto current = item(id);
        if (!current)
            continue;
        const TransferState state = current->record.state;
        if (state == TransferState::Failed)
            ++totals.failed;
        if (isFinished(state))
            continue;
        if (current->active)
            ++totals.active;
        else if (state == TransferState::Queued)
            ++totals.waiting;
        totals.totalBytes += current->totalBytes;
        totals.doneBytes += current->doneBytes;
    }
    if (totals.active > 0) {
        totals.bytesPerSecond = m_meter.rate(now);
        totals.etaSeconds = m_meter.etaSeconds(totals.totalBytes - totals.doneBytes, now);
    }
    return totals;
}

bool TransferQueue::isIdle() const
{
    return m_uploads.empty() && m_hashing == 0 && m_scanning.isEmpty() && m_creatingFolders.isEmpty()
           && m_waitingFiles.empty() && m_waitingFolders.empty();
}

void TransferQueue::noteBusy()
{
    if (!m_busy) {
        m_busy = true;
        m_meter.clear();
    }
}

void TransferQueue::checkFinished()
{
    if (!m_busy || !isIdle())
        return;
    m_busy = false;
    const int uploaded = std::exchange(m_periodUploaded, 0);
    const int failed = std::exchange(m_periodFailed, 0);
    // The last changes reach the views before the news that everything ended.
    if (m_changeTimer.isActive()) {
        m_changeTimer.stop();
        const QSet<qint64> changed = std::exchange(m_pendingChanges, {});
        for (qint64 id : changed) {
            if (m_entries.count(id))
                Q_EMIT itemChanged(id);
        }
        Q_EMIT totalsChanged();
    }
    Q_EMIT queueFinished(uploaded, failed);
}

} // namespace suanli::transfer
