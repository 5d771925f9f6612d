#pragma once

#include "sim/unis/unisrecords.h"

#include <QList>
#include <QString>

#include <limits>

namespace suanli::sim::unis {

struct Catalog;

// What a seeded job has already been through, with past times.
struct History
{
    qint64 runStartedMs = 0; // 0: still pending
    qint64 endedMs = 0;      // 0: still running (or pending)
    QString endStatus;       // Succeeded / Failed / Terminated for tasks
    int notebookStatus = notebook::Running; // where a seeded dev environment stands
};

// Resources held by jobs that are under way (queued, running, or a dev environment not yet
// stopped).
struct Usage
{
    int cpu = 0;
    int memoryGb = 0;
    int gpu = 0; // whole cards
    int vgpu = 0;
    int mig = 0;
    int jobs = 0;
};

// Every job of the deployment and its pods, moving on a clock: tasks go pending → running →
// succeeded / failed (or terminated when stopped), dev environments creating → starting →
// running until closed. Pods follow their job and collect Kubernetes-style events.
class JobBoard
{
public:
    explicit JobBoard(const Catalog &catalog);

    // Real time per status step (default 3000 ms); applies to steps already under way.
    void setStepMs(int ms);
    int stepMs() const;
    // How jobs created from now on end, and after how many steps of running.
    void setNewJobOutcome(Outcome outcome);
    Outcome newJobOutcome() const;
    void setNewJobRunSteps(int steps);
    int newJobRunSteps() const;

    // A job as a create call makes it: ids, pods and its first status, at nowMs.
    Job &create(Job job, qint64 nowMs);
    // A seeded job, its past written out from job.createdMs on.
    Job &seed(Job job, const History &history, qint64 nowMs);

    Job *job(const QString &id);
    const Job *job(const QString &id) const;
    const QList<Job> &jobs() const;

    // Actions: an empty string when done, otherwise why not.
    QString stopTask(Job &job, qint64 nowMs);
    QString resumeTask(Job &job, qint64 nowMs);
    QString startNotebook(Job &job, qint64 nowMs);
    QString closeNotebook(Job &job, qint64 nowMs);
    QString deleteNotebook(Job &job, qint64 nowMs);
    void removeTask(const QString &id, qint64 nowMs);

    // Why a task cannot go on from a checkpoint (still running, done, none saved); empty when
    // it can. Resuming also needs the task's resource group, which the check does not look at.
    QString checkpointRefusal(const Job &job) const;
    qint64 runTimeMs(const Job &job, qint64 nowMs) const;
    Usage usageOfUser(qint64 userId) const;
    Usage usageOfTenant(qint64 tenantId) const;
    static bool holdsResources(const Job &job);

    // Applies every step that is due, each at the moment it was due.
    void advance(qint64 nowMs);
    qint64 nextEventMs() const; // max() when nothing is scheduled

    static bool isTask(const Job &job) { return job.kind != JobKind::DevEnv; }
    static bool isFinished(const Job &job);

private:
    qint64 nextEventMs(const Job &job) const;
    void step(Job &job, qint64 atMs);
    void makePods(Job &job, qint64 atMs);
    void podsPulling(Job &job, qint64 atMs);
    void podsStarted(Job &job, qint64 atMs);
    void podsEnded(Job &job, qint64 atMs, UnisPodLife::Phase phase);
    void enterRunning(Job &job, qint64 atMs);
    void endRun(Job &job, qint64 atMs, const QString &endStatus);
    void addEvent(Pod &pod, qint64 atMs, const QString &reason, const QString &message);
    QString podSlug(const Job &job) const;

    const Catalog &m_catalog;
    int m_stepMs = 3000;
    Outcome m_newOutcome = Outcome::Succeed;
    int m_newRunSteps = 20;
    QList<Job> m_jobs;
    int m_placements = 0; // spreads pods over a group's nodes
};

} // namespace suanli::sim::unis
