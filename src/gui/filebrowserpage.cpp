#include "gui/filebrowserpage.h"

#include "gui/confirmationbox.h"
#include "gui/filebrowsermodel.h"
#include "gui/filebrowsersftpdialog.h"
#include "platforms/unis/unisfiles.h"
#include "transfer/transferqueue.h"
#include "transfer/unisremotefiles.h"

#include <QAction>
#include <QButtonGroup>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace suanli::gui {

FileBrowserPage::FileBrowserPage(unis::Client *client, const QString &accountId, transfer::TransferQueue *queue,
                                 QWidget *parent)
    : QWidget(parent)
    , m_accountId(accountId)
    , m_queue(queue)
    , m_remote(std::make_unique<transfer::UnisRemoteFiles>(client))
    , m_model(new FileBrowserModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_storage(new QButtonGroup(this))
    , m_pathBar(new QWidget(this))
    , m_pathLayout(new QHBoxLayout(m_pathBar))
    , m_status(new QLabel(this))
    , m_refreshSoon(new QTimer(this))
{
    setObjectName(QStringLiteral("fileBrowserPage"));
    QStyle *s = style();

    // The storage: two buttons, one checked.
    auto *privateButton = new QToolButton(this);
    privateButton->setObjectName(QStringLiteral("privateStorage"));
    privateButton->setText(tr("Private"));
    privateButton->setToolTip(tr("Your own files"));
    privateButton->setCheckable(true);
    privateButton->setChecked(true);
    auto *publicButton = new QToolButton(this);
    publicButton->setObjectName(QStringLiteral("publicStorage"));
    publicButton->setText(tr("Public"));
    publicButton->setToolTip(tr("The storage shared by everyone on the platform"));
    publicButton->setCheckable(true);
    m_storage->addButton(privateButton, 0);
    m_storage->addButton(publicButton, 1);
    m_storage->setExclusive(true);
    connect(m_storage, &QButtonGroup::idClicked, this, [this](int id) { setStorage(id == 1); });

    m_pathBar->setObjectName(QStringLiteral("pathBar"));
    m_pathLayout->setContentsMargins(0, 0, 0, 0);
    m_pathLayout->setSpacing(0);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("fileBrowserToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_up = bar->addAction(s->standardIcon(QStyle::SP_FileDialogToParent), tr("Up"), this, &FileBrowserPage::goUp);
    m_up->setObjectName(QStringLiteral("actionFolderUp"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_refresh = bar->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this, &FileBrowserPage::refresh);
    m_refresh->setObjectName(QStringLiteral("actionRefreshFiles"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    bar->addSeparator();
    m_newFolder = bar->addAction(s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("New folder…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New folder"), tr("Name of the new folder in %1:").arg(m_folder),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            createFolder(name);
    });
    m_newFolder->setObjectName(QStringLiteral("actionNewFolder"));
    m_uploadFiles = bar->addAction(s->standardIcon(QStyle::SP_ArrowUp), tr("Upload files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload files to %1").arg(m_folder));
        if (!files.isEmpty())
            upload(files);
    });
    m_uploadFiles->setObjectName(QStringLiteral("actionUploadFiles"));
    m_uploadFolder = bar->addAction(s->standardIcon(QStyle::SP_DirIcon), tr("Upload folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Upload a folder to %1").arg(m_folder));
        if (!folder.isEmpty())
            upload({folder});
    });
    m_uploadFolder->setObjectName(QStringLiteral("actionUploadFolder"));
    m_delete = bar->addAction(s->standardIcon(QStyle::SP_TrashIcon), tr("Delete…"), this, &FileBrowserPage::deleteSelected);
    m_delete->setObjectName(QStringLiteral("actionDeleteFiles"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addSeparator();
    m_sftp = bar->addAction(s->standardIcon(QStyle::SP_DriveNetIcon), tr("SFTP details…"), this, &FileBrowserPage::showSftp);
    m_sftp->setObjectName(QStringLiteral("actionSftpDetails"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(privateButton);
    top->addWidget(publicButton);
    top->addSpacing(12);
    top->addWidget(m_pathBar, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FileBrowserModel::SortRole);
    m_view->setObjectName(QStringLiteral("fileBrowserView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FileBrowserModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(FileBrowserModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(FileBrowserModel::Size, 110);
    m_view->horizontalHeader()->resizeSection(FileBrowserModel::Modified, 160);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->addAction(m_delete);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(FileBrowserModel::IsDirectoryRole).toBool())
            openFolder(index.data(FileBrowserModel::PathRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FileBrowserPage::updateActions);

    m_status->setObjectName(QStringLiteral("fileBrowserStatus"));
    m_status->setContentsMargins(6, 2, 6, 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // Uploads into the folder shown appear when they are done.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(400);
    connect(m_refreshSoon, &QTimer::timeout, this, &FileBrowserPage::refresh);
    connect(queue, &transfer::TransferQueue::itemChanged, this, [this](qint64 id) {
        const auto record = m_queue->record(id);
        if (record && record->accountId == m_accountId && record->isPublic == m_public && record->remoteDir == m_folder
            && (record->state == transfer::TransferState::Done || record->kind == transfer::TransferKind::Folder))
            m_refreshSoon->start();
    });
    connect(queue, &transfer::TransferQueue::queueFinished, this, [this] {
        if (isVisible())
            m_refreshSoon->start();
    });

    rebuildPathBar();
    updateActions();
    setStatus(tr("Drop files or folders here to upload them into the folder shown."));
}

FileBrowserPage::~FileBrowserPage() = default;

void FileBrowserPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void FileBrowserPage::setStorage(bool isPublic)
{
    m_public = isPublic;
    if (QAbstractButton *button = m_storage->button(isPublic ? 1 : 0))
        button->setChecked(true);
    m_model->clear();
    openFolder(QStringLiteral("/"));
}

void FileBrowserPage::openFolder(const QString &folder)
{
    m_folder = unis::Files::normalizedFolder(folder);
    rebuildPathBar();
    refresh();
}

void FileBrowserPage::goUp()
{
    if (m_folder == u"/")
        return;
    const QString parent = m_folder.section(QLatin1Char('/'), 0, -2);
    openFolder(parent.isEmpty() ? QStringLiteral("/") : parent);
}

void FileBrowserPage::refresh()
{
    m_loadedOnce = true;
    m_loading = true;
    updateActions();
    const quint64 generation = ++m_generation;
    const QString folder = m_folder;
    const bool isPublic = m_public;
    setStatus(tr("Reading %1…").arg(folder));
    m_remote->list(isPublic, folder, this, [this, generation, folder](const Result<QList<transfer::RemoteEntry>> &r) {
        if (generation != m_generation)
            return; // another folder was asked for meanwhile
        m_loading = false;
        if (!r) {
            setStatus(tr("%1 could not be read: %2").arg(folder, r.error().toDisplayString()), true);
            updateActions();
            Q_EMIT loaded();
            return;
        }
        m_model->setEntries(folder, r.value());
        int folders = 0;
        qint64 bytes = 0;
        for (const transfer::RemoteEntry &e : r.value()) {
            if (e.isDirectory)
                ++folders;
            else if (e.size > 0)
                bytes += e.size;
        }
        const int files = int(r.value().size()) - folders;
        if (r.value().isEmpty()) {
            setStatus(tr("%1 is empty. Drop files or folders here to upload them into it.").arg(folder));
        } else {
            QStringList parts;
            if (folders > 0)
                parts.append(tr("%n folder(s)", nullptr, folders));
            if (files > 0)
                parts.append(tr("%n file(s) of %1", nullptr, files)
                                 .arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)));
            setStatus(tr("%1. Drop files or folders here to upload them.").arg(parts.join(QStringLiteral(", "))));
        }
        updateActions();
        Q_EMIT loaded();
    });
}

void FileBrowserPage::upload(const QStringList &localPaths)
{
    if (localPaths.isEmpty())
        return;
    const QList<qint64> ids = m_queue->enqueue(m_accountId, m_public, localPaths, m_folder);
    if (!m_queue->isStarted())
        m_queue->start();
    const QString message = tr("%n item(s) queued for upload to %1.", nullptr, int(ids.size())).arg(m_folder);
    setStatus(message);
    Q_EMIT statusMessage(message);
}

void FileBrowserPage::createFolder(const QString &name)
{
    if (name.contains(u'/') || name.contains(u'\\') || name == u"." || name == u"..") {
        setStatus(tr("A folder name cannot contain / or \\."), true);
        return;
    }
    m_remote->createFolder(m_public, m_folder, name, this, [this, name](const Result<Done> &r) {
        if (!r) {
            setStatus(tr("The folder %1 could not be created: %2").arg(name, r.error().toDisplayString()), true);
            return;
        }
        Q_EMIT statusMessage(tr("Created the folder %1.").arg(name));
        refresh();
    });
}

QStringList FileBrowserPage::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        paths.append(index.data(FileBrowserModel::PathRole).toString());
    return paths;
}

void FileBrowserPage::deleteSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    QStringList names;
    for (const QString &path : paths)
        names.append(path.section(QLatin1Char('/'), -1));
    const QString where = m_public ? tr("the public storage") : tr("your private storage");
    if (!ConfirmationBox::ask(this, tr("Delete"),
                              tr("Delete %n item(s) from %1?", nullptr, int(paths.size())).arg(where),
                              tr("Folders are deleted with everything in them. This cannot be undone.\n\n%1")
                                  .arg(names.mid(0, 12).join(u'\n') + (names.size() > 12 ? QStringLiteral("\n…") : QString())),
                              tr("Delete")))
        return;
    m_remote->remove(m_public, paths, this, [this, paths](const Result<Done> &r) {
        if (!r) {
            // Sent once: what actually happened shows in the listing read next.
            setStatus(tr("Deleting failed: %1").arg(r.error().toDisplayString()), true);
            refresh();
            return;
        }
        Q_EMIT statusMessage(tr("Deleted %n item(s).", nullptr, int(paths.size())));
        refresh();
    });
}

void FileBrowserPage::showSftp()
{
    auto *dialog = new FileBrowserSftpDialog(m_remote->files(), m_public, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FileBrowserPage::rebuildPathBar()
{
    while (QLayoutItem *item = m_pathLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList parts = m_folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto addCrumb = [this](const QString &text, const QString &target, bool current) {
        auto *button = new QToolButton(m_pathBar);
        button->setText(text);
        button->setAutoRaise(true);
        button->setToolTip(target);
        button->setProperty("targetFolder", target);
        if (current) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
        connect(button, &QToolButton::clicked, this, [this, target] { openFolder(target); });
        m_pathLayout->addWidget(button);
    };
    addCrumb(m_public ? tr("Public storage") : tr("Private storage"), QStringLiteral("/"), parts.isEmpty());
    QString path;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        auto *separator = new QLabel(QStringLiteral("›"), m_pathBar);
        separator->setContentsMargins(2, 0, 2, 0);
        m_pathLayout->addWidget(separator);
        path += QLatin1Char('/') + parts.at(i);
        addCrumb(parts.at(i), path, i == parts.size() - 1);
    }
    m_pathLayout->addStretch(1);
}

void FileBrowserPage::updateActions()
{
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_up->setEnabled(m_folder != u"/");
    m_refresh->setEnabled(!m_loading);
    m_delete->setEnabled(selected);
}

void FileBrowserPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // A red that reads on light and dark palettes alike.
    m_status->setStyleSheet(error ? QStringLiteral("color: #d9534f;") : QString());
}

QStringList FileBrowserPage::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool FileBrowserPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!localPaths(drag->mimeData()).isEmpty()) {
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = localPaths(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->setDropAction(Qt::CopyAction);
                drop->accept();
                upload(paths);
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace suanli::gui
