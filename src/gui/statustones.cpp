#include "statustones.h"

#include <QPainter>
#include <QPixmap>

namespace suanli::gui {

StatusTones::Tone StatusTones::forStatus(ResourceStatus status)
{
    switch (status) {
    case ResourceStatus::Running:
    case ResourceStatus::Succeeded:
        return Tone::Good;
    case ResourceStatus::Pending:
    case ResourceStatus::Creating:
    case ResourceStatus::Starting:
    case ResourceStatus::Stopping:
        return Tone::Busy;
    case ResourceStatus::Failed:
        return Tone::Bad;
    case ResourceStatus::Stopped:
    case ResourceStatus::Unknown:
        return Tone::Idle;
    case ResourceStatus::Destroyed:
        return Tone::Gone;
    }
    return Tone::Idle;
}

StatusTones::Tone StatusTones::forAccountState(AccountState state)
{
    switch (state) {
    case AccountState::Online: return Tone::Good;
    case AccountState::SigningIn: return Tone::Busy;
    case AccountState::AuthFailed:
    case AccountState::Offline: return Tone::Bad;
    case AccountState::SignedOut: return Tone::Idle;
    }
    return Tone::Idle;
}

bool StatusTones::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor StatusTones::color(Tone tone, const QPalette &palette)
{
    // Hues are fixed (green, amber, red); lightness follows the theme so that the dot keeps its
    // contrast against the background.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good: return dark ? QColor::fromHsl(140, 150, 140) : QColor::fromHsl(140, 200, 80);
    case Tone::Busy: return dark ? QColor::fromHsl(38, 230, 140) : QColor::fromHsl(33, 230, 95);
    case Tone::Bad: return dark ? QColor::fromHsl(0, 200, 150) : QColor::fromHsl(0, 190, 100);
    case Tone::Idle: return palette.color(QPalette::PlaceholderText);
    case Tone::Gone: {
        QColor c = palette.color(QPalette::Text);
        c.setAlphaF(0.25f);
        return c;
    }
    }
    return palette.color(QPalette::Text);
}

QIcon StatusTones::dot(const QColor &color, int size)
{
    QIcon icon;
    for (int scale = 1; scale <= 2; ++scale) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            const qreal inset = scale;
            painter.drawEllipse(QRectF(inset, inset, size * scale - 2 * inset, size * scale - 2 * inset));
        }
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace suanli::gui
