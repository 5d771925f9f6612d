#include "logsearch.h"

#include "querymatcher.h"

#include <QThreadPool>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace suanli {

// Counts the workers still running, so that the destructor can wait for them.
struct LogSearch::Shared
{
    std::mutex mutex;
    std::condition_variable idle;
    int workers = 0;
};

struct LogSearch::Job
{
    std::atomic<bool> cancel{false};
};

LogSearch::LogSearch(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
}

LogSearch::~LogSearch()
{
    cancel();
    std::unique_lock lock(m_shared->mutex);
    m_shared->idle.wait(lock, [this] { return m_shared->workers == 0; });
}

void LogSearch::cancel()
{
    if (m_job)
        m_job->cancel = true;
    m_job.reset();
    ++m_currentId; // whatever still arrives is stale
    m_running = 0;
}

LogSearchResult LogSearch::run(const LineStoreSnapshot &snapshot, const LogQuery &query, qint64 from, qint64 to,
                               const std::atomic<bool> *cancel, const std::function<void(int)> &progress)
{
    LogSearchResult result;
    if (to < 0 || to > snapshot.lineCount())
        to = snapshot.lineCount();
    from = std::clamp<qint64>(from, 0, to);
    result.from = from;
    result.to = to;
    result.ordinalBase = snapshot.ordinalBase();
    auto hits = std::make_shared<std::vector<qint64>>();
    QueryMatcher matcher(query);
    if (!matcher.isValid()) {
        result.error = matcher.errorString();
        result.hits = std::move(hits);
        return result;
    }
    // Progress by bytes: what a search costs.
    qint64 total = 0;
    for (int k = 0; k < snapshot.blockCount(); ++k)
        total += snapshot.block(k).used;
    qint64 done = 0;
    int lastPercent = -1;
    for (int k = 0; k < snapshot.blockCount() && !result.cancelled; ++k) {
        const LineStoreSnapshot::Block &block = snapshot.block(k);
        const qint64 first = std::max(from, block.firstIndex);
        const qint64 last = std::min(to, block.firstIndex + block.lines);
        if (first < last) {
            const qint64 base = block.firstIndex + snapshot.ordinalBase();
            const bool complete = matcher.scanBlock(
                block, first - block.firstIndex, last - block.firstIndex, [&](qint64 i) { hits->push_back(base + i); },
                cancel);
            result.cancelled = !complete;
        }
        done += block.used;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (progress && percent != lastPercent) {
            lastPercent = percent;
            progress(percent);
        }
    }
    result.hits = std::move(hits);
    return result;
}

quint64 LogSearch::start(LineStoreSnapshot snapshot, const LogQuery &query, qint64 from, qint64 to)
{
    cancel();
    const quint64 id = ++m_currentId;
    auto job = std::make_shared<Job>();
    m_job = job;
    m_running = 1;
    {
        std::lock_guard lock(m_shared->mutex);
        ++m_shared->workers;
    }
    std::shared_ptr<Shared> shared = m_shared;
    // The destructor waits for every worker, so `this` outlives what they post to it; posted
    // calls that have not run when it goes are dropped with it.
    LogSearch *self = this;
    QThreadPool::globalInstance()->start([self, shared, job, id, snapshot = std::move(snapshot), query, from, to] {
        auto progress = [&](int percent) {
            QMetaObject::invokeMethod(
                self, [self, id, percent] {
                    if (self->m_currentId == id)
                        Q_EMIT self->progressChanged(percent);
                },
                Qt::QueuedConnection);
        };
        LogSearchResult result = run(snapshot, query, from, to, &job->cancel, progress);
        result.id = id;
        QMetaObject::invokeMethod(
            self, [self, result] {
                if (self->m_currentId != result.id)
                    return;
                self->m_running = 0;
                self->m_job.reset();
                Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
        std::lock_guard lock(shared->mutex);
        if (--shared->workers == 0)
            shared->idle.notify_all();
    });
    return id;
}

} // namespace suanli
