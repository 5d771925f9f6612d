#pragma once

#include "unisclient.h"
#include "unismapping.h"
#include "unistypes.h"

#include "core/result.h"

#include <QObject>

#include <functional>

namespace suanli::unis {

// The UNIS endpoints the task table, the quota panel and the create forms use, typed, over
// Client. Reads (lists, details, checks, the clone read-out, the command generator) are Safe and
// retried by HttpClient. Everything that changes a job is Unsafe: sent once on a connection of
// its own. Create, resume and start cost compute quota and money; delete destroys; and a stop
// or start sent twice would be refused the second time, hiding whether the first one worked, so
// they too go once and the caller re-reads the state after an ambiguous failure.
class Api final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Api)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    explicit Api(Client *client, QObject *parent = nullptr);
    ~Api() override;

    Client *client() const { return m_client; }
    // Rows per page when a list is read page by page.
    void setPageSize(int size) { m_pageSize = std::max(1, size); }
    int pageSize() const { return m_pageSize; }

    // ---- who am I, quotas ----
    void getInfo(QObject *context, Completion<UserInfo> done);
    void remainingResources(const QString &userId, QObject *context, Completion<RemainingResources> done);
    void storageQuota(const QString &userId, qint64 uid, QObject *context, Completion<StorageQuota> done);

    // ---- lists (every page) and details; rows as the platform sends them ----
    void notebooks(QObject *context, Completion<QList<QJsonObject>> done);
    void notebook(const QString &id, QObject *context, Completion<QJsonObject> done);
    void trainingJobs(const QString &userId, QObject *context, Completion<QList<QJsonObject>> done);
    void trainingJob(const QString &taskId, QObject *context, Completion<QJsonObject> done);
    void fineTuneJobs(const QString &userId, QObject *context, Completion<QList<QJsonObject>> done);
    void fineTuneJob(const QString &taskId, QObject *context, Completion<QJsonObject> done);
    // `statusFilter`: a Chinese display name (Mapping::computeStatusFilter), empty for all.
    void computeTasks(const QString &userId, const QString &userName, const QString &statusFilter,
                      const QString &nameFilter, QObject *context, Completion<QList<QJsonObject>> done);
    void pods(const QString &taskId, QObject *context, Completion<QList<Pod>> done);
    void podEvents(const QString &podUid, QObject *context, Completion<QList<PodEvent>> done);

    // ---- what a create form offers ----
    void gpuModels(QObject *context, Completion<QStringList> done);
    void migProfiles(const QString &gpuModel, QObject *context, Completion<QStringList> done);
    void specList(const QStringList &chosenSpecs, QObject *context, Completion<SpecList> done);
    void specPlacement(const QString &specId, int instances, bool rdma, const QString &nodeType, QObject *context,
                       Completion<SpecPlacement> done);
    void resourceGroups(const QString &sysGroupId, QObject *context, Completion<QList<ResourceGroup>> done);
    // scope: 1 all, 2 mine, 3 favourites, 4 preset. Every page.
    void assets(AssetKind kind, int scope, const QString &title, QObject *context, Completion<QList<Asset>> done);
    void algoConfigs(const QString &algoId, const QString &versionId, QObject *context, Completion<QList<AlgoConfig>> done);
    void algoConfigDetail(const QString &configId, QObject *context, Completion<AlgoConfigDetail> done);
    // trainTaskType: 0 pytorch, 1 scikit-learn, 2 tensorflow, 3 shell.
    void generateCommand(const QString &bootFile, int trainTaskType, int gpusPerNode, int nodes,
                         const QList<EnvVar> &env, const QList<HyperParam> &params, QObject *context,
                         Completion<QString> done);

    // ---- dev environments ----
    void createNotebook(const DevEnvRequest &request, QObject *context, Completion<CreatedJob> done);
    void startNotebook(const QString &id, QObject *context, Completion<Done> done);
    void stopNotebook(const QString &id, QObject *context, Completion<Done> done);   // :close
    void deleteNotebook(const QString &id, QObject *context, Completion<Done> done);

    // ---- traditional training ----
    void createTraining(const TaskRequest &request, QObject *context, Completion<CreatedJob> done);
    void stopTraining(const QString &taskId, QObject *context, Completion<Done> done);
    void deleteTraining(const QStringList &taskIds, QObject *context, Completion<Done> done);

    // ---- LLM fine-tuning ----
    void createFineTune(const TaskRequest &request, QObject *context, Completion<CreatedJob> done);
    void stopFineTune(const QString &taskId, QObject *context, Completion<Done> done);
    void deleteFineTune(const QStringList &taskIds, QObject *context, Completion<Done> done);

    // ---- compute tasks (createWay: "custom" or "userDefined") ----
    void createComputeTask(const TaskRequest &request, ComputeKind kind, QObject *context, Completion<CreatedJob> done);
    void stopComputeTask(const QString &taskId, const QString &createWay, QObject *context, Completion<Done> done);
    void deleteComputeTasks(const QStringList &taskIds, const QString &createWay, QObject *context, Completion<Done> done);
    void checkResume(const QString &taskId, const QString &createWay, QObject *context, Completion<Done> done);
    void resume(const QString &taskId, const QString &createWay, QObject *context, Completion<Done> done);
    // The source task's settings (no task is created).
    void cloneSettings(const QString &taskId, const QString &createWay, const QString &userId, QObject *context,
                       Completion<Envelope> done);
    // authority: 1 private, 2 public, 3 shared. Returns the model id and its first version id.
    void registerModel(const QString &name, const QString &description, int authority, const QString &sourceFile,
                       const QStringList &taskTags, QObject *context, Completion<QPair<QString, QString>> done);

private:
    template<typename T>
    void send(HttpRequest request, const QString &label, QObject *context, std::function<Result<T>(const Envelope &)> map,
              Completion<T> done);
    // Reads pages until the list is complete; `makeRequest` builds the request for a 1-based page.
    void fetchAll(std::function<HttpRequest(int page, int size)> makeRequest, PagingStyle style, const QString &label,
                  QObject *context, Completion<QList<QJsonObject>> done);
    HttpRequest post(const QString &path, const QJsonObject &body, bool unsafe, const QUrlQuery &query = {}) const;
    HttpRequest postValue(const QString &path, const QJsonValue &body, bool unsafe) const;
    HttpRequest get(const QString &path, const QUrlQuery &query = {}) const;
    template<typename T>
    static void refuse(QObject *context, Completion<T> done, const QString &message);

    Client *m_client;
    int m_pageSize = 100;
};

} // namespace suanli::unis
