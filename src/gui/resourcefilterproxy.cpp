#include "resourcefilterproxy.h"

#include "resourcetablemodel.h"

namespace suanli::gui {

ResourceFilterProxy::ResourceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResourceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

ResourceFilterProxy::~ResourceFilterProxy() = default;

void ResourceFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ResourceFilterProxy::setStatusFilter(std::optional<ResourceStatus> status, StatusGroup group)
{
    if (status == m_status && group == m_group)
        return;
    m_status = status;
    m_group = group;
    invalidateFilter();
}

void ResourceFilterProxy::setKindFilter(std::optional<ResourceKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ResourceTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const Resource &r = model->resourceAt(sourceRow);
    if (m_status) {
        if (r.status != *m_status)
            return false;
    } else if (m_group == StatusGroup::Live && r.status == ResourceStatus::Destroyed) {
        return false;
    }
    if (m_kind && r.kind != *m_kind)
        return false;
    if (m_text.isEmpty())
        return true;
    return r.name.contains(m_text, Qt::CaseInsensitive) || r.id.contains(m_text, Qt::CaseInsensitive)
        || ResourceTableModel::gpuDisplay(r).contains(m_text, Qt::CaseInsensitive)
        || r.remote.host.contains(m_text, Qt::CaseInsensitive) || r.creator.contains(m_text, Qt::CaseInsensitive);
}

bool ResourceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == b.typeId() && a.typeId() != QMetaType::QString) {
        const int order = QVariant::compare(a, b) == QPartialOrdering::Less ? -1
            : QVariant::compare(a, b) == QPartialOrdering::Greater            ? 1
                                                                             : 0;
        if (order != 0)
            return order < 0;
    } else if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = QString::localeAwareCompare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    }
    // Ties fall back to the name, then the id, so the order never flickers between refreshes.
    const QModelIndex leftName = left.siblingAtColumn(ResourceTableModel::Name);
    const QModelIndex rightName = right.siblingAtColumn(ResourceTableModel::Name);
    const int byName = QString::localeAwareCompare(leftName.data(sortRole()).toString(), rightName.data(sortRole()).toString());
    if (byName != 0)
        return byName < 0;
    return left.siblingAtColumn(ResourceTableModel::Id).data().toString()
        < right.siblingAtColumn(ResourceTableModel::Id).data().toString();
}

} // namespace suanli::gui
