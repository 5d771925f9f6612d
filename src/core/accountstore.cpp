#include "accountstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace suanli {

AccountStore::AccountStore(QString configDir)
    : m_dir(std::move(configDir))
{
}

QString AccountStore::filePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("accounts.json"));
}

QString AccountStore::load()
{
    m_accounts.clear();
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return tr("The accounts file %1 is damaged (%2); it was left as it is.")
            .arg(QDir::toNativeSeparators(filePath()), err.errorString());
    const QJsonArray list = doc.object().value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &v : list) {
        Account a = Account::fromJson(v.toObject());
        if (!a.id.isEmpty() && !a.displayName.isEmpty())
            m_accounts.append(a);
    }
    return {};
}

QString AccountStore::save() const
{
    if (!QDir().mkpath(m_dir))
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_dir));
    QJsonArray list;
    for (const Account &a : m_accounts)
        list.append(a.toJson());
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), list}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
    return {};
}

std::optional<Account> AccountStore::byName(const QString &name) const
{
    for (const Account &a : m_accounts) {
        if (a.displayName == name)
            return a;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::byId(const QString &id) const
{
    for (const Account &a : m_accounts) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

QString AccountStore::add(const Account &account)
{
    if (account.displayName.trimmed().isEmpty())
        return tr("The account needs a name.");
    if (byName(account.displayName))
        return tr("An account named \"%1\" already exists.").arg(account.displayName);
    m_accounts.append(account);
    return {};
}

bool AccountStore::remove(const QString &id)
{
    return m_accounts.removeIf([&](const Account &a) { return a.id == id; }) > 0;
}

QString AccountStore::rename(const QString &id, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return tr("The account needs a name.");
    if (auto other = byName(name); other && other->id != id)
        return tr("An account named \"%1\" already exists.").arg(name);
    for (Account &a : m_accounts) {
        if (a.id == id) {
            a.displayName = name;
            return {};
        }
    }
    return tr("No such account.");
}

void AccountStore::update(const Account &account)
{
    for (Account &a : m_accounts) {
        if (a.id == account.id)
            a = account;
    }
}

} // namespace suanli
