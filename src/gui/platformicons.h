#pragma once

#include <QIcon>
#include <QString>

namespace suanli::gui {

// The icons shipped in the resources: the application's and one per platform.
class PlatformIcons final
{
public:
    static QIcon appIcon();
    // Falls back to the application icon for a platform without its own.
    static QIcon icon(const QString &platformKey);
};

} // namespace suanli::gui
