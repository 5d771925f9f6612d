#pragma once

#include "transfer/transferqueue.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace suanli::transfer {
class RemoteFileService;
}

namespace suanli::gui {

class AccountManager;

// The storage of each account for the upload queue, made from the account's provider when the
// queue first asks (UNIS accounts have one). An account that goes away takes its uploads along.
class TransferServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferServices)

public:
    explicit TransferServices(AccountManager *accounts, QObject *parent = nullptr);
    ~TransferServices() override;

    // For TransferQueue's constructor.
    transfer::TransferQueue::ServiceResolver resolver();
    // Lets `queue` know when an account is removed.
    void attach(transfer::TransferQueue *queue);

    transfer::RemoteFileService *service(const QString &accountId);

private:
    AccountManager *m_accounts;
    QHash<QString, std::shared_ptr<transfer::RemoteFileService>> m_services;
};

} // namespace suanli::gui
