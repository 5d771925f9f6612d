#pragma once

#include "core/provider.h"
#include "core/resource.h"

#include <QMap>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace suanli {
class AppSettings;
}

namespace suanli::gui {

class BatchResultDialog;
class HeaderStateKeeper;
class ResourceDetailPane;
class ResourceFilterProxy;
class ResourceTableModel;
class SecretClipboard;

// An account's resources: filter bar, action buttons built from the provider's actions and
// their availability over the selected rows, the table, and the detail pane under it. Several
// rows can be selected: an action then goes to all of them at once and the outcome is shown per
// resource.
class InstancesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesPage)

public:
    // How a platform's own dialog completed an action's request (an image to rebuild from, a
    // billing mode, a renewal period), asked before anything is sent.
    enum class Prepared { NotHandled, Cancelled, Ready };
    // Ready means the user also confirmed what it costs or destroys.
    using RequestPreparer = std::function<Prepared(Action action, const QList<Resource> &resources, ActionRequest &request)>;
    // Whether a page action added with addResourceAction() applies to the selected rows, and
    // if not, why (the tooltip).
    using ResourceActionCheck = std::function<Availability(const QList<Resource> &selected)>;

    InstancesPage(Provider *provider, AppSettings *settings, QWidget *parent = nullptr, SecretClipboard *clipboard = nullptr);
    ~InstancesPage() override;

    ResourceTableModel *model() const { return m_model; }
    ResourceFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ResourceDetailPane *detailPane() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusCombo() const { return m_statusCombo; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QLabel *stopNote() const { return m_stopNote; }
    QAction *actionFor(Action action) const { return m_actions.value(action); }
    // The first of the create actions, or nullptr.
    QAction *createAction() const { return m_createActions.value(0); }
    QList<QAction *> createActions() const { return m_createActions; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *copySshAction() const { return m_copySsh; }
    QAction *copyPasswordAction() const { return m_copyPassword; }
    QAction *openTerminalAction() const { return m_openTerminal; }
    // The result of the last action over several resources, while its dialog is open.
    BatchResultDialog *lastBatchResult() const;
    SecretClipboard *secretClipboard() const { return m_clipboard; }

    void setResources(const QList<Resource> &resources);
    bool hasLoaded() const { return m_loaded; }
    // Whether the user's own arrangement of the columns was restored (then defaults stay away).
    bool hasSavedColumns() const { return m_headerRestored; }
    // The current row of the selection (the first selected when the current one is not).
    std::optional<Resource> currentResource() const;
    QList<Resource> selectedResources() const;
    // Selects the row with this id (of this account); returns whether it was found.
    bool selectResource(const QString &id);
    // Selects all these rows; returns whether every one was found.
    bool selectResources(const QStringList &ids);
    // The platform's ways to create resources, shown first in the toolbar.
    void setCreateActions(const QList<QAction *> &actions);
    void setCreateVisible(bool visible);
    // The kinds the kind filter offers even before a row of that kind is listed (platforms with
    // Capability::ResourceKinds show the filter from the start).
    void setKnownKinds(const QList<ResourceKind> &kinds);
    // An action of the platform's own on the selected rows (open a web IDE, copy or download a
    // video; later logs and monitoring): in the toolbar after the provider's actions and in the
    // context menu, enabled by `check` whenever the selection or the rows change. The action's
    // triggered() is the caller's; it reads selectedResources().
    void addResourceAction(QAction *action, ResourceActionCheck check, bool inToolbar = true);
    // What an empty list says, for platforms whose resources are no instances.
    void setEmptyText(const QString &text);
    void setRequestPreparer(RequestPreparer preparer) { m_preparer = std::move(preparer); }
    // Opens the terminal the way TerminalLauncher would; replaceable for tests.
    void setTerminalOpener(std::function<QString(const RemoteAccess &)> opener) { m_openTerminalWith = std::move(opener); }
    void focusFilter();
    // Runs an action on the selected resources, with the confirmation or dialog it needs.
    void trigger(Action action);

    void copySshCommand();
    void copyPassword();
    void openTerminal();

Q_SIGNALS:
    void refreshRequested();
    // An action's request ended (well or not); the list should be re-read.
    void actionFinished(suanli::Action action, bool ok);
    // A short note for the status bar (translated).
    void statusMessage(const QString &text);

private:
    void buildToolbar();
    void buildRemoteActions();
    void updateActions();
    void updateDetail();
    void updateRunTimeTicker();
    void updateFilters();
    void rebuildKindCombo();
    void applyDefaultColumns();
    void applyDefaultOrder();
    void showContextMenu(const QPoint &pos);
    void updateEmptyLabel();
    bool confirm(Action action, const QList<Resource> &resources, const QList<Resource> &skipped);
    void runOne(const Resource &resource, const ActionRequest &request);
    void runBatch(const QList<Resource> &resources, const ActionRequest &request);
    static bool singleOnly(Action action);
    static QString shownName(const Resource &resource);

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
    SecretClipboard *m_clipboard;
    QTimer *m_countdownTimer;
    QTimer *m_runTimeTimer;
    QList<ResourceKind> m_knownKinds;
    QList<QPair<QAction *, ResourceActionCheck>> m_resourceActions;
    QAction *m_resourceActionsSeparator = nullptr;
    QMap<Action, QAction *> m_actions;
    QList<QAction *> m_createActions;
    QString m_emptyText;
    QAction *m_createSeparator = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_openUrl = nullptr;
    QAction *m_copySsh = nullptr;
    QAction *m_copyPassword = nullptr;
    QAction *m_openTerminal = nullptr;
    RequestPreparer m_preparer;
    std::function<QString(const RemoteAccess &)> m_openTerminalWith;
    QPointer<BatchResultDialog> m_lastResult;
    QSet<QString> m_busy; // ids with a request under way
    bool m_createVisible = true;
    bool m_loaded = false;
    bool m_headerRestored = false;
};

} // namespace suanli::gui
