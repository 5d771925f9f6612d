#pragma once

#include "httprequest.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>

namespace suanli {

// What the operator did and what the platforms answered, for the Activity log. Every message is
// redacted on the way in. Bounded: the oldest entries go first.
struct EventLogEntry
{
    enum class Level { Info, Warning, Error };
    QDateTime time;
    Level level = Level::Info;
    QString account; // display name, may be empty
    QString message;
};

class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    explicit EventLog(QObject *parent = nullptr, int capacity = 10000);
    ~EventLog() override;

    void info(const QString &account, const QString &message);
    void warning(const QString &account, const QString &message);
    void error(const QString &account, const QString &message);
    void append(EventLogEntry entry);
    void appendHttp(const HttpLogEntry &entry);

    int size() const { return int(m_entries.size()); }
    const EventLogEntry &at(int index) const { return m_entries[size_t(index)]; }
    int httpSize() const { return int(m_http.size()); }
    const HttpLogEntry &httpAt(int index) const { return m_http[size_t(index)]; }
    int capacity() const { return m_capacity; }

Q_SIGNALS:
    // Emitted after an entry was added; `droppedFront` entries were removed from the front first.
    void entryAdded(int droppedFront);
    void httpEntryAdded(int droppedFront);

private:
    int m_capacity;
    std::deque<EventLogEntry> m_entries;
    std::deque<HttpLogEntry> m_http;
};

} // namespace suanli
