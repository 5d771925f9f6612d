#pragma once

#include "unisapi.h"
#include "unisclient.h"
#include "unisjobdetails.h"
#include "unistypes.h"

#include "core/provider.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace suanli::unis {

// The 紫光 UNIS 算力平台 for the GUI and CLI: one task table over the account's dev environments,
// training jobs, fine-tune jobs and compute tasks; quotas instead of a balance; pods and their
// events; the create calls with what their forms need. Files, logs and metrics come from their
// own classes over the same client.
class UnisProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisProvider)

public:
    explicit UnisProvider(AccountSession *session, QObject *parent = nullptr);
    ~UnisProvider() override;

    Client *client() const { return m_client; }
    Api *api() const { return m_api; }
    // The job details the list rows are completed with (how long a listing waits for them,
    // how many are read at once; lateDetailsArrived() when a refresh would show more).
    JobDetails *jobDetails() const { return m_details; }
    // The clock of the rows' run times and the detail cache (default: the system clock).
    void setClock(Client::Clock clock);

    Capabilities capabilities() const override;
    QList<Action> actions() const override;
    ActionInfo actionInfo(Action action) const override;
    Availability availability(const Resource &resource, Action action) const override;
    QString missingActionNote(Action action) const override;

    // Signs in and reads who the account is.
    void verify(QObject *context, Completion<Done> done) override;
    // Every job kind; a kind whose list fails is left out and named in listProblems() and the
    // activity log (the whole call fails only when every kind fails). Training, fine-tune and
    // compute-task rows are completed from their details (see JobDetails).
    void listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done) override;
    // One job with its detail and its pods' start and end times.
    void resource(const QString &id, QObject *context, Completion<Resource> done) override;
    void perform(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done) override;
    // UNIS has quotas, not a balance: always ApiError::Kind::Unsupported.
    void balance(QObject *context, Completion<Balance> done) override;

    // ---- extras ----
    // Who the account is (cached after the first answer; `refresh` reads again).
    void whoAmI(QObject *context, Completion<UserInfo> done, bool refresh = false);
    std::optional<UserInfo> knownUser() const { return m_me; }
    // Admin-only features (user and spec management) only for administrators.
    bool isAdmin() const { return m_me && m_me->isAdmin(); }
    void quotas(QObject *context, Completion<Quotas> done);
    // What went wrong in the last listResources() (translated, one line per failed kind).
    QStringList listProblems() const { return m_listProblems; }
    // One kind only (ResourceKind::DevEnv, Training, FineTune or ComputeTask; the compute list also
    // brings the account's online services and evaluations), its rows completed from their
    // details as listResources() does.
    void listKind(ResourceKind kind, QObject *context, Completion<QList<Resource>> done);
    // Compute tasks by the platform's own status filter (a Chinese display name) and name.
    void listComputeTasks(ResourceStatus status, const QString &name, QObject *context, Completion<QList<Resource>> done);
    void pods(const Resource &job, QObject *context, Completion<QList<Pod>> done);
    void events(const Pod &pod, QObject *context, Completion<QList<PodEvent>> done);
    void events(const QString &podUid, QObject *context, Completion<QList<PodEvent>> done);

    // ---- create (Unsafe; the answer rarely names the job, so it is looked for by listing) ----
    struct CreateOutcome
    {
        CreatedJob job;
        // The job(s) of that kind that appeared with that name since the request went out; empty
        // when the list does not show it yet (look again with findCreated()).
        QList<Resource> found;
    };
    // With a spec and no resource group, the spec's group is looked up first (preset-spec flow);
    // the CPU, memory and GPU settings then come from `spec` when it is given.
    void createDevEnv(const DevEnvRequest &request, const std::optional<PresetSpec> &spec, QObject *context,
                      Completion<CreateOutcome> done);
    void createTraining(const TaskRequest &request, QObject *context, Completion<CreateOutcome> done);
    void createFineTune(const TaskRequest &request, QObject *context, Completion<CreateOutcome> done);
    void createComputeTask(const TaskRequest &request, ComputeKind kind, QObject *context, Completion<CreateOutcome> done);
    // The jobs of `kind` named `name` that appeared: with a listing from before the request
    // (`before`, the ids it had), the ones not in it; without, the ones created at or after
    // `notBefore` (less a margin for clocks that disagree). Newest first.
    void findCreated(ResourceKind kind, const QString &name, const QDateTime &notBefore,
                     const std::optional<QSet<QString>> &before, QObject *context, Completion<QList<Resource>> done);
    static QList<Resource> pickCreated(const QList<Resource> &rows, const QString &name, const QDateTime &notBefore,
                                       const std::optional<QSet<QString>> &before);
    // Translated problems of a request before it is sent (nullopt = fine).
    static std::optional<QString> validateDevEnv(const DevEnvRequest &request);
    static std::optional<QString> validateTask(const TaskRequest &request, Mapping::TaskFlavor flavor);

    // ---- what the create forms offer ----
    void gpuModels(QObject *context, Completion<QStringList> done);
    void migProfiles(const QString &gpuModel, QObject *context, Completion<QStringList> done);
    void specs(QObject *context, Completion<SpecList> done);
    void specPlacement(const QString &specId, QObject *context, Completion<SpecPlacement> done);
    // The resource groups of the account's user group.
    void resourceGroups(QObject *context, Completion<QList<ResourceGroup>> done);
    void assets(AssetKind kind, int scope, const QString &title, QObject *context, Completion<QList<Asset>> done);
    void algoConfigs(const QString &algoId, const QString &versionId, QObject *context, Completion<QList<AlgoConfig>> done);
    void algoConfigDetail(const QString &configId, QObject *context, Completion<AlgoConfigDetail> done);
    void generateCommand(const AlgoConfigDetail &config, int gpusPerNode, int nodes, const QList<HyperParam> &params,
                         QObject *context, Completion<QString> done);

    // How an action reads in the activity log ("stop", "resume", ...).
    static QString requestText(const ActionRequest &request);

Q_SIGNALS:
    // The user information changed (the tab header shows it).
    void userChanged();

private:
    void withUser(QObject *context, std::function<void(const Result<UserInfo> &)> next);
    void log(bool ok, const QString &message) const;
    Mapping::RowContext rowContext() const;
    // One kind's list as the platform gives it, without the details (what the create flows
    // look for new jobs in).
    void readKind(ResourceKind kind, QObject *context, Completion<QList<Resource>> done);
    void performOn(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done);
    void registerModel(const Resource &resource, const QString &name, QObject *context, Completion<Done> done);
    void cloneTask(const Resource &resource, const QString &name, QObject *context, Completion<Done> done);
    // Runs `create` between two listings of `kind`, then names what appeared.
    void createAndFind(ResourceKind kind, const QString &name, const QString &what,
                       std::function<void(Completion<CreatedJob>)> create, QObject *context, Completion<CreateOutcome> done);

    Client *m_client;
    Api *m_api;
    JobDetails *m_details;
    Client::Clock m_clock;
    std::optional<UserInfo> m_me;
    QStringList m_listProblems;
};

} // namespace suanli::unis
