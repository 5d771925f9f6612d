#include "secretclipboard.h"

#include <QClipboard>
#include <QTimer>

namespace suanli::gui {

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent, int clearAfterMs)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_timer(new QTimer(this))
    , m_clearAfterMs(clearAfterMs)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillHeld);
}

SecretClipboard::~SecretClipboard()
{
    if (isHolding())
        m_clipboard->clear();
}

void SecretClipboard::copy(const QString &secret)
{
    if (!m_clipboard || secret.isEmpty())
        return;
    m_secret = secret;
    m_clipboard->setText(secret);
    m_timer->start(m_clearAfterMs);
}

bool SecretClipboard::isHolding() const
{
    return m_clipboard && !m_secret.isEmpty() && m_clipboard->text() == m_secret;
}

void SecretClipboard::clearIfStillHeld()
{
    // Something the user copied since then is left alone.
    if (isHolding()) {
        m_clipboard->clear();
        Q_EMIT cleared();
    }
    m_secret.clear();
}

} // namespace suanli::gui
