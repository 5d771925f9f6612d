#include "gui/transferdock.h"

#include "gui/headerstatekeeper.h"
#include "gui/transfermodel.h"
#include "gui/transferprogressdelegate.h"
#include "transfer/transferqueue.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace suanli::gui {

using transfer::TransferState;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

TransferDock::TransferDock(transfer::TransferQueue *queue, AppSettings *settings, QWidget *parent)
    : QDockWidget(parent)
    , m_queue(queue)
    , m_model(new TransferModel(queue, this))
    , m_view(new QTableView(this))
    , m_limit(new QSpinBox(this))
{
    setObjectName(QStringLiteral("transfersDock"));
    setWindowTitle(tr("Transfers"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QToolBar(content);
    bar->setObjectName(QStringLiteral("transfersToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    QStyle *s = style();
    m_pauseAll = bar->addAction(s->standardIcon(QStyle::SP_MediaPause), tr("Pause all"), queue, &transfer::TransferQueue::pauseAll);
    m_pauseAll->setObjectName(QStringLiteral("actionPauseAllTransfers"));
    m_resumeAll = bar->addAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Resume all"), queue, &transfer::TransferQueue::resumeAll);
    m_resumeAll->setObjectName(QStringLiteral("actionResumeAllTransfers"));
    m_cancelAll = bar->addAction(s->standardIcon(QStyle::SP_MediaStop), tr("Cancel all"), queue, &transfer::TransferQueue::cancelAll);
    m_cancelAll->setObjectName(QStringLiteral("actionCancelAllTransfers"));
    m_clearFinished = bar->addAction(s->standardIcon(QStyle::SP_DialogResetButton), tr("Clear finished"), queue,
                                     &transfer::TransferQueue::clearFinished);
    m_clearFinished->setObjectName(QStringLiteral("actionClearFinishedTransfers"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto *limitLabel = new QLabel(tr("Bandwidth limit:"), bar);
    bar->addWidget(limitLabel);
    m_limit->setObjectName(QStringLiteral("transferLimit"));
    m_limit->setRange(0, 10000);
    m_limit->setSuffix(tr(" MB/s"));
    m_limit->setSpecialValueText(tr("None"));
    m_limit->setToolTip(tr("Upload speed over all transfers, in MiB per second; it applies at once."));
    m_limit->setValue(int(queue->settings().bandwidthLimit / kMiB));
    limitLabel->setBuddy(m_limit);
    bar->addWidget(m_limit);
    connect(m_limit, &QSpinBox::valueChanged, queue, [queue](int value) { queue->setBandwidthLimit(qint64(value) * kMiB); });
    layout->addWidget(bar);

    m_view->setObjectName(QStringLiteral("transfersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(TransferModel::Progress, new TransferProgressDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(TransferModel::Name, 220);
    header->resizeSection(TransferModel::Destination, 180);
    header->resizeSection(TransferModel::Progress, 130);
    header->resizeSection(TransferModel::State, 150);
    if (settings) {
        m_header = new HeaderStateKeeper(header, settings, QStringLiteral("transfers"), this);
        m_header->restore();
    }
    connect(m_view, &QTableView::customContextMenuRequested, this, &TransferDock::showMenu);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_pause = new QAction(s->standardIcon(QStyle::SP_MediaPause), tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("actionPauseTransfer"));
    connect(m_pause, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_queue->pause(id);
    });
    m_resume = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("actionResumeTransfer"));
    connect(m_resume, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_queue->resume(id);
    });
    m_cancel = new QAction(s->standardIcon(QStyle::SP_MediaStop), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancelTransfer"));
    m_cancel->setToolTip(tr("Stop for good; what was sent stays on the server unassembled"));
    connect(m_cancel, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_queue->cancel(id);
    });
    m_retry = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("actionRetryTransfer"));
    connect(m_retry, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_queue->retry(id);
    });
    m_remove = new QAction(s->standardIcon(QStyle::SP_TrashIcon), tr("Remove from the list"), this);
    m_remove->setObjectName(QStringLiteral("actionRemoveTransfer"));
    connect(m_remove, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_queue->remove(id);
    });
    m_showLocal = new QAction(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Show the local folder"), this);
    m_showLocal->setObjectName(QStringLiteral("actionShowLocalTransfer"));
    connect(m_showLocal, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.isEmpty())
            return;
        const auto record = m_queue->record(ids.constFirst());
        if (!record)
            return;
        const QFileInfo info(record->localPath);
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
    });
    m_copyRemote = new QAction(tr("Copy the remote path"), this);
    m_copyRemote->setObjectName(QStringLiteral("actionCopyRemoteTransfer"));
    connect(m_copyRemote, &QAction::triggered, this, [this] {
        QStringList paths;
        for (qint64 id : selectedIds()) {
            if (const auto record = m_queue->record(id))
                paths.append(record->remotePath());
        }
        QApplication::clipboard()->setText(paths.join(u'\n'));
    });
    for (QAction *action : itemActions())
        m_view->addAction(action);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransferDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransferDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TransferDock::updateActions);
    updateActions();
}

TransferDock::~TransferDock()
{
    if (m_header)
        m_header->flush();
}

QList<QAction *> TransferDock::itemActions() const
{
    return {m_pause, m_resume, m_cancel, m_retry, m_remove, m_showLocal, m_copyRemote};
}

QList<qint64> TransferDock::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void TransferDock::updateActions()
{
    bool canPause = false;
    bool canResume = false;
    bool canCancel = false;
    bool canRetry = false;
    bool canRemove = false;
    const QList<qint64> ids = selectedIds();
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const TransferState state = m_model->itemAt(row).record.state;
        canPause = canPause || state == TransferState::Queued || state == TransferState::Hashing || state == TransferState::Uploading;
        canResume = canResume || state == TransferState::Paused;
        canCancel = canCancel || !transfer::isFinished(state);
        canRetry = canRetry || state == TransferState::Failed || m_model->itemAt(row).filesFailed > 0;
        canRemove = canRemove || state != TransferState::Merging;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_cancel->setEnabled(canCancel);
    m_retry->setEnabled(canRetry);
    m_remove->setEnabled(canRemove);
    m_showLocal->setEnabled(ids.size() == 1);
    m_copyRemote->setEnabled(!ids.isEmpty());
    const bool any = m_model->rowCount() > 0;
    m_pauseAll->setEnabled(any);
    m_resumeAll->setEnabled(any);
    m_cancelAll->setEnabled(any);
    m_clearFinished->setEnabled(any);
}

void TransferDock::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    updateActions();
    QMenu menu(this);
    menu.addActions({m_pause, m_resume, m_cancel, m_retry});
    menu.addSeparator();
    menu.addActions({m_showLocal, m_copyRemote});
    menu.addSeparator();
    menu.addAction(m_remove);
    menu.addSeparator();
    menu.addActions({m_pauseAll, m_resumeAll, m_clearFinished});
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace suanli::gui
