// Chenyu instances over time: boot, restart, destroy, scheduled shutdown, billing, and what a
// client sees when the connection fails after the server already acted.
#include "chenyufixture.h"

#include <QJsonArray>

using namespace suanli::test;
using suanli::sim::Fault;

namespace {

class ChenyuStateTest : public ChenyuFixture
{
protected:
    // Records every status an instance passes through, sampled on the event loop.
    QList<int> watch(const QString &uuid, int until, int timeoutMs = 3000)
    {
        QList<int> seen;
        waitFor(
            [&] {
                const int status = statusOf(uuid);
                if (seen.isEmpty() || seen.constLast() != status)
                    seen.append(status);
                return status == until;
            },
            timeoutMs);
        return seen;
    }
};

TEST_F(ChenyuStateTest, SeededAccountCoversTheStatuses)
{
    QList<int> statuses;
    for (const QString &uuid : backend->instanceIds())
        statuses.append(statusOf(uuid));
    EXPECT_EQ(statuses.size(), 6);
    EXPECT_EQ(statuses.count(0), 1);
    EXPECT_EQ(statuses.count(4), 1);
    EXPECT_EQ(statuses.count(9), 2);
    // One is booting, unless its first step already finished.
    EXPECT_EQ(statuses.count(1) + statuses.count(2), 2);
    EXPECT_GE(statuses.count(2), 1);
}

TEST_F(ChenyuStateTest, SeededBootFinishesWithoutPolling)
{
    const QString starting = firstWithStatus(1);
    ASSERT_FALSE(starting.isEmpty());
    // Only the event loop runs here; nobody asks the server anything.
    EXPECT_TRUE(waitFor([&] { return statusOf(starting) == 2; }, 2000));
}

TEST_F(ChenyuStateTest, CreateWithAutoStartBootsToRunning)
{
    const QString uuid = create(1);
    ASSERT_FALSE(uuid.isEmpty());
    EXPECT_EQ(polledStatus(uuid), 0);
    const QList<int> seen = watch(uuid, 2);
    EXPECT_EQ(seen, QList<int>({0, 1, 2}));
    EXPECT_EQ(polledStatus(uuid), 2);
    EXPECT_EQ(result(action(QStringLiteral("status"), uuid))
                  .value(QStringLiteral("instance"))
                  .toObject()
                  .value(QStringLiteral("status_txt"))
                  .toString(),
              QStringLiteral("运行中"));
}

TEST_F(ChenyuStateTest, CreateWithoutAutoStartStaysCreated)
{
    const QString uuid = create(0);
    ASSERT_FALSE(uuid.isEmpty());
    waitFor([] { return false; }, 300);
    EXPECT_EQ(polledStatus(uuid), 0);
}

TEST_F(ChenyuStateTest, StartFromCreatedAndFromStopped)
{
    const QString created = firstWithStatus(0);
    const QString stopped = firstWithStatus(4);
    ASSERT_FALSE(created.isEmpty());
    ASSERT_FALSE(stopped.isEmpty());
    EXPECT_EQ(code(action(QStringLiteral("start"), created)), QStringLiteral("0"));
    EXPECT_EQ(code(action(QStringLiteral("start"), stopped)), QStringLiteral("0"));
    EXPECT_EQ(polledStatus(created), 1);
    EXPECT_EQ(polledStatus(stopped), 1);
    // Starting twice is an invalid state, not a no-op.
    const QJsonObject again = action(QStringLiteral("start"), created);
    EXPECT_EQ(code(again), QStringLiteral("-2"));
    EXPECT_FALSE(again.value(QStringLiteral("msg")).toString().isEmpty());
    EXPECT_TRUE(waitFor([&] { return statusOf(created) == 2 && statusOf(stopped) == 2; }, 2000));
    EXPECT_EQ(code(action(QStringLiteral("start"), created)), QStringLiteral("-2"));
}

TEST_F(ChenyuStateTest, RestartOnlyFromRunning)
{
    const QString running = firstWithStatus(2);
    const QString stopped = firstWithStatus(4);
    ASSERT_FALSE(running.isEmpty());
    EXPECT_EQ(code(action(QStringLiteral("restart"), stopped)), QStringLiteral("-2"));
    EXPECT_EQ(code(action(QStringLiteral("restart"), firstWithStatus(0))), QStringLiteral("-2"));

    EXPECT_EQ(code(action(QStringLiteral("restart"), running)), QStringLiteral("0"));
    EXPECT_EQ(polledStatus(running), 3);
    EXPECT_EQ(watch(running, 2), QList<int>({3, 1, 2}));
}

TEST_F(ChenyuStateTest, StopDestroysAndMovesToStatusNine)
{
    const QString running = firstWithStatus(2);
    ASSERT_FALSE(running.isEmpty());
    EXPECT_EQ(code(action(QStringLiteral("stop"), running,
                          {{QStringLiteral("shutdown_reason"), QStringLiteral("不再需要")}})),
              QStringLiteral("0"));
    EXPECT_EQ(polledStatus(running), 3);
    EXPECT_EQ(watch(running, 9), QList<int>({3, 9}));

    const auto idsWith = [this](int status) {
        QStringList ids;
        for (const QJsonValue &value : items(QStringLiteral("/api/v1/app/instance/list"),
                                             {{QStringLiteral("status"), status}}))
            ids.append(value.toObject().value(QStringLiteral("uuid")).toString());
        return ids;
    };
    EXPECT_TRUE(idsWith(9).contains(running));
    for (int status : {0, 1, 2, 3, 4})
        EXPECT_FALSE(idsWith(status).contains(running)) << status;

    const QJsonObject again = action(QStringLiteral("stop"), running);
    EXPECT_EQ(code(again), QStringLiteral("-2"));
    EXPECT_EQ(code(action(QStringLiteral("start"), running)), QStringLiteral("-2"));
    EXPECT_EQ(code(action(QStringLiteral("restart"), running)), QStringLiteral("-2"));
}

TEST_F(ChenyuStateTest, DestroyWorksFromEveryLiveStatus)
{
    const QString created = firstWithStatus(0);
    const QString stopped = firstWithStatus(4);
    const QString booting = create(1);
    for (const QString &uuid : {created, stopped, booting})
        EXPECT_EQ(code(action(QStringLiteral("stop"), uuid)), QStringLiteral("0"));
    EXPECT_TRUE(waitFor(
        [&] { return statusOf(created) == 9 && statusOf(stopped) == 9 && statusOf(booting) == 9; },
        2000));
}

TEST_F(ChenyuStateTest, ScheduledShutdownStopsAndCancelKeepsRunning)
{
    const QString kept = firstWithStatus(2);
    const QString target = create(1);
    ASSERT_TRUE(waitFor([&] { return statusOf(target) == 2; }, 2000));

    // Whole seconds only, so "two seconds from now" lands one to two seconds ahead.
    const QString when = chinaTimeFromNow(2000);
    EXPECT_EQ(code(action(QStringLiteral("scheduled/shutdown"), target,
                          {{QStringLiteral("regular_time"), when}})),
              QStringLiteral("0"));
    EXPECT_EQ(code(action(QStringLiteral("scheduled/shutdown"), kept,
                          {{QStringLiteral("regular_time"), when}})),
              QStringLiteral("0"));
    EXPECT_EQ(code(action(QStringLiteral("scheduled/shutdown"), kept,
                          {{QStringLiteral("cancel"), true}})),
              QStringLiteral("0"));

    EXPECT_EQ(statusOf(target), 2);
    const QList<int> seen = watch(target, 4, 4000);
    EXPECT_EQ(seen, QList<int>({2, 3, 4}));
    EXPECT_EQ(polledStatus(target), 4);
    EXPECT_EQ(result(action(QStringLiteral("status"), target))
                  .value(QStringLiteral("instance"))
                  .toObject()
                  .value(QStringLiteral("status_txt"))
                  .toString(),
              QStringLiteral("已关机"));
    EXPECT_EQ(polledStatus(kept), 2);
    // A stopped instance starts again.
    EXPECT_EQ(code(action(QStringLiteral("start"), target)), QStringLiteral("0"));
}

TEST_F(ChenyuStateTest, ScheduledShutdownValidatesTime)
{
    const QString running = firstWithStatus(2);
    const auto schedule = [&](const QJsonValue &time) {
        return action(QStringLiteral("scheduled/shutdown"), running,
                      {{QStringLiteral("regular_time"), time}});
    };
    EXPECT_EQ(code(schedule(chinaTimeFromNow(-60000))), QStringLiteral("-2"));
    EXPECT_EQ(code(schedule(QStringLiteral("2099/11/29 19:40:00"))), QStringLiteral("-2"));
    EXPECT_EQ(code(schedule(QStringLiteral("2099-11-29T19:40:00"))), QStringLiteral("-2"));
    EXPECT_EQ(code(schedule(QStringLiteral("2099-02-30 19:40:00"))), QStringLiteral("-2"));
    EXPECT_EQ(code(schedule(QStringLiteral("2099-11-29 19:40"))), QStringLiteral("-2"));
    EXPECT_EQ(code(schedule(1732880400)), QStringLiteral("-2"));
    EXPECT_EQ(code(action(QStringLiteral("scheduled/shutdown"), running)), QStringLiteral("-2"));
    EXPECT_EQ(code(schedule(QStringLiteral("2099-11-29 19:40:00"))), QStringLiteral("0"));
    EXPECT_EQ(
        code(action(QStringLiteral("scheduled/shutdown"), firstWithStatus(9),
                    {{QStringLiteral("regular_time"), QStringLiteral("2099-11-29 19:40:00")}})),
        QStringLiteral("-2"));
}

TEST_F(ChenyuStateTest, ScheduledTimeIsChinaStandardTime)
{
    // Seven hours ahead in UTC+8 would already be past if it were read as UTC-ish local time
    // on a UTC machine; one hour behind in UTC+8 is past whatever the reading.
    const QString running = firstWithStatus(2);
    EXPECT_EQ(code(action(QStringLiteral("scheduled/shutdown"), running,
                          {{QStringLiteral("regular_time"), chinaTimeFromNow(-3600 * 1000)}})),
              QStringLiteral("-2"));
    const QString utcNowPlusOneHour = QDateTime::currentDateTimeUtc().addSecs(3600).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // An hour ahead on a UTC clock is seven hours in the past in China.
    EXPECT_EQ(code(action(QStringLiteral("scheduled/shutdown"), running,
                          {{QStringLiteral("regular_time"), utcNowPlusOneHour}})),
              QStringLiteral("-2"));
}

TEST_F(ChenyuStateTest, RunningInstancesAreBilledHourly)
{
    ASSERT_TRUE(waitFor([this] { return firstWithStatus(1).isEmpty(); }, 2000)); // boots done
    const qint64 balanceBefore = backend->balanceFen();
    const int billsBefore = backend->billCount();
    backend->setBillingHourMs(150);
    ASSERT_TRUE(waitFor([&] { return backend->billCount() >= billsBefore + 4; }, 3000));
    backend->setBillingHourMs(3600 * 1000); // freeze, then compare
    const qint64 balanceAfter = backend->balanceFen();
    const int newBills = backend->billCount() - billsBefore;
    EXPECT_LT(balanceAfter, balanceBefore);

    const QJsonObject balance = result(call(QStringLiteral("/api/v1/finances/balance")));
    const QString expected = QStringLiteral("%1.%2")
                                 .arg(balanceAfter / 100)
                                 .arg(balanceAfter % 100, 2, 10, QLatin1Char('0'));
    EXPECT_EQ(balance.value(QStringLiteral("balance")).toString(), expected);

    const QJsonObject bills =
        result(call(QStringLiteral("/api/v1/finances/bill"), {{QStringLiteral("page_size"), 100}}));
    EXPECT_EQ(bills.value(QStringLiteral("total")).toString().toInt(), 35 + newBills);
    qint64 newAmountFen = 0;
    const QJsonArray list = bills.value(QStringLiteral("items")).toArray();
    ASSERT_GE(list.size(), newBills);
    for (int i = 0; i < newBills; ++i) {
        const QJsonObject bill = list.at(i).toObject(); // newest first
        newAmountFen += qRound64(bill.value(QStringLiteral("occurred_amount")).toDouble() * 100);
        EXPECT_TRUE(
            bill.value(QStringLiteral("show")).toString().contains(QStringLiteral("1 小时")));
    }
    EXPECT_EQ(balanceBefore - balanceAfter, newAmountFen);
}

TEST_F(ChenyuStateTest, StoppedInstancesAreNotBilled)
{
    for (const QString &uuid : backend->instanceIds()) {
        if (statusOf(uuid) != 9)
            action(QStringLiteral("stop"), uuid);
    }
    ASSERT_TRUE(waitFor(
        [this] {
            for (const QString &uuid : backend->instanceIds()) {
                if (statusOf(uuid) != 9)
                    return false;
            }
            return true;
        },
        2000));
    const qint64 balance = backend->balanceFen();
    backend->setBillingHourMs(50);
    waitFor([] { return false; }, 300);
    EXPECT_EQ(backend->balanceFen(), balance);
}

TEST_F(ChenyuStateTest, RunningOutOfMoneyPowersOff)
{
    const QString running = firstWithStatus(2);
    backend->setBalanceFen(1);
    backend->setBillingHourMs(100);
    EXPECT_TRUE(waitFor([&] { return statusOf(running) == 4; }, 2000));
    EXPECT_LT(backend->balanceFen(), 0);
    EXPECT_EQ(code(action(QStringLiteral("start"), running)), QStringLiteral("-2"));
}

TEST_F(ChenyuStateTest, DropAfterProcessChangesStateButClientGetsNoAnswer)
{
    const QString stopped = firstWithStatus(4);
    const QString path = QStringLiteral("/api/v1/app/instance/start");
    // Two shots: an HTTP stack may re-send once by itself after the connection dies.
    server->injectFault(path, Fault::DropAfterProcess, 2);
    const HttpResult result = client->post(path, {{QStringLiteral("instance_uuid"), stopped}});
    ASSERT_TRUE(result.finished);
    EXPECT_NE(result.error, QNetworkReply::NoError);
    EXPECT_TRUE(result.body.isEmpty());
    EXPECT_GE(server->requestCount(path), 1);
    EXPECT_NE(statusOf(stopped), 4); // the start happened although nobody was told
    EXPECT_TRUE(waitFor([&] { return statusOf(stopped) == 2; }, 2000));
}

TEST_F(ChenyuStateTest, ResetFaultLeavesStateAlone)
{
    const QString stopped = firstWithStatus(4);
    const QString path = QStringLiteral("/api/v1/app/instance/start");
    server->injectFault(path, Fault::Reset, 2);
    const HttpResult result = client->post(path, {{QStringLiteral("instance_uuid"), stopped}});
    EXPECT_NE(result.error, QNetworkReply::NoError);
    EXPECT_EQ(server->requestCount(path), 0);
    EXPECT_EQ(statusOf(stopped), 4);
}

TEST_F(ChenyuStateTest, TruncatedCreateStillCreates)
{
    const QString path = QStringLiteral("/api/v1/app/instance/create");
    const int before = int(backend->instanceIds().size());
    server->injectFault(path, Fault::Truncate);
    const HttpResult result = client->post(path, createBody(0));
    EXPECT_NE(result.error, QNetworkReply::NoError);
    EXPECT_TRUE(result.json().isEmpty());
    EXPECT_EQ(backend->createCount(), 1);
    EXPECT_EQ(backend->instanceIds().size(), before + 1);
}

} // namespace
