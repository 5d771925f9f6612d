#pragma once

#include <QStyledItemDelegate>

namespace suanli::gui {

// The Expires column: a date with its countdown, in the palette's warning tone and bold once
// the resource expires within three days, so that a renewal is not missed.
class ExpiryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryDelegate)

public:
    explicit ExpiryDelegate(QObject *parent = nullptr);
    ~ExpiryDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace suanli::gui
