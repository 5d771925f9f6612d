#pragma once

#include "core/account.h"
#include "core/accountstore.h"
#include "core/appsettings.h"
#include "core/apierror.h"
#include "core/provider.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace suanli {
class AccountSession;
class EventLog;
class SecretStore;
}

namespace suanli::cli {

class Output;

// What every command needs: the config dir with its accounts and settings, the secret store,
// and sessions with their Providers for the accounts a command touches.
class CliContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    // The keychain service that keeps the accounts' secrets (shared with the GUI).
    static QString keychainService();
    static QString insecureStorageKey() { return QStringLiteral("insecure-file"); }

    CliContext(const QString &configDirOverride, bool verbose, Output &out, QObject *parent = nullptr);
    ~CliContext() override;

    Output &out() const { return m_out; }
    QString configDir() const { return m_configDir; }
    AppSettings &settings() { return m_settings; }
    AccountStore &accounts() { return m_accounts; }

    // Reads accounts.json; prints the problem and returns false when it cannot be read.
    bool loadAccounts();
    // The account named `name`, or when `name` is empty the only account there is. Prints why
    // not otherwise and sets `exitCode`.
    std::optional<Account> resolveAccount(const QString &name, int *exitCode);
    // The account named `name` when `named`, else every account (for list and balance).
    std::optional<QList<Account>> resolveAccounts(bool named, const QString &name, int *exitCode);

    // Where secrets go, as settings.ini says (or as `forceInsecure` asks).
    SecretStore *secretStore(bool forceInsecure = false);
    bool usesInsecureStorage() const;
    QString insecureSecretsPath() const;
    // Reads an account's secret from the configured store, falling back to the other one, so
    // that accounts added before a switch of storage keep working.
    Result<QString> readSecret(const QString &accountId);
    // Removes the secret from every store that may hold it; an error only for the configured one.
    Result<Done> removeSecret(const QString &accountId);

    // A session for `account` (its requests logged to stderr with --verbose), owned by the context.
    AccountSession *createSession(const Account &account);
    // A Provider for `account`, with its secret read from the store.
    Result<Provider *> openProvider(const Account &account);
    // A Provider for `account` whose secret is not read yet: enough to ask what it offers.
    Result<Provider *> createProvider(const Account &account);
    // Reads the secret of the Provider's account into its session.
    Result<Done> unlock(Provider *provider);
    // A Provider for a session whose secret is already set.
    Result<Provider *> providerFor(AccountSession *session);

    // Prints the error's text on stderr and returns the exit code it stands for.
    int fail(const ApiError &error, const QString &accountName = {}) const;
    // Prints a usage problem with the hint for `command`; returns the usage exit code.
    int usageError(const QString &message, const QString &command) const;
    // The Provider of the account named `accountName` (or the only account) for a command that
    // exists for one platform only; with `unlock` its secret is read too. Prints why not and
    // sets `exitCode` otherwise.
    Provider *platformProvider(const QString &accountName, const QString &platformKey, const QString &command,
                               bool unlock, int *exitCode);
    static int exitCodeFor(const ApiError &error);
    // For an account that signs in by SMS whose session ended: how to sign in again.
    void hintSignIn(const ApiError &error, const QString &accountName) const;

private:
    std::unique_ptr<SecretStore> makeKeychainStore();
    // Stores the secrets the platforms changed during the command (a cookie session set anew).
    void storeChangedSecrets();

    Output &m_out;
    bool m_verbose;
    QString m_configDir;
    AppSettings m_settings;
    AccountStore m_accounts;
    EventLog *m_eventLog;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_insecure;
    std::vector<std::unique_ptr<Provider>> m_providers;
    QHash<QString, QString> m_changedSecrets; // account id -> secret, of accounts already saved
};

} // namespace suanli::cli
