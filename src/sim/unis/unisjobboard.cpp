#include "sim/unis/unisjobboard.h"

#include "sim/unis/uniscatalog.h"
#include "sim/unis/uniswire.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace suanli::sim::unis {

using Phase = UnisPodLife::Phase;

QString jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::DevEnv: return QStringLiteral("dev-env");
    case JobKind::Training: return QStringLiteral("training");
    case JobKind::FineTune: return QStringLiteral("fine-tune");
    case JobKind::ComputeTask: return QStringLiteral("compute-task");
    }
    return QString();
}

namespace {

QString containerName(const Job &job)
{
    if (job.kind == JobKind::DevEnv)
        return QStringLiteral("notebook");
    const QString type = job.params.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("TensorFlow"))
        return QStringLiteral("tensorflow");
    if (type == QLatin1String("scikit-learn"))
        return QStringLiteral("sklearn");
    if (type == QLatin1String("MPI"))
        return QStringLiteral("mpi");
    return QStringLiteral("pytorch");
}

// Training jobs and model-training tasks run as trainOperator jobs ("to-"), the LLM kinds as
// fine-tune jobs ("llm-"), as the document's pod names show.
QString podPrefix(const Job &job)
{
    switch (job.kind) {
    case JobKind::DevEnv: return QStringLiteral("notebook-");
    case JobKind::Training: return QStringLiteral("to-");
    case JobKind::FineTune: return QStringLiteral("llm-");
    case JobKind::ComputeTask:
        return job.createWay == QLatin1String("userDefined") ? QStringLiteral("to-")
                                                             : QStringLiteral("llm-");
    }
    return QString();
}

bool active(const Pod &pod)
{
    return pod.phase == Phase::Pending || pod.phase == Phase::Running;
}

} // namespace

JobBoard::JobBoard(const Catalog &catalog)
    : m_catalog(catalog)
{}

void JobBoard::setStepMs(int ms)
{
    m_stepMs = qMax(1, ms);
}

int JobBoard::stepMs() const
{
    return m_stepMs;
}

void JobBoard::setNewJobOutcome(Outcome outcome)
{
    m_newOutcome = outcome;
}

Outcome JobBoard::newJobOutcome() const
{
    return m_newOutcome;
}

void JobBoard::setNewJobRunSteps(int steps)
{
    m_newRunSteps = qMax(1, steps);
}

int JobBoard::newJobRunSteps() const
{
    return m_newRunSteps;
}

Job &JobBoard::create(Job job, qint64 nowMs)
{
    if (job.id.isEmpty())
        job.id = wire::hexId();
    job.uid = wire::uuid();
    job.createdMs = nowMs;
    job.sinceMs = nowMs;
    job.outcome = m_newOutcome;
    job.runSteps = m_newRunSteps;
    if (job.kind == JobKind::DevEnv) {
        job.notebookStatus = notebook::Creating;
    } else {
        job.status = status::Pending;
        makePods(job, nowMs);
        podsPulling(job, nowMs);
    }
    m_jobs.append(std::move(job));
    return m_jobs.last();
}

Job &JobBoard::seed(Job job, const History &history, qint64 nowMs)
{
    if (job.id.isEmpty())
        job.id = wire::hexId();
    if (job.uid.isEmpty())
        job.uid = wire::uuid();
    job.sinceMs = job.createdMs;
    makePods(job, job.createdMs);
    if (job.kind == JobKind::DevEnv) {
        job.notebookStatus = notebook::Starting;
        podsPulling(job, job.createdMs);
        if (history.notebookStatus == notebook::Failed) {
            podsEnded(job, history.endedMs, Phase::Failed);
            job.errorReason = QStringLiteral("镜像拉取失败：%1 not found").arg(job.image);
            job.notebookStatus = notebook::Failed;
            job.sinceMs = history.endedMs;
        } else {
            enterRunning(job, history.runStartedMs);
            job.notebookStatus = notebook::Running;
            if (history.notebookStatus == notebook::Stopped) {
                for (Pod &pod : job.pods)
                    addEvent(pod, history.endedMs, QStringLiteral("Killing"),
                             QStringLiteral("Stopping container notebook"));
                podsEnded(job, history.endedMs, Phase::Stopped);
                job.runEndedMs = history.endedMs;
                job.notebookStatus = notebook::Stopped;
                job.sinceMs = history.endedMs;
            }
        }
    } else {
        job.status = status::Pending;
        podsPulling(job, job.createdMs);
        if (history.runStartedMs > 0)
            enterRunning(job, history.runStartedMs);
        if (history.endedMs > 0) {
            if (history.endStatus == status::Terminated) {
                for (Pod &pod : job.pods)
                    addEvent(pod, history.endedMs, QStringLiteral("Killing"),
                             QStringLiteral("Stopping container %1").arg(containerName(job)));
            }
            endRun(job, history.endedMs, history.endStatus);
        }
    }
    // A seed still on its way counts its remaining steps from start-up.
    job.stepsBaseMs = nowMs;
    m_jobs.append(std::move(job));
    return m_jobs.last();
}

Job *JobBoard::job(const QString &id)
{
    for (Job &candidate : m_jobs) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Job *JobBoard::job(const QString &id) const
{
    for (const Job &candidate : m_jobs) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const QList<Job> &JobBoard::jobs() const
{
    return m_jobs;
}

bool JobBoard::isFinished(const Job &job)
{
    return job.status == status::Succeeded || job.status == status::Failed
           || job.status == status::Terminated;
}

QString JobBoard::stopTask(Job &job, qint64 nowMs)
{
    if (isFinished(job))
        return QStringLiteral("任务当前状态为%1，无法停止").arg(job.status);
    for (Pod &pod : job.pods) {
        if (active(pod))
            addEvent(pod, nowMs, QStringLiteral("Killing"),
                     QStringLiteral("Stopping container %1").arg(containerName(job)));
    }
    endRun(job, nowMs, status::Terminated);
    return QString();
}

QString JobBoard::checkpointRefusal(const Job &job) const
{
    if (!isFinished(job))
        return QStringLiteral("任务正在运行中，无需恢复");
    if (job.status == status::Succeeded)
        return QStringLiteral("任务已成功完成，无需恢复");
    if (!job.hasCheckpoint)
        return QStringLiteral("输出目录无checkpoint文件,无法恢复");
    return QString();
}

QString JobBoard::resumeTask(Job &job, qint64 nowMs)
{
    const QString refusal = checkpointRefusal(job);
    if (!refusal.isEmpty())
        return refusal;
    const ResourceGroup *group = m_catalog.group(job.resourceGroupId);
    if (!group || !group->available)
        return QStringLiteral("该任务资源组不可用，建议新建任务重新选择资源组后将checkpoint文件拷贝"
                              "至输出目录下进行恢复");
    if (job.runStartedMs > 0)
        job.earlierRunMs += job.runEndedMs - job.runStartedMs;
    job.runStartedMs = 0;
    job.runEndedMs = 0;
    ++job.retryTimes;
    ++job.podGeneration;
    job.outcome = m_newOutcome;
    job.runSteps = m_newRunSteps;
    job.status = status::Pending;
    job.sinceMs = nowMs;
    makePods(job, nowMs);
    podsPulling(job, nowMs);
    return QString();
}

QString JobBoard::startNotebook(Job &job, qint64 nowMs)
{
    if (job.notebookStatus != notebook::Stopped && job.notebookStatus != notebook::Failed)
        return QStringLiteral("开发环境当前状态不允许启动");
    ++job.podGeneration;
    job.errorReason.clear();
    job.notebookStatus = notebook::Starting;
    job.sinceMs = nowMs;
    makePods(job, nowMs);
    podsPulling(job, nowMs);
    return QString();
}

QString JobBoard::closeNotebook(Job &job, qint64 nowMs)
{
    if (job.notebookStatus != notebook::Running && job.notebookStatus != notebook::Starting)
        return QStringLiteral("开发环境当前状态不允许停止");
    for (Pod &pod : job.pods) {
        if (active(pod))
            addEvent(pod, nowMs, QStringLiteral("Killing"),
                     QStringLiteral("Stopping container notebook"));
    }
    job.notebookStatus = notebook::Stopping;
    job.sinceMs = nowMs;
    return QString();
}

QString JobBoard::deleteNotebook(Job &job, qint64 nowMs)
{
    if (job.notebookStatus == notebook::Deleting)
        return QStringLiteral("开发环境正在删除中");
    for (Pod &pod : job.pods) {
        if (active(pod))
            addEvent(pod, nowMs, QStringLiteral("Killing"),
                     QStringLiteral("Stopping container notebook"));
    }
    podsEnded(job, nowMs, Phase::Stopped);
    job.notebookStatus = notebook::Deleting;
    job.sinceMs = nowMs;
    return QString();
}

void JobBoard::removeTask(const QString &id, qint64 nowMs)
{
    if (Job *found = job(id); found && !isFinished(*found))
        stopTask(*found, nowMs);
    m_jobs.removeIf([&id](const Job &candidate) { return candidate.id == id; });
}

qint64 JobBoard::runTimeMs(const Job &job, qint64 nowMs) const
{
    qint64 total = job.earlierRunMs;
    if (job.runStartedMs > 0)
        total += (job.runEndedMs > 0 ? job.runEndedMs : nowMs) - job.runStartedMs;
    return qMax<qint64>(0, total);
}

bool JobBoard::holdsResources(const Job &job)
{
    if (job.kind == JobKind::DevEnv)
        return job.notebookStatus != notebook::Stopped && job.notebookStatus != notebook::Failed;
    return !isFinished(job);
}

namespace {

void addUsage(Usage &usage, const Job &job)
{
    ++usage.jobs;
    for (const PodGroup &group : job.podGroups) {
        usage.cpu += group.numbers * group.cpu;
        usage.memoryGb += group.numbers * group.memoryGb;
        const int gpus = group.numbers * group.gpuNum;
        if (group.gpuShare == QLatin1String("vgpu"))
            usage.vgpu += gpus;
        else if (group.gpuShare == QLatin1String("mig"))
            usage.mig += gpus;
        else
            usage.gpu += gpus;
    }
}

} // namespace

Usage JobBoard::usageOfUser(qint64 userId) const
{
    Usage usage;
    for (const Job &candidate : m_jobs) {
        if (candidate.ownerUserId == userId && holdsResources(candidate))
            addUsage(usage, candidate);
    }
    return usage;
}

Usage JobBoard::usageOfTenant(qint64 tenantId) const
{
    Usage usage;
    for (const Job &candidate : m_jobs) {
        if (candidate.tenantId == tenantId && holdsResources(candidate))
            addUsage(usage, candidate);
    }
    return usage;
}

void JobBoard::advance(qint64 nowMs)
{
    for (qsizetype i = 0; i < m_jobs.size();) {
        Job &current = m_jobs[i];
        bool gone = false;
        for (qint64 at = nextEventMs(current); at <= nowMs; at = nextEventMs(current)) {
            if (current.kind == JobKind::DevEnv && current.notebookStatus == notebook::Deleting) {
                gone = true;
                break;
            }
            step(current, at);
        }
        if (gone)
            m_jobs.removeAt(i);
        else
            ++i;
    }
}

qint64 JobBoard::nextEventMs() const
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Job &candidate : m_jobs)
        next = qMin(next, nextEventMs(candidate));
    return next;
}

qint64 JobBoard::nextEventMs(const Job &job) const
{
    constexpr qint64 never = std::numeric_limits<qint64>::max();
    if (job.kind == JobKind::DevEnv) {
        switch (job.notebookStatus) {
        case notebook::Creating:
        case notebook::Starting:
        case notebook::Stopping:
        case notebook::Deleting: return job.sinceMs + m_stepMs;
        default: return never;
        }
    }
    if (job.status == status::Pending)
        return job.sinceMs + m_stepMs;
    if (job.status == status::Running && job.outcome != Outcome::RunUntilStopped
        && job.runSteps > 0)
        return job.stepsBaseMs + qint64(job.runSteps) * m_stepMs;
    return never;
}

void JobBoard::step(Job &job, qint64 atMs)
{
    if (job.kind != JobKind::DevEnv) {
        if (job.status == status::Pending)
            enterRunning(job, atMs);
        else if (job.status == status::Running)
            endRun(job, atMs,
                   job.outcome == Outcome::Fail ? status::Failed : status::Succeeded);
        return;
    }
    switch (job.notebookStatus) {
    case notebook::Creating:
        job.notebookStatus = notebook::Starting;
        job.sinceMs = atMs;
        makePods(job, atMs);
        podsPulling(job, atMs);
        return;
    case notebook::Starting:
        if (job.brokenImage) {
            podsEnded(job, atMs, Phase::Failed);
            job.notebookStatus = notebook::Failed;
            job.errorReason = QStringLiteral("镜像拉取失败：%1 not found").arg(job.image);
            job.sinceMs = atMs;
        } else {
            enterRunning(job, atMs);
            job.notebookStatus = notebook::Running;
        }
        return;
    case notebook::Stopping:
        podsEnded(job, atMs, Phase::Stopped);
        job.runEndedMs = atMs;
        job.notebookStatus = notebook::Stopped;
        job.sinceMs = atMs;
        return;
    default: return;
    }
}

void JobBoard::makePods(Job &job, qint64 atMs)
{
    job.pods.clear();
    const ResourceGroup *group = m_catalog.group(job.resourceGroupId);
    const QStringList nodeNames = group ? group->nodeNames : QStringList();
    const QString slug = podSlug(job);
    int masters = 0;
    int workers = 0;
    for (const PodGroup &podGroup : job.podGroups) {
        const bool master = podGroup.nodeType.compare(QLatin1String("master"), Qt::CaseInsensitive) == 0;
        for (int i = 0; i < podGroup.numbers; ++i) {
            Pod pod;
            pod.id = wire::hexId();
            pod.podUid = wire::uuid();
            pod.role = master ? QStringLiteral("master") : QStringLiteral("worker");
            const int index = master ? masters++ : workers++;
            pod.name = job.kind == JobKind::DevEnv
                           ? QString(podPrefix(job) + slug + QStringLiteral("-0"))
                           : QString(podPrefix(job) + slug + QLatin1Char('-') + pod.role
                                     + QLatin1Char('-') + QString::number(index));
            if (!nodeNames.isEmpty()) {
                pod.nodeName = nodeNames.at(m_placements++ % nodeNames.size());
                if (const Node *node = m_catalog.node(pod.nodeName)) {
                    pod.nodeIp = node->nodeIp;
                    if (podGroup.gpuNum > 0)
                        pod.gpuModel = node->gpuModel;
                }
            }
            pod.gpuCount = podGroup.gpuNum;
            pod.gpuShare = podGroup.gpuShare;
            pod.cpu = podGroup.cpu;
            pod.memoryGb = podGroup.memoryGb;
            pod.createdMs = atMs;
            job.pods.append(pod);
        }
    }
}

void JobBoard::podsPulling(Job &job, qint64 atMs)
{
    for (Pod &pod : job.pods) {
        addEvent(pod, atMs, QStringLiteral("Scheduled"),
                 QStringLiteral("Successfully assigned default/%1 to %2").arg(pod.name, pod.nodeName));
        addEvent(pod, atMs, QStringLiteral("Pulling"),
                 QStringLiteral("Pulling image \"%1\"").arg(job.image));
        if (job.kind != JobKind::DevEnv)
            continue;
        if (job.brokenImage) {
            addEvent(pod, atMs, QStringLiteral("Failed"),
                     QStringLiteral("Failed to pull image \"%1\": rpc error: code = NotFound desc = "
                                    "failed to pull and unpack image \"%1\": not found")
                         .arg(job.image));
            addEvent(pod, atMs, QStringLiteral("Failed"), QStringLiteral("Error: ErrImagePull"));
            continue;
        }
        // A dev environment is "starting" while its container is made.
        addEvent(pod, atMs, QStringLiteral("Pulled"),
                 QStringLiteral("Container image \"%1\" already present on machine").arg(job.image));
        addEvent(pod, atMs, QStringLiteral("Created"), QStringLiteral("Created container notebook"));
    }
}

void JobBoard::podsStarted(Job &job, qint64 atMs)
{
    const QString container = containerName(job);
    for (Pod &pod : job.pods) {
        if (!active(pod))
            continue;
        if (job.kind != JobKind::DevEnv) {
            addEvent(pod, atMs, QStringLiteral("Pulled"),
                     QStringLiteral("Successfully pulled image \"%1\" in 3.482s (3.482s including "
                                    "waiting)")
                         .arg(job.image));
            addEvent(pod, atMs, QStringLiteral("Created"),
                     QStringLiteral("Created container %1").arg(container));
        }
        addEvent(pod, atMs, QStringLiteral("Started"),
                 QStringLiteral("Started container %1").arg(container));
        pod.phase = Phase::Running;
        pod.startedMs = atMs;
    }
}

void JobBoard::podsEnded(Job &job, qint64 atMs, Phase phase)
{
    const QString container = containerName(job);
    for (Pod &pod : job.pods) {
        if (!active(pod))
            continue;
        if (phase == Phase::Failed) {
            pod.reason = QStringLiteral("Error");
            addEvent(pod, atMs, QStringLiteral("BackOff"),
                     job.kind == JobKind::DevEnv
                         ? QStringLiteral("Back-off pulling image \"%1\"").arg(job.image)
                         : QStringLiteral("Back-off restarting failed container %1 in pod "
                                          "%2_default(%3)")
                               .arg(container, pod.name, pod.podUid));
        }
        pod.phase = phase;
        pod.finishedMs = atMs;
    }
}

void JobBoard::enterRunning(Job &job, qint64 atMs)
{
    job.status = status::Running;
    job.runStartedMs = atMs;
    job.runEndedMs = 0;
    job.stepsBaseMs = atMs;
    job.sinceMs = atMs;
    podsStarted(job, atMs);
}

void JobBoard::endRun(Job &job, qint64 atMs, const QString &endStatus)
{
    if (job.runStartedMs > 0) {
        job.runEndedMs = atMs;
        // A checkpoint is written once the run has lasted a step.
        if (atMs - job.runStartedMs >= m_stepMs)
            job.hasCheckpoint = true;
    }
    job.status = endStatus;
    job.sinceMs = atMs;
    if (endStatus == status::Succeeded)
        podsEnded(job, atMs, Phase::Succeeded);
    else if (endStatus == status::Failed)
        podsEnded(job, atMs, Phase::Failed);
    else
        podsEnded(job, atMs, Phase::Stopped);
}

void JobBoard::addEvent(Pod &pod, qint64 atMs, const QString &reason, const QString &message)
{
    PodEvent event;
    event.id = wire::hexId();
    // Nanoseconds as the event list writes them; events of one moment keep their order.
    const qint64 base = atMs * 1000000;
    qint64 nanos = base + QRandomGenerator::global()->bounded(1000);
    if (!pod.events.isEmpty())
        nanos = qMax(nanos, pod.events.constLast().atNanos + 1000);
    event.atNanos = nanos;
    event.reason = reason;
    event.message = message;
    pod.events.append(event);
}

QString JobBoard::podSlug(const Job &job) const
{
    static const QRegularExpression notAlnum(QStringLiteral("[^a-z0-9]"));
    QString name = job.name.toLower();
    name.remove(notAlnum);
    return name.left(14) + job.id.left(6) + (job.podGeneration > 0
                                                 ? QString::number(job.podGeneration)
                                                 : QString());
}

} // namespace suanli::sim::unis
