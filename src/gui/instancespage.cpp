#include "instancespage.h"

#include "headerstatekeeper.h"
#include "resourcedetailpane.h"
#include "resourcefilterproxy.h"
#include "resourcetablemodel.h"
#include "scheduleshutdowndialog.h"
#include "statusdelegate.h"

#include "core/accountsession.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
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
    }
    return QStyle::SP_CustomBase;
}

} // namespace

InstancesPage::InstancesPage(Provider *provider, AppSettings *settings, QWidget *parent)
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
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_statusCombo);
    bar->addWidget(m_kindCombo);
    m_refreshButton = new QToolButton(this);
    bar->addWidget(m_refreshButton);
    bar->addSpacing(8);
    bar->addWidget(m_toolbar, 5);
    layout->addLayout(bar);
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
    m_kindCombo->hide(); // shown once the rows are of more than one kind
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &InstancesPage::updateFilters);

    buildToolbar();

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
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
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
    m_view->setColumnWidth(ResourceTableModel::Gpu, fm.horizontalAdvance(QLatin1Char('M')) * 10);
    m_view->setColumnWidth(ResourceTableModel::PricePerHour, fm.horizontalAdvance(QLatin1Char('M')) * 6);
    m_view->setColumnWidth(ResourceTableModel::Created, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    m_view->setColumnWidth(ResourceTableModel::Expires, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    m_view->sortByColumn(ResourceTableModel::Created, Qt::DescendingOrder);

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
    // A refresh changes statuses under the selection: availability and details follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateActions();
        updateDetail();
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

    m_create = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Create instance…"), this);
    m_create->setObjectName(QStringLiteral("action-create"));
    m_create->setToolTip(tr("Create a new instance (this costs money once it runs)"));
    connect(m_create, &QAction::triggered, this, &InstancesPage::createRequested);
    m_toolbar->addAction(m_create);
    m_create->setVisible(m_provider->capabilities().testFlag(Provider::Capability::CreateInstance));
    m_toolbar->addSeparator();

    for (Action action : m_provider->actions()) {
        const ActionInfo info = m_provider->actionInfo(action);
        auto *a = new QAction(style()->standardIcon(iconFor(action)), info.label, this);
        a->setObjectName(QStringLiteral("action-") + info.cliName);
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
        if (const auto r = currentResource())
            QGuiApplication::clipboard()->setText(r->id);
    });
    m_openUrl = new QAction(tr("Open in browser"), this);
    connect(m_openUrl, &QAction::triggered, this, [this] {
        if (const auto r = currentResource(); r && !r->webUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(r->webUrl));
    });
}

void InstancesPage::setCreateVisible(bool visible)
{
    m_create->setVisible(visible);
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
    if (firstLoad && !m_headerRestored && !resources.isEmpty())
        applyDefaultColumns();
    // Something in the detail pane from the start, rather than an empty half of the page.
    if (firstLoad && !m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    if (empty) {
        m_emptyLabel->setText(m_create->isVisible() ? tr("No instances yet. Create one with “Create instance…”.")
                                                    : tr("Nothing here yet."));
    }
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
    QSet<int> kinds;
    for (const Resource &r : m_model->resources()) {
        anyExpires = anyExpires || r.expiresAt.isValid();
        anyRegion = anyRegion || !r.region.isEmpty();
        kinds.insert(int(r.kind));
    }
    header->setSectionHidden(ResourceTableModel::Expires, !anyExpires);
    header->setSectionHidden(ResourceTableModel::Region, !anyRegion);
    header->setSectionHidden(ResourceTableModel::Kind, kinds.size() <= 1);
}

void InstancesPage::rebuildKindCombo()
{
    QSet<int> kinds;
    for (const Resource &r : m_model->resources())
        kinds.insert(int(r.kind));
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
    m_kindCombo->setVisible(sorted.size() > 1);
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
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_model->resourceAt(source.row());
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

void InstancesPage::updateActions()
{
    const auto r = currentResource();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction *a = it.value();
        const ActionInfo info = m_provider->actionInfo(it.key());
        if (!r) {
            a->setEnabled(false);
            a->setToolTip(tr("%1 — select a row first").arg(verbOf(info.label)));
            continue;
        }
        if (m_busy.contains(r->id)) {
            a->setEnabled(false);
            a->setToolTip(tr("A request for this instance is under way."));
            continue;
        }
        const Availability av = m_provider->availability(*r, it.key());
        a->setEnabled(av.available);
        QString tip = av.available ? verbOf(info.label) : av.reason;
        if (av.available && !info.warning.isEmpty())
            tip += QLatin1Char('\n') + info.warning;
        a->setToolTip(tip);
    }
    m_copyId->setEnabled(r.has_value());
    m_openUrl->setEnabled(r && !r->webUrl.isEmpty());
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
    menu.addAction(m_copyId);
    menu.addAction(m_openUrl);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void InstancesPage::trigger(Action action)
{
    const auto selected = currentResource();
    if (!selected)
        return;
    const Resource resource = *selected;
    const ActionInfo info = m_provider->actionInfo(action);
    const Availability av = m_provider->availability(resource, action);
    if (!av.available) {
        QMessageBox::information(this, verbOf(info.label), av.reason);
        return;
    }
    ActionRequest request;
    request.action = action;
    const QString shownName = resource.name.isEmpty() ? resource.id : resource.name;

    if (action == Action::ScheduleShutdown) {
        ScheduleShutdownDialog dialog(shownName, resource.id, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.when = dialog.when();
    } else if (info.needsConfirmation) {
        const QString verb = verbOf(info.label);
        QMessageBox box(QMessageBox::Warning, verb,
                        action == Action::Destroy ? tr("Destroy the instance “%1”?").arg(shownName)
                                                  : tr("%1 “%2”?").arg(verb, shownName),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmAction"));
        box.setInformativeText(tr("ID: %1").arg(resource.id) + QStringLiteral("\n\n") + info.warning);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPushButton *go = box.addButton(verb, QMessageBox::DestructiveRole);
        go->setObjectName(QStringLiteral("confirmButton"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() != go)
            return;
        if (action == Action::Destroy)
            request.reason = tr("Destroyed from Suanli Console");
    }

    m_busy.insert(resource.id);
    updateActions();
    m_provider->perform(resource, request, this, [this, action, resource, shownName, info](const Result<Done> &r) {
        m_busy.remove(resource.id);
        updateActions();
        Q_EMIT actionFinished(action, r.ok());
        Q_EMIT refreshRequested();
        if (r.ok())
            return;
        QMessageBox box(QMessageBox::Warning, verbOf(info.label),
                        tr("%1 failed for “%2”.").arg(verbOf(info.label), shownName), QMessageBox::Ok, this);
        QString detail = r.error().toDisplayString();
        if (r.error().ambiguous)
            detail += QStringLiteral("\n\n") + tr("No clear answer came back, so the request may have been carried out. "
                                                 "The list is being re-read to show what happened.");
        box.setInformativeText(detail);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    });
}

} // namespace suanli::gui
