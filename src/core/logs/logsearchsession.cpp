#include "logsearchsession.h"

#include "logdocument.h"
#include "logsearch.h"

#include <algorithm>

namespace suanli {

LogSearchSession::LogSearchSession(LogDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_search(new LogSearch(this))
{
    connect(m_search, &LogSearch::finished, this, &LogSearchSession::onFinished);
    connect(m_search, &LogSearch::progressChanged, this, [this](int percent) {
        m_progress = percent;
        Q_EMIT progressChanged(percent);
    });
    connect(m_document, &LogDocument::reset, this, &LogSearchSession::restart);
    connect(m_document, &LogDocument::linesChanged, this, &LogSearchSession::onLinesChanged);
    connect(m_document, &LogDocument::linesPrepended, this, &LogSearchSession::schedule);
}

LogSearchSession::~LogSearchSession() = default;

bool LogSearchSession::isSearching() const
{
    return m_jobRunning;
}

bool LogSearchSession::isComplete() const
{
    const LineStore &store = m_document->store();
    return !m_jobRunning && m_lo <= store.ordinalOf(0) && m_hi >= store.ordinalOf(store.lineCount());
}

void LogSearchSession::setQuery(const LogQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    restart();
}

void LogSearchSession::cancel()
{
    const bool was = m_jobRunning;
    m_search->cancel();
    m_jobRunning = false;
    if (was)
        Q_EMIT stateChanged();
}

void LogSearchSession::restart()
{
    m_search->cancel();
    const bool was = m_jobRunning;
    m_jobRunning = false;
    m_hits.clear();
    m_error.clear();
    m_lo = m_hi = m_document->store().ordinalOf(0);
    m_progress = 100;
    Q_EMIT hitsChanged();
    if (was)
        Q_EMIT stateChanged();
    schedule();
}

void LogSearchSession::onLinesChanged(qint64 from)
{
    const qint64 changed = m_document->store().ordinalOf(from);
    // Lines from `changed` on are new or different: their old hits go.
    const auto it = std::lower_bound(m_hits.begin(), m_hits.end(), changed);
    const bool dropped = it != m_hits.end();
    m_hits.erase(it, m_hits.end());
    m_hi = std::min(m_hi, changed);
    if (m_jobRunning)
        m_invalidFrom = std::min(m_invalidFrom, changed);
    if (dropped)
        Q_EMIT hitsChanged();
    schedule();
}

void LogSearchSession::merge(const std::vector<qint64> &found, qint64 lo, qint64 hi)
{
    if (lo == m_hi) {
        m_hits.insert(m_hits.end(), found.begin(), found.end());
        m_hi = hi;
    } else if (hi == m_lo) {
        m_hits.insert(m_hits.begin(), found.begin(), found.end());
        m_lo = lo;
    }
}

void LogSearchSession::schedule()
{
    if (m_jobRunning || m_query.isEmpty() || !m_error.isEmpty())
        return;
    const LineStore &store = m_document->store();
    bool changed = false;
    for (;;) {
        const qint64 first = store.ordinalOf(0);
        const qint64 end = store.ordinalOf(store.lineCount());
        qint64 lo = 0;
        qint64 hi = 0;
        if (m_hi < end) {
            lo = m_hi;
            hi = end;
        } else if (first < m_lo) {
            lo = first;
            hi = m_lo;
        } else {
            break;
        }
        if (hi - lo > m_syncLimit) {
            m_jobLo = lo;
            m_jobHi = hi;
            m_invalidFrom = std::numeric_limits<qint64>::max();
            m_jobRunning = true;
            m_progress = 0;
            m_search->start(store.snapshot(), m_query, store.indexOf(lo), store.indexOf(hi));
            Q_EMIT stateChanged();
            Q_EMIT progressChanged(0);
            break;
        }
        const LogSearchResult r = LogSearch::run(store.snapshot(), m_query, store.indexOf(lo), store.indexOf(hi));
        if (!r.error.isEmpty()) {
            m_error = r.error;
            changed = true;
            break;
        }
        std::vector<qint64> found = *r.hits;
        changed = changed || !found.empty();
        merge(found, lo, hi);
    }
    if (changed)
        Q_EMIT hitsChanged();
}

void LogSearchSession::onFinished(const LogSearchResult &result)
{
    m_jobRunning = false;
    m_progress = 100;
    if (!result.error.isEmpty()) {
        m_error = result.error;
        Q_EMIT hitsChanged();
        Q_EMIT stateChanged();
        return;
    }
    const LineStore &store = m_document->store();
    qint64 lo = m_jobLo;
    qint64 hi = std::min(m_jobHi, m_invalidFrom);
    // Pages added in front while the job ran do not move ordinals; a reset would have
    // cancelled the job. Lines the job saw that changed since are searched again.
    std::vector<qint64> found;
    for (qint64 ordinal : *result.hits) {
        if (ordinal < hi)
            found.push_back(ordinal);
    }
    if (hi < lo)
        hi = lo;
    Q_UNUSED(store)
    merge(found, lo, hi);
    Q_EMIT hitsChanged();
    Q_EMIT stateChanged();
    schedule();
}

} // namespace suanli
