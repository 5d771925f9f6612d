#pragma once

#include <QObject>
#include <QString>

class QClipboard;
class QTimer;

namespace suanli::gui {

// Puts a secret (a password) on the clipboard and takes it off again after a while, unless
// something else was copied meanwhile: a password should not wait there for the next paste.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    explicit SecretClipboard(QClipboard *clipboard, QObject *parent = nullptr, int clearAfterMs = 30000);
    // Clears the clipboard if it still holds the secret.
    ~SecretClipboard() override;

    void copy(const QString &secret);
    int clearAfterMs() const { return m_clearAfterMs; }
    void setClearAfterMs(int ms) { m_clearAfterMs = ms; }
    bool isHolding() const;

Q_SIGNALS:
    // The secret was taken off the clipboard.
    void cleared();

private:
    void clearIfStillHeld();

    QClipboard *m_clipboard;
    QTimer *m_timer;
    QString m_secret;
    int m_clearAfterMs;
};

} // namespace suanli::gui
