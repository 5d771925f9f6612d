#include "sim/unis/uniscatalogapi.h"

#include "sim/unis/unisstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace suanli::sim::unis {

using namespace wire;

namespace {

// A 1-based datahub page: both numbers required, at least 1.
std::optional<QString> readPage(const QJsonObject &body, qint64 &current, qint64 &size)
{
    for (const auto &[key, out] : {std::pair{QStringLiteral("current"), &current},
                                   std::pair{QStringLiteral("size"), &size}}) {
        switch (readInt(body, key, *out)) {
        case Read::Absent: return requiredMessage(key);
        case Read::Invalid: return invalidMessage(key);
        case Read::Ok: break;
        }
        if (*out < 1)
            return invalidMessage(key);
    }
    return std::nullopt;
}

QJsonArray page(const QJsonArray &all, qint64 current, qint64 size)
{
    QJsonArray rows;
    for (qint64 i = (current - 1) * size; i < all.size() && i < current * size; ++i)
        rows.append(all.at(i));
    return rows;
}

// Tag ids as a list request sends them: strings, or numbers as in the document's example.
QStringList tagIds(const QJsonValue &value)
{
    QStringList ids;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            ids.append(item.toString());
        else if (item.isDouble())
            ids.append(QString::number(item.toInt()));
    }
    return ids;
}

bool hasAnyTag(const Asset &asset, const QStringList &ids)
{
    if (ids.isEmpty())
        return true;
    for (const QString &id : ids) {
        if (asset.taskTagIds.contains(id))
            return true;
    }
    return false;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString specName(const Spec &spec)
{
    const QString cpu = QStringLiteral("CPU：%1核 %2GB").arg(spec.cpu).arg(spec.memoryGb);
    if (spec.specType == QLatin1String("CPU"))
        return cpu;
    if (spec.gpuShare == QLatin1String("mig"))
        return QStringLiteral("GPU：%1 %2*%3 | ")
                   .arg(spec.gpuModel)
                   .arg(spec.numberOfGpus)
                   .arg(spec.migType)
               + cpu;
    if (spec.gpuShare == QLatin1String("vgpu"))
        return QStringLiteral("GPU：%1*%2 显存：%3MB  算力：%4% | ")
                   .arg(spec.numberOfGpus)
                   .arg(spec.gpuModel)
                   .arg(spec.gpuMemoryMb)
                   .arg(spec.computility)
               + cpu;
    return QStringLiteral("GPU：%1*%2 | ").arg(spec.numberOfGpus).arg(spec.gpuModel) + cpu;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

CatalogApi::CatalogApi(State &state)
    : m_state(state)
{
    const auto object = [](auto member) {
        return [member](CatalogApi *self) {
            return [self, member](const SimRequest &, const QJsonValue &body, const User &caller) {
                return (self->*member)(body.toObject(), caller);
            };
        };
    };
    m_routes = {
        {QStringLiteral("GET"), QStringLiteral("/api/system/presetSpec/getGpuModelList"),
         [this](const SimRequest &, const QJsonValue &, const User &) {
             return envelopeA(strings(m_state.catalog.gpuModels()));
         }},
        {QStringLiteral("GET"), QStringLiteral("/api/system/aiResourceGroup/getMigConfigByGpuType"),
         [this](const SimRequest &request, const QJsonValue &, const User &) {
             return migConfig(request);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/system/presetSpec/getSpecList"),
         object(&CatalogApi::specList)(this)},
        {QStringLiteral("POST"), QStringLiteral("/api/system/presetSpec/queryAIResourceGroupBySpec"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return groupBySpec(body, caller);
         }},
        {QStringLiteral("POST"),
         QStringLiteral("/api/system/aiResourceGroup/findResourceGroupBySysGroupId"),
         object(&CatalogApi::groupsOfSysGroup)(this)},
        {QStringLiteral("POST"), QStringLiteral("/api/market/datahub/image/getImageList"),
         object(&CatalogApi::imageList)(this)},
        {QStringLiteral("POST"), QStringLiteral("/api/market/datahub/image/queryList"),
         object(&CatalogApi::storeImageList)(this)},
        {QStringLiteral("POST"), QStringLiteral("/api/market/datahub/algo/getAlgoList"),
         object(&CatalogApi::algorithmList)(this)},
        {QStringLiteral("GET"), QStringLiteral("/api/market/datahub/algo/getAlgoParamConfigList"),
         [this](const SimRequest &request, const QJsonValue &, const User &) {
             return strategyList(request);
         }},
        {QStringLiteral("GET"), QStringLiteral("/api/market/datahub/algo/getAlgoParamConfigDetails"),
         [this](const SimRequest &request, const QJsonValue &, const User &) {
             return strategyDetail(request);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/market/datahub/algo/generateCommand"),
         [this](const SimRequest &, const QJsonValue &body, const User &) {
             return generateCommand(body.toObject());
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/market/datahub/model/getModelList"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return assetList(m_state.catalog.models, body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/market/datahub/dataset/getDatasetList"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return assetList(m_state.catalog.datasets, body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/market/datahub/model/create"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return registerModel(body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/system/mce/findClusterListPage"),
         object(&CatalogApi::clusterList)(this)},
    };
}

std::optional<SimReply> CatalogApi::handle(const SimRequest &request, const User &caller)
{
    return dispatch(m_routes, request, caller);
}

// ---- preset specs and resource groups --------------------------------------------------------

QJsonObject CatalogApi::specJson(const Spec &spec) const
{
    const bool mig = spec.gpuShare == QLatin1String("mig");
    const bool vgpu = spec.gpuShare == QLatin1String("vgpu");
    // gpuModel is null on every spec of the document's examples, GPU specs included; the model
    // is only in specName.
    return {{QStringLiteral("id"), spec.id},
            {QStringLiteral("specId"), spec.specId},
            {QStringLiteral("specType"), spec.specType},
            {QStringLiteral("specName"), specName(spec)},
            {QStringLiteral("specNickname"), spec.specNickname},
            {QStringLiteral("gpuShare"), spec.gpuShare},
            {QStringLiteral("cpuCoresNumber"), spec.cpu},
            {QStringLiteral("memorySize"), spec.memoryGb},
            {QStringLiteral("gpuModel"), QJsonValue::Null},
            {QStringLiteral("numberOfGpus"), spec.numberOfGpus},
            {QStringLiteral("migType"), mig ? QJsonValue(spec.migType) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("gpuMemory"), vgpu ? QJsonValue(spec.gpuMemoryMb) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("computility"), vgpu ? QJsonValue(spec.computility) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("nodeType"), QJsonValue::Null}};
}

SimReply CatalogApi::specList(const QJsonObject &body, const User &caller) const
{
    const QJsonValue chosen = body.value(QStringLiteral("specList"));
    if (!chosen.isUndefined() && !chosen.isNull() && !chosen.isArray())
        return errorA(invalidMessage(QStringLiteral("specList")));
    // Specs chosen on other nodes of a multi-node job narrow the list to their resource group.
    const ResourceGroup *pinned = nullptr;
    for (const QJsonValue &value : chosen.toArray()) {
        const Spec *spec = m_state.catalog.spec(value.toString());
        if (!spec)
            return errorA(QStringLiteral("规格不存在：%1").arg(value.toString()));
        pinned = m_state.catalog.groupForSpec(*spec, caller.tenantId);
    }
    QJsonArray cpuSpecs;
    QJsonArray gpuSpecs;
    for (const Spec &spec : m_state.catalog.specs) {
        const ResourceGroup *group = m_state.catalog.groupForSpec(spec, caller.tenantId);
        if (!group || (pinned && group != pinned))
            continue;
        (spec.specType == QLatin1String("CPU") ? cpuSpecs : gpuSpecs).append(specJson(spec));
    }
    return envelopeA(QJsonObject{{QStringLiteral("cpuSpecList"), cpuSpecs},
                                 {QStringLiteral("gpuSpecList"), gpuSpecs}});
}

SimReply CatalogApi::groupBySpec(const QJsonValue &body, const User &caller) const
{
    // The example sends a bare array; the table names a wrapper field. Both are taken.
    const QJsonValue list = body.isArray() ? body
                                           : body.toObject().value(QStringLiteral("aiResourceReqList"));
    if (!list.isArray() || list.toArray().isEmpty())
        return errorA(requiredMessage(QStringLiteral("aiResourceReqList")));
    const ResourceGroup *found = nullptr;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject request = value.toObject();
        QString specId;
        if (readString(request, QStringLiteral("specId"), specId) != Read::Ok || specId.isEmpty())
            return errorA(QStringLiteral("请指定规格ID"));
        qint64 instances = 0;
        if (readInt(request, QStringLiteral("instanceNum"), instances) != Read::Ok || instances < 1)
            return errorA(requiredMessage(QStringLiteral("instanceNum")));
        const Spec *spec = m_state.catalog.spec(specId);
        if (!spec)
            return errorA(QStringLiteral("规格不存在"));
        if (instances > 1 && spec->gpuShare != QLatin1String("none"))
            return errorA(QStringLiteral("节点所选规格不支持多实例任务，请选择其他规格! "));
        const ResourceGroup *group = m_state.catalog.groupForSpec(*spec, caller.tenantId);
        if (!group || (found && found != group))
            return errorA(QStringLiteral("未找到满足所选规格的资源组"));
        bool rdma = false;
        if (readBool(request, QStringLiteral("isRdma"), rdma) == Read::Ok && rdma
            && group->resourceName.isEmpty())
            return errorA(QStringLiteral("所选资源组不支持高性能网络"));
        found = group;
    }
    return envelopeA(QJsonObject{{QStringLiteral("resourceGroupId"), found->id},
                                 {QStringLiteral("resourceGroupName"), found->name},
                                 {QStringLiteral("resourceGroupKey"), found->key},
                                 {QStringLiteral("gpuShare"), found->gpuShare},
                                 {QStringLiteral("resourceName"), orNull(found->resourceName)}});
}

SimReply CatalogApi::migConfig(const SimRequest &request) const
{
    const std::optional<QString> gpuType = query(request, QStringLiteral("gpuType"));
    if (!gpuType || gpuType->isEmpty())
        return errorA(requiredMessage(QStringLiteral("gpuType")));
    const std::optional<QStringList> profiles = m_state.catalog.migProfiles(*gpuType);
    if (!profiles)
        return errorA(QStringLiteral("该gpu型号卡无法切分mig"));
    return envelopeA(strings(*profiles));
}

SimReply CatalogApi::groupsOfSysGroup(const QJsonObject &body, const User &caller) const
{
    QString sysGroupId;
    if (readString(body, QStringLiteral("sysGroupId"), sysGroupId) != Read::Ok)
        return errorE4(QStringLiteral("参数错误，查询失败"));
    bool ok = false;
    const qint64 tenantId = sysGroupId.toLongLong(&ok);
    if (!ok || (caller.roleId != role::SystemAdmin && tenantId != caller.tenantId))
        return errorE4(QStringLiteral("参数错误，查询失败"));
    const Tenant *tenant = m_state.accounts.tenant(tenantId);

    // What the pods under way hold, per node.
    QHash<QString, int> gpuUsed;
    QHash<QString, int> cpuUsed;
    QHash<QString, int> memUsed;
    for (const Job &job : m_state.board.jobs()) {
        for (const Pod &pod : job.pods) {
            if (pod.phase != UnisPodLife::Phase::Pending && pod.phase != UnisPodLife::Phase::Running)
                continue;
            gpuUsed[pod.nodeName] += pod.gpuCount;
            cpuUsed[pod.nodeName] += pod.cpu;
            memUsed[pod.nodeName] += pod.memoryGb;
        }
    }

    QJsonArray result;
    for (const ResourceGroup *group : m_state.catalog.groupsOfTenant(tenantId)) {
        QJsonArray nodeList;
        QStringList gpuless;
        int cpuTotal = 0;
        int cpuSurplus = 0;
        double memTotal = 0;
        double memSurplus = 0;
        int gpuTotal = 0;
        int gpuSurplus = 0;
        QString vendor;
        for (const QString &nodeName : group->nodeNames) {
            const Node *node = m_state.catalog.node(nodeName);
            if (!node)
                continue;
            if (node->gpuCount == 0)
                gpuless.append(node->nodeName);
            else
                vendor = node->gpuVendor.toLower();
            const int gpuFree = qMax(0, node->gpuCount - gpuUsed.value(nodeName));
            const int cpuFree = qMax(0, node->cpu - cpuUsed.value(nodeName));
            const double memFree = qMax(0.0, node->memoryGb - memUsed.value(nodeName));
            cpuTotal += node->cpu;
            cpuSurplus += cpuFree;
            memTotal += node->memoryGb;
            memSurplus += memFree;
            gpuTotal += node->gpuCount;
            gpuSurplus += gpuFree;
            // MIG nodes describe their split cards as a JSON string, like the document's.
            QJsonValue gpuShare = group->gpuShare;
            if (group->gpuShare == QLatin1String("mig")) {
                QJsonArray cards;
                for (int i = 0; i < node->gpuCount; ++i) {
                    const bool split = i < node->gpuCount / 2;
                    QJsonObject config;
                    if (split)
                        config = {{QStringLiteral("1g.10gb"), QStringLiteral("7")},
                                  {QStringLiteral("2g.20gb"), QStringLiteral("0")},
                                  {QStringLiteral("3g.40gb"), QStringLiteral("0")},
                                  {QStringLiteral("4g.40gb"), QStringLiteral("0")},
                                  {QStringLiteral("7g.80gb"), QStringLiteral("0")}};
                    cards.append(QJsonObject{{QStringLiteral("type"), node->gpuProductName},
                                             {QStringLiteral("nodeIp"), node->nodeIp},
                                             {QStringLiteral("migId"), split ? i + 1 : -1},
                                             {QStringLiteral("name"), QStringLiteral("GPU_%1").arg(i)},
                                             {QStringLiteral("config"), config}});
                }
                gpuShare = QString::fromUtf8(QJsonDocument(cards).toJson(QJsonDocument::Compact));
            }
            QJsonArray gpuInfo;
            if (node->gpuCount > 0)
                gpuInfo.append(QJsonObject{{QStringLiteral("gpuProduct"), node->gpuModel},
                                           {QStringLiteral("gpuMemory"), node->gpuMemoryMb},
                                           {QStringLiteral("gpuCount"), node->gpuCount}});
            nodeList.append(QJsonObject{
                {QStringLiteral("nodeName"), node->nodeName},
                {QStringLiteral("nodeId"), node->nodeId},
                {QStringLiteral("nodeIp"), node->nodeIp},
                {QStringLiteral("memory"), QString::number(node->memoryGb, 'f', 2)},
                {QStringLiteral("memTotal"), node->memoryGb},
                {QStringLiteral("memSurplus"), memFree},
                {QStringLiteral("cpu"), QString::number(node->cpu)},
                {QStringLiteral("cpuTotal"), node->cpu},
                {QStringLiteral("cpuSurplus"), cpuFree},
                {QStringLiteral("gpu"), QString::number(node->gpuCount)},
                {QStringLiteral("gpuTotalOne"), node->gpuCount},
                {QStringLiteral("gpuAvailNum"), gpuFree},
                {QStringLiteral("gpuTotal"), node->gpuCount},
                {QStringLiteral("gpuSurplus"), gpuFree},
                {QStringLiteral("gpuMemTotal"), QJsonValue::Null},
                {QStringLiteral("gpuMemSurplus"), QJsonValue::Null},
                {QStringLiteral("gpuType"), node->gpuCount > 0 ? QJsonValue(node->gpuModel)
                                                               : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("gpuInfo"), gpuInfo},
                {QStringLiteral("gpuShare"), gpuShare},
                {QStringLiteral("vgpuStatus"), 0},
                {QStringLiteral("netParamTotal"), 3},
                {QStringLiteral("netParamAvailNum"), 3},
                {QStringLiteral("nodeStatus"), 1},
                {QStringLiteral("message"), QStringLiteral("节点状态正常!")},
                {QStringLiteral("groupName"), group->name},
            });
        }
        result.append(QJsonObject{
            {QStringLiteral("id"), group->id},
            {QStringLiteral("name"), group->name},
            {QStringLiteral("resourceGroupKey"), group->key},
            {QStringLiteral("gpuShare"), group->gpuShare},
            {QStringLiteral("sysGroupNames"), tenant ? tenant->linuxGroupname : QString()},
            {QStringLiteral("nodeNames"), group->nodeNames.join(QLatin1Char(','))},
            {QStringLiteral("remark"), QJsonValue::Null},
            {QStringLiteral("clusterId"), group->clusterId},
            {QStringLiteral("clusterIp"), group->clusterIp},
            {QStringLiteral("clusterName"), group->clusterName},
            {QStringLiteral("autoScale"), 0},
            {QStringLiteral("isHighNetwork"), group->isHighNetwork},
            {QStringLiteral("creator"), QStringLiteral("1")},
            {QStringLiteral("createTime"), isoUtc(group->createdMs)},
            {QStringLiteral("updateTime"), isoUtc(group->createdMs)},
            {QStringLiteral("gpuType"), vendor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(vendor)},
            {QStringLiteral("groupSet"), QJsonValue::Null},
            {QStringLiteral("cpuTotal"), cpuTotal},
            {QStringLiteral("cpuSurplus"), cpuSurplus},
            {QStringLiteral("memTotal"), memTotal},
            {QStringLiteral("memSurplus"), memSurplus},
            {QStringLiteral("gpuTotal"), gpuTotal},
            {QStringLiteral("gpuSurplus"), gpuSurplus},
            {QStringLiteral("queuePodNum"), 0},
            {QStringLiteral("noGpuNodeList"), gpuless.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(strings(gpuless))},
            {QStringLiteral("rockParaIsOk"), 1},
            {QStringLiteral("status"), 1},
            {QStringLiteral("resourceName"), orNull(group->resourceName)},
            {QStringLiteral("message"), QStringLiteral("展开查看节点状态")},
            {QStringLiteral("tenantIdList"), QJsonValue::Null},
            {QStringLiteral("gpuProduct"), QJsonValue::Null},
            {QStringLiteral("osArch"), QStringLiteral("X86")},
            {QStringLiteral("nodeList"), nodeList},
        });
    }
    return envelopeE4(result, QStringLiteral("获取资源组成功"));
}

SimReply CatalogApi::clusterList(const QJsonObject &body, const User &caller) const
{
    if (caller.roleId != role::SystemAdmin)
        return errorA(QStringLiteral("没有权限，请联系管理员授权"), 403);
    qint64 current = 0;
    qint64 size = 0;
    for (const auto &[key, out] : {std::pair{QStringLiteral("page"), &current},
                                   std::pair{QStringLiteral("size"), &size}}) {
        if (readInt(body, key, *out) != Read::Ok || *out < 1)
            return errorA(requiredMessage(key));
    }
    QString nameFilter;
    readString(body, QStringLiteral("clusterName"), nameFilter);
    // One Matrix cluster carries every node; its status is the examples' "DEPLOYED".
    const ResourceGroup &first = m_state.catalog.groups.constFirst();
    QJsonArray nodes;
    for (const Node &node : m_state.catalog.nodes)
        nodes.append(QJsonObject{{QStringLiteral("id"), node.nodeId},
                                 {QStringLiteral("nodeName"), node.nodeName},
                                 {QStringLiteral("nodeCreateWay"), QStringLiteral("matrix")},
                                 {QStringLiteral("clusterId"), first.clusterId},
                                 {QStringLiteral("isAuth"), QStringLiteral("auth")},
                                 {QStringLiteral("nodeType"), QStringLiteral("Worker")},
                                 {QStringLiteral("status"), QStringLiteral("DEPLOYED")},
                                 {QStringLiteral("ip"), node.nodeIp},
                                 {QStringLiteral("cpu"), node.cpu},
                                 {QStringLiteral("memory"), int(node.memoryGb)},
                                 {QStringLiteral("memoryUnit"), QStringLiteral("G")},
                                 {QStringLiteral("nodeKind"), QStringLiteral("node")},
                                 {QStringLiteral("gpuType"), node.gpuVendor},
                                 {QStringLiteral("gpuProduct"), node.gpuModel},
                                 {QStringLiteral("pastDue"), 0}});
    QJsonArray all;
    if (nameFilter.isEmpty() || first.clusterName.contains(nameFilter, Qt::CaseInsensitive))
        all.append(QJsonObject{
            {QStringLiteral("id"), first.clusterId},
            {QStringLiteral("name"), first.clusterName},
            {QStringLiteral("clusterCreateWay"), QStringLiteral("matrix")},
            {QStringLiteral("status"), QStringLiteral("DEPLOYED")},
            {QStringLiteral("tenantId"), QStringLiteral("200")},
            {QStringLiteral("userId"), QStringLiteral("1")},
            {QStringLiteral("creator"), QStringLiteral("admin")},
            {QStringLiteral("deptName"), QStringLiteral("root")},
            {QStringLiteral("payType"), QStringLiteral("YEAR_MONTH")},
            {QStringLiteral("recentCount"), 12},
            {QStringLiteral("rentUnit"), QStringLiteral("month")},
            {QStringLiteral("kubernetesVersion"), QStringLiteral("v1.21.14")},
            {QStringLiteral("runtimeType"), QStringLiteral("docker")},
            {QStringLiteral("cniType"), QStringLiteral("calico")},
            {QStringLiteral("osArch"), QStringLiteral("x86")},
            {QStringLiteral("osImage"), QStringLiteral("ubuntu22.04")},
            {QStringLiteral("createTime"), isoUtc(first.createdMs)},
            {QStringLiteral("endTime"), isoUtc(first.createdMs + 365LL * 24 * 3600 * 1000)},
            {QStringLiteral("isDelete"), 0},
            {QStringLiteral("podIpPool"), QStringLiteral("[177.177.0.0/16]")},
            {QStringLiteral("serviceIpPool"), QStringLiteral("[10.96.0.0/12]")},
            {QStringLiteral("clusterInnerVip"), first.clusterIp},
            {QStringLiteral("matrixNetworkMode"), QStringLiteral("SINGLE_SUBNET")},
            {QStringLiteral("fsIp"), QStringLiteral("10.99.232.103")},
            {QStringLiteral("fsPath"), QStringLiteral("/cloudstore/externalNfsServer1/ampha")},
            {QStringLiteral("fsUnit"), QStringLiteral("GB")},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("nodeCount"), nodes.size()},
            {QStringLiteral("deployedNodeNum"), nodes.size()},
            {QStringLiteral("deployingNodeNum"), 0},
        });
    // The MyBatis-Plus page, framework fields and all.
    return envelopeA(QJsonObject{{QStringLiteral("records"), page(all, current, size)},
                                 {QStringLiteral("total"), all.size()},
                                 {QStringLiteral("size"), size},
                                 {QStringLiteral("current"), current},
                                 {QStringLiteral("orders"), QJsonArray()},
                                 {QStringLiteral("optimizeCountSql"), true},
                                 {QStringLiteral("hitCount"), false},
                                 {QStringLiteral("countId"), QJsonValue::Null},
                                 {QStringLiteral("maxLimit"), QJsonValue::Null},
                                 {QStringLiteral("searchCount"), true},
                                 {QStringLiteral("pages"), (all.size() + size - 1) / size}});
}

// ---- assets ---------------------------------------------------------------------------------

bool CatalogApi::assetVisible(const Asset &asset, const User &caller) const
{
    if (asset.isPreset == 1 || caller.roleId == role::SystemAdmin)
        return true;
    const User *author = m_state.accounts.userByName(asset.author);
    return author && author->tenantId == caller.tenantId;
}

SimReply CatalogApi::imageList(const QJsonObject &body, const User &caller) const
{
    qint64 current = 0;
    qint64 size = 0;
    if (const auto error = readPage(body, current, size))
        return errorA(*error);
    qint64 scope = 0;
    if (readInt(body, QStringLiteral("scope"), scope) != Read::Ok || scope < 1 || scope > 4)
        return errorA(requiredMessage(QStringLiteral("scope")));
    QString title;
    readString(body, QStringLiteral("title"), title);
    QString author;
    readString(body, QStringLiteral("author"), author);
    qint64 schema = -1;
    readInt(body, QStringLiteral("schemaType"), schema);
    const QStringList tags = tagIds(body.value(QStringLiteral("taskTags")));

    QJsonArray all;
    for (const Asset &image : m_state.catalog.images) {
        if (!assetVisible(image, caller) || !hasAnyTag(image, tags))
            continue;
        if ((scope == 2 && image.author != caller.userName) || scope == 3
            || (scope == 4 && image.isPreset != 1))
            continue;
        if ((!title.isEmpty() && !image.name.contains(title, Qt::CaseInsensitive))
            || (!author.isEmpty() && image.author != author)
            || (schema >= 0 && image.schemaType != schema))
            continue;
        QJsonArray versions;
        for (const AssetVersion &version : image.versions)
            versions.append(QJsonObject{{QStringLiteral("id"), version.id},
                                        {QStringLiteral("name"), version.name},
                                        {QStringLiteral("path"), version.path},
                                        {QStringLiteral("showPath"), QString(image.name + QLatin1Char('/') + version.name)}});
        all.append(QJsonObject{
            {QStringLiteral("id"), image.id},
            {QStringLiteral("versionId"), image.versions.isEmpty() ? QString() : image.versions.constLast().id},
            {QStringLiteral("name"), image.name},
            {QStringLiteral("author"), image.author},
            {QStringLiteral("taskTags"), strings(image.taskTags)},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("storageMedium"), 1201},
            {QStringLiteral("storageMediumString"), QStringLiteral("文件系统")},
            {QStringLiteral("sourceType"), 1101},
            {QStringLiteral("isPreset"), image.isPreset},
            {QStringLiteral("schemaType"), image.schemaType},
        });
    }
    return envelopeA(QJsonObject{{QStringLiteral("total"), all.size()},
                                 {QStringLiteral("items"), page(all, current, size)}});
}

SimReply CatalogApi::storeImageList(const QJsonObject &body, const User &caller) const
{
    qint64 current = 0;
    qint64 size = 0;
    if (const auto error = readPage(body, current, size))
        return errorA(*error);
    qint64 scope = 0;
    if (readInt(body, QStringLiteral("scope"), scope) != Read::Ok || scope < 1 || scope > 3)
        return errorA(requiredMessage(QStringLiteral("scope")));
    qint64 preset = -1;
    readInt(body, QStringLiteral("isPreset"), preset);
    QString nameKey;
    readString(body, QStringLiteral("nameKey"), nameKey);
    // A comma-joined string here, unlike getImageList's array.
    QString taskTag;
    readString(body, QStringLiteral("taskTag"), taskTag);
    const QStringList tags = taskTag.split(QLatin1Char(','), Qt::SkipEmptyParts);

    QJsonArray all;
    for (const Asset &image : m_state.catalog.images) {
        if (!assetVisible(image, caller) || !hasAnyTag(image, tags))
            continue;
        if ((scope == 2 && image.author != caller.userName) || scope == 3
            || (preset >= 0 && image.isPreset != preset)
            || (!nameKey.isEmpty() && !image.name.contains(nameKey, Qt::CaseInsensitive)))
            continue;
        const User *author = m_state.accounts.userByName(image.author);
        const Tenant *group = author ? m_state.accounts.tenant(author->tenantId) : nullptr;
        all.append(QJsonObject{
            {QStringLiteral("id"), image.id},
            {QStringLiteral("name"), image.name},
            {QStringLiteral("description"), image.description},
            {QStringLiteral("creator"), image.author},
            {QStringLiteral("creatorGroup"), group ? group->linuxGroupname : image.creatorGroup},
            {QStringLiteral("collections"), image.collections},
            {QStringLiteral("isCollected"), false},
            {QStringLiteral("taskTags"), strings(image.taskTags)},
            {QStringLiteral("updateTime"), image.updatedMs},
            {QStringLiteral("versionId"), image.versions.isEmpty() ? QString() : image.versions.constLast().id},
            {QStringLiteral("versionName"), QJsonValue::Null},
            {QStringLiteral("isPreset"), image.isPreset},
            {QStringLiteral("taskTagValues"), strings(image.taskTagIds)},
            {QStringLiteral("status"), 1},
            {QStringLiteral("relationStatus"), 1},
            {QStringLiteral("schemaType"), image.schemaType},
            {QStringLiteral("category"), 4},
        });
    }
    return envelopeA(QJsonObject{{QStringLiteral("total"), all.size()},
                                 {QStringLiteral("rows"), page(all, current, size)}});
}

SimReply CatalogApi::assetList(const QList<Asset> &assets, const QJsonObject &body,
                               const User &caller) const
{
    qint64 current = 0;
    qint64 size = 0;
    if (const auto error = readPage(body, current, size))
        return errorA(*error);
    qint64 scope = 0;
    if (readInt(body, QStringLiteral("scope"), scope) != Read::Ok || scope < 1 || scope > 4)
        return errorA(requiredMessage(QStringLiteral("scope")));
    QString title;
    readString(body, QStringLiteral("title"), title);
    QString author;
    readString(body, QStringLiteral("author"), author);
    const QStringList tags = tagIds(body.value(QStringLiteral("taskTags")));
    QJsonArray all;
    for (const Asset &asset : assets) {
        if (!assetVisible(asset, caller) || !hasAnyTag(asset, tags))
            continue;
        if ((scope == 2 && asset.author != caller.userName) || scope == 3
            || (scope == 4 && asset.isPreset != 1)
            || (!title.isEmpty() && !asset.name.contains(title, Qt::CaseInsensitive))
            || (!author.isEmpty() && asset.author != author))
            continue;
        QJsonArray versions;
        for (const AssetVersion &version : asset.versions)
            versions.append(QJsonObject{{QStringLiteral("id"), version.id},
                                        {QStringLiteral("name"), version.name},
                                        {QStringLiteral("path"), version.path}});
        all.append(QJsonObject{
            {QStringLiteral("id"), asset.id},
            {QStringLiteral("versionId"), asset.versions.isEmpty() ? QString() : asset.versions.constLast().id},
            {QStringLiteral("name"), asset.name},
            {QStringLiteral("author"), asset.author},
            {QStringLiteral("taskTags"), strings(asset.taskTags)},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("storageMedium"), 1201},
            {QStringLiteral("storageMediumString"), QStringLiteral("文件系统")},
            {QStringLiteral("sourceType"), 1101},
            {QStringLiteral("isPreset"), asset.isPreset},
        });
    }
    return envelopeA(QJsonObject{{QStringLiteral("total"), all.size()},
                                 {QStringLiteral("items"), page(all, current, size)}});
}

SimReply CatalogApi::registerModel(const QJsonObject &request, const User &caller)
{
    // Probably the bare object (Spring's @RequestBody CreateDTO); a "createDTO" wrapper is taken too.
    const QJsonObject body = request.value(QStringLiteral("createDTO")).isObject()
                                 ? request.value(QStringLiteral("createDTO")).toObject()
                                 : request;
    QString name;
    if (readString(body, QStringLiteral("name"), name) != Read::Ok || name.trimmed().isEmpty())
        return errorA(requiredMessage(QStringLiteral("name")));
    qint64 authority = 0;
    if (readInt(body, QStringLiteral("authority"), authority) != Read::Ok || authority < 1
        || authority > 3)
        return errorA(QStringLiteral("authority参数错误，可选值：1（私有）、2（全局公开）、3（自定义公开）"));
    if (!body.value(QStringLiteral("taskTags")).isArray())
        return errorA(requiredMessage(QStringLiteral("taskTags")));
    QString sourceFile;
    if (readString(body, QStringLiteral("sourceFile"), sourceFile) != Read::Ok
        || !sourceFile.startsWith(QLatin1Char('/')))
        return errorA(requiredMessage(QStringLiteral("sourceFile")));
    // A task's output can be registered once the task has succeeded.
    if (sourceFile.startsWith(QLatin1String("/output/"))) {
        bool found = false;
        for (const Job &job : m_state.board.jobs()) {
            if (!job.outputDir.isEmpty() && sourceFile.startsWith(job.outputDir)
                && State::canSee(caller, job.ownerUserId, job.tenantId)
                && job.status == status::Succeeded)
                found = true;
        }
        if (!found)
            return errorA(QStringLiteral("源文件不存在或任务未成功完成"));
    }
    for (const Asset &model : m_state.catalog.models) {
        if (model.name == name && model.author == caller.userName)
            return errorA(QStringLiteral("模型名称已存在"));
    }
    Asset model;
    model.id = hexId();
    model.name = name;
    model.author = caller.userName;
    readString(body, QStringLiteral("description"), model.description);
    for (const QJsonValue &tag : body.value(QStringLiteral("taskTags")).toArray())
        model.taskTags.append(tag.isString() ? tag.toString() : QString::number(tag.toInt()));
    model.authority = int(authority);
    model.sourceFile = sourceFile;
    model.updatedMs = State::nowMs();
    const QString versionId = hexId();
    model.versions.append({versionId, QStringLiteral("master"),
                           QStringLiteral("/private/datahub/%1/%2/%3/")
                               .arg(caller.userName, model.id, versionId)});
    m_state.catalog.models.append(model);
    ++m_state.creates[name];
    return envelopeA(QJsonObject{{QStringLiteral("versionId"), versionId},
                                 {QStringLiteral("id"), model.id}},
                     QStringLiteral("创建成功！"));
}

// ---- algorithms -----------------------------------------------------------------------------

SimReply CatalogApi::algorithmList(const QJsonObject &body, const User &caller) const
{
    qint64 current = 0;
    qint64 size = 0;
    if (const auto error = readPage(body, current, size))
        return errorA(*error);
    qint64 scope = 0;
    if (readInt(body, QStringLiteral("scope"), scope) != Read::Ok || scope < 1 || scope > 4)
        return errorA(requiredMessage(QStringLiteral("scope")));
    QString title;
    readString(body, QStringLiteral("title"), title);
    QJsonArray all;
    for (const Algorithm &algorithm : m_state.catalog.algorithms) {
        const User *author = m_state.accounts.userByName(algorithm.author);
        const bool visible = algorithm.isPreset == 1 || caller.roleId == role::SystemAdmin
                             || (author && author->tenantId == caller.tenantId);
        if (!visible || (scope == 2 && algorithm.author != caller.userName) || scope == 3
            || (scope == 4 && algorithm.isPreset != 1)
            || (!title.isEmpty() && !algorithm.name.contains(title, Qt::CaseInsensitive)))
            continue;
        QJsonArray versions;
        for (const AlgorithmVersion &version : algorithm.versions)
            versions.append(QJsonObject{{QStringLiteral("id"), version.id},
                                        {QStringLiteral("name"), version.name},
                                        {QStringLiteral("path"), version.path},
                                        {QStringLiteral("relationStatus"), 1}});
        all.append(QJsonObject{
            {QStringLiteral("id"), algorithm.id},
            {QStringLiteral("versionId"), algorithm.versionId},
            {QStringLiteral("name"), algorithm.name},
            {QStringLiteral("author"), algorithm.author},
            {QStringLiteral("taskTags"), strings(algorithm.taskTags)},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("storageMedium"), 1201},
            {QStringLiteral("storageMediumString"), QStringLiteral("文件系统")},
            {QStringLiteral("sourceType"), 1101},
            {QStringLiteral("isPreset"), algorithm.isPreset},
            {QStringLiteral("relationStatus"), 1},
        });
    }
    return envelopeA(QJsonObject{{QStringLiteral("total"), all.size()},
                                 {QStringLiteral("items"), page(all, current, size)}});
}

SimReply CatalogApi::strategyList(const SimRequest &request) const
{
    const std::optional<QString> algoId = query(request, QStringLiteral("algoId"));
    const std::optional<QString> versionId = query(request, QStringLiteral("versionId"));
    if (!algoId || algoId->isEmpty())
        return errorA(requiredMessage(QStringLiteral("algoId")));
    if (!versionId || versionId->isEmpty())
        return errorA(requiredMessage(QStringLiteral("versionId")));
    const AlgorithmVersion *version = m_state.catalog.algorithmVersion(*algoId, *versionId);
    if (!version)
        return errorA(QStringLiteral("算法版本不存在"));
    QJsonArray list;
    for (const Strategy &strategy : version->strategies) {
        const Asset *image = m_state.catalog.image(strategy.imageId);
        const AssetVersion *imageVersion =
            m_state.catalog.imageVersion(strategy.imageId, strategy.imageVersionId);
        list.append(QJsonObject{
            {QStringLiteral("id"), strategy.id},
            {QStringLiteral("trainStrategy"), strategy.trainStrategy},
            {QStringLiteral("createTime"), dateTime(strategy.createdMs)},
            {QStringLiteral("updateTime"), QJsonValue::Null},
            {QStringLiteral("bootFile"), strategy.bootFile},
            {QStringLiteral("imageName"), image ? image->name : QString()},
            {QStringLiteral("imageVersionName"), imageVersion ? imageVersion->name : QString()},
            {QStringLiteral("relationStatus"), image ? 1 : 0},
        });
    }
    return envelopeA(list);
}

SimReply CatalogApi::strategyDetail(const SimRequest &request) const
{
    const std::optional<QString> id = query(request, QStringLiteral("id"));
    if (!id || id->isEmpty())
        return errorA(requiredMessage(QStringLiteral("id")));
    for (const Algorithm &algorithm : m_state.catalog.algorithms) {
        for (const AlgorithmVersion &version : algorithm.versions) {
            for (const Strategy &strategy : version.strategies) {
                if (strategy.id != *id)
                    continue;
                const Asset *image = m_state.catalog.image(strategy.imageId);
                const AssetVersion *imageVersion =
                    m_state.catalog.imageVersion(strategy.imageId, strategy.imageVersionId);
                const Asset *model = m_state.catalog.model(strategy.modelId);
                const AssetVersion *modelVersion = nullptr;
                if (model) {
                    for (const AssetVersion &candidate : model->versions) {
                        if (candidate.id == strategy.modelVersionId)
                            modelVersion = &candidate;
                    }
                }
                QJsonArray hyper;
                for (const HyperParam &param : strategy.hyperParams)
                    hyper.append(QJsonObject{
                        {QStringLiteral("name"), param.name},
                        // Spelled so, and a string, on the wire.
                        {QStringLiteral("visiable"), param.visible ? QStringLiteral("true") : QStringLiteral("false")},
                        {QStringLiteral("description"), param.description},
                        {QStringLiteral("value"), param.value}});
                QJsonValue env = QJsonValue::Null;
                if (!strategy.envParams.isEmpty()) {
                    QJsonArray list;
                    for (const EnvParam &param : strategy.envParams)
                        list.append(QJsonObject{{QStringLiteral("name"), param.name},
                                                {QStringLiteral("value"), param.value},
                                                {QStringLiteral("description"), param.description}});
                    env = list;
                }
                const QString imageName = image ? image->name : QString();
                const QString imageVersionName = imageVersion ? imageVersion->name : QString();
                return envelopeA(QJsonObject{
                    {QStringLiteral("id"), strategy.id},
                    {QStringLiteral("algoId"), algorithm.id},
                    {QStringLiteral("versionId"), version.id},
                    {QStringLiteral("algoPath"), QString(version.path + QStringLiteral("data"))},
                    {QStringLiteral("trainStrategy"), strategy.trainStrategy},
                    {QStringLiteral("bootFile"), strategy.bootFile},
                    {QStringLiteral("imageId"), strategy.imageId},
                    {QStringLiteral("imageName"), imageName},
                    {QStringLiteral("imageVersionId"), strategy.imageVersionId},
                    {QStringLiteral("imageVersionName"), imageVersionName},
                    {QStringLiteral("imageShowPath"), QString(imageName + QLatin1Char('/') + imageVersionName)},
                    {QStringLiteral("taskType"), strategy.taskType},
                    {QStringLiteral("modelId"), orNull(strategy.modelId)},
                    {QStringLiteral("modelName"), model ? QJsonValue(model->name) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("modelVersionId"), orNull(strategy.modelVersionId)},
                    {QStringLiteral("modelVersionName"), modelVersion ? QJsonValue(modelVersion->name) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("modelPath"), modelVersion ? QJsonValue(modelVersion->path) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("trainHyperParams"), hyper},
                    {QStringLiteral("trainEnvParams"), env},
                    {QStringLiteral("createTime"), dateTime(strategy.createdMs)},
                    {QStringLiteral("updateTime"), QJsonValue::Null},
                    {QStringLiteral("resource"), strategy.resource},
                    {QStringLiteral("schemaType"), 0},
                });
            }
        }
    }
    return errorA(QStringLiteral("数据不存在"));
}

SimReply CatalogApi::generateCommand(const QJsonObject &body) const
{
    QString bootFile;
    if (readString(body, QStringLiteral("bootFile"), bootFile) != Read::Ok || bootFile.isEmpty())
        return errorA(requiredMessage(QStringLiteral("bootFile")));
    qint64 ngpus = 0;
    qint64 nnodes = 0;
    qint64 taskType = 0;
    for (const auto &[key, out] : {std::pair{QStringLiteral("ngpus"), &ngpus},
                                   std::pair{QStringLiteral("nnodes"), &nnodes},
                                   std::pair{QStringLiteral("trainTaskType"), &taskType}}) {
        switch (readInt(body, key, *out)) {
        case Read::Absent: return errorA(requiredMessage(key));
        case Read::Invalid: return errorA(invalidMessage(key));
        case Read::Ok: break;
        }
    }
    for (const QString &key : {QStringLiteral("trainHyperParams"), QStringLiteral("trainEnvParams")}) {
        if (!body.value(key).isArray())
            return errorA(requiredMessage(key));
    }
    if (taskType < 0 || taskType > 3)
        return errorA(QStringLiteral("trainTaskType参数错误，可选值：0（pytorch）、1（scikit learn）、2（tensorflow）、3（shell）"));
    int maxGpusPerNode = 0;
    for (const Node &node : m_state.catalog.nodes)
        maxGpusPerNode = qMax(maxGpusPerNode, node.gpuCount);
    if (ngpus < 0 || ngpus > maxGpusPerNode)
        return errorA(QStringLiteral("单节点GPU数超出资源组上限（%1）").arg(maxGpusPerNode));
    if (nnodes < 1)
        return errorA(invalidMessage(QStringLiteral("nnodes")));

    QString command;
    switch (taskType) {
    case 0:
        // Even with no GPU the launcher starts one process, as the document's example shows.
        command = QStringLiteral("torchrun --nnodes=%1 --nproc-per-node=%2 ")
                      .arg(nnodes)
                      .arg(qMax<qint64>(1, ngpus));
        if (nnodes > 1)
            command += QStringLiteral("--rdzv-backend=c10d --rdzv-endpoint=${MASTER_ADDR}:${MASTER_PORT} ");
        break;
    case 3: command = QStringLiteral("bash "); break;
    default: command = QStringLiteral("python3 "); break;
    }
    command += bootFile;
    for (const QJsonValue &value : body.value(QStringLiteral("trainHyperParams")).toArray()) {
        const QJsonObject param = value.toObject();
        QString name;
        QString paramValue;
        if (readString(param, QStringLiteral("name"), name) != Read::Ok || name.isEmpty())
            continue;
        readString(param, QStringLiteral("value"), paramValue);
        if (!paramValue.isEmpty())
            command += QStringLiteral(" --%1=%2").arg(name, paramValue);
    }
    return envelopeA(command);
}

} // namespace suanli::sim::unis
