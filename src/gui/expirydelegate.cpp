#include "expirydelegate.h"

#include "resourcetablemodel.h"
#include "statustones.h"

namespace suanli::gui {

ExpiryDelegate::ExpiryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

ExpiryDelegate::~ExpiryDelegate() = default;

void ExpiryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ResourceTableModel::ExpiringSoonRole).toBool())
        return;
    const QColor warning = StatusTones::color(StatusTones::Tone::Bad, option->palette);
    option->palette.setColor(QPalette::Text, warning);
    option->font.setBold(true);
}

} // namespace suanli::gui
