// UNIS mapping: who am I, quotas, every job kind to a Resource, status tables, pods and events,
// preset specs, strategies, the three paging styles, the time formats, the request bodies.
// Examples come from the seed where the document's own JSON parses.

#include "unisseed.h"

#include "core/timeparse.h"
#include "platforms/unis/unismapping.h"
#include "platforms/unis/unisprovider.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace suanli;
using namespace suanli::unis;
using suanli::unis::test::seedExample;

namespace {

Envelope envelopeOf(const QByteArray &body)
{
    const Result<Envelope> env = decodeEnvelope(200, body);
    EXPECT_TRUE(env) << (env ? std::string() : env.error().message.toStdString()) << "\n" << body.left(200).toStdString();
    return env ? env.value() : Envelope{};
}

Envelope seed(const char *anchor, int occurrence = 0)
{
    return envelopeOf(seedExample(QString::fromUtf8(anchor), occurrence));
}

QDateTime china(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), chinaTimeZone());
}

Mapping::RowContext rowContext()
{
    Mapping::RowContext c;
    c.accountId = QStringLiteral("acc-1");
    c.baseUrl = QUrl(QStringLiteral("https://10.99.232.237:14443"));
    c.currentUser = QStringLiteral("opuser");
    c.now = china(2025, 2, 19, 15, 0, 0);
    return c;
}

} // namespace

// ---- times --------------------------------------------------------------------------------------

TEST(UnisTime, MixedFormats)
{
    EXPECT_EQ(parseUnisTime(QJsonValue(QStringLiteral("2024-06-19 16:06:17"))), china(2024, 6, 19, 16, 6, 17));
    EXPECT_EQ(parseUnisTime(QJsonValue(QStringLiteral("2024-06-21T14:06:18.000+08:00"))), china(2024, 6, 21, 14, 6, 18));
    EXPECT_EQ(parseUnisTime(QJsonValue(QStringLiteral("2024-06-20T03:36:17.000+00:00"))), china(2024, 6, 20, 11, 36, 17));
    EXPECT_EQ(parseUnisTime(QJsonValue(1739169800000.0)), china(2025, 2, 10, 14, 43, 20));
    EXPECT_EQ(parseUnisTime(QJsonValue(QStringLiteral("1739169800000"))), china(2025, 2, 10, 14, 43, 20));
    // Pod events: nine fractional digits, no zone.
    EXPECT_EQ(parseUnisTime(QJsonValue(QStringLiteral("2024-12-30 16:51:08.282473060"))).toMSecsSinceEpoch(),
              china(2024, 12, 30, 16, 51, 8).toMSecsSinceEpoch() + 282);
    for (const char *none : {"无限制", "存储配额未开启-无限制", "--", ""})
        EXPECT_FALSE(parseUnisTime(QJsonValue(QString::fromUtf8(none))).isValid()) << none;
    EXPECT_FALSE(parseUnisTime(QJsonValue(QJsonValue::Null)).isValid());
}

TEST(UnisTime, RunTimes)
{
    EXPECT_EQ(parseRunTime(QStringLiteral("00:04:03")).value_or(-1), 243);
    EXPECT_EQ(parseRunTime(QStringLiteral("26:00:01")).value_or(-1), 93601);
    EXPECT_EQ(parseRunTime(QStringLiteral("55秒")).value_or(-1), 55);
    EXPECT_EQ(parseRunTime(QStringLiteral("1小时2分3秒")).value_or(-1), 3723);
    EXPECT_FALSE(parseRunTime(QStringLiteral("")).has_value());
    EXPECT_FALSE(parseRunTime(QStringLiteral("soon")).has_value());
}

// ---- who am I and quotas ------------------------------------------------------------------------

TEST(UnisMapping, UserInfoFromTheDocumentsExample)
{
    const Result<UserInfo> info = Mapping::userInfo(seed("traditionalScenario"));
    ASSERT_TRUE(info) << info.error().message.toStdString();
    EXPECT_EQ(info.value().userId, QStringLiteral("5"));
    EXPECT_EQ(info.value().userName, QStringLiteral("user"));
    EXPECT_EQ(info.value().tenantId, QStringLiteral("101")); // user.tenantId: dept.tenantId is null
    EXPECT_EQ(info.value().tenantName, QStringLiteral("test1"));
    EXPECT_EQ(info.value().groupId, QStringLiteral("101"));
    EXPECT_EQ(info.value().groupName, QStringLiteral("test"));
    EXPECT_EQ(info.value().linuxGroup, QStringLiteral("test1"));
    EXPECT_EQ(info.value().uid, 2002);
    EXPECT_EQ(info.value().role, Role::User);
    EXPECT_EQ(info.value().roleName, QStringLiteral("普通用户"));
    EXPECT_EQ(info.value().roleKeys, QStringList{QStringLiteral("sys_user")});
    EXPECT_FALSE(info.value().isAdmin());
    // The bcrypt hash never leaves the mapping.
    EXPECT_FALSE(QJsonDocument(info.value().raw).toJson().contains("$2a$10$"));
}

TEST(UnisMapping, Roles)
{
    EXPECT_EQ(Mapping::roleOf(4004), Role::SystemAdmin);
    EXPECT_EQ(Mapping::roleOf(4005), Role::TenantAdmin);
    EXPECT_EQ(Mapping::roleOf(4007), Role::User);
    EXPECT_EQ(Mapping::roleOf(1), Role::Unknown);
    const Envelope admin = envelopeOf(
        R"({"code":200,"msg":"ok","roles":["tenant_admin"],"user":{"userId":"3","userName":"amphatenant","roleId":"4005","tenantId":"200"}})");
    const Result<UserInfo> info = Mapping::userInfo(admin);
    ASSERT_TRUE(info);
    EXPECT_EQ(info.value().role, Role::TenantAdmin);
    EXPECT_TRUE(info.value().isAdmin());
    EXPECT_EQ(Mapping::roleLabel(Role::SystemAdmin), QStringLiteral("System administrator"));
    EXPECT_FALSE(Mapping::userInfo(envelopeOf(R"({"code":200,"msg":"ok"})")));
}

TEST(UnisMapping, RemainingResources)
{
    const Result<RemainingResources> r = Mapping::remainingResources(seed("\"remainCpu\""));
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().cpu.number.value_or(-1), 100);
    EXPECT_EQ(r.value().memory.number.value_or(-1), 110);
    EXPECT_EQ(r.value().gpu.number.value_or(-1), 10);
    EXPECT_EQ(r.value().vgpu.number.value_or(-1), 10);
    EXPECT_EQ(r.value().mig.number.value_or(-1), 10);
    EXPECT_EQ(r.value().jobs.number.value_or(-1), 1);
    EXPECT_EQ(r.value().periodStart, china(2023, 10, 23, 0, 0, 0));
    EXPECT_EQ(r.value().periodEnd, china(2023, 11, 30, 23, 59, 59));
    EXPECT_FALSE(r.value().configured);
}

TEST(UnisMapping, StorageQuotaNotEnabledAndEnabled)
{
    const Result<StorageQuota> off = Mapping::storageQuota(seed("\"inodeQuota\""));
    ASSERT_TRUE(off);
    EXPECT_FALSE(off.value().enabled);
    EXPECT_EQ(off.value().notEnabledText, QStringLiteral("存储配额未开启-无限制"));
    EXPECT_FALSE(off.value().blockQuota.isNumber());
    EXPECT_FALSE(off.value().periodEnd.isValid());
    EXPECT_EQ(off.value().periodText, QStringLiteral("无限制"));
    const Result<StorageQuota> on = Mapping::storageQuota(envelopeOf(
        R"({"success":true,"errorCode":200,"message":"查询成功","result":{"inodeQuota":"100000","inodeUsed":12,"inodeRemain":"99988",
            "blockQuota":"2048","blockUsed":"1229.5","blockRemain":818.5,"startTime":"2024-12-09 00:00:00","endTime":"2024-12-12 23:59:59","initConfig":true}})"));
    ASSERT_TRUE(on);
    EXPECT_TRUE(on.value().enabled);
    EXPECT_DOUBLE_EQ(on.value().blockUsed.number.value_or(-1), 1229.5);
    EXPECT_DOUBLE_EQ(on.value().blockRemain.number.value_or(-1), 818.5);
    EXPECT_EQ(on.value().inodeUsed.number.value_or(-1), 12);
    EXPECT_TRUE(on.value().configured);
    EXPECT_EQ(on.value().periodEnd, china(2024, 12, 12, 23, 59, 59));
}

// ---- jobs ----------------------------------------------------------------------------------------

TEST(UnisMapping, DevEnvironmentRow)
{
    const Result<PagedRows> rows = Mapping::pagedRows(seed("\"webPath\"", 1), PagingStyle::Notebook, 1, 50);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows.value().rows.size(), 1);
    EXPECT_EQ(rows.value().page.total, 1);
    const Resource r = Mapping::devEnvResource(rows.value().rows.first(), rowContext());
    EXPECT_EQ(r.kind, ResourceKind::DevEnv);
    EXPECT_EQ(r.platform, QStringLiteral("unis"));
    EXPECT_EQ(r.accountId, QStringLiteral("acc-1"));
    EXPECT_EQ(r.id, QStringLiteral("19ba6e23f13043a49ce1fd644d12f7a9"));
    EXPECT_EQ(r.name, QStringLiteral("exampleName"));
    EXPECT_EQ(r.status, ResourceStatus::Running);
    EXPECT_EQ(r.statusText, QStringLiteral("运行中"));
    EXPECT_EQ(r.gpuCount, 2);
    EXPECT_EQ(r.cpuCores, 4);
    EXPECT_EQ(r.memoryGb, 16);
    EXPECT_EQ(r.creator, QStringLiteral("opuser"));
    // webPath on the account's host, its spelling kept.
    EXPECT_EQ(r.webUrl, QStringLiteral("https://10.99.232.237:14443/devolopenv/notebook/xxxxx/web"));
    EXPECT_EQ(r.remote.host, QStringLiteral("123.123.123.123"));
    EXPECT_EQ(r.remote.port, 22);
    EXPECT_EQ(r.remote.user, QStringLiteral("root"));
    EXPECT_EQ(r.remote.password, QStringLiteral("examplePassword"));
    EXPECT_FALSE(r.raw.contains(QStringLiteral("sshPassword")));
}

TEST(UnisMapping, NotebookStatusTable)
{
    const std::pair<int, ResourceStatus> table[] = {
        {1, ResourceStatus::Stopped},  {2, ResourceStatus::Stopping}, {3, ResourceStatus::Running},
        {4, ResourceStatus::Starting}, {5, ResourceStatus::Stopping}, {6, ResourceStatus::Stopping},
        {7, ResourceStatus::Failed},   {8, ResourceStatus::Creating}, {0, ResourceStatus::Unknown},
        {9, ResourceStatus::Unknown}};
    for (const auto &[code, status] : table)
        EXPECT_EQ(Mapping::notebookStatus(code), status) << code;
    EXPECT_EQ(Mapping::notebookStatusText(5), QStringLiteral("删除中"));
    // No web IDE unless running; a failure carries its reason.
    const Resource failed = Mapping::devEnvResource(
        QJsonDocument::fromJson(R"({"id":"n1","name":"x","status":7,"webPath":"/devolopenv/notebook/n1/web","errorReason":"镜像拉取失败"})").object(),
        rowContext());
    EXPECT_EQ(failed.status, ResourceStatus::Failed);
    EXPECT_TRUE(failed.webUrl.isEmpty());
    EXPECT_EQ(failed.statusText, QStringLiteral("失败: 镜像拉取失败"));
}

TEST(UnisMapping, JobStatusTable)
{
    const std::pair<const char *, ResourceStatus> table[] = {
        {"Pending", ResourceStatus::Pending},     {"Queuing", ResourceStatus::Pending},
        {"Creating", ResourceStatus::Creating},   {"Running", ResourceStatus::Running},
        {"Restarting", ResourceStatus::Starting}, {"Terminating", ResourceStatus::Stopping},
        {"Terminated", ResourceStatus::Stopped},  {"Stopped", ResourceStatus::Stopped},
        {"Succeeded", ResourceStatus::Succeeded}, {"Completed", ResourceStatus::Succeeded},
        {"Failed", ResourceStatus::Failed},       {"运行中", ResourceStatus::Running},
        {"成功", ResourceStatus::Succeeded},        {"失败", ResourceStatus::Failed},
        {"排队中", ResourceStatus::Pending},        {"已停止", ResourceStatus::Stopped},
        {"停止中", ResourceStatus::Stopping},       {"whatever", ResourceStatus::Unknown},
        {"", ResourceStatus::Unknown}};
    for (const auto &[text, status] : table)
        EXPECT_EQ(Mapping::jobStatus(QString::fromUtf8(text)), status) << text;
    // The compute-task filter values are the display names, and each maps back to its status.
    for (ResourceStatus s : Mapping::computeStatusFilters()) {
        const QString filter = Mapping::computeStatusFilter(s);
        EXPECT_FALSE(filter.isEmpty());
        EXPECT_EQ(Mapping::jobStatus(filter), s) << filter.toStdString();
    }
    EXPECT_EQ(Mapping::computeStatusFilter(ResourceStatus::Running), QStringLiteral("运行中"));
    EXPECT_EQ(Mapping::computeStatusFilter(ResourceStatus::Succeeded), QStringLiteral("成功"));
    EXPECT_TRUE(Mapping::computeStatusFilter(ResourceStatus::Unknown).isEmpty());
    EXPECT_EQ(Mapping::podStatus(2), ResourceStatus::Succeeded);
    EXPECT_EQ(Mapping::podStatus(3), ResourceStatus::Failed);
    EXPECT_EQ(Mapping::podStatus(42), ResourceStatus::Unknown);
}

TEST(UnisMapping, TrainingRow)
{
    const Result<PagedRows> rows = Mapping::pagedRows(seed("\"name\": \"test2\""), PagingStyle::Kernel, 1, 10);
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows.value().page.page, 1);
    EXPECT_EQ(rows.value().page.totalPages, 1);
    ASSERT_EQ(rows.value().rows.size(), 1);
    const Resource r = Mapping::trainingResource(rows.value().rows.first(), rowContext());
    EXPECT_EQ(r.kind, ResourceKind::Training);
    EXPECT_EQ(r.id, QStringLiteral("1f6e0171037240d7b00e52aea1404aeb"));
    EXPECT_EQ(r.name, QStringLiteral("test2"));
    EXPECT_EQ(r.status, ResourceStatus::Failed);
    EXPECT_EQ(r.statusText, QStringLiteral("Failed"));
    EXPECT_EQ(r.region, QStringLiteral("test")); // zoneName from the stringified partitions
    EXPECT_EQ(r.createdAt, china(2024, 1, 18, 15, 7, 42));
    // An ended job: its run time (00:04:03) from creation.
    EXPECT_EQ(r.startedAt, r.createdAt);
    EXPECT_EQ(r.startedAt.secsTo(r.finishedAt), 243);
    EXPECT_EQ(r.creator, QStringLiteral("opuser"));
}

TEST(UnisMapping, FineTuneRowAndRunningRunTime)
{
    const Result<PagedRows> rows = Mapping::pagedRows(seed("\"taskName\": \"test4\""), PagingStyle::Kernel, 1, 10);
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows.value().page.total, 3);
    QJsonObject row;
    for (const QJsonObject &o : rows.value().rows) {
        if (o.value(QStringLiteral("taskName")).toString() == u"test4")
            row = o;
    }
    ASSERT_FALSE(row.isEmpty());
    const Resource r = Mapping::fineTuneResource(row, rowContext());
    EXPECT_EQ(r.kind, ResourceKind::FineTune);
    EXPECT_EQ(r.name, QStringLiteral("test4"));
    EXPECT_EQ(r.status, ResourceStatus::Failed);
    EXPECT_TRUE(r.region.isEmpty()); // zoneName "" in the partitions
    QJsonObject running = row;
    running.insert(QStringLiteral("status"), QStringLiteral("Running"));
    const Resource live = Mapping::fineTuneResource(running, rowContext());
    EXPECT_EQ(live.startedAt, rowContext().now.addSecs(-(6 * 60 + 19)));
    EXPECT_FALSE(live.finishedAt.isValid());
}

TEST(UnisMapping, ComputeTaskRows)
{
    const QJsonObject fineTune = QJsonDocument::fromJson(R"({"taskId":"43b3a133453744d7b90f54719bce2358","taskName":"test-6",
        "createTime":1739174092000,"cpu":1,"memory":1,"gpuResource":{"gpuLimit":2},"type":6,"scenario":"算力任务（调优）",
        "imageName":"ampha-x","taskStatusName":"运行中","resourceType":"大模型","runTime":"00:00:20",
        "metas":{"createWay":"custom","userName":"sbb"}})").object();
    const Resource r = Mapping::computeResource(fineTune, rowContext());
    EXPECT_EQ(r.kind, ResourceKind::ComputeTask);
    EXPECT_EQ(r.id, QStringLiteral("43b3a133453744d7b90f54719bce2358"));
    EXPECT_EQ(r.status, ResourceStatus::Running);
    EXPECT_EQ(r.statusText, QStringLiteral("运行中"));
    EXPECT_EQ(r.gpuCount, 2);
    EXPECT_EQ(r.creator, QStringLiteral("sbb"));
    EXPECT_EQ(r.createdAt, china(2025, 2, 10, 15, 54, 52));
    EXPECT_EQ(Mapping::computeKindOf(r), ComputeKind::FineTune);
    EXPECT_EQ(Mapping::createWayOf(r), QStringLiteral("custom"));
    // Model training: createWay from the scenario when the row does not say.
    QJsonObject training = fineTune;
    training.insert(QStringLiteral("scenario"), QStringLiteral("算力任务（模型训练）"));
    training.remove(QStringLiteral("metas"));
    const Resource t = Mapping::computeResource(training, rowContext());
    EXPECT_EQ(Mapping::computeKindOf(t), ComputeKind::ModelTraining);
    EXPECT_EQ(Mapping::createWayOf(t), QStringLiteral("userDefined"));
    // The shared list's online services and evaluations keep their own kinds.
    const QJsonObject service = QJsonDocument::fromJson(R"({"taskId":"8a7081cf94e7828d0194ee99231e0009","taskName":"deepseek",
        "createTime":1739169800000,"cpu":20,"memory":20,"gpuResource":{"gpuLimit":1},"type":6,"scenario":"算力任务（在线服务）",
        "taskType":"在线服务","taskStatusName":"运行中","metas":{"status":1,"userName":"sbb"}})").object();
    EXPECT_EQ(Mapping::computeResource(service, rowContext()).kind, ResourceKind::OnlineService);
    const QJsonObject evaluation = QJsonDocument::fromJson(R"({"taskId":"8c3463ab-ed2d-413c-b9bb-6c5ed492b49f","taskName":"e",
        "scenario":"算力任务（评估任务）","taskType":"评估任务","taskStatusName":"","status":2,"metas":{"taskStatus":"Succeeded"}})").object();
    const Resource e = Mapping::computeResource(evaluation, rowContext());
    EXPECT_EQ(e.kind, ResourceKind::Evaluation);
    EXPECT_EQ(e.status, ResourceStatus::Succeeded);
}

TEST(UnisMapping, ScenariosAndKinds)
{
    for (ComputeKind k : {ComputeKind::FineTune, ComputeKind::PreTrain, ComputeKind::ReinforcementLearning, ComputeKind::Dpo,
                          ComputeKind::ModelTraining}) {
        EXPECT_EQ(Mapping::computeKindOf(Mapping::scenarioLabel(k)), k);
        EXPECT_EQ(Mapping::computeKindFromKey(Mapping::computeKindKey(k)), k);
        EXPECT_FALSE(Mapping::computeKindLabel(k).isEmpty());
    }
    EXPECT_EQ(Mapping::scenarioLabel(ComputeKind::Dpo), QStringLiteral("算力任务（直接偏好）"));
    // ASCII parentheses tolerated.
    EXPECT_EQ(Mapping::computeKindOf(QStringLiteral("算力任务(强化学习)")), ComputeKind::ReinforcementLearning);
    EXPECT_FALSE(Mapping::computeKindOf(QStringLiteral("算力任务（在线服务）")).has_value());
}

TEST(UnisMapping, DetailAndPods)
{
    const QJsonObject detail = QJsonDocument::fromJson(R"({"taskName":"2222","status":"Terminated",
        "partitions":"{\"zoneId\":\"3131ac028d1c52f6018d1fde4b260046\",\"zoneName\":\"t1\",\"resourceGroupKey\":\"resourceGroupMhThyhSQa0Pc7CIG\"}",
        "runTime":"00:00:04","createTime":"2024-01-26 17:40:11","outputDir":"/output/Full_Pretrain/2222/model",
        "resources":[{"taskId":"19ba6e23f13043a49ce1fd644d12f7a9","nodeType":"Node","numbers":3,
        "gpuResource":"{\"gpuNum\":1,\"gpuShare\":\"none\",\"gpuResourceType\":\"A800-PCIE-80GB\"}","cpuNumber":1,"memory":1}],"isPretrain":2})").object();
    Resource row;
    row.kind = ResourceKind::FineTune;
    row.id = QStringLiteral("19ba6e23f13043a49ce1fd644d12f7a9");
    row.status = ResourceStatus::Running;
    const Resource r = Mapping::withDetail(row, detail);
    EXPECT_EQ(r.status, ResourceStatus::Stopped);
    EXPECT_EQ(r.gpuCount, 3);
    EXPECT_EQ(r.gpuModel, QStringLiteral("A800-PCIE-80GB"));
    EXPECT_EQ(r.cpuCores, 3);
    EXPECT_EQ(r.region, QStringLiteral("t1"));
    EXPECT_EQ(r.raw.value(QStringLiteral("detail")).toObject().value(QStringLiteral("outputDir")).toString(),
              QStringLiteral("/output/Full_Pretrain/2222/model"));

    const Result<QList<Pod>> pods = Mapping::pods(seed("04281f5e-7fba-4684-bdcd-891bfa4b5d38"));
    ASSERT_TRUE(pods) << pods.error().message.toStdString();
    ASSERT_EQ(pods.value().size(), 1);
    const Pod &p = pods.value().first();
    EXPECT_EQ(p.id, QStringLiteral("1fa7ef8a394d4f1ab3c21dd92c31fe8e"));
    EXPECT_EQ(p.name, QStringLiteral("llm-mx03ptitestsw4k6eyqk-worker-0"));
    EXPECT_EQ(p.podUid, QStringLiteral("04281f5e-7fba-4684-bdcd-891bfa4b5d38"));
    EXPECT_EQ(p.ip, QStringLiteral("10.99.232.178"));
    EXPECT_EQ(p.status, 2);
    EXPECT_EQ(p.type, QStringLiteral("worker"));
    EXPECT_EQ(p.startedAt, china(2024, 12, 30, 16, 51, 8));
    EXPECT_EQ(p.finishedAt, china(2024, 12, 30, 17, 3, 52));
    EXPECT_EQ(p.serverNow, china(2025, 1, 6, 13, 55, 26));
    // The pods' times replace what the list implied.
    Resource ended = row;
    ended.status = ResourceStatus::Succeeded;
    const Resource timed = Mapping::withPods(ended, pods.value());
    EXPECT_EQ(timed.startedAt, p.startedAt);
    EXPECT_EQ(timed.finishedAt, p.finishedAt);
    // A pod with a reason (the other example).
    const Result<QList<Pod>> failedPods = Mapping::pods(seed("llm-sbbjmvebtest6t-worker-0"));
    ASSERT_TRUE(failedPods);
    EXPECT_EQ(failedPods.value().first().reason, QStringLiteral("Error"));
    EXPECT_EQ(Mapping::podStatus(failedPods.value().first().status), ResourceStatus::Failed);
}

// The training and fine-tune lists carry no nodes, the compute list no run time: the details
// (#49 queryTaskInfo, #56 queryLlmFineTuneTaskDetail, #36 / #37 for compute tasks) complete the rows.
TEST(UnisMapping, TrainingRowCompletedFromTheDocumentsDetail)
{
    const Result<PagedRows> rows = Mapping::pagedRows(seed("\"name\": \"test2\""), PagingStyle::Kernel, 1, 10);
    ASSERT_TRUE(rows);
    const Resource listed = Mapping::trainingResource(rows.value().rows.first(), rowContext());
    EXPECT_EQ(listed.cpuCores, 0);
    EXPECT_EQ(listed.memoryGb, 0);
    const Envelope detail = seed("\"describe\": \"ddd\"");
    ASSERT_TRUE(detail.data.isObject());
    const Resource r = Mapping::withRowDetail(listed, detail.data.toObject(), rowContext().now);
    EXPECT_EQ(r.cpuCores, 4);
    EXPECT_EQ(r.memoryGb, 16);
    EXPECT_EQ(r.gpuCount, 0); // {"gpuNum":0,"gpuShare":"none"}: a CPU job
    EXPECT_TRUE(r.gpuModel.isEmpty());
    EXPECT_EQ(r.region, QStringLiteral("test")); // the detail's singular `partition`
    // The list's own status and run time stay.
    EXPECT_EQ(r.status, ResourceStatus::Failed);
    EXPECT_EQ(r.startedAt, listed.startedAt);
    EXPECT_EQ(r.finishedAt, listed.finishedAt);
    EXPECT_EQ(r.raw.value(QStringLiteral("detail")).toObject().value(QStringLiteral("startupFile")).toString(),
              QStringLiteral("train.pyc"));
}

TEST(UnisMapping, FineTuneRowCompletedFromTheDocumentsDetail)
{
    const Result<PagedRows> rows = Mapping::pagedRows(seed("\"taskName\": \"test4\""), PagingStyle::Kernel, 1, 10);
    ASSERT_TRUE(rows);
    const Resource listed = Mapping::fineTuneResource(rows.value().rows.first(), rowContext());
    const Envelope detail = seed("\"taskName\": \"2222\"");
    ASSERT_TRUE(detail.data.isObject());
    const Resource r = Mapping::withRowDetail(listed, detail.data.toObject(), rowContext().now);
    // Three nodes of one GPU, one CPU and 1 GB each.
    EXPECT_EQ(r.gpuCount, 3);
    EXPECT_EQ(r.cpuCores, 3);
    EXPECT_EQ(r.memoryGb, 3);
    EXPECT_EQ(r.region, QStringLiteral("t1"));
    EXPECT_EQ(r.status, listed.status); // not the detail's "Terminated"
    EXPECT_EQ(r.name, listed.name);
    // A GPU model, when the node's gpuResource names one (as the create call sends it).
    QJsonObject withModel = detail.data.toObject();
    QJsonArray nodes = withModel.value(QStringLiteral("resources")).toArray();
    QJsonObject node = nodes.first().toObject();
    node.insert(QStringLiteral("gpuResource"), QStringLiteral(R"({"gpuNum":2,"gpuShare":"none","gpuResourceType":"A100-SXM4-80GB"})"));
    nodes.replace(0, node);
    withModel.insert(QStringLiteral("resources"), nodes);
    const Resource m = Mapping::withRowDetail(listed, withModel, rowContext().now);
    EXPECT_EQ(m.gpuModel, QStringLiteral("A100-SXM4-80GB"));
    EXPECT_EQ(m.gpuCount, 6);
}

TEST(UnisMapping, ComputeTaskRunTimeFromItsDetail)
{
    // A running fine-tune compute task as the list gives it: resources, no run time.
    const QJsonObject row = QJsonDocument::fromJson(R"({"taskId":"43b3a133453744d7b90f54719bce2358","taskName":"test-6",
        "createTime":1739174092000,"cpu":1,"memory":1,"gpuResource":{"gpuLimit":0},"type":6,"scenario":"算力任务（调优）",
        "taskStatusName":"运行中","resourceType":"大模型","metas":{"createWay":"custom","userName":"sbb"}})").object();
    const Resource listed = Mapping::computeResource(row, rowContext());
    EXPECT_FALSE(listed.startedAt.isValid());
    // #36's example (without the cut-off "image" that makes the document's copy invalid JSON).
    const QJsonObject detail = QJsonDocument::fromJson(R"({"taskName":"test-6","status":"Failed","llmTrainFramework":"PyTorch",
        "partitions":"{\"zoneId\":\"00000000948d52c7019490f9dac50000\",\"zoneName\":\"lqzziyuan\",\"resourceGroupKey\":\"resourceGroup09XlplVtcGkkExJC\"}",
        "runTime":"00:00:20","scenario":"算力任务（调优）","createTime":"2025-02-10 15:54:52","outputDir":"/output/Tuning/test-6/model",
        "description":"","createWay":"custom","dataSetName":"test","rdma":"false","mountpoint":"/ampha/tenant/testgroup",
        "resources":[{"taskId":"43b3a133453744d7b90f54719bce2358","nodeType":"Node","numbers":1,"gpuResource":"{\"gpuNum\":0,\"gpuShare\":\"none\"}","cpuNumber":1,"memory":1}],
        "isPretrain":0,"retryTimes":0,"startupFile":"sft.py"})").object();
    ASSERT_FALSE(detail.isEmpty());
    // Read at 15:10:00 while running: it started 20 s before, and its run time ticks from there.
    const QDateTime readAt = china(2025, 2, 10, 15, 10, 0);
    const Resource running = Mapping::withRowDetail(listed, detail, readAt);
    EXPECT_EQ(running.status, ResourceStatus::Running); // the list's status, not the detail's
    EXPECT_EQ(running.startedAt, readAt.addSecs(-20));
    EXPECT_FALSE(running.finishedAt.isValid());
    EXPECT_EQ(running.region, QStringLiteral("lqzziyuan"));
    EXPECT_EQ(running.cpuCores, 1);
    EXPECT_EQ(running.memoryGb, 1);
    // Ended: placed at its creation, 20 s long.
    QJsonObject failedRow = row;
    failedRow.insert(QStringLiteral("taskStatusName"), QStringLiteral("失败"));
    const Resource failed = Mapping::withRowDetail(Mapping::computeResource(failedRow, rowContext()), detail, readAt);
    EXPECT_EQ(failed.status, ResourceStatus::Failed);
    EXPECT_EQ(failed.startedAt, failed.createdAt);
    EXPECT_EQ(failed.startedAt.secsTo(failed.finishedAt), 20);
    // A detail of an earlier status (no read time) adds the nodes, not its run time.
    const Resource outdated = Mapping::withRowDetail(listed, detail, QDateTime());
    EXPECT_FALSE(outdated.startedAt.isValid());
    EXPECT_EQ(outdated.region, QStringLiteral("lqzziyuan"));
    // #37 (model training): `partition` singular, `resources` with a spec.
    const QJsonObject training = QJsonDocument::fromJson(R"({"name":"test9999","status":"Succeeded","type":"PyTorch",
        "partition":"{\"resourceGroupKey\":\"resourceGroup4N1qYBpreNwnMAjL\",\"zoneId\":\"000000009468a369019472d502110000\",\"zoneName\":\"\"}",
        "runTime":"00:22:07","scenario":"算力任务（模型训练）","createTime":"2025-01-21 14:01:27","outputDir":"/output/Train_Operator/test9999/model",
        "createWay":"userDefined","resources":[{"taskId":"c2c3b0bd546e49f8bfd2303c1b3c2400","nodeType":"Node","numbers":1,
        "gpuResource":"{\"gpuNum\":1,\"gpuShare\":\"none\"}","cpuNumber":10,"memory":12,"specId":"","specType":"CPU"}],
        "isPretrain":2,"taskType":"1","mountpoint":"/ampha/tenant/testgroup"})").object();
    ASSERT_FALSE(training.isEmpty());
    QJsonObject trainingRow = row;
    trainingRow.insert(QStringLiteral("scenario"), QStringLiteral("算力任务（模型训练）"));
    trainingRow.insert(QStringLiteral("taskStatusName"), QStringLiteral("成功"));
    trainingRow.insert(QStringLiteral("createTime"), QStringLiteral("2025-01-21 14:01:27"));
    const Resource done = Mapping::withRowDetail(Mapping::computeResource(trainingRow, rowContext()), training, readAt);
    EXPECT_EQ(done.gpuCount, 1);
    EXPECT_EQ(done.cpuCores, 10);
    EXPECT_EQ(done.memoryGb, 12);
    EXPECT_EQ(done.startedAt.secsTo(done.finishedAt), 22 * 60 + 7);
    EXPECT_EQ(done.region, QStringLiteral("000000009468a369019472d502110000")); // no zoneName: the zone's id
}

TEST(UnisMapping, PodEvents)
{
    const Result<QList<PodEvent>> events = Mapping::podEvents(envelopeOf(
        R"({"success":true,"returnCode":200,"message":"success","data":[
           {"id":"b","createTime":"2024-12-30 16:51:10.100000000","message":"Pulling image \"ampha-x\"","podUid":"u"},
           {"id":"a","createTime":"2024-12-30 16:51:08.282473060","message":"Successfully assigned default/p to ironic42","podUid":"u"}]})"));
    ASSERT_TRUE(events);
    ASSERT_EQ(events.value().size(), 2);
    EXPECT_EQ(events.value().first().id, QStringLiteral("a")); // oldest first
    EXPECT_EQ(events.value().first().message, QStringLiteral("Successfully assigned default/p to ironic42"));
    EXPECT_TRUE(events.value().first().time.isValid());
    EXPECT_TRUE(Mapping::podEvents(envelopeOf(R"({"success":true,"returnCode":200,"data":null})")).value().isEmpty());
    EXPECT_FALSE(Mapping::podEvents(envelopeOf(R"({"success":true,"returnCode":200,"data":[1,2]})")));
}

// ---- preset specs, groups, assets, strategies ----------------------------------------------------

TEST(UnisMapping, PresetSpecFlow)
{
    const Result<QStringList> models = Mapping::gpuModels(seed("Nvidia/Tesla-V100-PCIE-16GB"));
    ASSERT_TRUE(models);
    EXPECT_EQ(models.value(), (QStringList{QStringLiteral("Nvidia/Tesla-V100-PCIE-16GB"), QStringLiteral("Nvidia/A100-PCIE-80GB")}));
    const Result<SpecList> specs = Mapping::specList(envelopeOf(R"({"code":200,"success":true,"message":"success","data":{
        "cpuSpecList":[{"id":61,"specId":"894f9bf7c8784294b361595cfb2e0267","specType":"CPU","specName":"CPU：1核 1GB","specNickname":"cpu1核1G",
          "gpuShare":"none","cpuCoresNumber":1,"memorySize":1,"gpuModel":null,"numberOfGpus":0,"migType":null,"gpuMemory":null,"computility":null,"nodeType":null}],
        "gpuSpecList":[{"id":120,"specId":"618442ca8ae545f68902b9007a93b0dd","specType":"GPU","specName":"GPU：Nvidia/A100-PCIE-80GB 13*1g.10gb | CPU：1核 1GB",
          "specNickname":"mig","gpuShare":"mig","cpuCoresNumber":1,"memorySize":1,"gpuModel":null,"numberOfGpus":13,"migType":"1g.10gb"},
          {"id":121,"specId":"s-whole","specType":"GPU","specName":"GPU：3*Nvidia/A100-PCIE-80GB | CPU：5核 8GB","specNickname":"",
          "gpuShare":"none","cpuCoresNumber":5,"memorySize":8,"gpuModel":null,"numberOfGpus":3},
          {"id":122,"specId":"s-vgpu","specType":"GPU","specName":"GPU：1*Nvidia/Tesla-V100-PCIE-16GB 显存：32302MB  算力：10% | CPU：1核 1GB",
          "gpuShare":"vgpu","cpuCoresNumber":1,"memorySize":1,"numberOfGpus":1,"gpuMemory":32302,"computility":10}]}})"));
    ASSERT_TRUE(specs) << specs.error().message.toStdString();
    ASSERT_EQ(specs.value().cpu.size(), 1);
    ASSERT_EQ(specs.value().gpu.size(), 3);
    EXPECT_EQ(specs.value().cpu.first().label(), QStringLiteral("cpu1核1G"));
    const PresetSpec &mig = specs.value().gpu.at(0);
    EXPECT_EQ(mig.gpuModel, QStringLiteral("Nvidia/A100-PCIE-80GB")); // read from the name: gpuModel is null
    EXPECT_EQ(mig.notebookGpu().migSlice, QStringLiteral("1g.10gb"));
    EXPECT_EQ(mig.notebookGpu().migSliceCount, 13);
    const PresetSpec &whole = specs.value().gpu.at(1);
    EXPECT_EQ(whole.gpuModel, QStringLiteral("Nvidia/A100-PCIE-80GB"));
    EXPECT_EQ(whole.notebookGpu().gpuLimit, 3);
    EXPECT_EQ(whole.label(), whole.name);
    const NotebookGpu vgpu = specs.value().gpu.at(2).notebookGpu();
    EXPECT_EQ(vgpu.vGpu, 1);
    EXPECT_EQ(vgpu.vGpuMemMb, 32302);
    EXPECT_EQ(vgpu.vGpuCores, 10);
    EXPECT_EQ(specs.value().gpu.at(2).gpuModel, QStringLiteral("Nvidia/Tesla-V100-PCIE-16GB"));

    const Result<SpecPlacement> placement = Mapping::specPlacement(seed("\"resourceGroupKey\": \"resourceGroupOOcTMKK7942urtxy\"", 1));
    ASSERT_TRUE(placement) << placement.error().message.toStdString();
    EXPECT_EQ(placement.value().resourceGroupId, QStringLiteral("3131612391d6e2130191d9aed54c0000"));
    EXPECT_EQ(placement.value().resourceGroupKey, QStringLiteral("resourceGroupOOcTMKK7942urtxy"));
    EXPECT_EQ(placement.value().gpuShare, QStringLiteral("mig"));
}

TEST(UnisMapping, ResourceGroups)
{
    const Result<QList<ResourceGroup>> groups = Mapping::resourceGroups(seed("\"gpuProduct\""));
    ASSERT_TRUE(groups) << groups.error().message.toStdString();
    ASSERT_FALSE(groups.value().isEmpty());
    const ResourceGroup &g = groups.value().first();
    EXPECT_EQ(g.id, QStringLiteral("3131612391d6e2130191d9aed54c0000"));
    EXPECT_EQ(g.name, QStringLiteral("test1"));
    EXPECT_EQ(g.gpuShare, QStringLiteral("mig"));
    EXPECT_TRUE(g.gpuModels.contains(QStringLiteral("A800-PCIE-80GB")));
    EXPECT_EQ(g.gpuTotal, 10);
    EXPECT_EQ(g.gpuFree, 8);
}

TEST(UnisMapping, AssetsAndStrategies)
{
    qint64 total = 0;
    const Result<QList<Asset>> algos = Mapping::assets(envelopeOf(R"J({"code":200,"success":true,"message":"success","data":{"total":2,"items":[
        {"id":"d34fc207fa6f1d1333397db7654711b0","versionId":"*","name":"大模型强化学习算法(PPO)","author":"zfhzuhu","taskTags":["文本生成","PPO","算法"],
         "versions":[{"id":"2fbc8b2422b173bd969d2381e3d79cc1","name":"v2.0.1","path":"/private/datahub/zfhzuhu/d34f/2fbc/","relationStatus":1}],
         "storageMedium":1201,"storageMediumString":"文件系统","sourceType":1101,"isPreset":1,"relationStatus":1}]}})J"), &total);
    ASSERT_TRUE(algos);
    EXPECT_EQ(total, 2);
    ASSERT_EQ(algos.value().size(), 1);
    EXPECT_TRUE(algos.value().first().preset);
    EXPECT_EQ(algos.value().first().versionId, QStringLiteral("*"));
    EXPECT_EQ(algos.value().first().versions.first().path, QStringLiteral("/private/datahub/zfhzuhu/d34f/2fbc/"));

    const Result<QList<AlgoConfig>> configs = Mapping::algoConfigs(seed("\"trainStrategy\": \"addtest1\""));
    ASSERT_TRUE(configs);
    EXPECT_EQ(configs.value().first().id, QStringLiteral("8afc82838aa4a26d0dcb834755213684"));
    EXPECT_EQ(configs.value().first().bootFile, QStringLiteral("readme.md"));

    const Result<AlgoConfigDetail> detail = Mapping::algoConfigDetail(envelopeOf(R"({"code":200,"success":true,"message":"success","data":{
        "id":"9fde0f0ac11cdbfe6d81501186bfa719","algoId":"6c19","versionId":"1526","algoPath":"/private/datahub/zuhu3/6c19/1526/data",
        "trainStrategy":"LoRA","bootFile":"finetune.pyc","imageId":"3131e1726d1a8a1e016d1a9e3ae41245","imageName":"ai-common",
        "imageVersionId":"3131e1726d1a8a1e016d1a9ebb3f1249","imageVersionName":"v1.0.3","imageShowPath":"ai-common/v1.0.3","taskType":0,
        "modelId":"9b3a","modelName":"chatglm3-6b","modelVersionId":"329b","modelVersionName":"master","modelPath":"/private/datahub/zuhu3/9b3a/329b",
        "trainHyperParams":[{"name":"lora_r","visiable":"true","description":"LoRA微调的秩大小","value":"8"},
                            {"name":"fp16","visiable":"false","description":"半精度","value":"true"}],
        "trainEnvParams":null,"resource":"资源需求：8核CPU，32G内存，单卡22G显存","schemaType":0}})"));
    ASSERT_TRUE(detail);
    ASSERT_EQ(detail.value().hyperParams.size(), 2);
    EXPECT_TRUE(detail.value().hyperParams.at(0).visible);
    EXPECT_FALSE(detail.value().hyperParams.at(1).visible);
    EXPECT_EQ(detail.value().hyperParams.at(1).value, QStringLiteral("true"));
    EXPECT_TRUE(detail.value().envParams.isEmpty());
    EXPECT_EQ(detail.value().resourceText, QStringLiteral("资源需求：8核CPU，32G内存，单卡22G显存"));
    // Hyper-parameters may come as a stringified array (detail and clone answers).
    EXPECT_EQ(Mapping::hyperParams(QJsonValue(QStringLiteral(R"([{"description":"","name":"lora_dropout","value":"0.05"}])"))).size(), 1);
}

// ---- paging ---------------------------------------------------------------------------------------

TEST(UnisMapping, PagingStyles)
{
    // Kernel: pageNum / totalPage / total / rows.
    const Result<PagedRows> kernel = Mapping::pagedRows(
        envelopeOf(R"({"success":true,"returnCode":200,"data":{"pageNum":2,"totalPage":9,"total":87,"rows":[{"id":"a"}]}})"),
        PagingStyle::Kernel, 2, 10);
    ASSERT_TRUE(kernel);
    EXPECT_EQ(kernel.value().page.page, 2);
    EXPECT_EQ(kernel.value().page.totalPages, 9);
    EXPECT_EQ(kernel.value().page.total, 87);
    EXPECT_TRUE(Mapping::hasMorePages(kernel.value().page, 2, 11, 1));
    EXPECT_FALSE(Mapping::hasMorePages(kernel.value().page, 9, 87, 7));
    // Notebook: total and rows, pages counted by the caller.
    const Result<PagedRows> notebook = Mapping::pagedRows(
        envelopeOf(R"({"code":200,"success":true,"data":{"total":120,"rows":[{"id":"n"}]}})"), PagingStyle::Notebook, 1, 50);
    ASSERT_TRUE(notebook);
    EXPECT_EQ(notebook.value().page.totalPages, 3);
    // Datahub: items (or rows) and total; MyBatis-Plus records and pages.
    const Result<PagedRows> datahub = Mapping::pagedRows(
        envelopeOf(R"({"code":200,"success":true,"data":{"total":"3","items":[{"id":"x"},{"id":"y"}]}})"), PagingStyle::Datahub, 1, 2);
    ASSERT_TRUE(datahub);
    EXPECT_EQ(datahub.value().rows.size(), 2);
    EXPECT_EQ(datahub.value().page.totalPages, 2);
    const Result<PagedRows> records = Mapping::pagedRows(
        envelopeOf(R"({"code":200,"success":true,"data":{"records":[{"id":"c"}],"total":1,"size":10,"current":1,"pages":1}})"),
        PagingStyle::Datahub, 1, 10);
    ASSERT_TRUE(records);
    EXPECT_EQ(records.value().rows.size(), 1);
    // E2: rows and total at top level.
    const Result<PagedRows> ruoyi = Mapping::pagedRows(envelopeOf(R"({"total":2,"rows":[{"a":1},{"a":2}],"code":200,"msg":"ok"})"),
                                                       PagingStyle::Kernel, 1, 10);
    ASSERT_TRUE(ruoyi);
    EXPECT_EQ(ruoyi.value().rows.size(), 2);
    // Empty and broken lists.
    EXPECT_TRUE(Mapping::pagedRows(envelopeOf(R"({"code":200,"success":true,"data":null})"), PagingStyle::Kernel).value().rows.isEmpty());
    EXPECT_FALSE(Mapping::pagedRows(envelopeOf(R"({"code":200,"success":true,"data":{"rows":"x"}})"), PagingStyle::Kernel));
    EXPECT_FALSE(Mapping::pagedRows(envelopeOf(R"({"code":200,"success":true,"data":{"rows":[1]}})"), PagingStyle::Kernel));
    EXPECT_FALSE(Mapping::hasMorePages(PageInfo{1, 10, 100, 0}, 1, 0, 0)); // an empty page ends the list
}

// ---- writes ---------------------------------------------------------------------------------------

TEST(UnisMapping, CreateAnswers)
{
    const CreatedJob training = Mapping::createdJob(envelopeOf(
        R"({"data":{"taskId":"1f6e0171037240d7b00e52aea1404aeb","uid":"a65d30b3-dfff-4b86-9ffb-9a82e8306503"},"message":"success","returnCode":200,"success":true})"),
        QStringLiteral("test42"));
    EXPECT_EQ(training.id, QStringLiteral("1f6e0171037240d7b00e52aea1404aeb"));
    EXPECT_EQ(training.uid, QStringLiteral("a65d30b3-dfff-4b86-9ffb-9a82e8306503"));
    const CreatedJob compute = Mapping::createdJob(seed("uid\\\""), QStringLiteral("tiaoyou"));
    EXPECT_TRUE(compute.id.isEmpty());
    EXPECT_EQ(compute.uid, QStringLiteral("af22d01d-e530-4230-8f31-25d948917a38"));
    const CreatedJob fineTune = Mapping::createdJob(seed("\"returnCode\": 0"), QStringLiteral("test"));
    EXPECT_TRUE(fineTune.id.isEmpty());
    EXPECT_EQ(fineTune.name, QStringLiteral("test"));
    // Notebook calls: data.success false inside a successful envelope is a refusal.
    EXPECT_TRUE(Mapping::done(envelopeOf(R"({"code":200,"message":"success","success":true,"data":{"success":true}})")));
    EXPECT_FALSE(Mapping::done(envelopeOf(R"({"code":200,"message":"资源不足","success":true,"data":{"success":false}})")));
    EXPECT_TRUE(Mapping::done(envelopeOf(R"({"success":true,"returnCode":200,"message":"success","data":"SUCCESS"})")));
    // Resume checks.
    const Result<Done> cannot = Mapping::resumeCheck(seed("输出目录无checkpoint文件"));
    ASSERT_FALSE(cannot);
    EXPECT_EQ(cannot.error().message, QStringLiteral("输出目录无checkpoint文件,无法恢复"));
    EXPECT_TRUE(Mapping::resumeCheck(envelopeOf(R"({"code":200,"success":true,"message":"可以恢复","data":true})")));
    const auto model = Mapping::registeredModel(envelopeOf(
        R"({"code":200,"success":true,"message":"创建成功！","data":{"versionId":"d4417955539124d831bd7787ea5f3010","id":"cf2a6d19659e1150508a1b1cdfaf3b82"}})"));
    ASSERT_TRUE(model);
    EXPECT_EQ(model.value().first, QStringLiteral("cf2a6d19659e1150508a1b1cdfaf3b82"));
}

TEST(UnisMapping, DevEnvBody)
{
    DevEnvRequest r;
    r.name = QStringLiteral(" exampleName ");
    r.imageId = QStringLiteral("exampleImageId");
    r.image = QStringLiteral("xxx.com/repo/image:tag");
    r.resourceGroupId = QStringLiteral("rg");
    r.cpu = 4;
    r.memoryGb = 16;
    r.gpu.gpuLimit = 2;
    QJsonObject body = Mapping::devEnvBody(r);
    EXPECT_EQ(body.value(QStringLiteral("name")).toString(), QStringLiteral("exampleName"));
    EXPECT_TRUE(body.value(QStringLiteral("specId")).isNull()); // preset specs off: an explicit null
    EXPECT_EQ(body.value(QStringLiteral("gpuResource")).toObject(), (QJsonObject{{QStringLiteral("gpuLimit"), 2}}));
    EXPECT_FALSE(body.contains(QStringLiteral("sshAuthType")));
    r.enableSsh = true;
    r.sshAuthType = 3;
    r.sshPassword = QStringLiteral("pw");
    r.keyPairId = QStringLiteral("kp");
    r.specId = QStringLiteral("b7343431f0bf4fd08916f36b57a86e0e");
    body = Mapping::devEnvBody(r);
    EXPECT_EQ(body.value(QStringLiteral("specId")).toString(), r.specId);
    EXPECT_EQ(body.value(QStringLiteral("sshAuthType")).toInt(), 3);
    EXPECT_EQ(body.value(QStringLiteral("keyPairId")).toString(), QStringLiteral("kp"));
}

TEST(UnisMapping, TaskBodies)
{
    TaskRequest r;
    r.name = QStringLiteral("tiaoyou");
    r.imageId = QStringLiteral("img");
    r.image = QStringLiteral("ampha-x");
    r.zoneId = QStringLiteral("z");
    r.nodes.append(NodeResource{});
    r.command = QStringLiteral("torchrun train.py");
    r.description = QStringLiteral("测试");
    r.hyperParams.append(HyperParam{QStringLiteral("ff"), QStringLiteral("ff"), QStringLiteral("ff"), true, false, true});
    r.userId = QStringLiteral("5");
    r.userName = QStringLiteral("amphatest");

    const QJsonObject ft = Mapping::taskBody(r, Mapping::TaskFlavor::Compute, ComputeKind::FineTune);
    EXPECT_EQ(ft.value(QStringLiteral("isPretrain")).toInt(), 0);
    EXPECT_EQ(ft.value(QStringLiteral("createWay")).toString(), QStringLiteral("custom"));
    EXPECT_EQ(ft.value(QStringLiteral("scenario")).toString(), QStringLiteral("算力任务（调优）"));
    EXPECT_EQ(ft.value(QStringLiteral("describe")).toString(), QStringLiteral("测试"));
    EXPECT_FALSE(ft.contains(QStringLiteral("description")));
    const QJsonObject param = ft.value(QStringLiteral("commonHyperParameters")).toArray().first().toObject();
    EXPECT_EQ(param.value(QStringLiteral("visiable")).toString(), QStringLiteral("true")); // sic, a string
    EXPECT_TRUE(param.value(QStringLiteral("custom")).toBool());
    EXPECT_TRUE(ft.value(QStringLiteral("extraModelParamsBo")).toObject().contains(QStringLiteral("extraSftModelParamsBo")));
    EXPECT_EQ(ft.value(QStringLiteral("resource")).toArray().first().toObject().value(QStringLiteral("nodeType")).toString(),
              QStringLiteral("Node"));

    EXPECT_EQ(Mapping::taskBody(r, Mapping::TaskFlavor::Compute, ComputeKind::ReinforcementLearning).value(QStringLiteral("isPretrain")).toInt(), 3);
    EXPECT_EQ(Mapping::taskBody(r, Mapping::TaskFlavor::Compute, ComputeKind::Dpo).value(QStringLiteral("isPretrain")).toInt(), 5);
    EXPECT_EQ(Mapping::taskBody(r, Mapping::TaskFlavor::Compute, ComputeKind::PreTrain).value(QStringLiteral("isPretrain")).toInt(), 2);
    TaskRequest incremental = r;
    incremental.incrementalPretrain = true;
    EXPECT_EQ(Mapping::taskBody(incremental, Mapping::TaskFlavor::Compute, ComputeKind::PreTrain).value(QStringLiteral("isPretrain")).toInt(), 1);
    const QJsonObject mt = Mapping::taskBody(r, Mapping::TaskFlavor::Compute, ComputeKind::ModelTraining);
    EXPECT_EQ(mt.value(QStringLiteral("createWay")).toString(), QStringLiteral("userDefined"));
    EXPECT_EQ(mt.value(QStringLiteral("isPretrain")).toInt(), 2);
    EXPECT_EQ(mt.value(QStringLiteral("llmTrainFramework")).toString(), QString());

    const QJsonObject training = Mapping::taskBody(r, Mapping::TaskFlavor::Training);
    EXPECT_EQ(training.value(QStringLiteral("taskType")).toString(), QStringLiteral("1"));
    EXPECT_EQ(training.value(QStringLiteral("image")).toString(), QStringLiteral("ampha-x"));
    EXPECT_FALSE(training.contains(QStringLiteral("scenario")));
    const QJsonObject fineTune = Mapping::taskBody(r, Mapping::TaskFlavor::FineTune);
    EXPECT_FALSE(fineTune.contains(QStringLiteral("image"))); // not among the fine-tune create fields
    EXPECT_FALSE(fineTune.value(QStringLiteral("resource")).toArray().first().toObject().contains(QStringLiteral("specId")));
    EXPECT_EQ(fineTune.value(QStringLiteral("userName")).toString(), QStringLiteral("amphatest"));
}

TEST(UnisMapping, CloneAnswerBecomesARequest)
{
    const Envelope env = envelopeOf(R"({"success":true,"returnCode":200,"message":"success","data":{"algorithmId":"a0a5","algorithmName":"SFT算法",
        "algorithmOriginType":"aiAssets","autoRecovery":0,"command":"torchrun --nnodes=1 --nproc-per-node=1 sft.py --lora_dropout=0.05",
        "commonHyperParameters":"[{\"description\":\"\",\"name\":\"lora_dropout\",\"value\":\"0.05\"}]","createTime":"2025-02-10 15:54:52",
        "createWay":"custom","datasetName":"test","describe":"","extraModelParamsBo":{"extraSftModelParamsBo":{"sftModelId":"s1","sftModelName":"Llama"},
        "extraRewardModelParamsBo":{"rewardModelId":""}},"fineTuneHyperParameters":"[]","fineTuneStrategy":"train","image":"ampha-x","isPretrain":0,
        "llmTrainFramework":"PyTorch","modelName":"chatglm2-6b","name":"test-6","outputDir":"/output/Tuning/test-6/model",
        "partition":"{\"resourceGroupKey\":\"resourceGroup09XlplVtcGkkExJC\",\"zoneId\":\"00000000948d52c7019490f9dac50000\",\"zoneName\":\"\"}",
        "rdma":"false","resourceName":"","resource":[{"taskId":"43b3","nodeType":"Node","numbers":1,"gpuResource":"{\"gpuNum\":2,\"gpuShare\":\"none\"}",
        "cpuNumber":1,"memory":1}],"retryTimes":0,"resourceType":"advanced","runTime":"00:00:20","scenario":"算力任务（调优）","startupFile":"sft.py",
        "status":"Failed","variable":"[]","workingDir":"/ampha/algorithm"}})");
    const Result<TaskRequest> r = Mapping::taskFromClone(env, QStringLiteral("test-6-clone"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().name, QStringLiteral("test-6-clone"));
    EXPECT_EQ(r.value().zoneId, QStringLiteral("00000000948d52c7019490f9dac50000"));
    EXPECT_EQ(r.value().resourceGroupKey, QStringLiteral("resourceGroup09XlplVtcGkkExJC"));
    ASSERT_EQ(r.value().nodes.size(), 1);
    EXPECT_EQ(r.value().nodes.first().gpuNum, 2);
    EXPECT_FALSE(r.value().rdma);
    ASSERT_EQ(r.value().hyperParams.size(), 1);
    EXPECT_EQ(r.value().hyperParams.first().name, QStringLiteral("lora_dropout"));
    EXPECT_EQ(r.value().sftModel.id, QStringLiteral("s1"));
    EXPECT_EQ(r.value().datasetName, QStringLiteral("test"));
    EXPECT_TRUE(r.value().outputDir.isEmpty()); // the source task's output stays its own
    EXPECT_EQ(r.value().command, QStringLiteral("torchrun --nnodes=1 --nproc-per-node=1 sft.py --lora_dropout=0.05"));
}

TEST(UnisMapping, WebUrl)
{
    const QUrl base(QStringLiteral("https://10.99.232.237:14443/"));
    EXPECT_EQ(Mapping::webUrl(base, QStringLiteral("/devolopenv/notebook/x/web")),
              QStringLiteral("https://10.99.232.237:14443/devolopenv/notebook/x/web"));
    EXPECT_EQ(Mapping::webUrl(base, QStringLiteral("https://ide.example/x")), QStringLiteral("https://ide.example/x"));
    EXPECT_TRUE(Mapping::webUrl(base, QString()).isEmpty());
}

// ---- the provider's rules without a network ---------------------------------------------------------

TEST(UnisProviderRules, FindsTheCreatedJobByNameAndTime)
{
    auto row = [](const char *id, const char *name, const QDateTime &created) {
        Resource r;
        r.id = QString::fromLatin1(id);
        r.name = QString::fromUtf8(name);
        r.createdAt = created;
        return r;
    };
    const QDateTime sent = china(2025, 2, 10, 16, 0, 0);
    const QList<Resource> rows{row("old", "job", sent.addDays(-1)), row("new", "job", sent.addSecs(3)),
                               row("other", "job2", sent.addSecs(3))};
    // With a listing from before: the id it lacked.
    QList<Resource> found = UnisProvider::pickCreated(rows, QStringLiteral("job"), sent, QSet<QString>{QStringLiteral("old")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().id, QStringLiteral("new"));
    // Without: by creation time, with a margin for clocks.
    found = UnisProvider::pickCreated(rows, QStringLiteral("job"), sent, std::nullopt);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().id, QStringLiteral("new"));
    found = UnisProvider::pickCreated({row("skewed", "job", sent.addSecs(-60))}, QStringLiteral("job"), sent, std::nullopt);
    EXPECT_EQ(found.size(), 1);
    // Nothing yet.
    EXPECT_TRUE(UnisProvider::pickCreated(rows, QStringLiteral("job3"), sent, QSet<QString>{}).isEmpty());
}

TEST(UnisProviderRules, Validation)
{
    DevEnvRequest d;
    EXPECT_TRUE(UnisProvider::validateDevEnv(d).has_value());
    d.name = QStringLiteral("nb");
    d.imageId = QStringLiteral("i");
    d.image = QStringLiteral("xxx.com/repo/image:tag");
    d.specId = QStringLiteral("spec");
    EXPECT_FALSE(UnisProvider::validateDevEnv(d).has_value());
    d.enableSsh = true;
    d.sshAuthType = 2;
    EXPECT_TRUE(UnisProvider::validateDevEnv(d).has_value()); // a key pair needs its id
    TaskRequest t;
    EXPECT_TRUE(UnisProvider::validateTask(t, Mapping::TaskFlavor::Compute).has_value());
    t.name = QStringLiteral("t");
    t.imageId = QStringLiteral("i");
    t.zoneId = QStringLiteral("z");
    t.nodes.append(NodeResource{});
    EXPECT_TRUE(UnisProvider::validateTask(t, Mapping::TaskFlavor::Compute).has_value()); // no command
    t.command = QStringLiteral("python3 train.py");
    EXPECT_FALSE(UnisProvider::validateTask(t, Mapping::TaskFlavor::Compute).has_value());
}

// ---- every JSONTestSuite case through every mapper ------------------------------------------------

TEST(UnisMapping, JsonTestSuiteThroughEveryMapper)
{
    const QDir dir(suanli::unis::test::sharedPath(QStringLiteral("data/jsontestsuite/test_parsing")));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 300) << "JSONTestSuite not found at " << dir.absolutePath().toStdString();
    const Mapping::RowContext rc = rowContext();
    auto feed = [&rc](const Envelope &env) {
        (void)Mapping::userInfo(env);
        (void)Mapping::remainingResources(env);
        (void)Mapping::storageQuota(env);
        for (PagingStyle style : {PagingStyle::Kernel, PagingStyle::Notebook, PagingStyle::Datahub}) {
            if (auto rows = Mapping::pagedRows(env, style, 1, 10)) {
                for (const QJsonObject &o : rows.value().rows) {
                    (void)Mapping::devEnvResource(o, rc);
                    (void)Mapping::trainingResource(o, rc);
                    (void)Mapping::fineTuneResource(o, rc);
                    (void)Mapping::withDetail(Mapping::computeResource(o, rc), o);
                    (void)Mapping::withRowDetail(Mapping::computeResource(o, rc), o, rc.now);
                    (void)Mapping::withRowDetail(Mapping::trainingResource(o, rc), o, rc.now);
                }
            }
        }
        (void)Mapping::pods(env);
        (void)Mapping::podEvents(env);
        (void)Mapping::gpuModels(env);
        (void)Mapping::specList(env);
        (void)Mapping::specPlacement(env);
        (void)Mapping::resourceGroups(env);
        (void)Mapping::assets(env);
        (void)Mapping::algoConfigs(env);
        (void)Mapping::algoConfigDetail(env);
        (void)Mapping::generatedCommand(env);
        (void)Mapping::createdJob(env, QStringLiteral("n"));
        (void)Mapping::done(env);
        (void)Mapping::resumeCheck(env);
        (void)Mapping::registeredModel(env);
        (void)Mapping::taskFromClone(env, QStringLiteral("n"));
    };
    int fed = 0;
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        // The case as the payload, as a list, as a row, as a row's field and as user.
        const QByteArray shapes[] = {
            QByteArray(R"({"code":200,"success":true,"data":)") + body + "}",
            QByteArray(R"({"code":200,"success":true,"data":{"total":1,"rows":)") + body + "}}",
            QByteArray(R"({"code":200,"success":true,"data":{"items":[)") + body + "]}}",
            QByteArray(R"({"code":200,"success":true,"data":{"rows":[{"id":"x","status":)") + body
                + R"(,"gpuResource":)" + body + R"(,"partitions":)" + body + R"(,"createTime":)" + body + "}]}}",
            QByteArray(R"({"code":200,"msg":"ok","user":)") + body + "}",
        };
        for (const QByteArray &shape : shapes) {
            const Result<Envelope> env = decodeEnvelope(200, shape);
            if (env) {
                ++fed;
                feed(env.value());
            }
        }
    }
    EXPECT_GT(fed, 300);
}
