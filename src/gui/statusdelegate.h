#pragma once

#include <QStyledItemDelegate>

namespace suanli::gui {

// Draws the coloured status dot in front of the status text of a ResourceTableModel row,
// shaded from the view's own palette.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);
    ~StatusDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace suanli::gui
