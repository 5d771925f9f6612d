#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace suanli::unis {

// Who the account is (/prod-api/getInfo).
enum class Role {
    SystemAdmin, // roleId 4004, 系统管理员
    TenantAdmin, // roleId 4005, 租户管理员
    User,        // roleId 4007, 普通用户 (roleKey sys_user)
    Unknown,
};

struct UserInfo
{
    QString userId;     // a string, as the job and resource endpoints want it
    QString userName;   // the login name
    QString nickName;
    QString tenantId;
    QString tenantName;
    QString groupId;    // the user group (dept) id: sysGroupId of the resource-group lookup
    QString groupName;  // the group's display name (dept.deptName)
    QString linuxGroup; // dept.linuxGroupname
    qint64 uid = 0;     // Linux uid (storage quota)
    int roleId = 0;
    Role role = Role::Unknown;
    QString roleName;   // the platform's own words ("普通用户")
    QStringList roleKeys;
    QString clusterType;
    QJsonObject raw;    // the whole answer minus the password hash

    bool isAdmin() const { return role == Role::SystemAdmin || role == Role::TenantAdmin; }
};

// A quota figure: a number, or the platform's words when it sends text instead
// ("存储配额未开启-无限制": storage quota not enabled, unlimited).
struct QuotaValue
{
    std::optional<double> number;
    QString text;
    bool isNumber() const { return number.has_value(); }
};

// What is left of the account's compute quota (/system/config/getRemainResource).
struct RemainingResources
{
    QuotaValue cpu;     // cores
    QuotaValue memory;  // the document gives no unit (GB on the platforms seen)
    QuotaValue gpu;     // whole cards
    QuotaValue vgpu;
    QuotaValue mig;
    QuotaValue jobs;    // how many more jobs may run
    QDateTime periodStart;
    QDateTime periodEnd;
    QString periodText; // the period as sent, when it is no time
    bool configured = false; // isInitConfig
    QJsonObject raw;
};

// The storage quota (/resource/configRemake/getQuotaRemainResource).
struct StorageQuota
{
    QuotaValue inodeQuota;
    QuotaValue inodeUsed;
    QuotaValue inodeRemain;
    QuotaValue blockQuota;
    QuotaValue blockUsed;
    QuotaValue blockRemain;
    QDateTime periodStart;
    QDateTime periodEnd;
    QString periodText;
    bool configured = false; // initConfig
    // False when the platform answers in words that the quota is off (unlimited).
    bool enabled = true;
    QString notEnabledText; // those words
    QJsonObject raw;
};

// Both quotas; one may be missing when its call failed (the reason is kept).
struct Quotas
{
    std::optional<RemainingResources> remaining;
    QString remainingError;
    std::optional<StorageQuota> storage;
    QString storageError;
};

// Paging as the three styles report it, normalized to 1-based pages.
struct PageInfo
{
    int page = 1;
    int pageSize = 0;
    qint64 total = 0;
    int totalPages = 0;
};

// GPU settings of a dev environment (notebook `gpuResource`).
struct NotebookGpu
{
    int gpuLimit = 0;      // whole cards
    int vGpu = 0;
    int vGpuMemMb = 0;
    int vGpuCores = 0;
    QString migSlice;      // MIG profile ("1g.10gb")
    int migSliceCount = 0;
    QJsonObject toJson() const;
};

// One pod (instance) of a job (/api/kernel/trainOperatorPod/getPodList).
struct Pod
{
    QString id;        // the pod record id: the log API's `id`
    QString name;      // the Kubernetes pod name: the monitoring API's `podNames`
    QString podUid;    // the events API's key
    QString ip;        // node IP (RDMA monitoring)
    QString taskId;
    int status = -1;   // undocumented integer
    QString type;      // "worker", "master"
    QDateTime startedAt;
    QDateTime finishedAt;
    QString runTime;   // "HH:mm:ss" as sent
    QDateTime serverNow; // currentTime: the server's clock when it answered
    QString reason;    // termination reason ("Error")
    QJsonObject raw;
};

// One Kubernetes event of a pod (/api/kernel/trainOperatorPod/viewPodEvents).
struct PodEvent
{
    QString id;
    QDateTime time;
    QString message;
    QString podUid;
};

// A preset spec (/api/system/presetSpec/getSpecList).
struct PresetSpec
{
    QString specId;       // what the other calls take
    int dbId = 0;         // `id`, the database row
    QString specType;     // "CPU" / "GPU"
    QString name;         // specName, generated
    QString nickname;     // specNickname, what users see
    QString gpuShare;     // "none" / "vgpu" / "mig"
    int cpuCores = 0;
    int memoryGb = 0;
    QString gpuModel;     // "Nvidia/A100-PCIE-80GB" (often null: then read from `name`)
    int numberOfGpus = 0; // cards, vGPUs or MIG slices
    QString migType;
    int gpuMemoryMb = 0;  // vGPU only
    int computility = 0;  // vGPU compute share, %
    QString nodeType;
    QJsonObject raw;

    QString label() const { return nickname.isEmpty() ? name : nickname; }
    // The notebook GPU settings the spec stands for.
    NotebookGpu notebookGpu() const;
};

struct SpecList
{
    QList<PresetSpec> cpu;
    QList<PresetSpec> gpu;
};

// The resource group a spec runs in (/api/system/presetSpec/queryAIResourceGroupBySpec).
struct SpecPlacement
{
    QString resourceGroupId;
    QString resourceGroupName;
    QString resourceGroupKey;
    QString gpuShare;
    QString resourceName; // high-performance network
};

// A resource group of the user's group (/api/system/aiResourceGroup/findResourceGroupBySysGroupId):
// where jobs run when preset specs are not in use (zoneId / zoneName / resourceGroupKey).
struct ResourceGroup
{
    QString id;
    QString name;
    QString key;
    QString gpuShare;
    QString gpuVendor;    // group-level gpuType
    QStringList gpuModels; // node-level gpuType / gpuInfo[].gpuProduct
    double cpuTotal = 0;
    double cpuFree = 0;
    double memTotalGb = 0;
    double memFreeGb = 0;
    int gpuTotal = 0;
    int gpuFree = 0;
    int status = 0;       // 1 normal, 2 abnormal, 3 unavailable
    QString message;
    QString rdmaNames;    // resourceName
    QJsonObject raw;
};

// A version of an AI asset (image, algorithm, model, dataset).
struct AssetVersion
{
    QString id;
    QString name;
    QString path;     // image URI for images, storage path for the others
    QString showPath; // images: "<name>/<version>"
    int relationStatus = 1;
};

// An AI asset from the datahub lists.
struct Asset
{
    QString id;
    QString name;
    QString author;
    QString versionId; // may be "*" for presets
    QList<AssetVersion> versions;
    QStringList tags;  // names
    bool preset = false;
    int schemaType = -1; // 0 x86, 1 arm, -1 not given
    int relationStatus = 1;
    QJsonObject raw;
};

enum class AssetKind { Image, Algorithm, Model, Dataset };

// A hyper-parameter of an algorithm strategy (the create forms are generated from these).
struct HyperParam
{
    QString name;
    QString value;
    QString description;
    bool visible = true; // `visiable` (sic): shown in the basic form, else folded
    bool hidden = false; // undocumented `hidden`
    bool custom = false; // added by the user
    QJsonObject toJson() const;
};

struct EnvVar
{
    QString name;
    QString value;
    QString description;
};

// One strategy of an algorithm version (/api/market/datahub/algo/getAlgoParamConfigList).
struct AlgoConfig
{
    QString id;
    QString trainStrategy;
    QString bootFile;
    QString imageName;
    QString imageVersionName;
    int relationStatus = 1;
    QDateTime createdAt;
};

// A strategy in full (/api/market/datahub/algo/getAlgoParamConfigDetails).
struct AlgoConfigDetail
{
    QString id;
    QString algoId;
    QString versionId;
    QString algoPath;
    QString trainStrategy;
    QString bootFile;
    QString imageId;
    QString imageName;
    QString imageVersionId;
    QString imageVersionName;
    QString imageShowPath;
    int taskType = 0; // 0 PyTorch, 1 scikit, 2 TensorFlow, 7 Paddle
    QString modelId;
    QString modelName;
    QString modelVersionId;
    QString modelVersionName;
    QString modelPath;
    QList<HyperParam> hyperParams;
    QList<EnvVar> envParams;
    QString resourceText; // "资源需求：8核CPU，32G内存，单卡22G显存"
    QJsonObject raw;
};

// The compute-task scenarios (自定义场景任务) a task can be created as.
enum class ComputeKind { FineTune, PreTrain, ReinforcementLearning, Dpo, ModelTraining };

// How to reach the pieces of a created job that the create call does not name.
struct CreatedJob
{
    QString id;      // the task id when the answer has one
    QString uid;     // a compute task's or training job's Kubernetes uid, when given
    QString name;    // the name it was created with
    QDateTime sentAt;
};

// A new dev environment (POST /api/kernel/notebooks). With preset specs: the spec id and the
// resource group the spec resolves to; the CPU, memory and GPU fields then come from the spec.
struct DevEnvRequest
{
    QString name;
    QString imageId;       // image asset id
    QString image;         // the image URI (the version's path)
    int imageType = 1;     // 1 built-in, 2 custom
    QString resourceGroupId;
    QString specId;        // empty: preset specs are off (sent as null)
    int cpu = 0;
    int memoryGb = 0;
    NotebookGpu gpu;
    bool enableSsh = false;
    int sshAuthType = 1;   // 1 password, 2 key pair, 3 both
    QString sshPassword;   // empty: the platform makes one
    QString keyPairId;
    bool sharedMemory = true;
};

// A model a task reads from the AI assets (or from a local path).
struct ModelRef
{
    QString originType; // "aiAssets" / "local"; empty when no model
    QString id;
    QString name;
    QString version;
    QString versionId;
    QString dir;        // the version's storage path
};

// One node role of a job's resources.
struct NodeResource
{
    QString nodeType = QStringLiteral("Node"); // as every example sends it ("Master" for TensorFlow jobs)
    int count = 1;
    int cpu = 1;
    int memoryGb = 1;
    int gpuNum = 0;
    int gpuCores = 0;     // vGPU compute
    int gpuMem = 0;       // vGPU memory
    QString gpuModel;     // gpuResourceType
    QString gpuShare = QStringLiteral("none");
    QString migRes;
    QString specId;
};

// The body shared by the three task-create calls: trainOperator/createTask (training),
// fineTune/createLlmFineTuneTask (fine-tune) and computationTask/train (compute tasks).
struct TaskRequest
{
    QString name;
    QString description;            // sent as `describe`
    QString framework = QStringLiteral("PyTorch"); // `type`: TensorFlow, PyTorch, scikit-learn, MPI
    QString taskType;               // training: "1" NLP, "2" CV, "3" ML
    QString llmTrainFramework = QStringLiteral("PyTorch");
    std::optional<int> isPretrain;  // default per call and kind when unset
    bool incrementalPretrain = false; // compute pre-train: isPretrain 1 instead of 2
    bool urgent = false;
    QString image;
    QString imageId;
    QString imageName;
    QString imageVersion;
    QString imageVersionId;
    QString zoneId;                 // resource group id
    QString zoneName;
    QString resourceGroupKey;
    QString resourceType = QStringLiteral("standard");
    QList<NodeResource> nodes;
    bool rdma = false;
    QString rdmaName;
    QString algorithmOriginType = QStringLiteral("aiAssets");
    QString algorithmId;
    QString algorithmName;
    QString algorithmVersion;
    QString algorithmVersionId;
    QString algorithmPath;
    QString startupFile;
    QString command;
    QString workingDir;
    QString strategy;               // fineTuneStrategy
    QString strategyId;
    QList<HyperParam> hyperParams;  // commonHyperParameters
    QList<HyperParam> fineTuneHyperParams;
    QList<EnvVar> variables;
    QString inputType = QStringLiteral("aiAssets");
    QString inputDir;
    QString storageMedium = QStringLiteral("1201");
    QString datasetId;
    QString datasetName;
    QString datasetVersion;
    QString datasetVersionId;
    ModelRef model;
    ModelRef sftModel;              // RL / DPO
    ModelRef rewardModel;           // RL
    QString outputDir;
    int autoRecovery = 0;
    // Filled from /prod-api/getInfo by the provider.
    QString userId;
    QString userName;
};

} // namespace suanli::unis
