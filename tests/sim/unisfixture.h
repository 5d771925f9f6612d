#pragma once

#include "simtestclient.h"

#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/uniscrypto.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QUrl>

namespace suanli::test {

// A UNIS simulator on a free port with quick status steps, and a client that signs in the way
// the document asks (AES-encrypted password, then "Authorization: Bearer <token>").
class UnisFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("unis")})) << env.errorString().toStdString();
        backend = env.unis();
        server = env.server(QStringLiteral("unis"));
        ASSERT_NE(backend, nullptr);
        ASSERT_NE(server, nullptr);
        backend->setStepMs(200); // long enough for polling to see every step
        nam.setProxy(QNetworkProxy::NoProxy);
        ASSERT_TRUE(signIn(sim::UnisBackend::defaultUserName()));
    }

    // Signs in as a seeded user with the password the backend knows; the token is kept.
    bool signIn(const QString &userName)
    {
        token = loginToken(userName, backend->passwordOf(userName));
        return !token.isEmpty();
    }

    QString loginToken(const QString &userName, const QString &password)
    {
        const HttpResult result = send(
            "POST", QStringLiteral("/prod-api/login"),
            QJsonDocument(QJsonObject{
                              {QStringLiteral("username"), userName},
                              {QStringLiteral("password"),
                               sim::unis::aesEncryptHex(backend->aesKey(), password.toUtf8())}})
                .toJson(QJsonDocument::Compact),
            false);
        return result.json().value(QStringLiteral("token")).toString();
    }

    // One exchange; pathAndQuery may carry "?a=b". Bodies go out as application/json.
    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    bool authorize = true, const QByteArray &contentType = "application/json")
    {
        QUrl url = server->baseUrl();
        const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        if (!body.isEmpty() || method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (authorize && !token.isEmpty())
            request.setRawHeader("Authorization", authorizationPrefix + token.toUtf8());
        request.setTransferTimeout(5000);
        QNetworkReply *reply = nullptr;
        if (method == "GET")
            reply = nam.get(request);
        else if (method == "POST")
            reply = nam.post(request, body);
        else
            reply = nam.sendCustomRequest(request, method, body);
        return SimTestClient::finish(reply);
    }

    HttpResult get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    HttpResult post(const QString &pathAndQuery, const QJsonValue &body = QJsonObject())
    {
        return send("POST", pathAndQuery, encode(body));
    }
    HttpResult del(const QString &pathAndQuery, const QJsonValue &body = QJsonValue::Undefined)
    {
        return send("DELETE", pathAndQuery, body.isUndefined() ? QByteArray() : encode(body));
    }

    // The JSON answer of an exchange expected to come back with HTTP 200.
    QJsonObject getJson(const QString &pathAndQuery) { return ok(get(pathAndQuery)); }
    QJsonObject postJson(const QString &pathAndQuery, const QJsonValue &body = QJsonObject())
    {
        return ok(post(pathAndQuery, body));
    }

    static QJsonObject ok(const HttpResult &result)
    {
        EXPECT_TRUE(result.finished);
        EXPECT_EQ(result.httpStatus, 200) << result.body.toStdString();
        return result.json();
    }

    static QByteArray encode(const QJsonValue &value)
    {
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }

    static QJsonValue parseString(const QJsonValue &value)
    {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    // ---- catalog look-ups, the way a client finds what a create call needs ----

    QJsonObject image(const QString &name)
    {
        const QJsonObject answer = postJson(
            QStringLiteral("/api/market/datahub/image/getImageList"),
            QJsonObject{{QStringLiteral("current"), 1},
                        {QStringLiteral("size"), 50},
                        {QStringLiteral("scope"), 1},
                        {QStringLiteral("taskTags"), QJsonArray()},
                        {QStringLiteral("title"), QString()}});
        for (const QJsonValue &item : answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("name")).toString() == name)
                return item.toObject();
        }
        return {};
    }

    QJsonObject resourceGroup(const QString &name, const QString &tenantId = QStringLiteral("200"))
    {
        const QJsonObject answer =
            postJson(QStringLiteral("/api/system/aiResourceGroup/findResourceGroupBySysGroupId"),
                     QJsonObject{{QStringLiteral("sysGroupId"), tenantId}});
        for (const QJsonValue &group : answer.value(QStringLiteral("result")).toArray()) {
            if (group.toObject().value(QStringLiteral("name")).toString() == name)
                return group.toObject();
        }
        return {};
    }

    // A create body for training, fine-tune and compute tasks, filled from the catalog.
    QJsonObject taskBody(const QString &name, int gpus = 1, const QString &groupName = QStringLiteral("a100-train"),
                         const QString &uid = QStringLiteral("38"))
    {
        const QJsonObject common = image(QStringLiteral("ai-common"));
        const QJsonObject version = common.value(QStringLiteral("versions")).toArray().at(1).toObject();
        const QJsonObject group = resourceGroup(groupName);
        return {{QStringLiteral("name"), name},
                {QStringLiteral("type"), QStringLiteral("PyTorch")},
                {QStringLiteral("zoneId"), group.value(QStringLiteral("id"))},
                {QStringLiteral("zoneName"), group.value(QStringLiteral("name"))},
                {QStringLiteral("resourceGroupKey"), group.value(QStringLiteral("resourceGroupKey"))},
                {QStringLiteral("imageId"), common.value(QStringLiteral("id"))},
                {QStringLiteral("imageName"), common.value(QStringLiteral("name"))},
                {QStringLiteral("imageVersion"), version.value(QStringLiteral("name"))},
                {QStringLiteral("imageVersionId"), version.value(QStringLiteral("id"))},
                {QStringLiteral("resource"),
                 QJsonArray{QJsonObject{{QStringLiteral("nodeType"), QStringLiteral("Node")},
                                        {QStringLiteral("numbers"), 1},
                                        {QStringLiteral("gpuResource"),
                                         QJsonObject{{QStringLiteral("gpuShare"), QStringLiteral("none")},
                                                     {QStringLiteral("gpuNum"), gpus}}},
                                        {QStringLiteral("cpuNumber"), 8},
                                        {QStringLiteral("memory"), 64}}}},
                {QStringLiteral("resourceType"), QStringLiteral("advanced")},
                {QStringLiteral("inputDir"), QStringLiteral("/private/datahub/admin/aaed3ef75d98d69c52141a20ef87a204/db7f6c19e66894bb903214f2fdda7140/data")},
                {QStringLiteral("inputType"), QStringLiteral("aiAssets")},
                {QStringLiteral("outputDir"), QStringLiteral("/output")},
                {QStringLiteral("isUrgentTask"), QStringLiteral("N")},
                {QStringLiteral("describe"), QStringLiteral("测试")},
                {QStringLiteral("userId"), uid},
                {QStringLiteral("isPretrain"), 0},
                {QStringLiteral("createWay"), QStringLiteral("system")},
                {QStringLiteral("llmTrainFramework"), QStringLiteral("PyTorch")},
                {QStringLiteral("commonHyperParameters"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("learning_rate")},
                                        {QStringLiteral("value"), QStringLiteral("1e-4")},
                                        {QStringLiteral("description"), QStringLiteral("学习率")},
                                        {QStringLiteral("visiable"), QStringLiteral("true")}}}},
                {QStringLiteral("variable"), QJsonArray()},
                {QStringLiteral("fineTuneStrategy"), QStringLiteral("全参微调")},
                {QStringLiteral("fineTuneStrategyId"), QStringLiteral("dfa59fc9552694e4f4cd6277cb26c51d")},
                {QStringLiteral("algorithmPath"), QStringLiteral("/private/datahub/admin/6c19bd51ff460fe7e59fecd08f1b0f0e/1526d7d871aa6f6ebc3a3ddd050a111f/")},
                {QStringLiteral("algorithmOriginType"), QStringLiteral("aiAssets")},
                {QStringLiteral("startupFile"), QStringLiteral("finetune.pyc")},
                {QStringLiteral("originModelDir"), QString()},
                {QStringLiteral("modelOriginType"), QString()},
                {QStringLiteral("rdma"), false},
                {QStringLiteral("command"), QStringLiteral("torchrun --nnodes=1 --nproc-per-node=1 finetune.pyc")}};
    }

    QJsonObject computeBody(const QString &name, int gpus = 1, const QString &createWay = QStringLiteral("custom"))
    {
        QJsonObject body = taskBody(name, gpus);
        body.insert(QStringLiteral("createWay"), createWay);
        body.insert(QStringLiteral("isPretrain"), createWay == QLatin1String("custom") ? 0 : 2);
        body.insert(QStringLiteral("scenario"), createWay == QLatin1String("custom")
                                                    ? QStringLiteral("算力任务（调优）")
                                                    : QStringLiteral("算力任务（模型训练）"));
        return body;
    }

    QJsonObject trainingBody(const QString &name, int gpus = 1)
    {
        QJsonObject body = taskBody(name, gpus);
        body.insert(QStringLiteral("taskType"), QStringLiteral("2"));
        body.insert(QStringLiteral("createWay"), QStringLiteral("custom"));
        return body;
    }

    QJsonObject notebookBody(const QString &name, const QString &imageName = QStringLiteral("jupyterlab"),
                             int versionIndex = 0, const QString &groupName = QStringLiteral("a100-train"),
                             int gpus = 1)
    {
        const QJsonObject found = image(imageName);
        const QJsonObject group = resourceGroup(groupName);
        QJsonObject body{{QStringLiteral("name"), name},
                         {QStringLiteral("imageId"), found.value(QStringLiteral("id"))},
                         {QStringLiteral("image"), found.value(QStringLiteral("versions")).toArray().at(versionIndex).toObject().value(QStringLiteral("path"))},
                         {QStringLiteral("imageType"), found.value(QStringLiteral("isPreset")).toInt() == 1 ? 1 : 2},
                         {QStringLiteral("resourceGroupId"), group.value(QStringLiteral("id"))},
                         {QStringLiteral("cpuLimit"), 8},
                         {QStringLiteral("memoryLimit"), 64},
                         {QStringLiteral("enableSsh"), true},
                         {QStringLiteral("sshAuthType"), 1},
                         {QStringLiteral("enableSharedMemory"), true},
                         {QStringLiteral("specId"), QJsonValue::Null}};
        if (gpus > 0)
            body.insert(QStringLiteral("gpuResource"), QJsonObject{{QStringLiteral("gpuLimit"), gpus}});
        return body;
    }

    // ---- lists ----

    QJsonObject kernelList(const QString &path, const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("userId"), QStringLiteral("38")},
                         {QStringLiteral("userName"), QStringLiteral("zhangwei")},
                         {QStringLiteral("pageNum"), 1},
                         {QStringLiteral("pageSize"), 100}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return postJson(path, body);
    }

    static QJsonArray rows(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray();
    }

    static QJsonObject rowNamed(const QJsonArray &list, const QString &key, const QString &name)
    {
        for (const QJsonValue &row : list) {
            if (row.toObject().value(key).toString() == name)
                return row.toObject();
        }
        return {};
    }

    // The task or dev environment of this name as the list shows it (create calls return no id).
    QString findId(const QString &kind, const QString &name)
    {
        if (kind == QLatin1String("dev-env"))
            return rowNamed(getJson(QStringLiteral("/api/kernel/notebooks?unpaged=true"))
                                .value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toArray(),
                            QStringLiteral("name"), name)
                .value(QStringLiteral("id")).toString();
        if (kind == QLatin1String("training"))
            return rowNamed(rows(kernelList(QStringLiteral("/api/kernel/trainOperator/listTask"))),
                            QStringLiteral("name"), name)
                .value(QStringLiteral("id")).toString();
        if (kind == QLatin1String("fine-tune"))
            return rowNamed(rows(kernelList(QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask"))),
                            QStringLiteral("taskName"), name)
                .value(QStringLiteral("id")).toString();
        return rowNamed(rows(kernelList(QStringLiteral("/api/kernel/computationTask/list"))),
                        QStringLiteral("taskName"), name)
            .value(QStringLiteral("taskId")).toString();
    }

    // Every status a job passes through until `until`, sampled on the event loop.
    QStringList watch(const QString &id, const QString &until, int timeoutMs = 5000)
    {
        QStringList seen;
        waitFor(
            [&] {
                const QString status = backend->jobStatus(id);
                if (seen.isEmpty() || seen.constLast() != status)
                    seen.append(status);
                return status == until;
            },
            timeoutMs);
        return seen;
    }

    QJsonArray pods(const QString &taskId)
    {
        return rows(postJson(QStringLiteral("/api/kernel/trainOperatorPod/getPodList"),
                             QJsonObject{{QStringLiteral("taskId"), taskId},
                                         {QStringLiteral("pageNum"), 1},
                                         {QStringLiteral("pageSize"), 50}}));
    }

    QStringList eventMessages(const QString &podUid)
    {
        QStringList messages;
        const QJsonObject answer = postJson(QStringLiteral("/api/kernel/trainOperatorPod/viewPodEvents"),
                                            QJsonObject{{QStringLiteral("podUid"), podUid}});
        for (const QJsonValue &event : answer.value(QStringLiteral("data")).toArray())
            messages.append(event.toObject().value(QStringLiteral("message")).toString());
        return messages;
    }

    // Lets the event loop (and the simulator's clock) run for a while.
    static void pause(int ms)
    {
        waitFor([] { return false; }, ms);
    }

    static bool containsMatch(const QStringList &list, const QString &fragment)
    {
        for (const QString &item : list) {
            if (item.contains(fragment))
                return true;
        }
        return false;
    }

    sim::SimEnvironment env;
    sim::UnisBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    QNetworkAccessManager nam;
    QString token;
    QByteArray authorizationPrefix = QByteArrayLiteral("Bearer ");
};

} // namespace suanli::test
