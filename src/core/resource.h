#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace suanli {

enum class ResourceKind {
    Instance,
    DevEnv,
    Training,
    FineTune,
    ComputeTask,
    Inference,
    OnlineService,
    Evaluation,
    VideoTask,
};

enum class ResourceStatus {
    Pending,
    Creating,
    Starting,
    Running,
    Stopping,
    Stopped,
    Succeeded,
    Failed,
    Destroyed,
    Unknown,
};

// Stable lower-case names ("dev-env", "running") used by the CLI and in settings,
// and translated labels for the GUI.
class ResourceNames final
{
    Q_DECLARE_TR_FUNCTIONS(ResourceNames)
public:
    static QString kindKey(ResourceKind kind);
    static std::optional<ResourceKind> kindFromKey(QStringView key);
    static QString kindLabel(ResourceKind kind);
    static QString statusKey(ResourceStatus status);
    static std::optional<ResourceStatus> statusFromKey(QStringView key);
    static QString statusLabel(ResourceStatus status);
    static QList<ResourceStatus> allStatuses();
    // Running and transitional states are "live"; the rest have ended or are idle.
    static bool isTransitional(ResourceStatus status);
};

// How to log in to a machine: SSH host, port, user and password (a secret: masked in the UI,
// registered with the Redactor when parsed).
struct RemoteAccess
{
    QString host;
    int port = 0;
    QString user;
    QString password;
    bool isValid() const { return !host.isEmpty() && port > 0; }
    bool operator==(const RemoteAccess &other) const = default;
};

// One row of the unified table, whatever the platform.
struct Resource
{
    QString platform;    // platform key: "chenyu", "huixingyun", "unis", "yuanjing"
    QString accountId;
    ResourceKind kind = ResourceKind::Instance;
    QString id;
    QString name;
    ResourceStatus status = ResourceStatus::Unknown;
    QString statusText;  // the platform's own words
    QString gpuModel;
    int gpuCount = 0;
    std::optional<Money> pricePerHour;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString region;
    int cpuCores = 0;
    int memoryGb = 0;
    int diskGb = 0;
    QString billing;     // the platform's billing mode, as text ("按小时", "Month")
    RemoteAccess remote;
    QString webUrl;      // a console / web IDE / app URL, when the platform gives one
    QString creator;     // who created it (a job platform's user name), when known
    QDateTime startedAt; // when it began to run; invalid while it has not
    QDateTime finishedAt; // when it ended; invalid while it runs. Run time = (finishedAt or now) - startedAt
    QJsonObject raw;     // everything the platform sent, for the detail pane

    bool operator==(const Resource &other) const = default;
};

} // namespace suanli

Q_DECLARE_METATYPE(suanli::Resource)
