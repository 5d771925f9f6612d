#pragma once

#include "sim/unis/unisrecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace suanli::sim::unis {

// Tenants, users and sign-in: the AES-encrypted login, the JWT it answers with and the sessions
// behind those tokens.
class Accounts
{
public:
    static QByteArray defaultAesKey(); // "UnisDemoAesKey16": 16 bytes, AES-128

    Accounts(QList<Tenant> tenants, QList<User> users);

    // The deployment's login key (16, 24 or 32 bytes); false, and no change, for another length.
    bool setAesKey(const QByteArray &key);
    QByteArray aesKey() const;
    // A deployment from before version D11 takes the password as it is typed.
    void setPlainPasswords(bool plain);
    bool plainPasswords() const;
    // Lifetime of tokens issued from now on (default two hours).
    void setTokenLifetimeMs(qint64 ms);
    qint64 tokenLifetimeMs() const;
    // Every token issued so far stops working; signing in again works.
    void invalidateAllTokens();
    bool setPassword(const QString &userName, const QString &password);

    struct LoginResult
    {
        QString token;   // empty on failure
        QString message; // the RuoYi msg of a failure
    };
    LoginResult login(const QString &userName, const QString &password, qint64 nowMs);
    // The user behind "Bearer <token>", or nullptr for a missing, malformed, forged, expired or
    // invalidated token.
    const User *authenticate(const QByteArray &authorization, qint64 nowMs) const;

    const User *user(qint64 userId) const;
    const User *userByName(const QString &userName) const;
    const Tenant *tenant(qint64 tenantId) const;
    const QList<User> &users() const;
    const QList<Tenant> &tenants() const;

    int loginCount(const QString &userName) const; // successful sign-ins
    int liveTokenCount(qint64 nowMs) const;

private:
    struct Session
    {
        qint64 userId = 0;
        qint64 expiresMs = 0;
    };

    QString issueToken(User &user, qint64 nowMs);

    QList<Tenant> m_tenants;
    QList<User> m_users;
    QByteArray m_aesKey;
    bool m_plainPasswords = false;
    qint64 m_tokenLifetimeMs = 2 * 3600 * 1000;
    QByteArray m_jwtSecret;
    QHash<QString, Session> m_sessions; // by login_user_key
    QHash<QString, int> m_loginCounts;
};

} // namespace suanli::sim::unis
