#pragma once

#include "core/resource.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace suanli::unis {

class Api;

// The details of the training, fine-tune and compute-task rows. Their lists leave out what the
// task table shows: the nodes (GPU model and count, CPUs, memory) of training and fine-tune
// jobs, and the run time of compute tasks. Only the details (queryTaskInfo,
// queryLlmFineTuneTaskDetail) carry them.
//
// Each job's detail is read once, and again only when its listed status changes: the cache is
// keyed by the detail endpoint and the job id, and remembers the status it was read for. Reads
// are Safe requests, a few at a time, and they go on in the background when nobody waits.
//
// A listing waits for the details it lacks only for a while (waitMs, default 1.5 s): a first
// listing of a large account, or a slow platform, must not keep the table empty. It then answers
// with what it has (rows without their detail are as the list gave them), the reads continue,
// and lateDetailsArrived() asks for the refresh that completes the rows. A negative wait waits
// for every read (for one-shot readers with no later refresh). A read that fails leaves its row
// as listed (with what an earlier detail of the job knew) and is tried again after a pause, or
// at once when the status changes.
class JobDetails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetails)

public:
    using Clock = std::function<QDateTime()>;
    using RowsDone = std::function<void(const QList<Resource> &)>;

    static constexpr int kDefaultMaxReads = 3;
    static constexpr int kDefaultWaitMs = 1500;
    static constexpr qint64 kDefaultRetryAfterMs = 60'000;

    explicit JobDetails(Api *api, QObject *parent = nullptr);
    ~JobDetails() override;

    void setClock(Clock clock);
    // Detail reads in flight at once (at least one).
    void setMaxReads(int reads);
    int maxReads() const { return m_maxReads; }
    // How long complete() waits for missing details; negative: until every read has ended.
    void setWaitMs(int ms) { m_waitMs = ms; }
    int waitMs() const { return m_waitMs; }
    // How long a failed read is left alone while the job's status stays the same.
    void setRetryAfterMs(qint64 ms) { m_retryAfterMs = std::max<qint64>(0, ms); }

    // Whether a row has a detail worth reading: training and fine-tune jobs, compute tasks.
    static bool wanted(const Resource &row);

    // `rows` with what their details add; the missing and outdated ones are read first (see
    // above). `done` runs once, from the event loop, and only while `context` exists.
    void complete(const QList<Resource> &rows, QObject *context, RowsDone done);
    // `rows` with what the cache knows now, without reading.
    QList<Resource> merged(const QList<Resource> &rows) const;
    // A complete listing of `kind`: the cached details of its jobs that are gone are dropped.
    void retain(ResourceKind kind, const QList<Resource> &rows);
    // Another account: nothing cached counts any more.
    void clear();

    int cachedCount() const { return int(m_entries.size()); }
    int readsInFlight() const { return int(m_inFlight.size()); }
    int readsQueued() const { return int(m_queue.size()); }

Q_SIGNALS:
    // Details that a listing answered without have arrived (emitted once the reads in hand are
    // done): a refresh now shows them.
    void lateDetailsArrived();

private:
    struct Entry
    {
        QString marker;       // the listed status the detail was read for
        QJsonObject detail;   // empty while no read has succeeded
        QDateTime readAt;
        QString failedMarker; // the status of the last failed read, and when to try again
        QDateTime retryAt;
    };
    struct Read
    {
        QString marker;
        QString id;
        bool trainOperator = false; // queryTaskInfo (else queryLlmFineTuneTaskDetail)
    };
    struct Waiter
    {
        QList<Resource> rows;
        QSet<QString> pending;
        QPointer<QObject> context;
        RowsDone done;
    };

    static QString keyOf(const Resource &row);
    static QString markerOf(const Resource &row);
    bool needsRead(const QString &key, const QString &marker) const;
    Resource mergedRow(const Resource &row) const;
    void enqueue(const QString &key, const Read &read);
    void pump();
    void finished(const QString &key, const Read &read, const std::optional<QJsonObject> &detail);
    void answer(const std::shared_ptr<Waiter> &waiter);
    void checkIdle();

    Api *m_api;
    Clock m_clock;
    int m_maxReads = kDefaultMaxReads;
    int m_waitMs = kDefaultWaitMs;
    qint64 m_retryAfterMs = kDefaultRetryAfterMs;
    QHash<QString, Entry> m_entries;
    QHash<ResourceKind, QSet<QString>> m_listed; // keys of each kind's last complete listing
    QStringList m_queue;                         // keys, oldest first
    QHash<QString, Read> m_queued;
    QHash<QString, Read> m_inFlight;
    QList<std::shared_ptr<Waiter>> m_waiters;
    QSet<QString> m_answeredWithout; // keys a listing answered without
    bool m_late = false;
    quint64 m_generation = 0; // clear() makes reads in flight count for nothing
};

} // namespace suanli::unis
