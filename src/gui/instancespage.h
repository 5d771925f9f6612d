#pragma once

#include "core/provider.h"
#include "core/resource.h"

#include <QMap>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

namespace suanli {
class AppSettings;
}

namespace suanli::gui {

class HeaderStateKeeper;
class ResourceDetailPane;
class ResourceFilterProxy;
class ResourceTableModel;

// An account's resources: filter bar, action buttons built from the provider's actions and
// their availability, the table, and the detail pane under it.
class InstancesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesPage)

public:
    InstancesPage(Provider *provider, AppSettings *settings, QWidget *parent = nullptr);
    ~InstancesPage() override;

    ResourceTableModel *model() const { return m_model; }
    ResourceFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ResourceDetailPane *detailPane() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusCombo() const { return m_statusCombo; }
    QLabel *stopNote() const { return m_stopNote; }
    QAction *actionFor(Action action) const { return m_actions.value(action); }
    QAction *createAction() const { return m_create; }
    QAction *refreshAction() const { return m_refresh; }

    void setResources(const QList<Resource> &resources);
    bool hasLoaded() const { return m_loaded; }
    std::optional<Resource> currentResource() const;
    // Selects the row with this id (of this account); returns whether it was found.
    bool selectResource(const QString &id);
    void setCreateVisible(bool visible);
    void focusFilter();
    // Runs an action on the selected resource, with the confirmation or dialog it needs.
    void trigger(Action action);

Q_SIGNALS:
    void refreshRequested();
    void createRequested();
    // An action's request ended (well or not); the list should be re-read.
    void actionFinished(suanli::Action action, bool ok);

private:
    void buildToolbar();
    void updateActions();
    void updateDetail();
    void updateFilters();
    void rebuildKindCombo();
    void applyDefaultColumns();
    void showContextMenu(const QPoint &pos);

    Provider *m_provider;
    AppSettings *m_settings;
    ResourceTableModel *m_model;
    ResourceFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_statusCombo;
    QComboBox *m_kindCombo;
    QToolBar *m_toolbar;
    QToolButton *m_refreshButton = nullptr;
    QLabel *m_stopNote;
    QWidget *m_stopNoteBox = nullptr;
    QLabel *m_stopNoteIcon = nullptr;
    QLabel *m_emptyLabel;
    QSplitter *m_splitter;
    QTableView *m_view;
    ResourceDetailPane *m_detail;
    HeaderStateKeeper *m_headerState;
    QMap<Action, QAction *> m_actions;
    QAction *m_create = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_openUrl = nullptr;
    QSet<QString> m_busy; // ids with a request under way
    bool m_loaded = false;
    bool m_headerRestored = false;
};

} // namespace suanli::gui
