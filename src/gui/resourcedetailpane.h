#pragma once

#include "core/resource.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace suanli::gui {

// Everything the platform said about one resource: its raw JSON as a copyable key/value tree,
// its web URL as a link, and its SSH access (the password masked until revealed). Platforms add
// pages of their own beside the fields (a job's pods and their events, say); they follow the
// resource shown through resourceChanged().
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
    QWidget *remoteBox() const { return m_remoteBox; }
    QLabel *passwordLabel() const { return m_password; }
    QToolButton *revealButton() const { return m_reveal; }
    bool isPasswordRevealed() const { return m_revealed; }
    void setPasswordRevealed(bool revealed);
    // The page's actions (copy command, copy password, open terminal) as buttons beside the
    // SSH details.
    void setRemoteActions(const QList<QAction *> &actions);

    void copySelected() const;
    void copyAllAsJson() const;

    // Adds a page beside the fields; the tabs show once there is more than one page.
    int addPage(QWidget *page, const QString &title);
    QTabWidget *pages() const { return m_pages; }

Q_SIGNALS:
    // Another resource is shown, or the one shown changed (a refresh); nullopt when none is.
    void resourceChanged(const std::optional<suanli::Resource> &resource);

private:
    static void addValue(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value);
    void rebuildTree();
    void updateRemote();

    std::optional<Resource> m_resource;
    QLabel *m_title;
    QLabel *m_link;
    QToolButton *m_openButton;
    QLabel *m_placeholder;
    QTreeWidget *m_tree;
    QTabWidget *m_pages;
    QWidget *m_remoteBox;
    QLabel *m_ssh;
    QLabel *m_password;
    QToolButton *m_reveal;
    QWidget *m_remoteButtons;
    bool m_revealed = false;
};

} // namespace suanli::gui
