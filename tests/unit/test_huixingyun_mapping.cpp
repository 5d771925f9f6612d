#include "platforms/huixingyun/huixingyunclient.h"
#include "platforms/huixingyun/huixingyunmapping.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include "core/accountsession.h"
#include "core/redactor.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace suanli;
using namespace suanli::huixingyun;

namespace {

Result<HttpResponse> answer(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

Result<QJsonObject> ok200(const QByteArray &body)
{
    return Mapping::body(answer(200, body));
}

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json.constData();
    return doc.object();
}

QString sharedData(const QString &rel)
{
    // The shared data set sits beside the repository.
    return QDir(QStringLiteral(SUANLI_SOURCE_DIR)).absoluteFilePath(QStringLiteral("../shared/data/") + rel);
}

QDateTime cst(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(8 * 3600));
}

// ---- the examples of the document, as printed (broken ones included) ----

const QByteArray kGenerateToken = R"({
"token": {
"name": "管理token",
"scope": "global",
"status": "active",
"token": "edfb5419-****-****-9093-42c7f731bad1",
"update_at": "2024-06-21T11:22:44+08:00",
"create_at": "2024-06-21T11:22:44+08:00"
}
})";

const QByteArray kAllTokensWithComment = R"({
"tokens": [
{
"name": "管理员",
"scope": "global",
"status": "active",
"token":"11b34725-xxxx-xxxx-xxxx-fc02a3630c21",
"create_at": "2024-06-21T11:27:33+08:00",
"update_at": "2024-06-21T11:27:33+08:00"
},
{
"name": "管理员",
"scope": "global",
"status": "active",
"token":"11b34725-xxxx-xxxx-xxxx-fc02a3630c21",
"create_at": "2024-06-21T11:28:48+08:00",
"update_at": "2024-06-21T11:28:48+08:00"
}
// 更多Token信息...
]
})";

// The product list as printed: the closing brace is missing.
const QByteArray kProductsTruncated = R"({
"items": [
{
"name": "NVIDIA 4090 免费版",
"gpu_type": "geforce_rtx_4090_free_102",
"disk_cap": 1340,
"memory": 90,
"cpu": 16,
"room_name": "102",
"gpu_remain": 1,
"disk_one": 60,
"disk_data_one": 100,
"gpu_ram": 24
},
{
"name": "NVIDIA 4090",
"gpu_type": "geforce_rtx_4090_16u100m_106",
"disk_cap": 4000,
"memory": 100,
"cpu": 16,
"room_name": "106",
"gpu_remain": 8,
"disk_one": 60,
"disk_data_one": 100,
"gpu_ram": 24
},
{
"name": "NVIDIA 4090",
"gpu_type": "geforce_rtx_4090_16u60m_106",
"disk_cap": 4000,
"memory": 60,
"cpu": 16,
"room_name": "106",
"gpu_remain": 8,
"disk_one": 60,
"disk_data_one": 100,
"gpu_ram": 24
}
],
"total_items": 3)";

const QByteArray kApplications = R"({
"items": [
{"app_type": "sd-webui", "memory": 100, "cpu": 16, "disk_one": 60, "disk_data_one": 100, "title": "Stable Diffusion WebUI"},
{"app_type": "comfyui", "memory": 100, "cpu": 16, "disk_one": 60, "disk_data_one": 100, "title": "ComfyUI"},
{"app_type": "fooocus", "memory": 100, "cpu": 16, "disk_one": 60, "disk_data_one": 100, "title": "Fooocus"},
{"app_type": "rvc-webui", "memory": 100, "cpu": 16, "disk_one": 60, "disk_data_one": 100, "title": "RVC WebUI"},
{"app_type": "openwebui", "memory": 100, "cpu": 16, "disk_one": 60, "disk_data_one": 100, "title": "Open WebUI"},
{"app_type": "comfyui-clay", "memory": 100, "cpu": 16, "disk_one": 60, "disk_data_one": 100, "title": "ComfyUI-Clay"}
],
"total_items": 6
})";

const QByteArray kPublicImagesWithComment = R"({
"items": [
{
"name": "app-openwebui_20240525",
"image_id": "0917a7f0-1c03-11ef-9f0d-4faf337438da",
"scene": "Gpu",
"os": "linux",
"description": "ubuntu 22.04, nvidia_driver 535.161.08, miniconda py310_23.11.0-2, jupyterlab 4.1.2, filebrowser 2.27.0, Ollama 0.1.32, ComfyUI 18c151b, OpenWebUI 0.1.123,",
"room_name": "105"
},
// 更多镜像信息...
],
"total_items": 5
})";

const QByteArray kMyImages = R"({
"items": [
{
"name": "镜像1",
"image_id": "9b2b140e-8d2c-xxxx-xxxx-78ecb2a1ac9b",
"scene": "Gpu",
"os": "linux",
"description": "创建时间: 2024-06-20 17:46:58",
"room_name": "105"
},
{
"name": "镜像2",
"image_id": "1b66a8fb-8708-xxxx-xxxx-9714585ec6b2",
"scene": "Gpu",
"os": "linux",
"description": "创建时间: 2024-06-20 18:53:24",
"room_name": "105"
}
],
"total_items": 2
})";

const QByteArray kBuy = R"({
"success_instance": 1,
"fail_instance": 0,
"success": [
{
"order_uid": "20240705173xxxx20674"
}
],
"fails": []
})";

// The instance list as printed: an unquoted placeholder port and a missing comma.
const QByteArray kInstancesAsPrinted = R"({
"items": [
{
"custom_ports": [],
"app_metadata": {},
"gid": "gpu-105b63811xxxxxa4cb082",
"name": "NVIDIA 4090 * 1",
"image": {
"image_id": "04c852e9-91a3-xxxx-b5de-a07acc51c39f",
"name": "0705测试",
"scene": "Gpu",
"os": "linux",
"description": "创建时间: 2024-07-05 14:09:31"
},
"size": {
"gpu_type": "geforce_rtx_4090_16u100m_105",
"scene": "Gpu",
"disk_free": "160",
"gpu_ram": 24,
"gpu_model": "NVIDIA 4090 * 1",
"memory": 100,
"cpu": 16,
"gpu": "1"
},
"ip": "xxxxx",
"pay_method": "Month",
"status": "Stopped",
"create_at": "2024-07-05T15:21:21+08:00",
"expire_at": "2024-08-04T15:23:27+08:00",
"username": "root",
"port": xxxx,
"room_name": "105",
"password": "xxxx"
"order_uid": "20240705173xxxx20674"
}
],
"total": "1"
})";

QByteArray repairedInstances()
{
    QByteArray body = kInstancesAsPrinted;
    body.replace("\"port\": xxxx,", "\"port\": 22,");
    body.replace("\"password\": \"xxxx\"\n", "\"password\": \"Pw-7q!xz93\",\n");
    return body;
}

Resource resourceWith(const QString &status, const QString &payMethod, const QString &os = QStringLiteral("linux"))
{
    QJsonObject o = object(repairedInstances()).value(QStringLiteral("items")).toArray().first().toObject();
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("pay_method"), payMethod);
    QJsonObject image = o.value(QStringLiteral("image")).toObject();
    image.insert(QStringLiteral("os"), os);
    o.insert(QStringLiteral("image"), image);
    return Mapping::toResource(Mapping::instance(o), QStringLiteral("acc"));
}

} // namespace

// ---- the bare-object decoder and its errors ----

TEST(HuixingyunBody, BareObjectsAreTheAnswer)
{
    auto r = ok200(R"({"success":true})");
    ASSERT_TRUE(r);
    EXPECT_TRUE(r.value().value(QStringLiteral("success")).toBool());
    auto created = Mapping::body(answer(201, R"({"a":1})"));
    EXPECT_TRUE(created);
}

TEST(HuixingyunBody, BrokenBodiesAreParseErrors)
{
    for (const QByteArray &body : {QByteArray(""), QByteArray("<html>"), QByteArray("[]"), QByteArray("\"text\""),
                                  QByteArray(R"({"items":[)"), QByteArray("{ success: true }")}) {
        auto r = ok200(body);
        ASSERT_FALSE(r) << body.constData();
        EXPECT_EQ(r.error().kind, ApiError::Kind::Parse) << body.constData();
    }
}

TEST(HuixingyunBody, UnauthorizedAsksForANewToken)
{
    for (int status : {401, 403}) {
        auto r = Mapping::body(answer(status, R"({"message":"invalid token"})"));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
        EXPECT_EQ(r.error().httpStatus, status);
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("invalid token")));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("new token"))) << r.error().message.toStdString();
    }
    // Without a body it still says what to do.
    auto bare = Mapping::body(answer(401, {}));
    ASSERT_FALSE(bare);
    EXPECT_TRUE(bare.error().message.contains(QStringLiteral("new token")));
    // On the token endpoints the password is what was wrong.
    auto credentials = Mapping::body(answer(401, R"({"message":"用户名或密码错误"})"), Mapping::Credential::Password);
    ASSERT_FALSE(credentials);
    EXPECT_EQ(credentials.error().kind, ApiError::Kind::Auth);
    EXPECT_TRUE(credentials.error().message.contains(QStringLiteral("password")));
    EXPECT_TRUE(credentials.error().message.contains(QStringLiteral("用户名或密码错误")));
}

TEST(HuixingyunBody, OtherStatusesCarryTheServersMessage)
{
    auto bad = Mapping::body(answer(400, R"({"message":"gpu_count 超出可用数量"})"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(bad.error().httpStatus, 400);
    EXPECT_FALSE(bad.error().retryable);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("gpu_count 超出可用数量")));

    for (const QByteArray &body : {QByteArray(R"({"msg":"余额不足"})"), QByteArray(R"({"error":"余额不足"})"),
                                  QByteArray(R"({"error":{"message":"余额不足"}})")}) {
        auto r = Mapping::body(answer(409, body));
        ASSERT_FALSE(r);
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("余额不足"))) << body.constData();
    }

    auto gateway = Mapping::body(answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    ASSERT_FALSE(gateway);
    EXPECT_EQ(gateway.error().kind, ApiError::Kind::Http);
    EXPECT_TRUE(gateway.error().retryable);
    EXPECT_TRUE(gateway.error().message.contains(QStringLiteral("502 Bad Gateway")));
    EXPECT_FALSE(gateway.error().message.contains(QStringLiteral("<h1>")));

    // A long page is cut to an excerpt.
    auto big = Mapping::body(answer(500, QByteArray(5000, 'x')));
    ASSERT_FALSE(big);
    EXPECT_LT(big.error().message.size(), 400);

    // Secrets echoed back in an error never reach the message.
    auto echoed = Mapping::body(answer(400, R"({"message":"bad request: {\"password\":\"hunter22\"}"})"));
    ASSERT_FALSE(echoed);
    EXPECT_FALSE(echoed.error().message.contains(QStringLiteral("hunter22"))) << echoed.error().message.toStdString();

    // Transport errors pass through untouched.
    EXPECT_EQ(Mapping::body(Result<HttpResponse>(ApiError::timeout(true))).error().kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(Mapping::body(Result<HttpResponse>(ApiError::timeout(true))).error().ambiguous);
}

// ---- tokens ----

TEST(HuixingyunTokens, GenerateExample)
{
    auto body = ok200(kGenerateToken);
    ASSERT_TRUE(body);
    auto t = Mapping::generatedToken(body.value());
    ASSERT_TRUE(t);
    EXPECT_EQ(t.value().name, QStringLiteral("管理token"));
    EXPECT_EQ(t.value().scope, QStringLiteral("global"));
    EXPECT_EQ(t.value().status, QStringLiteral("active"));
    EXPECT_EQ(t.value().token, QStringLiteral("edfb5419-****-****-9093-42c7f731bad1"));
    EXPECT_EQ(t.value().createdAt, cst(2024, 6, 21, 11, 22, 44));
    EXPECT_EQ(t.value().updatedAt, cst(2024, 6, 21, 11, 22, 44));
    // The value is a secret from now on.
    EXPECT_FALSE(Redactor::redact(QStringLiteral("x edfb5419-****-****-9093-42c7f731bad1 y")).contains(u"9093"));

    EXPECT_FALSE(Mapping::generatedToken(object(R"({"token":{"name":"x"}})")));
    EXPECT_FALSE(Mapping::generatedToken(object(R"({"token":"abc"})")));
    EXPECT_FALSE(Mapping::generatedToken(QJsonObject{}));
}

TEST(HuixingyunTokens, ListExampleWithItsCommentIsRejectedAndReadWithout)
{
    auto printed = ok200(kAllTokensWithComment);
    ASSERT_FALSE(printed);
    EXPECT_EQ(printed.error().kind, ApiError::Kind::Parse);

    QByteArray clean = kAllTokensWithComment;
    clean.replace("// 更多Token信息...\n", "");
    auto body = ok200(clean);
    ASSERT_TRUE(body);
    auto tokens = Mapping::tokens(body.value());
    ASSERT_TRUE(tokens);
    ASSERT_EQ(tokens.value().size(), 2);
    EXPECT_EQ(tokens.value().at(1).createdAt, cst(2024, 6, 21, 11, 28, 48));
    EXPECT_EQ(tokens.value().first().token, QStringLiteral("11b34725-xxxx-xxxx-xxxx-fc02a3630c21"));

    EXPECT_TRUE(Mapping::tokens(object(R"({"tokens":[]})")));
    EXPECT_FALSE(Mapping::tokens(object(R"({"tokens":{}})")));
    EXPECT_FALSE(Mapping::tokens(object(R"({"tokens":["abc"]})")));
    EXPECT_FALSE(Mapping::tokens(QJsonObject{}));
}

TEST(HuixingyunTokens, SuccessAnswers)
{
    EXPECT_TRUE(Mapping::success(ok200(R"({"success":true})").value()));
    // The snapshot example is printed with an unquoted key: not JSON.
    auto snapshot = ok200("{ success: true }");
    ASSERT_FALSE(snapshot);
    EXPECT_EQ(snapshot.error().kind, ApiError::Kind::Parse);

    auto refused = Mapping::success(object(R"({"success":false,"message":"token 不存在"})"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Platform);
    EXPECT_EQ(refused.error().message, QStringLiteral("token 不存在"));
    EXPECT_FALSE(Mapping::success(object(R"({"success":false})")));
    EXPECT_FALSE(Mapping::success(QJsonObject{}));
    EXPECT_FALSE(Mapping::success(object(R"({"success":[]})")));
}

// ---- catalog ----

TEST(HuixingyunCatalog, ProductExampleIsTruncatedAndReadOnceClosed)
{
    auto printed = ok200(kProductsTruncated);
    ASSERT_FALSE(printed);
    EXPECT_EQ(printed.error().kind, ApiError::Kind::Parse);

    auto body = ok200(kProductsTruncated + "\n}");
    ASSERT_TRUE(body);
    auto products = Mapping::products(body.value());
    ASSERT_TRUE(products);
    ASSERT_EQ(products.value().size(), 3);
    const GpuProduct &free = products.value().first();
    EXPECT_EQ(free.name, QStringLiteral("NVIDIA 4090 免费版"));
    EXPECT_EQ(free.gpuType, QStringLiteral("geforce_rtx_4090_free_102"));
    EXPECT_EQ(free.diskCapGb, 1340);
    EXPECT_EQ(free.memoryGb, 90);
    EXPECT_EQ(free.cpu, 16);
    EXPECT_EQ(free.roomName, QStringLiteral("102"));
    EXPECT_EQ(free.gpuRemain, 1);
    EXPECT_EQ(free.systemDiskGb, 60);
    EXPECT_EQ(free.dataDiskGb, 100);
    EXPECT_EQ(free.gpuRamGb, 24);
    // Same name, different types: RAM tells them apart.
    EXPECT_EQ(products.value().at(1).name, products.value().at(2).name);
    EXPECT_EQ(products.value().at(1).memoryGb, 100);
    EXPECT_EQ(products.value().at(2).memoryGb, 60);
}

TEST(HuixingyunCatalog, NumbersMayComeAsStrings)
{
    auto products = Mapping::products(object(
        R"({"items":[{"name":"A100","gpu_type":"a100_105","disk_cap":"2000","memory":"200","cpu":"32","room_name":105,"gpu_remain":"4","disk_one":"60","disk_data_one":"100","gpu_ram":"80"}],"total_items":"1"})"));
    ASSERT_TRUE(products);
    const GpuProduct &p = products.value().first();
    EXPECT_EQ(p.diskCapGb, 2000);
    EXPECT_EQ(p.memoryGb, 200);
    EXPECT_EQ(p.cpu, 32);
    EXPECT_EQ(p.roomName, QStringLiteral("105"));
    EXPECT_EQ(p.gpuRemain, 4);
    EXPECT_EQ(p.gpuRamGb, 80);

    EXPECT_TRUE(Mapping::products(object(R"({"items":[],"total_items":0})")));
    EXPECT_TRUE(Mapping::products(object(R"({"total_items":0})")));
    EXPECT_FALSE(Mapping::products(object(R"({"items":{}})")));
    EXPECT_FALSE(Mapping::products(object(R"({"items":[1]})")));
    EXPECT_FALSE(Mapping::products(object(R"({"items":[{"name":"no type"}]})")));
}

TEST(HuixingyunCatalog, ApplicationExample)
{
    auto body = ok200(kApplications);
    ASSERT_TRUE(body);
    auto apps = Mapping::applications(body.value());
    ASSERT_TRUE(apps);
    ASSERT_EQ(apps.value().size(), 6);
    EXPECT_EQ(apps.value().first().appType, QStringLiteral("sd-webui"));
    EXPECT_EQ(apps.value().first().title, QStringLiteral("Stable Diffusion WebUI"));
    EXPECT_EQ(apps.value().last().appType, QStringLiteral("comfyui-clay"));
    EXPECT_EQ(apps.value().last().memoryGb, 100);
    EXPECT_EQ(apps.value().last().systemDiskGb, 60);
    EXPECT_EQ(apps.value().last().dataDiskGb, 100);
    EXPECT_FALSE(Mapping::applications(object(R"({"items":[{"title":"x"}]})")));
}

TEST(HuixingyunCatalog, ImageExamples)
{
    auto printed = ok200(kPublicImagesWithComment);
    ASSERT_FALSE(printed);
    EXPECT_EQ(printed.error().kind, ApiError::Kind::Parse);

    QByteArray clean = kPublicImagesWithComment;
    clean.replace("},\n// 更多镜像信息...\n", "}\n");
    auto body = ok200(clean);
    ASSERT_TRUE(body);
    auto images = Mapping::images(body.value(), false);
    ASSERT_TRUE(images);
    ASSERT_EQ(images.value().size(), 1);
    const Image &i = images.value().first();
    EXPECT_EQ(i.name, QStringLiteral("app-openwebui_20240525"));
    EXPECT_EQ(i.imageId, QStringLiteral("0917a7f0-1c03-11ef-9f0d-4faf337438da"));
    EXPECT_EQ(i.scene, QStringLiteral("Gpu"));
    EXPECT_EQ(i.os, QStringLiteral("linux"));
    EXPECT_TRUE(i.description.startsWith(QStringLiteral("ubuntu 22.04")));
    EXPECT_EQ(i.roomName, QStringLiteral("105"));
    EXPECT_FALSE(i.mine);

    auto mine = Mapping::images(ok200(kMyImages).value(), true);
    ASSERT_TRUE(mine);
    ASSERT_EQ(mine.value().size(), 2);
    EXPECT_TRUE(mine.value().first().mine);
    EXPECT_EQ(mine.value().at(1).name, QStringLiteral("镜像2"));
    EXPECT_EQ(mine.value().at(1).description, QStringLiteral("创建时间: 2024-06-20 18:53:24"));
    EXPECT_FALSE(Mapping::images(object(R"({"items":[{"name":"no id"}]})"), false));
}

// ---- orders ----

TEST(HuixingyunOrders, BuyExamples)
{
    auto body = ok200(kBuy);
    ASSERT_TRUE(body);
    auto o = Mapping::order(body.value());
    ASSERT_TRUE(o);
    EXPECT_EQ(o.value().succeeded, 1);
    EXPECT_EQ(o.value().failed, 0);
    EXPECT_EQ(o.value().orderUids, QStringList{QStringLiteral("20240705173xxxx20674")});
    EXPECT_TRUE(o.value().failures.isEmpty());

    auto app = Mapping::order(object(R"({"success_instance":1,"fail_instance":0,"success":[{"order_uid":"20240708143xxx021122"}],"fails":[]})"));
    ASSERT_TRUE(app);
    EXPECT_EQ(app.value().orderUids.first(), QStringLiteral("20240708143xxx021122"));
}

TEST(HuixingyunOrders, PartialOrdersAndStringCounts)
{
    auto o = Mapping::order(object(
        R"({"success_instance":"2","fail_instance":"1","success":[{"order_uid":"A"},{"order_uid":"B"}],"fails":[{"reason":"库存不足"}]})"));
    ASSERT_TRUE(o);
    EXPECT_EQ(o.value().succeeded, 2);
    EXPECT_EQ(o.value().failed, 1);
    EXPECT_EQ(o.value().orderUids, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_EQ(o.value().failures, QStringList{QStringLiteral("库存不足")});

    // Counts missing: the lists stand in.
    auto counted = Mapping::order(object(R"({"success":["C"],"fails":["sold out","sold out"]})"));
    ASSERT_TRUE(counted);
    EXPECT_EQ(counted.value().succeeded, 1);
    EXPECT_EQ(counted.value().failed, 2);
    EXPECT_EQ(counted.value().orderUids, QStringList{QStringLiteral("C")});
    EXPECT_EQ(counted.value().failures.first(), QStringLiteral("sold out"));

    EXPECT_FALSE(Mapping::order(QJsonObject{}));
    EXPECT_FALSE(Mapping::order(object(R"({"success":{},"fails":[]})")));
    EXPECT_FALSE(Mapping::order(object(R"({"success":[],"fails":"none"})")));
}

// ---- instances ----

TEST(HuixingyunInstances, ListExampleAsPrintedIsRejected)
{
    auto printed = ok200(kInstancesAsPrinted);
    ASSERT_FALSE(printed);
    EXPECT_EQ(printed.error().kind, ApiError::Kind::Parse);
    // Each of its two defects alone breaks it.
    QByteArray portOnly = kInstancesAsPrinted;
    portOnly.replace("\"port\": xxxx,", "\"port\": 22,");
    EXPECT_FALSE(ok200(portOnly));
    QByteArray commaOnly = kInstancesAsPrinted;
    commaOnly.replace("\"password\": \"xxxx\"\n", "\"password\": \"xxxx\",\n");
    EXPECT_FALSE(ok200(commaOnly));
}

TEST(HuixingyunInstances, ListExampleRepaired)
{
    auto body = ok200(repairedInstances());
    ASSERT_TRUE(body);
    auto list = Mapping::instances(body.value());
    ASSERT_TRUE(list);
    ASSERT_EQ(list.value().size(), 1);
    const Instance &i = list.value().first();
    EXPECT_EQ(i.gid, QStringLiteral("gpu-105b63811xxxxxa4cb082"));
    EXPECT_EQ(i.name, QStringLiteral("NVIDIA 4090 * 1"));
    EXPECT_EQ(i.image.imageId, QStringLiteral("04c852e9-91a3-xxxx-b5de-a07acc51c39f"));
    EXPECT_EQ(i.image.name, QStringLiteral("0705测试"));
    EXPECT_EQ(i.image.os, QStringLiteral("linux"));
    EXPECT_EQ(i.gpuType, QStringLiteral("geforce_rtx_4090_16u100m_105"));
    EXPECT_EQ(i.gpuModel, QStringLiteral("NVIDIA 4090 * 1"));
    EXPECT_EQ(i.gpuCount, 1);    // "1"
    EXPECT_EQ(i.diskFreeGb, 160); // "160"
    EXPECT_EQ(i.gpuRamGb, 24);
    EXPECT_EQ(i.memoryGb, 100);
    EXPECT_EQ(i.cpu, 16);
    EXPECT_EQ(i.ip, QStringLiteral("xxxxx"));
    EXPECT_EQ(i.port, 22);
    EXPECT_EQ(i.username, QStringLiteral("root"));
    EXPECT_EQ(i.password, QStringLiteral("Pw-7q!xz93"));
    EXPECT_EQ(i.payMethod, QStringLiteral("Month"));
    EXPECT_EQ(i.status, QStringLiteral("Stopped"));
    EXPECT_EQ(i.createdAt, cst(2024, 7, 5, 15, 21, 21));
    EXPECT_EQ(i.expiresAt, cst(2024, 8, 4, 15, 23, 27));
    EXPECT_EQ(i.roomName, QStringLiteral("105"));
    EXPECT_EQ(i.orderUid, QStringLiteral("20240705173xxxx20674"));
    // The password stays out of raw and out of every log.
    EXPECT_FALSE(i.raw.contains(QStringLiteral("password")));
    EXPECT_EQ(i.raw.value(QStringLiteral("gid")).toString(), i.gid);
    EXPECT_EQ(Redactor::redact(QStringLiteral("ssh pass Pw-7q!xz93")), QStringLiteral("ssh pass ***"));

    const Resource r = Mapping::toResource(i, QStringLiteral("acc"));
    EXPECT_EQ(r.platform, QStringLiteral("huixingyun"));
    EXPECT_EQ(r.accountId, QStringLiteral("acc"));
    EXPECT_EQ(r.kind, ResourceKind::Instance);
    EXPECT_EQ(r.id, i.gid);
    EXPECT_EQ(r.name, QStringLiteral("NVIDIA 4090 * 1"));
    EXPECT_EQ(r.status, ResourceStatus::Stopped);
    EXPECT_EQ(r.statusText, QStringLiteral("Stopped"));
    EXPECT_EQ(r.gpuModel, QStringLiteral("NVIDIA 4090"));
    EXPECT_EQ(r.gpuCount, 1);
    EXPECT_EQ(r.cpuCores, 16);
    EXPECT_EQ(r.memoryGb, 100);
    EXPECT_EQ(r.diskGb, 160);
    EXPECT_EQ(r.region, QStringLiteral("105"));
    EXPECT_EQ(r.billing, QStringLiteral("Monthly"));
    EXPECT_EQ(r.createdAt, i.createdAt);
    EXPECT_EQ(r.expiresAt, i.expiresAt);
    EXPECT_EQ(r.remote, (RemoteAccess{QStringLiteral("xxxxx"), 22, QStringLiteral("root"), QStringLiteral("Pw-7q!xz93")}));
    EXPECT_FALSE(r.raw.contains(QStringLiteral("password")));
    EXPECT_FALSE(QJsonDocument(r.raw).toJson().contains("Pw-7q"));
    EXPECT_FALSE(r.pricePerHour.has_value());

    // A card-less stop is marked, since the list cannot show it.
    const Resource cardless = Mapping::toResource(i, QStringLiteral("acc"), true);
    EXPECT_EQ(cardless.status, ResourceStatus::Stopped);
    EXPECT_NE(cardless.statusText, QStringLiteral("Stopped"));
    EXPECT_TRUE(cardless.statusText.startsWith(QStringLiteral("Stopped")));
    EXPECT_TRUE(cardless.statusText.contains(QStringLiteral("card-less")));
}

TEST(HuixingyunInstances, NumbersEitherWayAndAppTitles)
{
    auto list = Mapping::instances(object(R"({"items":[
        {"gid":"gpu-1","name":"NVIDIA 4090 * 2","size":{"gpu":2,"disk_free":260,"gpu_model":"NVIDIA 4090 * 2","memory":"100","cpu":"16","gpu_ram":"24"},"port":"30022","status":"Running","pay_method":"Hour","app_metadata":{"title":"ComfyUI","web_url":"https://gpu-1.app.example/"}},
        {"gid":"gpu-2","name":"A100 × 8","size":{"gpu_model":"A100 × 8"},"status":"Rebuilding","pay_method":"Week"}
    ],"total":2})"));
    ASSERT_TRUE(list);
    const Instance &a = list.value().first();
    EXPECT_EQ(a.gpuCount, 2);
    EXPECT_EQ(a.diskFreeGb, 260);
    EXPECT_EQ(a.memoryGb, 100);
    EXPECT_EQ(a.port, 30022);
    const Resource ra = Mapping::toResource(a, {});
    EXPECT_EQ(ra.name, QStringLiteral("ComfyUI · NVIDIA 4090 * 2"));
    EXPECT_EQ(ra.webUrl, QStringLiteral("https://gpu-1.app.example/"));
    EXPECT_EQ(ra.billing, QStringLiteral("Hourly"));
    EXPECT_EQ(ra.status, ResourceStatus::Running);
    // The count comes from the model text when "gpu" is missing.
    const Resource rb = Mapping::toResource(list.value().at(1), {});
    EXPECT_EQ(rb.gpuCount, 8);
    EXPECT_EQ(rb.gpuModel, QStringLiteral("A100"));
    EXPECT_EQ(rb.billing, QStringLiteral("Week")); // unknown: kept
    EXPECT_EQ(rb.status, ResourceStatus::Starting);
    EXPECT_EQ(rb.statusText, QStringLiteral("Rebuilding"));

    EXPECT_TRUE(Mapping::instances(object(R"({"items":[],"total":"0"})")));
    EXPECT_FALSE(Mapping::instances(object(R"({"items":[{"name":"no gid"}],"total":"1"})")));
    EXPECT_FALSE(Mapping::instances(object(R"({"items":"none"})")));
    EXPECT_FALSE(Mapping::instances(QJsonObject{}));
}

TEST(HuixingyunInstances, StatusWords)
{
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Running")), ResourceStatus::Running);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Stopped")), ResourceStatus::Stopped);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Starting")), ResourceStatus::Starting);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Stopping")), ResourceStatus::Stopping);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Creating")), ResourceStatus::Creating);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Rebuilding")), ResourceStatus::Starting);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Destroying")), ResourceStatus::Stopping);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("running")), ResourceStatus::Running);
    EXPECT_EQ(Mapping::normalizedStatus(QStringLiteral("Expired")), ResourceStatus::Unknown);
    EXPECT_EQ(Mapping::normalizedStatus(QString()), ResourceStatus::Unknown);
    // Unknown words are shown as they came.
    EXPECT_EQ(resourceWith(QStringLiteral("Expired"), QStringLiteral("Month")).statusText, QStringLiteral("Expired"));
    // The marker is for stopped instances only.
    Instance running = Mapping::instance(object(R"({"gid":"g","status":"Running"})"));
    EXPECT_EQ(Mapping::toResource(running, {}, true).statusText, QStringLiteral("Running"));

    EXPECT_EQ(Mapping::gpuModelName(QStringLiteral("NVIDIA 4090 * 1")), QStringLiteral("NVIDIA 4090"));
    EXPECT_EQ(Mapping::gpuModelName(QStringLiteral("NVIDIA 4090")), QStringLiteral("NVIDIA 4090"));
    EXPECT_EQ(Mapping::gpuModelName(QStringLiteral("H800*8")), QStringLiteral("H800"));
    EXPECT_EQ(Mapping::billingLabel(QStringLiteral("Day")), QStringLiteral("Daily"));
    EXPECT_EQ(Mapping::payUnitFromKey(QStringLiteral("monthly")), PayUnit::Monthly);
    EXPECT_EQ(Mapping::payUnitFromKey(QStringLiteral("Daily")), PayUnit::Daily);
    EXPECT_EQ(Mapping::payUnitFromKey(QStringLiteral("4")), PayUnit::Hourly);
    EXPECT_FALSE(Mapping::payUnitFromKey(QStringLiteral("weekly")).has_value());
}

// ---- batch answers ----

TEST(HuixingyunBatch, DocumentExamples)
{
    const QString a = QStringLiteral("gpu-101bc3209xxxx58442686");
    const QString b = QStringLiteral("gpu-101f5c582xxxx54715bf");
    // Restart (and start, rebuild, destroy, lengthen, renew: the same shape).
    auto restart = Mapping::batch(ok200(R"({
"fails": [],
"success": [
"gpu-101bc3209xxxx58442686",
"gpu-101f5c582xxxx54715bf"
]
})").value(), {a, b});
    ASSERT_TRUE(restart);
    EXPECT_EQ(restart.value().succeeded, (QStringList{a, b}));
    EXPECT_TRUE(restart.value().allSucceeded());

    // The stop example answers for another gid than it sent: the sent one is not a success.
    const QString sent = QStringLiteral("gpu-105e085xxxxxf4940e799");
    auto stop = Mapping::batch(ok200(R"({
"fails": [],
"success": [
"gpu-101f5cxxxxxc554715bf"
]
})").value(), {sent});
    ASSERT_TRUE(stop);
    EXPECT_TRUE(stop.value().succeeded.isEmpty());
    ASSERT_EQ(stop.value().failed.size(), 1);
    EXPECT_EQ(stop.value().failed.first().first, sent);
    EXPECT_EQ(stop.value().failed.first().second, Mapping::noAnswerReason());
}

TEST(HuixingyunBatch, FailsAreRenderedWhateverTheirShape)
{
    const QStringList ids{QStringLiteral("gpu-a"), QStringLiteral("gpu-b"), QStringLiteral("gpu-c"),
                          QStringLiteral("gpu-d"), QStringLiteral("gpu-e"), QStringLiteral("gpu-f")};
    auto r = Mapping::batch(object(R"({"success":["gpu-a"],"fails":[
        {"gid":"gpu-b","reason":"只有已关机的实例可以开机"},
        {"gid":"gpu-c","message":"实例不存在"},
        {"gid":"gpu-d","msg":"余额不足","code":17},
        "gpu-e",
        "gpu-f: 镜像不属于实例所在区"
    ]})"), ids);
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value().succeeded, QStringList{QStringLiteral("gpu-a")});
    ASSERT_EQ(r.value().failed.size(), 5);
    QHash<QString, QString> reasons;
    for (const auto &[id, reason] : r.value().failed)
        reasons.insert(id, reason);
    EXPECT_EQ(reasons.value(QStringLiteral("gpu-b")), QStringLiteral("只有已关机的实例可以开机"));
    EXPECT_EQ(reasons.value(QStringLiteral("gpu-c")), QStringLiteral("实例不存在"));
    EXPECT_EQ(reasons.value(QStringLiteral("gpu-d")), QStringLiteral("余额不足"));
    EXPECT_FALSE(reasons.value(QStringLiteral("gpu-e")).isEmpty());
    EXPECT_NE(reasons.value(QStringLiteral("gpu-e")), QStringLiteral("gpu-e"));
    EXPECT_EQ(reasons.value(QStringLiteral("gpu-f")), QStringLiteral("gpu-f: 镜像不属于实例所在区"));

    // An object with no known reason field is shown as it is, without the id or secrets.
    EXPECT_EQ(Mapping::failureText(object(R"({"gid":"gpu-x","code":5,"token":"abcd-secret"})")),
              QStringLiteral("gpu-x: {\"code\":5}"));
    EXPECT_EQ(Mapping::failureText(QJsonValue(QStringLiteral("sold out"))), QStringLiteral("sold out"));
    EXPECT_EQ(Mapping::failureText(QJsonValue(42)), QStringLiteral("42"));
    EXPECT_FALSE(Mapping::failureText(QJsonValue()).isEmpty());
    EXPECT_FALSE(Mapping::failureText(QJsonObject{}).isEmpty());
}

TEST(HuixingyunBatch, UnansweredAndUnattributed)
{
    const QStringList ids{QStringLiteral("gpu-a"), QStringLiteral("gpu-b")};
    // Neither listed: no answer.
    auto none = Mapping::batch(object(R"({"success":[],"fails":[]})"), ids);
    ASSERT_TRUE(none);
    ASSERT_EQ(none.value().failed.size(), 2);
    EXPECT_EQ(none.value().failed.at(1).second, Mapping::noAnswerReason());

    // A reason that names no id goes to the ids left without an answer.
    auto vague = Mapping::batch(object(R"({"success":["gpu-a"],"fails":["GPU 资源不足"]})"), ids);
    ASSERT_TRUE(vague);
    EXPECT_EQ(vague.value().succeeded, QStringList{QStringLiteral("gpu-a")});
    ASSERT_EQ(vague.value().failed.size(), 1);
    EXPECT_EQ(vague.value().failed.first(), qMakePair(QStringLiteral("gpu-b"), QStringLiteral("GPU 资源不足")));

    // Ids not asked about are ignored; duplicates are answered once; a failure beats a success.
    auto odd = Mapping::batch(object(R"({"success":["gpu-z","gpu-a",{"gid":"gpu-b"}],"fails":[{"gid":"gpu-a","reason":"x"}]})"),
                              {QStringLiteral("gpu-a"), QStringLiteral("gpu-b"), QStringLiteral("gpu-b")});
    ASSERT_TRUE(odd);
    EXPECT_EQ(odd.value().succeeded, QStringList{QStringLiteral("gpu-b")});
    ASSERT_EQ(odd.value().failed.size(), 1);
    EXPECT_EQ(odd.value().failed.first().first, QStringLiteral("gpu-a"));

    // Absent lists are empty; lists of the wrong type and answers with neither list are broken.
    auto onlyFails = Mapping::batch(object(R"({"fails":[]})"), ids);
    ASSERT_TRUE(onlyFails);
    EXPECT_EQ(onlyFails.value().failed.size(), 2);
    EXPECT_FALSE(Mapping::batch(object(R"({"success":true})"), ids));
    EXPECT_FALSE(Mapping::batch(object(R"({"success":[],"fails":{}})"), ids));
    EXPECT_FALSE(Mapping::batch(QJsonObject{}, ids));
}

// ---- the provider's rules, without a network ----

class HuixingyunRules : public ::testing::Test
{
protected:
    HuixingyunRules()
    {
        Account a;
        a.id = QStringLiteral("acc");
        a.platform = QStringLiteral("huixingyun");
        a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        session = std::make_unique<AccountSession>(a, nullptr);
        provider = std::make_unique<HuixingyunProvider>(session.get());
    }
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<HuixingyunProvider> provider;
};

TEST_F(HuixingyunRules, CapabilitiesAndActions)
{
    const auto caps = provider->capabilities();
    EXPECT_TRUE(caps.testFlag(Provider::Capability::ListResources));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::CreateInstance));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::BatchActions));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::Tokens));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::RemoteAccess));
    EXPECT_TRUE(caps.testFlag(Provider::Capability::Images));
    EXPECT_FALSE(caps.testFlag(Provider::Capability::Balance));
    EXPECT_FALSE(caps.testFlag(Provider::Capability::ScheduledShutdown));

    EXPECT_EQ(provider->actions(),
              (QList<Action>{Action::Start, Action::Stop, Action::StopCardless, Action::Restart, Action::Rebuild,
                             Action::Snapshot, Action::ChangeBilling, Action::Renew, Action::Destroy}));
    QStringList cliNames;
    for (Action a : provider->actions()) {
        const ActionInfo info = provider->actionInfo(a);
        EXPECT_FALSE(info.label.isEmpty());
        cliNames.append(info.cliName);
        const bool costly = a == Action::Destroy || a == Action::Rebuild || a == Action::ChangeBilling || a == Action::Renew;
        EXPECT_EQ(info.needsConfirmation, costly) << info.cliName.toStdString();
        if (costly) {
            EXPECT_FALSE(info.warning.isEmpty()) << info.cliName.toStdString();
        }
    }
    EXPECT_EQ(cliNames, (QStringList{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("stop-cardless"),
                                     QStringLiteral("restart"), QStringLiteral("rebuild"), QStringLiteral("snapshot"),
                                     QStringLiteral("lengthen"), QStringLiteral("renew"), QStringLiteral("destroy")}));
    EXPECT_TRUE(provider->actionInfo(Action::ChangeBilling).warning.contains(QStringLiteral("one-way")));
    EXPECT_TRUE(provider->actionInfo(Action::Rebuild).warning.contains(QStringLiteral("system disk")));
    EXPECT_TRUE(provider->actionInfo(Action::Destroy).warning.contains(QStringLiteral("cannot be undone")));
}

TEST_F(HuixingyunRules, PowerActionsFollowTheStatus)
{
    const Resource running = resourceWith(QStringLiteral("Running"), QStringLiteral("Hour"));
    const Resource stopped = resourceWith(QStringLiteral("Stopped"), QStringLiteral("Hour"));
    const Resource starting = resourceWith(QStringLiteral("Starting"), QStringLiteral("Hour"));
    EXPECT_TRUE(provider->availability(stopped, Action::Start).available);
    EXPECT_FALSE(provider->availability(running, Action::Start).available);
    EXPECT_FALSE(provider->availability(running, Action::Start).reason.isEmpty());
    for (Action a : {Action::Stop, Action::StopCardless, Action::Restart}) {
        EXPECT_TRUE(provider->availability(running, a).available);
        EXPECT_FALSE(provider->availability(stopped, a).available);
        EXPECT_FALSE(provider->availability(starting, a).available);
    }
    EXPECT_FALSE(provider->availability(starting, Action::Start).available);
    EXPECT_FALSE(provider->availability(running, Action::ScheduleShutdown).available);
}

TEST_F(HuixingyunRules, DestroyNeedsHourlyAndStopped)
{
    EXPECT_TRUE(provider->availability(resourceWith(QStringLiteral("Stopped"), QStringLiteral("Hour")), Action::Destroy).available);
    const Availability running = provider->availability(resourceWith(QStringLiteral("Running"), QStringLiteral("Hour")), Action::Destroy);
    EXPECT_FALSE(running.available);
    EXPECT_TRUE(running.reason.contains(QStringLiteral("hourly")));
    EXPECT_TRUE(running.reason.contains(QStringLiteral("stop")));
    const Availability monthly = provider->availability(resourceWith(QStringLiteral("Stopped"), QStringLiteral("Month")), Action::Destroy);
    EXPECT_FALSE(monthly.available);
    EXPECT_TRUE(monthly.reason.contains(QStringLiteral("hourly")));
    EXPECT_TRUE(monthly.reason.contains(QStringLiteral("monthly")));
    EXPECT_FALSE(provider->availability(resourceWith(QStringLiteral("Stopped"), QStringLiteral("Day")), Action::Destroy).available);
    EXPECT_FALSE(provider->availability(resourceWith(QStringLiteral("Running"), QStringLiteral("Day")), Action::Destroy).available);
}

TEST_F(HuixingyunRules, BillingChangesAndRenewals)
{
    const Resource hourly = resourceWith(QStringLiteral("Running"), QStringLiteral("Hour"));
    const Resource daily = resourceWith(QStringLiteral("Running"), QStringLiteral("Day"));
    const Resource monthly = resourceWith(QStringLiteral("Running"), QStringLiteral("Month"));
    EXPECT_TRUE(provider->availability(hourly, Action::ChangeBilling).available);
    EXPECT_TRUE(provider->availability(daily, Action::ChangeBilling).available);
    const Availability back = provider->availability(monthly, Action::ChangeBilling);
    EXPECT_FALSE(back.available);
    EXPECT_TRUE(back.reason.contains(QStringLiteral("already")));
    EXPECT_TRUE(back.reason.contains(QStringLiteral("monthly")));

    EXPECT_EQ(HuixingyunProvider::billingTargets(QStringLiteral("Hour")), (QList<PayUnit>{PayUnit::Daily, PayUnit::Monthly}));
    EXPECT_EQ(HuixingyunProvider::billingTargets(QStringLiteral("Day")), QList<PayUnit>{PayUnit::Monthly});
    EXPECT_TRUE(HuixingyunProvider::billingTargets(QStringLiteral("Month")).isEmpty());
    EXPECT_FALSE(HuixingyunProvider::validateChangeBilling(QStringLiteral("Hour"), PayUnit::Daily));
    EXPECT_FALSE(HuixingyunProvider::validateChangeBilling(QStringLiteral("Hour"), PayUnit::Monthly));
    EXPECT_FALSE(HuixingyunProvider::validateChangeBilling(QStringLiteral("Day"), PayUnit::Monthly));
    EXPECT_TRUE(HuixingyunProvider::validateChangeBilling(QStringLiteral("Day"), PayUnit::Daily));
    EXPECT_TRUE(HuixingyunProvider::validateChangeBilling(QStringLiteral("Hour"), PayUnit::Hourly));
    EXPECT_TRUE(HuixingyunProvider::validateChangeBilling(QStringLiteral("Month"), PayUnit::Monthly));
    EXPECT_TRUE(HuixingyunProvider::validateChangeBilling(QStringLiteral("Week"), PayUnit::Monthly));

    EXPECT_FALSE(provider->availability(hourly, Action::Renew).available);
    EXPECT_TRUE(provider->availability(daily, Action::Renew).available);
    EXPECT_TRUE(provider->availability(monthly, Action::Renew).available);
    EXPECT_EQ(HuixingyunProvider::renewPeriods(QStringLiteral("Day")), (QList<int>{1, 3, 7}));
    EXPECT_EQ(HuixingyunProvider::renewPeriods(QStringLiteral("Month")), (QList<int>{1, 3, 12}));
    EXPECT_TRUE(HuixingyunProvider::renewPeriods(QStringLiteral("Hour")).isEmpty());
    for (int p : {1, 3, 7})
        EXPECT_FALSE(HuixingyunProvider::validateRenew(QStringLiteral("Day"), p)) << p;
    for (int p : {1, 3, 12})
        EXPECT_FALSE(HuixingyunProvider::validateRenew(QStringLiteral("Month"), p)) << p;
    EXPECT_TRUE(HuixingyunProvider::validateRenew(QStringLiteral("Day"), 12));
    EXPECT_TRUE(HuixingyunProvider::validateRenew(QStringLiteral("Month"), 7));
    EXPECT_TRUE(HuixingyunProvider::validateRenew(QStringLiteral("Day"), 2));
    EXPECT_TRUE(HuixingyunProvider::validateRenew(QStringLiteral("Hour"), 1));
}

TEST_F(HuixingyunRules, BuyValidation)
{
    GpuProduct p;
    p.name = QStringLiteral("NVIDIA 4090");
    p.gpuType = QStringLiteral("geforce_rtx_4090_16u100m_106");
    p.roomName = QStringLiteral("106");
    p.gpuRemain = 8;
    p.diskCapGb = 4000;
    BuyRequest ok;
    ok.imageId = QStringLiteral("img");
    ok.gpuType = p.gpuType;
    ok.roomName = p.roomName;
    ok.gpusPerInstance = 8;
    ok.extraDiskGb = 300;
    EXPECT_FALSE(HuixingyunProvider::validateBuy(ok, p));

    BuyRequest r = ok;
    r.count = 0;
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p));
    r = ok;
    r.gpusPerInstance = 9;
    ASSERT_TRUE(HuixingyunProvider::validateBuy(r, p));
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p)->contains(u'8'));
    r.gpusPerInstance = 0;
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p));
    r = ok;
    r.extraDiskGb = 150;
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p));
    r.extraDiskGb = -100;
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p));
    r.extraDiskGb = 4100;
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p));
    r = ok;
    r.roomName = QStringLiteral("105");
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p));
    r = ok;
    r.imageId.clear();
    EXPECT_TRUE(HuixingyunProvider::validateBuy(r, p));
    GpuProduct soldOut = p;
    soldOut.gpuRemain = 0;
    EXPECT_TRUE(HuixingyunProvider::validateBuy(ok, soldOut));

    BuyAppRequest app;
    app.appType = QStringLiteral("comfyui");
    EXPECT_FALSE(HuixingyunProvider::validateBuyApplication(app));
    app.count = 0;
    EXPECT_TRUE(HuixingyunProvider::validateBuyApplication(app));
}

TEST_F(HuixingyunRules, RebuildKeepsTheOs)
{
    EXPECT_FALSE(HuixingyunProvider::validateRebuildOs(QStringLiteral("linux"), QStringLiteral("Linux")));
    EXPECT_FALSE(HuixingyunProvider::validateRebuildOs(QString(), QStringLiteral("windows")));
    EXPECT_FALSE(HuixingyunProvider::validateRebuildOs(QStringLiteral("linux"), QString()));
    auto cross = HuixingyunProvider::validateRebuildOs(QStringLiteral("linux"), QStringLiteral("windows"));
    ASSERT_TRUE(cross);
    EXPECT_TRUE(cross->contains(QStringLiteral("windows")));
}

TEST_F(HuixingyunRules, RefusedRequestsSendNothingAndAnswerLater)
{
    const Resource running = resourceWith(QStringLiteral("Running"), QStringLiteral("Hour"));
    auto run = [&](const QList<Resource> &resources, const ActionRequest &request) {
        std::optional<Result<BatchOutcome>> out;
        QObject context;
        provider->performBatch(resources, request, &context, [&](const Result<BatchOutcome> &r) { out.emplace(r); });
        EXPECT_FALSE(out.has_value()); // never synchronous
        EXPECT_TRUE(suanli::test::waitFor([&] { return out.has_value(); }, 2000));
        return *out;
    };
    ActionRequest snapshot;
    snapshot.action = Action::Snapshot;
    auto unnamed = run({running}, snapshot);
    ASSERT_FALSE(unnamed);
    EXPECT_EQ(unnamed.error().kind, ApiError::Kind::Unsupported);
    snapshot.name = QStringLiteral("env");
    Resource other = running;
    other.id = QStringLiteral("gpu-other");
    EXPECT_FALSE(run({running, other}, snapshot));

    ActionRequest renew;
    renew.action = Action::Renew;
    renew.periods = 5;
    EXPECT_FALSE(run({running}, renew));

    ActionRequest billing;
    billing.action = Action::ChangeBilling;
    billing.billing = QStringLiteral("hourly");
    EXPECT_FALSE(run({running}, billing));

    ActionRequest rebuild;
    rebuild.action = Action::Rebuild;
    EXPECT_FALSE(run({running}, rebuild));

    // Per resource: refused ones are failed, with the reason, without a request.
    ActionRequest start;
    start.action = Action::Start;
    auto refused = run({running}, start);
    ASSERT_TRUE(refused);
    ASSERT_EQ(refused.value().failed.size(), 1);
    EXPECT_EQ(refused.value().failed.first().second, provider->availability(running, Action::Start).reason);
    EXPECT_EQ(session->state(), AccountState::SignedOut); // nothing was asked of the platform

    std::optional<Result<Balance>> balance;
    QObject context;
    provider->balance(&context, [&](const Result<Balance> &r) { balance.emplace(r); });
    ASSERT_TRUE(suanli::test::waitFor([&] { return balance.has_value(); }, 2000));
    ASSERT_FALSE(*balance);
    EXPECT_EQ(balance->error().kind, ApiError::Kind::Unsupported);
    EXPECT_TRUE(balance->error().message.contains(QStringLiteral("balance")));
}

// ---- every JSONTestSuite case through every decoder ----

TEST(HuixingyunDecoders, JsonTestSuite)
{
    const QDir dir(sharedData(QStringLiteral("jsontestsuite/test_parsing")));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 300) << "JSONTestSuite not found at " << dir.absolutePath().toStdString();
    const QStringList ids{QStringLiteral("gpu-a"), QStringLiteral("gpu-b")};
    int rejectedInvalid = 0;
    int invalid = 0;
    auto feed = [&ids](const QJsonObject &o) {
        (void)Mapping::generatedToken(o);
        (void)Mapping::tokens(o);
        (void)Mapping::success(o);
        (void)Mapping::products(o);
        (void)Mapping::applications(o);
        (void)Mapping::images(o, false);
        (void)Mapping::order(o);
        if (auto list = Mapping::instances(o)) {
            for (const Instance &i : list.value())
                (void)Mapping::toResource(i, {}, true);
        }
        (void)Mapping::batch(o, ids);
    };
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        const QString name = fi.fileName();

        auto bare = ok200(body);
        if (name.startsWith(u"n_")) {
            ++invalid;
            if (!bare) {
                ++rejectedInvalid;
                EXPECT_EQ(bare.error().kind, ApiError::Kind::Parse) << name.toStdString();
            }
        } else if (name.startsWith(u"y_")) {
            const bool isObject = body.trimmed().startsWith('{');
            EXPECT_EQ(bool(bare), isObject) << name.toStdString();
        }
        if (bare)
            feed(bare.value());
        // The same case in every position a list or value is read from.
        for (const char *key : {"items", "tokens", "token", "success", "fails", "size", "image", "app_metadata"}) {
            auto wrapped = ok200(QByteArray("{\"") + key + "\":" + body + ",\"gid\":\"gpu-a\"}");
            if (wrapped)
                feed(wrapped.value());
        }
        auto asItem = ok200(QByteArray(R"({"items":[{"gid":"gpu-a","gpu_type":"t","app_type":"a","image_id":"i","size":)") + body + "}]}");
        if (asItem)
            feed(asItem.value());
        // A non-2xx answer with this body never crashes and always yields a message.
        auto failed = Mapping::body(answer(500, body));
        EXPECT_FALSE(failed);
        EXPECT_FALSE(failed.error().message.isEmpty());
    }
    // Every body JSON itself calls invalid is a Parse error.
    EXPECT_GT(invalid, 150);
    EXPECT_EQ(rejectedInvalid, invalid);
}
