#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace suanli {

// The non-secret description of one account. The secret lives only in the SecretStore,
// keyed by `id`.
struct Account
{
    QString id;          // uuid without braces
    QString displayName; // unique among the accounts; the CLI's NAME
    QString platform;    // "chenyu", "huixingyun", "unis", "yuanjing"
    QUrl baseUrl;
    QString login;       // username or phone, when the platform has one
    QVariantMap options; // platform-specific, non-secret

    static QString newId();
    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &object);
    bool operator==(const Account &other) const = default;
};

enum class AccountState { SignedOut, SigningIn, Online, AuthFailed, Offline };

class AccountStateNames final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStateNames)
public:
    static QString key(AccountState state);
    static QString label(AccountState state);
};

} // namespace suanli
