#include "eventlogsource.h"

#include "core/eventlog.h"

#include <QUrl>

namespace suanli {

namespace {

QByteArray stamp(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toUtf8();
}

} // namespace

EventLogSource::EventLogSource(EventLog *log, Kind kind, QObject *parent)
    : LogSource(parent)
    , m_log(log)
    , m_kind(kind)
{
}

EventLogSource::~EventLogSource() = default;

QString EventLogSource::title() const
{
    return m_kind == Kind::Activity ? tr("Activity log") : tr("HTTP requests");
}

QString EventLogSource::suggestedFileName() const
{
    return m_kind == Kind::Activity ? QStringLiteral("suanli-activity.log") : QStringLiteral("suanli-http.log");
}

QByteArray EventLogSource::format(const EventLogEntry &entry)
{
    QByteArray level;
    switch (entry.level) {
    case EventLogEntry::Level::Info:
        level = "[INFO] ";
        break;
    case EventLogEntry::Level::Warning:
        level = "[WARN] ";
        break;
    case EventLogEntry::Level::Error:
        level = "[ERROR] ";
        break;
    }
    QByteArray line = stamp(entry.time) + ' ' + level;
    if (!entry.account.isEmpty())
        line += entry.account.toUtf8() + ": ";
    QByteArray message = entry.message.toUtf8();
    // A message of several lines stays one entry: its further lines are indented.
    message.replace('\n', "\n    ");
    return line + message;
}

QByteArray EventLogSource::format(const HttpLogEntry &entry)
{
    const bool failed = entry.status == 0 || entry.status >= 500 || !entry.error.isEmpty();
    const QByteArray level = failed ? "[ERROR] " : (entry.status >= 400 ? "[WARN] " : "[INFO] ");
    const QUrl url(entry.url);
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = entry.url.toUtf8();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray line = stamp(entry.time) + ' ' + level + entry.method + ' ' + target + ' '
        + (entry.status ? QByteArray::number(entry.status) : QByteArray("---")) + ' '
        + QByteArray::number(entry.durationMs) + " ms";
    if (!entry.accountName.isEmpty())
        line += ' ' + entry.accountName.toUtf8();
    if (entry.attempt > 1)
        line += " (attempt " + QByteArray::number(entry.attempt) + ')';
    if (!entry.error.isEmpty())
        line += ": " + entry.error.toUtf8().replace('\n', ' ');
    return line;
}

void EventLogSource::open()
{
    if (!m_log)
        return;
    QByteArrayList lines;
    if (m_kind == Kind::Activity) {
        for (int i = 0; i < m_log->size(); ++i)
            lines.append(format(m_log->at(i)));
        connect(m_log, &EventLog::entryAdded, this, &EventLogSource::onAdded);
    } else {
        for (int i = 0; i < m_log->httpSize(); ++i)
            lines.append(format(m_log->httpAt(i)));
        connect(m_log, &EventLog::httpEntryAdded, this, &EventLogSource::onAdded);
    }
    if (!lines.isEmpty())
        Q_EMIT linesAppended(lines);
}

void EventLogSource::onAdded(int droppedFront)
{
    Q_UNUSED(droppedFront) // the viewer keeps what it has shown
    ++m_pending;
    if (!m_following)
        return;
    const int size = m_kind == Kind::Activity ? m_log->size() : m_log->httpSize();
    // Entries beyond the log's capacity are gone from it already.
    const int count = std::min(m_pending, size);
    QByteArrayList lines;
    for (int i = size - count; i < size; ++i)
        lines.append(m_kind == Kind::Activity ? format(m_log->at(i)) : format(m_log->httpAt(i)));
    m_pending = 0;
    if (!lines.isEmpty())
        Q_EMIT linesAppended(lines);
}

void EventLogSource::setFollowing(bool on)
{
    if (m_following == on)
        return;
    m_following = on;
    Q_EMIT followingChanged(on);
    if (on && m_pending > 0 && m_log) {
        // Catch up with what came while paused.
        const int size = m_kind == Kind::Activity ? m_log->size() : m_log->httpSize();
        const int count = std::min(m_pending, size);
        QByteArrayList lines;
        for (int i = size - count; i < size; ++i)
            lines.append(m_kind == Kind::Activity ? format(m_log->at(i)) : format(m_log->httpAt(i)));
        m_pending = 0;
        if (!lines.isEmpty())
            Q_EMIT linesAppended(lines);
    }
}

} // namespace suanli
