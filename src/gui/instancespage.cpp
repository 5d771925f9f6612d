#include "instancespage.h"

#include "batchresultdialog.h"
#include "expirydelegate.h"
#include "headerstatekeeper.h"
#include "resourcedetailpane.h"
#include "resourcefilterproxy.h"
#include "resourcetablemodel.h"
#include "scheduleshutdowndialog.h"
#include "secretclipboard.h"
#include "statusdelegate.h"
#include "terminallauncher.h"

#include "core/accountsession.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

// "Destroy…" -> "Destroy": the verb for a confirmation button.
QString verbOf(const QString &label)
{
    QString verb = label;
    if (verb.endsWith(QChar(0x2026)))
        verb.chop(1);
    verb.remove(QLatin1Char('&'));
    return verb.trimmed();
}

QStyle::StandardPixmap iconFor(Action action)
{
    switch (action) {
    case Action::Start: return QStyle::SP_MediaPlay;
    case Action::Stop: return QStyle::SP_MediaStop;
    case Action::Restart: return QStyle::SP_BrowserReload;
    case Action::Destroy: return QStyle::SP_TrashIcon;
    case Action::ScheduleShutdown: return QStyle::SP_MediaPause;
    case Action::CancelScheduledShutdown: return QStyle::SP_DialogCancelButton;
    case Action::StopCardless: return QStyle::SP_MediaStop;
    case Action::Rebuild: return QStyle::SP_DriveHDIcon;
    case Action::ChangeBilling:
    case Action::Renew: return QStyle::SP_FileDialogDetailedView;
    case Action::Snapshot: return QStyle::SP_DialogSaveButton;
    case Action::Resume: return QStyle::SP_MediaSeekForward;
    case Action::Clone: return QStyle::SP_FileDialogNewFolder;
    case Action::RegisterModel: return QStyle::SP_DialogApplyButton;
    }
    return QStyle::SP_CustomBase;
}

// The main actions by keyboard. Only the page of the account shown is visible, so the same keys
// in other accounts' pages never compete.
QKeySequence shortcutFor(Action action)
{
    switch (action) {
    case Action::Start: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case Action::Stop: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    case Action::Restart: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    case Action::Destroy: return QKeySequence(Qt::SHIFT | Qt::Key_Delete);
    default: return {};
    }
}

QString withShortcut(const QString &tip, const QAction *action)
{
    if (action->shortcut().isEmpty())
        return tip;
    const int newline = tip.indexOf(QLatin1Char('\n'));
    const QString keys = QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
    if (newline < 0)
        return tip + keys;
    return tip.left(newline) + keys + tip.mid(newline);
}

// More than this many buttons do not fit beside the filters: the toolbar gets a row of its own.
constexpr int kButtonsBesideFilters = 7;
// How often the expiry countdowns move on.
constexpr int kCountdownTickMs = 30000;
// How often a running job's run time moves on.
constexpr int kRunTimeTickMs = 1000;

} // namespace

InstancesPage::InstancesPage(Provider *provider, AppSettings *settings, QWidget *parent, SecretClipboard *clipboard)
    : QWidget(parent)
    , m_provider(provider)
    , m_settings(settings)
    , m_model(new ResourceTableModel(this))
    , m_proxy(new ResourceFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_toolbar(new QToolBar(this))
    , m_stopNote(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(m_splitter))
    , m_detail(new ResourceDetailPane(m_splitter))
    , m_headerState(nullptr)
    , m_clipboard(clipboard ? clipboard : new SecretClipboard(QGuiApplication::clipboard(), this))
    , m_countdownTimer(new QTimer(this))
    , m_runTimeTimer(new QTimer(this))
    , m_openTerminalWith(&TerminalLauncher::open)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_statusCombo);
    bar->addWidget(m_kindCombo);
    m_refreshButton = new QToolButton(this);
    bar->addWidget(m_refreshButton);
    layout->addLayout(bar);
    // Platforms with many actions get the toolbar on a row of its own (see buildToolbar()).
    if (m_provider->actions().size() + 2 > kButtonsBesideFilters) {
        bar->addStretch(3);
        layout->addWidget(m_toolbar);
    } else {
        bar->addSpacing(8);
        bar->addWidget(m_toolbar, 5);
    }
    m_stopNoteBox = new QWidget(this);
    auto *noteLayout = new QHBoxLayout(m_stopNoteBox);
    noteLayout->setContentsMargins(2, 0, 2, 0);
    m_stopNoteIcon = new QLabel(m_stopNoteBox);
    m_stopNote->setParent(m_stopNoteBox);
    noteLayout->addWidget(m_stopNoteIcon, 0, Qt::AlignTop);
    noteLayout->addWidget(m_stopNote, 1);
    layout->addWidget(m_stopNoteBox);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_splitter, 1);

    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("resourceFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, ID or GPU… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(200);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ResourceFilterProxy::setTextFilter);
    // Ctrl+F itself belongs to the main window's View menu, which calls focusFilter().

    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->addItem(tr("All statuses"), QStringLiteral("all"));
    m_statusCombo->addItem(tr("Not destroyed"), QStringLiteral("live"));
    for (ResourceStatus s : ResourceNames::allStatuses())
        m_statusCombo->addItem(ResourceNames::statusLabel(s), ResourceNames::statusKey(s));
    m_statusCombo->setToolTip(tr("Show only resources in this state"));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &InstancesPage::updateFilters);

    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_kindCombo->setToolTip(tr("Show only resources of this kind"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    // Shown once the rows are of more than one kind, or from the start where the platform's
    // resources are of several kinds.
    m_kindCombo->setVisible(m_provider->capabilities().testFlag(Provider::Capability::ResourceKinds));
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &InstancesPage::updateFilters);

    buildToolbar();
    buildRemoteActions();

    const QString note = m_provider->missingActionNote(Action::Stop);
    m_stopNote->setObjectName(QStringLiteral("stopNote"));
    m_stopNote->setWordWrap(true);
    m_stopNote->setText(note);
    m_stopNote->setToolTip(note);
    m_stopNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_stopNoteIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(small, small));
    m_stopNoteBox->setVisible(!note.isEmpty());

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    m_view->setObjectName(QStringLiteral("resourceTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ResourceTableModel::Status, new StatusDelegate(m_view));
    m_view->setItemDelegateForColumn(ResourceTableModel::Expires, new ExpiryDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &InstancesPage::showContextMenu);

    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(ResourceTableModel::Name, fm.horizontalAdvance(QLatin1Char('M')) * 18);
    m_view->setColumnWidth(ResourceTableModel::Kind, fm.horizontalAdvance(QLatin1Char('M')) * 8);
    m_view->setColumnWidth(ResourceTableModel::Status, fm.horizontalAdvance(QLatin1Char('M')) * 13);
    m_view->setColumnWidth(ResourceTableModel::Gpu, fm.horizontalAdvance(QLatin1Char('M')) * 12);
    m_view->setColumnWidth(ResourceTableModel::PricePerHour, fm.horizontalAdvance(QLatin1Char('M')) * 6);
    m_view->setColumnWidth(ResourceTableModel::Created, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    // Bold when it expires soon: measured bold, with the longest countdown.
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->setColumnWidth(ResourceTableModel::Expires,
                           QFontMetrics(bold).horizontalAdvance(QStringLiteral("0000-00-00 00:00 (in 00 h 00 min)")) + 24);
    m_view->setColumnWidth(ResourceTableModel::Cpu, fm.horizontalAdvance(QLatin1Char('M')) * 4);
    m_view->setColumnWidth(ResourceTableModel::Memory, fm.horizontalAdvance(QLatin1Char('M')) * 6);
    m_view->setColumnWidth(ResourceTableModel::Disk, fm.horizontalAdvance(QLatin1Char('M')) * 6);
    m_view->setColumnWidth(ResourceTableModel::Billing, fm.horizontalAdvance(QLatin1Char('M')) * 6);
    m_view->setColumnWidth(ResourceTableModel::Region, fm.horizontalAdvance(QLatin1Char('M')) * 5);
    m_view->setColumnWidth(ResourceTableModel::Remote, fm.horizontalAdvance(QStringLiteral("000.000.000.000:00000")) + 16);
    m_view->setColumnWidth(ResourceTableModel::Creator, fm.horizontalAdvance(QLatin1Char('M')) * 7);
    m_view->setColumnWidth(ResourceTableModel::RunTime, fm.horizontalAdvance(QStringLiteral("00 d 00:00:00")) + 16);
    m_view->sortByColumn(ResourceTableModel::Created, Qt::DescendingOrder);
    applyDefaultOrder();

    const QString platform = m_provider->session()->account().platform;
    m_headerState = new HeaderStateKeeper(m_view->horizontalHeader(), m_settings, platform + QStringLiteral(".resources"), this);
    m_headerRestored = m_headerState->restore();

    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({5, 4}); // scaled to the height the splitter gets
    m_splitter->setChildrenCollapsible(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    // A refresh changes statuses under the selection: availability and details follow. A run
    // time ticking on changes neither.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        if (topLeft.column() == ResourceTableModel::RunTime && bottomRight.column() == ResourceTableModel::RunTime)
            return;
        updateActions();
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateActions();
        updateDetail();
    });
    m_countdownTimer->setInterval(kCountdownTickMs);
    connect(m_countdownTimer, &QTimer::timeout, m_model, &ResourceTableModel::refreshCountdowns);
    m_countdownTimer->start();
    // Runs only while some row's run time moves, so a table of finished jobs costs nothing.
    m_runTimeTimer->setInterval(kRunTimeTickMs);
    connect(m_runTimeTimer, &QTimer::timeout, this, [this] {
        if (!m_model->refreshRunTimes())
            m_runTimeTimer->stop();
    });
    updateActions();
}

InstancesPage::~InstancesPage()
{
    m_headerState->flush();
}

void InstancesPage::buildToolbar()
{
    m_toolbar->setObjectName(QStringLiteral("resourceToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    m_createSeparator = m_toolbar->addSeparator();
    m_createSeparator->setVisible(false);

    for (Action action : m_provider->actions()) {
        const ActionInfo info = m_provider->actionInfo(action);
        auto *a = new QAction(style()->standardIcon(iconFor(action)), info.label, this);
        a->setObjectName(QStringLiteral("action-") + info.cliName);
        a->setShortcut(shortcutFor(action));
        connect(a, &QAction::triggered, this, [this, action] { trigger(action); });
        m_toolbar->addAction(a);
        m_actions.insert(action, a);
    }
    // Refresh sits with the filters, where the toolbar's overflow menu cannot hide it.
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("action-refresh"));
    m_refresh->setToolTip(tr("Re-read the list now (F5)"));
    connect(m_refresh, &QAction::triggered, this, &InstancesPage::refreshRequested);
    m_refreshButton->setDefaultAction(m_refresh);
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_refreshButton->setAutoRaise(true);

    m_copyId = new QAction(tr("Copy ID"), this);
    connect(m_copyId, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const Resource &r : selectedResources())
            ids.append(r.id);
        if (!ids.isEmpty())
            QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    });
    m_openUrl = new QAction(tr("Open in browser"), this);
    connect(m_openUrl, &QAction::triggered, this, [this] {
        if (const auto r = currentResource(); r && !r->webUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(r->webUrl));
    });
}

void InstancesPage::buildRemoteActions()
{
    if (!m_provider->capabilities().testFlag(Provider::Capability::RemoteAccess))
        return;
    m_copySsh = new QAction(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Copy SSH command"), this);
    m_copySsh->setObjectName(QStringLiteral("action-copy-ssh"));
    m_copySsh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copySsh, &QAction::triggered, this, &InstancesPage::copySshCommand);
    m_copyPassword = new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Copy password"), this);
    m_copyPassword->setObjectName(QStringLiteral("action-copy-password"));
    m_copyPassword->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_copyPassword, &QAction::triggered, this, &InstancesPage::copyPassword);
    m_openTerminal = new QAction(style()->standardIcon(QStyle::SP_DesktopIcon), tr("Open terminal"), this);
    m_openTerminal->setObjectName(QStringLiteral("action-open-terminal"));
    m_openTerminal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_openTerminal, &QAction::triggered, this, &InstancesPage::openTerminal);
    // On the page itself too, so that the keys work wherever the focus is in it.
    addActions({m_copySsh, m_copyPassword, m_openTerminal});
    m_detail->setRemoteActions({m_copySsh, m_copyPassword, m_openTerminal});
}

void InstancesPage::setCreateActions(const QList<QAction *> &actions)
{
    for (QAction *a : std::as_const(m_createActions))
        m_toolbar->removeAction(a);
    m_createActions = actions;
    m_toolbar->insertActions(m_createSeparator, actions);
    setCreateVisible(m_createVisible);
}

void InstancesPage::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyLabel();
}

BatchResultDialog *InstancesPage::lastBatchResult() const
{
    return m_lastResult.data();
}

void InstancesPage::setCreateVisible(bool visible)
{
    m_createVisible = visible;
    for (QAction *a : std::as_const(m_createActions))
        a->setVisible(visible);
    m_createSeparator->setVisible(visible && !m_createActions.isEmpty());
    updateEmptyLabel();
}

void InstancesPage::updateEmptyLabel()
{
    const bool empty = m_loaded && m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    if (!empty)
        return;
    QAction *create = createAction();
    if (!m_emptyText.isEmpty()) {
        m_emptyLabel->setText(m_emptyText);
    } else if (create && m_createVisible) {
        QString verb = create->text();
        verb.remove(QLatin1Char('&'));
        m_emptyLabel->setText(tr("No instances yet. Create one with “%1”.").arg(verb));
    } else {
        m_emptyLabel->setText(tr("Nothing here yet."));
    }
}

void InstancesPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void InstancesPage::setResources(const QList<Resource> &resources)
{
    m_model->setResources(resources);
    const bool firstLoad = !m_loaded;
    m_loaded = true;
    rebuildKindCombo();
    updateRunTimeTicker();
    if (firstLoad && !m_headerRestored && !resources.isEmpty())
        applyDefaultColumns();
    // Something in the detail pane from the start, rather than an empty half of the page.
    if (firstLoad && !m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateEmptyLabel();
    updateActions();
    updateDetail();
}

void InstancesPage::applyDefaultColumns()
{
    // Columns this platform never fills would only take room; the user can bring them back
    // from the header's menu.
    QHeaderView *header = m_view->horizontalHeader();
    bool anyExpires = false;
    bool anyRegion = false;
    bool anyPrice = false;
    bool anyCpu = false;
    bool anyMemory = false;
    bool anyDisk = false;
    bool anyBilling = false;
    bool anyRemote = false;
    bool anyCreator = false;
    bool anyRunTime = false;
    bool anyGpu = false;
    QSet<int> kinds;
    for (const Resource &r : m_model->resources()) {
        anyExpires = anyExpires || r.expiresAt.isValid();
        anyRegion = anyRegion || !r.region.isEmpty();
        anyPrice = anyPrice || r.pricePerHour.has_value();
        anyCpu = anyCpu || r.cpuCores > 0;
        anyMemory = anyMemory || r.memoryGb > 0;
        anyDisk = anyDisk || r.diskGb > 0;
        anyBilling = anyBilling || !r.billing.isEmpty();
        anyRemote = anyRemote || !r.remote.host.isEmpty();
        anyCreator = anyCreator || !r.creator.isEmpty();
        anyRunTime = anyRunTime || r.startedAt.isValid();
        anyGpu = anyGpu || r.gpuCount > 0 || !r.gpuModel.isEmpty();
        kinds.insert(int(r.kind));
    }
    header->setSectionHidden(ResourceTableModel::Expires, !anyExpires);
    header->setSectionHidden(ResourceTableModel::Region, !anyRegion);
    header->setSectionHidden(ResourceTableModel::Kind,
                             kinds.size() <= 1 && !m_provider->capabilities().testFlag(Provider::Capability::ResourceKinds));
    header->setSectionHidden(ResourceTableModel::PricePerHour, !anyPrice);
    header->setSectionHidden(ResourceTableModel::Cpu, !anyCpu);
    header->setSectionHidden(ResourceTableModel::Memory, !anyMemory);
    header->setSectionHidden(ResourceTableModel::Disk, !anyDisk);
    header->setSectionHidden(ResourceTableModel::Billing, !anyBilling);
    header->setSectionHidden(ResourceTableModel::Remote, !anyRemote);
    header->setSectionHidden(ResourceTableModel::Creator, !anyCreator);
    header->setSectionHidden(ResourceTableModel::RunTime, !anyRunTime);
    header->setSectionHidden(ResourceTableModel::Gpu, !anyGpu); // video tasks, say
    // A wide table drops the ID first: it stays in the name's tooltip and the detail pane.
    int shown = 0;
    for (int column = 0; column < ResourceTableModel::ColumnCount; ++column)
        shown += header->isSectionHidden(column) ? 0 : 1;
    header->setSectionHidden(ResourceTableModel::Id, shown > 10);
}

void InstancesPage::applyDefaultOrder()
{
    // Logical column numbers stay as saved states know them; only the shown order changes.
    QHeaderView *header = m_view->horizontalHeader();
    const QList<int> order = ResourceTableModel::defaultVisualOrder();
    for (int visual = 0; visual < order.size(); ++visual) {
        const int from = header->visualIndex(order.at(visual));
        if (from >= 0 && from != visual)
            header->moveSection(from, visual);
    }
}

void InstancesPage::updateRunTimeTicker()
{
    if (m_model->hasTickingRunTime()) {
        if (!m_runTimeTimer->isActive())
            m_runTimeTimer->start();
    } else {
        m_runTimeTimer->stop();
    }
}

void InstancesPage::setKnownKinds(const QList<ResourceKind> &kinds)
{
    m_knownKinds = kinds;
    rebuildKindCombo();
}

void InstancesPage::addResourceAction(QAction *action, ResourceActionCheck check, bool inToolbar)
{
    m_resourceActions.append({action, std::move(check)});
    if (inToolbar) {
        // After the provider's actions; without any, the create actions' separator serves.
        if (!m_resourceActionsSeparator && !m_actions.isEmpty())
            m_resourceActionsSeparator = m_toolbar->addSeparator();
        m_toolbar->addAction(action);
    }
    addAction(action); // its shortcut works wherever the focus is in the page
    updateActions();
}

void InstancesPage::rebuildKindCombo()
{
    QSet<int> kinds;
    for (const Resource &r : m_model->resources())
        kinds.insert(int(r.kind));
    for (ResourceKind k : std::as_const(m_knownKinds))
        kinds.insert(int(k));
    QList<int> sorted(kinds.begin(), kinds.end());
    std::sort(sorted.begin(), sorted.end());
    const QString current = m_kindCombo->currentData().toString();
    QStringList keys;
    for (int k : std::as_const(sorted))
        keys.append(ResourceNames::kindKey(ResourceKind(k)));
    QStringList existing;
    for (int i = 1; i < m_kindCombo->count(); ++i)
        existing.append(m_kindCombo->itemData(i).toString());
    if (existing != keys) {
        const QSignalBlocker block(m_kindCombo);
        while (m_kindCombo->count() > 1)
            m_kindCombo->removeItem(1);
        for (int k : std::as_const(sorted))
            m_kindCombo->addItem(ResourceNames::kindLabel(ResourceKind(k)), ResourceNames::kindKey(ResourceKind(k)));
        const int keep = m_kindCombo->findData(current);
        m_kindCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_kindCombo->setVisible(sorted.size() > 1 || m_provider->capabilities().testFlag(Provider::Capability::ResourceKinds));
    updateFilters();
}

void InstancesPage::updateFilters()
{
    const QString status = m_statusCombo->currentData().toString();
    if (status == u"all")
        m_proxy->setStatusFilter(std::nullopt, ResourceFilterProxy::StatusGroup::All);
    else if (status == u"live")
        m_proxy->setStatusFilter(std::nullopt, ResourceFilterProxy::StatusGroup::Live);
    else
        m_proxy->setStatusFilter(ResourceNames::statusFromKey(status));
    m_proxy->setKindFilter(ResourceNames::kindFromKey(m_kindCombo->currentData().toString()));
}

std::optional<Resource> InstancesPage::currentResource() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    QModelIndex row = selection->currentIndex();
    if (!row.isValid() || !selection->isRowSelected(row.row(), row.parent())) {
        const QModelIndexList rows = selection->selectedRows();
        if (rows.isEmpty())
            return std::nullopt;
        row = rows.first();
    }
    const QModelIndex source = m_proxy->mapToSource(row);
    if (!source.isValid())
        return std::nullopt;
    return m_model->resourceAt(source.row());
}

QList<Resource> InstancesPage::selectedResources() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // In the order shown, not the order clicked.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Resource> out;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (source.isValid())
            out.append(m_model->resourceAt(source.row()));
    }
    return out;
}

bool InstancesPage::selectResource(const QString &id)
{
    const int row = m_model->rowOf(m_provider->session()->account().id, id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters so that the row can be shown.
        m_filter->clear();
        m_statusCombo->setCurrentIndex(0);
        m_kindCombo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool InstancesPage::selectResources(const QStringList &ids)
{
    if (ids.isEmpty())
        return false;
    bool all = selectResource(ids.first());
    const QString accountId = m_provider->session()->account().id;
    for (qsizetype i = 1; i < ids.size(); ++i) {
        const int row = m_model->rowOf(accountId, ids.at(i));
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) {
            all = false;
            continue;
        }
        m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return all;
}

void InstancesPage::updateActions()
{
    const QList<Resource> selected = selectedResources();
    bool busy = false;
    for (const Resource &r : selected)
        busy = busy || m_busy.contains(r.id);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction *a = it.value();
        const Action action = it.key();
        const ActionInfo info = m_provider->actionInfo(action);
        if (selected.isEmpty()) {
            a->setEnabled(false);
            a->setToolTip(withShortcut(tr("%1 — select a row first").arg(verbOf(info.label)), a));
            continue;
        }
        if (busy) {
            a->setEnabled(false);
            a->setToolTip(selected.size() == 1 ? tr("A request for this instance is under way.")
                                               : tr("A request for one of the selected instances is under way."));
            continue;
        }
        if (singleOnly(action) && selected.size() > 1) {
            a->setEnabled(false);
            a->setToolTip(tr("%1 works on one instance at a time; select only one.").arg(verbOf(info.label)));
            continue;
        }
        int available = 0;
        QString firstReason;
        for (const Resource &r : selected) {
            const Availability av = m_provider->availability(r, action);
            if (av.available)
                ++available;
            else if (firstReason.isEmpty())
                firstReason = av.reason;
        }
        a->setEnabled(available > 0);
        QString tip;
        if (available == 0) {
            tip = selected.size() == 1 ? firstReason : tr("None of the selected instances allows this: %1").arg(firstReason);
        } else {
            tip = verbOf(info.label);
            if (!info.warning.isEmpty())
                tip += QLatin1Char('\n') + info.warning;
            if (available < selected.size())
                tip += QLatin1Char('\n')
                    + tr("Applies to %1 of the %2 selected instances; the others are reported as skipped: %3")
                          .arg(available)
                          .arg(selected.size())
                          .arg(firstReason);
        }
        a->setToolTip(withShortcut(tip, a));
    }
    for (const auto &[action, check] : std::as_const(m_resourceActions)) {
        const Availability av = check(selected);
        action->setEnabled(av.available);
        action->setToolTip(withShortcut(av.available ? verbOf(action->text()) : av.reason, action));
    }
    const std::optional<Resource> r = selected.size() == 1 ? std::optional<Resource>(selected.first()) : std::nullopt;
    m_copyId->setEnabled(!selected.isEmpty());
    m_openUrl->setEnabled(r && !r->webUrl.isEmpty());
    if (m_copySsh) {
        const bool remote = r && r->remote.isValid();
        const QString why = selected.size() > 1 ? tr("Select one instance.")
            : remote                            ? QString()
                                                : tr("The platform gave no SSH address for this instance (yet).");
        m_copySsh->setEnabled(remote);
        m_copySsh->setToolTip(withShortcut(remote ? tr("Copy “%1”").arg(TerminalLauncher::sshCommand(r->remote)) : why, m_copySsh));
        m_openTerminal->setEnabled(remote);
        m_openTerminal->setToolTip(withShortcut(remote ? tr("Open a terminal running the SSH command") : why, m_openTerminal));
        const bool password = remote && !r->remote.password.isEmpty();
        m_copyPassword->setEnabled(password);
        m_copyPassword->setToolTip(withShortcut(password ? tr("Copy the login password; the clipboard is cleared after %n second(s)",
                                                              nullptr, m_clipboard->clearAfterMs() / 1000)
                                                         : (remote ? tr("The platform gave no password for this instance.") : why),
                                                m_copyPassword));
    }
}

void InstancesPage::updateDetail()
{
    m_detail->setResource(currentResource());
}

void InstancesPage::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QAction *a : std::as_const(m_actions))
        menu.addAction(a);
    menu.addSeparator();
    if (!m_resourceActions.isEmpty()) {
        for (const auto &entry : std::as_const(m_resourceActions))
            menu.addAction(entry.first);
        menu.addSeparator();
    }
    if (m_copySsh) {
        menu.addAction(m_copySsh);
        menu.addAction(m_copyPassword);
        menu.addAction(m_openTerminal);
        menu.addSeparator();
    }
    menu.addAction(m_copyId);
    menu.addAction(m_openUrl);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool InstancesPage::singleOnly(Action action)
{
    // An image is saved from one instance at a time (see Action::Snapshot).
    return action == Action::Snapshot;
}

QString InstancesPage::shownName(const Resource &resource)
{
    return resource.name.isEmpty() ? resource.id : resource.name;
}

void InstancesPage::trigger(Action action)
{
    const QList<Resource> selected = selectedResources();
    if (selected.isEmpty())
        return;
    const ActionInfo info = m_provider->actionInfo(action);
    const QString verb = verbOf(info.label);
    if (singleOnly(action) && selected.size() > 1) {
        QMessageBox::information(this, verb, tr("%1 works on one instance at a time; select only one.").arg(verb));
        return;
    }
    QList<Resource> available;
    QList<Resource> skipped;
    QString firstReason;
    for (const Resource &r : selected) {
        const Availability av = m_provider->availability(r, action);
        if (av.available) {
            available.append(r);
        } else {
            skipped.append(r);
            if (firstReason.isEmpty())
                firstReason = av.reason;
        }
    }
    if (available.isEmpty()) {
        QMessageBox::information(this, verb, firstReason);
        return;
    }

    ActionRequest request;
    request.action = action;
    const Prepared prepared = m_preparer ? m_preparer(action, available, request) : Prepared::NotHandled;
    if (prepared == Prepared::Cancelled)
        return;
    if (prepared == Prepared::NotHandled) {
        if (action == Action::ScheduleShutdown) {
            QStringList ids;
            for (const Resource &r : std::as_const(available))
                ids.append(r.id);
            ScheduleShutdownDialog dialog(available.size() == 1 ? shownName(available.first())
                                                                : tr("%n instance(s)", nullptr, int(available.size())),
                                          ids.join(QStringLiteral(", ")), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            request.when = dialog.when();
        } else if (action == Action::Snapshot) {
            bool ok = false;
            const QString suggested = shownName(available.first()).simplified().replace(QLatin1Char(' '), QLatin1Char('-'))
                + QLatin1Char('-') + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
            const QString name = QInputDialog::getText(this, verb, tr("Name of the new image:"), QLineEdit::Normal, suggested, &ok)
                                     .trimmed();
            if (!ok || name.isEmpty())
                return;
            request.name = name;
        }
        if (info.needsConfirmation && !confirm(action, available, skipped))
            return;
        if (action == Action::Destroy)
            request.reason = tr("Destroyed from Suanli Console");
    }

    if (selected.size() == 1)
        runOne(selected.first(), request);
    else
        runBatch(selected, request); // the skipped ones are reported as such, without being sent
}

bool InstancesPage::confirm(Action action, const QList<Resource> &resources, const QList<Resource> &skipped)
{
    const ActionInfo info = m_provider->actionInfo(action);
    const QString verb = verbOf(info.label);
    QString question;
    QString details;
    if (resources.size() == 1) {
        const Resource &r = resources.first();
        question = action == Action::Destroy ? tr("Destroy the instance “%1”?").arg(shownName(r)) : tr("%1 “%2”?").arg(verb, shownName(r));
        details = tr("ID: %1").arg(r.id);
    } else {
        question = action == Action::Destroy ? tr("Destroy %n instance(s)?", nullptr, int(resources.size()))
                                             : tr("%1: %n instance(s)?", nullptr, int(resources.size())).arg(verb);
        QStringList lines;
        for (const Resource &r : resources)
            lines.append(QStringLiteral("• ") + shownName(r) + QStringLiteral(" (") + r.id + QLatin1Char(')'));
        details = lines.join(QLatin1Char('\n'));
    }
    if (!skipped.isEmpty())
        details += QStringLiteral("\n\n") + tr("%n selected instance(s) cannot take this action and will be reported as skipped.", nullptr,
                                                 int(skipped.size()));
    QMessageBox box(QMessageBox::Warning, verb, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmAction"));
    box.setInformativeText(details + QStringLiteral("\n\n") + info.warning);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *go = box.addButton(verb, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

void InstancesPage::runOne(const Resource &resource, const ActionRequest &request)
{
    const Action action = request.action;
    const ActionInfo info = m_provider->actionInfo(action);
    const QString name = shownName(resource);
    m_busy.insert(resource.id);
    updateActions();
    m_provider->perform(resource, request, this, [this, action, resource, name, info](const Result<Done> &r) {
        m_busy.remove(resource.id);
        updateActions();
        Q_EMIT actionFinished(action, r.ok());
        Q_EMIT refreshRequested();
        if (r.ok()) {
            Q_EMIT statusMessage(tr("%1: accepted for “%2”.").arg(verbOf(info.label), name));
            return;
        }
        QMessageBox box(QMessageBox::Warning, verbOf(info.label), tr("%1 failed for “%2”.").arg(verbOf(info.label), name),
                        QMessageBox::Ok, this);
        QString detail = r.error().toDisplayString();
        if (r.error().ambiguous)
            detail += QStringLiteral("\n\n") + tr("No clear answer came back, so the request may have been carried out. "
                                                 "The list is being re-read to show what happened.");
        box.setInformativeText(detail);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    });
}

void InstancesPage::runBatch(const QList<Resource> &resources, const ActionRequest &request)
{
    const Action action = request.action;
    const ActionInfo info = m_provider->actionInfo(action);
    for (const Resource &r : resources)
        m_busy.insert(r.id);
    updateActions();
    m_provider->performBatch(resources, request, this, [this, action, resources, info](const Result<BatchOutcome> &r) {
        for (const Resource &res : resources)
            m_busy.remove(res.id);
        updateActions();
        BatchOutcome outcome;
        if (r.ok()) {
            outcome = r.value();
        } else {
            // The request as a whole failed: every resource shares that reason.
            QString reason = r.error().toDisplayString();
            if (r.error().ambiguous)
                reason += QLatin1Char(' ') + tr("(no clear answer: it may have been carried out; the list is re-read)");
            for (const Resource &res : resources)
                outcome.failed.append({res.id, reason});
        }
        Q_EMIT actionFinished(action, r.ok() && outcome.allSucceeded());
        Q_EMIT refreshRequested();
        if (m_lastResult)
            m_lastResult->close();
        auto *dialog = new BatchResultDialog(verbOf(info.label), resources, outcome, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_lastResult = dialog;
        Q_EMIT statusMessage(tr("%1: %2").arg(verbOf(info.label), dialog->summary()));
        dialog->open();
    });
}

void InstancesPage::copySshCommand()
{
    const QList<Resource> selected = selectedResources();
    if (selected.size() != 1 || !selected.first().remote.isValid())
        return;
    const QString command = TerminalLauncher::sshCommand(selected.first().remote);
    QGuiApplication::clipboard()->setText(command);
    Q_EMIT statusMessage(tr("Copied: %1").arg(command));
}

void InstancesPage::copyPassword()
{
    const QList<Resource> selected = selectedResources();
    if (selected.size() != 1 || selected.first().remote.password.isEmpty())
        return;
    m_clipboard->copy(selected.first().remote.password);
    Q_EMIT statusMessage(tr("Password of “%1” copied; the clipboard is cleared in %n second(s) if it still holds it.", nullptr,
                            m_clipboard->clearAfterMs() / 1000)
                             .arg(shownName(selected.first())));
}

void InstancesPage::openTerminal()
{
    const QList<Resource> selected = selectedResources();
    if (selected.size() != 1 || !selected.first().remote.isValid())
        return;
    const QString error = m_openTerminalWith(selected.first().remote);
    if (error.isEmpty()) {
        Q_EMIT statusMessage(tr("Terminal opened: %1").arg(TerminalLauncher::sshCommand(selected.first().remote)));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Open terminal"), tr("No terminal could be opened."), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("terminalError"));
    box.setInformativeText(error + QStringLiteral("\n\n") + tr("SSH command: %1").arg(TerminalLauncher::sshCommand(selected.first().remote)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace suanli::gui
