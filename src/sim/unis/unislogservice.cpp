#include "sim/unis/unislogservice.h"

#include "sim/unis/unispodlog.h"
#include "sim/unis/uniswire.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace suanli::sim {

namespace {

const QString kViewLogs = QStringLiteral("/api/kernel/trainOperatorPod/viewPodLogs");
const QString kEvaluationLog = QStringLiteral("/api/model/evaluation/pod/log");
const QString kDownload = QStringLiteral("/api/kernel/trainOperatorPod/downloadTaskLogs");

// System and tenant administrators see every pod of their platform; others only their own.
bool maySee(const UnisCaller &caller, const UnisPodLife &pod)
{
    return caller.roleId == QLatin1String("4004") || caller.roleId == QLatin1String("4005")
        || caller.userId == pod.ownerUserId;
}

SimReply failure(bool evaluation, const QString &message)
{
    return evaluation ? unis::wire::errorA(message) : unis::wire::errorB(message);
}

} // namespace

UnisLogService::UnisLogService(const UnisJobDirectory &jobs)
    : m_jobs(jobs)
{
}

UnisLogService::~UnisLogService() = default;

std::optional<SimReply> UnisLogService::handle(const SimRequest &request, const UnisCaller &caller)
{
    const bool evaluation = request.path == kEvaluationLog;
    if (request.path == kViewLogs || evaluation) {
        if (request.method != QLatin1String("POST"))
            return unis::wire::springError(405, request.path);
        return viewLogs(request, caller, evaluation);
    }
    if (request.path == kDownload) {
        if (request.method != QLatin1String("GET"))
            return unis::wire::springError(405, request.path);
        return download(request, caller);
    }
    return std::nullopt;
}

SimReply UnisLogService::viewLogs(const SimRequest &request, const UnisCaller &caller, bool evaluation) const
{
    using unis::wire::Read;
    const std::optional<QJsonValue> json = unis::wire::jsonBody(request);
    if (!json || !json->isObject())
        return unis::wire::springError(400, request.path);
    const QJsonObject body = json->toObject();

    QString id;
    // The kernel document's table writes "Id"; its example (and the client) send "id".
    if (unis::wire::readString(body, QStringLiteral("id"), id) != Read::Ok || id.isEmpty())
        unis::wire::readString(body, QStringLiteral("Id"), id);
    if (id.isEmpty())
        return failure(evaluation, unis::wire::requiredMessage(QStringLiteral("id")));
    qint64 pageSize = 0;
    switch (unis::wire::readInt(body, QStringLiteral("offset"), pageSize)) {
    case Read::Absent:
        return failure(evaluation, unis::wire::requiredMessage(QStringLiteral("offset")));
    case Read::Invalid:
        return failure(evaluation, unis::wire::invalidMessage(QStringLiteral("offset")));
    case Read::Ok:
        break;
    }
    if (pageSize <= 0)
        return failure(evaluation, unis::wire::invalidMessage(QStringLiteral("offset")));
    pageSize = std::min(pageSize, kMaxPage);
    bool reverse = true; // "第一次默认true"
    if (unis::wire::readBool(body, QStringLiteral("recerseRead"), reverse) == Read::Invalid)
        return failure(evaluation, unis::wire::invalidMessage(QStringLiteral("recerseRead")));
    std::optional<qint64> start;
    if (body.value(QStringLiteral("startReadLines")).isNull() || !body.contains(QStringLiteral("startReadLines"))) {
        start.reset();
    } else {
        qint64 value = 0;
        if (unis::wire::readInt(body, QStringLiteral("startReadLines"), value) != Read::Ok)
            return failure(evaluation, unis::wire::invalidMessage(QStringLiteral("startReadLines")));
        start = value;
    }

    std::optional<UnisPodLife> pod;
    for (const UnisPodLife &candidate : m_jobs.pods()) {
        if (candidate.podId == id) {
            pod = candidate;
            break;
        }
    }
    if (!pod)
        return failure(evaluation, QStringLiteral("容器实例不存在"));
    if (!maySee(caller, *pod))
        return failure(evaluation, QStringLiteral("无权限查看该容器日志"));

    const QDateTime now = m_jobs.now();
    const qint64 count = UnisPodLog::lineCount(*pod, now);
    qint64 begin = 0;
    qint64 end = 0;
    if (reverse) {
        end = start ? std::clamp<qint64>(*start, 0, count) : count;
        begin = std::max<qint64>(0, end - pageSize);
    } else {
        begin = std::clamp<qint64>(start.value_or(1) - 1, 0, count);
        end = std::min(count, begin + pageSize);
    }
    QJsonArray content;
    for (const QByteArray &line : UnisPodLog::lines(*pod, begin, end, now))
        content.append(QString::fromUtf8(line));
    const QJsonObject data{
        {QStringLiteral("offset"), end + 1},
        {QStringLiteral("startReadLines"), begin},
        {QStringLiteral("reverseRead"), reverse && begin > 0},
        {QStringLiteral("logContent"), content},
    };
    const QString note = QStringLiteral("%1 lines %2-%3 of %4").arg(pod->podName).arg(begin + 1).arg(end).arg(count);
    SimReply reply = evaluation ? unis::wire::envelopeA(data) : unis::wire::envelopeB(data);
    reply.note = note;
    return reply;
}

SimReply UnisLogService::download(const SimRequest &request, const UnisCaller &caller) const
{
    const std::optional<QString> taskId = unis::wire::query(request, QStringLiteral("taskId"));
    const std::optional<QString> taskName = unis::wire::query(request, QStringLiteral("taskName"));
    if (!taskId || taskId->isEmpty())
        return unis::wire::errorB(unis::wire::requiredMessage(QStringLiteral("taskId")));
    if (!taskName || taskName->isEmpty())
        return unis::wire::errorB(unis::wire::requiredMessage(QStringLiteral("taskName")));
    const QList<UnisPodLife> pods = m_jobs.podsOfJob(*taskId);
    if (pods.isEmpty())
        return unis::wire::errorB(QStringLiteral("任务不存在或尚无容器实例"));
    if (!maySee(caller, pods.constFirst()))
        return unis::wire::errorB(QStringLiteral("无权限下载该任务日志"));
    const QDateTime now = m_jobs.now();
    QByteArray body;
    qint64 lines = 0;
    for (const UnisPodLife &pod : pods) {
        body += pod.podName.toUtf8() + "-log：\n";
        const qint64 count = UnisPodLog::lineCount(pod, now);
        for (qint64 i = 0; i < count; ++i) {
            body += UnisPodLog::line(pod, i);
            body += '\n';
        }
        lines += count;
    }
    SimReply reply = SimReply::text(200, body, QStringLiteral("%1 pods, %2 lines").arg(pods.size()).arg(lines));
    const QString fileName = *taskName + QStringLiteral(".log");
    reply.headers.append({QByteArrayLiteral("Content-Disposition"),
                          "attachment; filename=\"" + QUrl::toPercentEncoding(fileName) + "\"; filename*=UTF-8''"
                              + QUrl::toPercentEncoding(fileName)});
    return reply;
}

} // namespace suanli::sim
