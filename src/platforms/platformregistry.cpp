#include "platformregistry.h"

#include "chenyu/chenyuprovider.h"

#include "core/accountsession.h"

namespace suanli {

QList<PlatformInfo> PlatformRegistry::available()
{
    return {
        PlatformInfo{QStringLiteral("chenyu"), tr("晨羽智云 Chenyu"), QUrl(QStringLiteral("https://www.chenyu.cn")),
                     tr("API key"),
                     tr("Copy the API key (K值) from the web console at chenyu.cn/console/apiServer."), false},
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
    return nullptr;
}

} // namespace suanli
