#include "sim/unis/unisjobapi.h"

#include "sim/unis/unisstate.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace suanli::sim::unis {

using namespace wire;

namespace {

const QString kNotebooks = QStringLiteral("/api/kernel/notebooks");

// The doc routes whose accepted requests are counted per id (see UnisBackend::requestCountFor).
namespace counted {
const QString NotebookStart = QStringLiteral("/api/kernel/notebooks/{notebookId}:start");
const QString NotebookClose = QStringLiteral("/api/kernel/notebooks/{notebookId}:close");
const QString NotebookDelete = QStringLiteral("/api/kernel/notebooks/{notebookId}");
const QString TrainingStop = QStringLiteral("/api/kernel/trainOperator/stopTask");
const QString TrainingDelete = QStringLiteral("/api/kernel/trainOperator/deleteTask");
const QString FineTuneStop = QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask");
const QString FineTuneDelete = QStringLiteral("/api/kernel/fineTune/deleteLlmFineTuneTask");
const QString ComputeStop = QStringLiteral("/api/kernel/computationTask/stop");
const QString ComputeDelete = QStringLiteral("/api/kernel/computationTask/deleteTask");
const QString ComputeClone = QStringLiteral("/api/kernel/computationTask/cloneTask");
const QString TrainingResume = QStringLiteral("/api/kernel/trainOperator/resumeTrainOperatorTask");
const QString FineTuneResume = QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask");
const QString TrainingCheck = QStringLiteral("/api/kernel/trainOperator/checkCanResumeTrainOperatorTask/{taskId}");
const QString FineTuneCheck = QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/{taskId}");
} // namespace counted

// The trainOperator endpoints serve training jobs and model-training tasks; the fineTune ones
// the LLM fine-tune jobs and the other compute tasks.
bool trainOperatorFamily(const Job &job)
{
    return job.kind == JobKind::Training
           || (job.kind == JobKind::ComputeTask && job.createWay == QLatin1String("userDefined"));
}

bool fineTuneFamily(const Job &job)
{
    return job.kind == JobKind::FineTune
           || (job.kind == JobKind::ComputeTask && job.createWay == QLatin1String("custom"));
}

bool computeFamily(const Job &job)
{
    return job.kind == JobKind::ComputeTask;
}

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("[]");
}

// A create parameter echoed back as text: strings as sent, numbers as digits, absent as "".
QString text(const Job &job, const QString &key)
{
    QString out;
    readString(job.params, key, out);
    return out;
}

QString scenarioFor(const QString &createWay, qint64 isPretrain)
{
    if (createWay == QLatin1String("userDefined"))
        return QStringLiteral("算力任务（模型训练）");
    switch (isPretrain) {
    case 0: return QStringLiteral("算力任务（调优）");
    case 1:
    case 2: return QStringLiteral("算力任务（预训练）");
    case 3:
    case 4: return QStringLiteral("算力任务（强化学习）");
    case 5: return QStringLiteral("算力任务（直接偏好）");
    default: return QStringLiteral("算力任务（模型训练）");
    }
}

const QStringList &computeScenarios()
{
    static const QStringList list{
        QStringLiteral("算力任务（调优）"), QStringLiteral("算力任务（预训练）"),
        QStringLiteral("算力任务（强化学习）"), QStringLiteral("算力任务（直接偏好）"),
        QStringLiteral("算力任务（模型训练）")};
    return list;
}

// The list's task type for each scenario: "<kind>任务", after the document's "评估任务".
QString taskTypeName(const QString &scenario)
{
    QString kind = scenario;
    kind.remove(QStringLiteral("算力任务（")).remove(QStringLiteral("）"));
    return kind + QStringLiteral("任务");
}

// What the compute-task list shows for a raw status; its status filter takes these.
QString statusName(const QString &status)
{
    if (status == status::Pending)
        return QStringLiteral("排队中");
    if (status == status::Running)
        return QStringLiteral("运行中");
    if (status == status::Succeeded)
        return QStringLiteral("成功");
    if (status == status::Failed)
        return QStringLiteral("失败");
    return QStringLiteral("已停止");
}

QString outputDirFor(const Job &job)
{
    QString folder;
    if (job.kind == JobKind::Training
        || (job.kind == JobKind::ComputeTask && job.createWay == QLatin1String("userDefined")))
        folder = QStringLiteral("Train_Operator");
    else if (job.isPretrain == 0)
        folder = QStringLiteral("Tuning");
    else if (job.isPretrain <= 2)
        folder = QStringLiteral("Full_Pretrain");
    else if (job.isPretrain <= 4)
        folder = QStringLiteral("RLHF");
    else
        folder = QStringLiteral("DPO");
    return QStringLiteral("/output/%1/%2/model").arg(folder, job.name);
}

int podStatusCode(UnisPodLife::Phase phase)
{
    switch (phase) {
    case UnisPodLife::Phase::Pending: return 0;
    case UnisPodLife::Phase::Running: return 1;
    case UnisPodLife::Phase::Succeeded: return 2;
    case UnisPodLife::Phase::Failed: return 3;
    case UnisPodLife::Phase::Stopped: return 4;
    }
    return 0;
}

// A kernel page: pageNum / pageSize, 1-based; nullopt when fine.
std::optional<QString> readKernelPage(const QJsonObject &body, bool required, qint64 &pageNum,
                                      qint64 &pageSize)
{
    for (const auto &[key, out] : {std::pair{QStringLiteral("pageNum"), &pageNum},
                                   std::pair{QStringLiteral("pageSize"), &pageSize}}) {
        switch (readInt(body, key, *out)) {
        case Read::Absent:
            if (required)
                return requiredMessage(key);
            break;
        case Read::Invalid: return invalidMessage(key);
        case Read::Ok:
            if (*out < 1)
                return invalidMessage(key);
            break;
        }
    }
    return std::nullopt;
}

QJsonObject kernelPage(const QJsonArray &all, qint64 pageNum, qint64 pageSize)
{
    QJsonArray rows;
    for (qint64 i = (pageNum - 1) * pageSize; i < all.size() && i < pageNum * pageSize; ++i)
        rows.append(all.at(i));
    return {{QStringLiteral("pageNum"), pageNum},
            {QStringLiteral("totalPage"), (all.size() + pageSize - 1) / pageSize},
            {QStringLiteral("total"), all.size()},
            {QStringLiteral("rows"), rows}};
}

QList<const Job *> newestFirst(QList<const Job *> jobs)
{
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const Job *a, const Job *b) { return a->createdMs > b->createdMs; });
    return jobs;
}

QString randomPassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 12; ++i)
        password += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return password;
}

} // namespace

JobApi::JobApi(State &state)
    : m_state(state)
{
    const auto withBody = [this](SimReply (JobApi::*member)(const QJsonObject &, const User &)) {
        return [this, member](const SimRequest &, const QJsonValue &body, const User &caller) {
            return (this->*member)(body.toObject(), caller);
        };
    };
    m_routes = {
        {QStringLiteral("GET"), kNotebooks,
         [this](const SimRequest &request, const QJsonValue &, const User &caller) {
             return notebookList(request, caller);
         }},
        {QStringLiteral("POST"), kNotebooks, withBody(&JobApi::notebookCreate)},
        // Traditional training.
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/trainOperator/createTask"),
         withBody(&JobApi::trainingCreate)},
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/trainOperator/listTask"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return trainingList(body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/trainOperator/queryTaskInfo"),
         [this](const SimRequest &request, const QJsonValue &body, const User &caller) {
             return trainingDetail(taskIdOf(request, body), caller);
         }},
        {QStringLiteral("POST"), counted::TrainingStop,
         [this](const SimRequest &request, const QJsonValue &body, const User &caller) {
             return stop(counted::TrainingStop, taskIdOf(request, body), caller, &trainOperatorFamily);
         }},
        {QStringLiteral("POST"), counted::TrainingDelete,
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             QStringList ids;
             for (const QJsonValue &id : body.toObject().value(QStringLiteral("taskIds")).toArray())
                 ids.append(id.toString());
             return remove(counted::TrainingDelete, ids, caller, &trainOperatorFamily);
         }},
        {QStringLiteral("POST"), counted::TrainingResume,
         [this](const SimRequest &request, const QJsonValue &body, const User &caller) {
             return resume(counted::TrainingResume, taskIdOf(request, body), caller, &trainOperatorFamily);
         }},
        // LLM fine-tuning.
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"),
         withBody(&JobApi::fineTuneCreate)},
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return fineTuneList(body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/fineTune/queryLlmFineTuneTaskDetail"),
         [this](const SimRequest &request, const QJsonValue &body, const User &caller) {
             return fineTuneDetail(taskIdOf(request, body), caller);
         }},
        {QStringLiteral("POST"), counted::FineTuneStop,
         [this](const SimRequest &request, const QJsonValue &body, const User &caller) {
             return stop(counted::FineTuneStop, taskIdOf(request, body), caller, &fineTuneFamily);
         }},
        {QStringLiteral("DELETE"), counted::FineTuneDelete,
         [this](const SimRequest &request, const QJsonValue &body, const User &caller) {
             return fineTuneDelete(request, body, caller);
         }},
        {QStringLiteral("POST"), counted::FineTuneResume,
         [this](const SimRequest &request, const QJsonValue &body, const User &caller) {
             return resume(counted::FineTuneResume, taskIdOf(request, body), caller, &fineTuneFamily);
         }},
        // Compute tasks.
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/computationTask/list"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return computeList(body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/computationTask/train"),
         withBody(&JobApi::computeCreate)},
        {QStringLiteral("POST"), counted::ComputeStop,
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return computeStopOrDelete(body.toObject(), caller, false);
         }},
        {QStringLiteral("POST"), counted::ComputeDelete,
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return computeStopOrDelete(body.toObject(), caller, true);
         }},
        {QStringLiteral("POST"), counted::ComputeClone, withBody(&JobApi::clone)},
        // Pods.
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/trainOperatorPod/getPodList"),
         withBody(&JobApi::podList)},
        {QStringLiteral("POST"), QStringLiteral("/api/kernel/trainOperatorPod/viewPodEvents"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return podEvents(body.toObject(), caller);
         }},
        {QStringLiteral("GET"), QStringLiteral("/api/kernel/trainOperatorPod/getJobIdsByTaskId"),
         [this](const SimRequest &request, const QJsonValue &, const User &caller) {
             return jobIdsOfTask(request, caller);
         }},
    };
}

std::optional<SimReply> JobApi::handle(const SimRequest &request, const User &caller)
{
    if (std::optional<SimReply> reply = dispatch(m_routes, request, caller))
        return reply;
    if (request.path.startsWith(kNotebooks + QLatin1Char('/')))
        return notebookPaths(request, caller);
    // The resume checks take the task id as the last path segment.
    const QList<std::pair<QString, bool (*)(const Job &)>> checks{
        {QStringLiteral("/api/kernel/trainOperator/checkCanResumeTrainOperatorTask/"), &trainOperatorFamily},
        {QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/"), &fineTuneFamily}};
    for (const auto &[prefix, family] : checks) {
        if (!request.path.startsWith(prefix))
            continue;
        const QString taskId = request.path.mid(prefix.size());
        if (taskId.isEmpty() || taskId.contains(QLatin1Char('/')))
            return springError(404, request.path);
        if (request.method != QLatin1String("POST"))
            return springError(405, request.path);
        return checkResume(family == &trainOperatorFamily ? counted::TrainingCheck : counted::FineTuneCheck,
                           taskId, caller, family);
    }
    return std::nullopt;
}

// ---- shared ---------------------------------------------------------------------------------

std::optional<QString> JobApi::listScope(const QJsonObject &body, const User &caller,
                                         bool needUserName, ListScope &scope) const
{
    QString userId;
    switch (readString(body, QStringLiteral("userId"), userId)) {
    case Read::Absent: return requiredMessage(QStringLiteral("userId"));
    case Read::Invalid: return invalidMessage(QStringLiteral("userId"));
    case Read::Ok: break;
    }
    bool ok = false;
    const User *subject = m_state.accounts.user(userId.toLongLong(&ok));
    if (!ok || !subject)
        return QStringLiteral("用户不存在");
    if (needUserName) {
        QString userName;
        if (readString(body, QStringLiteral("userName"), userName) != Read::Ok)
            return requiredMessage(QStringLiteral("userName"));
        if (userName != subject->userName)
            return QStringLiteral("用户信息不匹配");
    }
    // Oneself: everything the role may see. Another user: only an admin, only that user's jobs.
    if (subject->userId == caller.userId) {
        scope.onlyOwner = 0;
        return std::nullopt;
    }
    if (!caller.isAdmin() || !State::canSee(caller, subject->userId, subject->tenantId))
        return QStringLiteral("无权查看该用户的任务");
    scope.onlyOwner = subject->userId;
    return std::nullopt;
}

bool JobApi::inScope(const User &caller, const ListScope &scope, const Job &job) const
{
    return State::canSee(caller, job.ownerUserId, job.tenantId)
           && (scope.onlyOwner == 0 || job.ownerUserId == scope.onlyOwner);
}

Job *JobApi::visibleJob(const QString &id, const User &caller)
{
    Job *job = m_state.board.job(id);
    if (!job || !State::canSee(caller, job->ownerUserId, job->tenantId))
        return nullptr;
    return job;
}

QString JobApi::taskIdOf(const SimRequest &request, const QJsonValue &body)
{
    // The examples put it in the query string of a POST; the tables in the body. Both work.
    if (const std::optional<QString> fromQuery = query(request, QStringLiteral("taskId")))
        return *fromQuery;
    QString fromBody;
    readString(body.toObject(), QStringLiteral("taskId"), fromBody);
    return fromBody;
}

QString JobApi::partitionJson(const Job &job) const
{
    const ResourceGroup *group = m_state.catalog.group(job.resourceGroupId);
    return compact(QJsonObject{{QStringLiteral("resourceGroupKey"), group ? group->key : QString()},
                               {QStringLiteral("zoneId"), job.resourceGroupId},
                               {QStringLiteral("zoneName"), text(job, QStringLiteral("zoneName"))}});
}

QString JobApi::mountpoint(const Job &job) const
{
    const Tenant *tenant = m_state.accounts.tenant(job.tenantId);
    return QStringLiteral("/ampha/tenant/") + (tenant ? tenant->linuxGroupname : QString());
}

QJsonArray JobApi::resourcesJson(const Job &job, bool withSpec) const
{
    QJsonArray list;
    for (const PodGroup &group : job.podGroups) {
        QJsonObject entry{
            {QStringLiteral("taskId"), job.id},
            {QStringLiteral("nodeType"), group.nodeType},
            {QStringLiteral("numbers"), group.numbers},
            // JSON inside a string, as every detail shows it.
            {QStringLiteral("gpuResource"),
             compact(QJsonObject{{QStringLiteral("gpuNum"), group.gpuNum},
                                 {QStringLiteral("gpuShare"), group.gpuShare}})},
            {QStringLiteral("cpuNumber"), group.cpu},
            {QStringLiteral("memory"), group.memoryGb}};
        if (withSpec) {
            const Spec *spec = m_state.catalog.spec(group.specId);
            entry.insert(QStringLiteral("specId"), group.specId);
            entry.insert(QStringLiteral("specType"), spec ? spec->specType : QStringLiteral("CPU"));
        }
        list.append(entry);
    }
    return list;
}

// ---- dev environments -----------------------------------------------------------------------

std::optional<SimReply> JobApi::notebookPaths(const SimRequest &request, const User &caller)
{
    QString rest = request.path.mid(kNotebooks.size() + 1);
    QString verb;
    if (const qsizetype colon = rest.indexOf(QLatin1Char(':')); colon >= 0) {
        verb = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    if (rest.isEmpty() || rest.contains(QLatin1Char('/'))
        || (!verb.isEmpty() && verb != QLatin1String("start") && verb != QLatin1String("close")))
        return springError(404, request.path);
    const QString allowed = verb.isEmpty() ? QStringLiteral("GET DELETE") : QStringLiteral("POST");
    if (!allowed.split(QLatin1Char(' ')).contains(request.method))
        return springError(405, request.path);

    const QString id = rest;
    const qint64 now = State::nowMs();
    if (request.method == QLatin1String("DELETE"))
        m_state.countRequest(counted::NotebookDelete, id);
    else if (verb == QLatin1String("start"))
        m_state.countRequest(counted::NotebookStart, id);
    else if (verb == QLatin1String("close"))
        m_state.countRequest(counted::NotebookClose, id);

    Job *job = visibleJob(id, caller);
    if (!job || job->kind != JobKind::DevEnv)
        return errorA(QStringLiteral("开发环境不存在"));
    if (request.method == QLatin1String("GET"))
        return envelopeA(notebookJson(*job));
    QString refusal;
    if (request.method == QLatin1String("DELETE"))
        refusal = m_state.board.deleteNotebook(*job, now);
    else if (verb == QLatin1String("start"))
        refusal = m_state.board.startNotebook(*job, now);
    else
        refusal = m_state.board.closeNotebook(*job, now);
    if (!refusal.isEmpty())
        return errorA(refusal);
    return envelopeA(QJsonObject{{QStringLiteral("success"), true}});
}

QJsonObject JobApi::notebookJson(const Job &job) const
{
    const QJsonObject sent = job.params.value(QStringLiteral("gpuResource")).toObject();
    QJsonObject gpu;
    for (const QString &key : {QStringLiteral("gpuLimit"), QStringLiteral("vGpu"),
                               QStringLiteral("vGpuMem"), QStringLiteral("vGpuCores"),
                               QStringLiteral("migSlice"), QStringLiteral("migSliceCount")})
        gpu.insert(key, sent.contains(key) ? sent.value(key) : QJsonValue(QJsonValue::Null));
    const bool ssh = job.params.value(QStringLiteral("enableSsh")).toBool();
    const Pod *pod = job.pods.isEmpty() ? nullptr : &job.pods.constFirst();
    QJsonObject json{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("name"), job.name},
        {QStringLiteral("imageId"), text(job, QStringLiteral("imageId"))},
        {QStringLiteral("image"), job.image},
        {QStringLiteral("imageType"), job.params.value(QStringLiteral("imageType")).toInt()},
        {QStringLiteral("resourceGroupId"), job.resourceGroupId},
        {QStringLiteral("cpuLimit"), job.params.value(QStringLiteral("cpuLimit")).toInt()},
        {QStringLiteral("memoryLimit"), job.params.value(QStringLiteral("memoryLimit")).toInt()},
        {QStringLiteral("gpuResource"), gpu},
        {QStringLiteral("enableSsh"), ssh},
        {QStringLiteral("sshAuthType"), ssh ? job.params.value(QStringLiteral("sshAuthType"))
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sshPassword"), job.sshPassword.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(job.sshPassword)},
        {QStringLiteral("keyPairId"), job.params.value(QStringLiteral("keyPairId")).isString()
                                          ? job.params.value(QStringLiteral("keyPairId"))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enableSharedMemory"), job.params.value(QStringLiteral("enableSharedMemory")).toBool()},
        {QStringLiteral("status"), job.notebookStatus},
        {QStringLiteral("sshUsername"), ssh ? QJsonValue(QStringLiteral("root")) : QJsonValue(QJsonValue::Null)},
        // A string, as the document writes it: the node port of the SSH service.
        {QStringLiteral("sshPort"), ssh ? QJsonValue(QString::number(30000 + job.id.left(4).toInt(nullptr, 16) % 2700))
                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("serviceClusterIp"), ssh && pod ? QJsonValue(pod->nodeIp) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("errorReason"), job.errorReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(job.errorReason)},
    };
    // Only a running environment on a built-in image has a web IDE (spelled "devolopenv").
    if (job.notebookStatus == notebook::Running && json.value(QStringLiteral("imageType")).toInt() == 1)
        json.insert(QStringLiteral("webPath"), QStringLiteral("/devolopenv/notebook/%1/web").arg(job.id));
    return json;
}

SimReply JobApi::notebookList(const SimRequest &request, const User &caller) const
{
    qint64 pageIndex = 0;
    qint64 size = 50;
    bool unpaged = false;
    // Spring binds these query parameters; one that does not convert is a 400 before any code.
    for (const auto &[key, out] : {std::pair{QStringLiteral("page"), &pageIndex},
                                   std::pair{QStringLiteral("size"), &size}}) {
        if (const std::optional<QString> value = query(request, key)) {
            bool ok = false;
            *out = value->toLongLong(&ok);
            if (!ok || *out < 0)
                return springError(400, request.path);
        }
    }
    if (const std::optional<QString> value = query(request, QStringLiteral("unpaged"))) {
        if (*value != QLatin1String("true") && *value != QLatin1String("false"))
            return springError(400, request.path);
        unpaged = *value == QLatin1String("true");
    }
    if (size == 0)
        size = 50;
    QList<const Job *> visible;
    for (const Job &job : m_state.board.jobs()) {
        if (job.kind == JobKind::DevEnv && State::canSee(caller, job.ownerUserId, job.tenantId))
            visible.append(&job);
    }
    visible = newestFirst(visible);
    QJsonArray rows;
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (unpaged || (i >= pageIndex * size && i < (pageIndex + 1) * size))
            rows.append(notebookJson(*visible.at(i)));
    }
    return envelopeA(QJsonObject{{QStringLiteral("total"), visible.size()},
                                 {QStringLiteral("rows"), rows}});
}

SimReply JobApi::notebookCreate(const QJsonObject &body, const User &caller)
{
    QString name;
    if (readString(body, QStringLiteral("name"), name) != Read::Ok || name.trimmed().isEmpty())
        return errorA(requiredMessage(QStringLiteral("name")));
    for (const Job &job : m_state.board.jobs()) {
        // The create answer has no id: a name finds the environment again, so it is unique.
        if (job.kind == JobKind::DevEnv && job.ownerUserId == caller.userId && job.name == name)
            return errorA(QStringLiteral("开发环境名称已存在"));
    }
    QString imageId;
    QString image;
    if (readString(body, QStringLiteral("imageId"), imageId) != Read::Ok || imageId.isEmpty())
        return errorA(requiredMessage(QStringLiteral("imageId")));
    if (readString(body, QStringLiteral("image"), image) != Read::Ok || image.isEmpty())
        return errorA(requiredMessage(QStringLiteral("image")));
    const Asset *asset = m_state.catalog.image(imageId);
    if (!asset)
        return errorA(QStringLiteral("镜像不存在"));
    const AssetVersion *version = nullptr;
    for (const AssetVersion &candidate : asset->versions) {
        if (candidate.path == image)
            version = &candidate;
    }
    if (!version)
        return errorA(QStringLiteral("镜像地址与镜像不匹配"));
    qint64 imageType = 0;
    if (readInt(body, QStringLiteral("imageType"), imageType) != Read::Ok)
        return errorA(requiredMessage(QStringLiteral("imageType")));
    if (imageType != (asset->isPreset == 1 ? 1 : 2))
        return errorA(QStringLiteral("镜像类型不匹配：内置镜像为1，自定义镜像为2"));
    QString groupId;
    if (readString(body, QStringLiteral("resourceGroupId"), groupId) != Read::Ok || groupId.isEmpty())
        return errorA(requiredMessage(QStringLiteral("resourceGroupId")));
    const ResourceGroup *group = m_state.catalog.group(groupId);
    if (!group || !group->available || !group->tenantIds.contains(caller.tenantId))
        return errorA(QStringLiteral("资源组不存在或不可用"));
    qint64 cpu = 0;
    qint64 memory = 0;
    for (const auto &[key, out] : {std::pair{QStringLiteral("cpuLimit"), &cpu},
                                   std::pair{QStringLiteral("memoryLimit"), &memory}}) {
        switch (readInt(body, key, *out)) {
        case Read::Absent: return errorA(requiredMessage(key));
        case Read::Invalid: return errorA(invalidMessage(key));
        case Read::Ok: break;
        }
        if (*out < 1)
            return errorA(invalidMessage(key));
    }
    bool ssh = false;
    bool sharedMemory = false;
    for (const auto &[key, out] : {std::pair{QStringLiteral("enableSsh"), &ssh},
                                   std::pair{QStringLiteral("enableSharedMemory"), &sharedMemory}}) {
        switch (readBool(body, key, *out)) {
        case Read::Absent: return errorA(requiredMessage(key));
        case Read::Invalid: return errorA(invalidMessage(key));
        case Read::Ok: break;
        }
    }
    QString sshPassword;
    if (ssh) {
        qint64 authType = 0;
        if (readInt(body, QStringLiteral("sshAuthType"), authType) != Read::Ok || authType < 1
            || authType > 3)
            return errorA(QStringLiteral("开启SSH时sshAuthType必填，可选值：1（密码）、2（密钥对）、3（密码+密钥对）"));
        QString keyPairId;
        if (authType != 1
            && (readString(body, QStringLiteral("keyPairId"), keyPairId) != Read::Ok
                || keyPairId.isEmpty()))
            return errorA(QStringLiteral("使用密钥对认证时keyPairId必填"));
        if (authType != 2) {
            readString(body, QStringLiteral("sshPassword"), sshPassword);
            if (sshPassword.isEmpty())
                sshPassword = randomPassword();
        }
    }
    QString specId;
    if (readString(body, QStringLiteral("specId"), specId) == Read::Ok && !specId.isEmpty()) {
        const Spec *spec = m_state.catalog.spec(specId);
        if (!spec)
            return errorA(QStringLiteral("规格不存在"));
        if (m_state.catalog.groupForSpec(*spec, caller.tenantId) != group)
            return errorA(QStringLiteral("规格与资源组不匹配"));
    }

    PodGroup pods;
    pods.nodeType = QStringLiteral("Node");
    pods.cpu = int(cpu);
    pods.memoryGb = int(memory);
    pods.specId = specId;
    const QJsonValue gpuValue = body.value(QStringLiteral("gpuResource"));
    if (!gpuValue.isUndefined() && !gpuValue.isNull() && !gpuValue.isObject())
        return errorA(invalidMessage(QStringLiteral("gpuResource")));
    const QJsonObject gpu = gpuValue.toObject();
    qint64 count = 0;
    if (readInt(gpu, QStringLiteral("gpuLimit"), count) == Read::Ok && count > 0) {
        pods.gpuNum = int(count);
        pods.gpuShare = QStringLiteral("none");
    } else if (readInt(gpu, QStringLiteral("migSliceCount"), count) == Read::Ok && count > 0) {
        pods.gpuNum = int(count);
        pods.gpuShare = QStringLiteral("mig");
    } else if (readInt(gpu, QStringLiteral("vGpu"), count) == Read::Ok && count > 0) {
        pods.gpuNum = int(count);
        pods.gpuShare = QStringLiteral("vgpu");
    }
    if (pods.gpuNum > 0 && pods.gpuShare != group->gpuShare)
        return errorA(QStringLiteral("资源组的GPU共享方式为%1，与所选GPU资源不符").arg(group->gpuShare));
    if (pods.gpuNum > 0 && m_state.catalog.gpuModelOfGroup(*group).isEmpty())
        return errorA(QStringLiteral("所选资源组无GPU资源"));
    if (caller.quotaConfigured) {
        const Usage used = m_state.board.usageOfUser(caller.userId);
        if (used.jobs >= caller.quotaJobs)
            return errorA(QStringLiteral("作业数已达配额上限"));
        if (pods.gpuShare == QLatin1String("none") && used.gpu + pods.gpuNum > caller.quotaGpu)
            return errorA(QStringLiteral("GPU配额不足，剩余%1卡").arg(caller.quotaGpu - used.gpu));
    }

    Job job;
    job.kind = JobKind::DevEnv;
    job.name = name;
    job.ownerUserId = caller.userId;
    job.tenantId = caller.tenantId;
    job.params = body;
    job.resourceGroupId = group->id;
    job.gpuModel = m_state.catalog.gpuModelOfGroup(*group);
    job.podGroups = {pods};
    job.image = image;
    job.imageName = asset->name;
    job.brokenImage = version->pullFails;
    job.sshPassword = sshPassword;
    m_state.board.create(job, State::nowMs());
    ++m_state.creates[name];
    return envelopeA(QJsonObject{{QStringLiteral("success"), true}});
}

// ---- task creation --------------------------------------------------------------------------

std::optional<QString> JobApi::parseTask(const QJsonObject &body, const User &caller, Job &job) const
{
    const auto needString = [&body](const QString &key, QString &out,
                                     bool allowEmpty) -> std::optional<QString> {
        switch (readString(body, key, out)) {
        case Read::Absent: return requiredMessage(key);
        case Read::Invalid: return invalidMessage(key);
        case Read::Ok: break;
        }
        if (!allowEmpty && out.trimmed().isEmpty())
            return requiredMessage(key);
        return std::nullopt;
    };
    QString scratch;
    if (auto error = needString(QStringLiteral("name"), job.name, false))
        return error;
    QString type;
    if (auto error = needString(QStringLiteral("type"), type, false))
        return error;
    static const QStringList types{QStringLiteral("TensorFlow"), QStringLiteral("PyTorch"),
                                   QStringLiteral("scikit-learn"), QStringLiteral("MPI")};
    if (!types.contains(type))
        return QStringLiteral("type参数错误，可选值：TensorFlow、PyTorch、scikit-learn、MPI");
    QString userId;
    if (auto error = needString(QStringLiteral("userId"), userId, false))
        return error;
    if (userId != QString::number(caller.userId))
        return QStringLiteral("用户信息不匹配");
    qint64 isPretrain = 0;
    switch (readInt(body, QStringLiteral("isPretrain"), isPretrain)) {
    case Read::Absent: return requiredMessage(QStringLiteral("isPretrain"));
    case Read::Invalid: return invalidMessage(QStringLiteral("isPretrain"));
    case Read::Ok: break;
    }
    job.isPretrain = int(isPretrain);
    if (auto error = needString(QStringLiteral("createWay"), job.createWay, false))
        return error;
    const QStringList ways = job.kind == JobKind::ComputeTask
                                 ? QStringList{QStringLiteral("custom"), QStringLiteral("userDefined")}
                                 : QStringList{QStringLiteral("custom"), QStringLiteral("system")};
    if (!ways.contains(job.createWay))
        return QStringLiteral("createWay参数错误，可选值：%1").arg(ways.join(QStringLiteral("、")));
    if (job.kind == JobKind::FineTune && (isPretrain < 0 || isPretrain > 2))
        return QStringLiteral("isPretrain参数错误，可选值：0（调优）、1（预训练）、2（增量训练）");
    if (job.kind == JobKind::ComputeTask && (isPretrain < 0 || isPretrain > 6))
        return invalidMessage(QStringLiteral("isPretrain"));
    if (auto error = needString(QStringLiteral("llmTrainFramework"), scratch, true))
        return error;
    if (job.kind == JobKind::Training) {
        QString taskType;
        if (auto error = needString(QStringLiteral("taskType"), taskType, false))
            return error;
        if (taskType != QLatin1String("1") && taskType != QLatin1String("2")
            && taskType != QLatin1String("3"))
            return QStringLiteral("taskType参数错误，可选值：1（自然语言处理）、2（计算机视觉）、3（机器学习）");
    }

    // Image: the four identity fields of getImageList; "image", when sent, must be its path.
    QString imageId;
    QString imageVersionId;
    if (auto error = needString(QStringLiteral("imageId"), imageId, false))
        return error;
    if (auto error = needString(QStringLiteral("imageVersionId"), imageVersionId, false))
        return error;
    if (auto error = needString(QStringLiteral("imageName"), scratch, true))
        return error;
    if (auto error = needString(QStringLiteral("imageVersion"), scratch, true))
        return error;
    const AssetVersion *version = m_state.catalog.imageVersion(imageId, imageVersionId);
    if (!version)
        return QStringLiteral("镜像或镜像版本不存在");
    QString image;
    if (readString(body, QStringLiteral("image"), image) == Read::Ok && !image.isEmpty()
        && image != version->path)
        return QStringLiteral("镜像地址与镜像版本不匹配");
    job.image = version->path;
    job.imageName = m_state.catalog.image(imageId)->name;

    // Resource group: zoneId, zoneName and resourceGroupKey of findResourceGroupBySysGroupId.
    QString zoneId;
    QString zoneName;
    QString groupKey;
    if (auto error = needString(QStringLiteral("zoneId"), zoneId, false))
        return error;
    if (auto error = needString(QStringLiteral("zoneName"), zoneName, true))
        return error;
    if (auto error = needString(QStringLiteral("resourceGroupKey"), groupKey, false))
        return error;
    const ResourceGroup *group = m_state.catalog.group(zoneId);
    if (!group || !group->available || !group->tenantIds.contains(caller.tenantId))
        return QStringLiteral("资源组不存在或不可用");
    if (group->key != groupKey)
        return QStringLiteral("resourceGroupKey与资源组不匹配");
    if (!zoneName.isEmpty() && zoneName != group->name)
        return QStringLiteral("zoneName与资源组不匹配");
    job.resourceGroupId = group->id;
    job.gpuModel = m_state.catalog.gpuModelOfGroup(*group);
    int maxGpusPerNode = 0;
    for (const QString &nodeName : group->nodeNames) {
        if (const Node *node = m_state.catalog.node(nodeName))
            maxGpusPerNode = qMax(maxGpusPerNode, group->gpuShare == QLatin1String("mig")
                                                      ? node->gpuCount * 7
                                                      : node->gpuCount);
    }

    const QJsonValue resources = body.value(QStringLiteral("resource"));
    if (!resources.isArray() || resources.toArray().isEmpty())
        return requiredMessage(QStringLiteral("resource"));
    for (const QJsonValue &value : resources.toArray()) {
        const QJsonObject entry = value.toObject();
        PodGroup pods;
        qint64 number = 0;
        if (readInt(entry, QStringLiteral("numbers"), number) != Read::Ok || number < 1)
            return requiredMessage(QStringLiteral("resource.numbers"));
        pods.numbers = int(number);
        if (readInt(entry, QStringLiteral("cpuNumber"), number) != Read::Ok || number < 1)
            return requiredMessage(QStringLiteral("resource.cpuNumber"));
        pods.cpu = int(number);
        if (readInt(entry, QStringLiteral("memory"), number) == Read::Ok)
            pods.memoryGb = int(number);
        const QJsonObject gpu = entry.value(QStringLiteral("gpuResource")).toObject();
        if (readInt(gpu, QStringLiteral("gpuNum"), number) != Read::Ok || number < 0)
            return requiredMessage(QStringLiteral("resource.gpuResource.gpuNum"));
        pods.gpuNum = int(number);
        pods.gpuShare = pods.gpuNum > 0 ? group->gpuShare : QStringLiteral("none");
        pods.nodeType = entry.value(QStringLiteral("nodeType")).toString(QStringLiteral("Node"));
        readString(entry, QStringLiteral("specId"), pods.specId);
        if (pods.gpuNum > maxGpusPerNode)
            return maxGpusPerNode == 0 ? QStringLiteral("所选资源组无GPU资源")
                                       : QStringLiteral("单节点GPU数超出资源组上限（%1）").arg(maxGpusPerNode);
        job.podGroups.append(pods);
    }

    bool rdma = false;
    if (readBool(body, QStringLiteral("rdma"), rdma) == Read::Invalid)
        return invalidMessage(QStringLiteral("rdma"));
    if (rdma && group->resourceName.isEmpty())
        return QStringLiteral("所选资源组不支持RDMA高性能网络");

    // Required by the table and present in every example (possibly empty).
    for (const QString &key : {QStringLiteral("inputType"), QStringLiteral("inputDir"),
                               QStringLiteral("algorithmOriginType"), QStringLiteral("algorithmPath"),
                               QStringLiteral("fineTuneStrategy"), QStringLiteral("modelOriginType")}) {
        if (auto error = needString(key, scratch, true))
            return error;
    }
    // The RL example names its model fields differently and has no originModelDir.
    if (job.kind != JobKind::ComputeTask) {
        if (auto error = needString(QStringLiteral("originModelDir"), scratch, true))
            return error;
    }
    if (auto error = needString(QStringLiteral("startupFile"), scratch, false))
        return error;
    if (auto error = needString(QStringLiteral("command"), scratch, false))
        return error;

    for (const Job &other : m_state.board.jobs()) {
        if (other.kind == job.kind && other.ownerUserId == caller.userId && other.name == job.name)
            return QStringLiteral("任务名称已存在");
    }
    if (caller.quotaConfigured) {
        const Usage used = m_state.board.usageOfUser(caller.userId);
        if (used.jobs >= caller.quotaJobs)
            return QStringLiteral("作业数已达配额上限");
        if (group->gpuShare == QLatin1String("none") && used.gpu + job.gpuTotal() > caller.quotaGpu)
            return QStringLiteral("GPU配额不足，剩余%1卡").arg(caller.quotaGpu - used.gpu);
    }

    job.ownerUserId = caller.userId;
    job.tenantId = caller.tenantId;
    job.params = body;
    if (job.kind == JobKind::ComputeTask) {
        const QString sent = body.value(QStringLiteral("scenario")).toString();
        job.scenario = computeScenarios().contains(sent) ? sent
                                                         : scenarioFor(job.createWay, job.isPretrain);
    }
    job.outputDir = outputDirFor(job);
    return std::nullopt;
}

SimReply JobApi::trainingCreate(const QJsonObject &body, const User &caller)
{
    Job job;
    job.kind = JobKind::Training;
    if (const auto error = parseTask(body, caller, job))
        return errorB(*error);
    const Job &created = m_state.board.create(job, State::nowMs());
    ++m_state.creates[created.name];
    return envelopeB(QJsonObject{{QStringLiteral("taskId"), created.id},
                                 {QStringLiteral("uid"), created.uid}});
}

SimReply JobApi::fineTuneCreate(const QJsonObject &body, const User &caller)
{
    Job job;
    job.kind = JobKind::FineTune;
    if (const auto error = parseTask(body, caller, job))
        return errorB(*error);
    m_state.board.create(job, State::nowMs());
    ++m_state.creates[job.name];
    // The document's answer: an empty object, an empty message and returnCode 0. No task id.
    return envelopeB(QJsonObject(), QString(), 0);
}

SimReply JobApi::computeCreate(const QJsonObject &body, const User &caller)
{
    Job job;
    job.kind = JobKind::ComputeTask;
    if (const auto error = parseTask(body, caller, job))
        return errorB(*error);
    const Job &created = m_state.board.create(job, State::nowMs());
    ++m_state.creates[created.name];
    // JSON inside a string, holding the job's CRD uid (not its task id).
    return envelopeB(compact(QJsonObject{{QStringLiteral("uid"), created.uid}}));
}

// ---- lists ----------------------------------------------------------------------------------

QJsonObject JobApi::trainingRow(const Job &job) const
{
    const qint64 now = State::nowMs();
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("name"), job.name},
            {QStringLiteral("status"), job.status},
            {QStringLiteral("type"), text(job, QStringLiteral("type"))},
            {QStringLiteral("runTime"), duration(m_state.board.runTimeMs(job, now))},
            {QStringLiteral("description"), text(job, QStringLiteral("describe"))},
            {QStringLiteral("createTime"), dateTime(job.createdMs)},
            {QStringLiteral("partitions"), partitionJson(job)},
            {QStringLiteral("outputDir"), job.outputDir},
            {QStringLiteral("modelId"), text(job, QStringLiteral("modelId"))},
            {QStringLiteral("modelName"), text(job, QStringLiteral("modelName"))},
            {QStringLiteral("createWay"), job.createWay},
            {QStringLiteral("taskType"), text(job, QStringLiteral("taskType"))}};
}

QJsonObject JobApi::fineTuneRow(const Job &job) const
{
    const qint64 now = State::nowMs();
    QJsonObject row{{QStringLiteral("id"), job.id},
                    {QStringLiteral("taskName"), job.name},
                    {QStringLiteral("status"), job.status},
                    {QStringLiteral("modelName"), text(job, QStringLiteral("modelName"))},
                    {QStringLiteral("modelId"), text(job, QStringLiteral("modelId"))},
                    {QStringLiteral("runTime"), duration(m_state.board.runTimeMs(job, now))},
                    {QStringLiteral("description"), text(job, QStringLiteral("describe"))},
                    {QStringLiteral("createTime"), dateTime(job.createdMs)},
                    {QStringLiteral("fineTuneStrategy"), text(job, QStringLiteral("fineTuneStrategy"))},
                    {QStringLiteral("createWay"), job.createWay},
                    {QStringLiteral("outputDir"), job.outputDir},
                    {QStringLiteral("isPretrain"), job.isPretrain},
                    {QStringLiteral("partitions"), partitionJson(job)}};
    // Only on some rows: the ones that have run and written metrics.
    if (job.runStartedMs > 0 || job.earlierRunMs > 0)
        row.insert(QStringLiteral("tensorBoardDir"),
                   QString(job.outputDir + QStringLiteral("/metrics/tensorboard")));
    return row;
}

QJsonObject JobApi::computeRow(const Job &job) const
{
    const User *owner = m_state.accounts.user(job.ownerUserId);
    const QString userName = owner ? owner->userName : QString();
    const QString nickName = owner ? owner->nickName : QString();
    const QJsonObject metas{{QStringLiteral("taskId"), job.id},
                            {QStringLiteral("taskName"), job.name},
                            {QStringLiteral("taskStatus"), job.status},
                            {QStringLiteral("createWay"), job.createWay},
                            {QStringLiteral("isPretrain"), job.isPretrain},
                            {QStringLiteral("scenario"), job.scenario},
                            {QStringLiteral("userName"), userName},
                            {QStringLiteral("nickName"), nickName},
                            {QStringLiteral("createId"), job.ownerUserId},
                            {QStringLiteral("createTime"), job.createdMs},
                            {QStringLiteral("outputDir"), job.outputDir}};
    return {{QStringLiteral("taskId"), job.id},
            {QStringLiteral("taskName"), job.name},
            {QStringLiteral("createTime"), job.createdMs},
            {QStringLiteral("cpu"), job.cpuTotal()},
            {QStringLiteral("memory"), job.memoryTotal()},
            {QStringLiteral("gpuResource"), QJsonObject{{QStringLiteral("gpuLimit"), job.gpuTotal()}}},
            {QStringLiteral("type"), 6},
            {QStringLiteral("scenario"), job.scenario},
            {QStringLiteral("imageName"), job.imageName},
            {QStringLiteral("taskType"), taskTypeName(job.scenario)},
            {QStringLiteral("taskStatusName"), statusName(job.status)},
            {QStringLiteral("resourceType"), job.createWay == QLatin1String("userDefined")
                                                 ? QStringLiteral("传统模型")
                                                 : QStringLiteral("大模型")},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("nickName"), nickName},
            {QStringLiteral("metas"), metas}};
}

SimReply JobApi::trainingList(const QJsonObject &body, const User &caller) const
{
    ListScope scope;
    if (const auto error = listScope(body, caller, false, scope))
        return errorB(*error);
    qint64 pageNum = 1;
    qint64 pageSize = 10;
    if (const auto error = readKernelPage(body, true, pageNum, pageSize))
        return errorB(*error);
    QString statusFilter;
    QString nameFilter;
    readString(body, QStringLiteral("status"), statusFilter);
    readString(body, QStringLiteral("taskName"), nameFilter);
    QList<const Job *> matches;
    for (const Job &job : m_state.board.jobs()) {
        if (job.kind == JobKind::Training && inScope(caller, scope, job)
            && (statusFilter.isEmpty() || job.status == statusFilter)
            && (nameFilter.isEmpty() || job.name.contains(nameFilter, Qt::CaseInsensitive)))
            matches.append(&job);
    }
    QJsonArray all;
    for (const Job *job : newestFirst(matches))
        all.append(trainingRow(*job));
    return envelopeB(kernelPage(all, pageNum, pageSize));
}

SimReply JobApi::fineTuneList(const QJsonObject &body, const User &caller) const
{
    ListScope scope;
    if (const auto error = listScope(body, caller, false, scope))
        return errorB(*error);
    qint64 pageNum = 1;
    qint64 pageSize = 10;
    if (const auto error = readKernelPage(body, true, pageNum, pageSize))
        return errorB(*error);
    QString statusFilter;
    QString nameFilter;
    readString(body, QStringLiteral("status"), statusFilter);
    readString(body, QStringLiteral("taskName"), nameFilter);
    QList<const Job *> matches;
    for (const Job &job : m_state.board.jobs()) {
        if (job.kind == JobKind::FineTune && inScope(caller, scope, job)
            && (statusFilter.isEmpty() || job.status == statusFilter)
            && (nameFilter.isEmpty() || job.name.contains(nameFilter, Qt::CaseInsensitive)))
            matches.append(&job);
    }
    QJsonArray all;
    for (const Job *job : newestFirst(matches))
        all.append(fineTuneRow(*job));
    return envelopeB(kernelPage(all, pageNum, pageSize));
}

SimReply JobApi::computeList(const QJsonObject &body, const User &caller) const
{
    ListScope scope;
    if (const auto error = listScope(body, caller, true, scope))
        return errorB(*error);
    qint64 pageNum = 1;
    qint64 pageSize = 10;
    if (const auto error = readKernelPage(body, false, pageNum, pageSize))
        return errorB(*error);
    QString statusFilter;
    QString nameFilter;
    readString(body, QStringLiteral("status"), statusFilter);
    readString(body, QStringLiteral("taskName"), nameFilter);
    const auto nameMatches = [&nameFilter](const QString &name) {
        return nameFilter.isEmpty() || name.contains(nameFilter, Qt::CaseInsensitive);
    };
    // The compute tasks and the other custom-scenario tasks, newest first.
    QList<std::pair<qint64, QJsonObject>> rows;
    for (const Job &job : m_state.board.jobs()) {
        if (job.kind == JobKind::ComputeTask && inScope(caller, scope, job) && nameMatches(job.name)
            && (statusFilter.isEmpty() || statusName(job.status) == statusFilter))
            rows.append({job.createdMs, computeRow(job)});
    }
    for (const ScenarioTask &task : m_state.scenarioTasks) {
        if (!State::canSee(caller, task.ownerUserId, task.tenantId)
            || (scope.onlyOwner != 0 && task.ownerUserId != scope.onlyOwner)
            || !nameMatches(task.taskName)
            || (!statusFilter.isEmpty() && task.taskStatusName != statusFilter))
            continue;
        const User *owner = m_state.accounts.user(task.ownerUserId);
        QJsonObject row{{QStringLiteral("taskId"), task.taskId},
                        {QStringLiteral("taskName"), task.taskName},
                        {QStringLiteral("createTime"), task.createdMs},
                        {QStringLiteral("cpu"), task.cpu},
                        {QStringLiteral("memory"), task.memory},
                        {QStringLiteral("gpuResource"), QJsonObject{{QStringLiteral("gpuLimit"), task.gpu}}},
                        {QStringLiteral("type"), 6},
                        {QStringLiteral("scenario"), task.scenario},
                        {QStringLiteral("imageName"), task.image},
                        {QStringLiteral("taskType"), task.taskType},
                        {QStringLiteral("taskStatusName"), task.taskStatusName},
                        {QStringLiteral("resourceType"), QStringLiteral("大模型")},
                        {QStringLiteral("metas"), task.metas}};
        if (task.rowStatus >= 0) {
            row.insert(QStringLiteral("status"), task.rowStatus);
            row.insert(QStringLiteral("podId"), task.podId);
            row.insert(QStringLiteral("podName"), task.podName);
            row.insert(QStringLiteral("nodeIp"), task.nodeIp);
            row.insert(QStringLiteral("userName"), owner ? owner->userName : QString());
            row.insert(QStringLiteral("nickName"), owner ? owner->nickName : QString());
            row.insert(QStringLiteral("createId"), task.ownerUserId);
            row.insert(QStringLiteral("image"), task.image);
        }
        rows.append({task.createdMs, row});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray all;
    for (const auto &row : rows)
        all.append(row.second);
    return envelopeB(kernelPage(all, pageNum, pageSize));
}

// ---- details --------------------------------------------------------------------------------

QJsonObject JobApi::trainingDetailJson(const Job &job) const
{
    const bool compute = job.kind == JobKind::ComputeTask;
    QJsonObject data{
        {QStringLiteral("name"), job.name},
        {QStringLiteral("status"), job.status},
        {QStringLiteral("type"), text(job, QStringLiteral("type"))},
        {QStringLiteral("partition"), partitionJson(job)},
        {QStringLiteral("runTime"), duration(m_state.board.runTimeMs(job, State::nowMs()))},
        {QStringLiteral("createTime"), dateTime(job.createdMs)},
        {QStringLiteral("command"), text(job, QStringLiteral("command"))},
        {QStringLiteral("inputDir"), text(job, QStringLiteral("inputDir"))},
        {QStringLiteral("inputType"), text(job, QStringLiteral("inputType"))},
        {QStringLiteral("outputDir"), job.outputDir},
        {QStringLiteral("variable"), compact(job.params.value(QStringLiteral("variable")))},
        {QStringLiteral("isUrgentTask"), job.params.value(QStringLiteral("isUrgentTask")).toString(QStringLiteral("N"))},
        {QStringLiteral("describe"), text(job, QStringLiteral("describe"))},
        {QStringLiteral("resourceType"), text(job, QStringLiteral("resourceType"))},
        {QStringLiteral("createWay"), job.createWay},
        {QStringLiteral("workingDir"), job.params.value(QStringLiteral("workingDir")).toString(QStringLiteral("/ampha/algorithm"))},
        {QStringLiteral("commonHyperParameters"), compact(job.params.value(QStringLiteral("commonHyperParameters")))},
        {QStringLiteral("startupFile"), text(job, QStringLiteral("startupFile"))},
        {QStringLiteral("datasetId"), text(job, QStringLiteral("datasetId"))},
        {QStringLiteral("datasetVersionId"), text(job, QStringLiteral("datasetVersionId"))},
        {QStringLiteral("datasetVersion"), text(job, QStringLiteral("datasetVersion"))},
        {QStringLiteral("dataSetName"), text(job, QStringLiteral("datasetName"))},
        {QStringLiteral("algorithmOriginType"), text(job, QStringLiteral("algorithmOriginType"))},
        {QStringLiteral("algorithmName"), text(job, QStringLiteral("algorithmName"))},
        {QStringLiteral("algorithmId"), text(job, QStringLiteral("algorithmId"))},
        {QStringLiteral("algorithmVersionId"), text(job, QStringLiteral("algorithmVersionId"))},
        {QStringLiteral("algorithmVersion"), text(job, QStringLiteral("algorithmVersion"))},
        {QStringLiteral("algorithmPath"), text(job, QStringLiteral("algorithmPath"))},
        {QStringLiteral("resourceName"), text(job, QStringLiteral("resourceName"))},
        {QStringLiteral("rdma"), job.params.value(QStringLiteral("rdma")).toBool() ? QStringLiteral("true")
                                                                                 : QStringLiteral("false")},
        {QStringLiteral("resources"), resourcesJson(job, compute)},
        {QStringLiteral("isPretrain"), job.isPretrain},
        {QStringLiteral("imageId"), text(job, QStringLiteral("imageId"))},
        {QStringLiteral("imageName"), text(job, QStringLiteral("imageName"))},
        {QStringLiteral("imageVersionId"), text(job, QStringLiteral("imageVersionId"))},
        {QStringLiteral("imageVersion"), text(job, QStringLiteral("imageVersion"))},
        {QStringLiteral("modelOriginType"), text(job, QStringLiteral("modelOriginType"))},
        {QStringLiteral("modelVersionId"), text(job, QStringLiteral("modelVersionId"))},
        {QStringLiteral("modelVersion"), text(job, QStringLiteral("modelVersion"))},
        {QStringLiteral("originModelDir"), text(job, QStringLiteral("originModelDir"))},
        {QStringLiteral("modelName"), text(job, QStringLiteral("modelName"))},
        {QStringLiteral("modelId"), text(job, QStringLiteral("modelId"))},
        // A string here although the create call may send a number.
        {QStringLiteral("taskType"), text(job, QStringLiteral("taskType"))},
        {QStringLiteral("fineTuneStrategy"), text(job, QStringLiteral("fineTuneStrategy"))},
        {QStringLiteral("fineTuneStrategyId"), text(job, QStringLiteral("fineTuneStrategyId"))},
        {QStringLiteral("mountpoint"), mountpoint(job)},
    };
    if (compute) {
        data.insert(QStringLiteral("scenario"), job.scenario);
        data.insert(QStringLiteral("image"), job.image);
    }
    return data;
}

QJsonObject JobApi::fineTuneDetailJson(const Job &job) const
{
    QJsonObject data{
        {QStringLiteral("taskName"), job.name},
        {QStringLiteral("status"), job.status},
        {QStringLiteral("llmTrainFramework"), text(job, QStringLiteral("llmTrainFramework"))},
        {QStringLiteral("partitions"), partitionJson(job)},
        {QStringLiteral("runTime"), duration(m_state.board.runTimeMs(job, State::nowMs()))},
        {QStringLiteral("createTime"), dateTime(job.createdMs)},
        {QStringLiteral("command"), text(job, QStringLiteral("command"))},
        {QStringLiteral("inputDir"), text(job, QStringLiteral("inputDir"))},
        {QStringLiteral("inputType"), text(job, QStringLiteral("inputType"))},
        {QStringLiteral("outputDir"), job.outputDir},
        {QStringLiteral("description"), text(job, QStringLiteral("describe"))},
        {QStringLiteral("createWay"), job.createWay},
        {QStringLiteral("datasetId"), text(job, QStringLiteral("datasetId"))},
        {QStringLiteral("datasetVersion"), text(job, QStringLiteral("datasetVersion"))},
        {QStringLiteral("datasetVersionId"), text(job, QStringLiteral("datasetVersionId"))},
        {QStringLiteral("dataSetName"), text(job, QStringLiteral("datasetName"))},
        {QStringLiteral("modelId"), text(job, QStringLiteral("modelId"))},
        {QStringLiteral("modelName"), text(job, QStringLiteral("modelName"))},
        {QStringLiteral("modelVersion"), text(job, QStringLiteral("modelVersion"))},
        {QStringLiteral("modelVersionId"), text(job, QStringLiteral("modelVersionId"))},
        {QStringLiteral("originModelDir"), text(job, QStringLiteral("originModelDir"))},
        {QStringLiteral("modelOriginType"), text(job, QStringLiteral("modelOriginType"))},
        {QStringLiteral("fineTuneHyperParameters"), compact(job.params.value(QStringLiteral("fineTuneHyperParameters")))},
        {QStringLiteral("commonHyperParameters"), compact(job.params.value(QStringLiteral("commonHyperParameters")))},
        {QStringLiteral("fineTuneStrategy"), text(job, QStringLiteral("fineTuneStrategy"))},
        {QStringLiteral("fineTuneStrategyId"), text(job, QStringLiteral("fineTuneStrategyId"))},
        {QStringLiteral("rdma"), job.params.value(QStringLiteral("rdma")).toBool() ? QStringLiteral("true")
                                                                                 : QStringLiteral("false")},
        {QStringLiteral("workingDir"), job.params.value(QStringLiteral("workingDir")).toString(QStringLiteral("/ampha/algorithm"))},
        {QStringLiteral("mountpoint"), mountpoint(job)},
        {QStringLiteral("resources"), resourcesJson(job, false)},
        {QStringLiteral("isPretrain"), job.isPretrain},
        {QStringLiteral("algorithmId"), text(job, QStringLiteral("algorithmId"))},
        {QStringLiteral("algorithmName"), text(job, QStringLiteral("algorithmName"))},
        {QStringLiteral("algorithmVersion"), text(job, QStringLiteral("algorithmVersion"))},
        {QStringLiteral("algorithmVersionId"), text(job, QStringLiteral("algorithmVersionId"))},
        {QStringLiteral("algorithmPath"), text(job, QStringLiteral("algorithmPath"))},
        {QStringLiteral("algorithmOriginType"), text(job, QStringLiteral("algorithmOriginType"))},
        {QStringLiteral("imageId"), text(job, QStringLiteral("imageId"))},
        {QStringLiteral("imageName"), text(job, QStringLiteral("imageName"))},
        {QStringLiteral("imageVersion"), text(job, QStringLiteral("imageVersion"))},
        {QStringLiteral("imageVersionId"), text(job, QStringLiteral("imageVersionId"))},
        {QStringLiteral("variable"), compact(job.params.value(QStringLiteral("variable")))},
        {QStringLiteral("startupFile"), text(job, QStringLiteral("startupFile"))},
    };
    if (job.kind == JobKind::ComputeTask) {
        data.insert(QStringLiteral("scenario"), job.scenario);
        data.insert(QStringLiteral("image"), job.image);
        data.insert(QStringLiteral("autoRecovery"), job.params.value(QStringLiteral("autoRecovery")).toInt());
        data.insert(QStringLiteral("retryTimes"), job.retryTimes);
        // "Bo" on the way in, none on the way out.
        data.insert(QStringLiteral("extraModelParams"),
                    job.params.value(QStringLiteral("extraModelParamsBo")).isObject()
                        ? job.params.value(QStringLiteral("extraModelParamsBo"))
                        : QJsonValue(QJsonObject{
                              {QStringLiteral("extraSftModelParamsBo"), QJsonObject{{QStringLiteral("sftModelId"), QString()}}},
                              {QStringLiteral("extraRewardModelParamsBo"), QJsonObject{{QStringLiteral("rewardModelId"), QString()}}}}));
    }
    return data;
}

SimReply JobApi::trainingDetail(const QString &taskId, const User &caller)
{
    if (taskId.isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskId")));
    const Job *job = visibleJob(taskId, caller);
    if (!job || !trainOperatorFamily(*job))
        return errorB(QStringLiteral("任务不存在"));
    return envelopeB(trainingDetailJson(*job));
}

SimReply JobApi::fineTuneDetail(const QString &taskId, const User &caller)
{
    if (taskId.isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskId")));
    const Job *job = visibleJob(taskId, caller);
    if (!job || !fineTuneFamily(*job))
        return errorB(QStringLiteral("任务不存在"));
    return envelopeB(fineTuneDetailJson(*job));
}

// ---- actions --------------------------------------------------------------------------------

SimReply JobApi::stop(const QString &route, const QString &taskId, const User &caller,
                      bool (*family)(const Job &), const QString &createWay)
{
    if (taskId.isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskId")));
    m_state.countRequest(route, taskId);
    Job *job = visibleJob(taskId, caller);
    if (!job || !family(*job))
        return errorB(QStringLiteral("任务不存在"));
    if (!createWay.isEmpty() && createWay != job->createWay)
        return errorB(QStringLiteral("createWay与任务不匹配"));
    const QString refusal = m_state.board.stopTask(*job, State::nowMs());
    if (!refusal.isEmpty())
        return errorB(refusal);
    return envelopeB(QStringLiteral("SUCCESS"));
}

SimReply JobApi::remove(const QString &route, const QStringList &taskIds, const User &caller,
                        bool (*family)(const Job &), const QString &createWay)
{
    if (taskIds.isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskIds")));
    // All or nothing: every id is checked before any is deleted.
    for (const QString &id : taskIds) {
        m_state.countRequest(route, id);
        Job *job = visibleJob(id, caller);
        if (!job || !family(*job))
            return errorB(QStringLiteral("任务不存在：%1").arg(id));
        if (!createWay.isEmpty() && createWay != job->createWay)
            return errorB(QStringLiteral("createWay与任务不匹配：%1").arg(id));
    }
    for (const QString &id : taskIds)
        m_state.board.removeTask(id, State::nowMs());
    return envelopeB(QStringLiteral("SUCCESS"));
}

SimReply JobApi::fineTuneDelete(const SimRequest &request, const QJsonValue &body, const User &caller)
{
    // Declared form-urlencoded, shown with a JSON body, its table says taskId: all are taken.
    QStringList ids;
    for (const QJsonValue &id : body.toObject().value(QStringLiteral("taskIds")).toArray())
        ids.append(id.toString());
    QUrlQuery form(QString::fromUtf8(request.body));
    if (!request.header(QByteArrayLiteral("Content-Type")).startsWith("application/x-www-form-urlencoded"))
        form.clear();
    for (const QString &key : {QStringLiteral("taskIds"), QStringLiteral("taskId")}) {
        for (const QString &value : form.allQueryItemValues(key, QUrl::FullyDecoded))
            ids.append(value.split(QLatin1Char(','), Qt::SkipEmptyParts));
        for (const QString &value : request.query.allQueryItemValues(key, QUrl::FullyDecoded))
            ids.append(value.split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    QString single;
    if (readString(body.toObject(), QStringLiteral("taskId"), single) == Read::Ok && !single.isEmpty())
        ids.append(single);
    ids.removeDuplicates();
    return remove(counted::FineTuneDelete, ids, caller, &fineTuneFamily);
}

SimReply JobApi::computeStopOrDelete(const QJsonObject &body, const User &caller, bool isDelete)
{
    QString createWay;
    if (readString(body, QStringLiteral("createWay"), createWay) != Read::Ok || createWay.isEmpty())
        return errorB(requiredMessage(QStringLiteral("createWay")));
    if (createWay != QLatin1String("custom") && createWay != QLatin1String("userDefined"))
        return errorB(QStringLiteral("createWay参数错误，可选值：custom、userDefined"));
    if (!isDelete) {
        QString taskId;
        readString(body, QStringLiteral("taskId"), taskId);
        return stop(counted::ComputeStop, taskId, caller, &computeFamily, createWay);
    }
    QStringList ids;
    for (const QJsonValue &id : body.value(QStringLiteral("taskIds")).toArray())
        ids.append(id.toString());
    return remove(counted::ComputeDelete, ids, caller, &computeFamily, createWay);
}

SimReply JobApi::checkResume(const QString &route, const QString &taskId, const User &caller,
                             bool (*family)(const Job &))
{
    m_state.countRequest(route, taskId);
    const Job *job = visibleJob(taskId, caller);
    if (!job || !family(*job))
        return errorB(QStringLiteral("任务不存在"));
    // success only says the check ran; the answer is data, the reason the message.
    const QString refusal = m_state.board.checkpointRefusal(*job);
    return envelopeA(refusal.isEmpty(), refusal.isEmpty() ? QStringLiteral("可以恢复") : refusal);
}

SimReply JobApi::resume(const QString &route, const QString &taskId, const User &caller,
                        bool (*family)(const Job &))
{
    if (taskId.isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskId")), QStringLiteral("error"));
    m_state.countRequest(route, taskId);
    Job *job = visibleJob(taskId, caller);
    if (!job || !family(*job))
        return errorB(QStringLiteral("任务不存在"), QStringLiteral("error"));
    const QString refusal = m_state.board.resumeTask(*job, State::nowMs());
    if (!refusal.isEmpty())
        return errorB(refusal, QStringLiteral("error"));
    return envelopeB(QStringLiteral("SUCCESS"));
}

SimReply JobApi::clone(const QJsonObject &body, const User &caller)
{
    QString taskId;
    QString createWay;
    if (readString(body, QStringLiteral("taskId"), taskId) != Read::Ok || taskId.isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskId")));
    if (readString(body, QStringLiteral("createWay"), createWay) != Read::Ok || createWay.isEmpty())
        return errorB(requiredMessage(QStringLiteral("createWay")));
    m_state.countRequest(counted::ComputeClone, taskId);
    const Job *job = visibleJob(taskId, caller);
    if (!job || job->kind != JobKind::ComputeTask)
        return errorB(QStringLiteral("任务不存在"));
    if (job->createWay != createWay)
        return errorB(QStringLiteral("createWay与任务不匹配"));
    // The creation parameters again, in the clone's own spellings: nothing is created.
    QJsonObject data = job->params;
    for (const QString &key : {QStringLiteral("zoneId"), QStringLiteral("zoneName"),
                               QStringLiteral("resourceGroupKey"), QStringLiteral("userId"),
                               QStringLiteral("userName")})
        data.remove(key);
    data.insert(QStringLiteral("partition"), partitionJson(*job));
    for (const QString &key : {QStringLiteral("commonHyperParameters"),
                               QStringLiteral("fineTuneHyperParameters"), QStringLiteral("variable")})
        data.insert(key, compact(job->params.value(key)));
    data.insert(QStringLiteral("rdma"), job->params.value(QStringLiteral("rdma")).toBool()
                                            ? QStringLiteral("true")
                                            : QStringLiteral("false"));
    QJsonArray resources;
    for (const QJsonValue &value : resourcesJson(*job, false)) {
        QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("memory")).toInt() == 0)
            entry.remove(QStringLiteral("memory"));
        resources.append(entry);
    }
    data.insert(QStringLiteral("resource"), resources);
    data.insert(QStringLiteral("image"), job->image);
    data.insert(QStringLiteral("outputDir"), job->outputDir);
    data.insert(QStringLiteral("scenario"), job->scenario);
    data.insert(QStringLiteral("createTime"), dateTime(job->createdMs));
    data.insert(QStringLiteral("status"), job->status);
    data.insert(QStringLiteral("runTime"), duration(m_state.board.runTimeMs(*job, State::nowMs())));
    data.insert(QStringLiteral("retryTimes"), job->retryTimes);
    return envelopeB(data);
}

// ---- pods -----------------------------------------------------------------------------------

QJsonObject JobApi::podRow(const Job &job, const Pod &pod) const
{
    const qint64 now = State::nowMs();
    const qint64 end = pod.finishedMs > 0 ? pod.finishedMs : now;
    QJsonObject row{{QStringLiteral("id"), pod.id},
                    // The node's address: the RDMA endpoint takes it as nodeIp.
                    {QStringLiteral("ip"), pod.nodeIp},
                    {QStringLiteral("podUid"), pod.podUid},
                    {QStringLiteral("taskId"), job.id},
                    {QStringLiteral("name"), pod.name},
                    {QStringLiteral("status"), podStatusCode(pod.phase)},
                    {QStringLiteral("type"), pod.role},
                    {QStringLiteral("startTime"), pod.startedMs > 0 ? QJsonValue(dateTime(pod.startedMs))
                                                                    : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("endTime"), pod.finishedMs > 0 ? QJsonValue(dateTime(pod.finishedMs))
                                                                   : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("runTime"), duration(pod.startedMs > 0 ? end - pod.startedMs : 0)},
                    {QStringLiteral("currentTime"), dateTime(now)}};
    if (!pod.reason.isEmpty())
        row.insert(QStringLiteral("reason"), pod.reason);
    return row;
}

SimReply JobApi::podList(const QJsonObject &body, const User &caller)
{
    QString taskId;
    if (readString(body, QStringLiteral("taskId"), taskId) != Read::Ok || taskId.isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskId")));
    qint64 pageNum = 1;
    qint64 pageSize = 10;
    if (const auto error = readKernelPage(body, true, pageNum, pageSize))
        return errorB(*error);
    const Job *job = visibleJob(taskId, caller);
    if (!job)
        return errorB(QStringLiteral("任务不存在"));
    QJsonArray all;
    for (const Pod &pod : job->pods)
        all.append(podRow(*job, pod));
    return envelopeB(kernelPage(all, pageNum, pageSize));
}

SimReply JobApi::podEvents(const QJsonObject &body, const User &caller) const
{
    QString podUid;
    if (readString(body, QStringLiteral("podUid"), podUid) != Read::Ok || podUid.isEmpty())
        return errorB(requiredMessage(QStringLiteral("podUid")));
    for (const Job &job : m_state.board.jobs()) {
        for (const Pod &pod : job.pods) {
            if (pod.podUid != podUid)
                continue;
            if (!State::canSee(caller, job.ownerUserId, job.tenantId))
                return errorB(QStringLiteral("实例不存在"));
            QJsonArray events;
            for (const PodEvent &event : pod.events)
                events.append(QJsonObject{{QStringLiteral("id"), event.id},
                                          {QStringLiteral("createTime"), eventTime(event.atNanos)},
                                          {QStringLiteral("message"), event.message},
                                          {QStringLiteral("podUid"), pod.podUid}});
            return envelopeB(events);
        }
    }
    return errorB(QStringLiteral("实例不存在"));
}

SimReply JobApi::jobIdsOfTask(const SimRequest &request, const User &caller)
{
    const std::optional<QString> taskId = query(request, QStringLiteral("taskId"));
    if (!taskId || taskId->isEmpty())
        return errorB(requiredMessage(QStringLiteral("taskId")));
    const Job *job = visibleJob(*taskId, caller);
    if (!job || job->kind == JobKind::DevEnv)
        return errorB(QStringLiteral("任务不存在"));
    QJsonArray names;
    for (const Pod &pod : job->pods)
        names.append(pod.name);
    return envelopeB(names);
}

} // namespace suanli::sim::unis
