#include "sim/unis/unisaccounts.h"

#include "sim/unis/uniscrypto.h"
#include "sim/unis/uniswire.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <optional>

namespace suanli::sim::unis {

QByteArray Accounts::defaultAesKey()
{
    return QByteArrayLiteral("UnisDemoAesKey16");
}

Accounts::Accounts(QList<Tenant> tenants, QList<User> users)
    : m_tenants(std::move(tenants))
    , m_users(std::move(users))
    , m_aesKey(defaultAesKey())
{
    m_jwtSecret.resize(32);
    QRandomGenerator::securelySeeded().fillRange(reinterpret_cast<quint32 *>(m_jwtSecret.data()),
                                                  m_jwtSecret.size() / 4);
}

bool Accounts::setAesKey(const QByteArray &key)
{
    if (!isValidAesKey(key))
        return false;
    m_aesKey = key;
    return true;
}

QByteArray Accounts::aesKey() const
{
    return m_aesKey;
}

void Accounts::setPlainPasswords(bool plain)
{
    m_plainPasswords = plain;
}

bool Accounts::plainPasswords() const
{
    return m_plainPasswords;
}

void Accounts::setTokenLifetimeMs(qint64 ms)
{
    m_tokenLifetimeMs = qMax<qint64>(1, ms);
}

qint64 Accounts::tokenLifetimeMs() const
{
    return m_tokenLifetimeMs;
}

void Accounts::invalidateAllTokens()
{
    m_sessions.clear();
}

bool Accounts::setPassword(const QString &userName, const QString &password)
{
    for (User &user : m_users) {
        if (user.userName == userName) {
            user.password = password;
            return true;
        }
    }
    return false;
}

Accounts::LoginResult Accounts::login(const QString &userName, const QString &password,
                                      qint64 nowMs)
{
    // RuoYi's own messages; the decryption failure is ours (the document shows no failure).
    if (userName.isEmpty() || password.isEmpty())
        return {QString(), QStringLiteral("用户/密码必须填写")};
    QString plain = password;
    if (!m_plainPasswords) {
        const std::optional<QByteArray> decrypted = aesDecryptHex(m_aesKey, password);
        if (!decrypted)
            return {QString(), QStringLiteral("密码解密失败，请检查密码是否按要求加密")};
        plain = QString::fromUtf8(*decrypted);
    }
    for (User &user : m_users) {
        if (user.userName != userName)
            continue;
        if (user.password != plain)
            break;
        // Expired sessions go when someone signs in, as they would from Redis.
        m_sessions.removeIf([nowMs](QHash<QString, Session>::iterator it) {
            return it.value().expiresMs <= nowMs;
        });
        ++m_loginCounts[userName];
        user.loginMs = nowMs;
        return {issueToken(user, nowMs), QString()};
    }
    return {QString(), QStringLiteral("用户不存在/密码错误")};
}

QString Accounts::issueToken(User &user, qint64 nowMs)
{
    const QString key = wire::uuid();
    const qint64 expires = nowMs + m_tokenLifetimeMs;
    m_sessions.insert(key, {user.userId, expires});
    const Tenant *group = tenant(user.tenantId);
    const QString groupName = group ? group->linuxGroupname : QString();
    // The claims of the document's example token, with their mixed types.
    const QJsonObject claims{
        {QStringLiteral("clusterType"), QStringLiteral("localMultiTenant")},
        {QStringLiteral("sysUserName"), user.userName},
        {QStringLiteral("nickName"), user.nickName},
        {QStringLiteral("roleId"), QString::number(user.roleId)},
        {QStringLiteral("groupId"), QString::number(user.tenantId)},
        {QStringLiteral("sysGrpId"), QString::number(group ? group->gid : 0)},
        {QStringLiteral("iss"), QStringLiteral("ruoyi")},
        {QStringLiteral("tenantGid"), group ? group->gid : 0},
        {QStringLiteral("userName"), user.userName},
        {QStringLiteral("sysGrpName"), groupName},
        {QStringLiteral("userId"), QString::number(user.userId)},
        {QStringLiteral("groupName"), groupName},
        {QStringLiteral("tenantName"), groupName},
        {QStringLiteral("tenantId"), user.tenantId},
        {QStringLiteral("sysUserId"), QString::number(user.sysUserId)},
        // Whole seconds, rounded up so that the claim never ends before the session does.
        {QStringLiteral("exp"), (expires + 999) / 1000},
        {QStringLiteral("login_user_key"), key},
    };
    return signJwt(claims, m_jwtSecret);
}

const User *Accounts::authenticate(const QByteArray &authorization, qint64 nowMs) const
{
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix))
        return nullptr;
    const std::optional<QJsonObject> claims =
        verifyJwt(QString::fromLatin1(authorization.mid(prefix.size()).trimmed()), m_jwtSecret);
    if (!claims)
        return nullptr;
    const auto session =
        m_sessions.constFind(claims->value(QStringLiteral("login_user_key")).toString());
    if (session == m_sessions.cend() || session->expiresMs <= nowMs)
        return nullptr;
    return user(session->userId);
}

const User *Accounts::user(qint64 userId) const
{
    for (const User &candidate : m_users) {
        if (candidate.userId == userId)
            return &candidate;
    }
    return nullptr;
}

const User *Accounts::userByName(const QString &userName) const
{
    for (const User &candidate : m_users) {
        if (candidate.userName == userName)
            return &candidate;
    }
    return nullptr;
}

const Tenant *Accounts::tenant(qint64 tenantId) const
{
    for (const Tenant &candidate : m_tenants) {
        if (candidate.deptId == tenantId)
            return &candidate;
    }
    return nullptr;
}

const QList<User> &Accounts::users() const
{
    return m_users;
}

const QList<Tenant> &Accounts::tenants() const
{
    return m_tenants;
}

int Accounts::loginCount(const QString &userName) const
{
    return m_loginCounts.value(userName);
}

int Accounts::liveTokenCount(qint64 nowMs) const
{
    int count = 0;
    for (const Session &session : m_sessions)
        count += session.expiresMs > nowMs ? 1 : 0;
    return count;
}

} // namespace suanli::sim::unis
