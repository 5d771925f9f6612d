// Chenyu's wire format as the document gives it: POST + JSON, Bearer key, the string-coded
// envelope, string totals and prices, 1-based paging, comma-joined image tags.
#include "chenyufixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace suanli::test;

namespace {

const QRegularExpression kDecimal(QStringLiteral("^-?\\d+\\.\\d{2}$"));

bool isIsoDateTime(const QJsonValue &value)
{
    return value.isString() && QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}

class ChenyuWireFormatTest : public ChenyuFixture
{
};

TEST_F(ChenyuWireFormatTest, EnvelopeUsesStringCodes)
{
    const QJsonObject envelope = call(QStringLiteral("/api/v1/finances/balance"));
    ASSERT_TRUE(envelope.value(QStringLiteral("code")).isString());
    EXPECT_EQ(code(envelope), QStringLiteral("0"));
    EXPECT_TRUE(envelope.value(QStringLiteral("msg")).isString());
    EXPECT_TRUE(envelope.value(QStringLiteral("result")).isObject());
}

TEST_F(ChenyuWireFormatTest, WrongOrMissingKeyIsCode2WithHttp200)
{
    client->setApiKey(QStringLiteral("cy-wrong-key"));
    const HttpResult wrong =
        client->post(QStringLiteral("/api/v1/app/instance/list"), {{QStringLiteral("status"), 2}});
    EXPECT_EQ(wrong.httpStatus, 200);
    EXPECT_EQ(code(wrong.json()), QStringLiteral("2"));
    EXPECT_FALSE(wrong.json().value(QStringLiteral("msg")).toString().isEmpty());

    client->setApiKey(QString()); // no Authorization header at all
    EXPECT_EQ(code(call(QStringLiteral("/api/v1/finances/balance"))), QStringLiteral("2"));

    // The key is checked before anything else: no side effects without it.
    client->setApiKey(QStringLiteral("nope"));
    EXPECT_EQ(code(call(QStringLiteral("/api/v1/app/instance/create"), createBody(1))),
              QStringLiteral("2"));
    EXPECT_EQ(backend->createCount(), 0);
}

TEST_F(ChenyuWireFormatTest, ChangedApiKeyIsEnforced)
{
    backend->setApiKey(QStringLiteral("cy-rotated"));
    EXPECT_EQ(code(call(QStringLiteral("/api/v1/finances/balance"))), QStringLiteral("2"));
    client->setApiKey(QStringLiteral("cy-rotated"));
    EXPECT_EQ(code(call(QStringLiteral("/api/v1/finances/balance"))), QStringLiteral("0"));
}

TEST_F(ChenyuWireFormatTest, UnknownPathAndWrongMethodAreHttpErrors)
{
    EXPECT_EQ(client->post(QStringLiteral("/api/v1/nope")).httpStatus, 404);
    const HttpResult get = client->get(QStringLiteral("/api/v1/finances/balance"));
    EXPECT_EQ(get.httpStatus, 405);
}

TEST_F(ChenyuWireFormatTest, MalformedJsonIsSystemError)
{
    const HttpResult result = client->postRaw(QStringLiteral("/api/v1/app/instance/list"),
                                              QByteArrayLiteral("{\"status\": 2"));
    EXPECT_EQ(result.httpStatus, 200);
    EXPECT_EQ(code(result.json()), QStringLiteral("-2"));
    EXPECT_FALSE(result.json().value(QStringLiteral("msg")).toString().isEmpty());
}

TEST_F(ChenyuWireFormatTest, EmptyBodyIsAcceptedWhereNoParametersAreNeeded)
{
    const HttpResult result = client->postRaw(QStringLiteral("/api/v1/finances/balance"), {});
    EXPECT_EQ(code(result.json()), QStringLiteral("0"));
}

TEST_F(ChenyuWireFormatTest, BalanceIsDecimalStringAndCardsUseNumbers)
{
    const QJsonObject balance = result(call(QStringLiteral("/api/v1/finances/balance")));
    ASSERT_TRUE(balance.value(QStringLiteral("balance")).isString());
    EXPECT_EQ(balance.value(QStringLiteral("balance")).toString(), QStringLiteral("1284.50"));
    EXPECT_EQ(backend->balanceFen(), 128450);

    const QJsonArray cards = balance.value(QStringLiteral("cards")).toArray();
    ASSERT_GE(cards.size(), 3);
    EXPECT_LE(cards.size(), 100);
    int expired = 0;
    int valid = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : cards) {
        const QJsonObject card = value.toObject();
        for (const char *key : {"sale_price", "face_price", "leave_amount"})
            EXPECT_TRUE(card.value(QLatin1String(key)).isDouble()) << key;
        for (const char *key : {"uuid", "title", "card_no", "bind_txt", "remark", "status_txt"})
            EXPECT_TRUE(card.value(QLatin1String(key)).isString()) << key;
        EXPECT_TRUE(card.value(QStringLiteral("valid_days")).isDouble());
        EXPECT_TRUE(card.value(QStringLiteral("status")).isDouble());
        EXPECT_TRUE(card.value(QStringLiteral("pods")).isArray());
        EXPECT_TRUE(isIsoDateTime(card.value(QStringLiteral("bind_time"))));
        ASSERT_TRUE(isIsoDateTime(card.value(QStringLiteral("expire_date"))));
        const QDateTime expires = QDateTime::fromString(
            card.value(QStringLiteral("expire_date")).toString(), Qt::ISODate);
        const bool saysExpired =
            card.value(QStringLiteral("status_txt")).toString() == QStringLiteral("已过期");
        EXPECT_EQ(saysExpired, expires < now)
            << card.value(QStringLiteral("title")).toString().toStdString();
        (saysExpired ? expired : valid) += 1;
    }
    EXPECT_GE(expired, 1);
    EXPECT_GE(valid, 1);
}

TEST_F(ChenyuWireFormatTest, RechargeRecordsArePagedWithStringTotal)
{
    const QJsonObject first = result(call(QStringLiteral("/api/v1/finances/recharge")));
    ASSERT_TRUE(first.value(QStringLiteral("total")).isString());
    EXPECT_EQ(first.value(QStringLiteral("total")).toString(), QStringLiteral("12"));
    const QJsonArray page1 = first.value(QStringLiteral("items")).toArray();
    EXPECT_EQ(page1.size(), 10); // default page_size
    const QJsonObject item = page1.at(0).toObject();
    EXPECT_TRUE(item.value(QStringLiteral("amount")).isDouble());
    EXPECT_TRUE(item.value(QStringLiteral("out_trade_no")).isString());
    EXPECT_TRUE(item.value(QStringLiteral("pay_channel")).isString());
    EXPECT_TRUE(isIsoDateTime(item.value(QStringLiteral("created_at"))));
    EXPECT_TRUE(isIsoDateTime(item.value(QStringLiteral("pay_time"))));

    EXPECT_EQ(
        items(QStringLiteral("/api/v1/finances/recharge"), {{QStringLiteral("page"), 2}}).size(),
        2);
    const QJsonArray page3of5 =
        items(QStringLiteral("/api/v1/finances/recharge"),
              {{QStringLiteral("page"), 3}, {QStringLiteral("page_size"), 5}});
    EXPECT_EQ(page3of5.size(), 2);
    EXPECT_TRUE(items(QStringLiteral("/api/v1/finances/recharge"), {{QStringLiteral("page"), 9}})
                    .isEmpty());

    // Pages do not overlap and cover everything.
    QSet<QString> seen;
    for (int page = 1; page <= 3; ++page) {
        for (const QJsonValue &value :
             items(QStringLiteral("/api/v1/finances/recharge"),
                   {{QStringLiteral("page"), page}, {QStringLiteral("page_size"), 5}}))
            seen.insert(value.toObject().value(QStringLiteral("out_trade_no")).toString());
    }
    EXPECT_EQ(seen.size(), 12);
}

TEST_F(ChenyuWireFormatTest, KeywordFiltersAndTotalFollows)
{
    const QJsonObject filtered = result(call(QStringLiteral("/api/v1/finances/recharge"),
                                             {{QStringLiteral("kw"), QStringLiteral("对公转账")}}));
    const int total = filtered.value(QStringLiteral("total")).toString().toInt();
    EXPECT_GE(total, 1);
    EXPECT_LT(total, 12);
    for (const QJsonValue &value : filtered.value(QStringLiteral("items")).toArray())
        EXPECT_EQ(value.toObject().value(QStringLiteral("pay_channel")).toString(),
                  QStringLiteral("对公转账"));
}

TEST_F(ChenyuWireFormatTest, BillsArePagedNewestFirst)
{
    const QJsonObject bills =
        result(call(QStringLiteral("/api/v1/finances/bill"),
                    {{QStringLiteral("page_size"), 10}, {QStringLiteral("page"), 4}}));
    EXPECT_EQ(bills.value(QStringLiteral("total")).toString(), QStringLiteral("35"));
    EXPECT_EQ(bills.value(QStringLiteral("items")).toArray().size(), 5);

    const QJsonArray page1 = items(QStringLiteral("/api/v1/finances/bill"));
    ASSERT_EQ(page1.size(), 10);
    QDateTime previous;
    for (const QJsonValue &value : page1) {
        const QJsonObject bill = value.toObject();
        EXPECT_TRUE(bill.value(QStringLiteral("occurred_amount")).isDouble());
        EXPECT_TRUE(bill.value(QStringLiteral("order_no")).isString());
        EXPECT_TRUE(bill.value(QStringLiteral("card_txt")).isString());
        EXPECT_FALSE(bill.value(QStringLiteral("show")).toString().isEmpty());
        const QDateTime at =
            QDateTime::fromString(bill.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        ASSERT_TRUE(at.isValid());
        if (previous.isValid()) {
            EXPECT_LE(at, previous);
        }
        previous = at;
    }
}

TEST_F(ChenyuWireFormatTest, PagingParametersMustBeNumbers)
{
    const QJsonObject envelope = call(QStringLiteral("/api/v1/finances/bill"),
                                      {{QStringLiteral("page"), QStringLiteral("2")}});
    EXPECT_EQ(code(envelope), QStringLiteral("-2"));
}

TEST_F(ChenyuWireFormatTest, PodListPacksImageTagsIntoOneString)
{
    const QJsonObject pods = result(call(QStringLiteral("/api/v1/app/list")));
    const int total = pods.value(QStringLiteral("total")).toString().toInt();
    EXPECT_GE(total, 4);
    EXPECT_LE(total, 6);
    const QJsonArray list = pods.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(list.size(), total);
    QStringList titles;
    for (const QJsonValue &value : list) {
        const QJsonObject pod = value.toObject();
        titles.append(pod.value(QStringLiteral("title")).toString());
        ASSERT_TRUE(pod.value(QStringLiteral("image_tags")).isString());
        const QStringList tags =
            pod.value(QStringLiteral("image_tags")).toString().split(QLatin1Char(','));
        EXPECT_GE(tags.size(), 2);
        EXPECT_TRUE(tags.contains(pod.value(QStringLiteral("image_tag")).toString()));
        EXPECT_TRUE(pod.value(QStringLiteral("status")).isDouble());
        for (const char *key : {"uuid", "pod_name", "status_txt"})
            EXPECT_FALSE(pod.value(QLatin1String(key)).toString().isEmpty()) << key;
        EXPECT_TRUE(isIsoDateTime(pod.value(QStringLiteral("created_at"))));
    }
    EXPECT_TRUE(titles.contains(QStringLiteral("ComfyUI")));
    EXPECT_TRUE(titles.contains(QStringLiteral("vLLM")));

    EXPECT_EQ(items(QStringLiteral("/api/v1/app/list"), {{QStringLiteral("page_size"), 2}}).size(),
              2);
    const QJsonObject search = result(call(QStringLiteral("/api/v1/app/list"),
                                           {{QStringLiteral("kw"), QStringLiteral("comfyui")}}));
    EXPECT_EQ(search.value(QStringLiteral("total")).toString(), QStringLiteral("1"));
}

TEST_F(ChenyuWireFormatTest, GpuModelsMixStringPricesAndNumberNoCardPrice)
{
    const QJsonObject models = result(call(QStringLiteral("/api/v1/gpu/models")));
    ASSERT_TRUE(models.value(QStringLiteral("total")).isString());
    ASSERT_TRUE(models.value(QStringLiteral("no_card_price")).isDouble());
    const QJsonArray list = models.value(QStringLiteral("items")).toArray();
    EXPECT_EQ(models.value(QStringLiteral("total")).toString().toInt(), list.size());
    EXPECT_GE(list.size(), 4);
    for (const QJsonValue &value : list) {
        const QJsonObject model = value.toObject();
        ASSERT_TRUE(model.value(QStringLiteral("price")).isString());
        EXPECT_TRUE(kDecimal.match(model.value(QStringLiteral("price")).toString()).hasMatch());
        EXPECT_TRUE(
            model.value(QStringLiteral("free_txt")).toString().startsWith(QStringLiteral("空闲 ")));
        EXPECT_TRUE(model.value(QStringLiteral("status")).isDouble());
        for (const char *key : {"uuid", "title", "desc", "remark", "status_txt"})
            EXPECT_TRUE(model.value(QLatin1String(key)).isString()) << key;
    }
    EXPECT_EQ(gpuNamed(QStringLiteral("RTX 4090")).value(QStringLiteral("price")).toString(),
              QStringLiteral("1.98"));
}

TEST_F(ChenyuWireFormatTest, CreateReturnsEveryDocumentedField)
{
    const QJsonObject envelope = call(QStringLiteral("/api/v1/app/instance/create"), createBody(0));
    ASSERT_EQ(code(envelope), QStringLiteral("0"))
        << envelope.value(QStringLiteral("msg")).toString().toStdString();
    const QJsonObject instance = result(envelope).value(QStringLiteral("instance")).toObject();
    for (const char *key :
         {"uuid", "title", "pod_uuid", "pod_title", "pod_name", "pod_price", "image_tag",
          "out_web_url", "gpu_model_name", "charging_type_name", "instance_type_txt", "status_txt"})
        EXPECT_TRUE(instance.value(QLatin1String(key)).isString()) << key;
    for (const char *key : {"pod_startup_elapse", "category", "gpus", "no_card", "charging_type",
                            "charging_num", "price_h", "status"})
        EXPECT_TRUE(instance.value(QLatin1String(key)).isDouble()) << key;
    EXPECT_TRUE(kDecimal.match(instance.value(QStringLiteral("pod_price")).toString()).hasMatch());
    EXPECT_EQ(instance.value(QStringLiteral("status")).toInt(), 0);
    EXPECT_EQ(instance.value(QStringLiteral("status_txt")).toString(), QStringLiteral("已创建"));
    EXPECT_EQ(instance.value(QStringLiteral("gpu_model_name")).toString(),
              QStringLiteral("RTX 4090"));
    EXPECT_EQ(instance.value(QStringLiteral("pod_title")).toString(),
              firstPod().value(QStringLiteral("title")).toString());
    EXPECT_DOUBLE_EQ(instance.value(QStringLiteral("price_h")).toDouble(), 1.98);
    EXPECT_EQ(backend->createCount(), 1);
    EXPECT_TRUE(backend->instanceIds().contains(instance.value(QStringLiteral("uuid")).toString()));
}

TEST_F(ChenyuWireFormatTest, CreateRejectsBadRequestsWithSystemError)
{
    const auto without = [this](const QString &key) {
        QJsonObject body = createBody(1);
        body.remove(key);
        return call(QStringLiteral("/api/v1/app/instance/create"), body);
    };
    const auto with = [this](const QString &key, const QJsonValue &value) {
        QJsonObject body = createBody(1);
        body.insert(key, value);
        return call(QStringLiteral("/api/v1/app/instance/create"), body);
    };
    EXPECT_EQ(code(without(QStringLiteral("image_tag"))), QStringLiteral("-2"));
    EXPECT_EQ(code(without(QStringLiteral("gpu_model_uuid"))), QStringLiteral("-2"));
    EXPECT_EQ(code(with(QStringLiteral("pod_uuid"), QStringLiteral("no-such-pod"))),
              QStringLiteral("-2"));
    EXPECT_EQ(code(with(QStringLiteral("gpu_model_uuid"), QStringLiteral("no-such-gpu"))),
              QStringLiteral("-2"));
    EXPECT_EQ(code(with(QStringLiteral("image_tag"), QStringLiteral("v9.9.9"))),
              QStringLiteral("-2"));
    // The document's example literally sends "auto_start": "integer".
    EXPECT_EQ(code(with(QStringLiteral("auto_start"), QStringLiteral("integer"))),
              QStringLiteral("-2"));
    const QJsonObject soldOut =
        with(QStringLiteral("gpu_model_uuid"),
             gpuNamed(QStringLiteral("H800")).value(QStringLiteral("uuid")));
    EXPECT_EQ(code(soldOut), QStringLiteral("-2"));
    EXPECT_FALSE(soldOut.value(QStringLiteral("msg")).toString().isEmpty());
    EXPECT_EQ(backend->createCount(), 0);

    backend->setBalanceFen(50);
    EXPECT_EQ(code(call(QStringLiteral("/api/v1/app/instance/create"), createBody(1))),
              QStringLiteral("-2"));
    EXPECT_EQ(backend->createCount(), 0);
}

TEST_F(ChenyuWireFormatTest, InstanceListRequiresStatus)
{
    const QJsonObject missing = call(QStringLiteral("/api/v1/app/instance/list"));
    EXPECT_EQ(code(missing), QStringLiteral("-2"));
    EXPECT_EQ(missing.value(QStringLiteral("msg")).toString(), QStringLiteral("status 参数必填"));
    EXPECT_EQ(code(call(QStringLiteral("/api/v1/app/instance/list"),
                        {{QStringLiteral("status"), QStringLiteral("2")}})),
              QStringLiteral("-2"));
    EXPECT_EQ(
        code(call(QStringLiteral("/api/v1/app/instance/list"), {{QStringLiteral("status"), 7}})),
        QStringLiteral("-2"));
}

TEST_F(ChenyuWireFormatTest, InstanceListFiltersByOneStatus)
{
    // Let the seeded boot finish so no instance moves between the six calls.
    ASSERT_TRUE(waitFor(
        [this] {
            for (const QString &uuid : backend->instanceIds()) {
                if (statusOf(uuid) == 1 || statusOf(uuid) == 3)
                    return false;
            }
            return true;
        },
        3000));
    const QList<int> statuses = {0, 1, 2, 3, 4, 9};
    int total = 0;
    for (int status : statuses) {
        const QJsonObject list = result(call(QStringLiteral("/api/v1/app/instance/list"),
                                             {{QStringLiteral("status"), status}}));
        ASSERT_TRUE(list.value(QStringLiteral("total")).isString());
        const QJsonArray entries = list.value(QStringLiteral("items")).toArray();
        EXPECT_EQ(list.value(QStringLiteral("total")).toString().toInt(), entries.size());
        for (const QJsonValue &value : entries) {
            const QJsonObject instance = value.toObject();
            EXPECT_EQ(instance.value(QStringLiteral("status")).toInt(), status);
            EXPECT_TRUE(isIsoDateTime(instance.value(QStringLiteral("created_at"))));
            EXPECT_TRUE(instance.value(QStringLiteral("pod_price")).isString());
            EXPECT_TRUE(instance.value(QStringLiteral("price_h")).isDouble());
        }
        total += int(entries.size());
    }
    EXPECT_EQ(total, backend->instanceIds().size());
    EXPECT_EQ(total, 6);
    EXPECT_EQ(
        items(QStringLiteral("/api/v1/app/instance/list"), {{QStringLiteral("status"), 9}}).size(),
        2);
    EXPECT_GE(
        items(QStringLiteral("/api/v1/app/instance/list"), {{QStringLiteral("status"), 2}}).size(),
        1);
}

TEST_F(ChenyuWireFormatTest, InstanceListPagesWithDefaultSizeTen)
{
    for (int i = 0; i < 11; ++i)
        ASSERT_FALSE(create(0).isEmpty());
    const QJsonObject page1 =
        result(call(QStringLiteral("/api/v1/app/instance/list"), {{QStringLiteral("status"), 0}}));
    EXPECT_EQ(page1.value(QStringLiteral("total")).toString(), QStringLiteral("12"));
    EXPECT_EQ(page1.value(QStringLiteral("items")).toArray().size(), 10);
    EXPECT_EQ(items(QStringLiteral("/api/v1/app/instance/list"),
                    {{QStringLiteral("status"), 0}, {QStringLiteral("page"), 2}})
                  .size(),
              2);
    EXPECT_EQ(items(QStringLiteral("/api/v1/app/instance/list"), {{QStringLiteral("status"), 0},
                                                                  {QStringLiteral("page_size"), 5},
                                                                  {QStringLiteral("page"), 3}})
                  .size(),
              2);
}

TEST_F(ChenyuWireFormatTest, StatusOfUnknownInstance)
{
    const QJsonObject envelope =
        action(QStringLiteral("status"), QStringLiteral("no-such-instance"));
    EXPECT_EQ(code(envelope), QStringLiteral("-2"));
    EXPECT_EQ(envelope.value(QStringLiteral("msg")).toString(), QStringLiteral("实例不存在"));
    const QJsonObject missing = call(QStringLiteral("/api/v1/app/instance/status"));
    EXPECT_EQ(code(missing), QStringLiteral("-2"));
    for (const QString &verb :
         {QStringLiteral("start"), QStringLiteral("restart"), QStringLiteral("stop")})
        EXPECT_EQ(code(action(verb, QStringLiteral("no-such-instance"))), QStringLiteral("-2"));
}

TEST_F(ChenyuWireFormatTest, StatusReportsStatusAndText)
{
    const QString running = firstWithStatus(2);
    ASSERT_FALSE(running.isEmpty());
    const QJsonObject instance = result(action(QStringLiteral("status"), running))
                                     .value(QStringLiteral("instance"))
                                     .toObject();
    EXPECT_EQ(instance.value(QStringLiteral("status")).toInt(), 2);
    EXPECT_EQ(instance.value(QStringLiteral("status_txt")).toString(), QStringLiteral("运行中"));
}

} // namespace
