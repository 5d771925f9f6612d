#include "platformregistry.h"

#include "chenyu/chenyuprovider.h"
#include "huixingyun/huixingyunprovider.h"
#include "unis/unisprovider.h"
#include "yuanjing/yuanjingprovider.h"

#include "core/accountsession.h"

namespace suanli {

QList<PlatformInfo> PlatformRegistry::available()
{
    return {
        PlatformInfo{QStringLiteral("chenyu"), tr("晨羽智云 Chenyu"), QUrl(QStringLiteral("https://www.chenyu.cn")),
                     tr("API key"),
                     tr("Copy the API key (K值) from the web console at chenyu.cn/console/apiServer."), false},
        // The trailing slash is the document's; AccountSession::endpoint() joins paths without doubling it.
        PlatformInfo{QStringLiteral("huixingyun"), tr("慧星云 Huixingyun"), QUrl(QStringLiteral("https://api-v1.huixingyun.com/")),
                     tr("API token"),
                     tr("慧星云 makes API tokens from your username and password: paste a token you already have, "
                        "or let the console create one with your password. The token is kept in the keychain; the "
                        "password only when you ask for it to be remembered."),
                     true},
        // Privately deployed: every account names its own base URL (https://<host>:<port>).
        PlatformInfo{QStringLiteral("unis"), tr("紫光 UNIS 算力平台"), QUrl(),
                     tr("Password"),
                     tr("Your UNIS username and password. From platform version D11 on, the password is sent "
                        "AES-encrypted with your deployment's login encryption key (account option aes-key, 16, 24 or "
                        "32 characters; ask the platform's administrator); for older platforms set plain-password=true. "
                        "A deployment with a certificate from its own CA needs that CA certificate (option ca-cert, a "
                        "PEM file). The password is kept in the keychain; the sign-in token only in memory."),
                     true},
        // No default address: the document gives none, so every account names its own.
        PlatformInfo{QStringLiteral("yuanjing"), tr("元境 Yuanjing"), QUrl(), tr("SMS code"),
                     tr("元境 signs in with a code sent by SMS to your phone. A phone number that has no 元境 account "
                        "yet gets a new one. The session the sign-in makes is kept in the keychain; when it ends, "
                        "sign in again with a new code."),
                     true, true},
    };
}

std::optional<PlatformInfo> PlatformRegistry::find(const QString &key)
{
    for (const PlatformInfo &p : available()) {
        if (p.key == key)
            return p;
    }
    return std::nullopt;
}

QStringList PlatformRegistry::knownKeys()
{
    return {QStringLiteral("chenyu"), QStringLiteral("huixingyun"), QStringLiteral("unis"), QStringLiteral("yuanjing")};
}

std::unique_ptr<Provider> PlatformRegistry::createProvider(AccountSession *session)
{
    const QString key = session->account().platform;
    if (key == u"chenyu")
        return std::make_unique<chenyu::ChenyuProvider>(session);
    if (key == u"huixingyun")
        return std::make_unique<huixingyun::HuixingyunProvider>(session);
    if (key == u"unis")
        return std::make_unique<unis::UnisProvider>(session);
    if (key == u"yuanjing")
        return std::make_unique<yuanjing::YuanjingProvider>(session);
    return nullptr;
}

} // namespace suanli
