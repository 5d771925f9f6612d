// The UNIS wire format as the four documents show it: four envelopes, three paging styles
// (0-based page/size, 1-based current/size, 1-based pageNum/pageSize with totalPage), three time
// formats plus epoch milliseconds and nanosecond events, JSON inside strings, numbers as
// strings, and the documents' spellings (visiable, devolopenv, dataSetName, partition/partitions).
#include "unisfixture.h"

#include <QRegularExpression>
#include <QSet>

using namespace suanli::test;

namespace {

const QRegularExpression kDateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
const QRegularExpression kIsoCst(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+08:00$"));
const QRegularExpression kIsoUtc(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+00:00$"));
const QRegularExpression kNanos(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{9}$"));
const QRegularExpression kDuration(QStringLiteral("^\\d{2,}:\\d{2}:\\d{2}$"));
const QRegularExpression kHex32(QStringLiteral("^[0-9a-f]{32}$"));
const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

bool matches(const QRegularExpression &pattern, const QJsonValue &value)
{
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

// Envelope A: {code, success, message, data}; B: {success, returnCode, message, data};
// E4: {success, errorCode, message, result}.
void expectA(const QJsonObject &answer, int code = 200)
{
    EXPECT_EQ(keysOf(answer), QSet<QString>({QStringLiteral("code"), QStringLiteral("success"),
                                              QStringLiteral("message"), QStringLiteral("data")}))
        << QJsonDocument(answer).toJson().toStdString();
    EXPECT_EQ(answer.value(QStringLiteral("code")).toInt(), code);
    EXPECT_EQ(answer.value(QStringLiteral("success")).toBool(), code == 200);
}

void expectB(const QJsonObject &answer, int code = 200)
{
    EXPECT_EQ(keysOf(answer), QSet<QString>({QStringLiteral("returnCode"), QStringLiteral("success"),
                                              QStringLiteral("message"), QStringLiteral("data")}))
        << QJsonDocument(answer).toJson().toStdString();
    EXPECT_EQ(answer.value(QStringLiteral("returnCode")).toInt(), code);
    EXPECT_EQ(answer.value(QStringLiteral("success")).toBool(), code == 200 || code == 0);
}

void expectE4(const QJsonObject &answer, int code = 200)
{
    EXPECT_EQ(keysOf(answer), QSet<QString>({QStringLiteral("errorCode"), QStringLiteral("success"),
                                              QStringLiteral("message"), QStringLiteral("result")}))
        << QJsonDocument(answer).toJson().toStdString();
    EXPECT_EQ(answer.value(QStringLiteral("errorCode")).toInt(), code);
    EXPECT_EQ(answer.value(QStringLiteral("success")).toBool(), code == 200);
}

class UnisWireFormatTest : public UnisFixture
{
protected:
    void SetUp() override
    {
        UnisFixture::SetUp();
        // Shapes, not time, are tested here: nothing moves on by itself during a test.
        backend->setStepMs(600000);
    }
};

TEST_F(UnisWireFormatTest, GetInfoIsTheRuoYiUserWithMixedTimeFormats)
{
    const QJsonObject info = getJson(QStringLiteral("/prod-api/getInfo"));
    EXPECT_EQ(info.value(QStringLiteral("code")).toInt(), 200);
    EXPECT_EQ(info.value(QStringLiteral("msg")).toString(), QStringLiteral("操作成功"));
    EXPECT_EQ(info.value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("sys_user")}));
    EXPECT_EQ(info.value(QStringLiteral("permissions")).toArray(), QJsonArray());
    EXPECT_EQ(info.value(QStringLiteral("clusterType")).toString(), QStringLiteral("traditionalScenario"));
    EXPECT_EQ(info.value(QStringLiteral("clusterMode")).toString(), QStringLiteral("cluster-manager"));
    const QJsonObject user = info.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(user.value(QStringLiteral("userId")), QJsonValue(38)); // a number here, a string elsewhere
    EXPECT_EQ(user.value(QStringLiteral("userName")).toString(), QStringLiteral("zhangwei"));
    EXPECT_EQ(user.value(QStringLiteral("nickName")).toString(), QStringLiteral("张伟"));
    EXPECT_EQ(user.value(QStringLiteral("tenantId")), QJsonValue(200));
    EXPECT_EQ(user.value(QStringLiteral("tenantName")).toString(), QStringLiteral("llmlab"));
    EXPECT_EQ(user.value(QStringLiteral("roleId")), QJsonValue(4007));
    EXPECT_EQ(user.value(QStringLiteral("uid")), QJsonValue(2038));
    EXPECT_TRUE(matches(kDateTime, user.value(QStringLiteral("createTime"))));
    EXPECT_TRUE(matches(kIsoCst, user.value(QStringLiteral("loginDate"))));
    EXPECT_TRUE(user.value(QStringLiteral("password")).toString().startsWith(QLatin1String("$2a$10$")));
    EXPECT_NE(user.value(QStringLiteral("password")).toString(), backend->password());
    EXPECT_EQ(user.value(QStringLiteral("params")).toObject().value(QStringLiteral("@type")).toString(),
              QStringLiteral("java.util.HashMap"));
    const QJsonObject dept = user.value(QStringLiteral("dept")).toObject();
    EXPECT_EQ(dept.value(QStringLiteral("deptId")), QJsonValue(200));
    EXPECT_EQ(dept.value(QStringLiteral("deptName")).toString(), QStringLiteral("大模型实验室"));
    EXPECT_EQ(dept.value(QStringLiteral("linuxGroupname")).toString(), QStringLiteral("llmlab"));
    EXPECT_TRUE(dept.value(QStringLiteral("tenantId")).isNull()); // as in the example
    const QJsonObject roleObject = user.value(QStringLiteral("roles")).toArray().at(0).toObject();
    EXPECT_EQ(roleObject.value(QStringLiteral("roleId")), QJsonValue(4007));
    EXPECT_EQ(roleObject.value(QStringLiteral("roleName")).toString(), QStringLiteral("普通用户"));
    EXPECT_EQ(roleObject.value(QStringLiteral("roleKey")).toString(), QStringLiteral("sys_user"));

    ASSERT_TRUE(signIn(QStringLiteral("lihua")));
    const QJsonObject tenantAdmin = getJson(QStringLiteral("/prod-api/getInfo"));
    EXPECT_EQ(tenantAdmin.value(QStringLiteral("user")).toObject().value(QStringLiteral("roleId")), QJsonValue(4005));
    EXPECT_EQ(tenantAdmin.value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("tenant_admin")}));
    ASSERT_TRUE(signIn(QStringLiteral("admin")));
    const QJsonObject systemAdmin = getJson(QStringLiteral("/prod-api/getInfo"));
    EXPECT_EQ(systemAdmin.value(QStringLiteral("user")).toObject().value(QStringLiteral("roleId")), QJsonValue(4004));
    EXPECT_EQ(systemAdmin.value(QStringLiteral("permissions")).toArray(), QJsonArray({QStringLiteral("*:*:*")}));
}

TEST_F(UnisWireFormatTest, UserListIsRuoYiTableDataForAdminsOnly)
{
    const QJsonObject refused = getJson(QStringLiteral("/prod-api/system/user/list?pageNum=1&pageSize=10"));
    EXPECT_EQ(refused.value(QStringLiteral("code")).toInt(), 403);
    ASSERT_TRUE(signIn(QStringLiteral("lihua")));
    const QJsonObject page = getJson(QStringLiteral("/prod-api/system/user/list?pageNum=1&pageSize=2"));
    EXPECT_EQ(keysOf(page), QSet<QString>({QStringLiteral("total"), QStringLiteral("rows"),
                                            QStringLiteral("code"), QStringLiteral("msg")}));
    EXPECT_EQ(page.value(QStringLiteral("total")).toInt(), 3); // lihua, zhangwei, wangfang
    EXPECT_EQ(page.value(QStringLiteral("rows")).toArray().size(), 2);
    const QJsonObject second = getJson(QStringLiteral("/prod-api/system/user/list?pageNum=2&pageSize=2"));
    EXPECT_EQ(second.value(QStringLiteral("rows")).toArray().size(), 1);
    ASSERT_TRUE(signIn(QStringLiteral("admin")));
    EXPECT_EQ(getJson(QStringLiteral("/prod-api/system/user/list")).value(QStringLiteral("total")).toInt(),
              backend->userNames().size());
}

TEST_F(UnisWireFormatTest, RemainingResourcesAndStorageQuota)
{
    const QJsonObject remain = postJson(QStringLiteral("/system/config/getRemainResource"),
                                        QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")}});
    expectE4(remain);
    EXPECT_EQ(remain.value(QStringLiteral("message")).toString(), QStringLiteral("获取剩余资源成功"));
    const QJsonObject result = remain.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(keysOf(result),
              QSet<QString>({QStringLiteral("remainCpu"), QStringLiteral("remainMemory"),
                             QStringLiteral("remainVgpu"), QStringLiteral("remainMig"),
                             QStringLiteral("remainJobNum"), QStringLiteral("remainGpu"),
                             QStringLiteral("isInitConfig"), QStringLiteral("startTime"),
                             QStringLiteral("endTime")}));
    EXPECT_TRUE(result.value(QStringLiteral("isInitConfig")).toBool());
    EXPECT_TRUE(result.value(QStringLiteral("remainGpu")).isDouble());
    EXPECT_TRUE(matches(kDateTime, result.value(QStringLiteral("startTime"))));
    EXPECT_TRUE(matches(kDateTime, result.value(QStringLiteral("endTime"))));

    const QJsonObject storage = postJson(QStringLiteral("/resource/configRemake/getQuotaRemainResource"),
                                         QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")},
                                                     {QStringLiteral("uid"), 2038}});
    expectE4(storage);
    const QJsonObject blocks = storage.value(QStringLiteral("result")).toObject();
    EXPECT_TRUE(blocks.value(QStringLiteral("initConfig")).toBool());
    EXPECT_EQ(blocks.value(QStringLiteral("blockQuota")).toInt() - blocks.value(QStringLiteral("blockUsed")).toInt(),
              blocks.value(QStringLiteral("blockRemain")).toInt());
    // The table's spelling uId works as well; a uid of someone else does not.
    expectE4(postJson(QStringLiteral("/resource/configRemake/getQuotaRemainResource"),
                      QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")},
                                  {QStringLiteral("uId"), QStringLiteral("2038")}}));
    expectE4(postJson(QStringLiteral("/resource/configRemake/getQuotaRemainResource"),
                      QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")},
                                  {QStringLiteral("uid"), 2039}}),
             500);
    // A normal user asks about himself only.
    expectE4(postJson(QStringLiteral("/system/config/getRemainResource"),
                      QJsonObject{{QStringLiteral("userId"), QStringLiteral("39")}}),
             500);

    // The storage quota that is not enabled answers in text.
    ASSERT_TRUE(signIn(QStringLiteral("wangfang")));
    const QJsonObject off = postJson(QStringLiteral("/resource/configRemake/getQuotaRemainResource"),
                                     QJsonObject{{QStringLiteral("userId"), QStringLiteral("39")},
                                                 {QStringLiteral("uid"), 2039}});
    expectE4(off);
    EXPECT_EQ(off.value(QStringLiteral("message")).toString(), QStringLiteral("查询成功"));
    const QJsonObject text = off.value(QStringLiteral("result")).toObject();
    for (const QString &key : {QStringLiteral("inodeQuota"), QStringLiteral("inodeUsed"),
                               QStringLiteral("inodeRemain"), QStringLiteral("blockQuota"),
                               QStringLiteral("blockUsed"), QStringLiteral("blockRemain"),
                               QStringLiteral("startTime")})
        EXPECT_EQ(text.value(key).toString(), QStringLiteral("存储配额未开启-无限制")) << key.toStdString();
    EXPECT_EQ(text.value(QStringLiteral("endTime")).toString(), QStringLiteral("无限制"));
    EXPECT_FALSE(text.value(QStringLiteral("initConfig")).toBool());
    // No quota configuration: the tenant's remaining resources, isInitConfig false.
    const QJsonObject unconfigured = postJson(QStringLiteral("/system/config/getRemainResource"),
                                              QJsonObject{{QStringLiteral("userId"), 39}});
    expectE4(unconfigured);
    EXPECT_FALSE(unconfigured.value(QStringLiteral("result")).toObject().value(QStringLiteral("isInitConfig")).toBool());

    // A tenant admin may ask about the tenant's users.
    ASSERT_TRUE(signIn(QStringLiteral("lihua")));
    expectE4(postJson(QStringLiteral("/system/config/getRemainResource"),
                      QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")}}));
    expectE4(postJson(QStringLiteral("/system/config/getRemainResource"),
                      QJsonObject{{QStringLiteral("userId"), QStringLiteral("52")}}),
             500);
}

TEST_F(UnisWireFormatTest, PresetSpecsGpuModelsAndMigProfiles)
{
    const QJsonObject models = getJson(QStringLiteral("/api/system/presetSpec/getGpuModelList"));
    expectA(models);
    EXPECT_EQ(models.value(QStringLiteral("data")).toArray(),
              QJsonArray({QStringLiteral("Nvidia/A100-SXM4-80GB"), QStringLiteral("Nvidia/H800-SXM5-80GB"),
                          QStringLiteral("Huawei/Ascend-910B")}));
    const QJsonObject mig = getJson(QStringLiteral("/api/system/aiResourceGroup/getMigConfigByGpuType?gpuType=Nvidia%2FA100-SXM4-80GB"));
    expectA(mig);
    EXPECT_EQ(mig.value(QStringLiteral("data")).toArray().first().toString(), QStringLiteral("1g.10gb"));
    const QJsonObject noMig = getJson(QStringLiteral("/api/system/aiResourceGroup/getMigConfigByGpuType?gpuType=Huawei%2FAscend-910B"));
    expectA(noMig, 500);
    EXPECT_EQ(noMig.value(QStringLiteral("message")).toString(), QStringLiteral("该gpu型号卡无法切分mig"));
    EXPECT_TRUE(noMig.value(QStringLiteral("data")).isNull());

    const QJsonObject specs = postJson(QStringLiteral("/api/system/presetSpec/getSpecList"),
                                       QJsonObject{{QStringLiteral("specList"), QJsonValue::Null}});
    expectA(specs);
    const QJsonObject data = specs.value(QStringLiteral("data")).toObject();
    const QJsonArray cpu = data.value(QStringLiteral("cpuSpecList")).toArray();
    const QJsonArray gpu = data.value(QStringLiteral("gpuSpecList")).toArray();
    ASSERT_FALSE(cpu.isEmpty());
    ASSERT_FALSE(gpu.isEmpty());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^CPU：\\d+核 \\d+GB$"))
                    .match(cpu.at(0).toObject().value(QStringLiteral("specName")).toString()).hasMatch());
    QJsonObject whole;
    QJsonObject migSpec;
    for (const QJsonValue &value : gpu) {
        const QJsonObject spec = value.toObject();
        EXPECT_TRUE(spec.value(QStringLiteral("gpuModel")).isNull()); // as in every example
        EXPECT_TRUE(spec.value(QStringLiteral("id")).isDouble());
        EXPECT_TRUE(spec.value(QStringLiteral("specId")).isString());
        if (spec.value(QStringLiteral("gpuShare")).toString() == QLatin1String("mig"))
            migSpec = spec;
        else if (spec.value(QStringLiteral("specNickname")).toString() == QStringLiteral("A100 八卡"))
            whole = spec;
    }
    EXPECT_EQ(whole.value(QStringLiteral("specName")).toString(),
              QStringLiteral("GPU：8*Nvidia/A100-SXM4-80GB | CPU：96核 960GB"));
    EXPECT_TRUE(whole.value(QStringLiteral("migType")).isNull());
    EXPECT_EQ(migSpec.value(QStringLiteral("specName")).toString(),
              QStringLiteral("GPU：Nvidia/A100-SXM4-80GB 2*1g.10gb | CPU：4核 32GB"));
    EXPECT_EQ(migSpec.value(QStringLiteral("migType")).toString(), QStringLiteral("1g.10gb"));

    // The document's body is a bare array; the table's wrapper key works too.
    const QJsonObject group = postJson(QStringLiteral("/api/system/presetSpec/queryAIResourceGroupBySpec"),
                                       QJsonArray{QJsonObject{{QStringLiteral("specId"), whole.value(QStringLiteral("specId"))},
                                                              {QStringLiteral("instanceNum"), 1}}});
    expectA(group);
    EXPECT_EQ(keysOf(group.value(QStringLiteral("data")).toObject()),
              QSet<QString>({QStringLiteral("resourceGroupId"), QStringLiteral("resourceGroupName"),
                             QStringLiteral("resourceGroupKey"), QStringLiteral("gpuShare"),
                             QStringLiteral("resourceName")}));
    EXPECT_EQ(group.value(QStringLiteral("data")).toObject().value(QStringLiteral("resourceGroupName")).toString(),
              QStringLiteral("a100-train"));
    const QJsonObject wrapped = postJson(
        QStringLiteral("/api/system/presetSpec/queryAIResourceGroupBySpec"),
        QJsonObject{{QStringLiteral("aiResourceReqList"),
                     QJsonArray{QJsonObject{{QStringLiteral("specId"), migSpec.value(QStringLiteral("specId"))},
                                            {QStringLiteral("instanceNum"), 1}}}}});
    EXPECT_EQ(wrapped.value(QStringLiteral("data")).toObject().value(QStringLiteral("gpuShare")).toString(),
              QStringLiteral("mig"));
    const QJsonObject multi = postJson(QStringLiteral("/api/system/presetSpec/queryAIResourceGroupBySpec"),
                                       QJsonArray{QJsonObject{{QStringLiteral("specId"), migSpec.value(QStringLiteral("specId"))},
                                                              {QStringLiteral("instanceNum"), 2}}});
    expectA(multi, 500);
    EXPECT_EQ(multi.value(QStringLiteral("message")).toString(),
              QStringLiteral("节点所选规格不支持多实例任务，请选择其他规格! "));

    // Tenant 201 has no H800: its users do not get those specs.
    ASSERT_TRUE(signIn(QStringLiteral("liuyang")));
    const QJsonArray cvSpecs = postJson(QStringLiteral("/api/system/presetSpec/getSpecList"), QJsonObject{})
                                   .value(QStringLiteral("data")).toObject().value(QStringLiteral("gpuSpecList")).toArray();
    for (const QJsonValue &value : cvSpecs)
        EXPECT_FALSE(value.toObject().value(QStringLiteral("specName")).toString().contains(QLatin1String("H800")));
}

TEST_F(UnisWireFormatTest, ResourceGroupsCarryStringNumbersAndMigJsonStrings)
{
    const QJsonObject answer = postJson(QStringLiteral("/api/system/aiResourceGroup/findResourceGroupBySysGroupId"),
                                        QJsonObject{{QStringLiteral("sysGroupId"), QStringLiteral("200")}});
    expectE4(answer);
    EXPECT_EQ(answer.value(QStringLiteral("message")).toString(), QStringLiteral("获取资源组成功"));
    const QJsonArray groups = answer.value(QStringLiteral("result")).toArray();
    QStringList names;
    for (const QJsonValue &value : groups)
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    EXPECT_EQ(names, QStringList({QStringLiteral("a100-train"), QStringLiteral("h800-llm"),
                                  QStringLiteral("a100-mig"), QStringLiteral("cpu-pool")}));
    const QJsonObject a100 = groups.at(0).toObject();
    EXPECT_TRUE(a100.value(QStringLiteral("resourceGroupKey")).toString().startsWith(QLatin1String("resourceGroup")));
    EXPECT_TRUE(matches(kIsoUtc, a100.value(QStringLiteral("createTime"))));
    EXPECT_EQ(a100.value(QStringLiteral("gpuType")).toString(), QStringLiteral("nvidia")); // vendor here
    const QJsonObject node = a100.value(QStringLiteral("nodeList")).toArray().at(0).toObject();
    EXPECT_EQ(node.value(QStringLiteral("gpuType")).toString(), QStringLiteral("A100-SXM4-80GB")); // model here
    EXPECT_TRUE(node.value(QStringLiteral("memory")).isString());
    EXPECT_TRUE(node.value(QStringLiteral("cpu")).isString());
    EXPECT_TRUE(node.value(QStringLiteral("gpu")).isString());
    EXPECT_TRUE(node.value(QStringLiteral("memTotal")).isDouble());
    EXPECT_EQ(node.value(QStringLiteral("gpuTotalOne")).toInt(), 8);
    const QJsonObject mig = groups.at(2).toObject();
    const QJsonValue cards = parseString(mig.value(QStringLiteral("nodeList")).toArray().at(0).toObject().value(QStringLiteral("gpuShare")));
    ASSERT_TRUE(cards.isArray());
    EXPECT_EQ(cards.toArray().at(0).toObject().value(QStringLiteral("config")).toObject().value(QStringLiteral("1g.10gb")),
              QJsonValue(QStringLiteral("7"))); // counts as strings
    // Another tenant's group id is not answered.
    expectE4(postJson(QStringLiteral("/api/system/aiResourceGroup/findResourceGroupBySysGroupId"),
                      QJsonObject{{QStringLiteral("sysGroupId"), QStringLiteral("201")}}),
             500);
}

TEST_F(UnisWireFormatTest, ImageListsPageFromOneAndDifferInTheirKeys)
{
    const QJsonObject first = postJson(QStringLiteral("/api/market/datahub/image/getImageList"),
                                       QJsonObject{{QStringLiteral("current"), 1},
                                                   {QStringLiteral("size"), 3},
                                                   {QStringLiteral("scope"), 1},
                                                   {QStringLiteral("taskTags"), QJsonArray()},
                                                   {QStringLiteral("title"), QString()}});
    expectA(first);
    const QJsonObject data = first.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(keysOf(data), QSet<QString>({QStringLiteral("total"), QStringLiteral("items")}));
    const int total = data.value(QStringLiteral("total")).toInt();
    EXPECT_GE(total, 7);
    EXPECT_EQ(data.value(QStringLiteral("items")).toArray().size(), 3);
    const QJsonObject item = data.value(QStringLiteral("items")).toArray().at(0).toObject();
    EXPECT_EQ(item.value(QStringLiteral("storageMedium")).toInt(), 1201);
    EXPECT_EQ(item.value(QStringLiteral("storageMediumString")).toString(), QStringLiteral("文件系统"));
    const QJsonObject version = item.value(QStringLiteral("versions")).toArray().at(0).toObject();
    EXPECT_EQ(version.value(QStringLiteral("showPath")).toString(),
              item.value(QStringLiteral("name")).toString() + QLatin1Char('/') + version.value(QStringLiteral("name")).toString());
    // The last page holds the rest.
    const QJsonObject last = postJson(QStringLiteral("/api/market/datahub/image/getImageList"),
                                      QJsonObject{{QStringLiteral("current"), (total + 2) / 3},
                                                  {QStringLiteral("size"), 3},
                                                  {QStringLiteral("scope"), 1},
                                                  {QStringLiteral("taskTags"), QJsonArray()}});
    EXPECT_EQ(last.value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).toArray().size(),
              total % 3 == 0 ? 3 : total % 3);
    // Mine, by tag id (a number as in the example), and a missing page number.
    const QJsonObject mine = postJson(QStringLiteral("/api/market/datahub/image/getImageList"),
                                      QJsonObject{{QStringLiteral("current"), 1}, {QStringLiteral("size"), 10},
                                                  {QStringLiteral("scope"), 2}, {QStringLiteral("taskTags"), QJsonArray{3}}});
    EXPECT_EQ(mine.value(QStringLiteral("data")).toObject().value(QStringLiteral("total")).toInt(), 1);
    expectA(postJson(QStringLiteral("/api/market/datahub/image/getImageList"),
                     QJsonObject{{QStringLiteral("size"), 10}, {QStringLiteral("scope"), 1}}),
            500);

    // The store list: rows (not items), a comma-joined taskTag, nameKey.
    const QJsonObject store = postJson(QStringLiteral("/api/market/datahub/image/queryList"),
                                       QJsonObject{{QStringLiteral("current"), 1}, {QStringLiteral("size"), 6},
                                                   {QStringLiteral("taskTag"), QStringLiteral("41,13")},
                                                   {QStringLiteral("scope"), 1}, {QStringLiteral("nameKey"), QStringLiteral("vllm")}});
    expectA(store);
    const QJsonArray storeRows = store.value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(storeRows.size(), 1);
    const QJsonObject row = storeRows.at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("category")).toInt(), 4);
    EXPECT_EQ(row.value(QStringLiteral("creator")).toString(), QStringLiteral("zhangwei"));
    EXPECT_TRUE(row.value(QStringLiteral("updateTime")).isDouble()); // epoch ms
    EXPECT_GT(row.value(QStringLiteral("updateTime")).toDouble(), 1.6e12);
    EXPECT_EQ(row.value(QStringLiteral("taskTagValues")).toArray(), QJsonArray({QStringLiteral("3"), QStringLiteral("41")}));
}

TEST_F(UnisWireFormatTest, AlgorithmsStrategiesAndLaunchCommands)
{
    const QJsonObject list = postJson(QStringLiteral("/api/market/datahub/algo/getAlgoList"),
                                      QJsonObject{{QStringLiteral("current"), 1}, {QStringLiteral("size"), 10},
                                                  {QStringLiteral("scope"), 4}, {QStringLiteral("taskTags"), QJsonArray()},
                                                  {QStringLiteral("title"), QString()}});
    expectA(list);
    const QJsonObject ppo = rowNamed(list.value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).toArray(),
                                     QStringLiteral("name"), QStringLiteral("大模型强化学习算法(PPO)"));
    EXPECT_EQ(ppo.value(QStringLiteral("versionId")).toString(), QStringLiteral("*")); // not an id
    EXPECT_EQ(ppo.value(QStringLiteral("isPreset")).toInt(), 1);
    const QJsonObject glm = rowNamed(list.value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).toArray(),
                                     QStringLiteral("name"), QStringLiteral("chatglm3-6b微调"));
    const QString algoId = glm.value(QStringLiteral("id")).toString();
    const QString versionId = glm.value(QStringLiteral("versions")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();

    const QJsonObject strategies = getJson(QStringLiteral("/api/market/datahub/algo/getAlgoParamConfigList?algoId=%1&versionId=%2").arg(algoId, versionId));
    expectA(strategies);
    ASSERT_TRUE(strategies.value(QStringLiteral("data")).isArray()); // a bare array, no total
    const QJsonObject lora = rowNamed(strategies.value(QStringLiteral("data")).toArray(), QStringLiteral("trainStrategy"), QStringLiteral("LoRA"));
    EXPECT_TRUE(matches(kDateTime, lora.value(QStringLiteral("createTime"))));
    EXPECT_TRUE(lora.value(QStringLiteral("updateTime")).isNull());

    const QJsonObject detail = getJson(QStringLiteral("/api/market/datahub/algo/getAlgoParamConfigDetails?id=") + lora.value(QStringLiteral("id")).toString());
    expectA(detail);
    const QJsonObject strategy = detail.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(strategy.value(QStringLiteral("algoId")).toString(), algoId);
    EXPECT_EQ(strategy.value(QStringLiteral("imageShowPath")).toString(), QStringLiteral("ai-common/v1.0.3"));
    EXPECT_EQ(strategy.value(QStringLiteral("modelName")).toString(), QStringLiteral("chatglm3-6b"));
    EXPECT_TRUE(strategy.value(QStringLiteral("trainEnvParams")).isNull());
    const QJsonArray hyper = strategy.value(QStringLiteral("trainHyperParams")).toArray();
    ASSERT_FALSE(hyper.isEmpty());
    for (const QJsonValue &param : hyper) {
        EXPECT_TRUE(param.toObject().value(QStringLiteral("visiable")).isString()); // sic, and a string
        EXPECT_TRUE(param.toObject().value(QStringLiteral("value")).isString());
    }
    expectA(getJson(QStringLiteral("/api/market/datahub/algo/getAlgoParamConfigDetails?id=0000")), 500);

    // generateCommand: one process even without GPUs; rendezvous flags across nodes.
    const QJsonObject command = postJson(QStringLiteral("/api/market/datahub/algo/generateCommand"),
                                         QJsonObject{{QStringLiteral("bootFile"), QStringLiteral("finetune.pyc")},
                                                     {QStringLiteral("trainTaskType"), 0},
                                                     {QStringLiteral("trainEnvParams"), QJsonArray()},
                                                     {QStringLiteral("trainHyperParams"), hyper},
                                                     {QStringLiteral("ngpus"), 0},
                                                     {QStringLiteral("nnodes"), 1}});
    expectA(command);
    const QString text = command.value(QStringLiteral("data")).toString();
    EXPECT_TRUE(text.startsWith(QLatin1String("torchrun --nnodes=1 --nproc-per-node=1 finetune.pyc --lora_r=8"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("--num_train_epochs=3")));
    const QString multi = postJson(QStringLiteral("/api/market/datahub/algo/generateCommand"),
                                   QJsonObject{{QStringLiteral("bootFile"), QStringLiteral("pretrain.pyc")},
                                               {QStringLiteral("trainTaskType"), 0},
                                               {QStringLiteral("trainEnvParams"), QJsonArray()},
                                               {QStringLiteral("trainHyperParams"), QJsonArray()},
                                               {QStringLiteral("ngpus"), 8},
                                               {QStringLiteral("nnodes"), 3}})
                              .value(QStringLiteral("data")).toString();
    EXPECT_EQ(multi, QStringLiteral("torchrun --nnodes=3 --nproc-per-node=8 --rdzv-backend=c10d "
                                    "--rdzv-endpoint=${MASTER_ADDR}:${MASTER_PORT} pretrain.pyc"));
    const QJsonObject shell = postJson(QStringLiteral("/api/market/datahub/algo/generateCommand"),
                                       QJsonObject{{QStringLiteral("bootFile"), QStringLiteral("run.sh")},
                                                   {QStringLiteral("trainTaskType"), 3},
                                                   {QStringLiteral("trainEnvParams"), QJsonArray()},
                                                   {QStringLiteral("trainHyperParams"), QJsonArray()},
                                                   {QStringLiteral("ngpus"), 1},
                                                   {QStringLiteral("nnodes"), 1}});
    EXPECT_EQ(shell.value(QStringLiteral("data")).toString(), QStringLiteral("bash run.sh"));
    expectA(postJson(QStringLiteral("/api/market/datahub/algo/generateCommand"),
                     QJsonObject{{QStringLiteral("bootFile"), QStringLiteral("x.py")}, {QStringLiteral("trainTaskType"), 0},
                                 {QStringLiteral("trainEnvParams"), QJsonArray()}, {QStringLiteral("trainHyperParams"), QJsonArray()},
                                 {QStringLiteral("ngpus"), 64}, {QStringLiteral("nnodes"), 1}}),
            500);
}

TEST_F(UnisWireFormatTest, NotebooksPageFromZeroAndAnswerWithoutIds)
{
    const QJsonObject all = getJson(QStringLiteral("/api/kernel/notebooks"));
    expectA(all);
    const QJsonObject data = all.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(keysOf(data), QSet<QString>({QStringLiteral("total"), QStringLiteral("rows")}));
    EXPECT_EQ(data.value(QStringLiteral("total")).toInt(), 3); // zhangwei's three
    EXPECT_EQ(data.value(QStringLiteral("rows")).toArray().size(), 3);
    const QJsonArray firstPage = getJson(QStringLiteral("/api/kernel/notebooks?page=0&size=2"))
                                     .value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray();
    const QJsonArray secondPage = getJson(QStringLiteral("/api/kernel/notebooks?page=1&size=2"))
                                      .value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(firstPage.size(), 2);
    EXPECT_EQ(secondPage.size(), 1);
    EXPECT_EQ(getJson(QStringLiteral("/api/kernel/notebooks?unpaged=true&page=5&size=1"))
                  .value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray().size(),
              3);
    EXPECT_EQ(get(QStringLiteral("/api/kernel/notebooks?page=first")).httpStatus, 400);

    const QJsonObject running = rowNamed(data.value(QStringLiteral("rows")).toArray(), QStringLiteral("name"),
                                         QStringLiteral("qwen-debug-notebook"));
    EXPECT_EQ(running.value(QStringLiteral("status")).toInt(), 3);
    EXPECT_EQ(running.value(QStringLiteral("webPath")).toString(),
              QStringLiteral("/devolopenv/notebook/%1/web").arg(running.value(QStringLiteral("id")).toString()));
    EXPECT_TRUE(running.value(QStringLiteral("sshPort")).isString()); // a string
    EXPECT_EQ(running.value(QStringLiteral("sshUsername")).toString(), QStringLiteral("root"));
    EXPECT_TRUE(running.value(QStringLiteral("gpuResource")).isObject());
    EXPECT_EQ(running.value(QStringLiteral("gpuResource")).toObject().value(QStringLiteral("gpuLimit")).toInt(), 1);
    EXPECT_TRUE(matches(kHex32, running.value(QStringLiteral("id"))));
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("imageId"), QStringLiteral("image"),
                               QStringLiteral("imageType"), QStringLiteral("resourceGroupId"), QStringLiteral("cpuLimit"),
                               QStringLiteral("memoryLimit"), QStringLiteral("gpuResource"), QStringLiteral("enableSsh"),
                               QStringLiteral("sshAuthType"), QStringLiteral("sshPassword"), QStringLiteral("keyPairId"),
                               QStringLiteral("enableSharedMemory"), QStringLiteral("status"), QStringLiteral("sshUsername"),
                               QStringLiteral("sshPort"), QStringLiteral("serviceClusterIp"), QStringLiteral("errorReason")})
        EXPECT_TRUE(running.contains(key)) << key.toStdString();
    // webPath only while running on a built-in image.
    const QJsonObject stopped = rowNamed(data.value(QStringLiteral("rows")).toArray(), QStringLiteral("name"),
                                         QStringLiteral("数据清洗-开发环境"));
    EXPECT_EQ(stopped.value(QStringLiteral("status")).toInt(), 1);
    EXPECT_FALSE(stopped.contains(QStringLiteral("webPath")));
    const QJsonObject failed = rowNamed(data.value(QStringLiteral("rows")).toArray(), QStringLiteral("name"),
                                        QStringLiteral("vllm-serving-test"));
    EXPECT_EQ(failed.value(QStringLiteral("status")).toInt(), 7);
    EXPECT_FALSE(failed.value(QStringLiteral("errorReason")).toString().isEmpty());
    EXPECT_EQ(failed.value(QStringLiteral("imageType")).toInt(), 2);

    const QJsonObject detail = getJson(QStringLiteral("/api/kernel/notebooks/") + running.value(QStringLiteral("id")).toString());
    expectA(detail);
    EXPECT_EQ(detail.value(QStringLiteral("data")).toObject(), running);

    // Create: {"success":true} inside data, and no id anywhere.
    const QJsonObject created = postJson(QStringLiteral("/api/kernel/notebooks"), notebookBody(QStringLiteral("wire-notebook")));
    expectA(created);
    EXPECT_EQ(created.value(QStringLiteral("data")).toObject(), QJsonObject({{QStringLiteral("success"), true}}));
    const QString id = findId(QStringLiteral("dev-env"), QStringLiteral("wire-notebook"));
    EXPECT_TRUE(matches(kHex32, QJsonValue(id)));
    EXPECT_EQ(getJson(QStringLiteral("/api/kernel/notebooks/") + id).value(QStringLiteral("data")).toObject()
                  .value(QStringLiteral("status")).toInt(),
              8);

    // The verbs hang off the id with a colon.
    EXPECT_EQ(get(QStringLiteral("/api/kernel/notebooks/%1:start").arg(id)).httpStatus, 405);
    EXPECT_EQ(post(QStringLiteral("/api/kernel/notebooks/%1:stop").arg(id)).httpStatus, 404);
    EXPECT_EQ(post(QStringLiteral("/api/kernel/notebooks/%1/start").arg(id)).httpStatus, 404);
    expectA(getJson(QStringLiteral("/api/kernel/notebooks/00000000000000000000000000000000")), 500);
}

TEST_F(UnisWireFormatTest, NotebookCreateChecksItsFields)
{
    QJsonObject body = notebookBody(QStringLiteral("checked"));
    body.remove(QStringLiteral("enableSsh"));
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), body), 500);
    body = notebookBody(QStringLiteral("checked"));
    body.insert(QStringLiteral("sshAuthType"), 2); // a key pair, but no keyPairId
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), body), 500);
    body.insert(QStringLiteral("keyPairId"), QStringLiteral("kp-1"));
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), body));
    // The image reference must be a version of the image; the name again is refused.
    body = notebookBody(QStringLiteral("checked-2"));
    body.insert(QStringLiteral("image"), QStringLiteral("jupyterlab/4.1-cuda12.1"));
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), body), 500);
    body = notebookBody(QStringLiteral("checked-2"));
    body.insert(QStringLiteral("imageType"), 2);
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), body), 500);
    // A MIG group takes slices, not whole cards.
    body = notebookBody(QStringLiteral("checked-2"), QStringLiteral("jupyterlab"), 0, QStringLiteral("a100-mig"));
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), body), 500);
    body.insert(QStringLiteral("gpuResource"), QJsonObject{{QStringLiteral("migSlice"), QStringLiteral("1g.10gb")},
                                                           {QStringLiteral("migSliceCount"), 2}});
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), body));
    // The name is how a created environment is found again: it must be new.
    expectA(postJson(QStringLiteral("/api/kernel/notebooks"), notebookBody(QStringLiteral("checked"))), 500);
    EXPECT_EQ(backend->createCount(QStringLiteral("checked")), 1);
}

TEST_F(UnisWireFormatTest, TrainingJobsUseEnvelopeBAndTheirOwnSpellings)
{
    const QJsonObject created = postJson(QStringLiteral("/api/kernel/trainOperator/createTask"), trainingBody(QStringLiteral("wire-train")));
    expectB(created);
    const QJsonObject ids = created.value(QStringLiteral("data")).toObject();
    EXPECT_TRUE(matches(kHex32, ids.value(QStringLiteral("taskId"))));
    EXPECT_TRUE(matches(kUuid, ids.value(QStringLiteral("uid"))));
    const QString taskId = ids.value(QStringLiteral("taskId")).toString();

    const QJsonObject list = kernelList(QStringLiteral("/api/kernel/trainOperator/listTask"),
                                        {{QStringLiteral("pageSize"), 2}});
    expectB(list);
    const QJsonObject page = list.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(keysOf(page), QSet<QString>({QStringLiteral("pageNum"), QStringLiteral("totalPage"),
                                            QStringLiteral("total"), QStringLiteral("rows")}));
    EXPECT_EQ(page.value(QStringLiteral("total")).toInt(), 4); // three seeded, one new
    EXPECT_EQ(page.value(QStringLiteral("totalPage")).toInt(), 2);
    EXPECT_EQ(page.value(QStringLiteral("rows")).toArray().size(), 2);
    const QJsonObject row = page.value(QStringLiteral("rows")).toArray().at(0).toObject(); // newest first
    EXPECT_EQ(row.value(QStringLiteral("id")).toString(), taskId);
    EXPECT_EQ(row.value(QStringLiteral("name")).toString(), QStringLiteral("wire-train"));
    EXPECT_EQ(row.value(QStringLiteral("description")).toString(), QStringLiteral("测试")); // sent as describe
    EXPECT_TRUE(matches(kDateTime, row.value(QStringLiteral("createTime"))));
    EXPECT_TRUE(matches(kDuration, row.value(QStringLiteral("runTime"))));
    EXPECT_EQ(row.value(QStringLiteral("outputDir")).toString(), QStringLiteral("/output/Train_Operator/wire-train/model"));
    EXPECT_EQ(row.value(QStringLiteral("taskType")), QJsonValue(QStringLiteral("2")));
    const QJsonValue partitions = parseString(row.value(QStringLiteral("partitions")));
    EXPECT_EQ(keysOf(partitions.toObject()), QSet<QString>({QStringLiteral("resourceGroupKey"), QStringLiteral("zoneId"),
                                                             QStringLiteral("zoneName")}));
    // Status filter with the kernel's own words; name filter.
    const QJsonArray failed = rows(kernelList(QStringLiteral("/api/kernel/trainOperator/listTask"),
                                              {{QStringLiteral("status"), QStringLiteral("Failed")}}));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("yolov8-detect"));
    EXPECT_EQ(rows(kernelList(QStringLiteral("/api/kernel/trainOperator/listTask"),
                              {{QStringLiteral("taskName"), QStringLiteral("bert")}})).size(), 1);
    // pageNum and pageSize are required here.
    expectB(postJson(QStringLiteral("/api/kernel/trainOperator/listTask"),
                     QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")}}),
            500);

    // Detail: taskId in the query string as in the example, or in the body as in #37.
    const QJsonObject detail = postJson(QStringLiteral("/api/kernel/trainOperator/queryTaskInfo?taskId=") + taskId);
    expectB(detail);
    const QJsonObject info = detail.value(QStringLiteral("data")).toObject();
    EXPECT_FALSE(info.contains(QStringLiteral("id")));
    EXPECT_FALSE(info.contains(QStringLiteral("taskId")));
    EXPECT_TRUE(info.contains(QStringLiteral("partition")));
    EXPECT_FALSE(info.contains(QStringLiteral("partitions")));
    EXPECT_EQ(info.value(QStringLiteral("describe")).toString(), QStringLiteral("测试"));
    EXPECT_TRUE(info.contains(QStringLiteral("dataSetName")));
    EXPECT_EQ(info.value(QStringLiteral("rdma")), QJsonValue(QStringLiteral("false")));
    EXPECT_EQ(info.value(QStringLiteral("variable")), QJsonValue(QStringLiteral("[]")));
    EXPECT_TRUE(parseString(info.value(QStringLiteral("commonHyperParameters"))).isArray());
    EXPECT_EQ(info.value(QStringLiteral("mountpoint")).toString(), QStringLiteral("/ampha/tenant/llmlab"));
    const QJsonObject resource = info.value(QStringLiteral("resources")).toArray().at(0).toObject();
    EXPECT_EQ(resource.value(QStringLiteral("taskId")).toString(), taskId);
    EXPECT_TRUE(resource.value(QStringLiteral("gpuResource")).isString());
    EXPECT_EQ(parseString(resource.value(QStringLiteral("gpuResource"))).toObject().value(QStringLiteral("gpuNum")).toInt(), 1);
    EXPECT_EQ(postJson(QStringLiteral("/api/kernel/trainOperator/queryTaskInfo"),
                       QJsonObject{{QStringLiteral("taskId"), taskId}}),
              detail);

    const QJsonArray podNames = getJson(QStringLiteral("/api/kernel/trainOperatorPod/getJobIdsByTaskId?taskId=") + taskId)
                                    .value(QStringLiteral("data")).toArray();
    ASSERT_EQ(podNames.size(), 1);
    EXPECT_TRUE(podNames.at(0).toString().startsWith(QLatin1String("to-")));
    EXPECT_TRUE(podNames.at(0).toString().endsWith(QLatin1String("-worker-0")));

    const QJsonObject stopped = postJson(QStringLiteral("/api/kernel/trainOperator/stopTask?taskId=") + taskId);
    expectB(stopped);
    EXPECT_EQ(stopped.value(QStringLiteral("data")).toString(), QStringLiteral("SUCCESS"));
    const QJsonObject removed = postJson(QStringLiteral("/api/kernel/trainOperator/deleteTask"),
                                         QJsonObject{{QStringLiteral("taskIds"), QJsonArray{taskId}}});
    EXPECT_EQ(removed.value(QStringLiteral("data")).toString(), QStringLiteral("SUCCESS"));
    expectB(postJson(QStringLiteral("/api/kernel/trainOperator/queryTaskInfo?taskId=") + taskId), 500);
}

TEST_F(UnisWireFormatTest, FineTuneCreateAnswersEmptyWithReturnCodeZero)
{
    QJsonObject body = taskBody(QStringLiteral("wire-tune"));
    const QJsonObject created = postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), body);
    EXPECT_EQ(created, QJsonObject({{QStringLiteral("data"), QJsonObject()}, {QStringLiteral("message"), QString()},
                                    {QStringLiteral("returnCode"), 0}, {QStringLiteral("success"), true}}));
    const QJsonObject row = rowNamed(rows(kernelList(QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask"))),
                                     QStringLiteral("taskName"), QStringLiteral("wire-tune"));
    ASSERT_FALSE(row.isEmpty());
    EXPECT_FALSE(row.contains(QStringLiteral("name")));
    EXPECT_EQ(row.value(QStringLiteral("isPretrain")), QJsonValue(0));
    EXPECT_EQ(row.value(QStringLiteral("fineTuneStrategy")).toString(), QStringLiteral("全参微调"));
    EXPECT_EQ(row.value(QStringLiteral("outputDir")).toString(), QStringLiteral("/output/Tuning/wire-tune/model"));
    const QString taskId = row.value(QStringLiteral("id")).toString();

    const QJsonObject info = postJson(QStringLiteral("/api/kernel/fineTune/queryLlmFineTuneTaskDetail?taskId=") + taskId)
                                 .value(QStringLiteral("data")).toObject();
    EXPECT_EQ(info.value(QStringLiteral("taskName")).toString(), QStringLiteral("wire-tune"));
    EXPECT_TRUE(info.contains(QStringLiteral("partitions")));
    EXPECT_FALSE(info.contains(QStringLiteral("partition")));
    EXPECT_EQ(info.value(QStringLiteral("description")).toString(), QStringLiteral("测试"));
    EXPECT_FALSE(info.contains(QStringLiteral("describe")));
    EXPECT_EQ(info.value(QStringLiteral("fineTuneHyperParameters")), QJsonValue(QStringLiteral("[]")));
    EXPECT_EQ(parseString(info.value(QStringLiteral("commonHyperParameters"))).toArray().at(0).toObject()
                  .value(QStringLiteral("visiable")).toString(),
              QStringLiteral("true"));
    // A fine-tune job is not a training job, and the other way round.
    expectB(postJson(QStringLiteral("/api/kernel/trainOperator/queryTaskInfo?taskId=") + taskId), 500);

    // Invalid bodies: isPretrain outside 0..2, a zone key that is not the group's, another user.
    body.insert(QStringLiteral("name"), QStringLiteral("wire-tune-2"));
    body.insert(QStringLiteral("isPretrain"), 6);
    expectB(postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), body), 500);
    body.insert(QStringLiteral("isPretrain"), 0);
    body.insert(QStringLiteral("resourceGroupKey"), QStringLiteral("resourceGroupNope"));
    expectB(postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), body), 500);
    body = taskBody(QStringLiteral("wire-tune-2"));
    body.insert(QStringLiteral("userId"), QStringLiteral("2035")); // the token's sysUserId is not the user id
    expectB(postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), body), 500);
    // Numbers as strings and a user id as a number are read as Jackson would.
    body = taskBody(QStringLiteral("wire-tune-2"));
    body.insert(QStringLiteral("userId"), 38);
    body.insert(QStringLiteral("isPretrain"), QStringLiteral("0"));
    expectB(postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), body), 0);
    // The same name twice: the second create is refused, so a name finds one job.
    expectB(postJson(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"), body), 500);

    // DELETE with the example's JSON body; or with ?taskId= as the table has it.
    const QString secondId = findId(QStringLiteral("fine-tune"), QStringLiteral("wire-tune-2"));
    const QJsonObject removed = ok(del(QStringLiteral("/api/kernel/fineTune/deleteLlmFineTuneTask"),
                                       QJsonObject{{QStringLiteral("taskIds"), QJsonArray{taskId}}}));
    expectB(removed);
    EXPECT_EQ(removed.value(QStringLiteral("data")).toString(), QStringLiteral("SUCCESS"));
    expectB(ok(del(QStringLiteral("/api/kernel/fineTune/deleteLlmFineTuneTask?taskId=") + secondId)));
    EXPECT_TRUE(findId(QStringLiteral("fine-tune"), QStringLiteral("wire-tune")).isEmpty());
    EXPECT_TRUE(findId(QStringLiteral("fine-tune"), QStringLiteral("wire-tune-2")).isEmpty());
    EXPECT_EQ(post(QStringLiteral("/api/kernel/fineTune/deleteLlmFineTuneTask")).httpStatus, 405);
}

TEST_F(UnisWireFormatTest, ComputeTasksListTheirChineseStatusesAndEpochTimes)
{
    const QJsonObject created = postJson(QStringLiteral("/api/kernel/computationTask/train"), computeBody(QStringLiteral("wire-compute")));
    expectB(created);
    // JSON inside a string, holding the CRD uid (dashed), not a task id.
    const QJsonValue data = created.value(QStringLiteral("data"));
    ASSERT_TRUE(data.isString());
    const QString uid = parseString(data).toObject().value(QStringLiteral("uid")).toString();
    EXPECT_TRUE(matches(kUuid, QJsonValue(uid)));

    const QJsonObject list = kernelList(QStringLiteral("/api/kernel/computationTask/list"));
    expectB(list);
    const QJsonArray all = rows(list);
    const QJsonObject row = rowNamed(all, QStringLiteral("taskName"), QStringLiteral("wire-compute"));
    ASSERT_FALSE(row.isEmpty());
    EXPECT_TRUE(matches(kHex32, row.value(QStringLiteral("taskId"))));
    EXPECT_NE(row.value(QStringLiteral("taskId")).toString(), QString(uid).remove(QLatin1Char('-')));
    EXPECT_TRUE(row.value(QStringLiteral("createTime")).isDouble()); // epoch ms here
    EXPECT_GT(row.value(QStringLiteral("createTime")).toDouble(), 1.6e12);
    EXPECT_EQ(row.value(QStringLiteral("type")).toInt(), 6);
    EXPECT_EQ(row.value(QStringLiteral("scenario")).toString(), QStringLiteral("算力任务（调优）"));
    EXPECT_EQ(row.value(QStringLiteral("taskStatusName")).toString(), QStringLiteral("排队中"));
    EXPECT_EQ(row.value(QStringLiteral("gpuResource")).toObject().value(QStringLiteral("gpuLimit")).toInt(), 1);
    EXPECT_EQ(row.value(QStringLiteral("metas")).toObject().value(QStringLiteral("createWay")).toString(), QStringLiteral("custom"));
    // The other custom-scenario tasks are listed too, as in the document's examples.
    const QJsonObject service = rowNamed(all, QStringLiteral("taskName"), QStringLiteral("deepseek"));
    EXPECT_EQ(service.value(QStringLiteral("taskType")).toString(), QStringLiteral("在线服务"));
    EXPECT_EQ(service.value(QStringLiteral("metas")).toObject().value(QStringLiteral("status")).toInt(), 1);
    const QJsonObject evaluation = rowNamed(all, QStringLiteral("taskType"), QStringLiteral("评估任务"));
    EXPECT_EQ(evaluation.value(QStringLiteral("status")).toInt(), 2);
    EXPECT_EQ(evaluation.value(QStringLiteral("taskStatusName")).toString(), QStringLiteral("成功"));

    // Status filter by display name.
    for (const QJsonValue &value : rows(kernelList(QStringLiteral("/api/kernel/computationTask/list"),
                                                   {{QStringLiteral("status"), QStringLiteral("成功")}})))
        EXPECT_EQ(value.toObject().value(QStringLiteral("taskStatusName")).toString(), QStringLiteral("成功"));
    const QJsonArray failed = rows(kernelList(QStringLiteral("/api/kernel/computationTask/list"),
                                              {{QStringLiteral("status"), QStringLiteral("失败")}}));
    EXPECT_EQ(failed.size(), 2);
    EXPECT_FALSE(rowNamed(failed, QStringLiteral("taskName"), QStringLiteral("ppo-rlhf-实验")).isEmpty());
    EXPECT_FALSE(rowNamed(failed, QStringLiteral("taskName"), QStringLiteral("sft-客服对话")).isEmpty());
    // Page numbers are optional here (1 and 10).
    const QJsonObject defaults = postJson(QStringLiteral("/api/kernel/computationTask/list"),
                                          QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")},
                                                      {QStringLiteral("userName"), QStringLiteral("zhangwei")}});
    EXPECT_EQ(defaults.value(QStringLiteral("data")).toObject().value(QStringLiteral("pageNum")).toInt(), 1);
    // Six seeded compute tasks, the new one, an online service and an evaluation.
    EXPECT_EQ(defaults.value(QStringLiteral("data")).toObject().value(QStringLiteral("total")).toInt(), 9);
    EXPECT_EQ(defaults.value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray().size(), 9);
    EXPECT_EQ(defaults.value(QStringLiteral("data")).toObject().value(QStringLiteral("totalPage")).toInt(), 1);
    // userName must be the user's.
    expectB(postJson(QStringLiteral("/api/kernel/computationTask/list"),
                     QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")},
                                 {QStringLiteral("userName"), QStringLiteral("wangfang")}}),
            500);
}

TEST_F(UnisWireFormatTest, CloneAnswersTheCreationParametersInItsOwnShape)
{
    const QJsonObject clone = postJson(QStringLiteral("/api/kernel/computationTask/cloneTask"),
                                       QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")},
                                                   {QStringLiteral("taskId"), QStringLiteral("43b3a133453744d7b90f54719bce2358")},
                                                   {QStringLiteral("createWay"), QStringLiteral("custom")}});
    expectB(clone);
    const QJsonObject data = clone.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("name")).toString(), QStringLiteral("deepseek-r1-distill-调优"));
    EXPECT_FALSE(data.contains(QStringLiteral("zoneId")));
    EXPECT_FALSE(data.contains(QStringLiteral("resourceGroupKey")));
    EXPECT_EQ(keysOf(parseString(data.value(QStringLiteral("partition"))).toObject()),
              QSet<QString>({QStringLiteral("resourceGroupKey"), QStringLiteral("zoneId"), QStringLiteral("zoneName")}));
    EXPECT_TRUE(data.value(QStringLiteral("commonHyperParameters")).isString());
    EXPECT_EQ(data.value(QStringLiteral("fineTuneHyperParameters")), QJsonValue(QStringLiteral("[]")));
    EXPECT_EQ(data.value(QStringLiteral("variable")), QJsonValue(QStringLiteral("[]")));
    EXPECT_EQ(data.value(QStringLiteral("rdma")), QJsonValue(QStringLiteral("false")));
    const QJsonObject resource = data.value(QStringLiteral("resource")).toArray().at(0).toObject();
    EXPECT_EQ(resource.value(QStringLiteral("taskId")).toString(), QStringLiteral("43b3a133453744d7b90f54719bce2358"));
    EXPECT_TRUE(resource.value(QStringLiteral("gpuResource")).isString());
    EXPECT_TRUE(matches(kDateTime, data.value(QStringLiteral("createTime"))));
    EXPECT_EQ(data.value(QStringLiteral("status")).toString(), QStringLiteral("Running"));
    EXPECT_TRUE(matches(kDuration, data.value(QStringLiteral("runTime"))));
    EXPECT_EQ(data.value(QStringLiteral("retryTimes")).toInt(), 0);
    EXPECT_EQ(data.value(QStringLiteral("scenario")).toString(), QStringLiteral("算力任务（调优）"));
    // The createWay has to be the task's.
    expectB(postJson(QStringLiteral("/api/kernel/computationTask/cloneTask"),
                     QJsonObject{{QStringLiteral("taskId"), QStringLiteral("43b3a133453744d7b90f54719bce2358")},
                                 {QStringLiteral("createWay"), QStringLiteral("userDefined")}}),
            500);
}

TEST_F(UnisWireFormatTest, ResumeCheckUsesEnvelopeAAndResumeEnvelopeB)
{
    // No checkpoint: the document's answer word for word.
    const QJsonObject check = postJson(QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/b2dad56c64df4108bbf4a935b95d8ba7"));
    expectA(check);
    EXPECT_EQ(check.value(QStringLiteral("data")), QJsonValue(false));
    EXPECT_EQ(check.value(QStringLiteral("message")).toString(), QStringLiteral("任务已成功完成，无需恢复"));
    // The seeded RL task has a checkpoint but its resource group is gone.
    const QString rl = QStringLiteral("074b9cfc89d54f09932605b7c4a7933e");
    const QJsonObject canResume = postJson(QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/") + rl);
    EXPECT_EQ(canResume.value(QStringLiteral("data")), QJsonValue(true));
    const QJsonObject refused = postJson(QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask?taskId=") + rl);
    EXPECT_EQ(refused, QJsonObject({{QStringLiteral("success"), false},
                                    {QStringLiteral("returnCode"), 500},
                                    {QStringLiteral("message"), QStringLiteral("该任务资源组不可用，建议新建任务重新选择资源组后将checkpoint文件拷贝至输出目录下进行恢复")},
                                    {QStringLiteral("data"), QStringLiteral("error")}}));
    // The model-training family has its own pair of endpoints.
    const QJsonObject other = postJson(QStringLiteral("/api/kernel/trainOperator/checkCanResumeTrainOperatorTask/") + rl);
    expectB(other, 500);
    const QJsonObject xgboost = postJson(QStringLiteral("/api/kernel/trainOperator/checkCanResumeTrainOperatorTask/c2c3b0bd546e49f8bfd2303c1b3c2400"));
    expectA(xgboost);
    EXPECT_EQ(get(QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/") + rl).httpStatus, 405);
}

TEST_F(UnisWireFormatTest, PodsAndTheirEvents)
{
    // The seeded failed training job: one pod, status 3 with reason Error.
    const QJsonArray failedPods = pods(QStringLiteral("3b8024a3259462f9d2207ccb3c626c0d"));
    ASSERT_EQ(failedPods.size(), 1);
    const QJsonObject pod = failedPods.at(0).toObject();
    EXPECT_EQ(pod.value(QStringLiteral("status")).toInt(), 3);
    EXPECT_EQ(pod.value(QStringLiteral("reason")).toString(), QStringLiteral("Error"));
    EXPECT_EQ(pod.value(QStringLiteral("type")).toString(), QStringLiteral("worker"));
    EXPECT_TRUE(matches(kHex32, pod.value(QStringLiteral("id"))));
    EXPECT_TRUE(matches(kUuid, pod.value(QStringLiteral("podUid"))));
    EXPECT_TRUE(matches(kDateTime, pod.value(QStringLiteral("startTime"))));
    EXPECT_TRUE(matches(kDateTime, pod.value(QStringLiteral("endTime"))));
    EXPECT_TRUE(matches(kDateTime, pod.value(QStringLiteral("currentTime"))));
    EXPECT_EQ(pod.value(QStringLiteral("runTime")).toString(), QStringLiteral("00:04:03"));
    EXPECT_EQ(pod.value(QStringLiteral("ip")).toString().left(10), QStringLiteral("10.99.232."));

    // Paged like the other kernel lists (the stopped two-node pre-train job).
    const QJsonObject page = postJson(QStringLiteral("/api/kernel/trainOperatorPod/getPodList"),
                                      QJsonObject{{QStringLiteral("taskId"), QStringLiteral("19ba6e23f13043a49ce1fd644d12f7a9")},
                                                  {QStringLiteral("pageNum"), 2},
                                                  {QStringLiteral("pageSize"), 1}});
    expectB(page);
    EXPECT_EQ(page.value(QStringLiteral("data")).toObject().value(QStringLiteral("total")).toInt(), 2);
    EXPECT_EQ(page.value(QStringLiteral("data")).toObject().value(QStringLiteral("totalPage")).toInt(), 2);
    EXPECT_TRUE(rows(page).at(0).toObject().value(QStringLiteral("name")).toString().endsWith(QLatin1String("-worker-1")));
    const QJsonObject running = pods(QStringLiteral("f64f62a0473a45fe9bcce09a1ea2357f")).at(0).toObject();
    EXPECT_EQ(running.value(QStringLiteral("status")).toInt(), 1);
    EXPECT_FALSE(running.contains(QStringLiteral("reason")));
    EXPECT_TRUE(running.value(QStringLiteral("endTime")).isNull());
    EXPECT_TRUE(running.value(QStringLiteral("name")).toString().startsWith(QLatin1String("llm-")));

    // Events: not paged, ascending, nanoseconds, Kubernetes messages.
    const QJsonObject events = postJson(QStringLiteral("/api/kernel/trainOperatorPod/viewPodEvents"),
                                        QJsonObject{{QStringLiteral("podUid"), pod.value(QStringLiteral("podUid"))}});
    expectB(events);
    const QJsonArray list = events.value(QStringLiteral("data")).toArray();
    ASSERT_GE(list.size(), 5);
    QString previous;
    QStringList messages;
    for (const QJsonValue &value : list) {
        const QJsonObject event = value.toObject();
        EXPECT_EQ(keysOf(event), QSet<QString>({QStringLiteral("id"), QStringLiteral("createTime"),
                                                 QStringLiteral("message"), QStringLiteral("podUid")}));
        EXPECT_TRUE(matches(kNanos, event.value(QStringLiteral("createTime"))));
        EXPECT_GE(event.value(QStringLiteral("createTime")).toString(), previous);
        previous = event.value(QStringLiteral("createTime")).toString();
        messages.append(event.value(QStringLiteral("message")).toString());
    }
    EXPECT_TRUE(messages.first().startsWith(QLatin1String("Successfully assigned default/")));
    EXPECT_TRUE(containsMatch(messages, QStringLiteral("Pulling image")));
    EXPECT_TRUE(containsMatch(messages, QStringLiteral("Started container pytorch")));
    EXPECT_TRUE(messages.last().startsWith(QLatin1String("Back-off restarting failed container")));
    expectB(postJson(QStringLiteral("/api/kernel/trainOperatorPod/viewPodEvents"),
                     QJsonObject{{QStringLiteral("podUid"), QStringLiteral("no-such-pod")}}),
            500);
}

TEST_F(UnisWireFormatTest, WhatNeverReachesAControllerGetsSpringErrorPages)
{
    const HttpResult unknown = get(QStringLiteral("/api/kernel/nothing/here"));
    EXPECT_EQ(unknown.httpStatus, 404);
    EXPECT_EQ(unknown.json().value(QStringLiteral("status")).toInt(), 404);
    EXPECT_EQ(unknown.json().value(QStringLiteral("path")).toString(), QStringLiteral("/api/kernel/nothing/here"));
    EXPECT_TRUE(matches(kIsoUtc, unknown.json().value(QStringLiteral("timestamp"))));
    EXPECT_EQ(send("PUT", QStringLiteral("/api/kernel/notebooks"), "{}").httpStatus, 405);
    EXPECT_EQ(get(QStringLiteral("/api/kernel/computationTask/list")).httpStatus, 405);
    // The paths as the documents write them: /prod-api is not a prefix of the quota endpoints.
    EXPECT_EQ(post(QStringLiteral("/prod-api/system/config/getRemainResource"),
                   QJsonObject{{QStringLiteral("userId"), QStringLiteral("38")}}).httpStatus,
              404);
    const HttpResult broken = send("POST", QStringLiteral("/api/kernel/computationTask/list"), "{\"userId\":");
    EXPECT_EQ(broken.httpStatus, 400);
    EXPECT_EQ(broken.json().value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
}

TEST_F(UnisWireFormatTest, OnlineServiceVersionLogIsItsPodsEventsAsText)
{
    const QJsonObject row = rowNamed(rows(kernelList(QStringLiteral("/api/kernel/computationTask/list"))),
                                     QStringLiteral("taskType"), QStringLiteral("在线服务"));
    const QString serviceId = row.value(QStringLiteral("taskId")).toString();
    ASSERT_FALSE(serviceId.isEmpty());
    const QJsonObject detail = postJson(QStringLiteral("/api/model/modelServer/findModelServerById"),
                                        QJsonObject{{QStringLiteral("id"), serviceId}});
    expectA(detail);
    EXPECT_EQ(detail.value(QStringLiteral("message")).toString(), QStringLiteral("接口请求成功!"));
    const QJsonObject service = detail.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(service.value(QStringLiteral("status")), QJsonValue(QStringLiteral("1"))); // a string here
    EXPECT_TRUE(service.value(QStringLiteral("createTime")).isDouble());
    const QJsonObject version = service.value(QStringLiteral("modelServerVersions")).toArray().at(0).toObject();
    EXPECT_EQ(version.value(QStringLiteral("status")), QJsonValue(1)); // a number there
    const QString versionId = version.value(QStringLiteral("modelServerVersionId")).toString();
    EXPECT_TRUE(matches(kHex32, QJsonValue(versionId)));

    // The example sends the id with a leading space.
    const QJsonObject log = postJson(QStringLiteral("/api/model/modelServerVersion/getModelServerVersionLog"),
                                     QJsonObject{{QStringLiteral("id"), QString(QLatin1Char(' ') + versionId)}});
    expectA(log);
    const QJsonObject data = log.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(keysOf(data), QSet<QString>({QStringLiteral("id"), QStringLiteral("logDir"), QStringLiteral("logInfo")}));
    EXPECT_TRUE(data.value(QStringLiteral("logDir")).toString().endsWith(versionId + QStringLiteral(".log")));
    const QString text = data.value(QStringLiteral("logInfo")).toString();
    EXPECT_TRUE(text.startsWith(QLatin1Char('\n')));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 5);
    static const QRegularExpression line(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} (kubelet|model-serving-proxy) INFO .+$"));
    for (const QString &entry : lines)
        EXPECT_TRUE(line.match(entry).hasMatch()) << entry.toStdString();
    EXPECT_TRUE(lines.first().contains(QLatin1String("Successfully assigned default/")));
    EXPECT_TRUE(lines.last().endsWith(QLatin1String("model-serving-proxy INFO service start success")));

    // Another tenant's user sees neither.
    ASSERT_TRUE(signIn(QStringLiteral("liuyang")));
    expectA(postJson(QStringLiteral("/api/model/modelServer/findModelServerById"), QJsonObject{{QStringLiteral("id"), serviceId}}), 500);
    expectA(postJson(QStringLiteral("/api/model/modelServerVersion/getModelServerVersionLog"),
                     QJsonObject{{QStringLiteral("id"), versionId}}),
            500);
}

TEST_F(UnisWireFormatTest, ClusterListIsAMyBatisPlusPageForTheSystemAdmin)
{
    const QJsonObject body{{QStringLiteral("page"), 1}, {QStringLiteral("size"), 10},
                           {QStringLiteral("clusterName"), QString()}, {QStringLiteral("tenantIdList"), QJsonValue::Null}};
    expectA(postJson(QStringLiteral("/api/system/mce/findClusterListPage"), body), 403);
    ASSERT_TRUE(signIn(QStringLiteral("admin")));
    const QJsonObject answer = postJson(QStringLiteral("/api/system/mce/findClusterListPage"), body);
    expectA(answer);
    const QJsonObject page = answer.value(QStringLiteral("data")).toObject();
    for (const QString &key : {QStringLiteral("records"), QStringLiteral("total"), QStringLiteral("size"),
                               QStringLiteral("current"), QStringLiteral("pages")})
        EXPECT_TRUE(page.contains(key)) << key.toStdString();
    EXPECT_EQ(page.value(QStringLiteral("total")).toInt(), 1);
    EXPECT_EQ(page.value(QStringLiteral("current")).toInt(), 1);
    EXPECT_EQ(page.value(QStringLiteral("size")).toInt(), 10);
    const QJsonObject cluster = page.value(QStringLiteral("records")).toArray().at(0).toObject();
    EXPECT_EQ(cluster.value(QStringLiteral("status")).toString(), QStringLiteral("DEPLOYED"));
    EXPECT_TRUE(matches(kIsoUtc, cluster.value(QStringLiteral("createTime"))));
    EXPECT_EQ(cluster.value(QStringLiteral("podIpPool")).toString(), QStringLiteral("[177.177.0.0/16]")); // a string
    EXPECT_EQ(cluster.value(QStringLiteral("nodes")).toArray().size(), 7);
    // The page past the last is empty; current says which page it is.
    QJsonObject second = body;
    second.insert(QStringLiteral("page"), 2);
    const QJsonObject empty = postJson(QStringLiteral("/api/system/mce/findClusterListPage"), second)
                                  .value(QStringLiteral("data")).toObject();
    EXPECT_EQ(empty.value(QStringLiteral("current")).toInt(), 2);
    EXPECT_TRUE(empty.value(QStringLiteral("records")).toArray().isEmpty());
}

TEST_F(UnisWireFormatTest, WebPathOpensInABrowserWithoutAToken)
{
    const QJsonArray list = getJson(QStringLiteral("/api/kernel/notebooks"))
                                .value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray();
    const QString webPath = rowNamed(list, QStringLiteral("name"), QStringLiteral("qwen-debug-notebook"))
                                .value(QStringLiteral("webPath")).toString();
    ASSERT_FALSE(webPath.isEmpty());
    token.clear();
    const HttpResult page = get(webPath);
    EXPECT_EQ(page.httpStatus, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(QString::fromUtf8(page.body).contains(QLatin1String("qwen-debug-notebook")));
    // A stopped environment has no IDE to open.
    const QString stopped = rowNamed(list, QStringLiteral("name"), QStringLiteral("数据清洗-开发环境")).value(QStringLiteral("id")).toString();
    EXPECT_EQ(get(QStringLiteral("/devolopenv/notebook/%1/web").arg(stopped)).httpStatus, 404);
}

} // namespace
