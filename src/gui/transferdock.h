#pragma once

#include <QDockWidget>

class QAction;
class QSpinBox;
class QTableView;
class QToolBar;

namespace suanli {
class AppSettings;
}

namespace suanli::transfer {
class TransferQueue;
}

namespace suanli::gui {

class HeaderStateKeeper;
class TransferModel;

// The Transfers dock: the upload queue with its progress, the actions on one item or on all,
// and the bandwidth limit, which applies at once.
class TransferDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDock)

public:
    // `settings` keeps the table's columns; it may be null.
    TransferDock(transfer::TransferQueue *queue, AppSettings *settings, QWidget *parent = nullptr);
    ~TransferDock() override;

    QTableView *view() const { return m_view; }
    TransferModel *model() const { return m_model; }
    QSpinBox *limitBox() const { return m_limit; }
    // The context menu's actions for the selected rows (enabled as they apply).
    QList<QAction *> itemActions() const;
    QAction *pauseAllAction() const { return m_pauseAll; }
    QAction *resumeAllAction() const { return m_resumeAll; }
    QAction *cancelAllAction() const { return m_cancelAll; }
    QAction *clearFinishedAction() const { return m_clearFinished; }

private:
    QList<qint64> selectedIds() const;
    void updateActions();
    void showMenu(const QPoint &pos);

    transfer::TransferQueue *m_queue;
    TransferModel *m_model;
    QTableView *m_view;
    QSpinBox *m_limit;
    HeaderStateKeeper *m_header = nullptr;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_remove;
    QAction *m_showLocal;
    QAction *m_copyRemote;
    QAction *m_pauseAll;
    QAction *m_resumeAll;
    QAction *m_cancelAll;
    QAction *m_clearFinished;
};

} // namespace suanli::gui
