#pragma once

#include "logsource.h"

#include <QString>

class QTimer;

namespace suanli {

// A local log file: read whole on a worker thread, then followed like `tail -f` (new bytes are
// read as they are written; a file that shrinks or is replaced is read again from the start).
class FileLogSource final : public LogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileLogSource)

public:
    explicit FileLogSource(const QString &path, QObject *parent = nullptr);
    ~FileLogSource() override;

    QString title() const override;
    Features features() const override { return Feature::Follow; }
    void open() override;
    void setFollowing(bool on) override;
    bool isFollowing() const override { return m_following; }
    QString suggestedFileName() const override;

    QString path() const { return m_path; }
    // How often a followed file is looked at.
    void setPollInterval(int ms);

    // Reads a whole file into a store; an error text when it cannot be read. Used on the
    // worker thread, and by the benchmark.
    static QString readInto(const QString &path, LineStore *store, qint64 *bytesRead);

private:
    void poll();
    void startLoad();

    QString m_path;
    QTimer *m_timer;
    qint64 m_offset = 0; // bytes read so far
    QByteArray m_identity; // tells a replaced file from a grown one
    bool m_following = true;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace suanli
