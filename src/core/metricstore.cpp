#include "metricstore.h"

#include <algorithm>
#include <cmath>

namespace suanli {

namespace {

const MetricStore::Points &emptyPoints()
{
    static const MetricStore::Points empty;
    return empty;
}

bool earlier(const MetricPoint &point, qint64 timeMs)
{
    return point.timeMs < timeMs;
}

} // namespace

MetricStore::MetricStore(int maxPointsPerSeries)
    : m_maxPoints(std::max(2, maxPointsPerSeries))
{
}

int MetricStore::append(const MetricSeries &series)
{
    auto found = m_index.constFind(series.id);
    if (found == m_index.constEnd()) {
        found = m_index.insert(series.id, m_entries.size());
        m_entries.push_back(Entry{series.id, series.unit, series.stepMs, m_nextRevision++, {}});
    }
    Entry &entry = m_entries[*found];
    if (!series.unit.isEmpty())
        entry.unit = series.unit;
    if (series.stepMs > 0)
        entry.stepMs = series.stepMs;

    // Older samples go in front (newest of them first, so that each lands before the last one
    // placed), newer ones at the back; anything between the two ends is already held.
    int added = 0;
    if (!entry.points.empty()) {
        qint64 front = entry.points.front().timeMs;
        for (auto it = series.points.crbegin(); it != series.points.crend(); ++it) {
            if (it->timeMs < front && !std::isnan(it->value)) {
                entry.points.prepend(*it);
                front = it->timeMs;
                ++added;
                entry.revision = m_nextRevision++;
            }
        }
    }
    for (const MetricPoint &point : series.points) {
        if (std::isnan(point.value))
            continue;
        if (entry.points.empty() || point.timeMs > entry.points.back().timeMs) {
            entry.points.append(point);
            ++added;
        }
    }
    trim(entry);
    return added;
}

void MetricStore::trim(Entry &entry)
{
    const qsizetype excess = entry.points.size() - m_maxPoints;
    if (excess <= 0)
        return;
    entry.points.remove(0, excess);
    // What was evicted is no longer covered.
    auto coverage = m_coverage.find(entry.id.subject);
    if (coverage != m_coverage.end())
        coverage->fromMs = std::max(coverage->fromMs, entry.points.front().timeMs);
}

void MetricStore::noteCovered(const QString &subject, qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        return;
    auto it = m_coverage.find(subject);
    // Whole milliseconds: a window that starts right after the covered one continues it.
    if (it == m_coverage.end() || toMs + 1 < it->fromMs || fromMs > it->toMs + 1) {
        m_coverage.insert(subject, Coverage{fromMs, toMs});
        return;
    }
    it->fromMs = std::min(it->fromMs, fromMs);
    it->toMs = std::max(it->toMs, toMs);
}

std::optional<MetricStore::Coverage> MetricStore::coverage(const QString &subject) const
{
    const auto it = m_coverage.constFind(subject);
    if (it == m_coverage.constEnd())
        return std::nullopt;
    return *it;
}

void MetricStore::evictBefore(qint64 timeMs)
{
    for (Entry &entry : m_entries) {
        const auto keep = std::lower_bound(entry.points.cbegin(), entry.points.cend(), timeMs, earlier);
        entry.points.erase(entry.points.cbegin(), keep);
    }
    for (auto it = m_coverage.begin(); it != m_coverage.end();) {
        if (it->toMs < timeMs) {
            it = m_coverage.erase(it);
            continue;
        }
        it->fromMs = std::max(it->fromMs, timeMs);
        ++it;
    }
}

void MetricStore::removeSubject(const QString &subject)
{
    std::vector<Entry> kept;
    kept.reserve(m_entries.size());
    for (Entry &entry : m_entries) {
        if (entry.id.subject != subject)
            kept.push_back(std::move(entry));
    }
    m_entries = std::move(kept);
    m_index.clear();
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries[i].id, i);
    m_coverage.remove(subject);
}

void MetricStore::clear()
{
    m_entries.clear();
    m_index.clear();
    m_coverage.clear();
}

QList<MetricSeriesId> MetricStore::ids() const
{
    QList<MetricSeriesId> out;
    out.reserve(qsizetype(m_entries.size()));
    for (const Entry &entry : m_entries)
        out.append(entry.id);
    return out;
}

QList<MetricSeriesId> MetricStore::ids(const QString &subject, const QString &metric) const
{
    QList<MetricSeriesId> out;
    for (const Entry &entry : m_entries) {
        if (entry.id.subject == subject && (metric.isEmpty() || entry.id.metric == metric))
            out.append(entry.id);
    }
    return out;
}

const MetricStore::Points &MetricStore::points(const MetricSeriesId &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? emptyPoints() : m_entries[*it].points;
}

quint64 MetricStore::revision(const MetricSeriesId &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? 0 : m_entries[*it].revision;
}

QString MetricStore::unit(const MetricSeriesId &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? QString() : m_entries[*it].unit;
}

qint64 MetricStore::stepMs(const MetricSeriesId &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? 0 : m_entries[*it].stepMs;
}

QList<MetricPoint> MetricStore::range(const MetricSeriesId &id, qint64 fromMs, qint64 toMs) const
{
    const Points &all = points(id);
    auto first = std::lower_bound(all.begin(), all.end(), fromMs, earlier);
    QList<MetricPoint> out;
    for (; first != all.end() && first->timeMs <= toMs; ++first)
        out.append(*first);
    return out;
}

std::optional<MetricPoint> MetricStore::valueAt(const MetricSeriesId &id, qint64 timeMs, qint64 toleranceMs) const
{
    const Points &all = points(id);
    auto after = std::upper_bound(all.begin(), all.end(), timeMs,
                                  [](qint64 t, const MetricPoint &p) { return t < p.timeMs; });
    if (after == all.begin())
        return std::nullopt;
    const MetricPoint &point = *std::prev(after);
    if (timeMs - point.timeMs > toleranceMs)
        return std::nullopt;
    return point;
}

std::optional<qint64> MetricStore::newestTime(const QString &subject) const
{
    std::optional<qint64> newest;
    for (const Entry &entry : m_entries) {
        if (entry.id.subject == subject && !entry.points.empty())
            newest = std::max(newest.value_or(entry.points.back().timeMs), entry.points.back().timeMs);
    }
    return newest;
}

qint64 MetricStore::pointCount() const
{
    qint64 count = 0;
    for (const Entry &entry : m_entries)
        count += qint64(entry.points.size());
    return count;
}

} // namespace suanli
