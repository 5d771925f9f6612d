// Huixingyun's wire format as the document gives it: POST + JSON, the raw token in Authorization,
// username + password for the token endpoints, bare objects, total_items (int) on catalogs but
// total (string) on the instance list, numbers as ints or numeric strings, partial buys.
#include "huixingyunfixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace suanli::test;

namespace {

const QRegularExpression kRfc3339Cst(
    QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00$"));

bool isCstTime(const QJsonValue &value)
{
    return value.isString() && kRfc3339Cst.match(value.toString()).hasMatch()
           && QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<const char *> keys)
{
    QSet<QString> set;
    for (const char *key : keys)
        set.insert(QLatin1String(key));
    return set;
}

class HuixingyunWireFormatTest : public HuixingyunFixture
{
protected:
    QJsonObject credentials() const
    {
        return {{QStringLiteral("username"), backend->username()},
                {QStringLiteral("password"), backend->password()}};
    }

    // The document's curl body, numbers as strings.
    QJsonObject stringBuyBody(const QString &gpuType, const QString &room, const QString &num,
                              const QString &gpuCount)
    {
        return {{QStringLiteral("image_id"), imageFor(gpuType)},
                {QStringLiteral("num"), num},
                {QStringLiteral("gpu_type"), gpuType},
                {QStringLiteral("gpu_count"), gpuCount},
                {QStringLiteral("extra_disk_cap"), QStringLiteral("100")},
                {QStringLiteral("pay_unit"), QStringLiteral("4")},
                {QStringLiteral("room_name"), room}};
    }

    QJsonObject intBuyBody(int payUnit = 4)
    {
        return {{QStringLiteral("image_id"), imageFor(k4090Room106)},
                {QStringLiteral("num"), 1},
                {QStringLiteral("gpu_type"), k4090Room106},
                {QStringLiteral("gpu_count"), 1},
                {QStringLiteral("extra_disk_cap"), 0},
                {QStringLiteral("pay_unit"), payUnit},
                {QStringLiteral("room_name"), QStringLiteral("106")}};
    }

    static QString message(const HttpResult &result)
    {
        return result.json().value(QStringLiteral("message")).toString();
    }
};

TEST_F(HuixingyunWireFormatTest, RawTokenIsAcceptedAndBearerIsRejected)
{
    const HttpResult raw = post(QStringLiteral("/gpu/instances/list"));
    EXPECT_EQ(raw.httpStatus, 200);
    EXPECT_TRUE(raw.json().value(QStringLiteral("items")).isArray());

    client->setAuthorizationPrefix(QByteArrayLiteral("Bearer "));
    const HttpResult bearer = post(QStringLiteral("/gpu/instances/list"));
    EXPECT_EQ(bearer.httpStatus, 401);
    EXPECT_EQ(bearer.json(),
              QJsonObject({{QStringLiteral("message"), QStringLiteral("invalid token")}}));
    // No side effects behind a refused token.
    const HttpResult bearerBuy = post(QStringLiteral("/gpu/instances/buy"), intBuyBody());
    EXPECT_EQ(bearerBuy.httpStatus, 401);
    EXPECT_EQ(backend->buyCount(), 0);

    client->setAuthorizationPrefix({});
    client->setApiKey(QLatin1Char('"') + backend->apiToken() + QLatin1Char('"'));
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 401);
    client->setApiKey(QStringLiteral("hx-wrong-token"));
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 401);
    client->setApiKey(QString()); // no Authorization header at all
    const HttpResult missing = post(QStringLiteral("/gpu/product/list"));
    EXPECT_EQ(missing.httpStatus, 401);
    EXPECT_EQ(message(missing), QStringLiteral("invalid token"));

    // Any of the account's tokens works, not only the demo one.
    ASSERT_EQ(backend->tokenValues().size(), 2);
    client->setApiKey(backend->tokenValues().at(1));
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 200);
}

TEST_F(HuixingyunWireFormatTest, ChangedApiTokenIsEnforced)
{
    backend->setApiToken(QStringLiteral("hx-rotated"));
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 401);
    client->setApiKey(QStringLiteral("hx-rotated"));
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 200);
    EXPECT_EQ(backend->tokenValues().size(), 2);
    EXPECT_EQ(env.endpoints().constFirst().credential, QStringLiteral("hx-rotated"));
}

TEST_F(HuixingyunWireFormatTest, UnknownPathWrongMethodAndBadJsonAreHttpErrors)
{
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/nope")).httpStatus, 404);
    EXPECT_EQ(client->get(QStringLiteral("/gpu/instances/list")).httpStatus, 405);
    const HttpResult broken =
        client->postRaw(QStringLiteral("/gpu/instances/stop"), QByteArrayLiteral("{\"gid\":"));
    EXPECT_EQ(broken.httpStatus, 400);
    EXPECT_FALSE(message(broken).isEmpty());
    // Parameterless endpoints take an empty body.
    EXPECT_EQ(client->postRaw(QStringLiteral("/gpu/product/list"), {}).httpStatus, 200);
}

TEST_F(HuixingyunWireFormatTest, TokenEndpointsTakeCredentialsInTheBody)
{
    client->setApiKey(QString()); // the token endpoints need no Authorization
    const QJsonObject all = call(QStringLiteral("/all/tokens"), credentials());
    const QJsonArray tokens = all.value(QStringLiteral("tokens")).toArray();
    ASSERT_EQ(tokens.size(), 2);
    QStringList values;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        EXPECT_EQ(keysOf(token),
                  setOf({"name", "scope", "status", "token", "create_at", "update_at"}));
        EXPECT_EQ(token.value(QStringLiteral("scope")).toString(), QStringLiteral("global"));
        EXPECT_EQ(token.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        EXPECT_TRUE(isCstTime(token.value(QStringLiteral("create_at"))));
        EXPECT_TRUE(isCstTime(token.value(QStringLiteral("update_at"))));
        values.append(token.value(QStringLiteral("token")).toString());
    }
    // Full values, not masked.
    EXPECT_TRUE(values.contains(backend->apiToken()));
    EXPECT_EQ(values, backend->tokenValues());

    QJsonObject wrong = credentials();
    wrong.insert(QStringLiteral("password"), QStringLiteral("nope"));
    const HttpResult refused = post(QStringLiteral("/all/tokens"), wrong);
    EXPECT_EQ(refused.httpStatus, 401);
    EXPECT_EQ(message(refused), QStringLiteral("用户名或密码错误"));
    wrong = credentials();
    wrong.insert(QStringLiteral("username"), QStringLiteral("someone"));
    EXPECT_EQ(post(QStringLiteral("/all/tokens"), wrong).httpStatus, 401);
    EXPECT_EQ(post(QStringLiteral("/all/tokens"), {}).httpStatus, 400);

    // Generate: name is required.
    EXPECT_EQ(post(QStringLiteral("/generate/token"), credentials()).httpStatus, 400);
    QJsonObject generate = credentials();
    generate.insert(QStringLiteral("name"), QStringLiteral("desktop-client"));
    const QJsonObject generated =
        call(QStringLiteral("/generate/token"), generate).value(QStringLiteral("token")).toObject();
    EXPECT_EQ(keysOf(generated),
              setOf({"name", "scope", "status", "token", "create_at", "update_at"}));
    EXPECT_EQ(generated.value(QStringLiteral("name")).toString(), QStringLiteral("desktop-client"));
    EXPECT_EQ(generated.value(QStringLiteral("scope")).toString(), QStringLiteral("global"));
    EXPECT_EQ(generated.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_TRUE(isCstTime(generated.value(QStringLiteral("create_at"))));
    const QString newToken = generated.value(QStringLiteral("token")).toString();
    ASSERT_FALSE(newToken.isEmpty());
    EXPECT_EQ(call(QStringLiteral("/all/tokens"), credentials())
                  .value(QStringLiteral("tokens"))
                  .toArray()
                  .size(),
              3);

    // The new token works at once.
    client->setApiKey(newToken);
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 200);

    // Delete two at once, comma-separated; both stop working at once.
    QJsonObject remove = credentials();
    remove.insert(QStringLiteral("token"),
                  QString(newToken + QLatin1Char(',') + backend->apiToken()));
    EXPECT_EQ(call(QStringLiteral("/delete/token"), remove),
              QJsonObject({{QStringLiteral("success"), true}}));
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 401);
    client->setApiKey(backend->apiToken());
    EXPECT_EQ(post(QStringLiteral("/gpu/product/list")).httpStatus, 401);
    EXPECT_EQ(backend->tokenValues().size(), 1);

    // Deleting what is not there is refused; a wrong password deletes nothing.
    remove.insert(QStringLiteral("token"), newToken);
    EXPECT_EQ(post(QStringLiteral("/delete/token"), remove).httpStatus, 400);
    remove = credentials();
    remove.insert(QStringLiteral("password"), QStringLiteral("nope"));
    remove.insert(QStringLiteral("token"), backend->tokenValues().constFirst());
    EXPECT_EQ(post(QStringLiteral("/delete/token"), remove).httpStatus, 401);
    EXPECT_EQ(backend->tokenValues().size(), 1);
}

TEST_F(HuixingyunWireFormatTest, ChangedCredentialsAreEnforced)
{
    backend->setUsername(QStringLiteral("alice"));
    backend->setPassword(QStringLiteral("secret"));
    EXPECT_EQ(post(QStringLiteral("/all/tokens"),
                   {{QStringLiteral("username"), QStringLiteral("demo")},
                    {QStringLiteral("password"), QStringLiteral("demo-pass-1")}})
                  .httpStatus,
              401);
    EXPECT_EQ(post(QStringLiteral("/all/tokens"),
                   {{QStringLiteral("username"), QStringLiteral("alice")},
                    {QStringLiteral("password"), QStringLiteral("secret")}})
                  .httpStatus,
              200);
    EXPECT_EQ(env.endpoints().constFirst().login, QStringLiteral("alice"));
}

TEST_F(HuixingyunWireFormatTest, ProductListUsesIntegerTotalItems)
{
    const QJsonObject answer = call(QStringLiteral("/gpu/product/list"));
    EXPECT_EQ(keysOf(answer), setOf({"items", "total_items"}));
    ASSERT_TRUE(answer.value(QStringLiteral("total_items")).isDouble());
    const QJsonArray list = answer.value(QStringLiteral("items")).toArray();
    EXPECT_EQ(answer.value(QStringLiteral("total_items")).toInt(), list.size());
    EXPECT_GE(list.size(), 5);
    EXPECT_LE(list.size(), 6);
    QSet<QString> rooms;
    QSet<int> memories4090In106;
    QStringList names;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        EXPECT_EQ(keysOf(item), setOf({"name", "gpu_type", "disk_cap", "memory", "cpu", "room_name",
                                       "gpu_remain", "disk_one", "disk_data_one", "gpu_ram"}));
        for (const char *key :
             {"disk_cap", "memory", "cpu", "gpu_remain", "disk_one", "disk_data_one", "gpu_ram"})
            EXPECT_TRUE(item.value(QLatin1String(key)).isDouble()) << key;
        ASSERT_TRUE(item.value(QStringLiteral("room_name")).isString());
        const QString room = item.value(QStringLiteral("room_name")).toString();
        rooms.insert(room);
        // gpu_type ends with its room.
        EXPECT_TRUE(
            item.value(QStringLiteral("gpu_type")).toString().endsWith(QLatin1Char('_') + room));
        const QString name = item.value(QStringLiteral("name")).toString();
        names.append(name);
        if (name == u"NVIDIA 4090" && room == u"106")
            memories4090In106.insert(item.value(QStringLiteral("memory")).toInt());
    }
    EXPECT_EQ(rooms,
              QSet<QString>({QStringLiteral("102"), QStringLiteral("105"), QStringLiteral("106")}));
    EXPECT_EQ(memories4090In106.size(), 2); // same name, two types that differ in RAM
    EXPECT_TRUE(names.contains(QStringLiteral("NVIDIA 4090 免费版")));
    EXPECT_FALSE(product(QStringLiteral("geforce_rtx_4090_free_102")).isEmpty());
    EXPECT_TRUE(names.contains(QStringLiteral("NVIDIA A100")));
    EXPECT_TRUE(names.contains(QStringLiteral("NVIDIA L40S")));
}

TEST_F(HuixingyunWireFormatTest, ApplicationListHasTheSixApps)
{
    const QJsonObject answer = call(QStringLiteral("/gpu/application/list"));
    ASSERT_TRUE(answer.value(QStringLiteral("total_items")).isDouble());
    EXPECT_EQ(answer.value(QStringLiteral("total_items")).toInt(), 6);
    QStringList types;
    for (const QJsonValue &value : answer.value(QStringLiteral("items")).toArray()) {
        const QJsonObject app = value.toObject();
        EXPECT_EQ(keysOf(app),
                  setOf({"app_type", "memory", "cpu", "disk_one", "disk_data_one", "title"}));
        EXPECT_FALSE(app.value(QStringLiteral("title")).toString().isEmpty());
        EXPECT_TRUE(app.value(QStringLiteral("memory")).isDouble());
        types.append(app.value(QStringLiteral("app_type")).toString());
    }
    EXPECT_EQ(types, QStringList({QStringLiteral("sd-webui"), QStringLiteral("comfyui"),
                                  QStringLiteral("fooocus"), QStringLiteral("rvc-webui"),
                                  QStringLiteral("openwebui"), QStringLiteral("comfyui-clay")}));
}

TEST_F(HuixingyunWireFormatTest, PublicImagesFollowTheGpuTypesRoom)
{
    EXPECT_EQ(post(QStringLiteral("/gpu/images/list")).httpStatus, 400);
    EXPECT_EQ(post(QStringLiteral("/gpu/images/list"),
                   {{QStringLiteral("gpu_type"), QStringLiteral("no_such_type_106")}})
                  .httpStatus,
              400);
    QSet<QString> osSeen;
    for (const QJsonValue &productValue : items(QStringLiteral("/gpu/product/list"))) {
        const QJsonObject product = productValue.toObject();
        const QJsonObject answer =
            call(QStringLiteral("/gpu/images/list"),
                 {{QStringLiteral("gpu_type"), product.value(QStringLiteral("gpu_type"))}});
        ASSERT_TRUE(answer.value(QStringLiteral("total_items")).isDouble());
        const QJsonArray list = answer.value(QStringLiteral("items")).toArray();
        EXPECT_EQ(answer.value(QStringLiteral("total_items")).toInt(), list.size());
        EXPECT_GE(list.size(), 1);
        for (const QJsonValue &value : list) {
            const QJsonObject image = value.toObject();
            EXPECT_EQ(keysOf(image),
                      setOf({"name", "image_id", "scene", "os", "description", "room_name"}));
            EXPECT_EQ(image.value(QStringLiteral("room_name")),
                      product.value(QStringLiteral("room_name")));
            EXPECT_EQ(image.value(QStringLiteral("scene")).toString(), QStringLiteral("Gpu"));
            osSeen.insert(image.value(QStringLiteral("os")).toString());
        }
    }
    EXPECT_EQ(osSeen, QSet<QString>({QStringLiteral("linux"), QStringLiteral("windows")}));
    // The document's example image, in room 105.
    bool found = false;
    for (const QJsonValue &value :
         items(QStringLiteral("/gpu/images/list"),
               {{QStringLiteral("gpu_type"), QStringLiteral("geforce_rtx_4090_16u100m_105")}})) {
        found = found
                || value.toObject().value(QStringLiteral("image_id")).toString()
                       == u"0917a7f0-1c03-11ef-9f0d-4faf337438da";
    }
    EXPECT_TRUE(found);
}

TEST_F(HuixingyunWireFormatTest, CustomImagesAreListedPerRoom)
{
    EXPECT_EQ(post(QStringLiteral("/gpu/images/mine")).httpStatus, 400);
    // room_name is a string in the document; a number is a client bug.
    EXPECT_EQ(
        post(QStringLiteral("/gpu/images/mine"), {{QStringLiteral("room_name"), 105}}).httpStatus,
        400);
    const QJsonObject answer = call(QStringLiteral("/gpu/images/mine"),
                                    {{QStringLiteral("room_name"), QStringLiteral("105")}});
    ASSERT_TRUE(answer.value(QStringLiteral("total_items")).isDouble());
    const QJsonArray list = answer.value(QStringLiteral("items")).toArray();
    EXPECT_EQ(answer.value(QStringLiteral("total_items")).toInt(), list.size());
    EXPECT_GE(list.size(), 2);
    static const QRegularExpression created(
        QStringLiteral("^创建时间: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    for (const QJsonValue &value : list) {
        const QJsonObject image = value.toObject();
        EXPECT_EQ(keysOf(image),
                  setOf({"name", "image_id", "scene", "os", "description", "room_name"}));
        EXPECT_EQ(image.value(QStringLiteral("room_name")).toString(), QStringLiteral("105"));
        EXPECT_TRUE(created.match(image.value(QStringLiteral("description")).toString()).hasMatch())
            << image.value(QStringLiteral("description")).toString().toStdString();
    }
    const QJsonObject none = call(QStringLiteral("/gpu/images/mine"),
                                  {{QStringLiteral("room_name"), QStringLiteral("999")}});
    EXPECT_EQ(none.value(QStringLiteral("total_items")), QJsonValue(0));
    EXPECT_TRUE(none.value(QStringLiteral("items")).toArray().isEmpty());
}

TEST_F(HuixingyunWireFormatTest, InstanceListIsShapedLikeTheDocument)
{
    const QJsonObject answer = call(QStringLiteral("/gpu/instances/list"));
    EXPECT_EQ(keysOf(answer), setOf({"items", "total"}));
    ASSERT_TRUE(answer.value(QStringLiteral("total")).isString()); // a string, unlike total_items
    const QJsonArray list = answer.value(QStringLiteral("items")).toArray();
    EXPECT_EQ(answer.value(QStringLiteral("total")).toString(), QString::number(list.size()));
    EXPECT_GE(list.size(), 6);

    static const QRegularExpression gidShape(QStringLiteral("^gpu-(\\d{3})[0-9a-f]{18}$"));
    static const QRegularExpression nameShape(QStringLiteral("^.+ \\* (\\d+)$"));
    const QSet<QString> statuses{QStringLiteral("Creating"),  QStringLiteral("Starting"),
                                 QStringLiteral("Running"),   QStringLiteral("Stopping"),
                                 QStringLiteral("Stopped"),   QStringLiteral("Rebuilding"),
                                 QStringLiteral("Destroying")};
    QSet<QString> payMethods;
    bool monthlyNearExpiry = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        EXPECT_EQ(keysOf(item),
                  setOf({"custom_ports", "app_metadata", "gid", "name", "image", "size", "ip",
                         "pay_method", "status", "create_at", "expire_at", "username", "port",
                         "room_name", "password", "order_uid"}));
        const QString gid = item.value(QStringLiteral("gid")).toString();
        const QRegularExpressionMatch gidMatch = gidShape.match(gid);
        ASSERT_TRUE(gidMatch.hasMatch()) << gid.toStdString();
        EXPECT_EQ(gidMatch.captured(1), item.value(QStringLiteral("room_name")).toString());
        EXPECT_TRUE(item.value(QStringLiteral("custom_ports")).isArray());
        EXPECT_TRUE(item.value(QStringLiteral("app_metadata")).isObject());
        EXPECT_EQ(keysOf(item.value(QStringLiteral("image")).toObject()),
                  setOf({"image_id", "name", "scene", "os", "description"}));

        const QJsonObject size = item.value(QStringLiteral("size")).toObject();
        EXPECT_EQ(keysOf(size), setOf({"gpu_type", "scene", "disk_free", "gpu_ram", "gpu_model",
                                       "memory", "cpu", "gpu"}));
        EXPECT_TRUE(size.value(QStringLiteral("disk_free")).isString()); // numbers as strings
        EXPECT_TRUE(size.value(QStringLiteral("gpu")).isString());
        EXPECT_TRUE(size.value(QStringLiteral("gpu_ram")).isDouble());
        EXPECT_TRUE(size.value(QStringLiteral("memory")).isDouble());
        EXPECT_TRUE(size.value(QStringLiteral("cpu")).isDouble());
        EXPECT_EQ(size.value(QStringLiteral("scene")).toString(), QStringLiteral("Gpu"));
        const QString name = item.value(QStringLiteral("name")).toString();
        const QRegularExpressionMatch nameMatch = nameShape.match(name);
        ASSERT_TRUE(nameMatch.hasMatch()) << name.toStdString();
        EXPECT_EQ(nameMatch.captured(1), size.value(QStringLiteral("gpu")).toString());
        EXPECT_EQ(size.value(QStringLiteral("gpu_model")).toString(), name);

        EXPECT_TRUE(item.value(QStringLiteral("port")).isDouble());
        EXPECT_EQ(item.value(QStringLiteral("username")).toString(), QStringLiteral("root"));
        EXPECT_FALSE(item.value(QStringLiteral("password")).toString().isEmpty());
        EXPECT_FALSE(item.value(QStringLiteral("ip")).toString().isEmpty());
        EXPECT_FALSE(item.value(QStringLiteral("order_uid")).toString().isEmpty());
        EXPECT_TRUE(statuses.contains(item.value(QStringLiteral("status")).toString()));
        EXPECT_TRUE(isCstTime(item.value(QStringLiteral("create_at"))));
        const QString payMethod = item.value(QStringLiteral("pay_method")).toString();
        payMethods.insert(payMethod);
        if (payMethod == u"Hour") {
            EXPECT_EQ(item.value(QStringLiteral("expire_at")).toString(), QString());
        } else {
            EXPECT_TRUE(isCstTime(item.value(QStringLiteral("expire_at")))) << gid.toStdString();
            const QDateTime expires = timeOf(item, QStringLiteral("expire_at"));
            if (payMethod == u"Month" && expires > now && expires < now.addDays(2))
                monthlyNearExpiry = true;
        }
    }
    EXPECT_EQ(payMethods, QSet<QString>({QStringLiteral("Hour"), QStringLiteral("Day"),
                                         QStringLiteral("Month")}));
    EXPECT_TRUE(monthlyNearExpiry);
    // The seeded cases the client must handle.
    EXPECT_FALSE(seeded(QStringLiteral("Hour"), QStringLiteral("Running")).isEmpty());
    EXPECT_FALSE(seeded(QStringLiteral("Hour"), QStringLiteral("Stopped"), QStringLiteral("normal"))
                     .isEmpty());
    EXPECT_FALSE(
        seeded(QStringLiteral("Hour"), QStringLiteral("Stopped"), QStringLiteral("card_less"))
            .isEmpty());
    EXPECT_FALSE(seeded(QStringLiteral("Day"), QStringLiteral("Running")).isEmpty());
    EXPECT_FALSE(seeded(QStringLiteral("Month"), QStringLiteral("Running")).isEmpty());
}

TEST_F(HuixingyunWireFormatTest, BuyWithIntegersCreatesAnInstance)
{
    const int remainBefore = backend->gpuRemain(k4090Room106);
    const HttpResult result = post(QStringLiteral("/gpu/instances/buy"), intBuyBody());
    ASSERT_EQ(result.httpStatus, 200) << result.body.toStdString();
    const QJsonObject answer = result.json();
    EXPECT_EQ(keysOf(answer), setOf({"success_instance", "fail_instance", "success", "fails"}));
    EXPECT_EQ(answer.value(QStringLiteral("success_instance")), QJsonValue(1));
    EXPECT_EQ(answer.value(QStringLiteral("fail_instance")), QJsonValue(0));
    EXPECT_TRUE(answer.value(QStringLiteral("fails")).toArray().isEmpty());
    const QJsonArray success = answer.value(QStringLiteral("success")).toArray();
    ASSERT_EQ(success.size(), 1);
    EXPECT_EQ(keysOf(success.at(0).toObject()), setOf({"order_uid"}));
    const QString orderUid = success.at(0).toObject().value(QStringLiteral("order_uid")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{20}$")).match(orderUid).hasMatch())
        << orderUid.toStdString();
    EXPECT_EQ(backend->buyCount(), 1);
    EXPECT_EQ(backend->gpuRemain(k4090Room106), remainBefore - 1);
    EXPECT_EQ(product(k4090Room106).value(QStringLiteral("gpu_remain")).toInt(), remainBefore - 1);

    // The client finds its instance by order_uid.
    QJsonObject created;
    for (const QJsonValue &value : items(QStringLiteral("/gpu/instances/list"))) {
        if (value.toObject().value(QStringLiteral("order_uid")).toString() == orderUid)
            created = value.toObject();
    }
    ASSERT_FALSE(created.isEmpty());
    EXPECT_EQ(created.value(QStringLiteral("status")).toString(), QStringLiteral("Creating"));
    EXPECT_EQ(created.value(QStringLiteral("pay_method")).toString(), QStringLiteral("Hour"));
    EXPECT_EQ(created.value(QStringLiteral("expire_at")).toString(), QString());
    EXPECT_EQ(created.value(QStringLiteral("room_name")).toString(), QStringLiteral("106"));
    EXPECT_EQ(created.value(QStringLiteral("name")).toString(), QStringLiteral("NVIDIA 4090 * 1"));
    EXPECT_TRUE(created.value(QStringLiteral("gid")).toString().startsWith(u"gpu-106"));
    EXPECT_EQ(created.value(QStringLiteral("size")).toObject().value(QStringLiteral("disk_free")),
              QJsonValue(QStringLiteral("160")));
}

TEST_F(HuixingyunWireFormatTest, BuyWithStringsAsInTheCurlExample)
{
    const HttpResult result = post(QStringLiteral("/gpu/instances/buy"),
                                   stringBuyBody(k4090Room106, QStringLiteral("106"),
                                                 QStringLiteral("1"), QStringLiteral("2")));
    ASSERT_EQ(result.httpStatus, 200) << result.body.toStdString();
    EXPECT_EQ(result.json().value(QStringLiteral("success_instance")), QJsonValue(1));
    const QString orderUid = result.json()
                                 .value(QStringLiteral("success"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("order_uid"))
                                 .toString();
    QJsonObject created;
    for (const QJsonValue &value : items(QStringLiteral("/gpu/instances/list"))) {
        if (value.toObject().value(QStringLiteral("order_uid")).toString() == orderUid)
            created = value.toObject();
    }
    ASSERT_FALSE(created.isEmpty());
    const QJsonObject size = created.value(QStringLiteral("size")).toObject();
    EXPECT_EQ(size.value(QStringLiteral("gpu")), QJsonValue(QStringLiteral("2")));
    EXPECT_EQ(size.value(QStringLiteral("disk_free")), QJsonValue(QStringLiteral("260")));
    EXPECT_EQ(created.value(QStringLiteral("name")).toString(), QStringLiteral("NVIDIA 4090 * 2"));
}

TEST_F(HuixingyunWireFormatTest, BuyRejectsBadParametersWithoutCreating)
{
    const int remainBefore = backend->gpuRemain(k4090Room106);
    const int listedBefore = int(items(QStringLiteral("/gpu/instances/list")).size());
    const auto rejected = [&](const QString &key, const QJsonValue &value) {
        QJsonObject body = intBuyBody();
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const HttpResult result = post(QStringLiteral("/gpu/instances/buy"), body);
        return result.httpStatus == 400 && !message(result).isEmpty();
    };
    EXPECT_TRUE(rejected(QStringLiteral("image_id"), QJsonValue::Undefined));
    EXPECT_TRUE(rejected(QStringLiteral("image_id"), QStringLiteral("no-such-image")));
    // An image of another room.
    EXPECT_TRUE(rejected(QStringLiteral("image_id"),
                         imageFor(QStringLiteral("geforce_rtx_4090_16u100m_105"))));
    EXPECT_TRUE(rejected(QStringLiteral("num"), 0));
    EXPECT_TRUE(rejected(QStringLiteral("num"), QStringLiteral("0")));
    EXPECT_TRUE(rejected(QStringLiteral("num"), 1.5));
    EXPECT_TRUE(rejected(QStringLiteral("num"), QStringLiteral("1.5")));
    EXPECT_TRUE(rejected(QStringLiteral("num"), QStringLiteral("one")));
    EXPECT_TRUE(rejected(QStringLiteral("num"), true));
    EXPECT_TRUE(rejected(QStringLiteral("num"), QJsonValue::Undefined));
    EXPECT_TRUE(rejected(QStringLiteral("gpu_type"), QStringLiteral("no_such_type_106")));
    EXPECT_TRUE(rejected(QStringLiteral("gpu_count"), 0));
    EXPECT_TRUE(rejected(QStringLiteral("gpu_count"), remainBefore + 1));
    EXPECT_TRUE(rejected(QStringLiteral("gpu_count"), QJsonValue::Undefined));
    EXPECT_TRUE(rejected(QStringLiteral("extra_disk_cap"), 150));
    EXPECT_TRUE(rejected(QStringLiteral("extra_disk_cap"), -100));
    EXPECT_TRUE(rejected(QStringLiteral("extra_disk_cap"), 100000));
    EXPECT_TRUE(rejected(QStringLiteral("pay_unit"), 3));
    EXPECT_TRUE(rejected(QStringLiteral("pay_unit"), QStringLiteral("0")));
    EXPECT_TRUE(rejected(QStringLiteral("pay_unit"), QJsonValue::Undefined));
    EXPECT_TRUE(rejected(QStringLiteral("room_name"), QStringLiteral("105")));
    EXPECT_TRUE(rejected(QStringLiteral("room_name"), QJsonValue::Undefined));
    EXPECT_EQ(backend->buyCount(), 0);
    EXPECT_EQ(backend->gpuRemain(k4090Room106), remainBefore);
    EXPECT_EQ(items(QStringLiteral("/gpu/instances/list")).size(), listedBefore);

    // Optional: no extra disk at all is fine.
    QJsonObject body = intBuyBody();
    body.remove(QStringLiteral("extra_disk_cap"));
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/buy"), body).httpStatus, 200);
}

TEST_F(HuixingyunWireFormatTest, BuyBeyondStockPartlySucceeds)
{
    ASSERT_EQ(backend->gpuRemain(k4090Room106), 8);
    const int listedBefore = int(items(QStringLiteral("/gpu/instances/list")).size());
    // 4 instances of 3 GPUs out of 8: two fit.
    const HttpResult result = post(QStringLiteral("/gpu/instances/buy"),
                                   stringBuyBody(k4090Room106, QStringLiteral("106"),
                                                 QStringLiteral("4"), QStringLiteral("3")));
    ASSERT_EQ(result.httpStatus, 200);
    const QJsonObject answer = result.json();
    EXPECT_EQ(answer.value(QStringLiteral("success_instance")), QJsonValue(2));
    EXPECT_EQ(answer.value(QStringLiteral("fail_instance")), QJsonValue(2));
    const QJsonArray success = answer.value(QStringLiteral("success")).toArray();
    const QJsonArray fails = answer.value(QStringLiteral("fails")).toArray();
    ASSERT_EQ(success.size(), 2);
    ASSERT_EQ(fails.size(), 2);
    for (const QJsonValue &fail : fails)
        EXPECT_EQ(fail.toObject().value(QStringLiteral("reason")).toString(),
                  QStringLiteral("库存不足"));
    const QString first = success.at(0).toObject().value(QStringLiteral("order_uid")).toString();
    const QString second = success.at(1).toObject().value(QStringLiteral("order_uid")).toString();
    EXPECT_NE(first, second);
    EXPECT_EQ(backend->buyCount(), 2);
    EXPECT_EQ(backend->gpuRemain(k4090Room106), 2);

    const QJsonArray list = items(QStringLiteral("/gpu/instances/list"));
    EXPECT_EQ(list.size(), listedBefore + 2);
    int matched = 0;
    for (const QJsonValue &value : list) {
        const QString uid = value.toObject().value(QStringLiteral("order_uid")).toString();
        matched += (uid == first || uid == second) ? 1 : 0;
    }
    EXPECT_EQ(matched, 2);

    // Sold out for 3-GPU instances now: gpu_count above gpu_remain is a parameter error.
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/buy"),
                   stringBuyBody(k4090Room106, QStringLiteral("106"), QStringLiteral("1"),
                                 QStringLiteral("3")))
                  .httpStatus,
              400);
}

TEST_F(HuixingyunWireFormatTest, PrepaidBuysGetAnExpiry)
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto buyOne = [&](int payUnit) {
        const QJsonObject answer = call(QStringLiteral("/gpu/instances/buy"), intBuyBody(payUnit));
        const QString uid = answer.value(QStringLiteral("success"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("order_uid"))
                                .toString();
        for (const QJsonValue &value : items(QStringLiteral("/gpu/instances/list"))) {
            if (value.toObject().value(QStringLiteral("order_uid")).toString() == uid)
                return value.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject daily = buyOne(1);
    const QJsonObject monthly = buyOne(2);
    const QJsonObject hourly = buyOne(4);
    ASSERT_FALSE(daily.isEmpty());
    ASSERT_FALSE(monthly.isEmpty());
    ASSERT_FALSE(hourly.isEmpty());
    EXPECT_EQ(daily.value(QStringLiteral("pay_method")).toString(), QStringLiteral("Day"));
    EXPECT_EQ(monthly.value(QStringLiteral("pay_method")).toString(), QStringLiteral("Month"));
    EXPECT_EQ(hourly.value(QStringLiteral("pay_method")).toString(), QStringLiteral("Hour"));
    EXPECT_EQ(hourly.value(QStringLiteral("expire_at")).toString(), QString());

    const qint64 dayDelta = before.secsTo(timeOf(daily, QStringLiteral("expire_at")));
    EXPECT_GE(dayDelta, 24 * 3600 - 5);
    EXPECT_LE(dayDelta, 24 * 3600 + 5);
    const QDateTime monthExpected = before.toTimeZone(QTimeZone(8 * 3600)).addMonths(1);
    EXPECT_LE(qAbs(monthExpected.secsTo(timeOf(monthly, QStringLiteral("expire_at")))), 5);
}

TEST_F(HuixingyunWireFormatTest, ApplicationBuyCreatesAnAppInstance)
{
    const HttpResult bad = post(QStringLiteral("/gpu/application/buy"),
                                {{QStringLiteral("num"), QStringLiteral("1")},
                                 {QStringLiteral("app_type"), QStringLiteral("no-such-app")},
                                 {QStringLiteral("pay_unit"), QStringLiteral("4")}});
    EXPECT_EQ(bad.httpStatus, 400);
    EXPECT_EQ(post(QStringLiteral("/gpu/application/buy"),
                   {{QStringLiteral("num"), 1},
                    {QStringLiteral("app_type"), QStringLiteral("sd-webui")},
                    {QStringLiteral("pay_unit"), 5}})
                  .httpStatus,
              400);
    EXPECT_EQ(backend->buyCount(), 0);

    // Strings, exactly as the document's curl example.
    const QJsonObject answer = call(QStringLiteral("/gpu/application/buy"),
                                    {{QStringLiteral("num"), QStringLiteral("1")},
                                     {QStringLiteral("app_type"), QStringLiteral("sd-webui")},
                                     {QStringLiteral("pay_unit"), QStringLiteral("4")}});
    EXPECT_EQ(answer.value(QStringLiteral("success_instance")), QJsonValue(1));
    EXPECT_EQ(answer.value(QStringLiteral("fail_instance")), QJsonValue(0));
    const QString uid = answer.value(QStringLiteral("success"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QStringLiteral("order_uid"))
                            .toString();
    ASSERT_FALSE(uid.isEmpty());
    EXPECT_EQ(backend->buyCount(), 1);
    QJsonObject created;
    for (const QJsonValue &value : items(QStringLiteral("/gpu/instances/list"))) {
        if (value.toObject().value(QStringLiteral("order_uid")).toString() == uid)
            created = value.toObject();
    }
    ASSERT_FALSE(created.isEmpty());
    const QJsonObject metadata = created.value(QStringLiteral("app_metadata")).toObject();
    EXPECT_EQ(metadata.value(QStringLiteral("app_type")).toString(), QStringLiteral("sd-webui"));
    EXPECT_EQ(metadata.value(QStringLiteral("title")).toString(),
              QStringLiteral("Stable Diffusion WebUI"));
    EXPECT_TRUE(created.value(QStringLiteral("image"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .contains(QStringLiteral("sd-webui")));
    EXPECT_EQ(created.value(QStringLiteral("status")).toString(), QStringLiteral("Creating"));
    // Plain hosts carry an empty object.
    EXPECT_TRUE(backend->instanceJson(seeded(QStringLiteral("Day"), QStringLiteral("Running")))
                    .value(QStringLiteral("app_metadata"))
                    .toObject()
                    .isEmpty());
}

TEST(HuixingyunEnvironmentTest, ListsTokenAndLoginNextToChenyu)
{
    suanli::sim::SimEnvironment env;
    ASSERT_TRUE(env.start()) << env.errorString().toStdString();
    EXPECT_TRUE(
        suanli::sim::SimEnvironment::supportedPlatforms().contains(QStringLiteral("huixingyun")));
    ASSERT_NE(env.huixingyun(), nullptr);
    ASSERT_NE(env.chenyu(), nullptr);
    bool found = false;
    for (const suanli::sim::SimEndpoint &endpoint : env.endpoints()) {
        if (endpoint.platform != u"huixingyun")
            continue;
        found = true;
        EXPECT_EQ(endpoint.credentialName, QStringLiteral("token"));
        EXPECT_EQ(endpoint.credential, QStringLiteral("hx-demo-token-0001"));
        EXPECT_EQ(endpoint.credential, env.huixingyun()->apiToken());
        EXPECT_EQ(endpoint.login, QStringLiteral("demo"));
        EXPECT_EQ(env.huixingyun()->password(), QStringLiteral("demo-pass-1"));
        EXPECT_EQ(endpoint.baseUrl, env.server(QStringLiteral("huixingyun"))->baseUrl());
    }
    EXPECT_TRUE(found);
}

} // namespace
