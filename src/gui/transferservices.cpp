#include "gui/transferservices.h"

#include "gui/accountmanager.h"
#include "platforms/unis/unisprovider.h"
#include "transfer/unisremotefiles.h"

#include <QPointer>

namespace suanli::gui {

TransferServices::TransferServices(AccountManager *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
}

TransferServices::~TransferServices() = default;

transfer::RemoteFileService *TransferServices::service(const QString &accountId)
{
    if (const auto found = m_services.constFind(accountId); found != m_services.cend())
        return found->get();
    auto *provider = qobject_cast<unis::UnisProvider *>(m_accounts->provider(accountId));
    if (!provider)
        return nullptr;
    auto service = std::make_shared<transfer::UnisRemoteFiles>(provider->client());
    m_services.insert(accountId, service);
    return service.get();
}

transfer::TransferQueue::ServiceResolver TransferServices::resolver()
{
    QPointer<TransferServices> self(this);
    return [self](const QString &accountId) -> transfer::RemoteFileService * {
        return self ? self->service(accountId) : nullptr;
    };
}

void TransferServices::attach(transfer::TransferQueue *queue)
{
    connect(m_accounts, &AccountManager::accountAboutToBeRemoved, queue, [this, queue](const QString &id) {
        queue->forgetAccount(id);
        m_services.remove(id);
    });
}

} // namespace suanli::gui
