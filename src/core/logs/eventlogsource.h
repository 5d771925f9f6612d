#pragma once

#include "logsource.h"

namespace suanli {

class EventLog;
struct EventLogEntry;
struct HttpLogEntry;

// The console's own logs as log lines, followed while they grow: the activity log (what the
// operator did, what the platforms answered) or the HTTP request log (method, path, status,
// duration). Both are redacted by the EventLog before they get here.
class EventLogSource final : public LogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogSource)

public:
    enum class Kind { Activity, Http };

    EventLogSource(EventLog *log, Kind kind, QObject *parent = nullptr);
    ~EventLogSource() override;

    QString title() const override;
    Features features() const override { return Feature::Follow; }
    void open() override;
    void setFollowing(bool on) override;
    bool isFollowing() const override { return m_following; }
    QString suggestedFileName() const override;

    // "2026-12-02 15:44:52.123 [WARN] account: message" (more lines indented).
    static QByteArray format(const EventLogEntry &entry);
    // "2026-12-02 15:44:52.123 [INFO] GET /api/path?q 200 123 ms account (attempt 2): error".
    static QByteArray format(const HttpLogEntry &entry);

private:
    void onAdded(int droppedFront);

    EventLog *m_log;
    Kind m_kind;
    bool m_following = true;
    int m_pending = 0; // entries added while not following
};

} // namespace suanli
