#pragma once

#include "sim/simendpoint.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace suanli::sim {

class Backend;
class ChenyuBackend;
class HuixingyunBackend;
class YuanjingBackend;
class SimServer;
class UnisBackend;
class UnisFileService;

// Starts simulated platforms in-process, each on its own loopback port, and tells clients how
// to reach them. Used by `suanli-sim`, the GUI's --demo and the integration tests.
class SimEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimEnvironment)

public:
    explicit SimEnvironment(QObject *parent = nullptr);
    ~SimEnvironment() override;

    static QStringList supportedPlatforms(); // {"chenyu", "huixingyun", "unis", "yuanjing"}

    // Starts the named platforms (an empty list starts every supported one). With firstPort 0
    // each gets a free port; otherwise the i-th platform listens on firstPort + i.
    // On failure nothing stays running and errorString() says why.
    bool start(const QStringList &platforms = {}, quint16 firstPort = 0);
    void stop();
    QString errorString() const;

    QList<SimEndpoint> endpoints() const;             // in the order started
    SimServer *server(const QString &platform) const; // nullptr when not started
    Backend *backend(const QString &platform) const;
    ChenyuBackend *chenyu() const;
    HuixingyunBackend *huixingyun() const;
    UnisBackend *unis() const;
    // The UNIS storage (its files live in a temporary directory unless one is set before start()).
    UnisFileService *unisFiles() const { return m_unisFiles; }
    void setUnisFilesDir(const QString &dir) { m_unisFilesDir = dir; }
    YuanjingBackend *yuanjing() const;

private:
    struct Platform
    {
        QString key;
        std::unique_ptr<Backend> backend;
        std::unique_ptr<SimServer> server; // declared after the backend: destroyed first
        SimEndpoint endpoint;
    };
    const Platform *find(const QString &key) const;

    std::vector<Platform> m_platforms;
    QString m_errorString;
    UnisFileService *m_unisFiles = nullptr; // owned by the UNIS backend
    QString m_unisFilesDir;
};

} // namespace suanli::sim
