#include "chenyupanels.h"

#include "accounttab.h"
#include "createinstancedialog.h"
#include "pagedtablepage.h"
#include "resourcetablemodel.h"

#include "core/accountsession.h"
#include "platforms/chenyu/chenyuprovider.h"

#include <QAction>
#include <QStyle>
#include <QTabWidget>

namespace suanli::gui {

ChenyuPanels *ChenyuPanels::create(const Context &context)
{
    auto *provider = qobject_cast<chenyu::ChenyuProvider *>(context.provider);
    return provider ? new ChenyuPanels(context, provider) : nullptr;
}

ChenyuPanels::ChenyuPanels(const Context &context, chenyu::ChenyuProvider *provider)
    : AccountPanels(context, context.tab)
    , m_provider(provider)
    , m_create(new QAction(context.tab->style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Create instance…"), this))
{
    m_create->setObjectName(QStringLiteral("action-create"));
    m_create->setToolTip(tr("Create a new instance (this costs money once it runs)"));
    connect(m_create, &QAction::triggered, this, &ChenyuPanels::openCreateDialog);
}

ChenyuPanels::~ChenyuPanels() = default;

QList<QAction *> ChenyuPanels::createActions() const
{
    return {m_create};
}

QDialog *ChenyuPanels::openDialog() const
{
    return m_dialog.data();
}

void ChenyuPanels::addPages(QTabWidget *pages)
{
    chenyu::Client *client = m_provider->client();
    const Provider::Capabilities caps = m_provider->capabilities();
    const QString platform = context().session->account().platform;
    if (caps.testFlag(Provider::Capability::Bills)) {
        auto *bills = new PagedTablePage(
            {tr("Time"), tr("Order no."), tr("Amount"), tr("Paid with card"), tr("Description")}, {2},
            [client](int page, int pageSize, const QString &keyword, QObject *context,
                     std::function<void(const Result<PagedRows> &)> done) {
                client->bills(page, pageSize, keyword, context, [done](const Result<Page<chenyu::BillRecord>> &r) {
                    if (!r.ok()) {
                        done(r.error());
                        return;
                    }
                    PagedRows rows;
                    rows.total = r.value().total;
                    for (const chenyu::BillRecord &b : r.value().items)
                        rows.rows.append({ResourceTableModel::timeDisplay(b.createdAt), b.orderNo,
                                          b.occurredAmount.toDisplayString(), b.cardText, b.show});
                    done(rows);
                });
            },
            context().settings, platform + QStringLiteral(".bills"), pages);
        bills->setObjectName(QStringLiteral("billsPage"));
        pages->addTab(bills, tr("Bills"));
    }
    if (caps.testFlag(Provider::Capability::RechargeHistory)) {
        auto *recharges = new PagedTablePage(
            {tr("Created"), tr("Paid"), tr("Trade no."), tr("Channel"), tr("Amount")}, {4},
            [client](int page, int pageSize, const QString &keyword, QObject *context,
                     std::function<void(const Result<PagedRows> &)> done) {
                client->recharges(page, pageSize, keyword, context, [done](const Result<Page<chenyu::RechargeRecord>> &r) {
                    if (!r.ok()) {
                        done(r.error());
                        return;
                    }
                    PagedRows rows;
                    rows.total = r.value().total;
                    for (const chenyu::RechargeRecord &c : r.value().items)
                        rows.rows.append({ResourceTableModel::timeDisplay(c.createdAt), ResourceTableModel::timeDisplay(c.payTime),
                                          c.outTradeNo, c.payChannel, c.amount.toDisplayString()});
                    done(rows);
                });
            },
            context().settings, platform + QStringLiteral(".recharges"), pages);
        recharges->setObjectName(QStringLiteral("rechargesPage"));
        pages->addTab(recharges, tr("Recharges"));
    }
}

void ChenyuPanels::openCreateDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    AccountTab *tab = context().tab;
    auto *dialog = new CreateInstanceDialog(m_provider->client(), tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &CreateInstanceDialog::createFinished, tab, &AccountTab::refreshAfterChange);
    connect(dialog, &QDialog::accepted, tab, [tab, dialog] {
        if (const auto created = dialog->created()) {
            const QString id = created->uuid;
            tab->selectWhenCreated([id](QObject *, std::function<void(const QStringList &)> found) { found({id}); }, 1);
        }
    });
    dialog->open();
}

} // namespace suanli::gui
