#pragma once

#include "logquery.h"

#include <QObject>
#include <QString>

#include <limits>
#include <vector>

namespace suanli {

class LogDocument;
class LogSearch;
struct LogSearchResult;

// Keeps the hits of one query up to date while a log changes: the first search runs on a worker
// thread (with progress, cancellable); lines that arrive later (a followed log, older pages)
// are searched as they come, small batches at once, big ones on the worker. Hits are ordinals
// (see LineStore), ascending, so they survive pages added in front.
class LogSearchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSearchSession)

public:
    explicit LogSearchSession(LogDocument *document, QObject *parent = nullptr);
    ~LogSearchSession() override;

    void setQuery(const LogQuery &query);
    const LogQuery &query() const { return m_query; }
    void cancel();

    const std::vector<qint64> &hits() const { return m_hits; }
    bool isSearching() const;
    // True once every line held has been searched.
    bool isComplete() const;
    int progress() const { return m_progress; }
    QString errorString() const { return m_error; }

    // Lines up to this many are searched at once on the calling thread when they arrive.
    void setSyncLimit(qint64 lines) { m_syncLimit = lines; }

Q_SIGNALS:
    // The hits changed (some added, or the tail dropped because the last line changed).
    void hitsChanged();
    void progressChanged(int percent);
    // Searching started or stopped.
    void stateChanged();

private:
    void restart();
    void schedule();
    void onLinesChanged(qint64 from);
    void onFinished(const LogSearchResult &result);
    void merge(const std::vector<qint64> &found, qint64 lo, qint64 hi);

    LogDocument *m_document;
    LogSearch *m_search;
    LogQuery m_query;
    std::vector<qint64> m_hits;
    qint64 m_lo = 0; // the ordinals searched, [m_lo, m_hi)
    qint64 m_hi = 0;
    qint64 m_jobLo = 0;
    qint64 m_jobHi = 0;
    qint64 m_invalidFrom = std::numeric_limits<qint64>::max(); // changed while the job ran
    bool m_jobRunning = false;
    int m_progress = 100;
    QString m_error;
    qint64 m_syncLimit = 20000;
};

} // namespace suanli
