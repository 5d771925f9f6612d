#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Plain records of the simulated Huixingyun account. Times are ms since epoch.
namespace suanli::sim::huixingyun {

// The document shows only "Stopped"; the rest of the set is ours and shared with the client.
namespace status {
inline const QString Creating = QStringLiteral("Creating");
inline const QString Starting = QStringLiteral("Starting");
inline const QString Running = QStringLiteral("Running");
inline const QString Stopping = QStringLiteral("Stopping");
inline const QString Stopped = QStringLiteral("Stopped");
inline const QString Rebuilding = QStringLiteral("Rebuilding");
inline const QString Destroying = QStringLiteral("Destroying");
} // namespace status

enum class PayMethod { Hour, Day, Month };

// How a stopped instance was shut down: it decides which start endpoint works.
enum class StopMode { None, Normal, CardLess };

struct Product
{
    QString name; // "NVIDIA 4090"
    QString gpuType;
    int diskCap = 0; // GB of data disk that can be added
    int memory = 0;
    int cpu = 0;
    QString roomName;
    int gpuRemain = 0; // GPUs still free; falls with every order
    int diskOne = 60;
    int diskDataOne = 100;
    int gpuRam = 0;
};

struct AppProduct
{
    QString appType;
    QString title;
    int memory = 100;
    int cpu = 16;
    int diskOne = 60;
    int diskDataOne = 100;
};

struct Image
{
    QString imageId;
    QString name;
    QString scene = QStringLiteral("Gpu");
    QString os; // "linux" / "windows": rebuilds must keep it
    QString description;
    QString roomName;
    QString appType; // public images that carry a one-click app; empty otherwise
};

struct Token
{
    QString name;
    QString scope = QStringLiteral("global");
    QString status = QStringLiteral("active");
    QString token;
    qint64 createAtMs = 0;
    qint64 updateAtMs = 0;
};

struct Instance
{
    QString gid;
    QString gpuType;
    QString roomName;
    QString productName; // "NVIDIA 4090"; the list shows "<productName> * <gpu>"
    int gpu = 1;
    int gpuRam = 0;
    int memory = 0;
    int cpu = 0;
    int diskFree = 160; // system + data disk, GB
    Image image;
    QJsonObject appMetadata; // empty for plain GPU hosts
    QString ip;
    int port = 22;
    QString username = QStringLiteral("root");
    QString password;
    PayMethod payMethod = PayMethod::Hour;
    QString status;
    qint64 createAtMs = 0;
    qint64 expireAtMs = 0; // 0: none (hourly)
    QString orderUid;

    StopMode stopMode = StopMode::None;
    bool holdsGpus = true; // false after a card-less stop released them

    // Time machine: the status changed at statusSinceMs; each pending step follows one
    // transition period after the previous one. An empty step means "gone from the list".
    qint64 statusSinceMs = 0;
    QStringList pendingSteps;
    bool rebuildPending = false; // the image below replaces `image` when Rebuilding ends
    Image rebuildImage;
};

// A snapshot under way: it becomes a custom image one transition period after startedAtMs.
struct PendingImage
{
    qint64 startedAtMs = 0;
    Image image;
};

} // namespace suanli::sim::huixingyun
