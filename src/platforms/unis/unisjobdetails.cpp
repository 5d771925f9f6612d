#include "unisjobdetails.h"

#include "unisapi.h"
#include "unismapping.h"

#include <QTimer>

#include <algorithm>

namespace suanli::unis {

JobDetails::JobDetails(Api *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

JobDetails::~JobDetails() = default;

void JobDetails::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void JobDetails::setMaxReads(int reads)
{
    m_maxReads = std::max(1, reads);
    pump();
}

bool JobDetails::wanted(const Resource &row)
{
    return !row.id.isEmpty()
        && (row.kind == ResourceKind::Training || row.kind == ResourceKind::FineTune
            || row.kind == ResourceKind::ComputeTask);
}

QString JobDetails::keyOf(const Resource &row)
{
    // One detail endpoint per family: a job listed both as a compute task and in its own list
    // is read once.
    const bool trainOperator = row.kind == ResourceKind::Training
        || (row.kind == ResourceKind::ComputeTask && Mapping::createWayOf(row) == u"userDefined");
    return (trainOperator ? QStringLiteral("t:") : QStringLiteral("f:")) + row.id;
}

QString JobDetails::markerOf(const Resource &row)
{
    return ResourceNames::statusKey(row.status) + QLatin1Char('\n') + row.statusText;
}

bool JobDetails::needsRead(const QString &key, const QString &marker) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return true;
    if (!it->detail.isEmpty() && it->marker == marker)
        return false;
    // A read that failed for this status is left alone for a while: a detail endpoint that
    // refuses must not cost a burst of requests on every refresh.
    if (it->failedMarker == marker && it->retryAt.isValid() && m_clock() < it->retryAt)
        return false;
    return true;
}

Resource JobDetails::mergedRow(const Resource &row) const
{
    if (!wanted(row))
        return row;
    const auto it = m_entries.constFind(keyOf(row));
    if (it == m_entries.cend() || it->detail.isEmpty())
        return row;
    // A detail of an earlier status still knows the nodes; its run time no longer counts.
    const bool current = it->marker == markerOf(row);
    return Mapping::withRowDetail(row, it->detail, current ? it->readAt : QDateTime());
}

QList<Resource> JobDetails::merged(const QList<Resource> &rows) const
{
    QList<Resource> out;
    out.reserve(rows.size());
    for (const Resource &r : rows)
        out.append(mergedRow(r));
    return out;
}

void JobDetails::complete(const QList<Resource> &rows, QObject *context, RowsDone done)
{
    auto waiter = std::make_shared<Waiter>();
    waiter->rows = rows;
    waiter->context = context;
    waiter->done = std::move(done);
    for (const Resource &row : rows) {
        if (!wanted(row))
            continue;
        const QString key = keyOf(row);
        const QString marker = markerOf(row);
        if (!needsRead(key, marker))
            continue;
        waiter->pending.insert(key);
        Read read;
        read.marker = marker;
        read.id = row.id;
        read.trainOperator = key.startsWith(u't');
        enqueue(key, read);
    }
    if (waiter->pending.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done = waiter->done, out = merged(rows)] { done(out); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append(waiter);
    if (m_waitMs >= 0) {
        QTimer::singleShot(m_waitMs, context, [self = QPointer<JobDetails>(this), weak = std::weak_ptr<Waiter>(waiter)] {
            const std::shared_ptr<Waiter> w = weak.lock();
            if (!self || !w || !self->m_waiters.contains(w))
                return;
            // The rest goes on in the background; lateDetailsArrived() says when it is in.
            self->m_answeredWithout.unite(w->pending);
            self->answer(w);
        });
    }
    pump();
}

void JobDetails::enqueue(const QString &key, const Read &read)
{
    const auto flying = m_inFlight.constFind(key);
    if (flying != m_inFlight.cend() && flying->marker == read.marker && !m_queued.contains(key))
        return; // the read under way is the one wanted
    if (!m_queued.contains(key))
        m_queue.append(key);
    m_queued.insert(key, read); // the latest status wins
}

void JobDetails::pump()
{
    while (int(m_inFlight.size()) < m_maxReads) {
        // One read per job at a time: a follow-up for a new status waits for the one under way.
        const auto next = std::find_if(m_queue.begin(), m_queue.end(),
                                       [this](const QString &key) { return !m_inFlight.contains(key); });
        if (next == m_queue.end())
            return;
        const QString key = *next;
        m_queue.erase(next);
        const Read read = m_queued.take(key);
        m_inFlight.insert(key, read);
        const quint64 generation = m_generation;
        auto onDone = [this, key, read, generation](const Result<QJsonObject> &d) {
            if (generation != m_generation) {
                m_inFlight.remove(key);
                pump();
                return;
            }
            finished(key, read, d ? std::optional<QJsonObject>(d.value()) : std::nullopt);
        };
        if (read.trainOperator)
            m_api->trainingJob(read.id, this, onDone);
        else
            m_api->fineTuneJob(read.id, this, onDone);
    }
}

void JobDetails::finished(const QString &key, const Read &read, const std::optional<QJsonObject> &detail)
{
    m_inFlight.remove(key);
    const bool followUp = m_queued.contains(key);
    const bool someoneWaits = std::any_of(m_waiters.cbegin(), m_waiters.cend(),
                                          [&key](const std::shared_ptr<Waiter> &w) { return w->pending.contains(key); });
    Entry &e = m_entries[key];
    if (detail) {
        e.marker = read.marker;
        e.detail = *detail;
        e.readAt = m_clock();
        e.failedMarker.clear();
        e.retryAt = QDateTime();
        if (m_answeredWithout.remove(key) && !someoneWaits && !followUp)
            m_late = true;
    } else {
        // The row stays as listed, with what an earlier detail knew.
        e.failedMarker = read.marker;
        e.retryAt = m_clock().addMSecs(m_retryAfterMs);
        if (!followUp)
            m_answeredWithout.remove(key);
    }
    if (!followUp) {
        const QList<std::shared_ptr<Waiter>> waiters = m_waiters;
        for (const std::shared_ptr<Waiter> &w : waiters) {
            if (w->pending.remove(key) && w->pending.isEmpty())
                answer(w);
        }
    }
    pump();
    checkIdle();
}

void JobDetails::answer(const std::shared_ptr<Waiter> &waiter)
{
    m_waiters.removeOne(waiter);
    if (!waiter->context)
        return;
    waiter->done(merged(waiter->rows));
}

void JobDetails::checkIdle()
{
    if (!m_late || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    m_late = false;
    Q_EMIT lateDetailsArrived();
}

void JobDetails::retain(ResourceKind kind, const QList<Resource> &rows)
{
    QSet<QString> keys;
    for (const Resource &r : rows) {
        if (wanted(r))
            keys.insert(keyOf(r));
    }
    m_listed.insert(kind, keys);
    QSet<QString> listed;
    for (const QSet<QString> &k : std::as_const(m_listed))
        listed.unite(k);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (listed.contains(it.key()) || m_inFlight.contains(it.key()) || m_queued.contains(it.key()))
            ++it;
        else
            it = m_entries.erase(it);
    }
    for (auto it = m_answeredWithout.begin(); it != m_answeredWithout.end();) {
        if (listed.contains(*it))
            ++it;
        else
            it = m_answeredWithout.erase(it);
    }
}

void JobDetails::clear()
{
    ++m_generation;
    m_entries.clear();
    m_listed.clear();
    m_queue.clear();
    m_queued.clear();
    m_answeredWithout.clear();
    m_late = false;
    // Whoever waits gets the rows as listed: nothing cached belongs to them any more.
    const QList<std::shared_ptr<Waiter>> waiters = m_waiters;
    for (const std::shared_ptr<Waiter> &w : waiters)
        answer(w);
}

} // namespace suanli::unis
