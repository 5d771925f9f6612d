// The UNIS simulator's pod logs on their own: a log that grows while its pod runs and stops
// when it ends, the same lines for the same pod and time, the documented paging on the wire
// (with its envelopes, defaults and errors), and the batch download's sections. A directory of
// pods with a hand-set clock stands in for the job side.
#include "sim/unis/unislogservice.h"
#include "sim/unis/unispodlog.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

using namespace suanli::sim;

namespace {

class FakeDirectory final : public UnisJobDirectory
{
public:
    QList<UnisPodLife> list;
    QDateTime clock;

    QList<UnisPodLife> pods() const override { return list; }
    std::optional<UnisPodLife> pod(const QString &podName) const override
    {
        for (const UnisPodLife &p : list) {
            if (p.podName == podName)
                return p;
        }
        return std::nullopt;
    }
    QList<UnisPodLife> podsOfJob(const QString &jobId) const override
    {
        QList<UnisPodLife> out;
        for (const UnisPodLife &p : list) {
            if (p.jobId == jobId)
                out.append(p);
        }
        return out;
    }
    QDateTime now() const override { return clock; }
};

const QDateTime kStart(QDate(2025, 2, 10), QTime(15, 55, 0), QTimeZone(8 * 3600));

UnisPodLife pod(const QString &name, const QString &id, const QString &job, UnisPodLife::Phase phase, qint64 ranSecs)
{
    UnisPodLife p;
    p.podName = name;
    p.podId = id;
    p.jobId = job;
    p.jobName = job + QStringLiteral("-name");
    p.jobKind = QStringLiteral("fine-tune");
    p.ownerUserId = QStringLiteral("38");
    p.gpuCount = 8;
    p.created = kStart.addSecs(-60);
    p.started = kStart;
    p.phase = phase;
    if (phase != UnisPodLife::Phase::Running)
        p.finished = kStart.addSecs(ranSecs);
    return p;
}

SimRequest post(const QString &path, const QJsonObject &body)
{
    SimRequest r;
    r.method = QStringLiteral("POST");
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject json(const SimReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

const UnisCaller kOwner{QStringLiteral("38"), QStringLiteral("zhangwei"), QStringLiteral("200"), QStringLiteral("4007")};
const UnisCaller kStranger{QStringLiteral("41"), QStringLiteral("liuyang"), QStringLiteral("201"), QStringLiteral("4007")};
const UnisCaller kAdmin{QStringLiteral("1"), QStringLiteral("admin"), QStringLiteral("100"), QStringLiteral("4004")};

} // namespace

TEST(UnisPodLog, GrowsWhileRunningAndStopsAtTheEnd)
{
    UnisPodLife running = pod(QStringLiteral("llm-a-worker-0"), QStringLiteral("p1"), QStringLiteral("j1"),
                              UnisPodLife::Phase::Running, 0);
    EXPECT_EQ(UnisPodLog::lineCount(running, kStart.addSecs(-1)), 0);
    const qint64 burst = UnisPodLog::lineCount(running, kStart.addSecs(5));
    EXPECT_GT(burst, 30); // the start-up lines come at once
    const qint64 later = UnisPodLog::lineCount(running, kStart.addSecs(65));
    EXPECT_EQ(later - burst, 60 * UnisPodLog::kFastLinesPerSecond); // a few lines a second
    const qint64 dayOne = UnisPodLog::lineCount(running, kStart.addSecs(24 * 3600));
    EXPECT_LT(dayOne, 3600 * 3 + 23 * 3600 + 100); // slower after the first hour

    UnisPodLife pending = running;
    pending.started = QDateTime();
    pending.phase = UnisPodLife::Phase::Pending;
    EXPECT_EQ(UnisPodLog::lineCount(pending, kStart.addSecs(100)), 0);

    UnisPodLife failed = pod(QStringLiteral("llm-a-worker-0"), QStringLiteral("p1"), QStringLiteral("j1"),
                             UnisPodLife::Phase::Failed, 120);
    const qint64 end = UnisPodLog::lineCount(failed, kStart.addSecs(120));
    EXPECT_EQ(UnisPodLog::lineCount(failed, kStart.addSecs(5000)), end); // no growth after the end
    const QByteArrayList lines = UnisPodLog::lines(failed, 0, end, kStart.addSecs(5000));
    EXPECT_TRUE(lines.join('\n').contains("Traceback (most recent call last):"));
    EXPECT_TRUE(lines.constLast().startsWith("======"));
    // The same pod and time: the same text, line by line, whoever asks.
    EXPECT_EQ(UnisPodLog::lines(failed, 0, end, kStart.addSecs(9000)), lines);
    EXPECT_EQ(UnisPodLog::line(failed, 40), UnisPodLog::line(failed, 40));
    EXPECT_NE(UnisPodLog::line(failed, 40), UnisPodLog::line(failed, 44));
    // Realistic: Chinese, levels, progress bars redrawn with carriage returns, timestamps.
    const QByteArray text = UnisPodLog::lines(running, 0, UnisPodLog::lineCount(running, kStart.addSecs(3600)),
                                              kStart.addSecs(3600))
                                .join('\n');
    EXPECT_TRUE(text.contains("已处理样本"));
    EXPECT_TRUE(text.contains("[WARNING]"));
    EXPECT_TRUE(text.contains("[DEBUG]"));
    EXPECT_TRUE(text.contains("'loss': "));
    EXPECT_TRUE(text.contains('\r'));
    EXPECT_TRUE(text.contains("ConnectionResetError"));
    EXPECT_TRUE(text.contains("[2025-02-10 15:55:"));

    UnisPodLife succeeded = failed;
    succeeded.phase = UnisPodLife::Phase::Succeeded;
    EXPECT_TRUE(UnisPodLog::line(succeeded, UnisPodLog::lineCount(succeeded, kStart.addSecs(999)) - 1).contains("任务成功结束"));
    UnisPodLife notebook = running;
    notebook.jobKind = QStringLiteral("dev-env");
    EXPECT_TRUE(UnisPodLog::line(notebook, 0).contains("ServerApp"));
}

TEST(UnisLogService, PagingOnTheWire)
{
    FakeDirectory dir;
    dir.list = {pod(QStringLiteral("llm-a-worker-0"), QStringLiteral("p1"), QStringLiteral("j1"), UnisPodLife::Phase::Succeeded, 300)};
    dir.clock = kStart.addSecs(1000);
    UnisLogService service(dir);
    const UnisPodLife &p = dir.list.constFirst();
    const qint64 n = UnisPodLog::lineCount(p, dir.clock);
    const QString path = QStringLiteral("/api/kernel/trainOperatorPod/viewPodLogs");

    // The first call as the document writes it: the tail, envelope {success, returnCode, message, data}.
    auto tail = service.handle(post(path, {{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("offset"), 100},
                                           {QStringLiteral("startReadLines"), QJsonValue::Null},
                                           {QStringLiteral("recerseRead"), true}}),
                               kOwner);
    ASSERT_TRUE(tail);
    QJsonObject o = json(*tail);
    EXPECT_EQ(o.value(QStringLiteral("returnCode")).toInt(), 200);
    EXPECT_TRUE(o.value(QStringLiteral("success")).toBool());
    QJsonObject data = o.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("startReadLines")).toInteger(), n - 100);
    EXPECT_EQ(data.value(QStringLiteral("offset")).toInteger(), n + 1);
    EXPECT_TRUE(data.value(QStringLiteral("reverseRead")).toBool());
    ASSERT_EQ(data.value(QStringLiteral("logContent")).toArray().size(), 100);
    EXPECT_EQ(data.value(QStringLiteral("logContent")).toArray().last().toString().toUtf8(), UnisPodLog::line(p, n - 1));

    // recerseRead left out: backwards, as the document says the first call defaults to.
    auto defaulted = service.handle(post(path, {{QStringLiteral("Id"), QStringLiteral("p1")}, {QStringLiteral("offset"), QStringLiteral("5")}}), kOwner);
    data = json(*defaulted).value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("startReadLines")).toInteger(), n - 5);

    // A short log read whole: the top reached, reverseRead false (the documents' example).
    auto whole = service.handle(post(path, {{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("offset"), 100000},
                                            {QStringLiteral("recerseRead"), true}}),
                                kOwner);
    data = json(*whole).value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("startReadLines")).toInteger(), std::max<qint64>(0, n - UnisLogService::kMaxPage));
    EXPECT_EQ(data.value(QStringLiteral("reverseRead")).toBool(), n > UnisLogService::kMaxPage);

    // Forward from a line.
    auto forward = service.handle(post(path, {{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("offset"), 3},
                                              {QStringLiteral("startReadLines"), 10}, {QStringLiteral("recerseRead"), false}}),
                                  kOwner);
    data = json(*forward).value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("startReadLines")).toInteger(), 9);
    EXPECT_EQ(data.value(QStringLiteral("offset")).toInteger(), 13);
    EXPECT_EQ(data.value(QStringLiteral("logContent")).toArray().first().toString().toUtf8(), UnisPodLog::line(p, 9));

    // The evaluation twin answers in {code, success, message, data}.
    auto evaluation = service.handle(post(QStringLiteral("/api/model/evaluation/pod/log"),
                                          {{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("offset"), 2},
                                           {QStringLiteral("recerseRead"), true}}),
                                     kOwner);
    o = json(*evaluation);
    EXPECT_EQ(o.value(QStringLiteral("code")).toInt(), 200);
    EXPECT_FALSE(o.contains(QStringLiteral("returnCode")));

    // Errors in the envelope (HTTP 200); a wrong method or a body that is not JSON is Spring's.
    auto missing = service.handle(post(path, {{QStringLiteral("offset"), 3}}), kOwner);
    EXPECT_EQ(missing->status, 200);
    EXPECT_FALSE(json(*missing).value(QStringLiteral("success")).toBool());
    EXPECT_EQ(json(*missing).value(QStringLiteral("message")).toString(), QStringLiteral("id不能为空"));
    auto noOffset = service.handle(post(path, {{QStringLiteral("id"), QStringLiteral("p1")}}), kOwner);
    EXPECT_EQ(json(*noOffset).value(QStringLiteral("message")).toString(), QStringLiteral("offset不能为空"));
    auto unknown = service.handle(post(path, {{QStringLiteral("id"), QStringLiteral("nope")}, {QStringLiteral("offset"), 3}}), kOwner);
    EXPECT_FALSE(json(*unknown).value(QStringLiteral("success")).toBool());
    auto stranger = service.handle(post(path, {{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("offset"), 3}}), kStranger);
    EXPECT_FALSE(json(*stranger).value(QStringLiteral("success")).toBool());
    auto admin = service.handle(post(path, {{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("offset"), 3}}), kAdmin);
    EXPECT_TRUE(json(*admin).value(QStringLiteral("success")).toBool());
    SimRequest get = post(path, {});
    get.method = QStringLiteral("GET");
    EXPECT_EQ(service.handle(get, kOwner)->status, 405);
    SimRequest garbage = post(path, {});
    garbage.body = "{not json";
    EXPECT_EQ(service.handle(garbage, kOwner)->status, 400);
    EXPECT_FALSE(service.handle(post(QStringLiteral("/api/kernel/trainOperator/listTask"), {}), kOwner));
}

TEST(UnisLogService, BatchDownloadHasASectionPerPod)
{
    FakeDirectory dir;
    dir.list = {pod(QStringLiteral("llm-b-master-0"), QStringLiteral("m0"), QStringLiteral("j2"), UnisPodLife::Phase::Stopped, 30),
                pod(QStringLiteral("llm-b-worker-0"), QStringLiteral("w0"), QStringLiteral("j2"), UnisPodLife::Phase::Stopped, 30),
                pod(QStringLiteral("other-worker-0"), QStringLiteral("o0"), QStringLiteral("j3"), UnisPodLife::Phase::Running, 0)};
    dir.clock = kStart.addSecs(60);
    UnisLogService service(dir);
    SimRequest r;
    r.method = QStringLiteral("GET");
    r.path = QStringLiteral("/api/kernel/trainOperatorPod/downloadTaskLogs");
    r.query = QUrlQuery(QStringLiteral("taskId=j2&taskName=%E8%AE%AD%E7%BB%83-3"));
    auto reply = service.handle(r, kOwner);
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
    QByteArray type;
    QByteArray disposition;
    for (const auto &[k, v] : reply->headers) {
        if (k == "Content-Type")
            type = v;
        if (k == "Content-Disposition")
            disposition = v;
    }
    EXPECT_TRUE(type.startsWith("text/plain"));
    EXPECT_TRUE(disposition.contains("filename*=UTF-8''%E8%AE%AD%E7%BB%83-3.log"));
    QByteArray want;
    for (const UnisPodLife &p : dir.podsOfJob(QStringLiteral("j2"))) {
        want += p.podName.toUtf8() + "-log：\n";
        for (const QByteArray &line : UnisPodLog::lines(p, 0, UnisPodLog::lineCount(p, dir.clock), dir.clock))
            want += line + '\n';
    }
    EXPECT_EQ(reply->body, want);
    EXPECT_TRUE(reply->body.contains("Received Signals.SIGTERM"));
    EXPECT_FALSE(reply->body.contains("other-worker-0"));

    r.query = QUrlQuery(QStringLiteral("taskName=x"));
    EXPECT_EQ(json(*service.handle(r, kOwner)).value(QStringLiteral("message")).toString(), QStringLiteral("taskId不能为空"));
    r.query = QUrlQuery(QStringLiteral("taskId=j2"));
    EXPECT_EQ(json(*service.handle(r, kOwner)).value(QStringLiteral("message")).toString(), QStringLiteral("taskName不能为空"));
    r.query = QUrlQuery(QStringLiteral("taskId=nope&taskName=x"));
    EXPECT_FALSE(json(*service.handle(r, kOwner)).value(QStringLiteral("success")).toBool());
    r.query = QUrlQuery(QStringLiteral("taskId=j2&taskName=x"));
    EXPECT_FALSE(json(*service.handle(r, kStranger)).value(QStringLiteral("success")).toBool());
    r.method = QStringLiteral("POST");
    EXPECT_EQ(service.handle(r, kOwner)->status, 405);
}
