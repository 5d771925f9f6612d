#include "filelogsource.h"

#include "linestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace suanli {

namespace {

constexpr qint64 kReadBlock = 8 * 1024 * 1024;
// A followed file that grew by a lot is read a piece per poll, so the GUI never waits long.
constexpr qint64 kMaxReadPerPoll = 16 * 1024 * 1024;

// The first bytes of a file: a file replaced by another (log rotation) usually differs there.
QByteArray identityOf(QFile &file)
{
    const qint64 at = file.pos();
    file.seek(0);
    QByteArray head = file.read(256);
    file.seek(at);
    return head;
}

} // namespace

FileLogSource::FileLogSource(const QString &path, QObject *parent)
    : LogSource(parent)
    , m_path(path)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &FileLogSource::poll);
}

FileLogSource::~FileLogSource() = default;

QString FileLogSource::title() const
{
    return QFileInfo(m_path).fileName();
}

QString FileLogSource::suggestedFileName() const
{
    return QFileInfo(m_path).fileName();
}

void FileLogSource::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}

QString FileLogSource::readInto(const QString &path, LineStore *store, qint64 *bytesRead)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    QByteArray buffer;
    qint64 total = 0;
    for (;;) {
        buffer.resize(kReadBlock);
        const qint64 n = file.read(buffer.data(), kReadBlock);
        if (n < 0)
            return tr("Cannot read %1: %2").arg(path, file.errorString());
        if (n == 0)
            break;
        store->appendText(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    if (bytesRead)
        *bytesRead = total;
    return {};
}

void FileLogSource::open()
{
    startLoad();
}

void FileLogSource::startLoad()
{
    Q_ASSERT(thread() == QCoreApplication::instance()->thread());
    m_timer->stop();
    m_loading = true;
    setBusy(true);
    const quint64 generation = ++m_generation;
    const QString path = m_path;
    QPointer<FileLogSource> self(this);
    QThreadPool::globalInstance()->start([self, path, generation] {
        auto store = std::make_shared<LineStore>();
        qint64 bytes = 0;
        QByteArray identity;
        const QString error = readInto(path, store.get(), &bytes);
        {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                identity = identityOf(file).left(bytes);
        }
        // Back on the application's thread, where the source lives; the QPointer is only read
        // there, so a source closed while loading just drops the result.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, store, bytes, identity, error, generation] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_loading = false;
                self->setBusy(false);
                if (!error.isEmpty()) {
                    Q_EMIT self->failed(error);
                    return;
                }
                self->m_offset = bytes;
                self->m_identity = identity;
                Q_EMIT self->storeLoaded(store);
                if (self->m_following)
                    self->m_timer->start();
            },
            Qt::QueuedConnection);
    });
}

void FileLogSource::setFollowing(bool on)
{
    if (m_following == on)
        return;
    m_following = on;
    if (on && !m_loading)
        m_timer->start();
    else
        m_timer->stop();
    Q_EMIT followingChanged(on);
}

void FileLogSource::poll()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // gone for a moment (rotation): look again next time
    const qint64 size = file.size();
    const QByteArray identity = identityOf(file).left(m_identity.size());
    if (size < m_offset || identity != m_identity) {
        Q_EMIT reset();
        startLoad();
        return;
    }
    if (size == m_offset)
        return;
    file.seek(m_offset);
    const QByteArray data = file.read(std::min(size - m_offset, kMaxReadPerPoll));
    if (data.isEmpty())
        return;
    m_offset += data.size();
    if (m_identity.size() < 256) {
        file.seek(0);
        m_identity = file.read(std::min<qint64>(256, m_offset));
    }
    Q_EMIT textAppended(data);
}

} // namespace suanli
