#include "accountmanager.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/provider.h"
#include "core/secretstore.h"
#include "platforms/platformregistry.h"

#include <QDir>
#include <QFile>

namespace suanli::gui {

namespace {

// The second secrets an account may have in the store; deleted with the account and moved with
// the others when the store changes.
const QStringList &knownExtraSecrets()
{
    static const QStringList names{QStringLiteral("password")};
    return names;
}

} // namespace

struct AccountManager::Entry
{
    QHash<QString, QString> extras;  // second secrets known in memory, by name
    QSet<QString> rememberedExtras;  // the names among them that are in the store too
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<Provider> provider; // declared last: destroyed before the session it uses
};

AccountManager::AccountManager(const QString &configDir, std::unique_ptr<SecretStore> secrets, EventLog *eventLog,
                               QObject *parent)
    : QObject(parent)
    , m_configDir(configDir)
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
    entry->session->setStateFile(stateFilePath(account.id));
    entry->provider = PlatformRegistry::createProvider(entry->session.get());
    // A cookie session the platform renewed is the account's secret from now on.
    const QString id = account.id;
    connect(entry->session.get(), &AccountSession::secretChanged, this,
            [this, id](const QString &secret) { storeSecret(id, secret); });
    m_entries.insert(account.id, entry);
    return entry.get();
}

QString AccountManager::stateFilePath(const QString &id) const
{
    return AccountSession::stateFilePath(m_configDir, id);
}

QString AccountManager::extraSecretKey(const QString &id, const QString &name)
{
    return SecretStore::extraKey(id, name);
}

void AccountManager::setExtraSecret(const QString &id, const QString &name, const QString &value, bool remember)
{
    const auto entry = m_entries.value(id);
    if (!entry)
        return;
    entry->extras.insert(name, value);
    const QString key = extraSecretKey(id, name);
    if (!remember) {
        entry->rememberedExtras.remove(name);
        m_secrets->remove(key, this, [](const Result<Done> &) {}); // nothing there is fine too
        return;
    }
    entry->rememberedExtras.insert(name);
    std::weak_ptr<Entry> weak = entry;
    m_secrets->write(key, value, this, [this, id, name, weak](const Result<Done> &r) {
        if (r.ok())
            return;
        if (auto e = weak.lock())
            e->rememberedExtras.remove(name); // still in memory for this session
        const auto account = m_store.byId(id);
        if (m_eventLog)
            m_eventLog->warning(account ? account->displayName : QString(), r.error().message);
        Q_EMIT notice(r.error().message);
    });
}

void AccountManager::extraSecret(const QString &id, const QString &name, QObject *context,
                                 std::function<void(const QString &value)> done)
{
    const auto entry = m_entries.value(id);
    if (!entry) {
        QMetaObject::invokeMethod(context, [done] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    if (entry->extras.contains(name)) {
        const QString value = entry->extras.value(name);
        QMetaObject::invokeMethod(context, [done, value] { done(value); }, Qt::QueuedConnection);
        return;
    }
    std::weak_ptr<Entry> weak = entry;
    m_secrets->read(extraSecretKey(id, name), context, [weak, name, done](const Result<QString> &r) {
        const QString value = r.ok() ? r.value() : QString();
        if (auto e = weak.lock(); e && !value.isEmpty() && !e->extras.contains(name)) {
            e->extras.insert(name, value);
            e->rememberedExtras.insert(name);
        }
        done(value);
    });
}

bool AccountManager::isExtraSecretRemembered(const QString &id, const QString &name) const
{
    const auto entry = m_entries.value(id);
    return entry && entry->rememberedExtras.contains(name);
}

void AccountManager::forgetExtraSecret(const QString &id, const QString &name)
{
    if (const auto entry = m_entries.value(id)) {
        entry->extras.remove(name);
        entry->rememberedExtras.remove(name);
    }
    m_secrets->remove(extraSecretKey(id, name), this, [](const Result<Done> &) {});
}

QString AccountManager::setLogin(const QString &id, const QString &login)
{
    auto account = m_store.byId(id);
    if (!account)
        return tr("No such account.");
    const Account before = *account;
    account->login = login.trimmed();
    m_store.update(*account);
    const QString error = m_store.save();
    if (!error.isEmpty()) {
        m_store.update(before);
        return error;
    }
    if (AccountSession *s = session(id))
        s->setAccount(*account);
    return {};
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
    for (const QString &extra : knownExtraSecrets())
        m_secrets->remove(extraSecretKey(id, extra), this, [](const Result<Done> &) {}); // absent is fine
    QFile::remove(stateFilePath(id));
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
        QStringList keys; // written to the new store: to forget in the old one afterwards
        int pending = 0;
        QStringList errors;
    };
    auto move = std::make_shared<Move>();
    move->store = std::move(store);
    // Each job ends with one call of `oneDone`.
    QList<std::function<void(std::function<void()>)>> jobs;
    auto writeJob = [move, context](const QString &key, const QString &value) {
        return [move, context, key, value](std::function<void()> oneDone) {
            move->store->write(key, value, context, [move, key, oneDone](const Result<Done> &r) {
                if (r.ok())
                    move->keys.append(key);
                else
                    move->errors.append(r.error().message);
                oneDone();
            });
        };
    };
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QString id = it.key();
        const Entry *entry = it.value().get();
        if (entry->session->hasSecret())
            jobs.append(writeJob(id, entry->session->secret()));
        for (const QString &name : knownExtraSecrets()) {
            const QString key = extraSecretKey(id, name);
            if (entry->rememberedExtras.contains(name)) {
                jobs.append(writeJob(key, entry->extras.value(name)));
            } else if (!entry->extras.contains(name)) {
                // Remembered in the old store but not read this session: carry it over unseen.
                jobs.append([this, move, context, key, writeJob](std::function<void()> oneDone) {
                    m_secrets->read(key, context, [writeJob, key, oneDone](const Result<QString> &r) {
                        if (r.ok() && !r.value().isEmpty())
                            writeJob(key, r.value())(oneDone);
                        else
                            oneDone();
                    });
                });
            }
        }
    }
    auto finish = [this, move, done](QObject *) {
        if (!move->errors.isEmpty()) {
            done(move->errors.join(QLatin1Char('\n')));
            return;
        }
        // The old store no longer needs the secrets; forget them there.
        for (const QString &key : std::as_const(move->keys))
            m_secrets->remove(key, this, [](const Result<Done> &) {});
        std::unique_ptr<SecretStore> old = std::exchange(m_secrets, std::move(move->store));
        old.release()->deleteLater(); // its jobs may still be finishing
        m_sessionOnly.clear();
        done({});
    };
    if (jobs.isEmpty()) {
        QMetaObject::invokeMethod(context, [finish, context] { finish(context); }, Qt::QueuedConnection);
        return;
    }
    move->pending = int(jobs.size());
    for (const auto &job : std::as_const(jobs)) {
        job([move, finish, context] {
            if (--move->pending == 0)
                finish(context);
        });
    }
}

} // namespace suanli::gui
