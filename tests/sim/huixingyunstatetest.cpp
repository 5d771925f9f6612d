// Huixingyun instances over time and the per-gid rules of the batch endpoints: stop modes and
// the two start endpoints, restart, rebuild within one OS, destroy preconditions, billing-mode
// changes, renewals and snapshots.
#include "huixingyunfixture.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace suanli::test;

namespace {

const QString kRunning = QStringLiteral("Running");
const QString kStopped = QStringLiteral("Stopped");

class HuixingyunStateTest : public HuixingyunFixture
{
protected:
    QString buy(int payUnit = 4)
    {
        const QJsonObject answer = call(QStringLiteral("/gpu/instances/buy"),
                                        {{QStringLiteral("image_id"), imageFor(k4090Room106)},
                                         {QStringLiteral("num"), 1},
                                         {QStringLiteral("gpu_type"), k4090Room106},
                                         {QStringLiteral("gpu_count"), 1},
                                         {QStringLiteral("pay_unit"), payUnit},
                                         {QStringLiteral("room_name"), QStringLiteral("106")}});
        const QString uid = answer.value(QStringLiteral("success"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("order_uid"))
                                .toString();
        for (const QString &gid : backend->instanceIds()) {
            if (!uid.isEmpty()
                && backend->instanceJson(gid).value(QStringLiteral("order_uid")).toString() == uid)
                return gid;
        }
        return QString();
    }

    QJsonObject stop(const QStringList &gids, bool cardLess)
    {
        return batch(QStringLiteral("stop"), gids, {{QStringLiteral("card_less"), cardLess}});
    }

    QDateTime expiry(const QString &gid) const
    {
        return timeOf(backend->instanceJson(gid), QStringLiteral("expire_at"));
    }

    QString imageName(const QString &gid) const
    {
        return backend->instanceJson(gid)
            .value(QStringLiteral("image"))
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    }

    QString publicImage(const QString &gpuType, const QString &name)
    {
        for (const QJsonValue &value :
             items(QStringLiteral("/gpu/images/list"), {{QStringLiteral("gpu_type"), gpuType}})) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject().value(QStringLiteral("image_id")).toString();
        }
        return QString();
    }
};

TEST_F(HuixingyunStateTest, BoughtInstanceBootsWithoutPolling)
{
    const QString gid = buy();
    ASSERT_FALSE(gid.isEmpty());
    EXPECT_EQ(listed(gid).value(QStringLiteral("status")).toString(), QStringLiteral("Creating"));
    // Only the event loop runs here; nobody asks the server anything.
    EXPECT_EQ(watch(gid, kRunning), QStringList({QStringLiteral("Creating"), kRunning}));
    EXPECT_EQ(listed(gid).value(QStringLiteral("status")).toString(), kRunning);
}

TEST_F(HuixingyunStateTest, NormalStopPairsWithStart)
{
    const QString gid = seeded(QStringLiteral("Hour"), kRunning);
    ASSERT_FALSE(gid.isEmpty());
    const QJsonObject answer = stop({gid}, false);
    EXPECT_EQ(successes(answer), QStringList({gid}));
    EXPECT_TRUE(answer.value(QStringLiteral("fails")).toArray().isEmpty());
    EXPECT_EQ(listed(gid).value(QStringLiteral("status")).toString(), QStringLiteral("Stopping"));
    EXPECT_EQ(watch(gid, kStopped), QStringList({QStringLiteral("Stopping"), kStopped}));
    EXPECT_EQ(backend->stopMode(gid), QStringLiteral("normal"));

    const QJsonObject wrong = batch(QStringLiteral("cardless/start"), {gid});
    EXPECT_TRUE(successes(wrong).isEmpty());
    EXPECT_EQ(failures(wrong).value(gid), QStringLiteral("该实例不是无卡关机"));
    EXPECT_EQ(statusOf(gid), kStopped);

    EXPECT_EQ(successes(batch(QStringLiteral("start"), {gid})), QStringList({gid}));
    EXPECT_EQ(watch(gid, kRunning), QStringList({QStringLiteral("Starting"), kRunning}));
    EXPECT_EQ(backend->stopMode(gid), QString());
}

TEST_F(HuixingyunStateTest, CardLessStopPairsWithCardlessStart)
{
    const QString gid = seeded(QStringLiteral("Hour"), kRunning);
    ASSERT_FALSE(gid.isEmpty());
    const QString gpuType = backend->instanceJson(gid)
                                .value(QStringLiteral("size"))
                                .toObject()
                                .value(QStringLiteral("gpu_type"))
                                .toString();
    const int remain = backend->gpuRemain(gpuType);
    EXPECT_EQ(successes(stop({gid}, true)), QStringList({gid}));
    EXPECT_EQ(watch(gid, kStopped), QStringList({QStringLiteral("Stopping"), kStopped}));
    // The list cannot tell the modes apart: the client has to remember.
    EXPECT_EQ(listed(gid).value(QStringLiteral("status")).toString(), kStopped);
    EXPECT_EQ(backend->stopMode(gid), QStringLiteral("card_less"));
    EXPECT_EQ(backend->gpuRemain(gpuType), remain + 1); // the card went back to stock

    const QJsonObject wrong = batch(QStringLiteral("start"), {gid});
    EXPECT_EQ(failures(wrong).value(gid), QStringLiteral("请使用无卡开机接口"));
    EXPECT_EQ(statusOf(gid), kStopped);

    EXPECT_EQ(successes(batch(QStringLiteral("cardless/start"), {gid})), QStringList({gid}));
    EXPECT_EQ(watch(gid, kRunning), QStringList({QStringLiteral("Starting"), kRunning}));
    EXPECT_EQ(backend->gpuRemain(gpuType), remain);
}

TEST_F(HuixingyunStateTest, SeededStopModesDecideTheStartEndpoint)
{
    const QString cardLess = seeded(QStringLiteral("Hour"), kStopped, QStringLiteral("card_less"));
    const QString normal = seeded(QStringLiteral("Hour"), kStopped, QStringLiteral("normal"));
    ASSERT_FALSE(cardLess.isEmpty());
    ASSERT_FALSE(normal.isEmpty());
    // One mixed request to each endpoint: each starts its own kind and refuses the other.
    const QJsonObject plain = batch(QStringLiteral("start"), {cardLess, normal});
    EXPECT_EQ(successes(plain), QStringList({normal}));
    EXPECT_EQ(failures(plain).value(cardLess), QStringLiteral("请使用无卡开机接口"));
    const QJsonObject cardless = batch(QStringLiteral("cardless/start"), {cardLess, normal});
    EXPECT_EQ(successes(cardless), QStringList({cardLess}));
    EXPECT_TRUE(
        failures(cardless).value(normal).startsWith(QStringLiteral("只有已关机的实例可以开机")))
        << failures(cardless).value(normal).toStdString();
    EXPECT_TRUE(waitFor(
        [&] { return statusOf(cardLess) == kRunning && statusOf(normal) == kRunning; }, 3000));
}

TEST_F(HuixingyunStateTest, StopNeedsTheCardLessFlag)
{
    const QString gid = seeded(QStringLiteral("Hour"), kRunning);
    ASSERT_FALSE(gid.isEmpty());
    EXPECT_EQ(
        post(QStringLiteral("/gpu/instances/stop"), {{QStringLiteral("gid"), gid}}).httpStatus,
        400);
    EXPECT_EQ(
        post(QStringLiteral("/gpu/instances/stop"),
             {{QStringLiteral("gid"), gid}, {QStringLiteral("card_less"), QStringLiteral("false")}})
            .httpStatus,
        400);
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/stop"), {{QStringLiteral("card_less"), false}})
                  .httpStatus,
              400);
    EXPECT_EQ(statusOf(gid), kRunning);
}

TEST_F(HuixingyunStateTest, MixedBatchReportsEachGid)
{
    const QString runningHourly = seeded(QStringLiteral("Hour"), kRunning);
    const QString runningDaily = seeded(QStringLiteral("Day"), kRunning);
    const QString stopped = seeded(QStringLiteral("Hour"), kStopped, QStringLiteral("normal"));
    const QString unknown = QStringLiteral("gpu-106ffffffffffffffffff");
    ASSERT_FALSE(runningHourly.isEmpty());
    ASSERT_FALSE(runningDaily.isEmpty());
    ASSERT_FALSE(stopped.isEmpty());

    const HttpResult result =
        post(QStringLiteral("/gpu/instances/stop"),
             {{QStringLiteral("gid"),
               QStringList({runningHourly, stopped, unknown, runningDaily}).join(QLatin1Char(','))},
              {QStringLiteral("card_less"), false}});
    EXPECT_EQ(result.httpStatus, 200); // partly failed, still 200
    const QJsonObject answer = result.json();
    EXPECT_EQ(successes(answer), QStringList({runningHourly, runningDaily}));
    const QHash<QString, QString> fails = failures(answer);
    EXPECT_EQ(fails.size(), 2);
    EXPECT_EQ(fails.value(unknown), QStringLiteral("实例不存在"));
    EXPECT_TRUE(fails.value(stopped).contains(QStringLiteral("运行中")))
        << fails.value(stopped).toStdString();
    for (const QJsonValue &fail : answer.value(QStringLiteral("fails")).toArray()) {
        const QJsonObject object = fail.toObject();
        EXPECT_TRUE(object.value(QStringLiteral("gid")).isString());
        EXPECT_TRUE(object.value(QStringLiteral("reason")).isString());
    }
    EXPECT_EQ(statusOf(runningHourly), QStringLiteral("Stopping"));
    EXPECT_EQ(statusOf(runningDaily), QStringLiteral("Stopping"));
    EXPECT_EQ(statusOf(stopped), kStopped);

    // Only the ASCII comma separates; spaces around ids are tolerated.
    const QJsonObject spaced =
        batch(QStringLiteral("restart"),
              {QStringLiteral(" ") + seeded(QStringLiteral("Month"), kRunning)});
    EXPECT_EQ(successes(spaced).size(), 1);
    const QJsonObject fullWidth =
        batch(QStringLiteral("restart"), {stopped + QStringLiteral("，") + runningHourly});
    EXPECT_TRUE(successes(fullWidth).isEmpty());
    EXPECT_EQ(failures(fullWidth).size(), 1);
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/restart"),
                   {{QStringLiteral("gid"), QStringLiteral(",")}})
                  .httpStatus,
              400);
}

TEST_F(HuixingyunStateTest, RestartOnlyFromRunning)
{
    const QString running = seeded(QStringLiteral("Month"), kRunning);
    const QString stopped = seeded(QStringLiteral("Hour"), kStopped, QStringLiteral("normal"));
    ASSERT_FALSE(running.isEmpty());
    const QJsonObject answer = batch(QStringLiteral("restart"), {running, stopped});
    EXPECT_EQ(successes(answer), QStringList({running}));
    EXPECT_TRUE(failures(answer).value(stopped).contains(QStringLiteral("重启")));
    EXPECT_EQ(watch(running, kRunning),
              QStringList({QStringLiteral("Stopping"), QStringLiteral("Starting"), kRunning}));
    EXPECT_EQ(statusOf(stopped), kStopped);
}

TEST_F(HuixingyunStateTest, RebuildKeepsTheOsAndReturnsToThePreviousState)
{
    const QString gpuType106 = k4090Room106;
    const QString linuxRunning =
        seeded(QStringLiteral("Hour"), kRunning, QString(), QStringLiteral("linux"));
    const QString windowsStopped = seeded(QStringLiteral("Hour"), kStopped,
                                          QStringLiteral("normal"), QStringLiteral("windows"));
    ASSERT_FALSE(linuxRunning.isEmpty());
    ASSERT_FALSE(windowsStopped.isEmpty());
    ASSERT_EQ(backend->instanceJson(linuxRunning).value(QStringLiteral("room_name")).toString(),
              QStringLiteral("106"));
    const QString tensorflow =
        publicImage(gpuType106, QStringLiteral("ubuntu20.04-cuda11.8-tensorflow2.13"));
    const QString windows = imageFor(gpuType106, QStringLiteral("windows"));
    ASSERT_FALSE(tensorflow.isEmpty());
    ASSERT_FALSE(windows.isEmpty());

    // Linux image: the Linux instance takes it, the Windows one refuses.
    const QJsonObject toLinux = batch(QStringLiteral("rebuild"), {linuxRunning, windowsStopped},
                                      {{QStringLiteral("image_id"), tensorflow}});
    EXPECT_EQ(successes(toLinux), QStringList({linuxRunning}));
    EXPECT_EQ(failures(toLinux).value(windowsStopped), QStringLiteral("暂不支持跨镜像系统重装"));
    EXPECT_EQ(statusOf(linuxRunning), QStringLiteral("Rebuilding"));
    EXPECT_EQ(watch(linuxRunning, kRunning), QStringList({QStringLiteral("Rebuilding"), kRunning}));
    EXPECT_EQ(imageName(linuxRunning), QStringLiteral("ubuntu20.04-cuda11.8-tensorflow2.13"));
    EXPECT_EQ(listed(linuxRunning)
                  .value(QStringLiteral("image"))
                  .toObject()
                  .value(QStringLiteral("image_id")),
              QJsonValue(tensorflow));

    // Windows image: the other way round; a stopped instance goes back to Stopped, same mode.
    const QJsonObject toWindows = batch(QStringLiteral("rebuild"), {linuxRunning, windowsStopped},
                                        {{QStringLiteral("image_id"), windows}});
    EXPECT_EQ(successes(toWindows), QStringList({windowsStopped}));
    EXPECT_EQ(failures(toWindows).value(linuxRunning), QStringLiteral("暂不支持跨镜像系统重装"));
    EXPECT_EQ(watch(windowsStopped, kStopped),
              QStringList({QStringLiteral("Rebuilding"), kStopped}));
    EXPECT_EQ(backend->stopMode(windowsStopped), QStringLiteral("normal"));
    EXPECT_EQ(successes(batch(QStringLiteral("start"), {windowsStopped})),
              QStringList({windowsStopped}));

    // An image of another room, a busy instance, an unknown image.
    backend->setTransitionMs(2000); // keeps the instance busy for the check below
    const QString room105 = seeded(QStringLiteral("Month"), kRunning);
    const QJsonObject wrongRoom =
        batch(QStringLiteral("rebuild"), {room105}, {{QStringLiteral("image_id"), tensorflow}});
    EXPECT_TRUE(failures(wrongRoom).value(room105).contains(QStringLiteral("区")));
    ASSERT_EQ(successes(batch(QStringLiteral("restart"), {linuxRunning})),
              QStringList({linuxRunning}));
    const QJsonObject busy = batch(QStringLiteral("rebuild"), {linuxRunning},
                                   {{QStringLiteral("image_id"), tensorflow}});
    EXPECT_TRUE(failures(busy).value(linuxRunning).contains(QStringLiteral("关机中")))
        << failures(busy).value(linuxRunning).toStdString();
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/rebuild"),
                   {{QStringLiteral("gid"), linuxRunning},
                    {QStringLiteral("image_id"), QStringLiteral("no-such-image")}})
                  .httpStatus,
              400);
    EXPECT_EQ(
        post(QStringLiteral("/gpu/instances/rebuild"), {{QStringLiteral("gid"), linuxRunning}})
            .httpStatus,
        400);
}

TEST_F(HuixingyunStateTest, DestroyOnlyStoppedHourlyInstances)
{
    backend->setTransitionMs(1000); // long enough to ask again while it is being destroyed
    const QString stoppedHourly =
        seeded(QStringLiteral("Hour"), kStopped, QStringLiteral("normal"));
    const QString cardLessHourly =
        seeded(QStringLiteral("Hour"), kStopped, QStringLiteral("card_less"));
    const QString runningHourly = seeded(QStringLiteral("Hour"), kRunning);
    const QString stoppedDaily = seeded(QStringLiteral("Day"), kStopped);
    const QString runningMonthly = seeded(QStringLiteral("Month"), kRunning);
    for (const QString &gid :
         {stoppedHourly, cardLessHourly, runningHourly, stoppedDaily, runningMonthly})
        ASSERT_FALSE(gid.isEmpty());
    const QJsonObject stoppedJson = backend->instanceJson(stoppedHourly);
    const QString gpuType = stoppedJson.value(QStringLiteral("size"))
                                .toObject()
                                .value(QStringLiteral("gpu_type"))
                                .toString();
    const int gpus = stoppedJson.value(QStringLiteral("size"))
                         .toObject()
                         .value(QStringLiteral("gpu"))
                         .toString()
                         .toInt();
    const int remain = backend->gpuRemain(gpuType);
    const QString cardLessType = backend->instanceJson(cardLessHourly)
                                     .value(QStringLiteral("size"))
                                     .toObject()
                                     .value(QStringLiteral("gpu_type"))
                                     .toString();
    const int cardLessRemain = backend->gpuRemain(cardLessType);

    const QJsonObject answer =
        batch(QStringLiteral("destroy"),
              {stoppedHourly, runningHourly, stoppedDaily, runningMonthly, cardLessHourly});
    EXPECT_EQ(successes(answer), QStringList({stoppedHourly, cardLessHourly}));
    const QHash<QString, QString> fails = failures(answer);
    EXPECT_TRUE(fails.value(runningHourly).startsWith(QStringLiteral("请先关机")))
        << fails.value(runningHourly).toStdString();
    EXPECT_EQ(fails.value(stoppedDaily), QStringLiteral("仅支持销毁按小时计费的实例"));
    EXPECT_EQ(fails.value(runningMonthly), QStringLiteral("仅支持销毁按小时计费的实例"));

    EXPECT_EQ(statusOf(stoppedHourly), QStringLiteral("Destroying"));
    EXPECT_EQ(listed(stoppedHourly).value(QStringLiteral("status")).toString(),
              QStringLiteral("Destroying"));
    EXPECT_EQ(failures(batch(QStringLiteral("destroy"), {stoppedHourly})).value(stoppedHourly),
              QStringLiteral("实例正在销毁"));
    EXPECT_TRUE(waitFor([&] { return !backend->instanceIds().contains(stoppedHourly); }, 3000));
    EXPECT_TRUE(waitFor([&] { return !backend->instanceIds().contains(cardLessHourly); }, 3000));
    EXPECT_TRUE(listed(stoppedHourly).isEmpty());
    EXPECT_TRUE(backend->instanceJson(stoppedHourly).isEmpty());
    EXPECT_EQ(failures(batch(QStringLiteral("destroy"), {stoppedHourly})).value(stoppedHourly),
              QStringLiteral("实例不存在"));
    // The destroyed GPUs are free again; a card-less stop had already returned its card.
    EXPECT_EQ(backend->gpuRemain(gpuType), remain + gpus);
    EXPECT_EQ(backend->gpuRemain(cardLessType), cardLessRemain);
    const QJsonObject list = call(QStringLiteral("/gpu/instances/list"));
    EXPECT_EQ(list.value(QStringLiteral("total")).toString(),
              QString::number(list.value(QStringLiteral("items")).toArray().size()));
}

TEST_F(HuixingyunStateTest, LengthenChangesTheBillingModeOneWay)
{
    const QString hourly = seeded(QStringLiteral("Hour"), kRunning);
    const QString daily = seeded(QStringLiteral("Day"), kRunning);
    const QString monthly = seeded(QStringLiteral("Month"), kRunning);
    ASSERT_FALSE(hourly.isEmpty());
    ASSERT_FALSE(daily.isEmpty());
    ASSERT_FALSE(monthly.isEmpty());
    const QDateTime monthlyExpiry = expiry(monthly);
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/lengthen"),
                   {{QStringLiteral("gid"), hourly}, {QStringLiteral("pay_unit"), 4}})
                  .httpStatus,
              400);
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/lengthen"), {{QStringLiteral("gid"), hourly}})
                  .httpStatus,
              400);
    EXPECT_EQ(backend->instanceJson(hourly).value(QStringLiteral("pay_method")).toString(),
              QStringLiteral("Hour"));

    // Hourly to daily: an expiry one day out.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QJsonObject toDay = batch(QStringLiteral("lengthen"), {hourly, daily, monthly},
                                    {{QStringLiteral("pay_unit"), QStringLiteral("1")}});
    EXPECT_EQ(successes(toDay), QStringList({hourly}));
    EXPECT_FALSE(failures(toDay).value(daily).isEmpty());
    EXPECT_EQ(failures(toDay).value(monthly), QStringLiteral("包月实例不能修改计费模式"));
    const QJsonObject nowDaily = listed(hourly);
    EXPECT_EQ(nowDaily.value(QStringLiteral("pay_method")).toString(), QStringLiteral("Day"));
    EXPECT_LE(qAbs(before.secsTo(timeOf(nowDaily, QStringLiteral("expire_at"))) - 24 * 3600), 5);

    // Daily to monthly, both of them in one request.
    const QJsonObject toMonth = batch(QStringLiteral("lengthen"), {hourly, daily, monthly},
                                      {{QStringLiteral("pay_unit"), 2}});
    EXPECT_EQ(successes(toMonth), QStringList({hourly, daily}));
    EXPECT_EQ(failures(toMonth).keys(), QStringList({monthly}));
    const QDateTime monthOut = before.toTimeZone(QTimeZone(8 * 3600)).addMonths(1);
    for (const QString &gid : {hourly, daily}) {
        EXPECT_EQ(backend->instanceJson(gid).value(QStringLiteral("pay_method")).toString(),
                  QStringLiteral("Month"));
        EXPECT_LE(qAbs(monthOut.secsTo(expiry(gid))), 5);
    }
    EXPECT_EQ(expiry(monthly), monthlyExpiry); // refused: untouched
    // Monthly is final; and a converted instance is no longer destroyable.
    EXPECT_FALSE(
        failures(batch(QStringLiteral("lengthen"), {hourly}, {{QStringLiteral("pay_unit"), 1}}))
            .value(hourly)
            .isEmpty());
    EXPECT_TRUE(successes(stop({hourly}, false)).contains(hourly));
    ASSERT_TRUE(waitFor([&] { return statusOf(hourly) == kStopped; }, 3000));
    EXPECT_EQ(failures(batch(QStringLiteral("destroy"), {hourly})).value(hourly),
              QStringLiteral("仅支持销毁按小时计费的实例"));
}

TEST_F(HuixingyunStateTest, RenewExtendsPrepaidInstancesOnly)
{
    const QString hourly = seeded(QStringLiteral("Hour"), kRunning);
    const QString daily = seeded(QStringLiteral("Day"), kRunning);
    const QString monthly = seeded(QStringLiteral("Month"), kRunning);
    ASSERT_FALSE(hourly.isEmpty());
    const QDateTime dailyBefore = expiry(daily);
    const QDateTime monthlyBefore = expiry(monthly);
    ASSERT_TRUE(dailyBefore.isValid());
    ASSERT_TRUE(monthlyBefore.isValid());

    EXPECT_EQ(
        post(QStringLiteral("/gpu/instances/renew"), {{QStringLiteral("gid"), daily}}).httpStatus,
        400);
    EXPECT_EQ(
        post(QStringLiteral("/gpu/instances/renew"),
             {{QStringLiteral("gid"), daily}, {QStringLiteral("pay_period"), QStringLiteral("x")}})
            .httpStatus,
        400);

    // One period for a mixed batch: a day for the daily one, a month for the monthly one.
    const QJsonObject once = batch(QStringLiteral("renew"), {hourly, daily, monthly},
                                   {{QStringLiteral("pay_period"), 1}});
    EXPECT_EQ(successes(once), QStringList({daily, monthly}));
    EXPECT_EQ(failures(once).value(hourly), QStringLiteral("按小时计费的实例不能续费"));
    EXPECT_EQ(listed(daily).value(QStringLiteral("expire_at")).toString(),
              dailyBefore.addDays(1).toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate));
    EXPECT_EQ(expiry(monthly), monthlyBefore.toTimeZone(QTimeZone(8 * 3600)).addMonths(1));

    // Periods depend on the mode: 3 and 7 for days, 3 and 12 for months.
    const QJsonObject seven = batch(QStringLiteral("renew"), {daily, monthly},
                                    {{QStringLiteral("pay_period"), QStringLiteral("7")}});
    EXPECT_EQ(successes(seven), QStringList({daily}));
    EXPECT_TRUE(failures(seven).value(monthly).contains(QStringLiteral("1、3、12")));
    const QJsonObject twelve =
        batch(QStringLiteral("renew"), {daily, monthly}, {{QStringLiteral("pay_period"), 12}});
    EXPECT_EQ(successes(twelve), QStringList({monthly}));
    EXPECT_TRUE(failures(twelve).value(daily).contains(QStringLiteral("1、3、7")));
    EXPECT_EQ(expiry(daily), dailyBefore.addDays(8));
    EXPECT_EQ(expiry(monthly), monthlyBefore.toTimeZone(QTimeZone(8 * 3600)).addMonths(13));
    EXPECT_FALSE(
        failures(batch(QStringLiteral("renew"), {daily}, {{QStringLiteral("pay_period"), 2}}))
            .value(daily)
            .isEmpty());
    EXPECT_EQ(listed(hourly).value(QStringLiteral("expire_at")).toString(), QString());

    // Each money-costing request reached the server once per gid.
    EXPECT_EQ(backend->requestCountFor(daily, QStringLiteral("/gpu/instances/renew")), 4);
    EXPECT_EQ(backend->requestCountFor(hourly, QStringLiteral("/gpu/instances/renew")), 1);
}

TEST_F(HuixingyunStateTest, SnapshotCreatesACustomImageLater)
{
    const QString gid = seeded(QStringLiteral("Month"), kRunning);
    ASSERT_FALSE(gid.isEmpty());
    const QString room = backend->instanceJson(gid).value(QStringLiteral("room_name")).toString();
    const QString other = seeded(QStringLiteral("Day"), kRunning);
    const qsizetype before = backend->customImages().size();

    const HttpResult batchTried =
        post(QStringLiteral("/gpu/instance/snapshot"),
             {{QStringLiteral("gid"), QString(gid + QLatin1Char(',') + other)},
              {QStringLiteral("name"), QStringLiteral("two-at-once")}});
    EXPECT_EQ(batchTried.httpStatus, 400);
    EXPECT_FALSE(batchTried.json().value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_EQ(
        post(QStringLiteral("/gpu/instance/snapshot"), {{QStringLiteral("gid"), gid}}).httpStatus,
        400);
    EXPECT_EQ(post(QStringLiteral("/gpu/instance/snapshot"),
                   {{QStringLiteral("gid"), QStringLiteral("gpu-105ffffffffffffffffff")},
                    {QStringLiteral("name"), QStringLiteral("x")}})
                  .httpStatus,
              400);
    // The plural path does not exist.
    EXPECT_EQ(post(QStringLiteral("/gpu/instances/snapshot"),
                   {{QStringLiteral("gid"), gid}, {QStringLiteral("name"), QStringLiteral("x")}})
                  .httpStatus,
              404);

    const QJsonObject answer = call(
        QStringLiteral("/gpu/instance/snapshot"),
        {{QStringLiteral("gid"), gid}, {QStringLiteral("name"), QStringLiteral("my-env-0705")}});
    EXPECT_EQ(answer, QJsonObject({{QStringLiteral("success"), true}}));
    const auto mine = [&] {
        QJsonObject found;
        for (const QJsonValue &value :
             items(QStringLiteral("/gpu/images/mine"), {{QStringLiteral("room_name"), room}})) {
            if (value.toObject().value(QStringLiteral("name")).toString() == u"my-env-0705")
                found = value.toObject();
        }
        return found;
    };
    EXPECT_TRUE(mine().isEmpty()); // asynchronous: not there yet
    ASSERT_TRUE(waitFor([&] { return !mine().isEmpty(); }, 3000));
    const QJsonObject image = mine();
    EXPECT_EQ(image.value(QStringLiteral("room_name")).toString(), room);
    EXPECT_EQ(image.value(QStringLiteral("os")).toString(), QStringLiteral("linux"));
    EXPECT_EQ(image.value(QStringLiteral("scene")).toString(), QStringLiteral("Gpu"));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^创建时间: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"))
            .match(image.value(QStringLiteral("description")).toString())
            .hasMatch());
    EXPECT_EQ(backend->customImages().size(), before + 1);
    EXPECT_EQ(backend->customImages().constLast().value(QStringLiteral("image_id")),
              image.value(QStringLiteral("image_id")));
    EXPECT_EQ(backend->requestCountFor(gid, QStringLiteral("/gpu/instance/snapshot")), 1);

    // The new image can rebuild an instance of its room.
    const QJsonObject rebuilt =
        batch(QStringLiteral("rebuild"), {gid},
              {{QStringLiteral("image_id"), image.value(QStringLiteral("image_id"))}});
    EXPECT_EQ(successes(rebuilt), QStringList({gid}));
    EXPECT_TRUE(waitFor([&] { return imageName(gid) == u"my-env-0705"; }, 3000));
}

TEST_F(HuixingyunStateTest, ChangedTransitionTimeAppliesToStepsUnderWay)
{
    backend->setTransitionMs(60 * 1000);
    const QString gid = buy();
    ASSERT_FALSE(gid.isEmpty());
    waitFor([] { return false; }, 200);
    EXPECT_EQ(statusOf(gid), QStringLiteral("Creating"));
    backend->setTransitionMs(50);
    EXPECT_TRUE(waitFor([&] { return statusOf(gid) == kRunning; }, 2000));
}

} // namespace
