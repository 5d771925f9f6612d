#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QSystemTrayIcon;
class QTimer;

namespace suanli::transfer {
class TransferQueue;
}

namespace suanli::gui {

// Tells the desktop when the upload queue has finished: a tray message where the platform shows
// them, otherwise the fallback (the status bar).
class TransferNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferNotifier)

public:
    TransferNotifier(transfer::TransferQueue *queue, std::function<void(const QString &)> fallback,
                     QObject *parent = nullptr);
    ~TransferNotifier() override;

    static QString message(int uploaded, int failed);
    // Whether messages go to the system tray here.
    static bool desktopSupported();

Q_SIGNALS:
    // For tests and the activity log: what was said.
    void notified(const QString &title, const QString &message);

private:
    void onFinished(int uploaded, int failed);

    std::function<void(const QString &)> m_fallback;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_hideTray;
};

} // namespace suanli::gui
