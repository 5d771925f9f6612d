#include "huixingyunpanels.h"

#include "accounttab.h"
#include "buyapplicationdialog.h"
#include "changebillingdialog.h"
#include "rebuilddialog.h"
#include "renewdialog.h"
#include "rentgpudialog.h"
#include "tokenspage.h"

#include "core/jsonutil.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include <QAction>
#include <QMessageBox>
#include <QStyle>
#include <QTabWidget>

namespace suanli::gui {

namespace {

QString osOf(const Resource &r)
{
    return json::text(r.raw.value(QStringLiteral("image")).toObject().value(QStringLiteral("os"))).trimmed().toLower();
}

QString gpuTypeOf(const Resource &r)
{
    return json::text(r.raw.value(QStringLiteral("size")).toObject().value(QStringLiteral("gpu_type"))).trimmed();
}

} // namespace

HuixingyunPanels *HuixingyunPanels::create(const Context &context)
{
    auto *provider = qobject_cast<huixingyun::HuixingyunProvider *>(context.provider);
    return provider ? new HuixingyunPanels(context, provider) : nullptr;
}

AccountPanels::PasswordSignIn HuixingyunPanels::passwordSignIn()
{
    return [](Provider *provider, const QString &password, QObject *context,
              std::function<void(const Result<QString> &)> done) {
        auto *hx = qobject_cast<huixingyun::HuixingyunProvider *>(provider);
        if (!hx) {
            QMetaObject::invokeMethod(context, [done] { done(ApiError::unsupported(tr("Not a 慧星云 account."))); },
                                      Qt::QueuedConnection);
            return;
        }
        hx->generateToken(password, signInTokenName(), context, [done](const Result<huixingyun::ApiToken> &r) {
            if (!r.ok())
                done(r.error());
            else if (r.value().token.isEmpty())
                done(ApiError::parse(tr("慧星云 answered without a token.")));
            else
                done(r.value().token);
        });
    };
}

HuixingyunPanels::HuixingyunPanels(const Context &context, huixingyun::HuixingyunProvider *provider)
    : AccountPanels(context, context.tab)
    , m_provider(provider)
    , m_rentAction(new QAction(context.tab->style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Rent GPUs…"), this))
    , m_buyAppAction(new QAction(context.tab->style()->standardIcon(QStyle::SP_FileDialogListView), tr("Buy application…"), this))
{
    m_rentAction->setObjectName(QStringLiteral("action-rent"));
    m_rentAction->setToolTip(tr("Rent GPU instances: type, image, count and billing (costs money; %1)")
                                 .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    connect(m_rentAction, &QAction::triggered, this, &HuixingyunPanels::openRentDialog);
    m_buyAppAction->setObjectName(QStringLiteral("action-buy-application"));
    m_buyAppAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_buyAppAction->setToolTip(tr("Buy one-click application instances such as ComfyUI (costs money; %1)")
                                   .arg(m_buyAppAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_buyAppAction, &QAction::triggered, this, &HuixingyunPanels::openApplicationDialog);
}

HuixingyunPanels::~HuixingyunPanels() = default;

QList<QAction *> HuixingyunPanels::createActions() const
{
    return {m_rentAction, m_buyAppAction};
}

RentGpuDialog *HuixingyunPanels::rentDialog() const
{
    return m_rent.data();
}

BuyApplicationDialog *HuixingyunPanels::applicationDialog() const
{
    return m_buyApp.data();
}

QDialog *HuixingyunPanels::openDialog() const
{
    if (m_rent && m_rent->isVisible())
        return m_rent.data();
    if (m_buyApp && m_buyApp->isVisible())
        return m_buyApp.data();
    return nullptr;
}

void HuixingyunPanels::addPages(QTabWidget *pages)
{
    if (!m_provider->capabilities().testFlag(Provider::Capability::Tokens))
        return;
    m_tokens = new TokensPage(m_provider, context().accounts, pages);
    pages->addTab(m_tokens, tr("API tokens"));
    connect(m_tokens, &TokensPage::statusMessage, context().tab, &AccountTab::statusMessage);
}

void HuixingyunPanels::openRentDialog()
{
    if (m_rent) {
        m_rent->raise();
        m_rent->activateWindow();
        return;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new RentGpuDialog(m_provider, tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rent = dialog;
    connect(dialog, &RentGpuDialog::orderFinished, tab, &AccountTab::refreshAfterChange);
    connect(dialog, &RentGpuDialog::ordered, this, &HuixingyunPanels::follow);
    dialog->open();
}

void HuixingyunPanels::openApplicationDialog()
{
    if (m_buyApp) {
        m_buyApp->raise();
        m_buyApp->activateWindow();
        return;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new BuyApplicationDialog(m_provider, tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_buyApp = dialog;
    connect(dialog, &BuyApplicationDialog::orderFinished, tab, &AccountTab::refreshAfterChange);
    connect(dialog, &BuyApplicationDialog::ordered, this, &HuixingyunPanels::follow);
    dialog->open();
}

void HuixingyunPanels::follow(const huixingyun::OrderOutcome &outcome)
{
    if (outcome.orderUids.isEmpty())
        return;
    QPointer<huixingyun::HuixingyunProvider> provider = m_provider;
    const QStringList uids = outcome.orderUids;
    context().tab->selectWhenCreated(
        [provider, uids](QObject *context, std::function<void(const QStringList &)> found) {
            if (!provider) {
                found({});
                return;
            }
            provider->findOrder(uids, context, [found](const Result<QList<Resource>> &r) {
                QStringList ids;
                if (r.ok()) {
                    for (const Resource &res : r.value())
                        ids.append(res.id);
                }
                found(ids);
            });
        },
        qMax(outcome.succeeded, int(uids.size())));
}

InstancesPage::Prepared HuixingyunPanels::prepareRequest(Action action, const QList<Resource> &resources, ActionRequest &request)
{
    using Prepared = InstancesPage::Prepared;
    AccountTab *tab = context().tab;
    switch (action) {
    case Action::Rebuild: {
        // One image for all: they must share the zone, the GPU type (public images are per type)
        // and the operating system.
        QSet<QString> zones, types, systems;
        for (const Resource &r : resources) {
            zones.insert(r.region);
            types.insert(gpuTypeOf(r));
            systems.insert(osOf(r));
        }
        if (zones.size() > 1 || types.size() > 1 || systems.size() > 1) {
            QMessageBox::information(tab, tr("Rebuild"),
                                     tr("Instances are rebuilt together only when they share the zone, the GPU type and the "
                                        "operating system. Select fewer instances."));
            return Prepared::Cancelled;
        }
        RebuildDialog dialog(m_provider, resources, tab);
        if (dialog.exec() != QDialog::Accepted || dialog.imageId().isEmpty())
            return Prepared::Cancelled;
        request.imageId = dialog.imageId();
        return Prepared::Ready;
    }
    case Action::ChangeBilling: {
        if (ChangeBillingDialog::commonTargets(resources).isEmpty()) {
            QMessageBox::information(tab, tr("Change billing"),
                                     tr("The selected instances have no billing mode in common to change to: hourly ones "
                                        "can go daily or monthly, daily ones only monthly."));
            return Prepared::Cancelled;
        }
        ChangeBillingDialog dialog(resources, m_provider->actionInfo(Action::ChangeBilling).warning, tab);
        if (dialog.exec() != QDialog::Accepted)
            return Prepared::Cancelled;
        request.billing = dialog.billingKey();
        return Prepared::Ready;
    }
    case Action::Renew: {
        if (RenewDialog::commonPeriods(resources).isEmpty()) {
            QMessageBox::information(tab, tr("Renew"),
                                     tr("The selected instances have no renewal period in common: daily ones renew for 1, 3 "
                                        "or 7 days, monthly ones for 1, 3 or 12 months."));
            return Prepared::Cancelled;
        }
        RenewDialog dialog(resources, m_provider->actionInfo(Action::Renew).warning, tab);
        if (dialog.exec() != QDialog::Accepted)
            return Prepared::Cancelled;
        request.periods = dialog.periods();
        return Prepared::Ready;
    }
    default:
        return Prepared::NotHandled;
    }
}

} // namespace suanli::gui
