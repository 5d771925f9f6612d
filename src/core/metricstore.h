#pragma once

#include "metricseries.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace suanli {

// The samples a Monitor view holds, per subject (pod or node) and series. Bounded: each series
// keeps at most `maxPointsPerSeries` samples, and evictBefore() drops what no range can show any
// more. A window that overlaps what is already held adds only its newer (or older) samples, so
// that live polling can ask for a little more than the new part without duplicating points.
class MetricStore final
{
public:
    using Points = QList<MetricPoint>; // contiguous; QList drops its front in O(1)

    explicit MetricStore(int maxPointsPerSeries = 200000);

    int maxPointsPerSeries() const { return m_maxPoints; }

    // Adds the samples of `series` that lie after the newest or before the oldest stored one,
    // in time order; unordered or repeated times are skipped. Returns how many were added.
    // A series with no samples is still registered (its unit and step are kept).
    int append(const MetricSeries &series);
    // Records that `subject` was asked for [fromMs, toMs] and answered, with or without samples.
    // Only a range that overlaps the covered one or follows it without a gap (the next
    // millisecond) extends it; a detached one replaces it.
    void noteCovered(const QString &subject, qint64 fromMs, qint64 toMs);
    struct Coverage
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    std::optional<Coverage> coverage(const QString &subject) const;

    // Drops every sample older than `timeMs` (and narrows the coverage to match).
    void evictBefore(qint64 timeMs);
    void removeSubject(const QString &subject);
    void clear();

    // Every series, in the order they first arrived.
    QList<MetricSeriesId> ids() const;
    QList<MetricSeriesId> ids(const QString &subject, const QString &metric = {}) const;
    bool contains(const MetricSeriesId &id) const { return m_index.contains(id); }
    // Empty for an unknown id.
    const Points &points(const MetricSeriesId &id) const;
    // Changes whenever the samples of `id` change other than by new samples at the end or old
    // ones dropped from the front (a backfill, or the series made anew): what a cache of the
    // series' past must check.
    quint64 revision(const MetricSeriesId &id) const;
    QString unit(const MetricSeriesId &id) const;
    qint64 stepMs(const MetricSeriesId &id) const;
    // The samples within [fromMs, toMs], copied.
    QList<MetricPoint> range(const MetricSeriesId &id, qint64 fromMs, qint64 toMs) const;
    // The sample at `timeMs` or the last one before it, if it is at most `toleranceMs` older.
    std::optional<MetricPoint> valueAt(const MetricSeriesId &id, qint64 timeMs, qint64 toleranceMs) const;

    // The newest sample time over every series of the subject.
    std::optional<qint64> newestTime(const QString &subject) const;
    qint64 pointCount() const;

private:
    struct Entry
    {
        MetricSeriesId id;
        QString unit;
        qint64 stepMs = 0;
        quint64 revision = 0;
        Points points;
    };
    void trim(Entry &entry);

    int m_maxPoints;
    std::vector<Entry> m_entries;
    QHash<MetricSeriesId, size_t> m_index;
    QHash<QString, Coverage> m_coverage;
    quint64 m_nextRevision = 1;
};

} // namespace suanli
