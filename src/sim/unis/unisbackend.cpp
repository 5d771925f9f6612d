#include "sim/unis/unisbackend.h"

#include "sim/unis/unisaccountapi.h"
#include "sim/unis/uniscatalogapi.h"
#include "sim/unis/unisjobapi.h"
#include "sim/unis/unismetricservice.h"
#include "sim/unis/unislogservice.h"
#include "sim/unis/unisseed.h"
#include "sim/unis/unisservingapi.h"
#include "sim/unis/unisstate.h"
#include "sim/unis/uniswire.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace suanli::sim {

using namespace unis;

namespace {

QDateTime chinaTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)) : QDateTime();
}

} // namespace

QString UnisBackend::defaultUserName()
{
    return QStringLiteral("zhangwei");
}

QString UnisBackend::defaultPassword()
{
    return QStringLiteral("Zhangwei@2024");
}

QByteArray UnisBackend::defaultAesKey()
{
    return Accounts::defaultAesKey();
}

UnisBackend::UnisBackend(QObject *parent)
    : QObject(parent)
{
    const qint64 now = State::nowMs();
    m_state = std::make_unique<State>(seedTenants(now), seedUsers(now));
    seedCatalog(m_state->catalog, now);
    seedJobs(*m_state, now);
    m_accountApi = std::make_unique<AccountApi>(*m_state);
    m_catalogApi = std::make_unique<CatalogApi>(*m_state);
    m_jobApi = std::make_unique<JobApi>(*m_state);
    m_servingApi = std::make_unique<ServingApi>(*m_state);
    addService(std::make_unique<UnisMetricService>(*this));
    addService(std::make_unique<UnisLogService>(*this));

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_state->board.advance(State::nowMs());
        scheduleNextEvent();
    });
    scheduleNextEvent();
}

UnisBackend::~UnisBackend() = default;

SimReply UnisBackend::handle(const SimRequest &request)
{
    const qint64 now = State::nowMs();
    m_state->board.advance(now);
    SimReply reply = route(request, now);
    scheduleNextEvent();
    return reply;
}

SimReply UnisBackend::route(const SimRequest &request, qint64 nowMs)
{
    if (request.path == QLatin1String("/prod-api/login"))
        return login(request, nowMs);
    if (std::optional<SimReply> page = webIde(request))
        return *page;
    const User *found =
        m_state->accounts.authenticate(request.header(QByteArrayLiteral("Authorization")), nowMs);
    if (!found)
        return wire::unauthorized(request.path);
    const User caller = *found;
    const UnisCaller identity{QString::number(caller.userId), caller.userName,
                              QString::number(caller.tenantId), QString::number(caller.roleId)};
    for (const std::unique_ptr<UnisService> &service : m_services) {
        if (std::optional<SimReply> reply = service->handle(request, identity))
            return *reply;
    }
    if (std::optional<SimReply> reply = m_accountApi->handle(request, caller))
        return *reply;
    if (std::optional<SimReply> reply = m_catalogApi->handle(request, caller))
        return *reply;
    if (std::optional<SimReply> reply = m_jobApi->handle(request, caller))
        return *reply;
    if (std::optional<SimReply> reply = m_servingApi->handle(request, caller))
        return *reply;
    return wire::springError(404, request.path);
}

std::optional<SimReply> UnisBackend::webIde(const SimRequest &request) const
{
    // The web IDE a running dev environment's webPath points at. A browser brings no bearer
    // token, so the page is served without one (it shows nothing but the environment's name).
    static const QRegularExpression webPath(
        QStringLiteral("^/devolopenv/notebook/([0-9a-f]{32})/web/?$"));
    const QRegularExpressionMatch match = webPath.match(request.path);
    if (!match.hasMatch() || request.method != QLatin1String("GET"))
        return std::nullopt;
    const Job *job = m_state->board.job(match.captured(1));
    SimReply reply;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    if (!job || job->kind != JobKind::DevEnv || job->notebookStatus != notebook::Running
        || job->params.value(QStringLiteral("imageType")).toInt() != 1) {
        reply.status = 404;
        reply.body = QByteArrayLiteral("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>");
        reply.note = QStringLiteral("no running web IDE");
        return reply;
    }
    reply.body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>JupyterLab · %1"
                                "</title></head><body><h1>JupyterLab</h1><p>%1</p><p>%2</p></body></html>")
                     .arg(job->name.toHtmlEscaped(), job->image.toHtmlEscaped())
                     .toUtf8();
    reply.note = QStringLiteral("web IDE of ") + job->name;
    return reply;
}

SimReply UnisBackend::login(const SimRequest &request, qint64 nowMs)
{
    if (request.method != QLatin1String("POST"))
        return wire::springError(405, request.path);
    const std::optional<QJsonValue> body = wire::jsonBody(request);
    if (!body || !body->isObject())
        return wire::springError(400, request.path);
    QString userName;
    QString password;
    wire::readString(body->toObject(), QStringLiteral("username"), userName);
    wire::readString(body->toObject(), QStringLiteral("password"), password);
    const Accounts::LoginResult result = m_state->accounts.login(userName, password, nowMs);
    if (result.token.isEmpty())
        return wire::ruoyi({}, result.message, 500);
    return wire::ruoyi({{QStringLiteral("token"), result.token}});
}

void UnisBackend::addService(std::unique_ptr<UnisService> service)
{
    if (service)
        m_services.push_back(std::move(service));
}

// ---- the job directory ----------------------------------------------------------------------

UnisPodLife UnisBackend::podLife(const Job &job, const Pod &pod) const
{
    UnisPodLife life;
    life.podName = pod.name;
    life.podId = pod.id;
    life.jobId = job.id;
    life.jobName = job.name;
    life.jobKind = jobKindName(job.kind);
    life.ownerUserId = QString::number(job.ownerUserId);
    life.nodeName = pod.nodeName;
    life.nodeIp = pod.nodeIp;
    life.cpu = pod.cpu;
    life.memoryGb = pod.memoryGb;
    life.gpuModel = pod.gpuModel;
    life.gpuCount = pod.gpuCount;
    life.created = chinaTime(pod.createdMs);
    life.started = chinaTime(pod.startedMs);
    life.finished = chinaTime(pod.finishedMs);
    life.phase = pod.phase;
    return life;
}

QList<UnisPodLife> UnisBackend::pods() const
{
    QList<UnisPodLife> list;
    for (const Job &job : m_state->board.jobs()) {
        for (const Pod &pod : job.pods)
            list.append(podLife(job, pod));
    }
    return list;
}

std::optional<UnisPodLife> UnisBackend::pod(const QString &podName) const
{
    for (const Job &job : m_state->board.jobs()) {
        for (const Pod &pod : job.pods) {
            if (pod.name == podName)
                return podLife(job, pod);
        }
    }
    return std::nullopt;
}

QList<UnisPodLife> UnisBackend::podsOfJob(const QString &jobId) const
{
    QList<UnisPodLife> list;
    if (const Job *job = m_state->board.job(jobId)) {
        for (const Pod &pod : job->pods)
            list.append(podLife(*job, pod));
    }
    return list;
}

QDateTime UnisBackend::now() const
{
    return chinaTime(State::nowMs());
}

QList<UnisNode> UnisBackend::nodes() const
{
    QList<UnisNode> list;
    for (const Node &node : m_state->catalog.nodes)
        list.append({node.nodeName, node.nodeIp, node.gpuModel, node.gpuCount, node.cpu, node.memoryGb});
    return list;
}

// ---- sign-in knobs --------------------------------------------------------------------------

QString UnisBackend::userName() const
{
    return defaultUserName();
}

QString UnisBackend::password() const
{
    return passwordOf(defaultUserName());
}

QStringList UnisBackend::userNames() const
{
    QStringList names;
    for (const User &user : m_state->accounts.users())
        names.append(user.userName);
    return names;
}

QString UnisBackend::passwordOf(const QString &userName) const
{
    const User *user = m_state->accounts.userByName(userName);
    return user ? user->password : QString();
}

bool UnisBackend::setPassword(const QString &userName, const QString &password)
{
    return m_state->accounts.setPassword(userName, password);
}

QByteArray UnisBackend::aesKey() const
{
    return m_state->accounts.aesKey();
}

bool UnisBackend::setAesKey(const QByteArray &key)
{
    return m_state->accounts.setAesKey(key);
}

void UnisBackend::setPlainPasswords(bool plain)
{
    m_state->accounts.setPlainPasswords(plain);
}

bool UnisBackend::plainPasswords() const
{
    return m_state->accounts.plainPasswords();
}

void UnisBackend::setTokenLifetimeMs(qint64 ms)
{
    m_state->accounts.setTokenLifetimeMs(ms);
}

qint64 UnisBackend::tokenLifetimeMs() const
{
    return m_state->accounts.tokenLifetimeMs();
}

void UnisBackend::invalidateAllTokens()
{
    m_state->accounts.invalidateAllTokens();
}

// ---- the clock ------------------------------------------------------------------------------

void UnisBackend::setStepMs(int ms)
{
    m_state->board.advance(State::nowMs());
    m_state->board.setStepMs(ms);
    m_state->board.advance(State::nowMs());
    scheduleNextEvent();
}

int UnisBackend::stepMs() const
{
    return m_state->board.stepMs();
}

void UnisBackend::setNewJobOutcome(Outcome outcome)
{
    m_state->board.setNewJobOutcome(outcome);
}

void UnisBackend::setNewJobRunSteps(int steps)
{
    m_state->board.setNewJobRunSteps(steps);
}

bool UnisBackend::setResourceGroupAvailable(const QString &groupName, bool available)
{
    for (ResourceGroup &group : m_state->catalog.groups) {
        if (group.name == groupName) {
            group.available = available;
            return true;
        }
    }
    return false;
}

void UnisBackend::scheduleNextEvent()
{
    const qint64 next = m_state->board.nextEventMs();
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = qBound(qint64(0), next - State::nowMs(),
                                qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(delay));
}

// ---- inspection -----------------------------------------------------------------------------

int UnisBackend::loginCount(const QString &userName) const
{
    return m_state->accounts.loginCount(userName);
}

int UnisBackend::liveTokenCount() const
{
    return m_state->accounts.liveTokenCount(State::nowMs());
}

int UnisBackend::createCount(const QString &name) const
{
    return m_state->creates.value(name);
}

int UnisBackend::requestCountFor(const QString &id, const QString &route) const
{
    return m_state->idRequests.value(route + QLatin1Char('\n') + id);
}

QStringList UnisBackend::jobIds(const QString &kind) const
{
    QStringList ids;
    for (const Job &job : m_state->board.jobs()) {
        if (kind.isEmpty() || jobKindName(job.kind) == kind)
            ids.append(job.id);
    }
    return ids;
}

QString UnisBackend::jobIdByName(const QString &name) const
{
    for (const Job &job : m_state->board.jobs()) {
        if (job.name == name)
            return job.id;
    }
    return QString();
}

QJsonObject UnisBackend::jobSummary(const QString &id) const
{
    const Job *job = m_state->board.job(id);
    if (!job)
        return {};
    return {{QStringLiteral("id"), job->id},
            {QStringLiteral("kind"), jobKindName(job->kind)},
            {QStringLiteral("name"), job->name},
            {QStringLiteral("status"), job->kind == JobKind::DevEnv ? QJsonValue(job->notebookStatus)
                                                                    : QJsonValue(job->status)},
            {QStringLiteral("ownerUserId"), QString::number(job->ownerUserId)},
            {QStringLiteral("createWay"), job->createWay},
            {QStringLiteral("isPretrain"), job->isPretrain},
            {QStringLiteral("scenario"), job->scenario},
            {QStringLiteral("gpuModel"), job->gpuModel},
            {QStringLiteral("gpuCount"), job->gpuTotal()},
            {QStringLiteral("podCount"), job->pods.size()},
            {QStringLiteral("outputDir"), job->outputDir},
            {QStringLiteral("hasCheckpoint"), job->hasCheckpoint},
            {QStringLiteral("retryTimes"), job->retryTimes}};
}

QString UnisBackend::jobStatus(const QString &id) const
{
    const Job *job = m_state->board.job(id);
    if (!job)
        return QString();
    return job->kind == JobKind::DevEnv ? QString::number(job->notebookStatus) : job->status;
}

QStringList UnisBackend::modelNames() const
{
    QStringList names;
    for (const Asset &model : m_state->catalog.models)
        names.append(model.name);
    return names;
}

QString UnisBackend::modelSourceFile(const QString &modelName) const
{
    for (const Asset &model : m_state->catalog.models) {
        if (model.name == modelName)
            return model.sourceFile;
    }
    return QString();
}

} // namespace suanli::sim
