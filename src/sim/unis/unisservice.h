#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace suanli::sim {

// Who is calling, as the UNIS backend established it from the bearer token.
struct UnisCaller
{
    QString userId;   // a string, as the file and resource services spell it ("38")
    QString userName; // the login name ("hhj")
    QString tenantId; // "200"
    QString roleId;   // "4004" system admin, "4005" tenant admin, "4007" normal user
};

// One pod of a simulated job, as the job side of the UNIS backend sees it at the moment.
struct UnisPodLife
{
    enum class Phase { Pending, Running, Succeeded, Failed, Stopped };

    QString podName;
    QString podId;   // the pod record id (getPodList rows[].id): what the log API takes
    QString jobId;   // the id of the job that owns the pod
    QString jobName;
    QString jobKind; // "dev-env", "training", "fine-tune", "compute-task"
    QString ownerUserId;
    QString nodeName;
    QString nodeIp;  // the node's address (the RDMA monitoring endpoint takes it)
    QString gpuModel;
    int gpuCount = 0;
    int cpu = 0;           // cores the pod holds
    double memoryGb = 0;   // memory the pod holds
    QDateTime created;
    QDateTime started;  // invalid while pending
    QDateTime finished; // invalid while running
    Phase phase = Phase::Pending;
};

// One node of the simulated cluster.
struct UnisNode
{
    QString nodeName;
    QString nodeIp;
    QString gpuModel; // empty on CPU nodes
    int gpuCount = 0;
    int cpu = 0;
    double memoryGb = 0;
};

// What the job side of the UNIS simulator tells the other services (logs, metrics) about pods,
// so that logs grow and GPUs heat up only while a pod runs.
class UnisJobDirectory
{
public:
    virtual ~UnisJobDirectory() = default;

    virtual QList<UnisPodLife> pods() const = 0; // every pod of every job, all users
    virtual std::optional<UnisPodLife> pod(const QString &podName) const = 0;
    virtual QList<UnisPodLife> podsOfJob(const QString &jobId) const = 0;
    virtual QDateTime now() const = 0; // the simulator's clock
    virtual QList<UnisNode> nodes() const { return {}; } // every node of the cluster

protected:
    UnisJobDirectory() = default;

private:
    Q_DISABLE_COPY_MOVE(UnisJobDirectory)
};

// A part of the UNIS simulator that answers some paths of its own (files, logs, metrics). The
// backend checks the token first and offers each authenticated request to its services in the
// order they were added; the first answer wins.
class UnisService
{
public:
    virtual ~UnisService() = default;

    // An answer for a request this service owns, nullopt for any other path.
    virtual std::optional<SimReply> handle(const SimRequest &request, const UnisCaller &caller) = 0;

protected:
    UnisService() = default;

private:
    Q_DISABLE_COPY_MOVE(UnisService)
};

} // namespace suanli::sim
