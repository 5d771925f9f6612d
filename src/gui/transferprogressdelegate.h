#pragma once

#include <QStyledItemDelegate>

namespace suanli::gui {

// Draws TransferModel::FractionRole as a progress bar with the cell's text on it.
class TransferProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferProgressDelegate)

public:
    explicit TransferProgressDelegate(QObject *parent = nullptr);
    ~TransferProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace suanli::gui
