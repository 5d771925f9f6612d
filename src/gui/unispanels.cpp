#include "unispanels.h"

#include "accounttab.h"
#include "confirmationbox.h"
#include "resourcedetailpane.h"
#include "resourcetablemodel.h"
#include "unisaccountheader.h"
#include "unisdevenvdialog.h"
#include "unispodsview.h"
#include "unisspecspage.h"
#include "unistaskdialog.h"

#include "core/accountsession.h"

#include <QAction>
#include <QDesktopServices>
#include <QInputDialog>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

namespace suanli::gui {

namespace {

const QList<ResourceKind> kJobKinds{ResourceKind::DevEnv, ResourceKind::Training, ResourceKind::FineTune, ResourceKind::ComputeTask};

QString shownName(const Resource &r)
{
    return r.name.isEmpty() ? r.id : r.name;
}

} // namespace

UnisPanels *UnisPanels::create(const Context &context)
{
    auto *provider = qobject_cast<unis::UnisProvider *>(context.provider);
    return provider ? new UnisPanels(context, provider) : nullptr;
}

UnisPanels::UnisPanels(const Context &context, unis::UnisProvider *provider)
    : AccountPanels(context, context.tab)
    , m_provider(provider)
    , m_newAction(new QAction(context.tab->style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("New dev environment…"), this))
    , m_newMenu(new QMenu(context.tab))
    , m_newDevEnv(new QAction(tr("New &dev environment…"), this))
    , m_newTraining(new QAction(tr("New &training job…"), this))
    , m_newFineTune(new QAction(tr("New &fine-tune job…"), this))
    , m_newCompute(new QAction(tr("New &compute task…"), this))
    , m_openWebIde(new QAction(context.tab->style()->standardIcon(QStyle::SP_DirLinkIcon), tr("Open web IDE"), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_newAction->setObjectName(QStringLiteral("action-new-job"));
    m_newAction->setToolTip(tr("Create a dev environment (%1); the arrow offers training jobs, fine-tune jobs and compute tasks")
                                .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_newAction->setMenu(m_newMenu);
    m_newDevEnv->setObjectName(QStringLiteral("action-new-devenv"));
    m_newTraining->setObjectName(QStringLiteral("action-new-training"));
    m_newFineTune->setObjectName(QStringLiteral("action-new-finetune"));
    m_newCompute->setObjectName(QStringLiteral("action-new-compute-task"));
    m_newMenu->addActions({m_newDevEnv, m_newTraining, m_newFineTune, m_newCompute});
    connect(m_newAction, &QAction::triggered, this, &UnisPanels::openDevEnvDialog);
    connect(m_newDevEnv, &QAction::triggered, this, &UnisPanels::openDevEnvDialog);
    connect(m_newTraining, &QAction::triggered, this, [this] { openTaskDialog(int(UnisTaskDialog::Flavor::Training)); });
    connect(m_newFineTune, &QAction::triggered, this, [this] { openTaskDialog(int(UnisTaskDialog::Flavor::FineTune)); });
    connect(m_newCompute, &QAction::triggered, this, [this] { openTaskDialog(int(UnisTaskDialog::Flavor::Compute)); });

    AccountTab *tab = context.tab;
    InstancesPage *page = tab->instancesPage();
    page->setKnownKinds(kJobKinds);
    if (!page->hasSavedColumns()) {
        // The status carries the platform's words too, and the region is a resource group's name.
        const int m = page->view()->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        page->view()->setColumnWidth(ResourceTableModel::Status, m * 16);
        page->view()->setColumnWidth(ResourceTableModel::Region, m * 8);
    }

    // The web IDE of a running dev environment with a built-in image.
    m_openWebIde->setObjectName(QStringLiteral("action-open-web-ide"));
    m_openWebIde->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openWebIde, &QAction::triggered, this, &UnisPanels::openWebIde);
    page->addResourceAction(m_openWebIde, [](const QList<Resource> &selected) {
        if (selected.size() != 1)
            return Availability::no(selected.isEmpty() ? tr("Select a dev environment first.") : tr("Select one dev environment."));
        const Resource &r = selected.first();
        if (r.kind != ResourceKind::DevEnv)
            return Availability::no(tr("Only dev environments have a web IDE."));
        if (r.webUrl.isEmpty())
            return Availability::no(r.status == ResourceStatus::Running
                                        ? tr("The platform gives a web IDE only for built-in images; reach this one by SSH.")
                                        : tr("The web IDE opens once the dev environment runs."));
        return Availability::yes();
    });

    // The job's pods and their events, beside its fields.
    m_pods = new UnisPodsView(provider, context.settings, page->detailPane());
    page->detailPane()->addPage(m_pods, tr("Pods and events"));
    connect(page->detailPane(), &ResourceDetailPane::resourceChanged, m_pods, &UnisPodsView::setJob);

    connect(provider, &unis::UnisProvider::userChanged, this, &UnisPanels::updateAdminPages);
    // A listing answers without the job details that are slow to come; once they are in, a
    // refresh completes the rows (GPUs, CPUs, memory, run times) rather than the next tick.
    connect(provider->jobDetails(), &unis::JobDetails::lateDetailsArrived, tab, &AccountTab::refresh);
}

UnisPanels::~UnisPanels() = default;

QString UnisPanels::jobNoun(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::DevEnv: return tr("dev environment");
    case ResourceKind::Training: return tr("training job");
    case ResourceKind::FineTune: return tr("fine-tune job");
    case ResourceKind::ComputeTask: return tr("compute task");
    case ResourceKind::OnlineService: return tr("online service");
    case ResourceKind::Evaluation: return tr("evaluation");
    default: return tr("job");
    }
}

UnisSpecsPage *UnisPanels::specsPage() const
{
    return m_specsPage.data();
}

UnisDevEnvDialog *UnisPanels::devEnvDialog() const
{
    return m_devEnvDialog.data();
}

UnisTaskDialog *UnisPanels::taskDialog() const
{
    return m_taskDialog.data();
}

QList<QAction *> UnisPanels::createActions() const
{
    return {m_newAction};
}

QDialog *UnisPanels::openDialog() const
{
    if (m_devEnvDialog && m_devEnvDialog->isVisible())
        return m_devEnvDialog.data();
    if (m_taskDialog && m_taskDialog->isVisible())
        return m_taskDialog.data();
    return nullptr;
}

void UnisPanels::addPages(QTabWidget *pages)
{
    m_pageTabs = pages;
    // One table over every kind of job: "Jobs" says what is in it.
    const int jobs = pages->indexOf(context().tab->instancesPage());
    if (jobs >= 0)
        pages->setTabText(jobs, tr("Jobs"));
    // "New ▾": the main part creates a dev environment, the arrow offers the other kinds.
    if (auto *toolbar = context().tab->instancesPage()->findChild<QToolBar *>(QStringLiteral("resourceToolbar"))) {
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_newAction)))
            button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    updateAdminPages();
}

QWidget *UnisPanels::createHeaderRow(QWidget *parent)
{
    m_header = new UnisAccountHeader(m_provider, parent);
    AccountTab *tab = context().tab;
    // Quotas follow the list, at a slower pace; and at once after something started or stopped.
    connect(tab, &AccountTab::listLoaded, m_header, &UnisAccountHeader::refreshQuotasIfStale);
    connect(tab->instancesPage(), &InstancesPage::actionFinished, m_header, [this](Action action, bool ok) {
        if (ok && action != Action::RegisterModel)
            m_header->refreshQuotas();
    });
    return m_header;
}

void UnisPanels::addAccountPage(QWidget *page, const QString &title)
{
    if (!m_pageTabs)
        return;
    const int admin = m_specsPage ? m_pageTabs->indexOf(m_specsPage.data()) : -1;
    if (admin >= 0)
        m_pageTabs->insertTab(admin, page, title);
    else
        m_pageTabs->addTab(page, title);
}

void UnisPanels::addJobAction(QAction *action, InstancesPage::ResourceActionCheck check, bool inToolbar)
{
    context().tab->instancesPage()->addResourceAction(action, std::move(check), inToolbar);
}

void UnisPanels::updateAdminPages()
{
    if (!m_pageTabs)
        return;
    // Administrators only: a normal user neither sees the page nor its requests go out.
    if (m_provider->isAdmin() && !m_specsPage) {
        m_specsPage = new UnisSpecsPage(m_provider, context().settings, m_pageTabs);
        m_pageTabs->addTab(m_specsPage, tr("Preset specs"));
    } else if (!m_provider->isAdmin() && m_specsPage) {
        m_pageTabs->removeTab(m_pageTabs->indexOf(m_specsPage.data()));
        m_specsPage->deleteLater();
        m_specsPage.clear();
    }
}

QSet<QString> UnisPanels::idsOfKind(ResourceKind kind) const
{
    QSet<QString> ids;
    for (const Resource &r : context().tab->instancesPage()->model()->resources()) {
        if (r.kind == kind)
            ids.insert(r.id);
    }
    return ids;
}

void UnisPanels::openDevEnvDialog()
{
    if (m_devEnvDialog) {
        m_devEnvDialog->raise();
        m_devEnvDialog->activateWindow();
        return;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new UnisDevEnvDialog(m_provider, context().settings, tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_devEnvDialog = dialog;
    auto before = std::make_shared<QSet<QString>>();
    connect(dialog, &UnisDevEnvDialog::sending, this, [this, before] { *before = idsOfKind(ResourceKind::DevEnv); });
    connect(dialog, &UnisDevEnvDialog::createFinished, tab, &AccountTab::refreshAfterChange);
    connect(dialog, &UnisDevEnvDialog::created, this, [this, before](const unis::UnisProvider::CreateOutcome &outcome) {
        follow(ResourceKind::DevEnv, outcome, *before);
    });
    dialog->open();
}

void UnisPanels::openTaskDialog(int flavor)
{
    if (m_taskDialog) {
        m_taskDialog->raise();
        m_taskDialog->activateWindow();
        return;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new UnisTaskDialog(m_provider, UnisTaskDialog::Flavor(flavor), context().settings, tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_taskDialog = dialog;
    const ResourceKind kind = dialog->resourceKind();
    auto before = std::make_shared<QSet<QString>>();
    connect(dialog, &UnisTaskDialog::sending, this, [this, before, kind] { *before = idsOfKind(kind); });
    connect(dialog, &UnisTaskDialog::createFinished, tab, &AccountTab::refreshAfterChange);
    connect(dialog, &UnisTaskDialog::created, this, [this, before, kind](const unis::UnisProvider::CreateOutcome &outcome) {
        follow(kind, outcome, *before);
    });
    dialog->open();
}

void UnisPanels::follow(ResourceKind kind, const unis::UnisProvider::CreateOutcome &outcome, const QSet<QString> &before)
{
    // The create call names no job: the provider finds it by name among the rows that were not
    // there before, and the tab selects it once its own list shows it too.
    QPointer<unis::UnisProvider> provider = m_provider;
    QStringList known;
    for (const Resource &r : outcome.found)
        known.append(r.id);
    const QString name = outcome.job.name;
    const QDateTime sentAt = outcome.job.sentAt;
    context().tab->selectWhenCreated(
        [provider, kind, name, sentAt, before, known](QObject *context, std::function<void(const QStringList &)> found) {
            if (!known.isEmpty() || !provider) {
                QMetaObject::invokeMethod(context, [found, known] { found(known); }, Qt::QueuedConnection);
                return;
            }
            provider->findCreated(kind, name, sentAt, before, context, [found](const Result<QList<Resource>> &r) {
                QStringList ids;
                if (r.ok()) {
                    for (const Resource &res : r.value())
                        ids.append(res.id);
                }
                found(ids.mid(0, 1)); // the newest of that name
            });
        },
        1);
    Q_EMIT context().tab->statusMessage(known.isEmpty() ? tr("“%1” was accepted; it is selected once the platform lists it.").arg(name)
                                                        : tr("“%1” was created.").arg(name));
}

void UnisPanels::openWebIde()
{
    const QList<Resource> selected = context().tab->instancesPage()->selectedResources();
    if (selected.size() != 1 || selected.first().webUrl.isEmpty())
        return;
    const QUrl url(selected.first().webUrl);
    if (m_openUrl(url))
        Q_EMIT context().tab->statusMessage(tr("Opened the web IDE of “%1”.").arg(shownName(selected.first())));
    else
        Q_EMIT context().tab->statusMessage(tr("No browser could open %1.").arg(url.toDisplayString()));
}

bool UnisPanels::confirmJobs(const QString &title, const QString &question, const QList<Resource> &resources,
                             const QString &warning, const QString &verb)
{
    QStringList lines;
    for (const Resource &r : resources)
        lines.append(QStringLiteral("• ") + shownName(r) + QStringLiteral(" (") + jobNoun(r.kind) + QStringLiteral(", ") + r.id
                     + QLatin1Char(')'));
    return ConfirmationBox::ask(context().tab, title, question, lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + warning, verb);
}

InstancesPage::Prepared UnisPanels::prepareRequest(Action action, const QList<Resource> &resources, ActionRequest &request)
{
    using Prepared = InstancesPage::Prepared;
    AccountTab *tab = context().tab;
    const ActionInfo info = m_provider->actionInfo(action);
    const Resource &first = resources.first();
    const bool one = resources.size() == 1;
    switch (action) {
    case Action::Destroy: {
        const QString question = one ? tr("Delete the %1 “%2”?").arg(jobNoun(first.kind), shownName(first))
                                     : tr("Delete %n job(s)?", nullptr, int(resources.size()));
        if (!confirmJobs(tr("Delete"), question, resources, info.warning, tr("Delete")))
            return Prepared::Cancelled;
        request.reason = tr("Deleted from Suanli Console");
        return Prepared::Ready;
    }
    case Action::Resume: {
        const QString question = one ? tr("Resume the %1 “%2” from its last checkpoint?").arg(jobNoun(first.kind), shownName(first))
                                     : tr("Resume %n task(s) from their last checkpoints?", nullptr, int(resources.size()));
        return confirmJobs(tr("Resume"), question, resources, info.warning, tr("Resume")) ? Prepared::Ready : Prepared::Cancelled;
    }
    case Action::Clone: {
        if (one) {
            bool ok = false;
            const QString name = QInputDialog::getText(tab, tr("Clone"), tr("Name of the copy of “%1”:").arg(shownName(first)),
                                                       QLineEdit::Normal, first.name + QStringLiteral("-clone"), &ok)
                                     .trimmed();
            if (!ok || name.isEmpty())
                return Prepared::Cancelled;
            request.name = name;
        }
        const QString question = one ? tr("Create “%1”, a copy of “%2”?").arg(request.name, shownName(first))
                                     : tr("Copy %n task(s)? Each copy is named after its task with “-clone”.", nullptr, int(resources.size()));
        return confirmJobs(tr("Clone"), question, resources, info.warning, tr("Clone")) ? Prepared::Ready : Prepared::Cancelled;
    }
    case Action::RegisterModel: {
        if (!one)
            return Prepared::Ready; // each model is named after its job
        bool ok = false;
        const QString name = QInputDialog::getText(tab, tr("Register model"),
                                                   tr("Name of the model made from what “%1” wrote:").arg(shownName(first)) + QLatin1Char('\n')
                                                       + info.warning,
                                                   QLineEdit::Normal, first.name, &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return Prepared::Cancelled;
        request.name = name;
        return Prepared::Ready;
    }
    default:
        return Prepared::NotHandled;
    }
}

} // namespace suanli::gui
