#include "eventlog.h"

#include "redactor.h"

namespace suanli {

EventLog::EventLog(QObject *parent, int capacity)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
{
}

EventLog::~EventLog() = default;

void EventLog::info(const QString &account, const QString &message)
{
    append({QDateTime::currentDateTime(), EventLogEntry::Level::Info, account, message});
}

void EventLog::warning(const QString &account, const QString &message)
{
    append({QDateTime::currentDateTime(), EventLogEntry::Level::Warning, account, message});
}

void EventLog::error(const QString &account, const QString &message)
{
    append({QDateTime::currentDateTime(), EventLogEntry::Level::Error, account, message});
}

void EventLog::append(EventLogEntry entry)
{
    entry.message = Redactor::redact(entry.message);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    int dropped = 0;
    while (int(m_entries.size()) >= m_capacity) {
        m_entries.pop_front();
        ++dropped;
    }
    m_entries.push_back(std::move(entry));
    Q_EMIT entryAdded(dropped);
}

void EventLog::appendHttp(const HttpLogEntry &entry)
{
    HttpLogEntry e = entry;
    e.url = Redactor::redact(e.url);
    e.error = Redactor::redact(e.error);
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTime();
    int dropped = 0;
    while (int(m_http.size()) >= m_capacity) {
        m_http.pop_front();
        ++dropped;
    }
    m_http.push_back(std::move(e));
    Q_EMIT httpEntryAdded(dropped);
}

} // namespace suanli
