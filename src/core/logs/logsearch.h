#pragma once

#include "linestoresnapshot.h"
#include "logquery.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace suanli {

// What one search found: the ordinals (see LineStore) of the matching lines, ascending.
struct LogSearchResult
{
    quint64 id = 0;          // the start() call it answers
    qint64 from = 0;         // the line indices searched, [from, to), in the snapshot
    qint64 to = 0;
    qint64 ordinalBase = 0;  // the snapshot's, to turn indices into ordinals
    std::shared_ptr<const std::vector<qint64>> hits;
    bool cancelled = false;
    QString error;           // the query does not compile
};

// Searches a snapshot of a LineStore on a worker thread, with progress, and can be cancelled.
// Starting a new search cancels the one running. Results arrive through the event loop.
class LogSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSearch)

public:
    explicit LogSearch(QObject *parent = nullptr);
    // Cancels what runs and waits for the worker to notice (it checks often).
    ~LogSearch() override;

    // Searches lines [from, to) of `snapshot` (to < 0: up to the end). Returns the search's id.
    quint64 start(LineStoreSnapshot snapshot, const LogQuery &query, qint64 from = 0, qint64 to = -1);
    void cancel();
    bool isRunning() const { return m_running != 0; }
    quint64 currentId() const { return m_currentId; }

    // The same search, on the calling thread (tests, the command line, small increments).
    static LogSearchResult run(const LineStoreSnapshot &snapshot, const LogQuery &query, qint64 from = 0, qint64 to = -1,
                               const std::atomic<bool> *cancel = nullptr, const std::function<void(int)> &progress = {});

Q_SIGNALS:
    void progressChanged(int percent);
    // Only for the latest start(); earlier, cancelled searches end silently.
    void finished(const suanli::LogSearchResult &result);

private:
    struct Shared;
    struct Job;

    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<Job> m_job;
    quint64 m_currentId = 0;
    int m_running = 0;
};

} // namespace suanli
