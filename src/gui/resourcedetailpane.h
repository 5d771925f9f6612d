#pragma once

#include "core/resource.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace suanli::gui {

// Everything the platform said about one resource: its raw JSON as a copyable key/value tree,
// and its web URL as a link.
class ResourceDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDetailPane)

public:
    explicit ResourceDetailPane(QWidget *parent = nullptr);
    ~ResourceDetailPane() override;

    // An empty optional clears the pane.
    void setResource(const std::optional<Resource> &resource);
    std::optional<Resource> resource() const { return m_resource; }
    QTreeWidget *tree() const { return m_tree; }

    void copySelected() const;
    void copyAllAsJson() const;

private:
    static void addValue(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value);
    void rebuildTree();

    std::optional<Resource> m_resource;
    QLabel *m_title;
    QLabel *m_link;
    QToolButton *m_openButton;
    QLabel *m_placeholder;
    QTreeWidget *m_tree;
};

} // namespace suanli::gui
