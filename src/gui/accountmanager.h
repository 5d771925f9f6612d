#pragma once

#include "core/account.h"
#include "core/accountstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace suanli {
class AccountSession;
class EventLog;
class Provider;
class SecretStore;
class MemorySecretStore;
}

namespace suanli::gui {

// The accounts at run time: the accounts file, one session and provider per account, and the
// secret store. Where the secret store cannot keep a secret (no keychain), the secret is kept
// for this session only and the user is told.
class AccountManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    AccountManager(const QString &configDir, std::unique_ptr<SecretStore> secrets, EventLog *eventLog,
                   QObject *parent = nullptr);
    ~AccountManager() override;

    // Reads the accounts file, creates the sessions and starts reading their secrets.
    // Returns an error text for a damaged file.
    QString load();

    QList<Account> accounts() const { return m_store.accounts(); }
    std::optional<Account> account(const QString &id) const { return m_store.byId(id); }
    AccountSession *session(const QString &id) const;
    Provider *provider(const QString &id) const;
    SecretStore *secretStore() const { return m_secrets.get(); }
    EventLog *eventLog() const { return m_eventLog; }
    // Whether the account's secret lives only in memory until the application quits.
    bool isSessionOnly(const QString &id) const { return m_sessionOnly.contains(id); }

    bool nameTaken(const QString &name, const QString &exceptId = {}) const;
    // `base`, or `base` followed by " 2", " 3"... when taken.
    QString uniqueName(const QString &base) const;

    // Saves the account and its secret; returns an error text (name taken, file not writable).
    QString addAccount(const Account &account, const QString &secret);
    QString renameAccount(const QString &id, const QString &newName);
    // Forgets the account and deletes its secret from the store.
    void removeAccount(const QString &id);
    // A secret entered again (after a failed sign-in or a missing keychain entry).
    void setSecret(const QString &id, const QString &secret);
    // Saves a new login (username) for the account; returns an error text.
    QString setLogin(const QString &id, const QString &login);

    // A second secret of an account, such as the password 慧星云 wants for managing tokens.
    // With `remember` it goes to the secret store under "<accountId>/<name>"; without, it is
    // kept in memory for this session only (and a remembered one is forgotten).
    void setExtraSecret(const QString &id, const QString &name, const QString &value, bool remember);
    // From memory, else from the secret store; an empty string when there is none.
    void extraSecret(const QString &id, const QString &name, QObject *context, std::function<void(const QString &value)> done);
    bool isExtraSecretRemembered(const QString &id, const QString &name) const;
    void forgetExtraSecret(const QString &id, const QString &name);
    static QString extraSecretKey(const QString &id, const QString &name);
    // Where an account keeps what its platform must remember between runs (AccountSession::persist).
    QString stateFilePath(const QString &id) const;

    // Moves every secret held in memory to `store`, then uses it. `done` gets an error text or
    // an empty string; on error the current store stays in use.
    void replaceSecretStore(std::unique_ptr<SecretStore> store, QObject *context,
                            std::function<void(const QString &error)> done);

Q_SIGNALS:
    void accountAdded(const QString &id);
    void accountAboutToBeRemoved(const QString &id);
    void accountRemoved(const QString &id);
    void accountRenamed(const QString &id);
    // The session now holds a secret and may talk to the platform.
    void secretAvailable(const QString &id);
    // No secret could be read; `reason` says why (translated).
    void secretMissing(const QString &id, const QString &reason);
    // Something the user should read now (translated), e.g. that no keychain exists.
    void notice(const QString &message);

private:
    struct Entry;
    Entry *createEntry(const Account &account);
    void storeSecret(const QString &id, const QString &secret);

    QString m_configDir;
    AccountStore m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MemorySecretStore> m_sessionSecrets; // the fallback where m_secrets fails
    EventLog *m_eventLog;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QSet<QString> m_sessionOnly;
};

} // namespace suanli::gui
