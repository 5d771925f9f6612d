#pragma once

#include "core/account.h"
#include "core/resource.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace suanli::gui {

// The colour language of the status dots: one tone per kind of state, shaded for the current
// palette so that it reads on light and dark themes alike.
class StatusTones final
{
public:
    enum class Tone { Good, Busy, Bad, Idle, Gone };

    static Tone forStatus(ResourceStatus status);
    static Tone forAccountState(AccountState state);
    static QColor color(Tone tone, const QPalette &palette);
    // A filled circle of `size` device-independent pixels.
    static QIcon dot(const QColor &color, int size = 10);
    static bool isDark(const QPalette &palette);
};

} // namespace suanli::gui
