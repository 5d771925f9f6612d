#pragma once

#include "transfer/remotefileservice.h"

#include <QAbstractTableModel>
#include <QFileIconProvider>
#include <QList>

namespace suanli::gui {

// One folder of a platform's storage: folders first, then files, each by name.
class FileBrowserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileBrowserModel)

public:
    enum Column { Name, Size, Modified, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        PathRole = Qt::UserRole + 1, // the entry's remote path
        IsDirectoryRole,
        SortRole,
    };
    Q_ENUM(Role)

    explicit FileBrowserModel(QObject *parent = nullptr);
    ~FileBrowserModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Another folder: the rows are replaced. The same folder again: a diff by name, so that the
    // selection survives a refresh.
    void setEntries(const QString &folder, QList<transfer::RemoteEntry> entries);
    void clear();
    QString folder() const { return m_folder; }
    const transfer::RemoteEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfName(const QString &name) const;

private:
    static bool lessThan(const transfer::RemoteEntry &a, const transfer::RemoteEntry &b);

    QString m_folder;
    QList<transfer::RemoteEntry> m_entries;
    QFileIconProvider m_icons;
};

} // namespace suanli::gui
