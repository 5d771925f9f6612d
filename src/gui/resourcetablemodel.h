#pragma once

#include "core/resource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace suanli::gui {

// The unified resource table. A refresh is applied as a diff keyed by (accountId, id):
// removals and insertions in contiguous runs and dataChanged over contiguous changed rows, never
// a reset, so the views keep their selection, scroll position and sort order.
class ResourceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTableModel)

public:
    enum Column { Name, Kind, Status, Gpu, PricePerHour, Created, Expires, Region, Id, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value to sort by (numbers, timestamps, lower-case text)
        ResourceRole,                // the whole Resource
        StatusRole,                  // ResourceStatus as int
        KindRole,                    // ResourceKind as int
        KeyRole,                     // "accountId/id"
    };
    Q_ENUM(Role)

    explicit ResourceTableModel(QObject *parent = nullptr);
    ~ResourceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a fresh list as a diff against the current rows.
    void setResources(const QList<Resource> &resources);
    void clear();

    const QList<Resource> &resources() const { return m_rows; }
    const Resource &resourceAt(int row) const { return m_rows.at(row); }
    // -1 when absent.
    int rowOf(const QString &accountId, const QString &id) const;

    static QString keyOf(const Resource &resource);
    static QString statusDisplay(const Resource &resource);
    static QString gpuDisplay(const Resource &resource);
    static QString timeDisplay(const QDateTime &time);

private:
    QVariant displayData(const Resource &r, int column) const;
    QVariant sortData(const Resource &r, int column) const;
    void ensureIndex() const;

    QList<Resource> m_rows;
    QList<QString> m_keys; // keyOf() of each row, kept beside it so a refresh builds no strings
    mutable QHash<QString, int> m_index; // key -> row, rebuilt on demand
    mutable bool m_indexDirty = false;
};

} // namespace suanli::gui
