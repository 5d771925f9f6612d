#include "unismapping.h"

#include "core/jsonutil.h"
#include "core/redactor.h"
#include "core/timeparse.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace suanli::unis {

namespace {

QString textOf(const QJsonObject &o, QLatin1String key)
{
    return json::text(o.value(key)).trimmed();
}

// The first of several spellings the platform uses for one field.
QJsonValue firstOf(const QJsonObject &o, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String &key : keys) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().trimmed().isEmpty()))
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString firstText(const QJsonObject &o, std::initializer_list<QLatin1String> keys)
{
    return json::text(firstOf(o, keys)).trimmed();
}

int intOf(const QJsonValue &v, int fallback = 0)
{
    const std::optional<qint64> n = json::integer(v);
    if (!n)
        return fallback;
    return int(std::clamp<qint64>(*n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

double numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok && std::isfinite(d) ? d : 0.0;
}

// An object payload: `data` / `result` must be an object (a stringified one is accepted).
Result<QJsonObject> objectData(const Envelope &envelope)
{
    const QJsonValue v = parseEmbeddedJson(envelope.data);
    if (v.isObject())
        return v.toObject();
    return ApiError::parse(Mapping::tr("the answer's data is not an object"));
}

Result<QJsonArray> arrayData(const Envelope &envelope, bool nullIsEmpty = true)
{
    const QJsonValue v = parseEmbeddedJson(envelope.data);
    if (v.isArray())
        return v.toArray();
    if (nullIsEmpty && (v.isUndefined() || v.isNull()))
        return QJsonArray();
    return ApiError::parse(Mapping::tr("the answer's data is not a list"));
}

Result<QList<QJsonObject>> objectsOf(const QJsonArray &array, const QString &what)
{
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return ApiError::parse(Mapping::tr("an entry of %1 is not an object").arg(what));
        out.append(v.toObject());
    }
    return out;
}

QString gpuLabel(const QString &model, const QString &share, const QString &mig)
{
    if (share == u"mig" && !mig.isEmpty())
        return model.isEmpty() ? QStringLiteral("MIG %1").arg(mig) : QStringLiteral("%1 MIG %2").arg(model, mig);
    if (share == u"vgpu")
        return model.isEmpty() ? QStringLiteral("vGPU") : QStringLiteral("%1 vGPU").arg(model);
    return model;
}

// Without start and end times the lists give a run time: anchor it so that the run time the
// table derives is the platform's. A running job started `runTime` ago; an ended one is placed
// at its creation (when it actually started is not in the list; the pods tell, see withPods).
void applyRunTime(Resource &r, const QString &runTime, const QDateTime &now)
{
    const std::optional<qint64> secs = parseRunTime(runTime);
    if (!secs)
        return;
    if (r.status == ResourceStatus::Running || r.status == ResourceStatus::Stopping) {
        if (now.isValid())
            r.startedAt = now.addSecs(-*secs);
    } else if (r.status == ResourceStatus::Succeeded || r.status == ResourceStatus::Failed
               || r.status == ResourceStatus::Stopped) {
        if (r.createdAt.isValid() && *secs > 0) {
            r.startedAt = r.createdAt;
            r.finishedAt = r.createdAt.addSecs(*secs);
        }
    }
}

// {"resourceGroupKey","zoneId","zoneName"} as a string (partition / partitions).
void applyPartition(Resource &r, const QJsonObject &o)
{
    const QJsonObject p = parseEmbeddedJson(firstOf(o, {QLatin1String("partitions"), QLatin1String("partition")})).toObject();
    const QString zone = firstText(p, {QLatin1String("zoneName"), QLatin1String("zoneId")});
    if (!zone.isEmpty())
        r.region = zone;
}

// Node resources of a detail or clone answer: GPUs and CPUs summed over the roles.
void applyNodeResources(Resource &r, const QJsonArray &resources)
{
    int gpus = 0;
    int cpus = 0;
    int mem = 0;
    QString model;
    QString share;
    QString mig;
    for (const QJsonValue &v : resources) {
        const QJsonObject node = v.toObject();
        const int n = std::max(1, intOf(node.value(QLatin1String("numbers")), 1));
        const QJsonObject gpu = parseEmbeddedJson(node.value(QLatin1String("gpuResource"))).toObject();
        gpus += n * intOf(gpu.value(QLatin1String("gpuNum")));
        cpus += n * intOf(node.value(QLatin1String("cpuNumber")));
        mem += n * intOf(node.value(QLatin1String("memory")));
        if (model.isEmpty())
            model = textOf(gpu, QLatin1String("gpuResourceType"));
        if (share.isEmpty() || share == u"none")
            share = textOf(gpu, QLatin1String("gpuShare"));
        if (mig.isEmpty())
            mig = textOf(gpu, QLatin1String("migRes"));
    }
    if (resources.isEmpty())
        return;
    r.gpuCount = gpus;
    r.cpuCores = cpus;
    r.memoryGb = mem;
    const QString label = gpuLabel(model, share, mig);
    if (!label.isEmpty())
        r.gpuModel = label;
}

QJsonArray hyperParamsJson(const QList<HyperParam> &params)
{
    QJsonArray out;
    for (const HyperParam &p : params)
        out.append(p.toJson());
    return out;
}

QJsonArray variablesJson(const QList<EnvVar> &vars)
{
    QJsonArray out;
    for (const EnvVar &v : vars)
        out.append(QJsonObject{{QStringLiteral("name"), v.name},
                               {QStringLiteral("value"), v.value},
                               {QStringLiteral("description"), v.description}});
    return out;
}

QJsonArray nodesJson(const QList<NodeResource> &nodes, bool withSpec)
{
    QJsonArray out;
    for (const NodeResource &n : nodes) {
        QJsonObject gpu{{QStringLiteral("gpuNum"), n.gpuNum},
                        {QStringLiteral("gpuCores"), n.gpuCores},
                        {QStringLiteral("gpuMem"), n.gpuMem},
                        {QStringLiteral("gpuShare"), n.gpuShare.isEmpty() ? QStringLiteral("none") : n.gpuShare}};
        if (!n.gpuModel.isEmpty())
            gpu.insert(QStringLiteral("gpuResourceType"), n.gpuModel);
        if (!n.migRes.isEmpty())
            gpu.insert(QStringLiteral("migRes"), n.migRes);
        QJsonObject node{{QStringLiteral("nodeType"), n.nodeType},
                         {QStringLiteral("numbers"), n.count},
                         {QStringLiteral("cpuNumber"), n.cpu},
                         {QStringLiteral("memory"), n.memoryGb},
                         {QStringLiteral("gpuResource"), gpu}};
        if (withSpec)
            node.insert(QStringLiteral("specId"), n.specId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.specId));
        out.append(node);
    }
    return out;
}

void putModel(QJsonObject &body, const ModelRef &m)
{
    body.insert(QStringLiteral("modelOriginType"), m.originType);
    body.insert(QStringLiteral("modelId"), m.id);
    body.insert(QStringLiteral("modelName"), m.name);
    body.insert(QStringLiteral("modelVersion"), m.version);
    body.insert(QStringLiteral("modelVersionId"), m.versionId);
    body.insert(QStringLiteral("originModelDir"), m.dir);
}

ModelRef modelFrom(const QJsonObject &o, const QString &prefix)
{
    // Top-level fields are modelId ...; the extra ones sftModelId / rewardModelId ...
    auto key = [&prefix](const char *plain, const char *camel) {
        return prefix.isEmpty() ? QString::fromLatin1(plain) : prefix + QString::fromLatin1(camel);
    };
    ModelRef m;
    m.originType = json::text(o.value(key("modelOriginType", "ModelOriginType")));
    m.id = json::text(o.value(key("modelId", "ModelId")));
    m.name = json::text(o.value(key("modelName", "ModelName")));
    m.version = json::text(o.value(key("modelVersion", "ModelVersion")));
    m.versionId = json::text(o.value(key("modelVersionId", "ModelVersionId")));
    m.dir = json::text(o.value(prefix.isEmpty() ? QStringLiteral("originModelDir") : prefix + QStringLiteral("OriginModelDir")));
    return m;
}

} // namespace

// ---- times --------------------------------------------------------------------------------------

QDateTime parseUnisTime(const QJsonValue &value)
{
    return parseTime(value, chinaTimeZone()).value_or(QDateTime());
}

std::optional<qint64> parseRunTime(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression clock(QStringLiteral(R"(^(?:(\d+)\s*[dD天]\s*)?(\d+):(\d{1,2}):(\d{1,2})$)"));
    if (const QRegularExpressionMatch m = clock.match(text); m.hasMatch()) {
        const qint64 days = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
        return ((days * 24 + m.captured(2).toLongLong()) * 60 + m.captured(3).toLongLong()) * 60 + m.captured(4).toLongLong();
    }
    static const QRegularExpression words(
        QStringLiteral(R"(^(?:(\d+)\s*天)?\s*(?:(\d+)\s*(?:小时|时))?\s*(?:(\d+)\s*(?:分钟|分))?\s*(?:(\d+)\s*秒)?$)"));
    if (const QRegularExpressionMatch m = words.match(text); m.hasMatch()) {
        bool any = false;
        qint64 total = 0;
        const qint64 scale[] = {86400, 3600, 60, 1};
        for (int i = 0; i < 4; ++i) {
            if (!m.captured(i + 1).isEmpty()) {
                any = true;
                total += m.captured(i + 1).toLongLong() * scale[i];
            }
        }
        if (any)
            return total;
    }
    return std::nullopt;
}

// ---- paging -------------------------------------------------------------------------------------

Result<PagedRows> Mapping::pagedRows(const Envelope &envelope, PagingStyle style, int requestedPage, int requestedSize)
{
    PagedRows out;
    QJsonArray rows;
    QJsonObject data;
    const QJsonValue payload = parseEmbeddedJson(envelope.data);
    if (payload.isObject()) {
        data = payload.toObject();
        const QJsonValue list = firstOf(data, {QLatin1String("rows"), QLatin1String("items"), QLatin1String("records")});
        if (list.isArray())
            rows = list.toArray();
        else if (!list.isUndefined())
            return ApiError::parse(tr("the list in the answer is not a list"));
    } else if (payload.isArray()) {
        rows = payload.toArray(); // a bare list: one page with everything
    } else if (!envelope.rows.isEmpty() || envelope.total) {
        rows = envelope.rows; // E2: rows and total at top level
    } else if (!payload.isUndefined() && !payload.isNull()) {
        return ApiError::parse(tr("the answer's data is not a list"));
    }
    Result<QList<QJsonObject>> objects = objectsOf(rows, tr("the list"));
    if (!objects)
        return objects.error();
    out.rows = objects.value();

    out.page.pageSize = requestedSize;
    out.page.page = requestedPage;
    const qint64 total = json::integer(data.value(QLatin1String("total"))).value_or(envelope.total.value_or(out.rows.size()));
    out.page.total = std::max<qint64>(total, 0);
    switch (style) {
    case PagingStyle::Kernel:
        out.page.page = intOf(data.value(QLatin1String("pageNum")), requestedPage);
        out.page.totalPages = intOf(data.value(QLatin1String("totalPage")), 0);
        break;
    case PagingStyle::Notebook:
        // The request counts from 0; the answer carries no page number.
        out.page.page = requestedPage;
        break;
    case PagingStyle::Datahub:
        out.page.page = intOf(data.value(QLatin1String("current")), requestedPage);
        out.page.totalPages = intOf(data.value(QLatin1String("pages")), 0);
        break;
    }
    if (out.page.totalPages <= 0 && requestedSize > 0)
        out.page.totalPages = int((out.page.total + requestedSize - 1) / requestedSize);
    return out;
}

bool Mapping::hasMorePages(const PageInfo &page, int pageNumber, qint64 seen, int rowsOnThisPage)
{
    if (rowsOnThisPage <= 0)
        return false;
    if (page.totalPages > 0 && pageNumber >= page.totalPages)
        return false;
    return seen < page.total;
}

// ---- who am I, quotas -----------------------------------------------------------------------

Role Mapping::roleOf(int roleId)
{
    switch (roleId) {
    case 4004:
        return Role::SystemAdmin;
    case 4005:
        return Role::TenantAdmin;
    case 4007:
        return Role::User;
    default:
        return Role::Unknown;
    }
}

QString Mapping::roleLabel(Role role)
{
    switch (role) {
    case Role::SystemAdmin:
        return tr("System administrator");
    case Role::TenantAdmin:
        return tr("Tenant administrator");
    case Role::User:
        return tr("User");
    case Role::Unknown:
        break;
    }
    return tr("Unknown role");
}

Result<UserInfo> Mapping::userInfo(const Envelope &envelope)
{
    const QJsonValue userValue = envelope.whole.value(QLatin1String("user"));
    if (!userValue.isObject())
        return ApiError::parse(tr("the user information has no user"));
    QJsonObject user = userValue.toObject();
    UserInfo info;
    info.userId = textOf(user, QLatin1String("userId"));
    info.userName = textOf(user, QLatin1String("userName"));
    if (info.userId.isEmpty() || info.userName.isEmpty())
        return ApiError::parse(tr("the user information has no user id or name"));
    info.nickName = textOf(user, QLatin1String("nickName"));
    const QJsonObject dept = user.value(QLatin1String("dept")).toObject();
    // user.tenantId is set where dept.tenantId is null (the document's example).
    info.tenantId = firstText(user, {QLatin1String("tenantId")});
    if (info.tenantId.isEmpty())
        info.tenantId = textOf(dept, QLatin1String("tenantId"));
    info.tenantName = firstText(user, {QLatin1String("tenantName")});
    if (info.tenantName.isEmpty())
        info.tenantName = textOf(dept, QLatin1String("tenantName"));
    info.groupId = firstText(user, {QLatin1String("deptId")});
    if (info.groupId.isEmpty())
        info.groupId = textOf(dept, QLatin1String("deptId"));
    info.groupName = textOf(dept, QLatin1String("deptName"));
    info.linuxGroup = textOf(dept, QLatin1String("linuxGroupname"));
    info.uid = json::integer(user.value(QLatin1String("uid"))).value_or(0);
    info.roleId = intOf(user.value(QLatin1String("roleId")));
    const QJsonArray roles = user.value(QLatin1String("roles")).toArray();
    if (info.roleId == 0 && !roles.isEmpty())
        info.roleId = intOf(roles.first().toObject().value(QLatin1String("roleId")));
    for (const QJsonValue &r : roles) {
        const QJsonObject role = r.toObject();
        if (intOf(role.value(QLatin1String("roleId"))) == info.roleId || info.roleName.isEmpty())
            info.roleName = textOf(role, QLatin1String("roleName"));
    }
    info.role = roleOf(info.roleId);
    for (const QJsonValue &k : envelope.whole.value(QLatin1String("roles")).toArray())
        info.roleKeys.append(json::text(k));
    info.clusterType = textOf(envelope.whole, QLatin1String("clusterType"));
    // The answer carries the password hash: it never goes further.
    user.remove(QLatin1String("password"));
    QJsonObject raw = envelope.whole;
    raw.insert(QStringLiteral("user"), user);
    info.raw = raw;
    return info;
}

QuotaValue Mapping::quotaValue(const QJsonValue &value)
{
    QuotaValue q;
    if (value.isDouble()) {
        q.number = value.toDouble();
        q.text = json::text(value);
        return q;
    }
    q.text = json::text(value).trimmed();
    bool ok = false;
    const double d = q.text.toDouble(&ok);
    if (ok && std::isfinite(d))
        q.number = d;
    return q;
}

Result<RemainingResources> Mapping::remainingResources(const Envelope &envelope)
{
    Result<QJsonObject> data = objectData(envelope);
    if (!data)
        return data.error();
    const QJsonObject o = data.value();
    RemainingResources r;
    r.cpu = quotaValue(o.value(QLatin1String("remainCpu")));
    r.memory = quotaValue(o.value(QLatin1String("remainMemory")));
    r.gpu = quotaValue(o.value(QLatin1String("remainGpu")));
    r.vgpu = quotaValue(o.value(QLatin1String("remainVgpu")));
    r.mig = quotaValue(o.value(QLatin1String("remainMig")));
    r.jobs = quotaValue(o.value(QLatin1String("remainJobNum")));
    r.periodStart = parseUnisTime(o.value(QLatin1String("startTime")));
    r.periodEnd = parseUnisTime(o.value(QLatin1String("endTime")));
    if (!r.periodStart.isValid() && !r.periodEnd.isValid())
        r.periodText = textOf(o, QLatin1String("endTime"));
    r.configured = json::boolean(firstOf(o, {QLatin1String("isInitConfig"), QLatin1String("initConfig")}));
    r.raw = o;
    return r;
}

Result<StorageQuota> Mapping::storageQuota(const Envelope &envelope)
{
    Result<QJsonObject> data = objectData(envelope);
    if (!data)
        return data.error();
    const QJsonObject o = data.value();
    StorageQuota q;
    q.inodeQuota = quotaValue(o.value(QLatin1String("inodeQuota")));
    q.inodeUsed = quotaValue(o.value(QLatin1String("inodeUsed")));
    q.inodeRemain = quotaValue(o.value(QLatin1String("inodeRemain")));
    q.blockQuota = quotaValue(o.value(QLatin1String("blockQuota")));
    q.blockUsed = quotaValue(o.value(QLatin1String("blockUsed")));
    q.blockRemain = quotaValue(o.value(QLatin1String("blockRemain")));
    q.periodStart = parseUnisTime(o.value(QLatin1String("startTime")));
    q.periodEnd = parseUnisTime(o.value(QLatin1String("endTime")));
    if (!q.periodEnd.isValid())
        q.periodText = textOf(o, QLatin1String("endTime"));
    q.configured = json::boolean(firstOf(o, {QLatin1String("initConfig"), QLatin1String("isInitConfig")}));
    // Words instead of a capacity: the quota is off ("存储配额未开启-无限制").
    for (const QuotaValue *v : {&q.blockQuota, &q.inodeQuota}) {
        if (!v->isNumber() && !v->text.isEmpty()) {
            q.enabled = false;
            q.notEnabledText = v->text;
            break;
        }
    }
    q.raw = o;
    return q;
}

// ---- status tables ----------------------------------------------------------------------------

ResourceStatus Mapping::notebookStatus(int status)
{
    switch (status) {
    case 1:
        return ResourceStatus::Stopped;
    case 2:
        return ResourceStatus::Stopping;
    case 3:
        return ResourceStatus::Running;
    case 4:
        return ResourceStatus::Starting;
    case 5: // deleting
        return ResourceStatus::Stopping;
    case 6: // saving (an image of the environment): busy until it settles
        return ResourceStatus::Stopping;
    case 7:
        return ResourceStatus::Failed;
    case 8:
        return ResourceStatus::Creating;
    default:
        return ResourceStatus::Unknown;
    }
}

QString Mapping::notebookStatusText(int status)
{
    // The document's own words for the integer codes.
    switch (status) {
    case 1: return QStringLiteral("停止");
    case 2: return QStringLiteral("停止中");
    case 3: return QStringLiteral("运行中");
    case 4: return QStringLiteral("启动中");
    case 5: return QStringLiteral("删除中");
    case 6: return QStringLiteral("保存中");
    case 7: return QStringLiteral("失败");
    case 8: return QStringLiteral("创建中");
    default: return QString::number(status);
    }
}

ResourceStatus Mapping::jobStatus(const QString &input)
{
    const QString s = input.trimmed().toLower();
    if (s.isEmpty())
        return ResourceStatus::Unknown;
    struct Entry
    {
        const char16_t *text;
        ResourceStatus status;
    };
    static const Entry table[] = {
        // Kubernetes / Volcano phases as the kernel services send them.
        {u"pending", ResourceStatus::Pending},       {u"queuing", ResourceStatus::Pending},
        {u"queued", ResourceStatus::Pending},        {u"inqueue", ResourceStatus::Pending},
        {u"waiting", ResourceStatus::Pending},       {u"creating", ResourceStatus::Creating},
        {u"created", ResourceStatus::Creating},      {u"starting", ResourceStatus::Starting},
        {u"restarting", ResourceStatus::Starting},   {u"resuming", ResourceStatus::Starting},
        {u"running", ResourceStatus::Running},       {u"terminating", ResourceStatus::Stopping},
        {u"stopping", ResourceStatus::Stopping},     {u"aborting", ResourceStatus::Stopping},
        {u"completing", ResourceStatus::Running},    {u"terminated", ResourceStatus::Stopped},
        {u"stopped", ResourceStatus::Stopped},       {u"aborted", ResourceStatus::Stopped},
        {u"killed", ResourceStatus::Stopped},        {u"cancelled", ResourceStatus::Stopped},
        {u"succeeded", ResourceStatus::Succeeded},   {u"success", ResourceStatus::Succeeded},
        {u"completed", ResourceStatus::Succeeded},   {u"complete", ResourceStatus::Succeeded},
        {u"finished", ResourceStatus::Succeeded},    {u"failed", ResourceStatus::Failed},
        {u"error", ResourceStatus::Failed},          {u"deleted", ResourceStatus::Destroyed},
        // The compute-task list's display names (taskStatusName).
        {u"排队中", ResourceStatus::Pending},          {u"等待中", ResourceStatus::Pending},
        {u"待创建", ResourceStatus::Pending},          {u"创建中", ResourceStatus::Creating},
        {u"启动中", ResourceStatus::Starting},         {u"恢复中", ResourceStatus::Starting},
        {u"运行中", ResourceStatus::Running},          {u"停止中", ResourceStatus::Stopping},
        {u"删除中", ResourceStatus::Stopping},         {u"已停止", ResourceStatus::Stopped},
        {u"停止", ResourceStatus::Stopped},            {u"已终止", ResourceStatus::Stopped},
        {u"终止", ResourceStatus::Stopped},            {u"成功", ResourceStatus::Succeeded},
        {u"已完成", ResourceStatus::Succeeded},        {u"完成", ResourceStatus::Succeeded},
        {u"失败", ResourceStatus::Failed},             {u"运行失败", ResourceStatus::Failed},
        {u"已删除", ResourceStatus::Destroyed},
    };
    for (const Entry &e : table) {
        if (s == QStringView(e.text))
            return e.status;
    }
    return ResourceStatus::Unknown;
}

ResourceStatus Mapping::podStatus(int status)
{
    // Undocumented; the examples show 2 on a pod that ended normally and 3 with reason "Error".
    switch (status) {
    case 0:
        return ResourceStatus::Pending;
    case 1:
        return ResourceStatus::Running;
    case 2:
        return ResourceStatus::Succeeded;
    case 3:
        return ResourceStatus::Failed;
    default:
        return ResourceStatus::Unknown;
    }
}

QString Mapping::computeStatusFilter(ResourceStatus status)
{
    // The list filters by the display name (运行中, 成功 in the document).
    switch (status) {
    case ResourceStatus::Pending:
        return QStringLiteral("排队中");
    case ResourceStatus::Starting:
        return QStringLiteral("启动中");
    case ResourceStatus::Running:
        return QStringLiteral("运行中");
    case ResourceStatus::Stopping:
        return QStringLiteral("停止中");
    case ResourceStatus::Stopped:
        return QStringLiteral("已停止");
    case ResourceStatus::Succeeded:
        return QStringLiteral("成功");
    case ResourceStatus::Failed:
        return QStringLiteral("失败");
    default:
        return {};
    }
}

QList<ResourceStatus> Mapping::computeStatusFilters()
{
    return {ResourceStatus::Pending, ResourceStatus::Starting, ResourceStatus::Running, ResourceStatus::Stopping,
            ResourceStatus::Stopped, ResourceStatus::Succeeded, ResourceStatus::Failed};
}

// ---- compute-task kinds -------------------------------------------------------------------------

QString Mapping::scenarioLabel(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::FineTune:
        return QStringLiteral("算力任务（调优）");
    case ComputeKind::PreTrain:
        return QStringLiteral("算力任务（预训练）");
    case ComputeKind::ReinforcementLearning:
        return QStringLiteral("算力任务（强化学习）");
    case ComputeKind::Dpo:
        return QStringLiteral("算力任务（直接偏好）");
    case ComputeKind::ModelTraining:
        return QStringLiteral("算力任务（模型训练）");
    }
    return {};
}

std::optional<ComputeKind> Mapping::computeKindOf(const QString &scenario)
{
    // Full-width parentheses as written; ASCII ones tolerated.
    QString s = scenario.trimmed();
    s.replace(u'(', u'（').replace(u')', u'）');
    for (ComputeKind k : {ComputeKind::FineTune, ComputeKind::PreTrain, ComputeKind::ReinforcementLearning,
                          ComputeKind::Dpo, ComputeKind::ModelTraining}) {
        if (s == scenarioLabel(k))
            return k;
    }
    return std::nullopt;
}

QString Mapping::computeKindKey(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::FineTune:
        return QStringLiteral("fine-tune");
    case ComputeKind::PreTrain:
        return QStringLiteral("pre-train");
    case ComputeKind::ReinforcementLearning:
        return QStringLiteral("rl");
    case ComputeKind::Dpo:
        return QStringLiteral("dpo");
    case ComputeKind::ModelTraining:
        return QStringLiteral("model-training");
    }
    return {};
}

std::optional<ComputeKind> Mapping::computeKindFromKey(const QString &key)
{
    for (ComputeKind k : {ComputeKind::FineTune, ComputeKind::PreTrain, ComputeKind::ReinforcementLearning,
                          ComputeKind::Dpo, ComputeKind::ModelTraining}) {
        if (key.trimmed().compare(computeKindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString Mapping::computeKindLabel(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::FineTune:
        return tr("Fine-tune");
    case ComputeKind::PreTrain:
        return tr("Pre-train");
    case ComputeKind::ReinforcementLearning:
        return tr("Reinforcement learning");
    case ComputeKind::Dpo:
        return tr("Direct preference (DPO)");
    case ComputeKind::ModelTraining:
        return tr("Model training");
    }
    return {};
}

QString Mapping::createWayOf(ComputeKind kind)
{
    return kind == ComputeKind::ModelTraining ? QStringLiteral("userDefined") : QStringLiteral("custom");
}

std::optional<ComputeKind> Mapping::computeKindOf(const Resource &resource)
{
    const QJsonObject metas = resource.raw.value(QLatin1String("metas")).toObject();
    QString scenario = textOf(resource.raw, QLatin1String("scenario"));
    if (scenario.isEmpty())
        scenario = textOf(metas, QLatin1String("scenario"));
    return computeKindOf(scenario);
}

QString Mapping::createWayOf(const Resource &resource)
{
    const QJsonObject metas = resource.raw.value(QLatin1String("metas")).toObject();
    QString way = textOf(resource.raw, QLatin1String("createWay"));
    if (way.isEmpty())
        way = textOf(metas, QLatin1String("createWay"));
    if (!way.isEmpty())
        return way;
    if (const std::optional<ComputeKind> kind = computeKindOf(resource))
        return createWayOf(*kind);
    return QStringLiteral("custom");
}

// ---- rows --------------------------------------------------------------------------------------

QString Mapping::webUrl(const QUrl &baseUrl, const QString &path)
{
    const QString p = path.trimmed();
    if (p.isEmpty())
        return {};
    if (p.startsWith(u"http://") || p.startsWith(u"https://"))
        return p;
    QUrl u = baseUrl;
    u.setPath(p.startsWith(u'/') ? p : u'/' + p);
    u.setQuery(QString());
    u.setFragment(QString());
    return u.toString();
}

Resource Mapping::devEnvResource(const QJsonObject &o, const RowContext &context)
{
    Resource r;
    r.platform = QStringLiteral("unis");
    r.accountId = context.accountId;
    r.kind = ResourceKind::DevEnv;
    r.id = textOf(o, QLatin1String("id"));
    r.name = textOf(o, QLatin1String("name"));
    const int status = intOf(o.value(QLatin1String("status")), -1);
    r.status = notebookStatus(status);
    r.statusText = notebookStatusText(status);
    const QString reason = textOf(o, QLatin1String("errorReason"));
    if (r.status == ResourceStatus::Failed && !reason.isEmpty())
        r.statusText += QStringLiteral(": ") + reason;
    const QJsonObject gpu = parseEmbeddedJson(o.value(QLatin1String("gpuResource"))).toObject();
    const int cards = intOf(gpu.value(QLatin1String("gpuLimit")));
    const int vgpus = intOf(gpu.value(QLatin1String("vGpu")));
    const int mig = intOf(gpu.value(QLatin1String("migSliceCount")));
    const QString migSlice = textOf(gpu, QLatin1String("migSlice"));
    if (cards > 0) {
        r.gpuCount = cards;
    } else if (mig > 0) {
        r.gpuCount = mig;
        r.gpuModel = gpuLabel({}, QStringLiteral("mig"), migSlice);
    } else if (vgpus > 0) {
        r.gpuCount = vgpus;
        r.gpuModel = gpuLabel({}, QStringLiteral("vgpu"), {});
    }
    r.cpuCores = intOf(o.value(QLatin1String("cpuLimit")));
    r.memoryGb = intOf(o.value(QLatin1String("memoryLimit")));
    r.createdAt = parseUnisTime(firstOf(o, {QLatin1String("createTime"), QLatin1String("createdAt"), QLatin1String("gmtCreate")}));
    r.startedAt = parseUnisTime(firstOf(o, {QLatin1String("startTime"), QLatin1String("startedAt")}));
    r.creator = firstText(o, {QLatin1String("userName"), QLatin1String("createUserName"), QLatin1String("creator")});
    if (r.creator.isEmpty())
        r.creator = context.currentUser;
    r.region = textOf(o, QLatin1String("resourceGroupName"));
    // The web IDE exists only while a built-in image runs.
    if (r.status == ResourceStatus::Running)
        r.webUrl = webUrl(context.baseUrl, textOf(o, QLatin1String("webPath")));
    const QString host = textOf(o, QLatin1String("serviceClusterIp"));
    const int port = intOf(o.value(QLatin1String("sshPort")));
    if (json::boolean(o.value(QLatin1String("enableSsh"))) && !host.isEmpty() && port > 0) {
        r.remote.host = host;
        r.remote.port = port;
        r.remote.user = textOf(o, QLatin1String("sshUsername"));
        r.remote.password = json::text(o.value(QLatin1String("sshPassword")));
        if (!r.remote.password.isEmpty())
            Redactor::registerSecret(r.remote.password);
    }
    QJsonObject raw = o;
    raw.remove(QLatin1String("sshPassword")); // kept in `remote`, masked there
    r.raw = raw;
    return r;
}

Resource Mapping::trainingResource(const QJsonObject &o, const RowContext &context)
{
    Resource r;
    r.platform = QStringLiteral("unis");
    r.accountId = context.accountId;
    r.kind = ResourceKind::Training;
    r.id = firstText(o, {QLatin1String("id"), QLatin1String("taskId")});
    r.name = firstText(o, {QLatin1String("name"), QLatin1String("taskName")});
    r.statusText = textOf(o, QLatin1String("status"));
    r.status = jobStatus(r.statusText);
    r.createdAt = parseUnisTime(o.value(QLatin1String("createTime")));
    r.creator = firstText(o, {QLatin1String("userName"), QLatin1String("createUserName"), QLatin1String("creator")});
    if (r.creator.isEmpty())
        r.creator = context.currentUser;
    applyPartition(r, o);
    applyNodeResources(r, firstOf(o, {QLatin1String("resources"), QLatin1String("resource")}).toArray());
    applyRunTime(r, textOf(o, QLatin1String("runTime")), context.now);
    r.raw = o;
    return r;
}

Resource Mapping::fineTuneResource(const QJsonObject &o, const RowContext &context)
{
    Resource r = trainingResource(o, context);
    r.kind = ResourceKind::FineTune;
    r.name = firstText(o, {QLatin1String("taskName"), QLatin1String("name")});
    return r;
}

Resource Mapping::computeResource(const QJsonObject &o, const RowContext &context)
{
    Resource r;
    r.platform = QStringLiteral("unis");
    r.accountId = context.accountId;
    const QJsonObject metas = o.value(QLatin1String("metas")).toObject();
    const QString scenario = firstText(o, {QLatin1String("scenario")});
    const QString taskType = textOf(o, QLatin1String("taskType"));
    r.kind = ResourceKind::ComputeTask;
    if (taskType == u"在线服务" || scenario == u"算力任务（在线服务）")
        r.kind = ResourceKind::OnlineService;
    else if (taskType == u"评估任务" || scenario == u"算力任务（评估任务）")
        r.kind = ResourceKind::Evaluation;
    r.id = firstText(o, {QLatin1String("taskId"), QLatin1String("id")});
    r.name = firstText(o, {QLatin1String("taskName"), QLatin1String("name")});
    r.statusText = textOf(o, QLatin1String("taskStatusName"));
    r.status = jobStatus(r.statusText);
    if (r.status == ResourceStatus::Unknown) {
        const QString phase = firstText(metas, {QLatin1String("taskStatus")});
        r.status = jobStatus(phase);
        if (r.statusText.isEmpty())
            r.statusText = phase;
    }
    if (r.status == ResourceStatus::Unknown && r.kind == ResourceKind::OnlineService) {
        // metas.status: 1 running, 0 run failed (the only values documented).
        const int s = intOf(metas.value(QLatin1String("status")), -1);
        r.status = s == 1 ? ResourceStatus::Running : s == 0 ? ResourceStatus::Failed : ResourceStatus::Unknown;
    }
    r.createdAt = parseUnisTime(firstOf(o, {QLatin1String("createTime")}));
    if (!r.createdAt.isValid())
        r.createdAt = parseUnisTime(metas.value(QLatin1String("createTime")));
    r.creator = firstText(o, {QLatin1String("userName"), QLatin1String("nickName")});
    if (r.creator.isEmpty())
        r.creator = firstText(metas, {QLatin1String("userName"), QLatin1String("nickName")});
    if (r.creator.isEmpty())
        r.creator = context.currentUser;
    r.cpuCores = intOf(o.value(QLatin1String("cpu")));
    r.memoryGb = intOf(o.value(QLatin1String("memory")));
    const QJsonObject gpu = parseEmbeddedJson(o.value(QLatin1String("gpuResource"))).toObject();
    r.gpuCount = intOf(firstOf(gpu, {QLatin1String("gpuLimit"), QLatin1String("gpuNum")}));
    r.gpuModel = gpuLabel(firstText(gpu, {QLatin1String("gpuResourceType"), QLatin1String("gpuModel")}),
                          textOf(gpu, QLatin1String("gpuShare")), textOf(gpu, QLatin1String("migRes")));
    applyPartition(r, o);
    applyRunTime(r, firstText(o, {QLatin1String("runTime")}), context.now);
    r.raw = o;
    return r;
}

Resource Mapping::withDetail(const Resource &resource, const QJsonObject &detail)
{
    Resource r = resource;
    QJsonObject raw = r.raw;
    raw.insert(QStringLiteral("detail"), detail);
    r.raw = raw;
    const QString status = textOf(detail, QLatin1String("status"));
    if (!status.isEmpty() && (resource.kind == ResourceKind::Training || resource.kind == ResourceKind::FineTune)) {
        r.statusText = status;
        r.status = jobStatus(status);
    }
    applyPartition(r, detail);
    applyNodeResources(r, firstOf(detail, {QLatin1String("resources"), QLatin1String("resource")}).toArray());
    if (!r.createdAt.isValid())
        r.createdAt = parseUnisTime(detail.value(QLatin1String("createTime")));
    return r;
}

Resource Mapping::withRowDetail(const Resource &row, const QJsonObject &detail, const QDateTime &readAt)
{
    Resource r = row;
    QJsonObject raw = r.raw;
    raw.insert(QStringLiteral("detail"), detail);
    r.raw = raw;
    applyPartition(r, detail);
    // The detail pane's endpoints write `resources`; the clone read-out `resource`.
    applyNodeResources(r, firstOf(detail, {QLatin1String("resources"), QLatin1String("resource")}).toArray());
    if (!r.createdAt.isValid())
        r.createdAt = parseUnisTime(detail.value(QLatin1String("createTime")));
    // A running job started runTime before the answer came: anchored there, its run time keeps
    // ticking without another read.
    if (readAt.isValid() && !row.raw.contains(QLatin1String("runTime")) && !r.startedAt.isValid())
        applyRunTime(r, textOf(detail, QLatin1String("runTime")), readAt);
    return r;
}

Resource Mapping::withPods(const Resource &resource, const QList<Pod> &pods)
{
    Resource r = resource;
    QDateTime first;
    QDateTime last;
    bool anyOpen = false;
    for (const Pod &p : pods) {
        if (p.startedAt.isValid() && (!first.isValid() || p.startedAt < first))
            first = p.startedAt;
        if (!p.finishedAt.isValid())
            anyOpen = true;
        else if (!last.isValid() || p.finishedAt > last)
            last = p.finishedAt;
    }
    if (first.isValid()) {
        r.startedAt = first;
        const bool ended = r.status == ResourceStatus::Succeeded || r.status == ResourceStatus::Failed
            || r.status == ResourceStatus::Stopped;
        r.finishedAt = ended && !anyOpen && last.isValid() ? last : QDateTime();
    }
    return r;
}

// ---- pods and events -------------------------------------------------------------------------

Pod Mapping::pod(const QJsonObject &o)
{
    Pod p;
    p.id = textOf(o, QLatin1String("id"));
    p.name = textOf(o, QLatin1String("name"));
    p.podUid = textOf(o, QLatin1String("podUid"));
    p.ip = textOf(o, QLatin1String("ip"));
    p.taskId = textOf(o, QLatin1String("taskId"));
    p.status = intOf(o.value(QLatin1String("status")), -1);
    p.type = textOf(o, QLatin1String("type"));
    p.startedAt = parseUnisTime(o.value(QLatin1String("startTime")));
    p.finishedAt = parseUnisTime(o.value(QLatin1String("endTime")));
    p.runTime = textOf(o, QLatin1String("runTime"));
    p.serverNow = parseUnisTime(o.value(QLatin1String("currentTime")));
    p.reason = textOf(o, QLatin1String("reason"));
    p.raw = o;
    return p;
}

Result<QList<Pod>> Mapping::pods(const Envelope &envelope, PageInfo *page)
{
    Result<PagedRows> rows = pagedRows(envelope, PagingStyle::Kernel);
    if (!rows)
        return rows.error();
    if (page)
        *page = rows.value().page;
    QList<Pod> out;
    for (const QJsonObject &o : rows.value().rows) {
        Pod p = pod(o);
        if (p.name.isEmpty() && p.id.isEmpty())
            return ApiError::parse(tr("a pod has neither an id nor a name"));
        out.append(p);
    }
    return out;
}

Result<QList<PodEvent>> Mapping::podEvents(const Envelope &envelope)
{
    Result<QJsonArray> array = arrayData(envelope);
    if (!array)
        return array.error();
    Result<QList<QJsonObject>> objects = objectsOf(array.value(), tr("the events"));
    if (!objects)
        return objects.error();
    QList<PodEvent> out;
    for (const QJsonObject &o : objects.value()) {
        PodEvent e;
        e.id = textOf(o, QLatin1String("id"));
        e.time = parseUnisTime(o.value(QLatin1String("createTime")));
        e.message = json::text(o.value(QLatin1String("message")));
        e.podUid = textOf(o, QLatin1String("podUid"));
        out.append(e);
    }
    // Oldest first, as the platform sends them; kept stable where times tie.
    std::stable_sort(out.begin(), out.end(), [](const PodEvent &a, const PodEvent &b) {
        return a.time.isValid() && b.time.isValid() && a.time < b.time;
    });
    return out;
}

// ---- preset specs, resource groups -------------------------------------------------------------

Result<QStringList> Mapping::gpuModels(const Envelope &envelope)
{
    Result<QJsonArray> array = arrayData(envelope);
    if (!array)
        return array.error();
    QStringList out;
    for (const QJsonValue &v : array.value()) {
        const QString model = json::text(v).trimmed();
        if (!model.isEmpty() && !out.contains(model))
            out.append(model);
    }
    return out;
}

Result<QStringList> Mapping::migProfiles(const Envelope &envelope)
{
    return gpuModels(envelope);
}

PresetSpec Mapping::presetSpec(const QJsonObject &o)
{
    PresetSpec s;
    s.specId = textOf(o, QLatin1String("specId"));
    s.dbId = intOf(o.value(QLatin1String("id")));
    s.specType = textOf(o, QLatin1String("specType"));
    s.name = textOf(o, QLatin1String("specName"));
    s.nickname = textOf(o, QLatin1String("specNickname"));
    s.gpuShare = textOf(o, QLatin1String("gpuShare"));
    s.cpuCores = intOf(o.value(QLatin1String("cpuCoresNumber")));
    s.memoryGb = intOf(o.value(QLatin1String("memorySize")));
    s.gpuModel = textOf(o, QLatin1String("gpuModel"));
    if (s.gpuModel.isEmpty()) {
        // Every example leaves gpuModel null; the generated name carries it ("GPU：3*Nvidia/A100-PCIE-80GB | …").
        static const QRegularExpression inName(QStringLiteral(R"(GPU[：:]\s*(?:\d+\*)?([A-Za-z][\w.-]*/[\w.-]+))"));
        const QRegularExpressionMatch m = inName.match(s.name);
        if (m.hasMatch())
            s.gpuModel = m.captured(1);
    }
    s.numberOfGpus = intOf(o.value(QLatin1String("numberOfGpus")));
    s.migType = textOf(o, QLatin1String("migType"));
    s.gpuMemoryMb = intOf(o.value(QLatin1String("gpuMemory")));
    s.computility = intOf(o.value(QLatin1String("computility")));
    s.nodeType = textOf(o, QLatin1String("nodeType"));
    s.raw = o;
    return s;
}

NotebookGpu PresetSpec::notebookGpu() const
{
    NotebookGpu g;
    if (gpuShare == u"mig") {
        g.migSlice = migType;
        g.migSliceCount = numberOfGpus;
    } else if (gpuShare == u"vgpu") {
        g.vGpu = numberOfGpus;
        g.vGpuMemMb = gpuMemoryMb;
        g.vGpuCores = computility;
    } else {
        g.gpuLimit = numberOfGpus;
    }
    return g;
}

QJsonObject NotebookGpu::toJson() const
{
    QJsonObject o;
    if (gpuLimit > 0)
        o.insert(QStringLiteral("gpuLimit"), gpuLimit);
    if (vGpu > 0) {
        o.insert(QStringLiteral("vGpu"), vGpu);
        o.insert(QStringLiteral("vGpuMem"), vGpuMemMb);
        o.insert(QStringLiteral("vGpuCores"), vGpuCores);
    }
    if (migSliceCount > 0) {
        o.insert(QStringLiteral("migSlice"), migSlice);
        o.insert(QStringLiteral("migSliceCount"), migSliceCount);
    }
    return o;
}

QJsonObject HyperParam::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("description"), description},
                  // Spelled as the platform spells it, as a string.
                  {QStringLiteral("visiable"), visible ? QStringLiteral("true") : QStringLiteral("false")},
                  {QStringLiteral("hidden"), hidden}};
    if (custom)
        o.insert(QStringLiteral("custom"), true);
    return o;
}

Result<SpecList> Mapping::specList(const Envelope &envelope)
{
    Result<QJsonObject> data = objectData(envelope);
    if (!data)
        return data.error();
    SpecList out;
    for (const auto &[key, into] : {std::pair{QLatin1String("cpuSpecList"), &out.cpu},
                                    std::pair{QLatin1String("gpuSpecList"), &out.gpu}}) {
        const QJsonValue list = data.value().value(key);
        if (list.isNull() || list.isUndefined())
            continue;
        if (!list.isArray())
            return ApiError::parse(tr("\"%1\" is not a list").arg(key));
        Result<QList<QJsonObject>> objects = objectsOf(list.toArray(), key);
        if (!objects)
            return objects.error();
        for (const QJsonObject &o : objects.value()) {
            PresetSpec s = presetSpec(o);
            if (s.specId.isEmpty())
                return ApiError::parse(tr("a spec has no specId"));
            into->append(s);
        }
    }
    return out;
}

Result<SpecPlacement> Mapping::specPlacement(const Envelope &envelope)
{
    QJsonValue payload = parseEmbeddedJson(envelope.data);
    // One request element, one answer; a list answer takes its first.
    if (payload.isArray())
        payload = payload.toArray().first();
    if (!payload.isObject())
        return ApiError::parse(tr("the answer's data is not an object"));
    const QJsonObject o = payload.toObject();
    SpecPlacement p;
    p.resourceGroupId = textOf(o, QLatin1String("resourceGroupId"));
    p.resourceGroupName = textOf(o, QLatin1String("resourceGroupName"));
    p.resourceGroupKey = textOf(o, QLatin1String("resourceGroupKey"));
    p.gpuShare = textOf(o, QLatin1String("gpuShare"));
    p.resourceName = textOf(o, QLatin1String("resourceName"));
    if (p.resourceGroupId.isEmpty())
        return ApiError::parse(tr("the answer names no resource group"));
    return p;
}

Result<QList<ResourceGroup>> Mapping::resourceGroups(const Envelope &envelope)
{
    Result<QJsonArray> array = arrayData(envelope);
    if (!array)
        return array.error();
    Result<QList<QJsonObject>> objects = objectsOf(array.value(), tr("the resource groups"));
    if (!objects)
        return objects.error();
    QList<ResourceGroup> out;
    for (const QJsonObject &o : objects.value()) {
        ResourceGroup g;
        g.id = textOf(o, QLatin1String("id"));
        g.name = textOf(o, QLatin1String("name"));
        g.key = textOf(o, QLatin1String("resourceGroupKey"));
        g.gpuShare = textOf(o, QLatin1String("gpuShare"));
        g.gpuVendor = textOf(o, QLatin1String("gpuType"));
        g.cpuTotal = numberOf(o.value(QLatin1String("cpuTotal")));
        g.cpuFree = numberOf(o.value(QLatin1String("cpuSurplus")));
        g.memTotalGb = numberOf(o.value(QLatin1String("memTotal")));
        g.memFreeGb = numberOf(o.value(QLatin1String("memSurplus")));
        g.gpuTotal = intOf(o.value(QLatin1String("gpuTotal")));
        g.gpuFree = intOf(o.value(QLatin1String("gpuSurplus")));
        g.status = intOf(o.value(QLatin1String("status")));
        g.message = textOf(o, QLatin1String("message"));
        g.rdmaNames = textOf(o, QLatin1String("resourceName"));
        for (const QJsonValue &n : o.value(QLatin1String("nodeList")).toArray()) {
            const QJsonObject node = n.toObject();
            QStringList models;
            for (const QJsonValue &info : node.value(QLatin1String("gpuInfo")).toArray())
                models.append(textOf(info.toObject(), QLatin1String("gpuProduct")));
            models.append(textOf(node, QLatin1String("gpuType")));
            for (const QString &m : std::as_const(models)) {
                if (!m.isEmpty() && !g.gpuModels.contains(m))
                    g.gpuModels.append(m);
            }
        }
        g.raw = o;
        if (g.id.isEmpty())
            return ApiError::parse(tr("a resource group has no id"));
        out.append(g);
    }
    return out;
}

// ---- assets and strategies ------------------------------------------------------------------------

Asset Mapping::asset(const QJsonObject &o)
{
    Asset a;
    a.id = textOf(o, QLatin1String("id"));
    a.name = textOf(o, QLatin1String("name"));
    a.author = textOf(o, QLatin1String("author"));
    a.versionId = textOf(o, QLatin1String("versionId"));
    for (const QJsonValue &v : o.value(QLatin1String("versions")).toArray()) {
        const QJsonObject vo = v.toObject();
        AssetVersion ver;
        ver.id = textOf(vo, QLatin1String("id"));
        ver.name = textOf(vo, QLatin1String("name"));
        ver.path = textOf(vo, QLatin1String("path"));
        ver.showPath = textOf(vo, QLatin1String("showPath"));
        ver.relationStatus = intOf(vo.value(QLatin1String("relationStatus")), 1);
        if (!ver.id.isEmpty())
            a.versions.append(ver);
    }
    for (const QJsonValue &t : o.value(QLatin1String("taskTags")).toArray())
        a.tags.append(json::text(t));
    a.preset = intOf(o.value(QLatin1String("isPreset"))) == 1;
    a.schemaType = intOf(o.value(QLatin1String("schemaType")), -1);
    a.relationStatus = intOf(o.value(QLatin1String("relationStatus")), 1);
    a.raw = o;
    return a;
}

Result<QList<Asset>> Mapping::assets(const Envelope &envelope, qint64 *total)
{
    Result<PagedRows> rows = pagedRows(envelope, PagingStyle::Datahub);
    if (!rows)
        return rows.error();
    if (total)
        *total = rows.value().page.total;
    QList<Asset> out;
    for (const QJsonObject &o : rows.value().rows) {
        Asset a = asset(o);
        if (a.id.isEmpty())
            return ApiError::parse(tr("an asset has no id"));
        out.append(a);
    }
    return out;
}

QList<HyperParam> Mapping::hyperParams(const QJsonValue &value)
{
    QList<HyperParam> out;
    for (const QJsonValue &v : parseEmbeddedJson(value).toArray()) {
        const QJsonObject o = v.toObject();
        HyperParam p;
        p.name = textOf(o, QLatin1String("name"));
        if (p.name.isEmpty())
            continue;
        p.value = json::text(o.value(QLatin1String("value")));
        p.description = json::text(o.value(QLatin1String("description")));
        const QJsonValue visible = firstOf(o, {QLatin1String("visiable"), QLatin1String("visible")});
        p.visible = visible.isUndefined() || json::boolean(visible);
        p.hidden = json::boolean(o.value(QLatin1String("hidden")));
        p.custom = json::boolean(o.value(QLatin1String("custom")));
        out.append(p);
    }
    return out;
}

Result<QList<AlgoConfig>> Mapping::algoConfigs(const Envelope &envelope)
{
    Result<QJsonArray> array = arrayData(envelope);
    if (!array)
        return array.error();
    Result<QList<QJsonObject>> objects = objectsOf(array.value(), tr("the strategies"));
    if (!objects)
        return objects.error();
    QList<AlgoConfig> out;
    for (const QJsonObject &o : objects.value()) {
        AlgoConfig c;
        c.id = textOf(o, QLatin1String("id"));
        c.trainStrategy = textOf(o, QLatin1String("trainStrategy"));
        c.bootFile = textOf(o, QLatin1String("bootFile"));
        c.imageName = textOf(o, QLatin1String("imageName"));
        c.imageVersionName = textOf(o, QLatin1String("imageVersionName"));
        c.relationStatus = intOf(o.value(QLatin1String("relationStatus")), 1);
        c.createdAt = parseUnisTime(o.value(QLatin1String("createTime")));
        if (c.id.isEmpty())
            return ApiError::parse(tr("a strategy has no id"));
        out.append(c);
    }
    return out;
}

Result<AlgoConfigDetail> Mapping::algoConfigDetail(const Envelope &envelope)
{
    QJsonValue payload = parseEmbeddedJson(envelope.data);
    // Typed as a list in the table, an object in the example.
    if (payload.isArray())
        payload = payload.toArray().first();
    if (!payload.isObject())
        return ApiError::parse(tr("the answer's data is not an object"));
    const QJsonObject o = payload.toObject();
    AlgoConfigDetail d;
    d.id = textOf(o, QLatin1String("id"));
    d.algoId = textOf(o, QLatin1String("algoId"));
    d.versionId = textOf(o, QLatin1String("versionId"));
    d.algoPath = textOf(o, QLatin1String("algoPath"));
    d.trainStrategy = textOf(o, QLatin1String("trainStrategy"));
    d.bootFile = textOf(o, QLatin1String("bootFile"));
    d.imageId = textOf(o, QLatin1String("imageId"));
    d.imageName = textOf(o, QLatin1String("imageName"));
    d.imageVersionId = textOf(o, QLatin1String("imageVersionId"));
    d.imageVersionName = textOf(o, QLatin1String("imageVersionName"));
    d.imageShowPath = textOf(o, QLatin1String("imageShowPath"));
    d.taskType = intOf(o.value(QLatin1String("taskType")));
    d.modelId = textOf(o, QLatin1String("modelId"));
    d.modelName = textOf(o, QLatin1String("modelName"));
    d.modelVersionId = textOf(o, QLatin1String("modelVersionId"));
    d.modelVersionName = textOf(o, QLatin1String("modelVersionName"));
    d.modelPath = textOf(o, QLatin1String("modelPath"));
    d.hyperParams = hyperParams(o.value(QLatin1String("trainHyperParams")));
    for (const QJsonValue &v : parseEmbeddedJson(o.value(QLatin1String("trainEnvParams"))).toArray()) {
        const QJsonObject e = v.toObject();
        EnvVar var{textOf(e, QLatin1String("name")), json::text(e.value(QLatin1String("value"))),
                   json::text(e.value(QLatin1String("description")))};
        if (!var.name.isEmpty())
            d.envParams.append(var);
    }
    d.resourceText = textOf(o, QLatin1String("resource"));
    d.raw = o;
    if (d.id.isEmpty())
        return ApiError::parse(tr("the strategy has no id"));
    return d;
}

Result<QString> Mapping::generatedCommand(const Envelope &envelope)
{
    const QString command = json::text(envelope.data).trimmed();
    if (command.isEmpty())
        return ApiError::parse(tr("the answer carries no command"));
    return command;
}

// ---- answers of writes ----------------------------------------------------------------------------

CreatedJob Mapping::createdJob(const Envelope &envelope, const QString &name)
{
    CreatedJob job;
    job.name = name;
    const QJsonObject o = parseEmbeddedJson(envelope.data).toObject();
    job.id = firstText(o, {QLatin1String("taskId"), QLatin1String("id"), QLatin1String("notebookId")});
    job.uid = textOf(o, QLatin1String("uid"));
    return job;
}

Result<Done> Mapping::done(const Envelope &envelope)
{
    const QJsonValue data = parseEmbeddedJson(envelope.data);
    if (data.isObject()) {
        const QJsonValue inner = data.toObject().value(QLatin1String("success"));
        if (!inner.isUndefined() && !inner.isNull() && !json::boolean(inner))
            return ApiError::platform(QString(), envelope.message.isEmpty() ? tr("The platform did not carry it out.")
                                                                            : envelope.message);
    }
    return Done{};
}

Result<Done> Mapping::resumeCheck(const Envelope &envelope)
{
    if (json::boolean(envelope.data))
        return Done{};
    return ApiError::platform(QString(), envelope.message.isEmpty() ? tr("The task cannot be resumed.") : envelope.message);
}

Result<QPair<QString, QString>> Mapping::registeredModel(const Envelope &envelope)
{
    const QJsonObject o = parseEmbeddedJson(envelope.data).toObject();
    const QString id = textOf(o, QLatin1String("id"));
    if (id.isEmpty())
        return ApiError::parse(tr("the answer names no model"));
    return QPair<QString, QString>(id, textOf(o, QLatin1String("versionId")));
}

// ---- request bodies -------------------------------------------------------------------------------

QJsonObject Mapping::devEnvBody(const DevEnvRequest &r)
{
    QJsonObject body{{QStringLiteral("name"), r.name.trimmed()},
                     {QStringLiteral("imageId"), r.imageId},
                     {QStringLiteral("image"), r.image},
                     {QStringLiteral("imageType"), r.imageType},
                     {QStringLiteral("resourceGroupId"), r.resourceGroupId},
                     {QStringLiteral("cpuLimit"), r.cpu},
                     {QStringLiteral("memoryLimit"), r.memoryGb},
                     {QStringLiteral("enableSsh"), r.enableSsh},
                     {QStringLiteral("enableSharedMemory"), r.sharedMemory},
                     // Without preset specs the document wants an explicit null.
                     {QStringLiteral("specId"), r.specId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.specId)}};
    const QJsonObject gpu = r.gpu.toJson();
    if (!gpu.isEmpty())
        body.insert(QStringLiteral("gpuResource"), gpu);
    if (r.enableSsh) {
        body.insert(QStringLiteral("sshAuthType"), r.sshAuthType);
        if (!r.sshPassword.isEmpty() && r.sshAuthType != 2)
            body.insert(QStringLiteral("sshPassword"), r.sshPassword);
        if (!r.keyPairId.isEmpty() && r.sshAuthType != 1)
            body.insert(QStringLiteral("keyPairId"), r.keyPairId);
    }
    return body;
}

QJsonObject Mapping::taskBody(const TaskRequest &r, TaskFlavor flavor, ComputeKind kind)
{
    int isPretrain = 0;
    QString createWay = QStringLiteral("custom");
    switch (flavor) {
    case TaskFlavor::Training:
        // Documented as 2 for the traditional training service.
        isPretrain = r.isPretrain.value_or(2);
        createWay = QStringLiteral("custom");
        break;
    case TaskFlavor::FineTune:
        isPretrain = r.isPretrain.value_or(0); // 0 fine-tune, 1 pre-train, 2 incremental
        createWay = QStringLiteral("custom");
        break;
    case TaskFlavor::Compute:
        switch (kind) {
        case ComputeKind::FineTune:
            isPretrain = 0;
            break;
        case ComputeKind::PreTrain:
            isPretrain = r.incrementalPretrain ? 1 : 2;
            break;
        case ComputeKind::ReinforcementLearning:
            isPretrain = 3;
            break;
        case ComputeKind::Dpo:
            isPretrain = 5;
            break;
        case ComputeKind::ModelTraining:
            // The enum says 6; the create example and a real task's detail both say 2.
            isPretrain = 2;
            break;
        }
        createWay = createWayOf(kind);
        break;
    }
    QJsonObject body{{QStringLiteral("name"), r.name.trimmed()},
                     {QStringLiteral("type"), r.framework},
                     {QStringLiteral("describe"), r.description},
                     {QStringLiteral("userId"), r.userId},
                     {QStringLiteral("userName"), r.userName},
                     {QStringLiteral("isPretrain"), isPretrain},
                     {QStringLiteral("isUrgentTask"), r.urgent ? QStringLiteral("Y") : QStringLiteral("N")},
                     {QStringLiteral("createWay"), createWay},
                     {QStringLiteral("llmTrainFramework"),
                      flavor == TaskFlavor::Compute && kind == ComputeKind::ModelTraining ? QString() : r.llmTrainFramework},
                     {QStringLiteral("imageId"), r.imageId},
                     {QStringLiteral("imageName"), r.imageName},
                     {QStringLiteral("imageVersion"), r.imageVersion},
                     {QStringLiteral("imageVersionId"), r.imageVersionId},
                     {QStringLiteral("zoneId"), r.zoneId},
                     {QStringLiteral("zoneName"), r.zoneName},
                     {QStringLiteral("resourceGroupKey"), r.resourceGroupKey},
                     {QStringLiteral("resourceType"), r.resourceType},
                     {QStringLiteral("resource"), nodesJson(r.nodes, flavor != TaskFlavor::FineTune)},
                     {QStringLiteral("rdma"), r.rdma},
                     {QStringLiteral("resourceName"), r.rdmaName},
                     {QStringLiteral("algorithmOriginType"), r.algorithmOriginType},
                     {QStringLiteral("algorithmId"), r.algorithmId},
                     {QStringLiteral("algorithmName"), r.algorithmName},
                     {QStringLiteral("algorithmVersion"), r.algorithmVersion},
                     {QStringLiteral("algorithmVersionId"), r.algorithmVersionId},
                     {QStringLiteral("algorithmPath"), r.algorithmPath},
                     {QStringLiteral("startupFile"), r.startupFile},
                     {QStringLiteral("command"), r.command},
                     {QStringLiteral("workingDir"), r.workingDir},
                     {QStringLiteral("fineTuneStrategy"), r.strategy},
                     {QStringLiteral("fineTuneStrategyId"), r.strategyId},
                     {QStringLiteral("commonHyperParameters"), hyperParamsJson(r.hyperParams)},
                     {QStringLiteral("fineTuneHyperParameters"), hyperParamsJson(r.fineTuneHyperParams)},
                     {QStringLiteral("variable"), variablesJson(r.variables)},
                     {QStringLiteral("inputType"), r.inputType},
                     {QStringLiteral("inputDir"), r.inputDir},
                     {QStringLiteral("storageMedium"), r.storageMedium},
                     {QStringLiteral("datasetId"), r.datasetId},
                     {QStringLiteral("datasetName"), r.datasetName},
                     {QStringLiteral("datasetVersion"), r.datasetVersion},
                     {QStringLiteral("datasetVersionId"), r.datasetVersionId},
                     {QStringLiteral("outputDir"), r.outputDir}};
    putModel(body, r.model);
    if (flavor != TaskFlavor::FineTune && !r.image.isEmpty())
        body.insert(QStringLiteral("image"), r.image);
    if (flavor == TaskFlavor::Training)
        body.insert(QStringLiteral("taskType"), r.taskType.isEmpty() ? QStringLiteral("1") : r.taskType);
    if (flavor == TaskFlavor::Compute) {
        body.insert(QStringLiteral("scenario"), scenarioLabel(kind));
        body.insert(QStringLiteral("autoRecovery"), r.autoRecovery);
        if (kind == ComputeKind::ModelTraining && !r.taskType.isEmpty())
            body.insert(QStringLiteral("taskType"), intOf(QJsonValue(r.taskType), 1));
        const ModelRef &sft = r.sftModel;
        const ModelRef &reward = r.rewardModel;
        body.insert(QStringLiteral("extraModelParamsBo"),
                    QJsonObject{{QStringLiteral("extraSftModelParamsBo"),
                                 QJsonObject{{QStringLiteral("sftModelId"), sft.id},
                                             {QStringLiteral("sftModelName"), sft.name},
                                             {QStringLiteral("sftModelVersion"), sft.version},
                                             {QStringLiteral("sftModelVersionId"), sft.versionId},
                                             {QStringLiteral("sftOriginModelDir"), sft.dir},
                                             {QStringLiteral("sftModelOriginType"), sft.originType}}},
                                {QStringLiteral("extraRewardModelParamsBo"),
                                 QJsonObject{{QStringLiteral("rewardModelId"), reward.id},
                                             {QStringLiteral("rewardModelName"), reward.name},
                                             {QStringLiteral("rewardModelVersion"), reward.version},
                                             {QStringLiteral("rewardModelVersionId"), reward.versionId},
                                             {QStringLiteral("rewardOriginModelDir"), reward.dir},
                                             {QStringLiteral("rewardModelOriginType"), reward.originType}}}});
    }
    return body;
}

Result<TaskRequest> Mapping::taskFromClone(const Envelope &envelope, const QString &name)
{
    Result<QJsonObject> data = objectData(envelope);
    if (!data)
        return data.error();
    const QJsonObject o = data.value();
    TaskRequest r;
    r.name = name;
    r.description = firstText(o, {QLatin1String("describe"), QLatin1String("description")});
    r.framework = firstText(o, {QLatin1String("type")});
    if (r.framework.isEmpty())
        r.framework = QStringLiteral("PyTorch");
    r.taskType = textOf(o, QLatin1String("taskType"));
    r.llmTrainFramework = textOf(o, QLatin1String("llmTrainFramework"));
    if (const std::optional<qint64> p = json::integer(o.value(QLatin1String("isPretrain"))))
        r.isPretrain = int(*p);
    r.incrementalPretrain = r.isPretrain == 1;
    r.urgent = textOf(o, QLatin1String("isUrgentTask")) == u"Y";
    r.image = textOf(o, QLatin1String("image"));
    r.imageId = textOf(o, QLatin1String("imageId"));
    r.imageName = textOf(o, QLatin1String("imageName"));
    r.imageVersion = textOf(o, QLatin1String("imageVersion"));
    r.imageVersionId = textOf(o, QLatin1String("imageVersionId"));
    // The clone answer puts placement in a stringified `partition`.
    const QJsonObject partition = parseEmbeddedJson(firstOf(o, {QLatin1String("partition"), QLatin1String("partitions")})).toObject();
    r.zoneId = firstText(o, {QLatin1String("zoneId")});
    if (r.zoneId.isEmpty())
        r.zoneId = textOf(partition, QLatin1String("zoneId"));
    r.zoneName = firstText(o, {QLatin1String("zoneName")});
    if (r.zoneName.isEmpty())
        r.zoneName = textOf(partition, QLatin1String("zoneName"));
    r.resourceGroupKey = firstText(o, {QLatin1String("resourceGroupKey")});
    if (r.resourceGroupKey.isEmpty())
        r.resourceGroupKey = textOf(partition, QLatin1String("resourceGroupKey"));
    r.resourceType = textOf(o, QLatin1String("resourceType"));
    if (r.resourceType.isEmpty())
        r.resourceType = QStringLiteral("standard");
    for (const QJsonValue &v : firstOf(o, {QLatin1String("resource"), QLatin1String("resources")}).toArray()) {
        const QJsonObject node = v.toObject();
        const QJsonObject gpu = parseEmbeddedJson(node.value(QLatin1String("gpuResource"))).toObject();
        NodeResource n;
        n.nodeType = textOf(node, QLatin1String("nodeType"));
        if (n.nodeType.isEmpty())
            n.nodeType = QStringLiteral("Node");
        n.count = intOf(node.value(QLatin1String("numbers")), 1);
        n.cpu = intOf(node.value(QLatin1String("cpuNumber")));
        n.memoryGb = intOf(node.value(QLatin1String("memory")));
        n.gpuNum = intOf(gpu.value(QLatin1String("gpuNum")));
        n.gpuCores = intOf(gpu.value(QLatin1String("gpuCores")));
        n.gpuMem = intOf(gpu.value(QLatin1String("gpuMem")));
        n.gpuModel = textOf(gpu, QLatin1String("gpuResourceType"));
        n.gpuShare = textOf(gpu, QLatin1String("gpuShare"));
        n.migRes = textOf(gpu, QLatin1String("migRes"));
        n.specId = textOf(node, QLatin1String("specId"));
        r.nodes.append(n);
    }
    r.rdma = json::boolean(o.value(QLatin1String("rdma")));
    r.rdmaName = textOf(o, QLatin1String("resourceName"));
    r.algorithmOriginType = textOf(o, QLatin1String("algorithmOriginType"));
    r.algorithmId = textOf(o, QLatin1String("algorithmId"));
    r.algorithmName = textOf(o, QLatin1String("algorithmName"));
    r.algorithmVersion = textOf(o, QLatin1String("algorithmVersion"));
    r.algorithmVersionId = textOf(o, QLatin1String("algorithmVersionId"));
    r.algorithmPath = textOf(o, QLatin1String("algorithmPath"));
    r.startupFile = textOf(o, QLatin1String("startupFile"));
    r.command = json::text(o.value(QLatin1String("command")));
    r.workingDir = textOf(o, QLatin1String("workingDir"));
    r.strategy = textOf(o, QLatin1String("fineTuneStrategy"));
    r.strategyId = textOf(o, QLatin1String("fineTuneStrategyId"));
    r.hyperParams = hyperParams(o.value(QLatin1String("commonHyperParameters")));
    r.fineTuneHyperParams = hyperParams(o.value(QLatin1String("fineTuneHyperParameters")));
    for (const QJsonValue &v : parseEmbeddedJson(o.value(QLatin1String("variable"))).toArray()) {
        const QJsonObject e = v.toObject();
        r.variables.append({textOf(e, QLatin1String("name")), json::text(e.value(QLatin1String("value"))),
                            json::text(e.value(QLatin1String("description")))});
    }
    r.inputType = textOf(o, QLatin1String("inputType"));
    r.inputDir = textOf(o, QLatin1String("inputDir"));
    r.storageMedium = textOf(o, QLatin1String("storageMedium"));
    if (r.storageMedium.isEmpty())
        r.storageMedium = QStringLiteral("1201");
    r.datasetId = textOf(o, QLatin1String("datasetId"));
    r.datasetName = firstText(o, {QLatin1String("datasetName"), QLatin1String("dataSetName")});
    r.datasetVersion = textOf(o, QLatin1String("datasetVersion"));
    r.datasetVersionId = textOf(o, QLatin1String("datasetVersionId"));
    r.model = modelFrom(o, {});
    const QJsonObject extra = firstOf(o, {QLatin1String("extraModelParamsBo"), QLatin1String("extraModelParams")}).toObject();
    r.sftModel = modelFrom(extra.value(QLatin1String("extraSftModelParamsBo")).toObject(), QStringLiteral("sft"));
    r.rewardModel = modelFrom(extra.value(QLatin1String("extraRewardModelParamsBo")).toObject(), QStringLiteral("reward"));
    // The output of the source task is its own; the new one writes under its own name.
    r.outputDir.clear();
    r.autoRecovery = intOf(o.value(QLatin1String("autoRecovery")));
    r.userId = textOf(o, QLatin1String("userId"));
    return r;
}

} // namespace suanli::unis
