#pragma once

#include "sim/backend.h"
#include "sim/unis/unisrecords.h"
#include "sim/unis/unisservice.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace suanli::sim {

namespace unis {
class AccountApi;
class CatalogApi;
class JobApi;
class ServingApi;
struct State;
} // namespace unis

// 紫光 UNIS 算力平台 as its four API documents describe it: a RuoYi login that takes the password
// AES-encrypted (CBC, zero IV, PKCS7, upper-case hex) and answers with an HS256 JWT; four
// envelopes; three paging styles; three time formats; and jobs of four kinds (dev environments,
// traditional training, LLM fine-tuning, custom-scenario compute tasks) that move on a clock
// even when nobody polls, each with pods on GPU nodes and the pods' Kubernetes events.
//
// Every path but /prod-api/login needs "Authorization: Bearer <token>"; without a valid token
// the answer is {"msg":"请求访问：<path>，认证失败，无法访问系统资源","code":401} (HTTP 200, as
// RuoYi writes it). Authenticated requests go to the added services first, then to the
// backend's own routes. Business errors come back in the endpoint's own envelope with HTTP 200;
// only an unknown path (404), a wrong method (405) or a body that is not JSON (400) gets
// Spring's error page with that HTTP status.
class UnisBackend final : public QObject, public Backend, public UnisJobDirectory
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisBackend)

public:
    static QString defaultUserName(); // "zhangwei", a normal user of tenant 大模型实验室
    static QString defaultPassword(); // "Zhangwei@2024"
    static QByteArray defaultAesKey(); // "UnisDemoAesKey16" (AES-128)

    explicit UnisBackend(QObject *parent = nullptr);
    ~UnisBackend() override;

    SimReply handle(const SimRequest &request) override;

    // Files, logs and metrics: offered every authenticated request, in the order added, before
    // the backend's own routes.
    void addService(std::unique_ptr<UnisService> service);

    // UnisJobDirectory: every pod of every job (dev environments included), as of now.
    QList<UnisPodLife> pods() const override;
    std::optional<UnisPodLife> pod(const QString &podName) const override;
    QList<UnisPodLife> podsOfJob(const QString &jobId) const override;
    QDateTime now() const override;
    QList<UnisNode> nodes() const override;

    // ---- sign-in ----
    QString userName() const; // the demo user
    QString password() const; // the demo user's password
    QStringList userNames() const;
    QString passwordOf(const QString &userName) const; // empty for an unknown user
    bool setPassword(const QString &userName, const QString &password);
    // The deployment's login key: 16, 24 or 32 bytes pick AES-128, -192 or -256. Another length
    // is refused (false).
    QByteArray aesKey() const;
    bool setAesKey(const QByteArray &key);
    // A deployment from before version D11 takes the password in plain text (default: off).
    void setPlainPasswords(bool plain);
    bool plainPasswords() const;
    // Lifetime of tokens issued from now on (default two hours); tests use seconds.
    void setTokenLifetimeMs(qint64 ms);
    qint64 tokenLifetimeMs() const;
    // Every token issued so far answers 401 from now on; signing in again works.
    void invalidateAllTokens();

    // ---- the clock ----
    // Real time per status step (default 3000 ms); applies to steps already under way.
    void setStepMs(int ms);
    int stepMs() const;
    // How jobs created (or resumed) from now on end, and after how many steps of running
    // (defaults: succeed after 20 steps).
    void setNewJobOutcome(unis::Outcome outcome);
    void setNewJobRunSteps(int steps);
    // Takes a resource group (by name) out of service or back: jobs on it cannot resume, and
    // it is no longer offered.
    bool setResourceGroupAvailable(const QString &groupName, bool available);

    // ---- inspection ----
    int loginCount(const QString &userName) const; // successful sign-ins
    int liveTokenCount() const;
    // Accepted create requests (dev environments, tasks, registered models) with this name.
    int createCount(const QString &name) const;
    // Accepted requests to `route` naming the job `id`. Routes are written as the documents
    // write them: "/api/kernel/notebooks/{notebookId}" (DELETE), "…/{notebookId}:start",
    // "…/{notebookId}:close", "/api/kernel/trainOperator/stopTask", "…/deleteTask",
    // "…/resumeTrainOperatorTask", "…/checkCanResumeTrainOperatorTask/{taskId}",
    // "/api/kernel/fineTune/stopLlmFineTuneTask", "…/deleteLlmFineTuneTask",
    // "…/resumeLlmFineTuneTask", "…/checkCanResumeFineTuneTask/{taskId}",
    // "/api/kernel/computationTask/stop", "…/deleteTask", "…/cloneTask".
    int requestCountFor(const QString &id, const QString &route) const;
    // Job ids, oldest first; kind "dev-env", "training", "fine-tune", "compute-task" or all.
    QStringList jobIds(const QString &kind = QString()) const;
    QString jobIdByName(const QString &name) const; // empty when there is none
    // {id, kind, name, status, ownerUserId, createWay, isPretrain, scenario, gpuModel,
    // gpuCount, podCount, outputDir, hasCheckpoint, retryTimes}; {} for an unknown id. status
    // is the kernel's text for tasks ("Running") and the number for dev environments (3).
    QJsonObject jobSummary(const QString &id) const;
    QString jobStatus(const QString &id) const; // as jobSummary, dev environments as text ("3")
    QStringList modelNames() const;            // registered and preset models
    QString modelSourceFile(const QString &modelName) const;

private:
    SimReply route(const SimRequest &request, qint64 nowMs);
    SimReply login(const SimRequest &request, qint64 nowMs);
    std::optional<SimReply> webIde(const SimRequest &request) const;
    UnisPodLife podLife(const unis::Job &job, const unis::Pod &pod) const;
    void scheduleNextEvent();

    std::unique_ptr<unis::State> m_state;
    std::unique_ptr<unis::AccountApi> m_accountApi;
    std::unique_ptr<unis::CatalogApi> m_catalogApi;
    std::unique_ptr<unis::JobApi> m_jobApi;
    std::unique_ptr<unis::ServingApi> m_servingApi;
    std::vector<std::unique_ptr<UnisService>> m_services;
    QTimer m_timer;
};

} // namespace suanli::sim
