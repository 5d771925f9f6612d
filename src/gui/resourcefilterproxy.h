#pragma once

#include "core/resource.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace suanli::gui {

// Sorting by raw values and filtering by text (name, id, GPU, address, creator), status and kind, over a
// ResourceTableModel.
class ResourceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFilterProxy)

public:
    // What the status filter can ask for besides one exact status.
    enum class StatusGroup { All, Live };

    explicit ResourceFilterProxy(QObject *parent = nullptr);
    ~ResourceFilterProxy() override;

    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);

    // An exact status, or nullopt together with a group.
    void setStatusFilter(std::optional<ResourceStatus> status, StatusGroup group = StatusGroup::All);
    std::optional<ResourceStatus> statusFilter() const { return m_status; }

    void setKindFilter(std::optional<ResourceKind> kind);
    std::optional<ResourceKind> kindFilter() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<ResourceStatus> m_status;
    StatusGroup m_group = StatusGroup::All;
    std::optional<ResourceKind> m_kind;
};

} // namespace suanli::gui
