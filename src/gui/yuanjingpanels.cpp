#include "yuanjingpanels.h"

#include "accountmanager.h"
#include "accounttab.h"
#include "instancespage.h"
#include "yuanjingbalancepage.h"
#include "yuanjingkeyspage.h"
#include "yuanjingorderspage.h"
#include "yuanjingpricedialog.h"
#include "yuanjingrechargedialog.h"
#include "yuanjingsignindialog.h"
#include "yuanjingvideodialog.h"

#include "core/accountsession.h"
#include "core/jsonutil.h"
#include "platforms/yuanjing/videodownload.h"
#include "platforms/yuanjing/videogeneration.h"
#include "platforms/yuanjing/yuanjingprovider.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>

namespace suanli::gui {

YuanjingPanels *YuanjingPanels::create(const Context &context)
{
    auto *provider = qobject_cast<yuanjing::YuanjingProvider *>(context.provider);
    return provider ? new YuanjingPanels(context, provider) : nullptr;
}

YuanjingPanels::YuanjingPanels(const Context &context, yuanjing::YuanjingProvider *provider)
    : AccountPanels(context, context.tab)
    , m_provider(provider)
    , m_videoAction(new QAction(context.tab->style()->standardIcon(QStyle::SP_MediaPlay), tr("Generate video…"), this))
    , m_rechargeAction(new QAction(context.tab->style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Recharge…"), this))
    , m_copyLink(new QAction(context.tab->style()->standardIcon(QStyle::SP_FileLinkIcon), tr("Copy video link"), this))
    , m_download(new QAction(context.tab->style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Download video…"), this))
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_chooseFile([tab = context.tab](const QString &suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
        return QFileDialog::getSaveFileName(tab, tr("Save the video"), QDir(dir).filePath(suggested), tr("Videos (*.mp4)"));
    })
{
    m_videoAction->setObjectName(QStringLiteral("action-generate-video"));
    m_videoAction->setToolTip(tr("Generate a video from a prompt or an image (costs money; the price is shown first)"));
    connect(m_videoAction, &QAction::triggered, this, &YuanjingPanels::openVideoDialog);
    m_rechargeAction->setObjectName(QStringLiteral("action-recharge"));
    m_rechargeAction->setToolTip(tr("Top the balance up with Alipay"));
    connect(m_rechargeAction, &QAction::triggered, this, &YuanjingPanels::openRechargeDialog);
    m_copyLink->setObjectName(QStringLiteral("action-copy-video-link"));
    connect(m_copyLink, &QAction::triggered, this, &YuanjingPanels::copyVideoLink);
    m_download->setObjectName(QStringLiteral("action-download-video"));
    connect(m_download, &QAction::triggered, this, &YuanjingPanels::downloadVideo);

    InstancesPage *page = context.tab->instancesPage();
    // Both act on the current row of the selection, as copyVideoLink() and downloadVideo() do.
    for (QAction *a : {m_copyLink, m_download})
        page->addResourceAction(a, [this](const QList<Resource> &) { return videoAvailability(); });
    page->setEmptyText(tr("No video tasks today. Generate one with “Generate video…”."));
}

YuanjingPanels::~YuanjingPanels() = default;

YuanjingVideoDialog *YuanjingPanels::videoDialog() const
{
    return m_video.data();
}

YuanjingRechargeDialog *YuanjingPanels::rechargeDialog() const
{
    return m_recharge.data();
}

YuanjingSignInDialog *YuanjingPanels::signInDialog() const
{
    return m_signIn.data();
}

QList<QAction *> YuanjingPanels::createActions() const
{
    return {m_videoAction, m_rechargeAction};
}

QDialog *YuanjingPanels::openDialog() const
{
    if (m_video && m_video->isVisible())
        return m_video.data();
    if (m_recharge && m_recharge->isVisible())
        return m_recharge.data();
    return nullptr;
}

void YuanjingPanels::addPages(QTabWidget *pages)
{
    AccountTab *tab = context().tab;
    // The account's resources are its video tasks.
    if (const int index = pages->indexOf(tab->instancesPage()); index >= 0)
        pages->setTabText(index, tr("Video tasks"));
    const Provider::Capabilities caps = m_provider->capabilities();
    if (caps.testFlag(Provider::Capability::Balance) && caps.testFlag(Provider::Capability::Recharge)) {
        m_balancePage = new YuanjingBalancePage(m_provider, pages);
        pages->addTab(m_balancePage, tr("Balance"));
        connect(m_balancePage, &YuanjingBalancePage::rechargeRequested, this, &YuanjingPanels::openRechargeDialog);
    }
    if (caps.testFlag(Provider::Capability::Orders)) {
        m_ordersPage = new YuanjingOrdersPage(m_provider, context().settings, pages);
        pages->addTab(m_ordersPage, tr("Orders"));
        connect(m_ordersPage, &YuanjingOrdersPage::priceRequested, this, &YuanjingPanels::openPriceDialog);
        connect(m_ordersPage, &YuanjingOrdersPage::pricingTestRequested, this, &YuanjingPanels::openPricingTestDialog);
    }
    if (caps.testFlag(Provider::Capability::ApiKeys)) {
        m_keysPage = new YuanjingKeysPage(m_provider, pages);
        pages->addTab(m_keysPage, tr("API keys"));
        connect(m_keysPage, &YuanjingKeysPage::statusMessage, tab, &AccountTab::statusMessage);
    }
}

bool YuanjingPanels::signInAgain()
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return true;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new YuanjingSignInDialog(context().session->account(), context().session->eventLog(), tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = context().session->account().id;
        if (context().accounts)
            context().accounts->setSecret(id, dialog->secret()); // stored, and the tab refreshes
        else
            context().session->setSecret(dialog->secret());
        context().tab->refreshAfterChange();
    });
    dialog->open();
    return true;
}

QList<yuanjing::VideoGeneration *> YuanjingPanels::runningGenerations() const
{
    QList<yuanjing::VideoGeneration *> out;
    for (const auto &g : m_generations) {
        if (g && !g->isFinished())
            out.append(g.data());
    }
    return out;
}

void YuanjingPanels::followGeneration(yuanjing::VideoGeneration *generation)
{
    m_generations.removeIf([](const QPointer<yuanjing::VideoGeneration> &g) { return g.isNull(); });
    m_generations.append(generation);
    AccountTab *tab = context().tab;
    // The new task shows in the table as soon as its id is known, and again when it ends.
    connect(generation, &yuanjing::VideoGeneration::taskKnown, tab, &AccountTab::refresh);
    connect(generation, &yuanjing::VideoGeneration::finished, this, [this, generation, tab](const Result<yuanjing::VideoTask> &r) {
        tab->refreshAfterChange();
        if (r && r.value().succeeded())
            Q_EMIT tab->statusMessage(tr("The video %1 is ready.").arg(r.value().taskId));
        else if (r)
            Q_EMIT tab->statusMessage(tr("The video %1 failed: %2").arg(r.value().taskId, r.value().error));
        generation->deleteLater();
    });
}

void YuanjingPanels::openVideoDialog()
{
    if (m_video) {
        m_video->raise();
        m_video->activateWindow();
        return;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new YuanjingVideoDialog(m_provider, this, tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_video = dialog;
    connect(dialog, &YuanjingVideoDialog::generationStarted, this, &YuanjingPanels::followGeneration);
    connect(dialog, &YuanjingVideoDialog::openRequested, this, [this](const QUrl &url) { m_open(url); });
    connect(dialog, &YuanjingVideoDialog::copyRequested, this, [tab](const QUrl &url) {
        QGuiApplication::clipboard()->setText(url.toString());
        Q_EMIT tab->statusMessage(tr("The video link is on the clipboard."));
    });
    connect(dialog, &YuanjingVideoDialog::downloadRequested, this, &YuanjingPanels::download);
    dialog->open();
}

void YuanjingPanels::openRechargeDialog()
{
    if (m_recharge) {
        m_recharge->raise();
        m_recharge->activateWindow();
        return;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new YuanjingRechargeDialog(m_provider, tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrlOpener([this](const QUrl &url) { return m_open(url); });
    m_recharge = dialog;
    connect(dialog, &YuanjingRechargeDialog::paid, this, [this, tab](Money, Money after) {
        tab->refreshAfterChange();
        if (m_balancePage)
            m_balancePage->reload();
        Q_EMIT tab->statusMessage(tr("Recharged: the balance is %1.").arg(after.toDisplayString()));
    });
    dialog->open();
}

void YuanjingPanels::openPriceDialog()
{
    auto *dialog = new YuanjingPriceDialog(m_provider, context().tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void YuanjingPanels::openPricingTestDialog()
{
    auto *dialog = new YuanjingPricingTestDialog(m_provider, context().tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

std::optional<Resource> YuanjingPanels::selectedTask() const
{
    return context().tab->instancesPage()->currentResource();
}

Availability YuanjingPanels::videoAvailability() const
{
    const auto r = selectedTask();
    if (!r)
        return Availability::no(tr("Select a finished video first."));
    if (r->status == ResourceStatus::Succeeded && !r->webUrl.isEmpty())
        return Availability::yes();
    if (r->status == ResourceStatus::Failed)
        return Availability::no(tr("This video failed: %1").arg(json::text(r->raw.value(QStringLiteral("error")))));
    return Availability::no(tr("The video is not ready yet."));
}

void YuanjingPanels::copyVideoLink()
{
    const auto r = selectedTask();
    if (!r || r->webUrl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(r->webUrl);
    Q_EMIT context().tab->statusMessage(tr("The video link is on the clipboard."));
}

void YuanjingPanels::downloadVideo()
{
    const auto r = selectedTask();
    if (r && !r->webUrl.isEmpty())
        download(QUrl(r->webUrl), r->id);
}

void YuanjingPanels::download(const QUrl &video, const QString &taskId)
{
    if (!video.isValid())
        return;
    AccountTab *tab = context().tab;
    const QString suggested = (taskId.isEmpty() ? QStringLiteral("video") : taskId) + QStringLiteral(".mp4");
    const QString path = m_chooseFile ? m_chooseFile(suggested) : QString();
    if (path.isEmpty())
        return;
    auto *job = new yuanjing::VideoDownload(context().session->network(), video, path, this);
    auto *progress = new QProgressDialog(tr("Downloading %1…").arg(suggested), tr("Cancel"), 0, 0, tab);
    progress->setObjectName(QStringLiteral("videoDownloadProgress"));
    progress->setWindowTitle(tr("Download video"));
    progress->setWindowModality(Qt::NonModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, job, &yuanjing::VideoDownload::cancel);
    connect(job, &yuanjing::VideoDownload::progress, progress, [progress](qint64 received, qint64 total) {
        if (total > 0) {
            // Kilobytes keep large files within the dialog's int range.
            progress->setMaximum(int(total / 1024));
            progress->setValue(int(received / 1024));
        }
    });
    connect(job, &yuanjing::VideoDownload::finished, this, [tab, job, progress](const Result<QString> &r) {
        progress->deleteLater();
        job->deleteLater();
        if (r)
            Q_EMIT tab->statusMessage(tr("Saved the video to %1.").arg(QDir::toNativeSeparators(r.value())));
        else if (r.error().kind != ApiError::Kind::Cancelled)
            QMessageBox::warning(tab, tr("Download video"), r.error().toDisplayString());
    });
    progress->show();
    job->start();
}

} // namespace suanli::gui
