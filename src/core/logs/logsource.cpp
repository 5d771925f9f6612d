#include "logsource.h"

namespace suanli {

LogSource::LogSource(QObject *parent)
    : QObject(parent)
{
}

LogSource::~LogSource() = default;

void LogSource::fetchOlder()
{
}

bool LogSource::hasOlder() const
{
    return false;
}

void LogSource::setFollowing(bool on)
{
    Q_UNUSED(on)
}

bool LogSource::isFollowing() const
{
    return false;
}

void LogSource::download(const QString &path)
{
    QMetaObject::invokeMethod(
        this, [this, path] { Q_EMIT downloadFinished(path, tr("This log cannot be downloaded.")); }, Qt::QueuedConnection);
}

void LogSource::cancelDownload()
{
}

QString LogSource::suggestedFileName() const
{
    return title() + QStringLiteral(".log");
}

void LogSource::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace suanli
