#pragma once

#include "transfer/transferitem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace suanli::transfer {
class TransferQueue;
}

namespace suanli::gui {

// The upload queue's top-level items (files, and folders summed up) as a table. Follows the
// queue by signals: rows are appended, removed and changed one at a time, never reset.
class TransferModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferModel)

public:
    enum Column { Name, Destination, Size, Progress, Speed, Eta, State, Error, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        StateRole,                     // transfer::TransferState as int
        FractionRole,                  // double 0..1 for the progress bar; -1 while unknown
        SortRole,
    };
    Q_ENUM(Role)

    explicit TransferModel(transfer::TransferQueue *queue, QObject *parent = nullptr);
    ~TransferModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const { return m_rows.at(row).record.id; }
    const transfer::TransferItem &itemAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const; // -1 when absent

    static QString stateText(const transfer::TransferItem &item);
    static QString sizeText(qint64 bytes);
    static QString speedText(double bytesPerSecond);
    static QString etaText(qint64 seconds);

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    QVariant display(const transfer::TransferItem &item, int column) const;

    transfer::TransferQueue *m_queue;
    QList<transfer::TransferItem> m_rows; // a snapshot per row, refreshed when the queue says so
};

} // namespace suanli::gui
