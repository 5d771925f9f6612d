#include "gui/transfernotifier.h"

#include "gui/platformicons.h"
#include "transfer/transferqueue.h"

#include <QSystemTrayIcon>
#include <QTimer>

namespace suanli::gui {

TransferNotifier::TransferNotifier(transfer::TransferQueue *queue, std::function<void(const QString &)> fallback,
                                   QObject *parent)
    : QObject(parent)
    , m_fallback(std::move(fallback))
    , m_hideTray(new QTimer(this))
{
    m_hideTray->setSingleShot(true);
    m_hideTray->setInterval(20000);
    connect(m_hideTray, &QTimer::timeout, this, [this] {
        if (m_tray)
            m_tray->hide();
    });
    connect(queue, &transfer::TransferQueue::queueFinished, this, &TransferNotifier::onFinished);
}

TransferNotifier::~TransferNotifier() = default;

bool TransferNotifier::desktopSupported()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QString TransferNotifier::message(int uploaded, int failed)
{
    if (failed == 0)
        return tr("%n file(s) uploaded.", nullptr, uploaded);
    if (uploaded == 0)
        return tr("%n upload(s) failed.", nullptr, failed);
    return tr("%n file(s) uploaded, %1 failed.", nullptr, uploaded).arg(failed);
}

void TransferNotifier::onFinished(int uploaded, int failed)
{
    if (uploaded == 0 && failed == 0)
        return;
    const QString title = failed > 0 ? tr("Uploads finished with errors") : tr("Uploads finished");
    const QString text = message(uploaded, failed);
    Q_EMIT notified(title, text);
    if (desktopSupported()) {
        // The icon shows only while the message does: the console lives in its window.
        if (!m_tray)
            m_tray = new QSystemTrayIcon(PlatformIcons::appIcon(), this);
        m_tray->show();
        m_tray->showMessage(title, text, failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
        m_hideTray->start();
        return;
    }
    if (m_fallback)
        m_fallback(title + QStringLiteral(": ") + text);
}

} // namespace suanli::gui
