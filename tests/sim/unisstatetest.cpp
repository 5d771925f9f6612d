// UNIS jobs over time and their rules: tasks go pending → running → succeeded / failed, stop to
// terminated and resume from a checkpoint; dev environments create, start, close and delete;
// pods and their events follow; roles decide who sees what; creates without ids are found by
// listing; quotas shrink while jobs run; services plug in behind the token check.
#include "unisfixture.h"

#include <QRegularExpression>

using namespace suanli::test;

namespace {

const QString kPending = QStringLiteral("Pending");
const QString kRunning = QStringLiteral("Running");
const QString kSucceeded = QStringLiteral("Succeeded");
const QString kFailed = QStringLiteral("Failed");
const QString kTerminated = QStringLiteral("Terminated");

class UnisStateTest : public UnisFixture
{
protected:
    void SetUp() override
    {
        UnisFixture::SetUp();
        // Long enough that a create and the list that finds it fit into the first step even on
        // a busy machine, so that every status is seen.
        backend->setStepMs(400);
    }

    QString createFineTune(const QString &name, int gpus = 1)
    {
        const QJsonObject answer = postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), taskBody(name, gpus));
        EXPECT_TRUE(answer.value(QStringLiteral("success")).toBool()) << QJsonDocument(answer).toJson().toStdString();
        return findId(QStringLiteral("fine-tune"), name);
    }

    QString createCompute(const QString &name, const QString &createWay = QStringLiteral("custom"))
    {
        const QJsonObject answer = postJson(QStringLiteral("/api/kernel/computationTask/train"), computeBody(name, 1, createWay));
        EXPECT_TRUE(answer.value(QStringLiteral("success")).toBool()) << QJsonDocument(answer).toJson().toStdString();
        return findId(QStringLiteral("compute-task"), name);
    }

    QJsonObject notebook(const QString &id)
    {
        return getJson(QStringLiteral("/api/kernel/notebooks/") + id).value(QStringLiteral("data")).toObject();
    }

    int remainGpu()
    {
        return postJson(QStringLiteral("/system/config/getRemainResource"),
                        QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")}})
            .value(QStringLiteral("result")).toObject().value(QStringLiteral("remainGpu")).toInt();
    }
};

TEST_F(UnisStateTest, FineTuneJobRunsToSuccessWithoutPolling)
{
    backend->setNewJobRunSteps(3);
    const QString id = createFineTune(QStringLiteral("state-sft"));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(backend->jobStatus(id), kPending);
    // Only the event loop runs here; nobody asks the server anything.
    EXPECT_EQ(watch(id, kSucceeded), QStringList({kPending, kRunning, kSucceeded}));
    const QJsonObject pod = pods(id).at(0).toObject();
    EXPECT_EQ(pod.value(QStringLiteral("status")).toInt(), 2);
    EXPECT_FALSE(pod.value(QStringLiteral("endTime")).isNull());
    const QStringList events = eventMessages(pod.value(QStringLiteral("podUid")).toString());
    EXPECT_TRUE(events.at(0).startsWith(QLatin1String("Successfully assigned default/") + pod.value(QStringLiteral("name")).toString()));
    EXPECT_TRUE(containsMatch(events, QStringLiteral("Pulling image \"harbor.ampha.local:8443/ampha-public/ai-common:v1.0.3\"")));
    EXPECT_TRUE(containsMatch(events, QStringLiteral("Started container pytorch")));
    // Run time: three steps of running.
    const QJsonObject row = rowNamed(rows(kernelList(QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask"))),
                                     QStringLiteral("taskName"), QStringLiteral("state-sft"));
    EXPECT_EQ(row.value(QStringLiteral("status")).toString(), kSucceeded);
    EXPECT_EQ(row.value(QStringLiteral("runTime")).toString(), QStringLiteral("00:00:01")); // 3 × 0.4 s
}

TEST_F(UnisStateTest, FailingJobsEndFailedWithTheirPods)
{
    backend->setNewJobOutcome(suanli::sim::unis::Outcome::Fail);
    backend->setNewJobRunSteps(2);
    const QString id = createCompute(QStringLiteral("state-diverges"));
    EXPECT_EQ(watch(id, kFailed), QStringList({kPending, kRunning, kFailed}));
    const QJsonObject row = rowNamed(rows(kernelList(QStringLiteral("/api/kernel/computationTask/list"))),
                                     QStringLiteral("taskName"), QStringLiteral("state-diverges"));
    EXPECT_EQ(row.value(QStringLiteral("taskStatusName")).toString(), QStringLiteral("失败"));
    const QJsonObject pod = pods(id).at(0).toObject();
    EXPECT_EQ(pod.value(QStringLiteral("status")).toInt(), 3);
    EXPECT_EQ(pod.value(QStringLiteral("reason")).toString(), QStringLiteral("Error"));
    EXPECT_TRUE(eventMessages(pod.value(QStringLiteral("podUid")).toString()).last()
                    .startsWith(QLatin1String("Back-off restarting failed container pytorch")));
}

TEST_F(UnisStateTest, SeededDpoTaskFailsAfterItsSteps)
{
    const QString dpo = QStringLiteral("84f61eba1c4a4d7fbfd96c69a37c0c12");
    EXPECT_EQ(backend->jobStatus(dpo), kRunning);
    backend->setStepMs(100); // twenty steps from start-up
    EXPECT_EQ(watch(dpo, kFailed, 8000).constLast(), kFailed);
    // Runs that nobody ends keep running.
    EXPECT_EQ(backend->jobStatus(QStringLiteral("f64f62a0473a45fe9bcce09a1ea2357f")), kRunning);
}

TEST_F(UnisStateTest, StopThenCheckAndResumeFromTheCheckpoint)
{
    backend->setNewJobOutcome(suanli::sim::unis::Outcome::RunUntilStopped);
    const QString id = createCompute(QStringLiteral("state-resume"));
    const QString check = QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/") + id;
    // Running: nothing to resume.
    EXPECT_EQ(postJson(check).value(QStringLiteral("data")), QJsonValue(false));
    EXPECT_EQ(watch(id, kRunning), QStringList({kPending, kRunning}));
    pause(500); // more than a step of running writes a checkpoint
    const QString podUid = pods(id).at(0).toObject().value(QStringLiteral("podUid")).toString();
    const QJsonObject stopped = postJson(QStringLiteral("/api/kernel/computationTask/stop"),
                                         QJsonObject{{QStringLiteral("taskId"), id},
                                                     {QStringLiteral("createWay"), QStringLiteral("custom")}});
    EXPECT_EQ(stopped.value(QStringLiteral("data")).toString(), QStringLiteral("SUCCESS"));
    EXPECT_EQ(backend->jobStatus(id), kTerminated);
    EXPECT_EQ(pods(id).at(0).toObject().value(QStringLiteral("status")).toInt(), 4);
    EXPECT_TRUE(containsMatch(eventMessages(podUid), QStringLiteral("Stopping container pytorch")));
    EXPECT_EQ(rowNamed(rows(kernelList(QStringLiteral("/api/kernel/computationTask/list"))), QStringLiteral("taskId"), id)
                  .value(QStringLiteral("taskStatusName")).toString(),
              QStringLiteral("已停止"));
    // Stopping twice is refused.
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/computationTask/stop"),
                          QJsonObject{{QStringLiteral("taskId"), id}, {QStringLiteral("createWay"), QStringLiteral("custom")}})
                     .value(QStringLiteral("success")).toBool());

    const QJsonObject can = postJson(check);
    EXPECT_EQ(can.value(QStringLiteral("data")), QJsonValue(true));
    const QJsonObject resumed = postJson(QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask?taskId=") + id);
    EXPECT_EQ(resumed.value(QStringLiteral("data")).toString(), QStringLiteral("SUCCESS"));
    EXPECT_EQ(watch(id, kRunning), QStringList({kPending, kRunning}));
    // New pods, the same job; the run time carries on from before.
    EXPECT_NE(pods(id).at(0).toObject().value(QStringLiteral("podUid")).toString(), podUid);
    const QJsonObject detail = postJson(QStringLiteral("/api/kernel/fineTune/queryLlmFineTuneTaskDetail?taskId=") + id)
                                   .value(QStringLiteral("data")).toObject();
    EXPECT_EQ(detail.value(QStringLiteral("retryTimes")).toInt(), 1);
    EXPECT_EQ(detail.value(QStringLiteral("status")).toString(), kRunning);
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask")), 1);
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/computationTask/stop")), 2);
}

TEST_F(UnisStateTest, AJobStoppedBeforeItRanHasNoCheckpoint)
{
    backend->setStepMs(5000);
    const QString id = createFineTune(QStringLiteral("state-early-stop"));
    EXPECT_EQ(postJson(QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask?taskId=") + id)
                  .value(QStringLiteral("data")).toString(),
              QStringLiteral("SUCCESS"));
    EXPECT_EQ(backend->jobStatus(id), kTerminated);
    const QJsonObject check = postJson(QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/") + id);
    EXPECT_EQ(check.value(QStringLiteral("data")), QJsonValue(false));
    EXPECT_EQ(check.value(QStringLiteral("message")).toString(), QStringLiteral("输出目录无checkpoint文件,无法恢复"));
    const QJsonObject resume = postJson(QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask?taskId=") + id);
    EXPECT_FALSE(resume.value(QStringLiteral("success")).toBool());
    EXPECT_EQ(resume.value(QStringLiteral("data")).toString(), QStringLiteral("error"));
    EXPECT_EQ(backend->jobStatus(id), kTerminated);
}

TEST_F(UnisStateTest, ResumeNeedsTheResourceGroup)
{
    const QString rl = QStringLiteral("074b9cfc89d54f09932605b7c4a7933e");
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask?taskId=") + rl)
                     .value(QStringLiteral("success")).toBool());
    // Back in service, the same call resumes it.
    ASSERT_TRUE(backend->setResourceGroupAvailable(QStringLiteral("v100-legacy"), true));
    EXPECT_TRUE(postJson(QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask?taskId=") + rl)
                    .value(QStringLiteral("success")).toBool());
    EXPECT_EQ(watch(rl, kRunning), QStringList({kPending, kRunning}));
    // A model-training task resumes through trainOperator.
    const QString training = createCompute(QStringLiteral("state-model-training"), QStringLiteral("userDefined"));
    EXPECT_EQ(watch(training, kRunning), QStringList({kPending, kRunning}));
    pause(500);
    ASSERT_TRUE(postJson(QStringLiteral("/api/kernel/computationTask/stop"),
                         QJsonObject{{QStringLiteral("taskId"), training}, {QStringLiteral("createWay"), QStringLiteral("userDefined")}})
                    .value(QStringLiteral("success")).toBool());
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask?taskId=") + training)
                     .value(QStringLiteral("success")).toBool());
    EXPECT_EQ(postJson(QStringLiteral("/api/kernel/trainOperator/checkCanResumeTrainOperatorTask/") + training)
                  .value(QStringLiteral("data")),
              QJsonValue(true));
    EXPECT_TRUE(postJson(QStringLiteral("/api/kernel/trainOperator/resumeTrainOperatorTask?taskId=") + training)
                    .value(QStringLiteral("success")).toBool());
    EXPECT_EQ(backend->jobStatus(training), kPending);
}

TEST_F(UnisStateTest, DevEnvironmentLifecycle)
{
    ASSERT_TRUE(postJson(QStringLiteral("/api/kernel/notebooks"), notebookBody(QStringLiteral("state-notebook")))
                    .value(QStringLiteral("success")).toBool());
    const QString id = findId(QStringLiteral("dev-env"), QStringLiteral("state-notebook"));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(watch(id, QStringLiteral("3")), QStringList({QStringLiteral("8"), QStringLiteral("4"), QStringLiteral("3")}));
    QJsonObject running = notebook(id);
    EXPECT_TRUE(running.contains(QStringLiteral("webPath")));
    EXPECT_FALSE(running.value(QStringLiteral("sshPassword")).toString().isEmpty()); // generated
    const QJsonArray firstPods = pods(id);
    ASSERT_EQ(firstPods.size(), 1);
    const QString firstUid = firstPods.at(0).toObject().value(QStringLiteral("podUid")).toString();
    EXPECT_EQ(firstPods.at(0).toObject().value(QStringLiteral("status")).toInt(), 1);
    // Dev environments run until closed.
    pause(1000);
    EXPECT_EQ(backend->jobStatus(id), QStringLiteral("3"));

    // Starting a running one is refused; closing it stops it.
    EXPECT_EQ(postJson(QStringLiteral("/api/kernel/notebooks/%1:start").arg(id)).value(QStringLiteral("code")).toInt(), 500);
    EXPECT_EQ(postJson(QStringLiteral("/api/kernel/notebooks/%1:close").arg(id)).value(QStringLiteral("data")).toObject(),
              QJsonObject({{QStringLiteral("success"), true}}));
    EXPECT_EQ(watch(id, QStringLiteral("1")), QStringList({QStringLiteral("2"), QStringLiteral("1")}));
    EXPECT_FALSE(notebook(id).contains(QStringLiteral("webPath")));
    EXPECT_TRUE(containsMatch(eventMessages(firstUid), QStringLiteral("Stopping container notebook")));
    EXPECT_EQ(postJson(QStringLiteral("/api/kernel/notebooks/%1:close").arg(id)).value(QStringLiteral("code")).toInt(), 500);

    // Start again: a fresh pod.
    EXPECT_TRUE(postJson(QStringLiteral("/api/kernel/notebooks/%1:start").arg(id)).value(QStringLiteral("success")).toBool());
    EXPECT_EQ(watch(id, QStringLiteral("3")), QStringList({QStringLiteral("4"), QStringLiteral("3")}));
    EXPECT_NE(pods(id).at(0).toObject().value(QStringLiteral("podUid")).toString(), firstUid);

    // Delete: deleting for a step, then gone.
    EXPECT_TRUE(ok(del(QStringLiteral("/api/kernel/notebooks/") + id)).value(QStringLiteral("success")).toBool());
    EXPECT_EQ(backend->jobStatus(id), QStringLiteral("5"));
    EXPECT_TRUE(waitFor([&] { return backend->jobStatus(id).isEmpty(); }, 3000));
    EXPECT_TRUE(findId(QStringLiteral("dev-env"), QStringLiteral("state-notebook")).isEmpty());
    EXPECT_EQ(getJson(QStringLiteral("/api/kernel/notebooks/") + id).value(QStringLiteral("code")).toInt(), 500);
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/notebooks/{notebookId}")), 1);
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/notebooks/{notebookId}:start")), 2);
    EXPECT_EQ(backend->requestCountFor(id, QStringLiteral("/api/kernel/notebooks/{notebookId}:close")), 2);
    EXPECT_EQ(backend->createCount(QStringLiteral("state-notebook")), 1);
}

TEST_F(UnisStateTest, ABrokenImageFailsTheEnvironmentOnEveryStart)
{
    ASSERT_TRUE(postJson(QStringLiteral("/api/kernel/notebooks"),
                         notebookBody(QStringLiteral("state-broken"), QStringLiteral("zhangwei-vllm"), 1))
                    .value(QStringLiteral("success")).toBool());
    const QString id = findId(QStringLiteral("dev-env"), QStringLiteral("state-broken"));
    EXPECT_EQ(watch(id, QStringLiteral("7")), QStringList({QStringLiteral("8"), QStringLiteral("4"), QStringLiteral("7")}));
    EXPECT_TRUE(notebook(id).value(QStringLiteral("errorReason")).toString().contains(QLatin1String("v0.5.0-rc1")));
    const QStringList events = eventMessages(pods(id).at(0).toObject().value(QStringLiteral("podUid")).toString());
    EXPECT_TRUE(containsMatch(events, QStringLiteral("Error: ErrImagePull")));
    EXPECT_TRUE(events.last().startsWith(QLatin1String("Back-off pulling image")));
    // A failed environment can be started again, and fails again.
    EXPECT_TRUE(postJson(QStringLiteral("/api/kernel/notebooks/%1:start").arg(id)).value(QStringLiteral("success")).toBool());
    EXPECT_EQ(watch(id, QStringLiteral("7")), QStringList({QStringLiteral("4"), QStringLiteral("7")}));
}

TEST_F(UnisStateTest, DeletesCheckEveryIdBeforeDeletingAny)
{
    backend->setStepMs(5000);
    const QString first = createCompute(QStringLiteral("state-delete-1"));
    const QString second = createCompute(QStringLiteral("state-delete-2"));
    const QString training = createCompute(QStringLiteral("state-delete-3"), QStringLiteral("userDefined"));
    // One createWay for the whole batch: a mixed batch deletes nothing.
    const QJsonObject mixed = postJson(QStringLiteral("/api/kernel/computationTask/deleteTask"),
                                       QJsonObject{{QStringLiteral("taskIds"), QJsonArray{first, training}},
                                                   {QStringLiteral("createWay"), QStringLiteral("custom")}});
    EXPECT_FALSE(mixed.value(QStringLiteral("success")).toBool());
    EXPECT_EQ(backend->jobIds(QStringLiteral("compute-task")).size(), 10); // seven seeded, three new
    const QJsonObject removed = postJson(QStringLiteral("/api/kernel/computationTask/deleteTask"),
                                         QJsonObject{{QStringLiteral("taskIds"), QJsonArray{first, second}},
                                                     {QStringLiteral("createWay"), QStringLiteral("custom")}});
    EXPECT_EQ(removed.value(QStringLiteral("data")).toString(), QStringLiteral("SUCCESS"));
    EXPECT_TRUE(backend->jobStatus(first).isEmpty());
    EXPECT_TRUE(backend->jobStatus(second).isEmpty());
    EXPECT_FALSE(backend->jobStatus(training).isEmpty());
    EXPECT_TRUE(findId(QStringLiteral("compute-task"), QStringLiteral("state-delete-1")).isEmpty());
    EXPECT_EQ(backend->requestCountFor(first, QStringLiteral("/api/kernel/computationTask/deleteTask")), 2);
    EXPECT_EQ(backend->requestCountFor(training, QStringLiteral("/api/kernel/computationTask/deleteTask")), 1);
    // A deleted task's pods are gone with it.
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/trainOperatorPod/getPodList"),
                          QJsonObject{{QStringLiteral("taskId"), first}, {QStringLiteral("pageNum"), 1}, {QStringLiteral("pageSize"), 10}})
                     .value(QStringLiteral("success")).toBool());
}

TEST_F(UnisStateTest, CloneDataCreatesTheSameTaskAgain)
{
    const QJsonObject data = postJson(QStringLiteral("/api/kernel/computationTask/cloneTask"),
                                      QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")},
                                                  {QStringLiteral("taskId"), QStringLiteral("43b3a133453744d7b90f54719bce2358")},
                                                  {QStringLiteral("createWay"), QStringLiteral("custom")}})
                                 .value(QStringLiteral("data")).toObject();
    // What a client does with it: decode the strings, unpack the partition, rename, create.
    QJsonObject body = data;
    const QJsonObject partition = parseString(data.value(QStringLiteral("partition"))).toObject();
    body.remove(QStringLiteral("partition"));
    for (const QString &key : {QStringLiteral("resourceGroupKey"), QStringLiteral("zoneId"), QStringLiteral("zoneName")})
        body.insert(key, partition.value(key));
    for (const QString &key : {QStringLiteral("commonHyperParameters"), QStringLiteral("fineTuneHyperParameters"), QStringLiteral("variable")})
        body.insert(key, parseString(data.value(key)));
    body.insert(QStringLiteral("rdma"), data.value(QStringLiteral("rdma")).toString() == QLatin1String("true"));
    QJsonArray resources;
    for (const QJsonValue &value : data.value(QStringLiteral("resource")).toArray()) {
        QJsonObject resource = value.toObject();
        resource.remove(QStringLiteral("taskId"));
        resource.insert(QStringLiteral("gpuResource"), parseString(resource.value(QStringLiteral("gpuResource"))));
        resources.append(resource);
    }
    body.insert(QStringLiteral("resource"), resources);
    for (const QString &key : {QStringLiteral("createTime"), QStringLiteral("status"), QStringLiteral("runTime"), QStringLiteral("retryTimes")})
        body.remove(key);
    body.insert(QStringLiteral("name"), QStringLiteral("deepseek-r1-distill-调优-copy"));
    body.insert(QStringLiteral("userId"), QStringLiteral("38"));
    const QJsonObject created = postJson(QStringLiteral("/api/kernel/computationTask/train"), body);
    EXPECT_TRUE(created.value(QStringLiteral("success")).toBool()) << QJsonDocument(created).toJson().toStdString();
    const QString copy = findId(QStringLiteral("compute-task"), QStringLiteral("deepseek-r1-distill-调优-copy"));
    ASSERT_FALSE(copy.isEmpty());
    EXPECT_EQ(backend->jobSummary(copy).value(QStringLiteral("gpuCount")).toInt(), 16);
    EXPECT_EQ(backend->jobSummary(copy).value(QStringLiteral("scenario")).toString(), QStringLiteral("算力任务（调优）"));
    // Cloning created nothing by itself.
    EXPECT_EQ(backend->createCount(QStringLiteral("deepseek-r1-distill-调优")), 0);
}

TEST_F(UnisStateTest, UsersSeeTheirOwnJobsAdminsTheirTenants)
{
    const auto computeNames = [this](const QString &userId, const QString &userName) {
        QStringList names;
        const QJsonObject answer = postJson(QStringLiteral("/api/kernel/computationTask/list"),
                                            QJsonObject{{QStringLiteral("userId"), userId},
                                                        {QStringLiteral("userName"), userName},
                                                        {QStringLiteral("pageNum"), 1},
                                                        {QStringLiteral("pageSize"), 100}});
        for (const QJsonValue &row : rows(answer))
            names.append(row.toObject().value(QStringLiteral("taskName")).toString());
        return names;
    };
    const auto notebookNames = [this] {
        QStringList names;
        for (const QJsonValue &row : getJson(QStringLiteral("/api/kernel/notebooks?unpaged=true"))
                                         .value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray())
            names.append(row.toObject().value(QStringLiteral("name")).toString());
        return names;
    };
    const QStringList own = computeNames(QStringLiteral("38"), QStringLiteral("zhangwei"));
    EXPECT_TRUE(own.contains(QStringLiteral("deepseek-r1-distill-调优")));
    EXPECT_FALSE(own.contains(QStringLiteral("yolov8-行人检测-训练")));
    EXPECT_EQ(notebookNames().size(), 3);
    // Someone else's list is not a normal user's to read; nor a job of another tenant.
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask"),
                          QJsonObject{{QStringLiteral("userId"), QStringLiteral("39")}, {QStringLiteral("pageNum"), 1}, {QStringLiteral("pageSize"), 10}})
                     .value(QStringLiteral("success")).toBool());

    ASSERT_TRUE(signIn(QStringLiteral("liuyang")));
    const QString other = QStringLiteral("f64f62a0473a45fe9bcce09a1ea2357f"); // zhangwei's llama2-7b-sft
    EXPECT_EQ(postJson(QStringLiteral("/api/kernel/fineTune/queryLlmFineTuneTaskDetail?taskId=") + other)
                  .value(QStringLiteral("message")).toString(),
              QStringLiteral("任务不存在"));
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask?taskId=") + other)
                     .value(QStringLiteral("success")).toBool());
    EXPECT_EQ(backend->jobStatus(other), kRunning);
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/trainOperatorPod/getPodList"),
                          QJsonObject{{QStringLiteral("taskId"), other}, {QStringLiteral("pageNum"), 1}, {QStringLiteral("pageSize"), 10}})
                     .value(QStringLiteral("success")).toBool());
    const QString otherPod = backend->podsOfJob(other).constFirst().podName;
    EXPECT_FALSE(otherPod.isEmpty());
    EXPECT_EQ(notebookNames(), QStringList({QStringLiteral("ascend-notebook")}));

    // The tenant admin sees the tenant: both users' jobs, no other tenant's.
    ASSERT_TRUE(signIn(QStringLiteral("lihua")));
    const QStringList tenant = computeNames(QStringLiteral("21"), QStringLiteral("lihua"));
    EXPECT_TRUE(tenant.contains(QStringLiteral("deepseek-r1-distill-调优")));
    EXPECT_FALSE(tenant.contains(QStringLiteral("yolov8-行人检测-训练")));
    EXPECT_EQ(notebookNames().size(), 4); // zhangwei's three, wangfang's one
    // And may narrow a list to one user of the tenant, but not reach another tenant.
    const QJsonArray wangfang = rows(postJson(QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask"),
                                              QJsonObject{{QStringLiteral("userId"), QStringLiteral("39")},
                                                          {QStringLiteral("pageNum"), 1}, {QStringLiteral("pageSize"), 10}}));
    ASSERT_EQ(wangfang.size(), 1);
    EXPECT_EQ(wangfang.at(0).toObject().value(QStringLiteral("taskName")).toString(), QStringLiteral("internlm2-chat-微调"));
    EXPECT_FALSE(postJson(QStringLiteral("/api/kernel/trainOperator/listTask"),
                          QJsonObject{{QStringLiteral("userId"), QStringLiteral("52")}, {QStringLiteral("pageNum"), 1}, {QStringLiteral("pageSize"), 10}})
                     .value(QStringLiteral("success")).toBool());
    EXPECT_TRUE(postJson(QStringLiteral("/api/kernel/fineTune/queryLlmFineTuneTaskDetail?taskId=") + other)
                    .value(QStringLiteral("success")).toBool());

    // The system admin sees everything.
    ASSERT_TRUE(signIn(QStringLiteral("admin")));
    const QStringList everything = computeNames(QStringLiteral("1"), QStringLiteral("admin"));
    EXPECT_TRUE(everything.contains(QStringLiteral("deepseek-r1-distill-调优")));
    EXPECT_TRUE(everything.contains(QStringLiteral("yolov8-行人检测-训练")));
    EXPECT_EQ(notebookNames().size(), 5);
}

TEST_F(UnisStateTest, QuotaShrinksWithRunningJobsAndRefusesBeyondIt)
{
    backend->setStepMs(5000);
    const int before = remainGpu();
    const QString id = createFineTune(QStringLiteral("state-quota"), 4);
    EXPECT_EQ(remainGpu(), before - 4);
    postJson(QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask?taskId=") + id);
    EXPECT_EQ(remainGpu(), before);
    // More cards than the quota has left.
    QJsonObject body = taskBody(QStringLiteral("state-too-big"), 8, QStringLiteral("a100-train"));
    QJsonObject resource = body.value(QStringLiteral("resource")).toArray().at(0).toObject();
    resource.insert(QStringLiteral("numbers"), before / 8 + 1);
    body.insert(QStringLiteral("resource"), QJsonArray{resource});
    const QJsonObject refused = postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), body);
    EXPECT_FALSE(refused.value(QStringLiteral("success")).toBool());
    EXPECT_TRUE(refused.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("GPU配额不足")));
    EXPECT_EQ(backend->createCount(QStringLiteral("state-too-big")), 0);
}

TEST_F(UnisStateTest, RegisteringAModelNeedsASucceededTaskOutput)
{
    const QJsonObject fromRunning = postJson(QStringLiteral("/api/market/datahub/model/create"),
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("llama2-sft-v1")},
                                                         {QStringLiteral("authority"), 1},
                                                         {QStringLiteral("taskTags"), QJsonArray()},
                                                         {QStringLiteral("sourceFile"), QStringLiteral("/output/Tuning/llama2-7b-sft/model")}});
    EXPECT_FALSE(fromRunning.value(QStringLiteral("success")).toBool());
    const QJsonObject registered = postJson(QStringLiteral("/api/market/datahub/model/create"),
                                            QJsonObject{{QStringLiteral("createDTO"),
                                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("baichuan2-pretrained")},
                                                                     {QStringLiteral("description"), QStringLiteral("预训练产出")},
                                                                     {QStringLiteral("authority"), 2},
                                                                     {QStringLiteral("taskTags"), QJsonArray{QStringLiteral("文本生成")}},
                                                                     {QStringLiteral("sourceFile"), QStringLiteral("/output/Full_Pretrain/baichuan2-预训练/model")}}}});
    EXPECT_EQ(registered.value(QStringLiteral("code")).toInt(), 200);
    EXPECT_EQ(registered.value(QStringLiteral("message")).toString(), QStringLiteral("创建成功！"));
    const QJsonObject ids = registered.value(QStringLiteral("data")).toObject();
    EXPECT_FALSE(ids.value(QStringLiteral("id")).toString().isEmpty());
    EXPECT_FALSE(ids.value(QStringLiteral("versionId")).toString().isEmpty());
    EXPECT_EQ(backend->modelSourceFile(QStringLiteral("baichuan2-pretrained")),
              QStringLiteral("/output/Full_Pretrain/baichuan2-预训练/model"));
    const QJsonArray mine = postJson(QStringLiteral("/api/market/datahub/model/getModelList"),
                                     QJsonObject{{QStringLiteral("current"), 1}, {QStringLiteral("size"), 10},
                                                 {QStringLiteral("scope"), 2}, {QStringLiteral("taskTags"), QJsonArray()}})
                                .value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine.at(0).toObject().value(QStringLiteral("id")), ids.value(QStringLiteral("id")));
}

// A service of the kind the file, log and metric services are: it answers its own path and
// sees the caller and the pods.
class EchoService final : public suanli::sim::UnisService
{
public:
    explicit EchoService(const suanli::sim::UnisJobDirectory *directory, const QString &path)
        : m_directory(directory)
        , m_path(path)
    {}

    std::optional<suanli::sim::SimReply> handle(const suanli::sim::SimRequest &request,
                                                const suanli::sim::UnisCaller &caller) override
    {
        ++seen;
        if (request.path != m_path)
            return std::nullopt;
        int running = 0;
        for (const suanli::sim::UnisPodLife &pod : m_directory->pods())
            running += pod.phase == suanli::sim::UnisPodLife::Phase::Running ? 1 : 0;
        return suanli::sim::SimReply::json({{QStringLiteral("path"), m_path},
                                            {QStringLiteral("userId"), caller.userId},
                                            {QStringLiteral("userName"), caller.userName},
                                            {QStringLiteral("tenantId"), caller.tenantId},
                                            {QStringLiteral("roleId"), caller.roleId},
                                            {QStringLiteral("runningPods"), running}});
    }

    int seen = 0;

private:
    const suanli::sim::UnisJobDirectory *m_directory;
    QString m_path;
};

TEST_F(UnisStateTest, ServicesAnswerBehindTheTokenCheckInOrder)
{
    auto first = std::make_unique<EchoService>(backend, QStringLiteral("/api/file/file/queryFileList"));
    auto second = std::make_unique<EchoService>(backend, QStringLiteral("/api/file/file/queryFileList"));
    EchoService *firstService = first.get();
    EchoService *secondService = second.get();
    backend->addService(std::move(first));
    backend->addService(std::move(second));

    const QJsonObject answer = postJson(QStringLiteral("/api/file/file/queryFileList"));
    EXPECT_EQ(answer.value(QStringLiteral("userId")).toString(), QStringLiteral("38"));
    EXPECT_EQ(answer.value(QStringLiteral("userName")).toString(), QStringLiteral("zhangwei"));
    EXPECT_EQ(answer.value(QStringLiteral("tenantId")).toString(), QStringLiteral("200"));
    EXPECT_EQ(answer.value(QStringLiteral("roleId")).toString(), QStringLiteral("4007"));
    EXPECT_GT(answer.value(QStringLiteral("runningPods")).toInt(), 5);
    EXPECT_EQ(firstService->seen, 1);
    EXPECT_EQ(secondService->seen, 0); // the first answer wins
    // The backend's own routes come after the services, which see them first.
    EXPECT_EQ(getJson(QStringLiteral("/prod-api/getInfo")).value(QStringLiteral("code")).toInt(), 200);
    EXPECT_EQ(firstService->seen, 2);
    EXPECT_EQ(secondService->seen, 1);
    // Without a token nobody is asked.
    token.clear();
    EXPECT_EQ(postJson(QStringLiteral("/api/file/file/queryFileList")).value(QStringLiteral("code")).toInt(), 401);
    EXPECT_EQ(firstService->seen, 2);
}

TEST_F(UnisStateTest, TheJobDirectoryFollowsThePods)
{
    backend->setNewJobRunSteps(2);
    const QString id = createFineTune(QStringLiteral("state-directory"), 2);
    QList<suanli::sim::UnisPodLife> lives = backend->podsOfJob(id);
    ASSERT_EQ(lives.size(), 1);
    suanli::sim::UnisPodLife life = lives.constFirst();
    EXPECT_EQ(life.jobId, id);
    EXPECT_EQ(life.jobName, QStringLiteral("state-directory"));
    EXPECT_EQ(life.jobKind, QStringLiteral("fine-tune"));
    EXPECT_EQ(life.ownerUserId, QStringLiteral("38"));
    EXPECT_EQ(life.gpuCount, 2);
    EXPECT_EQ(life.gpuModel, QStringLiteral("A100-SXM4-80GB"));
    EXPECT_TRUE(life.nodeName.startsWith(QLatin1String("gpu-a100-")));
    EXPECT_EQ(life.phase, suanli::sim::UnisPodLife::Phase::Pending);
    EXPECT_TRUE(life.created.isValid());
    EXPECT_FALSE(life.started.isValid());
    EXPECT_EQ(watch(id, kSucceeded), QStringList({kPending, kRunning, kSucceeded}));
    life = *backend->pod(life.podName);
    EXPECT_EQ(life.phase, suanli::sim::UnisPodLife::Phase::Succeeded);
    EXPECT_TRUE(life.started.isValid());
    EXPECT_TRUE(life.finished.isValid());
    EXPECT_GE(life.finished, life.started);
    EXPECT_LE(life.finished, backend->now());
    // Every pod of every job, dev environments included.
    int devEnvPods = 0;
    for (const suanli::sim::UnisPodLife &pod : backend->pods())
        devEnvPods += pod.jobKind == QLatin1String("dev-env") ? 1 : 0;
    EXPECT_EQ(devEnvPods, 5);
    EXPECT_FALSE(backend->pod(QStringLiteral("no-such-pod")).has_value());
}

} // namespace
