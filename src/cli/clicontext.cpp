#include "clicontext.h"

#include "awaitresult.h"
#include "exitcode.h"
#include "output.h"
#include "usage.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/secretstore.h"
#include "platforms/platformregistry.h"

#include <QDir>
#include <QFile>

namespace suanli::cli {

QString CliContext::keychainService()
{
    return QStringLiteral("Suanli Console");
}

CliContext::CliContext(const QString &configDirOverride, bool verbose, Output &out, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_verbose(verbose)
    , m_configDir(resolveConfigDir(configDirOverride))
    , m_settings(m_configDir)
    , m_accounts(m_configDir)
    , m_eventLog(new EventLog(this))
{
}

CliContext::~CliContext()
{
    storeChangedSecrets();
    // Providers talk through their sessions, which are children of this object: they go first.
    m_providers.clear();
}

void CliContext::storeChangedSecrets()
{
    for (auto it = m_changedSecrets.cbegin(); it != m_changedSecrets.cend(); ++it) {
        // Only for accounts that exist: an account being added stores its secret itself.
        if (!m_accounts.byId(it.key()))
            continue;
        SecretStore *store = secretStore();
        const Result<Done> written =
            awaitResult<Done>([&](QObject *ctx, auto done) { store->write(it.key(), it.value(), ctx, std::move(done)); });
        if (!written)
            m_out.error(tr("The account's new session could not be stored: %1").arg(written.error().toDisplayString()));
    }
    m_changedSecrets.clear();
}

bool CliContext::loadAccounts()
{
    const QString error = m_accounts.load();
    if (!error.isEmpty()) {
        m_out.error(error);
        return false;
    }
    return true;
}

std::optional<Account> CliContext::resolveAccount(const QString &name, int *exitCode)
{
    if (!loadAccounts()) {
        *exitCode = ExitFailed;
        return std::nullopt;
    }
    if (!name.isEmpty()) {
        if (auto account = m_accounts.byName(name))
            return account;
        m_out.error(tr("No account named \"%1\". See: suanli-cli account list").arg(name));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const QList<Account> &all = m_accounts.accounts();
    if (all.size() == 1)
        return all.constFirst();
    if (all.isEmpty())
        m_out.error(tr("No account yet. Add one with: suanli-cli account add NAME --platform PLATFORM"));
    else
        m_out.error(tr("There are %1 accounts: choose one with --account NAME.").arg(all.size()));
    *exitCode = ExitUsage;
    return std::nullopt;
}

std::optional<QList<Account>> CliContext::resolveAccounts(bool named, const QString &name, int *exitCode)
{
    if (named) {
        const auto account = resolveAccount(name, exitCode);
        if (!account)
            return std::nullopt;
        return QList<Account>{*account};
    }
    if (!loadAccounts()) {
        *exitCode = ExitFailed;
        return std::nullopt;
    }
    return m_accounts.accounts();
}

std::unique_ptr<SecretStore> CliContext::makeKeychainStore()
{
    return std::make_unique<KeychainSecretStore>(keychainService());
}

bool CliContext::usesInsecureStorage() const
{
    return m_settings.secretStorage() == insecureStorageKey();
}

QString CliContext::insecureSecretsPath() const
{
    return InsecureFileSecretStore::defaultPath(m_configDir);
}

SecretStore *CliContext::secretStore(bool forceInsecure)
{
    if (forceInsecure || usesInsecureStorage()) {
        if (!m_insecure)
            m_insecure = std::make_unique<InsecureFileSecretStore>(insecureSecretsPath());
        return m_insecure.get();
    }
    if (!m_keychain)
        m_keychain = makeKeychainStore();
    return m_keychain.get();
}

Result<QString> CliContext::readSecret(const QString &accountId)
{
    SecretStore *primary = secretStore();
    auto r = awaitResult<QString>([&](QObject *ctx, auto done) { primary->read(accountId, ctx, std::move(done)); });
    if (r || r.error().kind != ApiError::Kind::Auth)
        return r;
    // Not in the configured store: it may predate a switch of storage.
    SecretStore *secondary = nullptr;
    if (usesInsecureStorage()) {
        if (!m_keychain)
            m_keychain = makeKeychainStore();
        secondary = m_keychain.get();
    } else if (QFile::exists(insecureSecretsPath())) {
        secondary = secretStore(true);
    }
    if (!secondary)
        return r;
    auto fallback = awaitResult<QString>([&](QObject *ctx, auto done) { secondary->read(accountId, ctx, std::move(done)); });
    return fallback ? fallback : r;
}

Result<Done> CliContext::removeSecret(const QString &accountId)
{
    SecretStore *primary = secretStore();
    const auto r = awaitResult<Done>([&](QObject *ctx, auto done) { primary->remove(accountId, ctx, std::move(done)); });
    if (!usesInsecureStorage() && QFile::exists(insecureSecretsPath())) {
        SecretStore *file = secretStore(true);
        awaitResult<Done>([&](QObject *ctx, auto done) { file->remove(accountId, ctx, std::move(done)); });
    } else if (usesInsecureStorage()) {
        // A keychain entry from before the switch; the keychain may well be unavailable now.
        if (!m_keychain)
            m_keychain = makeKeychainStore();
        awaitResult<Done>([&](QObject *ctx, auto done) { m_keychain->remove(accountId, ctx, std::move(done)); });
    }
    return r;
}

AccountSession *CliContext::createSession(const Account &account)
{
    auto *session = new AccountSession(account, m_eventLog, this);
    session->setStateFile(AccountSession::stateFilePath(m_configDir, account.id));
    // A platform whose session is a cookie may set it anew on any answer: kept for the end.
    connect(session, &AccountSession::secretChanged, this,
            [this, id = account.id](const QString &secret) { m_changedSecrets.insert(id, secret); });
    if (m_verbose) {
        connect(session->http(), &HttpClient::requestLogged, this, [this](const HttpLogEntry &e) {
            QString line = QStringLiteral("[http] ") + QString::fromLatin1(e.method) + u' ' + e.url + QStringLiteral(" -> ")
                + (e.status > 0 ? QString::number(e.status) : tr("no answer")) + QStringLiteral(" (")
                + QString::number(e.durationMs) + QStringLiteral(" ms");
            if (e.attempt > 1)
                line += QStringLiteral(", ") + tr("attempt %1").arg(e.attempt);
            line += u')';
            if (!e.error.isEmpty())
                line += QStringLiteral(": ") + e.error;
            m_out.note(line);
        });
    }
    return session;
}

Result<Provider *> CliContext::providerFor(AccountSession *session)
{
    std::unique_ptr<Provider> provider = PlatformRegistry::createProvider(session);
    if (!provider) {
        return ApiError::unsupported(tr("The account \"%1\" is on the platform \"%2\", which this build of suanli-cli "
                                        "does not support.")
                                         .arg(session->name(), session->account().platform));
    }
    Provider *raw = provider.get();
    m_providers.push_back(std::move(provider));
    return raw;
}

Result<Provider *> CliContext::createProvider(const Account &account)
{
    if (!PlatformRegistry::find(account.platform)) {
        return ApiError::unsupported(tr("The account \"%1\" is on the platform \"%2\", which this build of suanli-cli "
                                        "does not support.")
                                         .arg(account.displayName, account.platform));
    }
    return providerFor(createSession(account));
}

Result<Done> CliContext::unlock(Provider *provider)
{
    const Result<QString> secret = readSecret(provider->session()->account().id);
    if (!secret)
        return secret.error();
    provider->session()->setSecret(secret.value());
    return Done{};
}

Result<Provider *> CliContext::openProvider(const Account &account)
{
    const Result<Provider *> provider = createProvider(account);
    if (!provider)
        return provider;
    const Result<Done> unlocked = unlock(provider.value());
    if (!unlocked)
        return unlocked.error();
    return provider;
}

int CliContext::usageError(const QString &message, const QString &command) const
{
    m_out.error(QStringLiteral("suanli-cli: ") + message);
    m_out.error(Usage::hint(command));
    return ExitUsage;
}

Provider *CliContext::platformProvider(const QString &accountName, const QString &platformKey, const QString &command,
                                       bool unlock, int *exitCode)
{
    const auto account = resolveAccount(accountName, exitCode);
    if (!account)
        return nullptr;
    if (account->platform != platformKey) {
        const auto info = PlatformRegistry::find(platformKey);
        m_out.error(tr("\"%1\" is a command for %2 accounts; %3 is a %4 account.")
                        .arg(command, info ? info->displayName : platformKey, account->displayName, account->platform));
        *exitCode = ExitUsage;
        return nullptr;
    }
    const Result<Provider *> provider = unlock ? openProvider(*account) : createProvider(*account);
    if (!provider) {
        *exitCode = fail(provider.error());
        hintSignIn(provider.error(), account->displayName);
        return nullptr;
    }
    return provider.value();
}

int CliContext::exitCodeFor(const ApiError &error)
{
    // Unsupported here comes from the secret store or from an account this build cannot serve:
    // a failure. Commands that refuse an action map it to ExitRefused themselves.
    return error.kind == ApiError::Kind::Auth ? ExitAuth : ExitFailed;
}

int CliContext::fail(const ApiError &error, const QString &accountName) const
{
    const QString text = error.toDisplayString();
    m_out.error(accountName.isEmpty() ? text : accountName + QStringLiteral(": ") + text);
    hintSignIn(error, accountName);
    return exitCodeFor(error);
}

void CliContext::hintSignIn(const ApiError &error, const QString &accountName) const
{
    // A session that ended is signed in again, never typed in: say how.
    if (error.kind != ApiError::Kind::Auth || accountName.isEmpty())
        return;
    const auto account = m_accounts.byName(accountName);
    const auto info = account ? PlatformRegistry::find(account->platform) : std::nullopt;
    if (info && info->signsInBySms)
        m_out.error(tr("Sign in again with a new SMS code: suanli-cli account login %1").arg(accountName));
}

} // namespace suanli::cli
