#include "gui/filebrowsermodel.h"

#include "gui/transfermodel.h"

#include <QLocale>

#include <algorithm>

namespace suanli::gui {

FileBrowserModel::FileBrowserModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FileBrowserModel::~FileBrowserModel() = default;

int FileBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FileBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FileBrowserModel::lessThan(const transfer::RemoteEntry &a, const transfer::RemoteEntry &b)
{
    if (a.isDirectory != b.isDirectory)
        return a.isDirectory;
    const int byName = QString::localeAwareCompare(a.name, b.name);
    return byName != 0 ? byName < 0 : a.name < b.name;
}

int FileBrowserModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).name == name)
            return row;
    }
    return -1;
}

void FileBrowserModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_folder.clear();
    endResetModel();
}

void FileBrowserModel::setEntries(const QString &folder, QList<transfer::RemoteEntry> entries)
{
    std::sort(entries.begin(), entries.end(), &FileBrowserModel::lessThan);
    if (folder != m_folder) {
        beginResetModel();
        m_folder = folder;
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    // Rows that went away, from the bottom up.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const QString &name = m_entries.at(row).name;
        const bool kept = std::any_of(entries.cbegin(), entries.cend(), [&](const transfer::RemoteEntry &e) {
            return e.name == name && e.isDirectory == m_entries.at(row).isDirectory;
        });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    // New rows where they sort; changed rows updated in place.
    for (const transfer::RemoteEntry &entry : std::as_const(entries)) {
        const int existing = rowOfName(entry.name);
        if (existing >= 0) {
            transfer::RemoteEntry &current = m_entries[existing];
            if (current.size != entry.size || current.modified != entry.modified) {
                current = entry;
                Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            }
            continue;
        }
        const auto at = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry, &FileBrowserModel::lessThan);
        const int row = int(at - m_entries.cbegin());
        beginInsertRows({}, row, row);
        m_entries.insert(row, entry);
        endInsertRows();
    }
}

QVariant FileBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const transfer::RemoteEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return e.name;
        case Size: return e.isDirectory || e.size < 0 ? QString() : TransferModel::sizeText(e.size);
        case Modified:
            return e.modified.isValid() ? QLocale().toString(e.modified.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Name)
            return m_icons.icon(e.isDirectory ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Size && !e.isDirectory && e.size >= 0)
            return tr("%1 bytes").arg(QLocale().toString(e.size));
        return index.column() == Name ? e.path : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole:
        return e.path;
    case IsDirectoryRole:
        return e.isDirectory;
    case SortRole:
        // Folders stay on top whichever way a column sorts.
        switch (index.column()) {
        case Size: return e.isDirectory ? -1 : e.size;
        case Modified: return e.modified;
        default: return QString((e.isDirectory ? QStringLiteral("0") : QStringLiteral("1")) + e.name.toLower());
        }
    default:
        return {};
    }
}

QVariant FileBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Size: return tr("Size");
    case Modified: return tr("Modified");
    }
    return {};
}

} // namespace suanli::gui
