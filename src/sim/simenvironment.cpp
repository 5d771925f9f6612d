#include "sim/simenvironment.h"

#include "sim/chenyu/chenyubackend.h"
#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/unisfileservice.h"
#include "sim/yuanjing/yuanjingbackend.h"

namespace suanli::sim {

SimEnvironment::SimEnvironment(QObject *parent)
    : QObject(parent)
{}

SimEnvironment::~SimEnvironment()
{
    stop();
}

QStringList SimEnvironment::supportedPlatforms()
{
    return {QStringLiteral("chenyu"), QStringLiteral("huixingyun"), QStringLiteral("unis"), QStringLiteral("yuanjing")};
}

bool SimEnvironment::start(const QStringList &platforms, quint16 firstPort)
{
    stop();
    const QStringList wanted = platforms.isEmpty() ? supportedPlatforms() : platforms;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString &key = wanted.at(i);
        if (find(key)) {
            m_errorString = QStringLiteral("platform %1 given twice").arg(key);
            stop();
            return false;
        }
        Platform platform;
        platform.key = key;
        platform.endpoint.platform = key;
        if (key == QLatin1String("chenyu")) {
            auto backend = std::make_unique<ChenyuBackend>();
            platform.endpoint.credentialName = QStringLiteral("api-key");
            platform.endpoint.credential = backend->apiKey();
            platform.backend = std::move(backend);
        } else if (key == QLatin1String("huixingyun")) {
            auto backend = std::make_unique<HuixingyunBackend>();
            platform.endpoint.credentialName = QStringLiteral("token");
            platform.endpoint.credential = backend->apiToken();
            platform.endpoint.login = backend->username();
            platform.backend = std::move(backend);
        } else if (key == QLatin1String("unis")) {
            auto backend = std::make_unique<UnisBackend>();
            auto files = m_unisFilesDir.isEmpty() ? std::make_unique<UnisFileService>()
                                                  : std::make_unique<UnisFileService>(m_unisFilesDir);
            m_unisFiles = files.get();
            backend->addService(std::move(files));
            platform.endpoint.credentialName = QStringLiteral("password");
            platform.endpoint.credential = backend->password();
            platform.endpoint.login = backend->userName();
            platform.endpoint.options.insert(QStringLiteral("aes-key"),
                                             QString::fromLatin1(backend->aesKey()));
            platform.backend = std::move(backend);
        } else if (key == QLatin1String("yuanjing")) {
            // No fixed secret: the session cookie comes from an SMS sign-in with this phone.
            platform.endpoint.credentialName = QStringLiteral("phone");
            platform.endpoint.credential = YuanjingBackend::demoPhone();
            platform.endpoint.login = YuanjingBackend::demoPhone();
            platform.backend = std::make_unique<YuanjingBackend>();
        } else {
            m_errorString = QStringLiteral("unknown platform %1 (supported: %2)")
                                .arg(key, supportedPlatforms().join(QStringLiteral(", ")));
            stop();
            return false;
        }
        platform.server = std::make_unique<SimServer>(platform.backend.get());
        const quint16 port = firstPort == 0 ? 0 : quint16(firstPort + i);
        if (!platform.server->start(port)) {
            m_errorString = QStringLiteral("%1: cannot listen on 127.0.0.1:%2: %3")
                                .arg(key)
                                .arg(port)
                                .arg(platform.server->errorString());
            stop();
            return false;
        }
        platform.endpoint.baseUrl = platform.server->baseUrl();
        m_platforms.push_back(std::move(platform));
    }
    m_errorString.clear();
    return true;
}

void SimEnvironment::stop()
{
    m_platforms.clear();
    m_unisFiles = nullptr;
}

QString SimEnvironment::errorString() const
{
    return m_errorString;
}

QList<SimEndpoint> SimEnvironment::endpoints() const
{
    QList<SimEndpoint> list;
    for (const Platform &platform : m_platforms) {
        SimEndpoint endpoint = platform.endpoint;
        // Secrets and logins can be changed on the backend after start; report the current ones.
        if (auto *chenyuBackend = dynamic_cast<ChenyuBackend *>(platform.backend.get()))
            endpoint.credential = chenyuBackend->apiKey();
        if (auto *huixingyunBackend = dynamic_cast<HuixingyunBackend *>(platform.backend.get())) {
            endpoint.credential = huixingyunBackend->apiToken();
            endpoint.login = huixingyunBackend->username();
        }
        if (auto *unisBackend = dynamic_cast<UnisBackend *>(platform.backend.get())) {
            endpoint.credential = unisBackend->password();
            endpoint.options.insert(QStringLiteral("aes-key"),
                                    QString::fromLatin1(unisBackend->aesKey()));
        }
        list.append(endpoint);
    }
    return list;
}

SimServer *SimEnvironment::server(const QString &platform) const
{
    const Platform *found = find(platform);
    return found ? found->server.get() : nullptr;
}

Backend *SimEnvironment::backend(const QString &platform) const
{
    const Platform *found = find(platform);
    return found ? found->backend.get() : nullptr;
}

ChenyuBackend *SimEnvironment::chenyu() const
{
    return dynamic_cast<ChenyuBackend *>(backend(QStringLiteral("chenyu")));
}

HuixingyunBackend *SimEnvironment::huixingyun() const
{
    return dynamic_cast<HuixingyunBackend *>(backend(QStringLiteral("huixingyun")));
}

UnisBackend *SimEnvironment::unis() const
{
    return dynamic_cast<UnisBackend *>(backend(QStringLiteral("unis")));
}

YuanjingBackend *SimEnvironment::yuanjing() const
{
    return dynamic_cast<YuanjingBackend *>(backend(QStringLiteral("yuanjing")));
}

const SimEnvironment::Platform *SimEnvironment::find(const QString &key) const
{
    for (const Platform &platform : m_platforms) {
        if (platform.key == key)
            return &platform;
    }
    return nullptr;
}

} // namespace suanli::sim
