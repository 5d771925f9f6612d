#include "secretstore.h"

#include "logging.h"
#include "redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace suanli {

namespace {

// Calls `fn` from the event loop, and only if `context` still exists.
void later(QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

QString missingSecretMessage()
{
    return SecretStore::tr("No saved secret for this account; enter it again.");
}

} // namespace

SecretStore::~SecretStore() = default;

QString SecretStore::extraKey(const QString &accountId, const QString &name)
{
    return accountId + QLatin1Char('/') + name;
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::description() const
{
    return tr("System keychain");
}

QString KeychainSecretStore::unavailableMessage(const QString &detail)
{
    return tr("The system keychain is not available (%1). The secret is kept for this session only "
              "and must be entered again after a restart.")
        .arg(detail);
}

void KeychainSecretStore::write(const QString &accountId, const QString &secret, QObject *context, Completion<Done> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(accountId);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            done(Done{});
            return;
        }
        qCWarning(lcSecrets) << "keychain write failed:" << j->errorString();
        ApiError e = ApiError::unsupported(j->error() == QKeychain::NoBackendAvailable
                                               ? unavailableMessage(j->errorString())
                                               : tr("The keychain refused to store the secret: %1").arg(j->errorString()));
        done(e);
    });
    job->start();
}

void KeychainSecretStore::read(const QString &accountId, QObject *context, Completion<QString> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(accountId);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError) {
            const QString secret = read->textData();
            Redactor::registerSecret(secret);
            done(secret);
        } else if (read->error() == QKeychain::EntryNotFound) {
            done(ApiError::auth(missingSecretMessage()));
        } else {
            done(ApiError::unsupported(read->error() == QKeychain::NoBackendAvailable
                                           ? unavailableMessage(read->errorString())
                                           : tr("The keychain could not be read: %1").arg(read->errorString())));
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &accountId, QObject *context, Completion<Done> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(accountId);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            done(Done{});
        else
            done(ApiError::unsupported(tr("The keychain entry could not be removed: %1").arg(j->errorString())));
    });
    job->start();
}

MemorySecretStore::~MemorySecretStore() = default;

QString MemorySecretStore::description() const
{
    return tr("This session only");
}

void MemorySecretStore::write(const QString &accountId, const QString &secret, QObject *context, Completion<Done> done)
{
    m_secrets.insert(accountId, secret);
    Redactor::registerSecret(secret);
    later(context, [done = std::move(done)] { done(Done{}); });
}

void MemorySecretStore::read(const QString &accountId, QObject *context, Completion<QString> done)
{
    const auto it = m_secrets.constFind(accountId);
    if (it == m_secrets.cend())
        later(context, [done = std::move(done)] { done(ApiError::auth(missingSecretMessage())); });
    else
        later(context, [done = std::move(done), s = *it] { done(s); });
}

void MemorySecretStore::remove(const QString &accountId, QObject *context, Completion<Done> done)
{
    m_secrets.remove(accountId);
    later(context, [done = std::move(done)] { done(Done{}); });
}

InsecureFileSecretStore::InsecureFileSecretStore(QString filePath, QObject *parent)
    : SecretStore(parent)
    , m_path(std::move(filePath))
{
}

InsecureFileSecretStore::~InsecureFileSecretStore() = default;

QString InsecureFileSecretStore::defaultPath(const QString &configDir)
{
    return QDir(configDir).filePath(QStringLiteral("secrets.insecure.json"));
}

QString InsecureFileSecretStore::description() const
{
    return tr("Unencrypted file (insecure)");
}

QString InsecureFileSecretStore::warning()
{
    return tr("Secrets are stored unencrypted in a file readable only by your user. Anyone with access "
              "to your user account or its backups can read them.");
}

QHash<QString, QString> InsecureFileSecretStore::loadAll(QString *error) const
{
    QHash<QString, QString> all;
    QFile f(m_path);
    if (!f.exists())
        return all;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return all;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        all.insert(it.key(), it.value().toString());
    return all;
}

QString InsecureFileSecretStore::saveAll(const QHash<QString, QString> &all) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject o;
    for (auto it = all.begin(); it != all.end(); ++it)
        o.insert(it.key(), it.value());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return f.errorString();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void InsecureFileSecretStore::write(const QString &accountId, const QString &secret, QObject *context, Completion<Done> done)
{
    QString error;
    auto all = loadAll(&error);
    if (error.isEmpty()) {
        all.insert(accountId, secret);
        error = saveAll(all);
    }
    Redactor::registerSecret(secret);
    later(context, [done = std::move(done), error] {
        if (error.isEmpty())
            done(Done{});
        else
            done(ApiError::unsupported(tr("The secrets file could not be written: %1").arg(error)));
    });
}

void InsecureFileSecretStore::read(const QString &accountId, QObject *context, Completion<QString> done)
{
    QString error;
    const auto all = loadAll(&error);
    const auto it = all.constFind(accountId);
    const bool found = it != all.cend();
    const QString secret = found ? *it : QString();
    if (found)
        Redactor::registerSecret(secret);
    later(context, [done = std::move(done), error, found, secret] {
        if (!error.isEmpty())
            done(ApiError::unsupported(tr("The secrets file could not be read: %1").arg(error)));
        else if (!found)
            done(ApiError::auth(missingSecretMessage()));
        else
            done(secret);
    });
}

void InsecureFileSecretStore::remove(const QString &accountId, QObject *context, Completion<Done> done)
{
    QString error;
    auto all = loadAll(&error);
    if (error.isEmpty() && all.remove(accountId) > 0)
        error = saveAll(all);
    later(context, [done = std::move(done), error] {
        if (error.isEmpty())
            done(Done{});
        else
            done(ApiError::unsupported(tr("The secrets file could not be written: %1").arg(error)));
    });
}

} // namespace suanli
