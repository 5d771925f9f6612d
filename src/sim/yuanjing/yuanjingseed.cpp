#include "sim/yuanjing/yuanjingseed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace suanli::sim::yuanjing {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QTimeZone cst()
{
    return QTimeZone(8 * 3600);
}

QJsonArray options(const QStringList &values, bool withText)
{
    QJsonArray out;
    for (const QString &v : values) {
        QJsonObject o{{QStringLiteral("value"), v}};
        if (withText)
            o.insert(QStringLiteral("text"), v);
        out.append(o);
    }
    return out;
}

// The fields the document names, in the shape its option lists show ("data":[{"value":...}]).
QJsonObject promptField()
{
    return {{QStringLiteral("name"), QStringLiteral("prompt")},
            {QStringLiteral("label"), QStringLiteral("提示词")},
            {QStringLiteral("uitype"), QStringLiteral("text")},
            {QStringLiteral("required"), true}};
}

QJsonObject durationField()
{
    return {{QStringLiteral("name"), QStringLiteral("duration")},
            {QStringLiteral("label"), QStringLiteral("时长（秒）")},
            {QStringLiteral("uitype"), QStringLiteral("int")},
            {QStringLiteral("min"), 1},
            {QStringLiteral("max"), 15},
            {QStringLiteral("value"), 5}};
}

QJsonObject audioField()
{
    return {{QStringLiteral("name"), QStringLiteral("audio")},
            {QStringLiteral("label"), QStringLiteral("生成音频")},
            {QStringLiteral("uitype"), QStringLiteral("check")},
            {QStringLiteral("value"), false}};
}

QJsonObject ratioField()
{
    return {{QStringLiteral("name"), QStringLiteral("ratio")},
            {QStringLiteral("label"), QStringLiteral("画面比例")},
            {QStringLiteral("uitype"), QStringLiteral("code")},
            {QStringLiteral("value"), QStringLiteral("16:9")},
            {QStringLiteral("data"), options({QStringLiteral("16:9"), QStringLiteral("9:16"), QStringLiteral("4:3"),
                                              QStringLiteral("3:4"), QStringLiteral("1:1")},
                                             false)}};
}

QJsonObject resolutionField()
{
    return {{QStringLiteral("name"), QStringLiteral("resolution")},
            {QStringLiteral("label"), QStringLiteral("分辨率")},
            {QStringLiteral("uitype"), QStringLiteral("code")},
            {QStringLiteral("value"), QStringLiteral("720p")},
            {QStringLiteral("data"),
             options({QStringLiteral("540p"), QStringLiteral("720p"), QStringLiteral("1080p")}, true)}};
}

QJsonObject imageField(const QString &label)
{
    return {{QStringLiteral("name"), QStringLiteral("image")},
            {QStringLiteral("label"), label},
            {QStringLiteral("uitype"), QStringLiteral("image")},
            {QStringLiteral("required"), true}};
}

Order orderOf(const Model &model, qint64 atMs, int seconds, const QString &resolution, bool audio, const QString &status,
              qint64 accountedAtMs)
{
    Order o;
    o.llmid = model.id;
    o.name = model.name;
    o.model = model.model;
    o.useMs = atMs;
    o.usage = {{QStringLiteral("seconds"), seconds},
               {QStringLiteral("resolution"), resolution},
               {QStringLiteral("audio"), audio}};
    o.amountFen = status == status::Succeeded ? customerPriceFen(model, listPriceFen(model, seconds, resolution, audio)) : 0;
    o.status = status;
    o.accountedAtMs = accountedAtMs;
    return o;
}

} // namespace

QString demoPhone()
{
    return QStringLiteral("13800000000");
}

QString choosePhone()
{
    return QStringLiteral("13900000000");
}

QList<Model> seedModels()
{
    Model q1;
    q1.id = QStringLiteral("vidu-q1");
    q1.name = QStringLiteral("Vidu Q1");
    q1.model = QStringLiteral("viduq1");
    q1.description = QStringLiteral("高清文生视频，支持 1–15 秒与音频");
    q1.type = type::TextToVideo;
    q1.inputFields = {promptField(), durationField(), audioField(), ratioField(), resolutionField()};
    q1.listFenPerSecond540 = 30;
    q1.listFenPerSecond720 = 50;
    q1.listFenPerSecond1080 = 100;
    q1.audioFenPerSecond = 10;
    q1.ppid = QStringLiteral("pp-vidu-q1");

    Model v2 = q1;
    v2.id = QStringLiteral("vidu-2.0");
    v2.name = QStringLiteral("Vidu 2.0");
    v2.model = QStringLiteral("vidu2.0");
    v2.description = QStringLiteral("快速生成，价格更低");
    v2.inputFields = {promptField(), durationField(), ratioField(), resolutionField()};
    v2.listFenPerSecond540 = 20;
    v2.listFenPerSecond720 = 35;
    v2.listFenPerSecond1080 = 70;
    v2.audioFenPerSecond = 0;
    v2.ppid = QStringLiteral("pp-vidu-2");

    Model img = q1;
    img.id = QStringLiteral("vidu-q1-img");
    img.name = QStringLiteral("Vidu Q1 图生视频");
    img.model = QStringLiteral("viduq1-img2video");
    img.description = QStringLiteral("以一张图片为首帧生成视频");
    img.type = type::ImageToVideo;
    img.inputFields = {imageField(QStringLiteral("首帧图片")), promptField(), durationField(), audioField(), resolutionField()};
    img.ppid = QStringLiteral("pp-vidu-q1");

    Model ref = q1;
    ref.id = QStringLiteral("vidu-q1-ref");
    ref.name = QStringLiteral("Vidu Q1 参考生视频");
    ref.model = QStringLiteral("viduq1-reference");
    ref.description = QStringLiteral("参考图片中的主体生成视频（异步任务）");
    ref.type = type::ReferenceToVideo;
    ref.inputFields = {imageField(QStringLiteral("参考图片")), promptField(), durationField(), ratioField(), resolutionField()};
    ref.async = true;
    ref.ppid = QStringLiteral("pp-vidu-q1");

    return {q1, v2, img, ref};
}

QList<User> seedUsers(qint64 nowMs, const QList<Model> &models)
{
    User demo;
    demo.id = QStringLiteral("u-1001");
    demo.username = demoPhone();
    demo.orgid = QStringLiteral("o-100");
    demo.nickName = QStringLiteral("演示用户");
    demo.mobile = demoPhone();
    demo.pricingOperator = true;
    demo.balances = {{QStringLiteral("现金账户"), 8850}, {QStringLiteral("赠送账户"), 2000}};
    App app;
    app.id = QStringLiteral("d-0001");
    app.appname = QStringLiteral("my-desktop");
    app.description = QStringLiteral("desktop client");
    app.apikey = QStringLiteral("ak-3f9c2e71d05b4a8e");
    app.secretkey = QStringLiteral("sk-8b1d64c0e29a47f3b6d5");
    app.createdMs = nowMs - 30 * kDay;
    demo.apps = {app};
    // 96 charges over the last weeks, so that a page of 80 (the default) leaves a second page.
    const QStringList resolutions{QStringLiteral("540p"), QStringLiteral("720p"), QStringLiteral("1080p")};
    for (int i = 0; i < 96; ++i) {
        const Model &m = models.at(i % 2);
        const qint64 at = nowMs - (96 - i) * 5 * kHour - (i * 7 % 50) * kMinute;
        const bool failed = i % 17 == 5;
        demo.orders.append(orderOf(m, at, 4 + i % 8, resolutions.at(i % 3), i % 5 == 0 && m.audioFenPerSecond > 0,
                                   failed ? status::Failed : status::Succeeded, at + 2 * kMinute));
    }

    User alice;
    alice.id = QStringLiteral("u-2001");
    alice.username = QStringLiteral("lab-alice");
    alice.orgid = QStringLiteral("o-200");
    alice.nickName = QStringLiteral("Alice");
    alice.mobile = choosePhone();
    alice.balances = {{QStringLiteral("现金账户"), 1200}};
    alice.orders.append(orderOf(models.constFirst(), nowMs - 3 * kDay, 5, QStringLiteral("720p"), false, status::Succeeded,
                                nowMs - 3 * kDay + kMinute));

    User corp;
    corp.id = QStringLiteral("u-2002");
    corp.username = QStringLiteral("lab-alice-corp");
    corp.orgid = QStringLiteral("o-201");
    corp.mobile = choosePhone(); // no nick_name: shown by username
    corp.balances = {{QStringLiteral("现金账户"), 50000}};

    return {demo, alice, corp};
}

QList<Task> seedTasks(qint64 nowMs, const QList<Model> &models)
{
    const qint64 today = cstStartOfDay(nowMs);
    // Earlier today, whatever the time: shortly after midnight they crowd into the minutes since.
    const qint64 sinceMidnight = qMax<qint64>(8, nowMs - today);
    const qint64 morning = today + qMin(9 * kHour, sinceMidnight / 4);
    const qint64 run = qMin(3 * kMinute, sinceMidnight / 8);
    const Model &q1 = models.constFirst();

    Task done;
    done.taskid = QStringLiteral("t-5f1c0a2b9d3e");
    done.userId = QStringLiteral("u-1001");
    done.llmid = q1.id;
    done.input = {{QStringLiteral("prompt"), QStringLiteral("一只橘猫在日落时冲浪，电影感")},
                  {QStringLiteral("duration"), 5},
                  {QStringLiteral("audio"), false},
                  {QStringLiteral("ratio"), QStringLiteral("16:9")},
                  {QStringLiteral("resolution"), QStringLiteral("720p")}};
    done.createdMs = morning;
    done.doneMs = morning + run;
    done.usage = {{QStringLiteral("seconds"), 5}, {QStringLiteral("resolution"), QStringLiteral("720p")},
                  {QStringLiteral("audio"), false}};
    done.priceFen = customerPriceFen(q1, listPriceFen(q1, 5, QStringLiteral("720p"), false));
    done.settled = true;

    Task failed;
    failed.taskid = QStringLiteral("t-7a4e91c0b2f8");
    failed.userId = QStringLiteral("u-1001");
    failed.llmid = models.at(1).id;
    failed.input = {{QStringLiteral("prompt"), QStringLiteral("城市夜景延时摄影，霓虹灯")},
                    {QStringLiteral("duration"), 8},
                    {QStringLiteral("ratio"), QStringLiteral("9:16")},
                    {QStringLiteral("resolution"), QStringLiteral("1080p")}};
    failed.createdMs = morning + qMin(20 * kMinute, sinceMidnight / 4);
    failed.doneMs = failed.createdMs + run;
    failed.fails = true;
    failed.error = QStringLiteral("上游服务繁忙，请稍后重试");
    failed.settled = true;

    Task yesterday = done;
    yesterday.taskid = QStringLiteral("t-19d2e6f4a7c0");
    yesterday.input.insert(QStringLiteral("prompt"), QStringLiteral("雪山下的湖面，晨雾缓缓散开"));
    yesterday.createdMs = today - 5 * kHour;
    yesterday.doneMs = yesterday.createdMs + 3 * kMinute;

    return {yesterday, done, failed};
}

qint64 listPriceFen(const Model &model, int seconds, const QString &resolution, bool audio)
{
    qint64 perSecond = model.listFenPerSecond720;
    if (resolution == u"540p")
        perSecond = model.listFenPerSecond540;
    else if (resolution == u"1080p")
        perSecond = model.listFenPerSecond1080;
    if (audio)
        perSecond += model.audioFenPerSecond;
    return perSecond * seconds;
}

qint64 customerPriceFen(const Model &model, qint64 listFen)
{
    // Half a fen and up rounds up.
    return (listFen * model.discountPercent + 50) / 100;
}

QString cstDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, cst()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString cstDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, cst()).toString(QStringLiteral("yyyy-MM-dd"));
}

qint64 cstStartOfDay(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, cst());
    return QDateTime(t.date(), QTime(0, 0), cst()).toMSecsSinceEpoch();
}

double yuan(qint64 fen)
{
    // Exact for every amount with two decimals that a double can hold; this is the wire format.
    return double(fen) / 100.0;
}

} // namespace suanli::sim::yuanjing
