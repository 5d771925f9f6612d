#pragma once

#include "instancespage.h"

#include "core/provider.h"
#include "core/result.h"

#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QTabWidget;

namespace suanli {
class AccountSession;
class AppSettings;
}

namespace suanli::transfer {
class TransferQueue;
}

namespace suanli::gui {

class AccountManager;
class AccountTab;

// The parts of an account tab that only some platforms have: pages beside the instances (bills,
// API tokens), the ways to create resources, and the dialogs that complete an action's request
// (an image, a billing mode). create() is the one place that picks them by platform; the tab
// itself only asks capabilities.
class AccountPanels : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPanels)

public:
    struct Context
    {
        AccountTab *tab = nullptr;
        AccountSession *session = nullptr;
        Provider *provider = nullptr;
        AccountManager *accounts = nullptr; // for second secrets; may be null
        AppSettings *settings = nullptr;
    };

    // Trades the account's username (its login) and password for an API token, for platforms
    // that sign in that way.
    using PasswordSignIn = std::function<void(Provider *provider, const QString &password, QObject *context,
                                              std::function<void(const Result<QString> &token)> done)>;

    // The panels of the context's platform, parented to the tab. Platforms without extras get
    // plain ones.
    static AccountPanels *create(const Context &context);
    // Empty for platforms that take only their secret.
    static PasswordSignIn passwordSignIn(const QString &platformKey);
    // The name of a token created at sign-in: it tells the platform's token list which computer
    // uses it ("Suanli Console @ host").
    static QString signInTokenName();

    AccountPanels(const Context &context, QObject *parent);
    ~AccountPanels() override;

    // Adds the platform's pages after the instances page.
    virtual void addPages(QTabWidget *pages);
    // A row under the tab's header for what only this platform says about the account (who
    // the account is, its quotas), parented to `parent`; nullptr for none.
    virtual QWidget *createHeaderRow(QWidget *parent);
    // The actions that create resources, the main one first; owned by the panels.
    virtual QList<QAction *> createActions() const;
    // The create dialog now open, if any.
    virtual QDialog *openDialog() const;
    // Asks what an action needs beyond the resources (and confirms it when it costs money).
    virtual InstancesPage::Prepared prepareRequest(Action action, const QList<Resource> &resources, ActionRequest &request);
    // The window's upload queue, for platforms with storage of their own (a files page); called
    // once, after addPages(), when the window has a queue.
    virtual void attachTransfers(transfer::TransferQueue *queue);
    // Signs the account in again its own way (a new SMS code); false where the secret is simply
    // typed again.
    virtual bool signInAgain();

protected:
    const Context &context() const { return m_context; }

private:
    Context m_context;
};

} // namespace suanli::gui
