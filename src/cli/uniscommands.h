#pragma once

#include "platforms/unis/unistypes.h"

#include "core/resource.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace suanli {
class Provider;
struct ApiError;
}

namespace suanli::unis {
class UnisProvider;
}

namespace suanli::cli {

class CliContext;
class CommandLine;

// The commands of the 紫光 UNIS 算力平台: who am I, quotas, a job's pods and a pod's events,
// creating dev environments and tasks, cloning a compute task, and the catalogs the create
// commands take their names from. The job actions (start, stop, destroy, resume,
// register-model) are the generic ones.
class UnisCommands final
{
    Q_DECLARE_TR_FUNCTIONS(UnisCommands)
public:
    UnisCommands(CliContext &context, CommandLine &commandLine);

    // Whether `command` is one of the commands run() takes.
    static bool isCommand(const QString &command);
    int run(const QString &command);

    // `pods` is also 晨羽智云's catalog of pod templates: true when the account the command line
    // names (or the only one) lists the pods of its jobs. Prints nothing.
    bool accountHasJobPods();

    // For `account add`: the options the account's platform reads besides ca-cert (none unless
    // it is a UNIS account), and their check. The check normalizes the values in `options` and
    // returns a translated problem, empty when there is none.
    static QStringList accountOptionKeys(const Provider *provider);
    static QString checkAccountOptions(const Provider *provider, QVariantMap *options);
    // For `list`: the job kinds the provider's last listing could not read (empty unless it is a UNIS account).
    static QStringList listProblems(const Provider *provider);
    // For `list`: how a UNIS account is read. With a kind, only that kind's list (nothing at
    // all for a kind the platform does not have); the rows wait for their job details, as a
    // one-shot listing has no later refresh to complete them. Empty for other platforms.
    using Lister = std::function<void(QObject *context, std::function<void(const Result<QList<Resource>> &)> done)>;
    static Lister lister(Provider *provider, const std::optional<ResourceKind> &kind);

private:
    int whoami();
    int quota();
    int pods();
    int events();
    int createDevEnv();
    int createTask();
    int clone();
    int specs();
    int resourceGroups();
    int assets();

    // The GPUs a dev environment or a task node asks for, from --gpus / --vgpus / --mig.
    struct GpuRequest
    {
        int gpus = 0;
        int vgpus = 0;
        int vgpuMemoryMb = 0;
        int vgpuCores = 0;
        QString migProfile;
        int migCount = 0;
        QString share() const; // "none", "vgpu" or "mig"
        int count() const;
    };

    // The --account (or only) account's provider when it is a UNIS account, its secret read.
    // Returns nullptr after printing why not and setting `exitCode`.
    unis::UnisProvider *provider(const QString &command, int *exitCode);
    // An option's whole number within [min, max], left alone when not given; false after
    // printing a usage error.
    bool wholeNumber(const QString &name, int min, int max, int *value, const QString &command, int *exitCode);
    // --name=VALUE pairs of a repeatable option; false after printing a usage error.
    bool pairs(const QString &option, QList<QPair<QString, QString>> *out, const QString &command, int *exitCode);
    bool gpuRequest(GpuRequest *gpu, const QString &command, int *exitCode);

    // Finders over what the platform lists: by id first, then by name (exactly, then ignoring
    // case). They print what there is to choose from and set `exitCode` when nothing or more
    // than one thing matches.
    std::optional<unis::Asset> findAsset(unis::UnisProvider *p, unis::AssetKind kind, const QString &wanted,
                                         const QString &option, int *exitCode);
    std::optional<unis::AssetVersion> findVersion(const unis::Asset &asset, const QString &wanted, const QString &option,
                                                  int *exitCode);
    std::optional<unis::PresetSpec> findSpec(unis::UnisProvider *p, const QString &wanted, const QString &gpuModel,
                                             int gpus, int *exitCode);
    std::optional<unis::ResourceGroup> findGroup(unis::UnisProvider *p, const QString &wanted, int *exitCode);
    std::optional<unis::ModelRef> findModel(unis::UnisProvider *p, const QString &option, int *exitCode);

    // After a create call that named no job: the new job as the listing shows it, waiting a
    // while for it to appear. Prints the outcome; returns the exit code.
    int reportCreated(unis::UnisProvider *p, ResourceKind kind, const QString &name, const QDateTime &sentAt,
                      const std::optional<QSet<QString>> &before, const QList<Resource> &foundAtOnce);
    // A create call that failed; a lost answer may still have made the job.
    int createFailed(const ApiError &error, ResourceKind kind);

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
