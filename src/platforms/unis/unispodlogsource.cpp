#include "unispodlogsource.h"

#include <QDir>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace suanli::unis {

struct PodLogSource::Download
{
    std::unique_ptr<QSaveFile> file;
    QString path;
    qint64 written = 0; // lines
    bool cancelled = false;
    int generation = 0;
};

PodLogSource::PodLogSource(Client *client, const QString &podId, const QString &podName, const QString &taskId,
                           PodLogEndpoint endpoint, QObject *parent)
    : LogSource(parent)
    , m_client(client)
    , m_logs(new Logs(client, this))
    , m_podId(podId)
    , m_podName(podName)
    , m_taskId(taskId)
    , m_endpoint(endpoint)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PodLogSource::poll);
}

PodLogSource::~PodLogSource()
{
    if (m_download && m_download->file)
        m_download->file->cancelWriting();
}

QString PodLogSource::title() const
{
    return m_podName.isEmpty() ? m_podId : m_podName;
}

LogSource::Features PodLogSource::features() const
{
    return Feature::Follow | Feature::Older | Feature::Download;
}

QString PodLogSource::suggestedFileName() const
{
    return title() + QStringLiteral(".log");
}

void PodLogSource::setPageSize(int lines)
{
    m_pageSize = std::clamp(lines, 1, 10000);
}

void PodLogSource::setPollInterval(int ms, int maxMs)
{
    m_pollMs = std::max(10, ms);
    m_maxPollMs = std::max(m_pollMs, maxMs);
    m_currentPollMs = m_pollMs;
}

void PodLogSource::updateBusy()
{
    setBusy(m_opening || m_olderBusy);
}

void PodLogSource::open()
{
    if (m_opening)
        return;
    m_opening = true;
    updateBusy();
    m_logs->page(m_endpoint, m_podId, m_pageSize, std::nullopt, true, m_taskId, this, [this](const Result<PodLogPage> &r) {
        m_opening = false;
        updateBusy();
        if (!r) {
            Q_EMIT failed(r.error().toDisplayString());
            // A followed log tries again later.
            if (m_following)
                schedulePoll(m_currentPollMs = std::min(m_currentPollMs * 2, m_maxPollMs));
            return;
        }
        const PodLogPage &page = r.value();
        m_opened = true;
        m_begin = page.first;
        m_end = page.first + page.lines.size();
        Q_EMIT firstLineNumberChanged(m_begin + 1);
        if (!page.lines.isEmpty())
            Q_EMIT linesAppended(page.lines);
        Q_EMIT hasOlderChanged(hasOlder());
        if (m_following)
            schedulePoll(m_pollMs);
    });
}

void PodLogSource::fetchOlder()
{
    if (!hasOlder() || m_olderBusy)
        return;
    m_olderBusy = true;
    updateBusy();
    // The kernel document sends back the answer's startReadLines, the evaluation one that plus one.
    const qint64 start = m_begin + (m_endpoint == PodLogEndpoint::Evaluation ? 1 : 0);
    m_logs->page(m_endpoint, m_podId, m_pageSize, start, true, m_taskId, this, [this](const Result<PodLogPage> &r) {
        m_olderBusy = false;
        updateBusy();
        if (!r) {
            Q_EMIT failed(r.error().toDisplayString());
            return;
        }
        const PodLogPage &page = r.value();
        if (page.first >= m_begin) {
            // Nothing above after all.
            m_begin = 0;
            Q_EMIT hasOlderChanged(false);
            return;
        }
        if (page.first + page.lines.size() < m_begin) {
            Q_EMIT failed(tr("The platform sent lines %1–%2 of the log when the lines before %3 were asked for; "
                             "older lines cannot be shown.")
                              .arg(page.first + 1)
                              .arg(page.first + page.lines.size())
                              .arg(m_begin + 1));
            m_begin = 0;
            Q_EMIT hasOlderChanged(false);
            return;
        }
        const QByteArrayList lines = page.lines.mid(0, m_begin - page.first);
        m_begin = page.first;
        Q_EMIT linesPrepended(lines, m_begin + 1);
        Q_EMIT hasOlderChanged(hasOlder());
    });
}

void PodLogSource::setFollowing(bool on)
{
    if (m_following == on)
        return;
    m_following = on;
    m_currentPollMs = m_pollMs;
    if (on)
        schedulePoll(m_opened ? m_pollMs : 0);
    else
        m_timer->stop();
    Q_EMIT followingChanged(on);
}

void PodLogSource::schedulePoll(int ms)
{
    if (m_following)
        m_timer->start(ms);
}

void PodLogSource::poll()
{
    if (!m_following)
        return;
    if (!m_opened) {
        open();
        return;
    }
    if (m_pollBusy)
        return;
    m_pollBusy = true;
    // Forward from the line after the last one held (the answer's `offset` of the last page).
    m_logs->page(m_endpoint, m_podId, m_pageSize, m_end + 1, false, m_taskId, this, [this](const Result<PodLogPage> &r) {
        m_pollBusy = false;
        if (!r) {
            Q_EMIT failed(r.error().toDisplayString());
            schedulePoll(m_currentPollMs = std::min(m_currentPollMs * 2, m_maxPollMs));
            return;
        }
        const PodLogPage &page = r.value();
        if (page.first > m_end) {
            Q_EMIT failed(tr("The platform skipped lines %1–%2 of the log; they are missing here.")
                              .arg(m_end + 1)
                              .arg(page.first));
            m_end = page.first;
        }
        const qint64 skip = m_end - page.first; // lines already held
        const QByteArrayList fresh = skip < page.lines.size() ? page.lines.mid(skip) : QByteArrayList();
        if (!fresh.isEmpty()) {
            m_end += fresh.size();
            Q_EMIT linesAppended(fresh);
            m_currentPollMs = m_pollMs;
        } else {
            // Nothing new: ask less often (a finished pod writes nothing more).
            m_currentPollMs = std::min(m_currentPollMs * 2, m_maxPollMs);
        }
        // A full page: more is waiting.
        schedulePoll(page.lines.size() >= m_pageSize ? 0 : m_currentPollMs);
    });
}

void PodLogSource::download(const QString &path)
{
    if (m_download && m_download->file) {
        QMetaObject::invokeMethod(
            this, [this, path] { Q_EMIT downloadFinished(path, tr("A download of this log is already running.")); },
            Qt::QueuedConnection);
        return;
    }
    auto d = std::make_unique<Download>();
    d->path = path;
    d->file = std::make_unique<QSaveFile>(path);
    d->generation = (m_download ? m_download->generation : 0) + 1;
    if (!d->file->open(QIODevice::WriteOnly)) {
        const QString error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), d->file->errorString());
        QMetaObject::invokeMethod(this, [this, path, error] { Q_EMIT downloadFinished(path, error); }, Qt::QueuedConnection);
        return;
    }
    m_download = std::move(d);
    Q_EMIT downloadProgress(0, m_end);
    downloadNext();
}

void PodLogSource::cancelDownload()
{
    if (m_download && m_download->file)
        m_download->cancelled = true;
}

void PodLogSource::downloadNext()
{
    Download *d = m_download.get();
    if (d->cancelled) {
        finishDownload(tr("Cancelled."));
        return;
    }
    // Bigger pages than for reading: fewer calls for a long log.
    const int size = std::max(m_pageSize, 5000);
    const int generation = d->generation;
    m_logs->page(m_endpoint, m_podId, size, d->written + 1, false, m_taskId, this,
                 [this, size, generation](const Result<PodLogPage> &r) {
                     Download *d = m_download.get();
                     if (!d || !d->file || d->generation != generation)
                         return;
                     if (!r) {
                         finishDownload(r.error().toDisplayString());
                         return;
                     }
                     const PodLogPage &page = r.value();
                     if (page.lines.isEmpty()) {
                         finishDownload({}); // the end of the log
                         return;
                     }
                     if (page.first > d->written) {
                         finishDownload(tr("The platform sent lines from %1 when line %2 was asked for.")
                                            .arg(page.first + 1)
                                            .arg(d->written + 1));
                         return;
                     }
                     const qint64 skip = d->written - page.first; // lines already written
                     for (qint64 i = skip; i < page.lines.size(); ++i) {
                         const QByteArray &line = page.lines.at(i);
                         if (d->file->write(line) != line.size() || d->file->write("\n", 1) != 1) {
                             finishDownload(tr("Cannot write %1: %2")
                                                .arg(QDir::toNativeSeparators(d->path), d->file->errorString()));
                             return;
                         }
                     }
                     const qint64 added = std::max<qint64>(0, page.lines.size() - skip);
                     d->written += added;
                     Q_EMIT downloadProgress(d->written, std::max(d->written, m_end));
                     if (added == 0 || page.lines.size() < size) {
                         finishDownload({});
                         return;
                     }
                     downloadNext();
                 });
}

void PodLogSource::finishDownload(const QString &error)
{
    std::unique_ptr<Download> d = std::move(m_download);
    m_download = std::make_unique<Download>();
    m_download->generation = d->generation;
    QString problem = error;
    if (problem.isEmpty() && !d->file->commit())
        problem = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(d->path), d->file->errorString());
    else if (!problem.isEmpty())
        d->file->cancelWriting();
    Q_EMIT downloadFinished(d->path, problem);
}

} // namespace suanli::unis
