#include "accountmanager.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/provider.h"
#include "core/secretstore.h"
#include "platforms/platformregistry.h"

namespace suanli::gui {

struct AccountManager::Entry
{
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<Provider> provider; // declared last: destroyed before the session it uses
};

AccountManager::AccountManager(const QString &configDir, std::unique_ptr<SecretStore> secrets, EventLog *eventLog,
                               QObject *parent)
    : QObject(parent)
    , m_store(configDir)
    , m_secrets(std::move(secrets))
    , m_sessionSecrets(std::make_unique<MemorySecretStore>())
    , m_eventLog(eventLog)
{
}

AccountManager::~AccountManager()
{
    // Providers and sessions go before the stores they may still be calling back into.
    m_entries.clear();
}

QString AccountManager::load()
{
    const QString error = m_store.load();
    if (!error.isEmpty())
        return error;
    for (const Account &account : m_store.accounts()) {
        if (m_entries.contains(account.id))
            continue;
        Entry *entry = createEntry(account);
        const QString id = account.id;
        m_secrets->read(id, this, [this, id, entry](const Result<QString> &secret) {
            if (!m_entries.contains(id) || m_entries.value(id).get() != entry)
                return; // removed meanwhile
            if (secret.ok() && !secret.value().isEmpty()) {
                entry->session->setSecret(secret.value());
                Q_EMIT secretAvailable(id);
                return;
            }
            const QString reason = secret.ok() ? tr("No saved secret for this account; enter it again.")
                                               : secret.error().message;
            entry->session->setState(AccountState::SignedOut, reason);
            Q_EMIT secretMissing(id, reason);
        });
    }
    return {};
}

AccountManager::Entry *AccountManager::createEntry(const Account &account)
{
    auto entry = std::make_shared<Entry>();
    entry->session = std::make_unique<AccountSession>(account, m_eventLog);
    entry->provider = PlatformRegistry::createProvider(entry->session.get());
    m_entries.insert(account.id, entry);
    return entry.get();
}

AccountSession *AccountManager::session(const QString &id) const
{
    const auto entry = m_entries.value(id);
    return entry ? entry->session.get() : nullptr;
}

Provider *AccountManager::provider(const QString &id) const
{
    const auto entry = m_entries.value(id);
    return entry ? entry->provider.get() : nullptr;
}

bool AccountManager::nameTaken(const QString &name, const QString &exceptId) const
{
    const auto found = m_store.byName(name.trimmed());
    return found && found->id != exceptId;
}

QString AccountManager::uniqueName(const QString &base) const
{
    if (!nameTaken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char(' ') + QString::number(n);
        if (!nameTaken(candidate))
            return candidate;
    }
}

QString AccountManager::addAccount(const Account &account, const QString &secret)
{
    QString error = m_store.add(account);
    if (!error.isEmpty())
        return error;
    error = m_store.save();
    if (!error.isEmpty()) {
        m_store.remove(account.id);
        return error;
    }
    Entry *entry = createEntry(account);
    entry->session->setSecret(secret);
    storeSecret(account.id, secret);
    if (m_eventLog)
        m_eventLog->info(account.displayName, tr("Account added."));
    Q_EMIT accountAdded(account.id);
    Q_EMIT secretAvailable(account.id);
    return {};
}

void AccountManager::storeSecret(const QString &id, const QString &secret)
{
    m_secrets->write(id, secret, this, [this, id, secret](const Result<Done> &r) {
        if (r.ok()) {
            m_sessionOnly.remove(id);
            m_sessionSecrets->remove(id, this, [](const Result<Done> &) {});
            return;
        }
        // No keychain (or it refused): keep the secret for this session and say so plainly.
        m_sessionOnly.insert(id);
        m_sessionSecrets->write(id, secret, this, [](const Result<Done> &) {});
        const auto account = m_store.byId(id);
        if (m_eventLog)
            m_eventLog->warning(account ? account->displayName : QString(), r.error().message);
        Q_EMIT notice(r.error().message);
    });
}

QString AccountManager::renameAccount(const QString &id, const QString &newName)
{
    const auto before = m_store.byId(id);
    if (!before)
        return tr("No such account.");
    QString error = m_store.rename(id, newName.trimmed());
    if (!error.isEmpty())
        return error;
    error = m_store.save();
    if (!error.isEmpty()) {
        m_store.rename(id, before->displayName);
        return error;
    }
    if (AccountSession *s = session(id))
        s->setAccount(*m_store.byId(id));
    if (m_eventLog)
        m_eventLog->info(newName, tr("Account renamed from \"%1\".").arg(before->displayName));
    Q_EMIT accountRenamed(id);
    return {};
}

void AccountManager::removeAccount(const QString &id)
{
    const auto account = m_store.byId(id);
    if (!account)
        return;
    Q_EMIT accountAboutToBeRemoved(id);
    const QString name = account->displayName;
    m_secrets->remove(id, this, [this, name](const Result<Done> &r) {
        if (!r.ok() && m_eventLog)
            m_eventLog->warning(name, r.error().message);
    });
    m_sessionSecrets->remove(id, this, [](const Result<Done> &) {});
    m_sessionOnly.remove(id);
    m_store.remove(id);
    const QString error = m_store.save();
    if (!error.isEmpty())
        Q_EMIT notice(error);
    if (auto entry = m_entries.take(id)) {
        entry->session->http()->cancelAll();
        // The session may be inside one of its own callbacks: let the event loop finish first.
        entry->provider.release()->deleteLater();
        entry->session.release()->deleteLater();
    }
    if (m_eventLog)
        m_eventLog->info(name, tr("Account removed."));
    Q_EMIT accountRemoved(id);
}

void AccountManager::setSecret(const QString &id, const QString &secret)
{
    AccountSession *s = session(id);
    if (!s)
        return;
    s->setSecret(secret);
    s->setState(AccountState::SignedOut);
    storeSecret(id, secret);
    Q_EMIT secretAvailable(id);
}

void AccountManager::replaceSecretStore(std::unique_ptr<SecretStore> store, QObject *context,
                                        std::function<void(const QString &error)> done)
{
    struct Move
    {
        std::unique_ptr<SecretStore> store;
        QStringList ids;
        int pending = 0;
        QStringList errors;
    };
    auto move = std::make_shared<Move>();
    move->store = std::move(store);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.value()->session->hasSecret())
            move->ids.append(it.key());
    }
    auto finish = [this, move, done](QObject *) {
        if (!move->errors.isEmpty()) {
            done(move->errors.join(QLatin1Char('\n')));
            return;
        }
        // The old store no longer needs the secrets; forget them there.
        for (const QString &id : std::as_const(move->ids))
            m_secrets->remove(id, this, [](const Result<Done> &) {});
        std::unique_ptr<SecretStore> old = std::exchange(m_secrets, std::move(move->store));
        old.release()->deleteLater(); // its jobs may still be finishing
        m_sessionOnly.clear();
        done({});
    };
    if (move->ids.isEmpty()) {
        QMetaObject::invokeMethod(context, [finish, context] { finish(context); }, Qt::QueuedConnection);
        return;
    }
    move->pending = int(move->ids.size());
    for (const QString &id : std::as_const(move->ids)) {
        move->store->write(id, session(id)->secret(), context, [move, finish, context](const Result<Done> &r) {
            if (!r.ok())
                move->errors.append(r.error().message);
            if (--move->pending == 0)
                finish(context);
        });
    }
}

} // namespace suanli::gui
