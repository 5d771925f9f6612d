#include "platformicons.h"

#include <QFile>

// The icons are compiled into this static library: a reference to the resource's initializer
// makes the linker keep it, and it must be called outside any namespace.
static void initSuanliResources()
{
    Q_INIT_RESOURCE(suanli);
}

namespace suanli::gui {

namespace {

void ensureResources()
{
    static const bool initialized = [] {
        initSuanliResources();
        return true;
    }();
    Q_UNUSED(initialized);
}

} // namespace

QIcon PlatformIcons::appIcon()
{
    ensureResources();
    return QIcon(QStringLiteral(":/icons/suanli.svg"));
}

QIcon PlatformIcons::icon(const QString &platformKey)
{
    ensureResources();
    const QString path = QStringLiteral(":/icons/platform-%1.svg").arg(platformKey);
    return QFile::exists(path) ? QIcon(path) : appIcon();
}

} // namespace suanli::gui
