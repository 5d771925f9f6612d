#include "sim/unis/unisseed.h"

#include "sim/unis/unisstate.h"
#include "sim/unis/uniswire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace suanli::sim::unis {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

const QString kRegistry = QStringLiteral("harbor.ampha.local:8443");

// The start of the current calendar year, China time: quota windows run from there.
qint64 yearStart(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone(8 * 3600));
    return QDateTime(QDate(now.date().year(), 1, 1), QTime(0, 0), QTimeZone(8 * 3600))
        .toMSecsSinceEpoch();
}

QString versionPath(const QString &user, const QString &assetId, const QString &versionId)
{
    return QStringLiteral("/private/datahub/%1/%2/%3/").arg(user, assetId, versionId);
}

} // namespace

QList<Tenant> seedTenants(qint64 nowMs)
{
    return {
        {100, QStringLiteral("紫光算力平台"), QStringLiteral("root"), 1000, nowMs - 400 * kDay},
        {200, QStringLiteral("大模型实验室"), QStringLiteral("llmlab"), 2000, nowMs - 300 * kDay},
        {201, QStringLiteral("视觉算法中心"), QStringLiteral("cvcenter"), 2001, nowMs - 250 * kDay},
    };
}

QList<User> seedUsers(qint64 nowMs)
{
    const qint64 start = yearStart(nowMs);
    const qint64 end = start + 365 * kDay - 1000;
    const auto make = [&](qint64 id, qint64 sysId, const QString &name, const QString &nick,
                          const QString &password, int roleId, qint64 tenant, int uid,
                          const QString &email) {
        User user;
        user.userId = id;
        user.sysUserId = sysId;
        user.userName = name;
        user.nickName = nick;
        user.password = password;
        user.roleId = roleId;
        user.tenantId = tenant;
        user.uid = uid;
        user.email = email;
        user.phone = QStringLiteral("1380013%1").arg(id, 4, 10, QLatin1Char('0'));
        user.createdMs = nowMs - (200 - id) * kDay;
        user.quotaStartMs = start;
        user.quotaEndMs = end;
        user.storageStartMs = start;
        user.storageEndMs = end;
        return user;
    };
    QList<User> users;
    users.append(make(1, 2001, QStringLiteral("admin"), QStringLiteral("平台管理员"),
                      QStringLiteral("Admin@Unis2024"), role::SystemAdmin, 100, 2001,
                      QStringLiteral("admin@ampha.local")));
    users.append(make(21, 2021, QStringLiteral("lihua"), QStringLiteral("李华"),
                      QStringLiteral("Lihua@2024"), role::TenantAdmin, 200, 2021,
                      QStringLiteral("lihua@llmlab.example.com")));
    User demo = make(38, 2035, QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                     QStringLiteral("Zhangwei@2024"), role::User, 200, 2038,
                     QStringLiteral("zhangwei@llmlab.example.com"));
    demo.sex = QStringLiteral("0");
    demo.quotaConfigured = true;
    demo.quotaCpu = 1024;
    demo.quotaMemoryGb = 8192;
    demo.quotaGpu = 48;
    demo.quotaVgpu = 16;
    demo.quotaMig = 28;
    demo.quotaJobs = 30;
    demo.storageQuota = true;
    demo.blockQuotaGb = 2048;
    demo.blockUsedGb = 1229;
    demo.inodeQuota = 5000000;
    demo.inodeUsed = 1834211;
    users.append(demo);
    User noQuota = make(39, 2036, QStringLiteral("wangfang"), QStringLiteral("王芳"),
                        QStringLiteral("Wangfang@2024"), role::User, 200, 2039,
                        QStringLiteral("wangfang@llmlab.example.com"));
    noQuota.sex = QStringLiteral("1");
    users.append(noQuota);
    users.append(make(51, 2051, QStringLiteral("chenjie"), QStringLiteral("陈杰"),
                      QStringLiteral("Chenjie@2024"), role::TenantAdmin, 201, 2051,
                      QStringLiteral("chenjie@cvcenter.example.com")));
    User cv = make(52, 2052, QStringLiteral("liuyang"), QStringLiteral("刘洋"),
                   QStringLiteral("Liuyang@2024"), role::User, 201, 2052,
                   QStringLiteral("liuyang@cvcenter.example.com"));
    cv.quotaConfigured = true;
    cv.quotaCpu = 256;
    cv.quotaMemoryGb = 2048;
    cv.quotaGpu = 24;
    cv.quotaVgpu = 8;
    cv.quotaMig = 14;
    cv.quotaJobs = 20;
    users.append(cv);
    User emily = make(53, 2053, QStringLiteral("emily.zhao"), QStringLiteral("Emily Zhao"),
                      QStringLiteral("Emily@Vision24"), role::User, 201, 2053,
                      QStringLiteral("emily.zhao@cvcenter.example.com"));
    emily.sex = QStringLiteral("1");
    users.append(emily);
    return users;
}

void seedCatalog(Catalog &catalog, qint64 nowMs)
{
    const auto node = [](const QString &id, const QString &name, const QString &ip,
                         const QString &vendor, const QString &model, const QString &product,
                         int gpus, int gpuMemory, int cpu, double memory, bool mig) {
        Node entry;
        entry.nodeId = id;
        entry.nodeName = name;
        entry.nodeIp = ip;
        entry.gpuVendor = vendor;
        entry.gpuModel = model;
        entry.gpuProductName = product;
        entry.gpuCount = gpus;
        entry.gpuMemoryMb = gpuMemory;
        entry.cpu = cpu;
        entry.memoryGb = memory;
        entry.migCapable = mig;
        return entry;
    };
    const QString a100 = QStringLiteral("A100-SXM4-80GB");
    const QString a100Product = QStringLiteral("NVIDIA A100-SXM4-80GB");
    const QString h800 = QStringLiteral("H800-SXM5-80GB");
    const QString h800Product = QStringLiteral("NVIDIA H800");
    const QString nvidia = QStringLiteral("Nvidia");
    catalog.nodes = {
        node(QStringLiteral("eMiLcX5q_node1"), QStringLiteral("gpu-a100-01"), QStringLiteral("10.99.232.48"), nvidia, a100, a100Product, 8, 81920, 128, 1007.53, true),
        node(QStringLiteral("eMiLcX5q_node2"), QStringLiteral("gpu-a100-02"), QStringLiteral("10.99.232.49"), nvidia, a100, a100Product, 8, 81920, 128, 1007.53, true),
        node(QStringLiteral("eMiLcX5q_node3"), QStringLiteral("gpu-a100-03"), QStringLiteral("10.99.232.50"), nvidia, a100, a100Product, 8, 81920, 128, 1007.53, true),
        node(QStringLiteral("eMiLcX5q_node4"), QStringLiteral("gpu-h800-01"), QStringLiteral("10.99.232.178"), nvidia, h800, h800Product, 8, 81559, 192, 2015.62, true),
        node(QStringLiteral("eMiLcX5q_node5"), QStringLiteral("gpu-h800-02"), QStringLiteral("10.99.232.179"), nvidia, h800, h800Product, 8, 81559, 192, 2015.62, true),
        node(QStringLiteral("eMiLcX5q_node6"), QStringLiteral("npu-910b-01"), QStringLiteral("10.99.232.180"), QStringLiteral("Huawei"), QStringLiteral("Ascend-910B"), QStringLiteral("Ascend 910B"), 8, 65536, 192, 1510.24, false),
        node(QStringLiteral("eMiLcX5q_node7"), QStringLiteral("cpu-node-01"), QStringLiteral("10.99.232.60"), QString(), QString(), QString(), 0, 0, 96, 376.52, false),
    };

    const auto group = [nowMs](const QString &id, const QString &name, const QString &key,
                               const QString &share, const QStringList &nodes,
                               const QList<qint64> &tenants, const QString &rdma) {
        ResourceGroup entry;
        entry.id = id;
        entry.name = name;
        entry.key = key;
        entry.gpuShare = share;
        entry.nodeNames = nodes;
        entry.tenantIds = tenants;
        entry.resourceName = rdma;
        entry.isHighNetwork = rdma.isEmpty() ? 0 : 1;
        entry.createdMs = nowMs - 180 * kDay;
        return entry;
    };
    const QString none = QStringLiteral("none");
    catalog.groups = {
        group(QStringLiteral("3131612391d6e2130191d9aed54c0001"), QStringLiteral("a100-train"),
              QStringLiteral("resourceGroupA1trN8q3KLm2PzXw"), none,
              {QStringLiteral("gpu-a100-01"), QStringLiteral("gpu-a100-02")}, {200, 201},
              QStringLiteral("rdma-a100")),
        group(QStringLiteral("3131612391d6e2130191d9aed54c0002"), QStringLiteral("h800-llm"),
              QStringLiteral("resourceGroupH8llmV7dQe4RtYu2"), none,
              {QStringLiteral("gpu-h800-01"), QStringLiteral("gpu-h800-02")}, {200},
              QStringLiteral("rdma-h800")),
        group(QStringLiteral("3131612391d6e2130191d9aed54c0003"), QStringLiteral("a100-mig"),
              QStringLiteral("resourceGroupOOcTMKK7942urtxy"), QStringLiteral("mig"),
              {QStringLiteral("gpu-a100-03")}, {200}, QString()),
        group(QStringLiteral("3131612391d6e2130191d9aed54c0004"), QStringLiteral("ascend-910b"),
              QStringLiteral("resourceGroupAsc910bK2wPq8Zr"), none,
              {QStringLiteral("npu-910b-01")}, {201}, QString()),
        group(QStringLiteral("3131612391d6e2130191d9aed54c0005"), QStringLiteral("cpu-pool"),
              QStringLiteral("resourceGroupCpuP00lHk3sLw9M"), none,
              {QStringLiteral("cpu-node-01")}, {200, 201}, QString()),
        // Taken out of service after a job ran on it: resuming that job is refused.
        group(QStringLiteral("3131612391d6e2130191d9aed54c0006"), QStringLiteral("v100-legacy"),
              QStringLiteral("resourceGroup09XlplVtcGkkExJC"), none,
              {QStringLiteral("gpu-a100-02")}, {200}, QString()),
    };
    catalog.groups.last().available = false;

    const auto spec = [](int id, const QString &specId, const QString &type, const QString &nick,
                         const QString &share, int cpu, int memory, const QString &model,
                         int gpus, const QString &migType, int gpuMemory, int computility) {
        Spec entry;
        entry.id = id;
        entry.specId = specId;
        entry.specType = type;
        entry.specNickname = nick;
        entry.gpuShare = share;
        entry.cpu = cpu;
        entry.memoryGb = memory;
        entry.gpuModel = model;
        entry.numberOfGpus = gpus;
        entry.migType = migType;
        entry.gpuMemoryMb = gpuMemory;
        entry.computility = computility;
        return entry;
    };
    const QString cpuType = QStringLiteral("CPU");
    const QString gpuType = QStringLiteral("GPU");
    const QString nvA100 = QStringLiteral("Nvidia/A100-SXM4-80GB");
    const QString nvH800 = QStringLiteral("Nvidia/H800-SXM5-80GB");
    const QString ascend = QStringLiteral("Huawei/Ascend-910B");
    catalog.specs = {
        spec(61, QStringLiteral("894f9bf7c8784294b361595cfb2e0267"), cpuType, QStringLiteral("cpu4核16G"), none, 4, 16, QString(), 0, QString(), 0, 0),
        spec(62, QStringLiteral("894f9bf7c8784294b361595cfb2e0268"), cpuType, QStringLiteral("cpu16核64G"), none, 16, 64, QString(), 0, QString(), 0, 0),
        spec(120, QStringLiteral("618442ca8ae545f68902b9007a930001"), gpuType, QStringLiteral("A100 单卡"), none, 16, 128, nvA100, 1, QString(), 0, 0),
        spec(121, QStringLiteral("618442ca8ae545f68902b9007a930008"), gpuType, QStringLiteral("A100 八卡"), none, 96, 960, nvA100, 8, QString(), 0, 0),
        spec(122, QStringLiteral("618442ca8ae545f68902b9007a930101"), gpuType, QStringLiteral("H800 单卡"), none, 20, 200, nvH800, 1, QString(), 0, 0),
        spec(123, QStringLiteral("618442ca8ae545f68902b9007a930108"), gpuType, QStringLiteral("H800 八卡"), none, 160, 1600, nvH800, 8, QString(), 0, 0),
        spec(124, QStringLiteral("618442ca8ae545f68902b9007a930201"), gpuType, QStringLiteral("昇腾910B 单卡"), none, 24, 192, ascend, 1, QString(), 0, 0),
        spec(125, QStringLiteral("618442ca8ae545f68902b9007a930208"), gpuType, QStringLiteral("昇腾910B 八卡"), none, 192, 1500, ascend, 8, QString(), 0, 0),
        spec(126, QStringLiteral("618442ca8ae545f68902b9007a930302"), gpuType, QStringLiteral("A100 MIG 2*1g.10gb"), QStringLiteral("mig"), 4, 32, nvA100, 2, QStringLiteral("1g.10gb"), 0, 0),
    };

    const auto image = [nowMs](const QString &id, const QString &name, const QString &author,
                               const QString &description, const QStringList &tags,
                               const QStringList &tagIds, int preset, int schema,
                               const QList<AssetVersion> &versions) {
        Asset entry;
        entry.id = id;
        entry.name = name;
        entry.author = author;
        entry.description = description;
        entry.taskTags = tags;
        entry.taskTagIds = tagIds;
        entry.isPreset = preset;
        entry.schemaType = schema;
        entry.versions = versions;
        entry.collections = preset ? 12 : 1;
        entry.updatedMs = nowMs - 30 * kDay;
        return entry;
    };
    const auto publicPath = [](const QString &name, const QString &tag) -> QString {
        return kRegistry + QStringLiteral("/ampha-public/") + name + QLatin1Char(':') + tag;
    };
    catalog.images = {
        image(QStringLiteral("3131e1726d1a8a1e016d1a9e3ae41245"), QStringLiteral("ai-common"),
              QStringLiteral("admin"), QStringLiteral("通用AI训练推理镜像"),
              {QStringLiteral("深度学习"), QStringLiteral("推理"), QStringLiteral("大模型")},
              {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5")}, 1, 0,
              {{QStringLiteral("3131e1726d1a8a1e016d1a9ebb3f1245"), QStringLiteral("v1.0.0"), publicPath(QStringLiteral("ai-common"), QStringLiteral("v1.0.0"))},
               {QStringLiteral("3131e1726d1a8a1e016d1a9ebb3f1249"), QStringLiteral("v1.0.3"), publicPath(QStringLiteral("ai-common"), QStringLiteral("v1.0.3"))}}),
        image(QStringLiteral("b8fdf08cffef41507b5e532f11d6f7c4"), QStringLiteral("pytorch"),
              QStringLiteral("admin"), QStringLiteral("PyTorch 官方镜像，含 CUDA 与 NCCL"),
              {QStringLiteral("深度学习"), QStringLiteral("训练"), QStringLiteral("PyTorch")},
              {QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("9")}, 1, 0,
              {{QStringLiteral("860061c17408d382aa9a9c3e417c3b2d"), QStringLiteral("2.1.2-cuda12.1-py310"), publicPath(QStringLiteral("pytorch"), QStringLiteral("2.1.2-cuda12.1-py310"))},
               {QStringLiteral("860061c17408d382aa9a9c3e417c3b2e"), QStringLiteral("2.3.0-cuda12.4-py311"), publicPath(QStringLiteral("pytorch"), QStringLiteral("2.3.0-cuda12.4-py311"))}}),
        image(QStringLiteral("6679337549fb3e2fe323606a7b2f1d0c"), QStringLiteral("jupyterlab"),
              QStringLiteral("admin"), QStringLiteral("JupyterLab 开发环境"),
              {QStringLiteral("Jupyter"), QStringLiteral("开发环境")},
              {QStringLiteral("4"), QStringLiteral("8")}, 1, 0,
              {{QStringLiteral("4bdfb85d53611d44e5dfa898eb34a92b"), QStringLiteral("4.1-cuda12.1"), publicPath(QStringLiteral("jupyterlab"), QStringLiteral("4.1-cuda12.1"))}}),
        image(QStringLiteral("50a9b71f72a845c68e1d0595c77c6bf3"),
              QStringLiteral("cuda11_8_0-ubuntu20_04-py3_9_0-transformers4_38_2"),
              QStringLiteral("admin"), QStringLiteral("大模型微调基础镜像"),
              {QStringLiteral("大模型"), QStringLiteral("微调")},
              {QStringLiteral("5"), QStringLiteral("6")}, 1, 0,
              {{QStringLiteral("13e50c7898013b54781e6b48b3fde814"), QStringLiteral("toolkit1.0.3"), publicPath(QStringLiteral("cuda11_8_0-ubuntu20_04-py3_9_0-transformers4_38_2"), QStringLiteral("toolkit1.0.3"))}}),
        image(QStringLiteral("a2c41e7d55b3494f8c2d1e0f9a8b7c6d"), QStringLiteral("tensorflow"),
              QStringLiteral("admin"), QStringLiteral("TensorFlow GPU 镜像"),
              {QStringLiteral("深度学习"), QStringLiteral("机器学习")},
              {QStringLiteral("1"), QStringLiteral("2")}, 1, 0,
              {{QStringLiteral("a2c41e7d55b3494f8c2d1e0f9a8b7c70"), QStringLiteral("2.15.0-gpu"), publicPath(QStringLiteral("tensorflow"), QStringLiteral("2.15.0-gpu"))}}),
        image(QStringLiteral("d4e5f6a7b8c94d0e8f1a2b3c4d5e6f70"), QStringLiteral("mindspore-ascend"),
              QStringLiteral("admin"), QStringLiteral("MindSpore 昇腾镜像"),
              {QStringLiteral("深度学习"), QStringLiteral("昇腾")},
              {QStringLiteral("1"), QStringLiteral("42")}, 1, 1,
              {{QStringLiteral("d4e5f6a7b8c94d0e8f1a2b3c4d5e6f71"), QStringLiteral("2.3.0-cann8.0"), publicPath(QStringLiteral("mindspore-ascend"), QStringLiteral("2.3.0-cann8.0"))}}),
        image(QStringLiteral("e840b9d409ea4d41f5e4aae181f7a588"), QStringLiteral("zhangwei-vllm"),
              QStringLiteral("zhangwei"), QStringLiteral("vLLM 推理调试镜像"),
              {QStringLiteral("推理"), QStringLiteral("Nvidia")},
              {QStringLiteral("3"), QStringLiteral("41")}, 0, 0,
              {{QStringLiteral("017688299080dddb484bf640ac1b251e"), QStringLiteral("v0.4.2"), kRegistry + QStringLiteral("/llmlab/zhangwei-vllm:v0.4.2")},
               // Pushed half-way: pulling it fails.
               {QStringLiteral("017688299080dddb484bf640ac1b251f"), QStringLiteral("v0.5.0-rc1"), kRegistry + QStringLiteral("/llmlab/zhangwei-vllm:v0.5.0-rc1"), true}}),
        image(QStringLiteral("f1e2d3c4b5a64978a1b2c3d4e5f60718"), QStringLiteral("cv-detectron2"),
              QStringLiteral("liuyang"), QStringLiteral("Detectron2 目标检测镜像"),
              {QStringLiteral("深度学习"), QStringLiteral("训练")},
              {QStringLiteral("1"), QStringLiteral("7")}, 0, 0,
              {{QStringLiteral("f1e2d3c4b5a64978a1b2c3d4e5f60719"), QStringLiteral("v0.6"), kRegistry + QStringLiteral("/cvcenter/cv-detectron2:v0.6")}}),
    };

    const auto asset = [nowMs](const QString &id, const QString &name, const QString &author,
                               const QStringList &tags, const QString &versionId,
                               const QString &versionName, bool dataset) {
        Asset entry;
        entry.id = id;
        entry.name = name;
        entry.author = author;
        entry.taskTags = tags;
        entry.isPreset = author == QLatin1String("admin") ? 1 : 0;
        entry.updatedMs = nowMs - 60 * kDay;
        QString path = versionPath(author, id, versionId);
        if (dataset)
            path += QStringLiteral("data");
        entry.versions = {{versionId, versionName, path}};
        return entry;
    };
    const QStringList llmTags{QStringLiteral("文本生成"), QStringLiteral("微调"), QStringLiteral("预训练")};
    catalog.models = {
        asset(QStringLiteral("9b3a9d428f2f5aed736b00b3d1b7cc5e"), QStringLiteral("chatglm3-6b"), QStringLiteral("admin"), llmTags, QStringLiteral("329b534228613a920056e642290caff6"), QStringLiteral("master"), false),
        asset(QStringLiteral("17e9411a52b4c4c3612342f9f688b988"), QStringLiteral("Qwen1.5-7B-Chat"), QStringLiteral("admin"), llmTags, QStringLiteral("941f31e16c8c4703617284f8764977a7"), QStringLiteral("v2.0.0"), false),
        asset(QStringLiteral("4f6906507ff24c514d705ce82ec4e729"), QStringLiteral("Llama-2-7b-chat-hf"), QStringLiteral("admin"), llmTags, QStringLiteral("4a6a26be7f93ff38b3d0ccc71bd1c763"), QStringLiteral("master"), false),
        asset(QStringLiteral("aa3bb5e95beab1c4276509c03852e8f6"), QStringLiteral("DeepSeek-R1-Distill-Qwen-7B"), QStringLiteral("admin"), llmTags, QStringLiteral("3275ab72a0d577578636d3302e64b1d3"), QStringLiteral("master"), false),
        asset(QStringLiteral("e282b290d5d5e5fd9455afd2cc257b64"), QStringLiteral("Baichuan2-13B-Base"), QStringLiteral("admin"), llmTags, QStringLiteral("391be28b6f1e5df1b0340f57d429d3ae"), QStringLiteral("v2.0.0"), false),
    };
    catalog.datasets = {
        asset(QStringLiteral("aaed3ef75d98d69c52141a20ef87a204"), QStringLiteral("mini-alpaca"), QStringLiteral("admin"), {QStringLiteral("指令微调")}, QStringLiteral("db7f6c19e66894bb903214f2fdda7140"), QStringLiteral("master"), true),
        asset(QStringLiteral("aff53078659f80f2c8ca72789d142ea6"), QStringLiteral("single-wiki"), QStringLiteral("admin"), {QStringLiteral("预训练")}, QStringLiteral("91de65def854ccc9070b7a392e9125d3"), QStringLiteral("master"), true),
        asset(QStringLiteral("283f3a7783e4782947edc89345b6ef33"), QStringLiteral("MATH"), QStringLiteral("admin"), {QStringLiteral("数学推理")}, QStringLiteral("1386fa29ee18133c1cb3f7d5c67096e4"), QStringLiteral("v2.0.0"), true),
        asset(QStringLiteral("c0c02017a1b2c3d4e5f60718293a4b5c"), QStringLiteral("coco2017"), QStringLiteral("liuyang"), {QStringLiteral("目标检测")}, QStringLiteral("c0c02017a1b2c3d4e5f60718293a4b5d"), QStringLiteral("master"), true),
        asset(QStringLiteral("1a2b3c4d5e6f70819a0b1c2d3e4f5061"), QStringLiteral("credit-risk-2024"), QStringLiteral("zhangwei"), {QStringLiteral("风控")}, QStringLiteral("1a2b3c4d5e6f70819a0b1c2d3e4f5062"), QStringLiteral("master"), true),
    };

    const auto hyper = [](const QString &name, const QString &value, const QString &description,
                          bool visible = true) {
        HyperParam param;
        param.name = name;
        param.value = value;
        param.description = description;
        param.visible = visible;
        return param;
    };
    const QList<HyperParam> loraParams{
        hyper(QStringLiteral("lora_r"), QStringLiteral("8"), QStringLiteral("LoRA微调的秩大小")),
        hyper(QStringLiteral("lora_alpha"), QStringLiteral("32"), QStringLiteral("LoRA缩放系数")),
        hyper(QStringLiteral("lora_dropout"), QStringLiteral("0.1"), QStringLiteral("LoRA层的dropout比例")),
        hyper(QStringLiteral("learning_rate"), QStringLiteral("1e-4"), QStringLiteral("学习率，调整此参数可以影响训练出来的模型效果")),
        hyper(QStringLiteral("per_device_train_batch_size"), QStringLiteral("1"), QStringLiteral("每张卡的训练批大小")),
        hyper(QStringLiteral("num_train_epochs"), QStringLiteral("3"), QStringLiteral("训练轮数，增加此参数会增加训练时长")),
        hyper(QStringLiteral("fp16"), QStringLiteral("true"), QStringLiteral("是否使用fp16混合精度"), false),
        hyper(QStringLiteral("finetune_type"), QStringLiteral("lora"), QStringLiteral("微调方式"), false),
    };
    const auto strategy = [nowMs](const QString &id, const QString &name, const QString &bootFile,
                                  const QString &imageId, const QString &imageVersionId,
                                  const QString &modelId, const QString &modelVersionId,
                                  int taskType, const QList<HyperParam> &params,
                                  const QString &resource) {
        Strategy entry;
        entry.id = id;
        entry.trainStrategy = name;
        entry.bootFile = bootFile;
        entry.imageId = imageId;
        entry.imageVersionId = imageVersionId;
        entry.modelId = modelId;
        entry.modelVersionId = modelVersionId;
        entry.taskType = taskType;
        entry.hyperParams = params;
        entry.resource = resource;
        entry.createdMs = nowMs - 90 * kDay;
        return entry;
    };
    QList<HyperParam> fullParams = loraParams.mid(3);
    fullParams.last().value = QStringLiteral("full");
    Algorithm chatglm;
    chatglm.id = QStringLiteral("6c19bd51ff460fe7e59fecd08f1b0f0e");
    chatglm.versionId = QStringLiteral("*");
    chatglm.name = QStringLiteral("chatglm3-6b微调");
    chatglm.author = QStringLiteral("admin");
    chatglm.taskTags = {QStringLiteral("文本生成"), QStringLiteral("微调"), QStringLiteral("算法")};
    chatglm.isPreset = 1;
    chatglm.versions = {{QStringLiteral("1526d7d871aa6f6ebc3a3ddd050a111f"), QStringLiteral("v1.0.0"),
                         versionPath(QStringLiteral("admin"), chatglm.id, QStringLiteral("1526d7d871aa6f6ebc3a3ddd050a111f")),
                         {strategy(QStringLiteral("9fde0f0ac11cdbfe6d81501186bfa719"), QStringLiteral("LoRA"), QStringLiteral("finetune.pyc"),
                                   QStringLiteral("3131e1726d1a8a1e016d1a9e3ae41245"), QStringLiteral("3131e1726d1a8a1e016d1a9ebb3f1249"),
                                   QStringLiteral("9b3a9d428f2f5aed736b00b3d1b7cc5e"), QStringLiteral("329b534228613a920056e642290caff6"), 0, loraParams,
                                   QStringLiteral("资源需求：8核CPU，32G内存，单卡22G显存")),
                          strategy(QStringLiteral("dfa59fc9552694e4f4cd6277cb26c51d"), QStringLiteral("全参微调"), QStringLiteral("finetune.pyc"),
                                   QStringLiteral("3131e1726d1a8a1e016d1a9e3ae41245"), QStringLiteral("3131e1726d1a8a1e016d1a9ebb3f1249"),
                                   QStringLiteral("9b3a9d428f2f5aed736b00b3d1b7cc5e"), QStringLiteral("329b534228613a920056e642290caff6"), 0, fullParams,
                                   QStringLiteral("资源需求：32核CPU，256G内存，8卡80G显存"))}}};
    Algorithm ppo;
    ppo.id = QStringLiteral("d34fc207fa6f1d1333397db7654711b0");
    ppo.versionId = QStringLiteral("*");
    ppo.name = QStringLiteral("大模型强化学习算法(PPO)");
    ppo.author = QStringLiteral("admin");
    ppo.taskTags = {QStringLiteral("文本生成"), QStringLiteral("PPO"), QStringLiteral("算法")};
    ppo.isPreset = 1;
    ppo.versions = {{QStringLiteral("2fbc8b2422b173bd969d2381e3d79cc1"), QStringLiteral("v2.0.1"),
                     versionPath(QStringLiteral("admin"), ppo.id, QStringLiteral("2fbc8b2422b173bd969d2381e3d79cc1")),
                     {strategy(QStringLiteral("c57da4c359500dca6ad0dc185535d90a"), QStringLiteral("PPO"), QStringLiteral("ppo.py"),
                               QStringLiteral("50a9b71f72a845c68e1d0595c77c6bf3"), QStringLiteral("13e50c7898013b54781e6b48b3fde814"),
                               QString(), QString(), 0,
                               {hyper(QStringLiteral("learning_rate"), QStringLiteral("1e-5"), QStringLiteral("学习率")),
                                hyper(QStringLiteral("ppo_epochs"), QStringLiteral("4"), QStringLiteral("每批数据的PPO迭代次数")),
                                hyper(QStringLiteral("kl_coef"), QStringLiteral("0.05"), QStringLiteral("KL散度惩罚系数"))},
                               QStringLiteral("资源需求：64核CPU，512G内存，8卡80G显存"))}}};
    Algorithm mnist;
    mnist.id = QStringLiteral("b5f3aa8f346cef68c0ff41427dc34ce5");
    mnist.versionId = QStringLiteral("2df0bf1d7a28eba990162898065deaca");
    mnist.name = QStringLiteral("tensorflow2-mnist");
    mnist.author = QStringLiteral("zhangwei");
    mnist.taskTags = {QStringLiteral("图像分类"), QStringLiteral("算法")};
    mnist.versions = {{mnist.versionId, QStringLiteral("master"),
                       versionPath(QStringLiteral("zhangwei"), mnist.id, mnist.versionId),
                       {strategy(QStringLiteral("cb4c477c21f902128247d7a4e6af6858"), QStringLiteral("train"), QStringLiteral("train.pyc"),
                                 QStringLiteral("a2c41e7d55b3494f8c2d1e0f9a8b7c6d"), QStringLiteral("a2c41e7d55b3494f8c2d1e0f9a8b7c70"),
                                 QString(), QString(), 2,
                                 {hyper(QStringLiteral("epochs"), QStringLiteral("5"), QStringLiteral("训练总周期")),
                                  hyper(QStringLiteral("batch_size"), QStringLiteral("64"), QStringLiteral("批大小"))},
                                 QStringLiteral("资源需求：4核CPU，16G内存，单卡8G显存"))}}};
    Algorithm sft;
    sft.id = QStringLiteral("a0a5873153754fdea0101e3e4f56374c");
    sft.versionId = QStringLiteral("*");
    sft.name = QStringLiteral("SFT算法");
    sft.author = QStringLiteral("admin");
    sft.taskTags = {QStringLiteral("文本生成"), QStringLiteral("SFT"), QStringLiteral("算法")};
    sft.isPreset = 1;
    sft.versions = {{QStringLiteral("8953b07b401415573ee53987472ec2d2"), QStringLiteral("v1.2.0"),
                     versionPath(QStringLiteral("admin"), sft.id, QStringLiteral("8953b07b401415573ee53987472ec2d2")),
                     {strategy(QStringLiteral("8afc82838aa4a26d0dcb834755213684"), QStringLiteral("train"), QStringLiteral("sft.py"),
                               QStringLiteral("50a9b71f72a845c68e1d0595c77c6bf3"), QStringLiteral("13e50c7898013b54781e6b48b3fde814"),
                               QStringLiteral("17e9411a52b4c4c3612342f9f688b988"), QStringLiteral("941f31e16c8c4703617284f8764977a7"), 0,
                               {hyper(QStringLiteral("lora_dropout"), QStringLiteral("0.05"), QString()),
                                hyper(QStringLiteral("learning_rate"), QStringLiteral("2e-5"), QStringLiteral("学习率")),
                                hyper(QStringLiteral("num_train_epochs"), QStringLiteral("2"), QStringLiteral("训练轮数"))},
                               QStringLiteral("资源需求：16核CPU，128G内存，单卡80G显存"))}}};
    Algorithm yolo;
    yolo.id = QStringLiteral("bf7f1dddf6d6776bf5bbce879f56b9e9");
    yolo.versionId = QStringLiteral("55c94b7d82b45f7ab84967ceaf604fa3");
    yolo.name = QStringLiteral("yolov8-detection");
    yolo.author = QStringLiteral("liuyang");
    yolo.taskTags = {QStringLiteral("目标检测"), QStringLiteral("算法")};
    yolo.versions = {{yolo.versionId, QStringLiteral("v2.0.0"),
                      versionPath(QStringLiteral("liuyang"), yolo.id, yolo.versionId),
                      {strategy(QStringLiteral("55c94b7d82b45f7ab84967ceaf600001"), QStringLiteral("train"), QStringLiteral("train.py"),
                                QStringLiteral("f1e2d3c4b5a64978a1b2c3d4e5f60718"), QStringLiteral("f1e2d3c4b5a64978a1b2c3d4e5f60719"),
                                QString(), QString(), 0,
                                {hyper(QStringLiteral("epochs"), QStringLiteral("100"), QStringLiteral("训练轮数")),
                                 hyper(QStringLiteral("imgsz"), QStringLiteral("640"), QStringLiteral("输入图像尺寸"))},
                                QStringLiteral("资源需求：16核CPU，64G内存，单卡24G显存"))}}};
    catalog.algorithms = {chatglm, ppo, mnist, sft, yolo};
}

namespace {

// A create body as a client builds it from the catalog, for a seeded job's details and clones.
struct TaskSeed
{
    JobKind kind = JobKind::Training;
    QString id;
    QString name;
    QString owner;
    QString group;
    QString imageName;
    QString imageVersion;
    QString type = QStringLiteral("PyTorch");
    int isPretrain = 0;
    QString createWay = QStringLiteral("custom");
    QString algorithm; // algorithm name; empty for none
    QString model;     // model name; empty for none
    QString dataset;
    QString strategy = QStringLiteral("train");
    QString startupFile = QStringLiteral("train.py");
    QString command;
    QString describe;
    QString nodeType = QStringLiteral("Node");
    int pods = 1;
    int gpus = 1;
    int cpu = 16;
    int memory = 128;
    QString taskType; // training only
    qint64 createdAgo = 0;
    qint64 startedAfter = kMinute;
    qint64 ranFor = 0; // 0: still running
    QString endStatus;
    Outcome outcome = Outcome::RunUntilStopped;
    int runSteps = 0;
    QJsonArray hyper;
};

Job taskJob(const State &state, const TaskSeed &seed)
{
    const Catalog &catalog = state.catalog;
    const User *owner = state.accounts.userByName(seed.owner);
    const ResourceGroup *group = nullptr;
    for (const ResourceGroup &candidate : catalog.groups) {
        if (candidate.name == seed.group)
            group = &candidate;
    }
    const Asset *image = nullptr;
    const AssetVersion *version = nullptr;
    for (const Asset &candidate : catalog.images) {
        if (candidate.name != seed.imageName)
            continue;
        image = &candidate;
        for (const AssetVersion &v : candidate.versions) {
            if (v.name == seed.imageVersion)
                version = &v;
        }
    }
    Q_ASSERT(owner && group && image && version);
    QJsonObject body{
        {QStringLiteral("name"), seed.name},
        {QStringLiteral("type"), seed.type},
        {QStringLiteral("zoneId"), group->id},
        {QStringLiteral("zoneName"), group->name},
        {QStringLiteral("resourceGroupKey"), group->key},
        {QStringLiteral("image"), version->path},
        {QStringLiteral("imageId"), image->id},
        {QStringLiteral("imageName"), image->name},
        {QStringLiteral("imageVersion"), version->name},
        {QStringLiteral("imageVersionId"), version->id},
        {QStringLiteral("resource"),
         QJsonArray{QJsonObject{{QStringLiteral("nodeType"), seed.nodeType},
                                {QStringLiteral("numbers"), seed.pods},
                                {QStringLiteral("gpuResource"),
                                 QJsonObject{{QStringLiteral("gpuShare"), QStringLiteral("none")},
                                             {QStringLiteral("gpuNum"), seed.gpus}}},
                                {QStringLiteral("cpuNumber"), seed.cpu},
                                {QStringLiteral("memory"), seed.memory}}}},
        {QStringLiteral("resourceType"), seed.pods > 1 ? QStringLiteral("advanced") : QStringLiteral("standard")},
        {QStringLiteral("inputType"), QStringLiteral("aiAssets")},
        {QStringLiteral("outputDir"), QStringLiteral("/output")},
        {QStringLiteral("isUrgentTask"), QStringLiteral("N")},
        {QStringLiteral("describe"), seed.describe},
        {QStringLiteral("userId"), QString::number(owner->userId)},
        {QStringLiteral("userName"), owner->userName},
        {QStringLiteral("isPretrain"), seed.isPretrain},
        {QStringLiteral("createWay"), seed.createWay},
        {QStringLiteral("llmTrainFramework"), seed.createWay == QLatin1String("userDefined") ? QString() : QStringLiteral("PyTorch")},
        {QStringLiteral("commonHyperParameters"), seed.hyper},
        {QStringLiteral("fineTuneHyperParameters"), QJsonArray()},
        {QStringLiteral("variable"), QJsonArray()},
        {QStringLiteral("fineTuneStrategy"), seed.strategy},
        {QStringLiteral("startupFile"), seed.startupFile},
        {QStringLiteral("command"), seed.command},
        {QStringLiteral("rdma"), false},
        {QStringLiteral("resourceName"), QString()},
        {QStringLiteral("storageMedium"), QStringLiteral("1201")},
        {QStringLiteral("workingDir"), QStringLiteral("/ampha/algorithm")},
    };
    if (!seed.taskType.isEmpty())
        body.insert(QStringLiteral("taskType"), seed.taskType);
    QString inputDir;
    for (const Asset &dataset : catalog.datasets) {
        if (dataset.name != seed.dataset)
            continue;
        const AssetVersion &dv = dataset.versions.constFirst();
        inputDir = dv.path;
        body.insert(QStringLiteral("datasetId"), dataset.id);
        body.insert(QStringLiteral("datasetName"), dataset.name);
        body.insert(QStringLiteral("datasetVersion"), dv.name);
        body.insert(QStringLiteral("datasetVersionId"), dv.id);
    }
    body.insert(QStringLiteral("inputDir"), inputDir);
    QString algorithmPath;
    QString strategyId;
    for (const Algorithm &algorithm : catalog.algorithms) {
        if (algorithm.name != seed.algorithm)
            continue;
        const AlgorithmVersion &av = algorithm.versions.constFirst();
        algorithmPath = av.path;
        body.insert(QStringLiteral("algorithmId"), algorithm.id);
        body.insert(QStringLiteral("algorithmName"), algorithm.name);
        body.insert(QStringLiteral("algorithmVersion"), av.name);
        body.insert(QStringLiteral("algorithmVersionId"), av.id);
        for (const Strategy &s : av.strategies) {
            if (s.trainStrategy == seed.strategy)
                strategyId = s.id;
        }
    }
    body.insert(QStringLiteral("algorithmPath"), algorithmPath);
    body.insert(QStringLiteral("algorithmOriginType"), seed.algorithm.isEmpty() ? QStringLiteral("local") : QStringLiteral("aiAssets"));
    body.insert(QStringLiteral("fineTuneStrategyId"), strategyId);
    QString originModelDir;
    for (const Asset &model : catalog.models) {
        if (model.name != seed.model)
            continue;
        const AssetVersion &mv = model.versions.constFirst();
        originModelDir = mv.path;
        body.insert(QStringLiteral("modelId"), model.id);
        body.insert(QStringLiteral("modelName"), model.name);
        body.insert(QStringLiteral("modelVersion"), mv.name);
        body.insert(QStringLiteral("modelVersionId"), mv.id);
    }
    body.insert(QStringLiteral("originModelDir"), originModelDir);
    body.insert(QStringLiteral("modelOriginType"), seed.model.isEmpty() ? QString() : QStringLiteral("aiAssets"));

    Job job;
    job.id = seed.id;
    job.kind = seed.kind;
    job.name = seed.name;
    job.ownerUserId = owner->userId;
    job.tenantId = owner->tenantId;
    job.params = body;
    job.createWay = seed.createWay;
    job.isPretrain = seed.isPretrain;
    job.resourceGroupId = group->id;
    job.gpuModel = catalog.gpuModelOfGroup(*group);
    PodGroup pods;
    pods.nodeType = seed.nodeType;
    pods.numbers = seed.pods;
    pods.cpu = seed.cpu;
    pods.memoryGb = seed.memory;
    pods.gpuNum = seed.gpus;
    job.podGroups = {pods};
    job.image = version->path;
    job.imageName = image->name;
    job.outcome = seed.outcome;
    job.runSteps = seed.runSteps;
    return job;
}

QJsonArray hyperParams(std::initializer_list<std::pair<const char *, const char *>> params)
{
    QJsonArray list;
    for (const auto &[name, value] : params)
        list.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                {QStringLiteral("value"), QLatin1String(value)},
                                {QStringLiteral("description"), QString()},
                                {QStringLiteral("visiable"), QStringLiteral("true")}});
    return list;
}

} // namespace

void seedJobs(State &state, qint64 nowMs)
{
    const auto addTask = [&](TaskSeed seed, const QString &scenario = QString()) {
        Job job = taskJob(state, seed);
        job.createdMs = nowMs - seed.createdAgo;
        job.scenario = scenario;
        const QString folder =
            seed.kind == JobKind::Training || seed.createWay == QLatin1String("userDefined")
                ? QStringLiteral("Train_Operator")
                : seed.isPretrain == 0 ? QStringLiteral("Tuning")
                : seed.isPretrain <= 2 ? QStringLiteral("Full_Pretrain")
                : seed.isPretrain <= 4 ? QStringLiteral("RLHF")
                                       : QStringLiteral("DPO");
        job.outputDir = QStringLiteral("/output/%1/%2/model").arg(folder, seed.name);
        if (!scenario.isEmpty())
            job.params.insert(QStringLiteral("scenario"), scenario);
        History history;
        history.runStartedMs = job.createdMs + seed.startedAfter;
        if (seed.ranFor > 0) {
            history.endedMs = history.runStartedMs + seed.ranFor;
            history.endStatus = seed.endStatus;
        }
        state.board.seed(job, history, nowMs);
    };

    // ---- zhangwei (大模型实验室): traditional training ----
    TaskSeed seed;
    seed.kind = JobKind::Training;
    seed.id = QStringLiteral("1f6e0171037240d7b00e52aea1404aeb");
    seed.name = QStringLiteral("resnet50-imagenet");
    seed.owner = QStringLiteral("zhangwei");
    seed.group = QStringLiteral("a100-train");
    seed.imageName = QStringLiteral("pytorch");
    seed.imageVersion = QStringLiteral("2.1.2-cuda12.1-py310");
    seed.nodeType = QStringLiteral("Master");
    seed.gpus = 8;
    seed.cpu = 96;
    seed.memory = 960;
    seed.taskType = QStringLiteral("2");
    seed.createWay = QStringLiteral("custom");
    seed.dataset = QStringLiteral("single-wiki");
    seed.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=8 train.py --arch=resnet50 --epochs=90");
    seed.describe = QStringLiteral("ImageNet-1k 基线");
    seed.createdAgo = 3 * kDay;
    seed.startedAfter = 2 * kMinute;
    seed.ranFor = 6 * kHour + 12 * kMinute;
    seed.endStatus = status::Succeeded;
    seed.hyper = hyperParams({{"epochs", "90"}, {"lr", "0.1"}});
    addTask(seed);

    seed.id = QStringLiteral("2a7f1182148351e8c11f63bf2b515bfc");
    seed.name = QStringLiteral("bert-ner-中文实体识别");
    seed.type = QStringLiteral("TensorFlow");
    seed.imageName = QStringLiteral("tensorflow");
    seed.imageVersion = QStringLiteral("2.15.0-gpu");
    seed.nodeType = QStringLiteral("Node");
    seed.gpus = 2;
    seed.cpu = 16;
    seed.memory = 128;
    seed.taskType = QStringLiteral("1");
    seed.algorithm = QString();
    seed.command = QStringLiteral("python3 train.py --model=bert-base-chinese --epochs=5");
    seed.describe = QStringLiteral("人民日报语料命名实体识别");
    seed.createdAgo = 47 * kMinute;
    seed.startedAfter = 2 * kMinute;
    seed.ranFor = 0;
    seed.hyper = hyperParams({{"epochs", "5"}});
    addTask(seed);

    seed.id = QStringLiteral("3b8024a3259462f9d2207ccb3c626c0d");
    seed.name = QStringLiteral("yolov8-detect");
    seed.type = QStringLiteral("PyTorch");
    seed.imageName = QStringLiteral("pytorch");
    seed.imageVersion = QStringLiteral("2.3.0-cuda12.4-py311");
    seed.gpus = 1;
    seed.taskType = QStringLiteral("2");
    seed.command = QStringLiteral("python3 train.py --data=coco.yaml --imgsz=640");
    seed.describe = QString();
    seed.createdAgo = kDay + 3 * kHour;
    seed.startedAfter = kMinute;
    seed.ranFor = 4 * kMinute + 3000;
    seed.endStatus = status::Failed;
    addTask(seed);

    // ---- LLM fine-tuning ----
    TaskSeed tune;
    tune.kind = JobKind::FineTune;
    tune.id = QStringLiteral("f64f62a0473a45fe9bcce09a1ea2357f");
    tune.name = QStringLiteral("llama2-7b-sft");
    tune.owner = QStringLiteral("zhangwei");
    tune.group = QStringLiteral("a100-train");
    tune.imageName = QStringLiteral("ai-common");
    tune.imageVersion = QStringLiteral("v1.0.3");
    tune.algorithm = QStringLiteral("chatglm3-6b微调");
    tune.strategy = QStringLiteral("全参微调");
    tune.startupFile = QStringLiteral("finetune.pyc");
    tune.model = QStringLiteral("Llama-2-7b-chat-hf");
    tune.dataset = QStringLiteral("mini-alpaca");
    tune.gpus = 8;
    tune.cpu = 96;
    tune.memory = 960;
    tune.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=8 finetune.pyc --learning_rate=1e-4 --num_train_epochs=3 --finetune_type=full");
    tune.describe = QStringLiteral("客服对话指令微调");
    tune.createdAgo = 2 * kHour + 15 * kMinute;
    tune.startedAfter = 2 * kMinute;
    tune.hyper = hyperParams({{"learning_rate", "1e-4"}, {"num_train_epochs", "3"}});
    addTask(tune);

    tune.id = QStringLiteral("b2dad56c64df4108bbf4a935b95d8ba7");
    tune.name = QStringLiteral("chatglm3-6b-lora");
    tune.strategy = QStringLiteral("LoRA");
    tune.model = QStringLiteral("chatglm3-6b");
    tune.gpus = 1;
    tune.cpu = 16;
    tune.memory = 128;
    tune.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=1 finetune.pyc --lora_r=8 --learning_rate=1e-4 --finetune_type=lora");
    tune.describe = QString();
    tune.createdAgo = 2 * kDay;
    tune.ranFor = 1 * kHour + 41 * kMinute;
    tune.endStatus = status::Succeeded;
    addTask(tune);

    tune.id = QStringLiteral("19ba6e23f13043a49ce1fd644d12f7a9");
    tune.name = QStringLiteral("qwen1.5-7b-pretrain");
    tune.isPretrain = 1;
    tune.strategy = QStringLiteral("预训练");
    tune.startupFile = QStringLiteral("pretrain.pyc");
    tune.model = QStringLiteral("Qwen1.5-7B-Chat");
    tune.dataset = QStringLiteral("single-wiki");
    tune.group = QStringLiteral("h800-llm");
    tune.pods = 2;
    tune.gpus = 8;
    tune.cpu = 160;
    tune.memory = 1600;
    tune.command = QStringLiteral("torchrun --nnodes=2 --nproc-per-node=8 --rdzv-backend=c10d --rdzv-endpoint=${MASTER_ADDR}:${MASTER_PORT} pretrain.pyc --finetune_type=full");
    tune.createdAgo = 4 * kDay;
    tune.ranFor = 9 * kHour + 3 * kMinute;
    tune.endStatus = status::Terminated;
    addTask(tune);

    // ---- compute tasks ----
    TaskSeed task;
    task.kind = JobKind::ComputeTask;
    task.owner = QStringLiteral("zhangwei");
    task.imageName = QStringLiteral("cuda11_8_0-ubuntu20_04-py3_9_0-transformers4_38_2");
    task.imageVersion = QStringLiteral("toolkit1.0.3");
    task.algorithm = QStringLiteral("SFT算法");
    task.startupFile = QStringLiteral("sft.py");
    task.dataset = QStringLiteral("mini-alpaca");

    task.id = QStringLiteral("43b3a133453744d7b90f54719bce2358");
    task.name = QStringLiteral("deepseek-r1-distill-调优");
    task.group = QStringLiteral("h800-llm");
    task.model = QStringLiteral("DeepSeek-R1-Distill-Qwen-7B");
    task.pods = 2;
    task.gpus = 8;
    task.cpu = 160;
    task.memory = 1600;
    task.command = QStringLiteral("torchrun --nnodes=2 --nproc-per-node=8 --rdzv-backend=c10d --rdzv-endpoint=${MASTER_ADDR}:${MASTER_PORT} sft.py --lora_dropout=0.05");
    task.createdAgo = 5 * kHour;
    task.startedAfter = 3 * kMinute;
    task.hyper = hyperParams({{"lora_dropout", "0.05"}});
    addTask(task, QStringLiteral("算力任务（调优）"));

    task.id = QStringLiteral("4f9193df158549deb85fbc75696b6261");
    task.name = QStringLiteral("baichuan2-预训练");
    task.isPretrain = 1;
    task.model = QStringLiteral("Baichuan2-13B-Base");
    task.dataset = QStringLiteral("single-wiki");
    task.pods = 1;
    task.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=8 train.py");
    task.createdAgo = 6 * kDay;
    task.ranFor = 12 * kMinute + 44000;
    task.endStatus = status::Succeeded;
    task.hyper = QJsonArray();
    addTask(task, QStringLiteral("算力任务（预训练）"));

    task.id = QStringLiteral("074b9cfc89d54f09932605b7c4a7933e");
    task.name = QStringLiteral("ppo-rlhf-实验");
    task.isPretrain = 3;
    task.algorithm = QStringLiteral("大模型强化学习算法(PPO)");
    task.strategy = QStringLiteral("PPO");
    task.startupFile = QStringLiteral("ppo.py");
    task.model = QString();
    task.group = QStringLiteral("v100-legacy");
    task.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=8 ppo.py --ppo_epochs=4");
    task.createdAgo = 9 * kDay;
    task.ranFor = 2 * kHour + 7 * kMinute;
    task.endStatus = status::Failed;
    addTask(task, QStringLiteral("算力任务（强化学习）"));

    task.id = QStringLiteral("84f61eba1c4a4d7fbfd96c69a37c0c12");
    task.name = QStringLiteral("dpo-偏好对齐");
    task.isPretrain = 5;
    task.algorithm = QStringLiteral("SFT算法");
    task.strategy = QStringLiteral("train");
    task.startupFile = QStringLiteral("sft.py");
    task.model = QStringLiteral("Llama-2-7b-chat-hf");
    task.group = QStringLiteral("a100-train");
    task.gpus = 4;
    task.cpu = 48;
    task.memory = 480;
    task.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=4 sft.py --beta=0.1");
    task.createdAgo = 35 * kMinute;
    task.ranFor = 0;
    // Diverges a while after start-up: the failing job among the seeds.
    task.outcome = Outcome::Fail;
    task.runSteps = 20;
    addTask(task, QStringLiteral("算力任务（直接偏好）"));

    task.id = QStringLiteral("e75e0979bad244a58871e48197eea62d");
    task.name = QStringLiteral("sft-客服对话");
    task.isPretrain = 0;
    task.model = QStringLiteral("Qwen1.5-7B-Chat");
    task.outcome = Outcome::RunUntilStopped;
    task.runSteps = 0;
    task.createdAgo = 20 * kHour;
    task.ranFor = 3 * kHour + 20 * kMinute;
    task.endStatus = status::Failed;
    addTask(task, QStringLiteral("算力任务（调优）"));

    task.id = QStringLiteral("c2c3b0bd546e49f8bfd2303c1b3c2400");
    task.name = QStringLiteral("xgboost-风控模型训练");
    task.createWay = QStringLiteral("userDefined");
    task.isPretrain = 2;
    task.type = QStringLiteral("scikit-learn");
    task.taskType = QStringLiteral("1");
    task.imageName = QStringLiteral("pytorch");
    task.imageVersion = QStringLiteral("2.1.2-cuda12.1-py310");
    task.algorithm = QString();
    task.model = QString();
    task.dataset = QStringLiteral("credit-risk-2024");
    task.strategy = QString();
    task.startupFile = QStringLiteral("train.py");
    task.group = QStringLiteral("cpu-pool");
    task.gpus = 0;
    task.cpu = 10;
    task.memory = 12;
    task.command = QStringLiteral("python3 train.py");
    task.createdAgo = 3 * kDay + 5 * kHour;
    task.ranFor = 22 * kMinute + 7000;
    task.endStatus = status::Succeeded;
    addTask(task, QStringLiteral("算力任务（模型训练）"));

    // ---- wangfang (大模型实验室, no quota configured) ----
    tune = TaskSeed();
    tune.kind = JobKind::FineTune;
    tune.id = QStringLiteral("5c9135b4360573fae3318ddd4d737d1e");
    tune.name = QStringLiteral("internlm2-chat-微调");
    tune.owner = QStringLiteral("wangfang");
    tune.group = QStringLiteral("h800-llm");
    tune.imageName = QStringLiteral("ai-common");
    tune.imageVersion = QStringLiteral("v1.0.3");
    tune.algorithm = QStringLiteral("chatglm3-6b微调");
    tune.strategy = QStringLiteral("LoRA");
    tune.startupFile = QStringLiteral("finetune.pyc");
    tune.model = QStringLiteral("Qwen1.5-7B-Chat");
    tune.dataset = QStringLiteral("mini-alpaca");
    tune.gpus = 4;
    tune.cpu = 64;
    tune.memory = 800;
    tune.command = QStringLiteral("torchrun --nnodes=1 --nproc-per-node=4 finetune.pyc --finetune_type=lora");
    tune.createdAgo = 80 * kMinute;
    tune.startedAfter = kMinute;
    addTask(tune);

    // ---- liuyang (视觉算法中心) ----
    seed = TaskSeed();
    seed.kind = JobKind::Training;
    seed.id = QStringLiteral("6daa46c5471684ab04429eee5e848e2f");
    seed.name = QStringLiteral("mindspore-resnet-910b");
    seed.owner = QStringLiteral("liuyang");
    seed.group = QStringLiteral("ascend-910b");
    seed.imageName = QStringLiteral("mindspore-ascend");
    seed.imageVersion = QStringLiteral("2.3.0-cann8.0");
    seed.type = QStringLiteral("MPI");
    seed.taskType = QStringLiteral("2");
    seed.gpus = 8;
    seed.cpu = 96;
    seed.memory = 700;
    seed.command = QStringLiteral("bash run_distribute_train.sh");
    seed.startupFile = QStringLiteral("run_distribute_train.sh");
    seed.createdAgo = 3 * kHour;
    addTask(seed);

    task = TaskSeed();
    task.kind = JobKind::ComputeTask;
    task.id = QStringLiteral("7ebb57d6582795bc1553a00f6f959f30");
    task.name = QStringLiteral("yolov8-行人检测-训练");
    task.owner = QStringLiteral("liuyang");
    task.group = QStringLiteral("a100-train");
    task.imageName = QStringLiteral("cv-detectron2");
    task.imageVersion = QStringLiteral("v0.6");
    task.createWay = QStringLiteral("userDefined");
    task.isPretrain = 2;
    task.taskType = QStringLiteral("2");
    task.algorithm = QStringLiteral("yolov8-detection");
    task.dataset = QStringLiteral("coco2017");
    task.gpus = 2;
    task.cpu = 32;
    task.memory = 256;
    task.command = QStringLiteral("python3 train.py --epochs=100 --imgsz=640");
    task.createdAgo = 90 * kMinute;
    addTask(task, QStringLiteral("算力任务（模型训练）"));

    // ---- dev environments ----
    const auto notebookJob = [&](const QString &id, const QString &name, const QString &owner,
                                 const QString &groupName, const QString &imageName,
                                 const QString &imageVersion, int gpus, const QString &share,
                                 int cpu, int memory, bool ssh, qint64 createdAgo,
                                 int notebookStatus, qint64 endedAgo) {
        const User *user = state.accounts.userByName(owner);
        const ResourceGroup *group = nullptr;
        for (const ResourceGroup &candidate : state.catalog.groups) {
            if (candidate.name == groupName)
                group = &candidate;
        }
        const Asset *image = nullptr;
        const AssetVersion *version = nullptr;
        for (const Asset &candidate : state.catalog.images) {
            if (candidate.name != imageName)
                continue;
            image = &candidate;
            for (const AssetVersion &v : candidate.versions) {
                if (v.name == imageVersion)
                    version = &v;
            }
        }
        Q_ASSERT(user && group && image && version);
        QJsonObject gpu;
        if (share == QLatin1String("mig")) {
            gpu = {{QStringLiteral("migSlice"), QStringLiteral("1g.10gb")},
                   {QStringLiteral("migSliceCount"), gpus}};
        } else if (gpus > 0) {
            gpu = {{QStringLiteral("gpuLimit"), gpus}};
        }
        Job job;
        job.id = id;
        job.kind = JobKind::DevEnv;
        job.name = name;
        job.ownerUserId = user->userId;
        job.tenantId = user->tenantId;
        job.params = {{QStringLiteral("name"), name},
                      {QStringLiteral("imageId"), image->id},
                      {QStringLiteral("image"), version->path},
                      {QStringLiteral("imageType"), image->isPreset == 1 ? 1 : 2},
                      {QStringLiteral("resourceGroupId"), group->id},
                      {QStringLiteral("cpuLimit"), cpu},
                      {QStringLiteral("memoryLimit"), memory},
                      {QStringLiteral("gpuResource"), gpu},
                      {QStringLiteral("enableSsh"), ssh},
                      {QStringLiteral("sshAuthType"), 1},
                      {QStringLiteral("enableSharedMemory"), true},
                      {QStringLiteral("specId"), QJsonValue::Null}};
        if (ssh)
            job.sshPassword = QStringLiteral("Nb%1x7Q").arg(id.left(6));
        job.resourceGroupId = group->id;
        job.gpuModel = state.catalog.gpuModelOfGroup(*group);
        PodGroup pods;
        pods.cpu = cpu;
        pods.memoryGb = memory;
        pods.gpuNum = gpus;
        pods.gpuShare = gpus > 0 ? share : QStringLiteral("none");
        job.podGroups = {pods};
        job.image = version->path;
        job.imageName = image->name;
        job.brokenImage = version->pullFails;
        job.createdMs = nowMs - createdAgo;
        History history;
        history.notebookStatus = notebookStatus;
        history.runStartedMs = job.createdMs + 2 * kMinute;
        history.endedMs = nowMs - endedAgo;
        state.board.seed(job, history, nowMs);
    };
    notebookJob(QStringLiteral("19ba6e23f13043a49ce1fd644d12f7b0"), QStringLiteral("qwen-debug-notebook"),
                QStringLiteral("zhangwei"), QStringLiteral("a100-train"), QStringLiteral("jupyterlab"),
                QStringLiteral("4.1-cuda12.1"), 1, QStringLiteral("none"), 16, 128, true,
                3 * kHour, notebook::Running, 0);
    notebookJob(QStringLiteral("29cb7f34024154b5adf2e755e23e08c1"), QStringLiteral("数据清洗-开发环境"),
                QStringLiteral("zhangwei"), QStringLiteral("cpu-pool"), QStringLiteral("pytorch"),
                QStringLiteral("2.1.2-cuda12.1-py310"), 0, QStringLiteral("none"), 8, 32, false,
                2 * kDay, notebook::Stopped, 2 * kDay - 5 * kHour);
    notebookJob(QStringLiteral("39dc8045135265c6be03f866f34f19d2"), QStringLiteral("vllm-serving-test"),
                QStringLiteral("zhangwei"), QStringLiteral("a100-train"), QStringLiteral("zhangwei-vllm"),
                QStringLiteral("v0.5.0-rc1"), 1, QStringLiteral("none"), 16, 128, true,
                kDay, notebook::Failed, kDay - 3 * kMinute);
    notebookJob(QStringLiteral("49ed9156246376d7cf14a977045f2ae3"), QStringLiteral("wangfang-jupyter"),
                QStringLiteral("wangfang"), QStringLiteral("a100-mig"), QStringLiteral("jupyterlab"),
                QStringLiteral("4.1-cuda12.1"), 2, QStringLiteral("mig"), 4, 32, false,
                6 * kHour, notebook::Running, 0);
    notebookJob(QStringLiteral("59fea267357487e8d025ba88156a3bf4"), QStringLiteral("ascend-notebook"),
                QStringLiteral("liuyang"), QStringLiteral("ascend-910b"), QStringLiteral("mindspore-ascend"),
                QStringLiteral("2.3.0-cann8.0"), 1, QStringLiteral("none"), 24, 192, true,
                26 * kHour, notebook::Running, 0);

    // ---- the other custom-scenario tasks the compute-task list shows ----
    const User *zhangwei = state.accounts.userByName(QStringLiteral("zhangwei"));
    ScenarioTask service;
    service.taskId = QStringLiteral("8a7081cf94e7828d0194ee99231e0009");
    service.taskName = QStringLiteral("deepseek");
    service.ownerUserId = zhangwei->userId;
    service.tenantId = zhangwei->tenantId;
    service.taskType = QStringLiteral("在线服务");
    service.scenario = QStringLiteral("算力任务（在线服务）");
    service.taskStatusName = QStringLiteral("运行中");
    service.createdMs = nowMs - 30 * kHour;
    service.cpu = 20;
    service.memory = 20;
    service.gpu = 1;
    service.image = kRegistry + QStringLiteral("/ampha-public/vllm-openai:v0.6.3");
    service.metas = {
        {QStringLiteral("predictUrl"), QStringLiteral("/33D3D235-28AF-4DB9-A77E-658D70FE/v1/chat/completions")},
        {QStringLiteral("modifiedTime"), service.createdMs + 1000},
        {QStringLiteral("images"), service.image},
        {QStringLiteral("memory"), 20},
        {QStringLiteral("nickName"), zhangwei->nickName},
        {QStringLiteral("cpu"), 20},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("isRagInferenceServer"), false},
        {QStringLiteral("envsValue"), QString::number(service.createdMs + 989)},
        {QStringLiteral("userName"), zhangwei->userName},
        {QStringLiteral("gpu"), 1},
        {QStringLiteral("url"), QStringLiteral("model-%1.cloudos-ai-instance.example.com").arg(service.taskId)},
        {QStringLiteral("path"), QString()},
        {QStringLiteral("createTime"), service.createdMs},
        {QStringLiteral("scenario"), service.scenario},
        {QStringLiteral("name"), service.taskName},
        {QStringLiteral("createUser"), QString::number(zhangwei->userId)},
        {QStringLiteral("id"), service.taskId},
        {QStringLiteral("predictUrlInner"), QStringLiteral("--")},
        {QStringLiteral("modelServerVersionList"), QJsonArray()},
        {QStringLiteral("isLargeModel"), 1},
        {QStringLiteral("status"), 1},
    };
    service.versionId = QStringLiteral("357de512985c4b79b67a5723d4c6306a");
    service.version = {
        {QStringLiteral("memory"), 20},
        {QStringLiteral("replica"), 1},
        {QStringLiteral("modelId"), QStringLiteral("aa3bb5e95beab1c4276509c03852e8f6")},
        {QStringLiteral("modelVersionId"), QStringLiteral("3275ab72a0d577578636d3302e64b1d3")},
        {QStringLiteral("modelServerVersionId"), service.versionId},
        {QStringLiteral("modelInfo"), QStringLiteral("DeepSeek-R1-Distill-Qwen-7B/master")},
        {QStringLiteral("rate"), 100},
        {QStringLiteral("scenario"), service.scenario},
        {QStringLiteral("resourceGroupId"), QStringLiteral("3131612391d6e2130191d9aed54c0001")},
        {QStringLiteral("image"), service.image},
        {QStringLiteral("customImageFlag"), 12},
        {QStringLiteral("resourceGroupName"), QStringLiteral("a100-train")},
        {QStringLiteral("modelFloat"), QStringLiteral("float16")},
        {QStringLiteral("gpuResource"), QJsonObject{{QStringLiteral("gpuLimit"), 1}}},
        {QStringLiteral("cpu"), 20},
        {QStringLiteral("gpu"), 1},
        {QStringLiteral("gpuShare"), QStringLiteral("none")},
        {QStringLiteral("predictMinReplicas"), 1},
        {QStringLiteral("aiApplicationInfo"), QStringLiteral("DeepSeek-R1-Distill-Qwen-7B/master")},
        {QStringLiteral("framework"), 12},
        {QStringLiteral("status"), 1},
    };
    // The version's pod, as the compute-task pods are: what its event log prints.
    const QString servingPod = QStringLiteral("model-%1-0").arg(service.versionId.left(12));
    const auto servingEvent = [&service](qint64 atMs, const QString &reason, const QString &message) {
        service.events.append({wire::hexId(), atMs * 1000000 + qint64(service.events.size()) * 1000,
                               reason, message});
    };
    servingEvent(service.createdMs + 1000, QStringLiteral("Scheduled"),
                 QStringLiteral("Successfully assigned default/%1 to gpu-a100-01").arg(servingPod));
    servingEvent(service.createdMs + 1200, QStringLiteral("Pulling"),
                 QStringLiteral("Pulling image \"%1\"").arg(service.image));
    servingEvent(service.createdMs + 41000, QStringLiteral("Pulled"),
                 QStringLiteral("Successfully pulled image \"%1\" in 39.8s (39.8s including waiting)").arg(service.image));
    servingEvent(service.createdMs + 41500, QStringLiteral("Created"), QStringLiteral("Created container model-serving"));
    servingEvent(service.createdMs + 42000, QStringLiteral("Started"), QStringLiteral("Started container model-serving"));
    servingEvent(service.createdMs + 95000, QStringLiteral("Ready"), QStringLiteral("service start success"));
    state.scenarioTasks.append(service);

    ScenarioTask evaluation;
    evaluation.taskId = QStringLiteral("8c3463ab-ed2d-413c-b9bb-6c5ed492b49f");
    evaluation.taskName = QStringLiteral("qwen-eval-vfsmxuyb");
    evaluation.ownerUserId = zhangwei->userId;
    evaluation.tenantId = zhangwei->tenantId;
    evaluation.taskType = QStringLiteral("评估任务");
    evaluation.scenario = QStringLiteral("算力任务（评估任务）");
    evaluation.taskStatusName = QStringLiteral("成功");
    evaluation.createdMs = nowMs - 2 * kDay - 4 * kHour;
    evaluation.cpu = 10;
    evaluation.memory = 80;
    evaluation.gpu = 1;
    evaluation.image = kRegistry + QStringLiteral("/ampha-public/opencompass:0.3.1");
    evaluation.rowStatus = 2;
    evaluation.podId = QStringLiteral("8a70801594742d2e019474a2e3050003");
    evaluation.podName = QStringLiteral("eval-zhangwei-tnd-qwen-eval-vfsmxuv-master-0");
    evaluation.nodeIp = QStringLiteral("10.99.232.48");
    evaluation.metas = {{QStringLiteral("taskStatus"), QStringLiteral("Succeeded")},
                        {QStringLiteral("status"), 2},
                        {QStringLiteral("podName"), evaluation.podName},
                        {QStringLiteral("taskId"), evaluation.taskId},
                        {QStringLiteral("taskName"), evaluation.taskName},
                        {QStringLiteral("userName"), zhangwei->userName},
                        {QStringLiteral("nickName"), zhangwei->nickName},
                        {QStringLiteral("createTime"), evaluation.createdMs},
                        {QStringLiteral("scenario"), evaluation.scenario},
                        {QStringLiteral("nodeIp"), evaluation.nodeIp},
                        {QStringLiteral("podId"), evaluation.podId}};
    state.scenarioTasks.append(evaluation);
}

} // namespace suanli::sim::unis
