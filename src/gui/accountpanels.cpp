#include "accountpanels.h"

#include "platforms/huixingyun/huixingyunprovider.h"

#include "accounttab.h"
#include "chenyupanels.h"
#include "huixingyunpanels.h"
#include "unispanels.h"
#include "yuanjingpanels.h"

#include "core/accountsession.h"


namespace suanli::gui {

AccountPanels *AccountPanels::create(const Context &context)
{
    const QString platform = context.session->account().platform;
    if (platform == u"chenyu") {
        if (auto *panels = ChenyuPanels::create(context))
            return panels;
    } else if (platform == u"huixingyun") {
        if (auto *panels = HuixingyunPanels::create(context))
            return panels;
    } else if (platform == u"unis") {
        if (auto *panels = UnisPanels::create(context))
            return panels;
    } else if (platform == u"yuanjing") {
        if (auto *panels = YuanjingPanels::create(context))
            return panels;
    }
    return new AccountPanels(context, context.tab);
}

AccountPanels::PasswordSignIn AccountPanels::passwordSignIn(const QString &platformKey)
{
    if (platformKey == u"huixingyun")
        return HuixingyunPanels::passwordSignIn();
    return {};
}

QString AccountPanels::signInTokenName()
{
    return huixingyun::HuixingyunProvider::tokenNameForThisComputer();
}

AccountPanels::AccountPanels(const Context &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

AccountPanels::~AccountPanels() = default;

void AccountPanels::addPages(QTabWidget *pages)
{
    Q_UNUSED(pages);
}

void AccountPanels::attachTransfers(transfer::TransferQueue *queue)
{
    Q_UNUSED(queue);
}

QWidget *AccountPanels::createHeaderRow(QWidget *parent)
{
    Q_UNUSED(parent);
    return nullptr;
}

QList<QAction *> AccountPanels::createActions() const
{
    return {};
}

QDialog *AccountPanels::openDialog() const
{
    return nullptr;
}

bool AccountPanels::signInAgain()
{
    return false;
}

InstancesPage::Prepared AccountPanels::prepareRequest(Action action, const QList<Resource> &resources, ActionRequest &request)
{
    Q_UNUSED(action);
    Q_UNUSED(resources);
    Q_UNUSED(request);
    return InstancesPage::Prepared::NotHandled;
}

} // namespace suanli::gui
