#include "account.h"

#include <QUuid>

namespace suanli {

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject Account::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), displayName},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("baseUrl"), baseUrl.toString()},
        {QStringLiteral("login"), login},
        {QStringLiteral("options"), QJsonObject::fromVariantMap(options)},
    };
}

Account Account::fromJson(const QJsonObject &o)
{
    Account a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.displayName = o.value(QStringLiteral("name")).toString();
    a.platform = o.value(QStringLiteral("platform")).toString();
    a.baseUrl = QUrl(o.value(QStringLiteral("baseUrl")).toString());
    a.login = o.value(QStringLiteral("login")).toString();
    a.options = o.value(QStringLiteral("options")).toObject().toVariantMap();
    return a;
}

QString AccountStateNames::key(AccountState state)
{
    switch (state) {
    case AccountState::SignedOut: return QStringLiteral("signed-out");
    case AccountState::SigningIn: return QStringLiteral("signing-in");
    case AccountState::Online: return QStringLiteral("online");
    case AccountState::AuthFailed: return QStringLiteral("auth-failed");
    case AccountState::Offline: return QStringLiteral("offline");
    }
    return {};
}

QString AccountStateNames::label(AccountState state)
{
    switch (state) {
    case AccountState::SignedOut: return tr("Signed out");
    case AccountState::SigningIn: return tr("Signing in…");
    case AccountState::Online: return tr("Online");
    case AccountState::AuthFailed: return tr("Sign-in failed");
    case AccountState::Offline: return tr("Offline");
    }
    return {};
}

} // namespace suanli
