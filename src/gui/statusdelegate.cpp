#include "statusdelegate.h"

#include "resourcetablemodel.h"
#include "statustones.h"

namespace suanli::gui {

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

StatusDelegate::~StatusDelegate() = default;

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(ResourceTableModel::StatusRole);
    if (!status.isValid())
        return;
    const auto tone = StatusTones::forStatus(ResourceStatus(status.toInt()));
    const int size = qMax(8, option->fontMetrics.height() / 2);
    option->icon = StatusTones::dot(StatusTones::color(tone, option->palette), size);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (tone == StatusTones::Tone::Gone)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace suanli::gui
