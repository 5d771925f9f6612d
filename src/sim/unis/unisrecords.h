#pragma once

#include "sim/unis/unisservice.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Plain records of the simulated UNIS deployment. Times are ms since the epoch.
namespace suanli::sim::unis {

namespace role {
constexpr int SystemAdmin = 4004;
constexpr int TenantAdmin = 4005;
constexpr int User = 4007;
} // namespace role

// A tenant is a RuoYi dept directly under the root dept 100; its users sit in it directly.
struct Tenant
{
    qint64 deptId = 0;
    QString deptName;       // the display name ("用户组昵称")
    QString linuxGroupname; // the Linux group ("用户组名称")
    int gid = 0;
    qint64 createdMs = 0;
};

struct User
{
    qint64 userId = 0;    // getInfo's user.userId and the token's "userId" (a string there)
    qint64 sysUserId = 0; // the token's "sysUserId": a second id nothing else takes
    QString userName;
    QString nickName;
    QString password; // plain; the login decrypts what it is sent and compares
    int roleId = role::User;
    qint64 tenantId = 0; // also the user's dept
    int uid = 0;         // Linux uid
    QString email;
    QString phone;
    QString sex = QStringLiteral("2");
    qint64 createdMs = 0;
    qint64 loginMs = 0;
    QString loginIp = QStringLiteral("10.99.232.192");

    // Remaining-resource quota (getRemainResource); without a configuration the user draws on
    // the tenant's resource groups.
    bool quotaConfigured = false;
    int quotaCpu = 0;
    int quotaMemoryGb = 0;
    int quotaGpu = 0;
    int quotaVgpu = 0;
    int quotaMig = 0;
    int quotaJobs = 0;
    qint64 quotaStartMs = 0;
    qint64 quotaEndMs = 0;

    // Storage quota (getQuotaRemainResource); when off every value is the "not enabled" text.
    bool storageQuota = false;
    qint64 blockQuotaGb = 0;
    qint64 blockUsedGb = 0;
    qint64 inodeQuota = 0;
    qint64 inodeUsed = 0;
    qint64 storageStartMs = 0;
    qint64 storageEndMs = 0;

    bool isAdmin() const { return roleId == role::SystemAdmin || roleId == role::TenantAdmin; }
};

struct Node
{
    QString nodeId;   // "<cluster>_node2"
    QString nodeName; // "gpu-a100-01"
    QString nodeIp;
    QString gpuVendor; // "Nvidia"
    QString gpuModel;  // node level, "A100-SXM4-80GB"; empty on CPU nodes
    QString gpuProductName; // as the driver reports it, "NVIDIA A100-SXM4-80GB"
    int gpuCount = 0;
    int gpuMemoryMb = 0;
    int cpu = 0;
    double memoryGb = 0;
    bool migCapable = false;
};

struct ResourceGroup
{
    QString id;
    QString name;
    QString key; // "resourceGroup" + 16 letters and digits
    QString gpuShare = QStringLiteral("none"); // none / mig / vgpu
    QStringList nodeNames;
    QList<qint64> tenantIds;
    QString clusterId = QStringLiteral("eMiLcX5q");
    QString clusterIp = QStringLiteral("10.99.232.94");
    QString clusterName = QStringLiteral("ampha-cluster1");
    int isHighNetwork = 0;
    QString resourceName; // RDMA network name, empty without one
    qint64 createdMs = 0;
    bool available = true; // false: removed since jobs were placed on it
};

// A preset spec; gpuModel is "vendor/model" for our own bookkeeping (the wire shows null).
struct Spec
{
    int id = 0;
    QString specId;
    QString specType; // CPU / GPU
    QString specNickname;
    QString gpuShare = QStringLiteral("none");
    int cpu = 0;
    int memoryGb = 0;
    QString gpuModel;
    int numberOfGpus = 0;
    QString migType;
    int gpuMemoryMb = 0;
    int computility = 0;
};

struct AssetVersion
{
    QString id;
    QString name;
    QString path;
    bool pullFails = false; // an image version whose pull always fails (a dev environment on it fails)
};

// Images, models and datasets share the datahub's list shape.
struct Asset
{
    QString id;
    QString name;
    QString author;
    QString creatorGroup;
    QString description;
    QStringList taskTags;   // names
    QStringList taskTagIds; // the tenant tag ids the names stand for
    QList<AssetVersion> versions;
    int isPreset = 0;
    int schemaType = 0; // 0 x86, 1 arm
    int collections = 0;
    qint64 updatedMs = 0;
    int authority = 1;
    QString sourceFile; // registered models: the task output they came from
};

struct HyperParam
{
    QString name;
    QString value;
    QString description;
    bool visible = true;
    bool hidden = false;
};

struct EnvParam
{
    QString name;
    QString value;
    QString description;
};

struct Strategy
{
    QString id;
    QString trainStrategy;
    QString bootFile;
    QString imageId;
    QString imageVersionId;
    QString modelId;
    QString modelVersionId;
    int taskType = 0; // 0 PyTorch, 1 scikit, 2 TensorFlow, 7 Paddle
    QList<HyperParam> hyperParams;
    QList<EnvParam> envParams;
    QString resource; // "资源需求：8核CPU，32G内存，单卡22G显存"
    qint64 createdMs = 0;
};

struct AlgorithmVersion
{
    QString id;
    QString name;
    QString path;
    QList<Strategy> strategies;
};

struct Algorithm
{
    QString id;
    QString versionId; // "*" on preset algorithms
    QString name;
    QString author;
    QStringList taskTags;
    QList<AlgorithmVersion> versions;
    int isPreset = 0;
};

// ---- jobs -----------------------------------------------------------------------------------

enum class JobKind { DevEnv, Training, FineTune, ComputeTask };

// Task statuses as the kernel writes them; the compute-task list shows Chinese names.
namespace status {
inline const QString Pending = QStringLiteral("Pending");
inline const QString Running = QStringLiteral("Running");
inline const QString Succeeded = QStringLiteral("Succeeded");
inline const QString Failed = QStringLiteral("Failed");
inline const QString Terminated = QStringLiteral("Terminated");
} // namespace status

// Dev environment statuses.
namespace notebook {
constexpr int Stopped = 1;
constexpr int Stopping = 2;
constexpr int Running = 3;
constexpr int Starting = 4;
constexpr int Deleting = 5;
constexpr int Saving = 6;
constexpr int Failed = 7;
constexpr int Creating = 8;
} // namespace notebook

// How a job's run ends when nobody stops it.
enum class Outcome { Succeed, Fail, RunUntilStopped };

struct PodEvent
{
    QString id;
    qint64 atNanos = 0; // the event list carries nanoseconds
    QString reason;     // Scheduled, Pulling... (the wire shows only the message)
    QString message;
};

struct Pod
{
    QString id;     // the pod record id (logs)
    QString podUid; // the Kubernetes UID (events)
    QString name;   // the pod name (monitoring)
    QString role;   // "worker" / "master"
    QString nodeName;
    QString nodeIp;
    QString gpuModel;
    int gpuCount = 0;
    QString gpuShare = QStringLiteral("none");
    int cpu = 0;
    int memoryGb = 0;
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    UnisPodLife::Phase phase = UnisPodLife::Phase::Pending;
    QString reason; // "Error" on a failed pod
    QList<PodEvent> events;
};

// One group of identical pods of a job (the create body's resource[] entry).
struct PodGroup
{
    QString nodeType; // as sent: "Node", "Master", "worker"...
    int numbers = 1;
    int cpu = 0;
    int memoryGb = 0;
    int gpuNum = 0;
    QString gpuShare = QStringLiteral("none");
    QString specId;
};

struct Job
{
    QString id;  // 32 hex
    QString uid; // the job's CRD UID (dashed)
    JobKind kind = JobKind::DevEnv;
    QString name;
    qint64 ownerUserId = 0;
    qint64 tenantId = 0;
    QJsonObject params; // the accepted create body, for details and clones

    // Task jobs.
    QString status = status::Pending;
    QString createWay;   // compute tasks: custom / userDefined; AI-space jobs as sent
    int isPretrain = 0;
    QString scenario;    // compute tasks: "算力任务（调优）"...
    bool hasCheckpoint = false;
    int retryTimes = 0;

    // Dev environments.
    int notebookStatus = notebook::Creating;
    bool brokenImage = false; // every start ends in status 7
    QString errorReason;
    QString sshPassword;

    // Placement.
    QString resourceGroupId;
    QString gpuModel; // node level
    QList<PodGroup> podGroups;
    QString image;    // full image reference
    QString imageName;
    QString outputDir;

    // Time machine: the status changed at sinceMs; a running task finishes runSteps step
    // periods after its run began (0 or Outcome::RunUntilStopped: never by itself).
    qint64 createdMs = 0;
    qint64 sinceMs = 0;
    qint64 runStartedMs = 0;  // start of the current run; 0 before the first
    qint64 runEndedMs = 0;    // end of the last run; 0 while running
    qint64 earlierRunMs = 0;  // run time of runs before a resume
    qint64 stepsBaseMs = 0;   // runSteps count from here (the run's start, or a seed's birth)
    int runSteps = 20;
    Outcome outcome = Outcome::Succeed;
    int podGeneration = 0; // grows with every (re)start: fresh pods, fresh UIDs

    QList<Pod> pods;

    int gpuTotal() const
    {
        int total = 0;
        for (const PodGroup &group : podGroups)
            total += group.numbers * group.gpuNum;
        return total;
    }
    int cpuTotal() const
    {
        int total = 0;
        for (const PodGroup &group : podGroups)
            total += group.numbers * group.cpu;
        return total;
    }
    int memoryTotal() const
    {
        int total = 0;
        for (const PodGroup &group : podGroups)
            total += group.numbers * group.memoryGb;
        return total;
    }
};

// Read-only rows the compute-task list shows next to the compute tasks, as the document's
// examples do: an online service and an evaluation.
struct ScenarioTask
{
    QString taskId;
    QString taskName;
    qint64 ownerUserId = 0;
    qint64 tenantId = 0;
    QString taskType;       // "在线服务" / "评估任务"
    QString scenario;       // "算力任务（在线服务）"...
    QString taskStatusName; // "运行中" / "成功"
    qint64 createdMs = 0;
    int cpu = 0;
    int memory = 0;
    int gpu = 0;
    QString image;
    QJsonObject metas;
    int rowStatus = -1; // evaluations carry a row-level status; -1: none
    QString podId;
    QString podName;
    QString nodeIp;

    // Online services: the one version, its description, and the events of its pod that the
    // version's event log shows as text.
    QString versionId;
    QJsonObject version; // the modelServerVersions[] entry of the service detail
    QList<PodEvent> events;
};

QString jobKindName(JobKind kind); // "dev-env", "training", "fine-tune", "compute-task"

} // namespace suanli::sim::unis
