#pragma once

#include "unisenvelope.h"
#include "unistypes.h"

#include "core/provider.h"
#include "core/resource.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

#include <optional>

namespace suanli::unis {

// Times as UNIS sends them: "2024-06-19 16:06:17" (Asia/Shanghai), ISO 8601 with an offset,
// epoch milliseconds as numbers or strings, and "yyyy-MM-dd HH:mm:ss.nnnnnnnnn" (pod events).
// Placeholders ("无限制", "--", "") give an invalid QDateTime.
QDateTime parseUnisTime(const QJsonValue &value);
// A run time: "HH:mm:ss" (hours may exceed 24), "1d 02:03:04", or the evaluation's words
// ("55秒", "1小时2分3秒"). Seconds; nullopt when it is none of these.
std::optional<qint64> parseRunTime(const QString &text);

// The three paging styles of UNIS lists, each turned into rows and 1-based paging.
enum class PagingStyle {
    Kernel,   // {pageNum, pageSize} -> data {pageNum, totalPage, total, rows}
    Notebook, // ?page (0-based) &size &unpaged -> data {total, rows}
    Datahub,  // {current, size} -> data {total, items | rows}
};

struct PagedRows
{
    QList<QJsonObject> rows;
    PageInfo page;
};

// Everything about UNIS's JSON lives here.
class Mapping final
{
    Q_DECLARE_TR_FUNCTIONS(UnisMapping)
public:
    // ---- paging ----
    static Result<PagedRows> pagedRows(const Envelope &envelope, PagingStyle style, int requestedPage = 1,
                                       int requestedSize = 0);
    // Whether another page should be asked for after `pageNumber` (1-based) with `seen` rows so far.
    static bool hasMorePages(const PageInfo &page, int pageNumber, qint64 seen, int rowsOnThisPage);

    // ---- who am I, quotas ----
    static Result<UserInfo> userInfo(const Envelope &envelope);
    static Role roleOf(int roleId);
    static QString roleLabel(Role role);
    static Result<RemainingResources> remainingResources(const Envelope &envelope);
    static Result<StorageQuota> storageQuota(const Envelope &envelope);
    static QuotaValue quotaValue(const QJsonValue &value);

    // ---- jobs as rows of the task table ----
    struct RowContext
    {
        QString accountId;
        QUrl baseUrl;        // for a dev environment's web IDE
        QString currentUser; // creator of rows that name none (the lists are the user's own)
        QDateTime now;       // the clock, for the start time of a running job
    };
    static Resource devEnvResource(const QJsonObject &notebook, const RowContext &context);
    static Resource trainingResource(const QJsonObject &row, const RowContext &context);
    static Resource fineTuneResource(const QJsonObject &row, const RowContext &context);
    // Compute tasks; online services and evaluations share the list and become those kinds.
    static Resource computeResource(const QJsonObject &row, const RowContext &context);
    // Adds what a detail answer knows (placement, GPUs, description) to a row's resource.
    static Resource withDetail(const Resource &resource, const QJsonObject &detail);
    // What a list row lacks, from its job's detail: the nodes (GPU model and count, CPUs,
    // memory) and the placement; and, when the row has no run time of its own (compute tasks),
    // the detail's run time as of `readAt`, when its answer came (none when invalid: a detail of
    // an earlier status). The row's status and its other fields stay: the list is the newer.
    static Resource withRowDetail(const Resource &row, const QJsonObject &detail, const QDateTime &readAt);
    // The pods' own start and end times are better than what the lists imply.
    static Resource withPods(const Resource &resource, const QList<Pod> &pods);

    // Status tables.
    static ResourceStatus notebookStatus(int status);
    static QString notebookStatusText(int status);
    static ResourceStatus jobStatus(const QString &status); // kernel phases and Chinese names
    static ResourceStatus podStatus(int status);
    // The Chinese value the compute-task list filters by (`status`), empty for "all".
    static QString computeStatusFilter(ResourceStatus status);
    static QList<ResourceStatus> computeStatusFilters();

    // Compute-task scenarios: labels as the platform writes them (full-width parentheses).
    static QString scenarioLabel(ComputeKind kind);
    static std::optional<ComputeKind> computeKindOf(const QString &scenario);
    static QString computeKindKey(ComputeKind kind); // "fine-tune", "pre-train", "rl", "dpo", "model-training"
    static std::optional<ComputeKind> computeKindFromKey(const QString &key);
    static QString computeKindLabel(ComputeKind kind);
    // "custom" for fine-tune, pre-train, RL and DPO; "userDefined" for model training.
    static QString createWayOf(ComputeKind kind);
    // The createWay of a listed compute task (its own field, else from its scenario).
    static QString createWayOf(const Resource &resource);
    static std::optional<ComputeKind> computeKindOf(const Resource &resource);

    // ---- pods and events ----
    static Result<QList<Pod>> pods(const Envelope &envelope, PageInfo *page = nullptr);
    static Pod pod(const QJsonObject &row);
    static Result<QList<PodEvent>> podEvents(const Envelope &envelope);

    // ---- preset specs, resource groups ----
    static Result<QStringList> gpuModels(const Envelope &envelope);
    static Result<QStringList> migProfiles(const Envelope &envelope);
    static Result<SpecList> specList(const Envelope &envelope);
    static PresetSpec presetSpec(const QJsonObject &object);
    static Result<SpecPlacement> specPlacement(const Envelope &envelope);
    static Result<QList<ResourceGroup>> resourceGroups(const Envelope &envelope);

    // ---- assets, algorithm strategies ----
    static Result<QList<Asset>> assets(const Envelope &envelope, qint64 *total = nullptr);
    static Asset asset(const QJsonObject &object);
    static Result<QList<AlgoConfig>> algoConfigs(const Envelope &envelope);
    static Result<AlgoConfigDetail> algoConfigDetail(const Envelope &envelope);
    static QList<HyperParam> hyperParams(const QJsonValue &value); // array or stringified array
    static Result<QString> generatedCommand(const Envelope &envelope);

    // ---- answers of writes ----
    // A create answer: data.taskId / data.uid, a stringified {"uid"}, or nothing ({}, "", null).
    static CreatedJob createdJob(const Envelope &envelope, const QString &name);
    // data.success false inside a successful envelope (the notebook calls) is a refusal.
    static Result<Done> done(const Envelope &envelope);
    // The resume checks: data true, or false with the reason in message.
    static Result<Done> resumeCheck(const Envelope &envelope);
    // A registered model's id (data.id, data.versionId).
    static Result<QPair<QString, QString>> registeredModel(const Envelope &envelope);

    // ---- request bodies ----
    enum class TaskFlavor { Training, FineTune, Compute };
    static QJsonObject devEnvBody(const DevEnvRequest &request);
    static QJsonObject taskBody(const TaskRequest &request, TaskFlavor flavor, ComputeKind kind = ComputeKind::FineTune);
    // A clone answer (the source task's settings, stringified fields and all) as a request for
    // a new task named `name`.
    static Result<TaskRequest> taskFromClone(const Envelope &envelope, const QString &name);

    // A web path ("/devolopenv/notebook/x/web") on the account's host.
    static QString webUrl(const QUrl &baseUrl, const QString &path);
};

} // namespace suanli::unis
