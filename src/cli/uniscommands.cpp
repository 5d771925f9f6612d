#include "uniscommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "output.h"
#include "secretprompt.h"
#include "tableprinter.h"
#include "textformat.h"

#include "core/accountsession.h"
#include "core/redactor.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unislogin.h"
#include "platforms/unis/unismapping.h"
#include "platforms/unis/unisprovider.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace suanli::cli {

using unis::UnisProvider;

namespace {

const QString kUnis = QStringLiteral("unis");

// How long a new job is looked for in the listing when the create answer does not name it.
constexpr int kFindWaitMs = 60 * 1000;
constexpr int kFindPollMs = 1000;
// How long `list` waits for the job details that complete its rows: long enough for a large
// account's first reads, short of hanging on a platform whose detail endpoint does not answer
// (the rows then print as the lists give them).
constexpr int kListDetailWaitMs = 30 * 1000;
// How many names an error message offers to choose from.
constexpr int kChoicesShown = 12;

QString platformName()
{
    const auto info = PlatformRegistry::find(kUnis);
    return info ? info->displayName : kUnis;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString choices(QStringList names)
{
    names.removeDuplicates();
    if (names.isEmpty())
        return QStringLiteral("-");
    if (names.size() > kChoicesShown) {
        const qsizetype more = names.size() - kChoicesShown;
        names = names.mid(0, kChoicesShown);
        names.append(UnisCommands::tr("and %n more", nullptr, int(more)));
    }
    return names.join(QStringLiteral(", "));
}

// Items whose id is `wanted`, else whose names hold it exactly, else ignoring case.
template<typename T>
QList<T> matching(const QList<T> &items, const QString &wanted, const std::function<QStringList(const T &)> &ids,
                  const std::function<QStringList(const T &)> &names)
{
    const QString w = wanted.trimmed();
    for (const T &item : items) {
        if (ids(item).contains(w))
            return {item};
    }
    QList<T> out;
    for (const T &item : items) {
        if (names(item).contains(w))
            out.append(item);
    }
    if (!out.isEmpty())
        return out;
    for (const T &item : items) {
        const QStringList n = names(item);
        if (std::any_of(n.cbegin(), n.cend(), [&w](const QString &s) { return s.compare(w, Qt::CaseInsensitive) == 0; }))
            out.append(item);
    }
    return out;
}

// "Nvidia/A100-SXM4-80GB", "A100-SXM4-80GB" and "a100-sxm4-80gb" are the same model.
bool sameGpuModel(const QString &a, const QString &b)
{
    const auto bare = [](const QString &m) {
        const QString t = m.trimmed();
        const qsizetype slash = t.lastIndexOf(u'/');
        return slash < 0 ? t : t.mid(slash + 1);
    };
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return false;
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0 || bare(a).compare(bare(b), Qt::CaseInsensitive) == 0;
}

QString roleKey(unis::Role role)
{
    switch (role) {
    case unis::Role::SystemAdmin: return QStringLiteral("system-admin");
    case unis::Role::TenantAdmin: return QStringLiteral("tenant-admin");
    case unis::Role::User: return QStringLiteral("user");
    case unis::Role::Unknown: break;
    }
    return QStringLiteral("unknown");
}

// A quota figure: its number, else the platform's words, else null.
QJsonValue quotaJson(const unis::QuotaValue &v)
{
    if (v.isNumber())
        return *v.number;
    return JsonFormat::text(v.text);
}

QString quotaText(const unis::QuotaValue &v)
{
    if (v.isNumber())
        return QString::number(*v.number, 'g', 12);
    return TextFormat::orDash(v.text);
}

QString periodText(const QDateTime &start, const QDateTime &end, const QString &asSent)
{
    if (start.isValid() || end.isValid())
        return TextFormat::time(start) + QStringLiteral(" – ") + TextFormat::time(end);
    return TextFormat::orDash(asSent);
}

QJsonObject podJson(const unis::Pod &pod)
{
    return {{QStringLiteral("id"), JsonFormat::text(pod.id)},
            {QStringLiteral("name"), JsonFormat::text(pod.name)},
            {QStringLiteral("podUid"), JsonFormat::text(pod.podUid)},
            {QStringLiteral("status"), ResourceNames::statusKey(unis::Mapping::podStatus(pod.status))},
            {QStringLiteral("statusCode"), pod.status},
            {QStringLiteral("type"), JsonFormat::text(pod.type)},
            {QStringLiteral("ip"), JsonFormat::text(pod.ip)},
            {QStringLiteral("taskId"), JsonFormat::text(pod.taskId)},
            {QStringLiteral("startedAt"), JsonFormat::time(pod.startedAt)},
            {QStringLiteral("finishedAt"), JsonFormat::time(pod.finishedAt)},
            {QStringLiteral("runTime"), JsonFormat::text(pod.runTime)},
            {QStringLiteral("reason"), JsonFormat::text(pod.reason)}};
}

QJsonObject specJson(const unis::PresetSpec &s)
{
    return {{QStringLiteral("specId"), s.specId},
            {QStringLiteral("type"), s.specType},
            {QStringLiteral("name"), JsonFormat::text(s.name)},
            {QStringLiteral("nickname"), JsonFormat::text(s.nickname)},
            {QStringLiteral("gpuShare"), JsonFormat::text(s.gpuShare)},
            {QStringLiteral("cpu"), s.cpuCores},
            {QStringLiteral("memoryGb"), s.memoryGb},
            {QStringLiteral("gpuModel"), JsonFormat::text(s.gpuModel)},
            {QStringLiteral("gpus"), s.numberOfGpus},
            {QStringLiteral("migType"), JsonFormat::text(s.migType)},
            {QStringLiteral("gpuMemoryMb"), s.gpuMemoryMb},
            {QStringLiteral("computility"), s.computility}};
}

QString specGpuText(const unis::PresetSpec &s)
{
    if (s.numberOfGpus <= 0)
        return QStringLiteral("-");
    QString model = s.gpuModel.isEmpty() ? UnisCommands::tr("GPU") : s.gpuModel;
    if (s.gpuShare == u"mig")
        return model + QStringLiteral(" × ") + QString::number(s.numberOfGpus) + QStringLiteral(" (MIG ") + s.migType + u')';
    if (s.gpuShare == u"vgpu")
        return model + QStringLiteral(" × ") + QString::number(s.numberOfGpus) + QStringLiteral(" (vGPU)");
    return model + QStringLiteral(" × ") + QString::number(s.numberOfGpus);
}

QJsonObject groupJson(const unis::ResourceGroup &g)
{
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("key"), JsonFormat::text(g.key)},
            {QStringLiteral("gpuShare"), JsonFormat::text(g.gpuShare)},
            {QStringLiteral("gpuVendor"), JsonFormat::text(g.gpuVendor)},
            {QStringLiteral("gpuModels"), QJsonArray::fromStringList(g.gpuModels)},
            {QStringLiteral("gpuFree"), g.gpuFree},
            {QStringLiteral("gpuTotal"), g.gpuTotal},
            {QStringLiteral("cpuFree"), g.cpuFree},
            {QStringLiteral("cpuTotal"), g.cpuTotal},
            {QStringLiteral("memoryFreeGb"), g.memFreeGb},
            {QStringLiteral("memoryTotalGb"), g.memTotalGb},
            {QStringLiteral("rdma"), JsonFormat::text(g.rdmaNames)},
            {QStringLiteral("status"), g.status}};
}

QJsonObject assetJson(const unis::Asset &a)
{
    QJsonArray versions;
    for (const unis::AssetVersion &v : a.versions)
        versions.append(QJsonObject{{QStringLiteral("id"), v.id},
                                    {QStringLiteral("name"), v.name},
                                    {QStringLiteral("path"), JsonFormat::text(v.path)}});
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("author"), JsonFormat::text(a.author)},
            {QStringLiteral("preset"), a.preset},
            {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
            {QStringLiteral("versions"), versions}};
}

QString assetKindKey(unis::AssetKind kind)
{
    switch (kind) {
    case unis::AssetKind::Image: return QStringLiteral("image");
    case unis::AssetKind::Algorithm: return QStringLiteral("algorithm");
    case unis::AssetKind::Model: return QStringLiteral("model");
    case unis::AssetKind::Dataset: return QStringLiteral("dataset");
    }
    return {};
}

std::optional<unis::AssetKind> assetKindFromKey(const QString &key)
{
    for (unis::AssetKind kind : {unis::AssetKind::Image, unis::AssetKind::Algorithm, unis::AssetKind::Model,
                                 unis::AssetKind::Dataset}) {
        if (assetKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

// The framework (`type`) an algorithm strategy's taskType stands for: 0 PyTorch, 1 scikit-learn,
// 2 TensorFlow; the rest (7 Paddle) run as PyTorch-style jobs.
QString frameworkOf(int taskType)
{
    switch (taskType) {
    case 1: return QStringLiteral("scikit-learn");
    case 2: return QStringLiteral("TensorFlow");
    default: return QStringLiteral("PyTorch");
    }
}

QString nodeText(const unis::NodeResource &n)
{
    QString gpu;
    if (n.gpuNum > 0) {
        gpu = QStringLiteral(", ") + (n.gpuModel.isEmpty() ? UnisCommands::tr("GPU") : n.gpuModel) + QStringLiteral(" × ")
            + QString::number(n.gpuNum);
        if (n.gpuShare == u"mig")
            gpu += QStringLiteral(" (MIG ") + n.migRes + u')';
        else if (n.gpuShare == u"vgpu")
            gpu += QStringLiteral(" (vGPU)");
    }
    return UnisCommands::tr("%n node(s) of %1 CPU, %2 GB", nullptr, n.count).arg(n.cpu).arg(n.memoryGb) + gpu;
}

} // namespace

UnisCommands::UnisCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

bool UnisCommands::isCommand(const QString &command)
{
    static const QStringList commands{QStringLiteral("whoami"),        QStringLiteral("quota"),
                                      QStringLiteral("events"),        QStringLiteral("create-devenv"),
                                      QStringLiteral("create-task"),   QStringLiteral("clone"),
                                      QStringLiteral("specs"),         QStringLiteral("resource-groups"),
                                      QStringLiteral("assets")};
    return commands.contains(command);
}

int UnisCommands::run(const QString &command)
{
    if (command == u"whoami")
        return whoami();
    if (command == u"quota")
        return quota();
    if (command == u"events")
        return events();
    if (command == u"create-devenv")
        return createDevEnv();
    if (command == u"create-task")
        return createTask();
    if (command == u"clone")
        return clone();
    if (command == u"specs")
        return specs();
    if (command == u"resource-groups")
        return resourceGroups();
    if (command == u"assets")
        return assets();
    if (command == u"pods")
        return pods();
    return m_context.usageError(tr("Unknown command \"%1\".").arg(command), {});
}

// ---- account options, list problems -----------------------------------------------------------

QStringList UnisCommands::accountOptionKeys(const Provider *provider)
{
    if (!qobject_cast<const UnisProvider *>(provider))
        return {};
    return {unis::Login::keyOption(), unis::Login::plainPasswordOption()};
}

QString UnisCommands::checkAccountOptions(const Provider *provider, QVariantMap *options)
{
    if (!qobject_cast<const UnisProvider *>(provider))
        return {};
    const QString plainKey = unis::Login::plainPasswordOption();
    const QString keyKey = unis::Login::keyOption();
    bool plain = false;
    if (options->contains(plainKey)) {
        const QString given = options->value(plainKey).toString();
        const QString value = given.trimmed().toLower();
        if (value != u"true" && value != u"false")
            return tr("--option %1 takes true or false, not \"%2\".").arg(plainKey, given);
        plain = value == u"true";
        options->insert(plainKey, plain);
    }
    if (options->contains(keyKey)) {
        const QByteArray key = options->value(keyKey).toString().toUtf8();
        if (key.size() != 16 && key.size() != 24 && key.size() != 32)
            return tr("The login encryption key (--option %1) must be 16, 24 or 32 bytes long (AES-128, -192 or -256), "
                      "not %2.")
                .arg(keyKey)
                .arg(key.size());
    } else if (!plain) {
        return tr("%1 accounts need the deployment's login encryption key: --option %2=KEY (16, 24 or 32 bytes; the "
                  "platform's administrator knows it), or --option %3=true for platforms before version D11.")
            .arg(platformName(), keyKey, plainKey);
    }
    return {};
}

QStringList UnisCommands::listProblems(const Provider *provider)
{
    const auto *p = qobject_cast<const UnisProvider *>(provider);
    return p ? p->listProblems() : QStringList();
}

UnisCommands::Lister UnisCommands::lister(Provider *provider, const std::optional<ResourceKind> &kind)
{
    auto *p = qobject_cast<UnisProvider *>(provider);
    if (!p)
        return {};
    p->jobDetails()->setWaitMs(kListDetailWaitMs);
    if (!kind)
        return [p](QObject *ctx, auto done) { p->listResources({}, ctx, std::move(done)); };
    std::optional<ResourceKind> listed;
    switch (*kind) {
    case ResourceKind::DevEnv:
    case ResourceKind::Training:
    case ResourceKind::FineTune:
        listed = kind;
        break;
    case ResourceKind::ComputeTask:
    case ResourceKind::OnlineService:
    case ResourceKind::Evaluation:
        // The compute list carries the online services and evaluations too.
        listed = ResourceKind::ComputeTask;
        break;
    default:
        break;
    }
    if (!listed) {
        return [](QObject *ctx, auto done) {
            QMetaObject::invokeMethod(ctx, [done = std::move(done)] { done(QList<Resource>()); }, Qt::QueuedConnection);
        };
    }
    return [p, listed](QObject *ctx, auto done) { p->listKind(*listed, ctx, std::move(done)); };
}

bool UnisCommands::accountHasJobPods()
{
    // A look at the command line only: the command that runs parses it again.
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("page"), true},
                                                              {QStringLiteral("page-size"), true},
                                                              {QStringLiteral("keyword"), true},
                                                              {QStringLiteral("job"), true}});
    if (!parseError.isEmpty() || !m_context.accounts().load().isEmpty())
        return false;
    const QString name = m_commandLine.value(QStringLiteral("account"));
    std::optional<Account> account;
    if (!name.isEmpty())
        account = m_context.accounts().byName(name);
    else if (m_context.accounts().accounts().size() == 1)
        account = m_context.accounts().accounts().constFirst();
    if (!account)
        return false;
    const Result<Provider *> provider = m_context.createProvider(*account);
    return provider && qobject_cast<UnisProvider *>(provider.value());
}

// ---- helpers --------------------------------------------------------------------------------------

UnisProvider *UnisCommands::provider(const QString &command, int *exitCode)
{
    Provider *p = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), kUnis, command, true, exitCode);
    return p ? qobject_cast<UnisProvider *>(p) : nullptr;
}

bool UnisCommands::wholeNumber(const QString &name, int min, int max, int *value, const QString &command, int *exitCode)
{
    if (!m_commandLine.isSet(name))
        return true;
    bool ok = false;
    const int n = m_commandLine.value(name).trimmed().toInt(&ok);
    if (!ok || n < min || n > max) {
        *exitCode = m_context.usageError(tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                                             .arg(name)
                                             .arg(min)
                                             .arg(max)
                                             .arg(m_commandLine.value(name)),
                                         command);
        return false;
    }
    *value = n;
    return true;
}

bool UnisCommands::pairs(const QString &option, QList<QPair<QString, QString>> *out, const QString &command, int *exitCode)
{
    for (const QString &given : m_commandLine.values(option)) {
        const qsizetype eq = given.indexOf(u'=');
        if (eq <= 0 || given.left(eq).trimmed().isEmpty()) {
            *exitCode = m_context.usageError(tr("--%1 takes NAME=VALUE, not \"%2\".").arg(option, given), command);
            return false;
        }
        out->append({given.left(eq).trimmed(), given.mid(eq + 1)});
    }
    return true;
}

QString UnisCommands::GpuRequest::share() const
{
    if (migCount > 0)
        return QStringLiteral("mig");
    if (vgpus > 0)
        return QStringLiteral("vgpu");
    return QStringLiteral("none");
}

int UnisCommands::GpuRequest::count() const
{
    return migCount > 0 ? migCount : vgpus > 0 ? vgpus : gpus;
}

bool UnisCommands::gpuRequest(GpuRequest *gpu, const QString &command, int *exitCode)
{
    if (!wholeNumber(QStringLiteral("gpus"), 0, 64, &gpu->gpus, command, exitCode)
        || !wholeNumber(QStringLiteral("vgpus"), 1, 64, &gpu->vgpus, command, exitCode)
        || !wholeNumber(QStringLiteral("vgpu-memory"), 1, 1024 * 1024, &gpu->vgpuMemoryMb, command, exitCode)
        || !wholeNumber(QStringLiteral("vgpu-cores"), 1, 100, &gpu->vgpuCores, command, exitCode)
        || !wholeNumber(QStringLiteral("mig-count"), 1, 64, &gpu->migCount, command, exitCode))
        return false;
    gpu->migProfile = m_commandLine.value(QStringLiteral("mig")).trimmed();
    if (m_commandLine.isSet(QStringLiteral("mig")) && gpu->migProfile.isEmpty()) {
        *exitCode = m_context.usageError(tr("--mig takes a MIG profile such as 1g.10gb."), command);
        return false;
    }
    if (!gpu->migProfile.isEmpty() && gpu->migCount == 0)
        gpu->migCount = 1;
    if (gpu->migCount > 0 && gpu->migProfile.isEmpty()) {
        *exitCode = m_context.usageError(tr("--mig-count goes with --mig PROFILE."), command);
        return false;
    }
    if ((gpu->vgpuMemoryMb > 0 || gpu->vgpuCores > 0) && gpu->vgpus == 0) {
        *exitCode = m_context.usageError(tr("--vgpu-memory and --vgpu-cores go with --vgpus N."), command);
        return false;
    }
    const int modes = (gpu->gpus > 0 ? 1 : 0) + (gpu->vgpus > 0 ? 1 : 0) + (gpu->migCount > 0 ? 1 : 0);
    if (modes > 1) {
        *exitCode = m_context.usageError(tr("Give whole GPUs (--gpus), vGPUs (--vgpus) or MIG slices (--mig), not several."),
                                         command);
        return false;
    }
    return true;
}

std::optional<unis::Asset> UnisCommands::findAsset(UnisProvider *p, unis::AssetKind kind, const QString &wanted,
                                                   const QString &option, int *exitCode)
{
    const auto listed = awaitResult<QList<unis::Asset>>(
        [p, kind](QObject *ctx, auto done) { p->assets(kind, 1, QString(), ctx, std::move(done)); });
    if (!listed) {
        *exitCode = m_context.fail(listed.error());
        return std::nullopt;
    }
    const QList<unis::Asset> found = matching<unis::Asset>(
        listed.value(), wanted, [](const unis::Asset &a) { return QStringList{a.id}; },
        [](const unis::Asset &a) { return QStringList{a.name}; });
    if (found.size() == 1)
        return found.constFirst();
    QStringList names;
    for (const unis::Asset &a : found.isEmpty() ? listed.value() : found)
        names.append(found.isEmpty() ? a.name : a.name + QStringLiteral(" (") + a.id + u')');
    QString message;
    if (found.size() > 1) {
        message = tr("%n assets are named \"%1\": give --%2 the id instead: %3.", nullptr, int(found.size()))
                      .arg(wanted, option, choices(names));
    } else {
        switch (kind) {
        case unis::AssetKind::Image:
            message = tr("No image \"%1\" in the AI assets. Images: %2.").arg(wanted, choices(names));
            break;
        case unis::AssetKind::Algorithm:
            message = tr("No algorithm \"%1\" in the AI assets. Algorithms: %2.").arg(wanted, choices(names));
            break;
        case unis::AssetKind::Model:
            message = tr("No model \"%1\" in the AI assets. Models: %2.").arg(wanted, choices(names));
            break;
        case unis::AssetKind::Dataset:
            message = tr("No dataset \"%1\" in the AI assets. Datasets: %2.").arg(wanted, choices(names));
            break;
        }
    }
    m_context.out().error(message);
    *exitCode = ExitUsage;
    return std::nullopt;
}

std::optional<unis::AssetVersion> UnisCommands::findVersion(const unis::Asset &asset, const QString &wanted,
                                                            const QString &option, int *exitCode)
{
    if (asset.versions.isEmpty()) {
        m_context.out().error(tr("%1 (%2) has no version to use.").arg(asset.name, asset.id));
        *exitCode = ExitFailed;
        return std::nullopt;
    }
    if (wanted.trimmed().isEmpty()) {
        // The asset's current version, else its newest.
        for (const unis::AssetVersion &v : asset.versions) {
            if (v.id == asset.versionId)
                return v;
        }
        return asset.versions.constLast();
    }
    const QList<unis::AssetVersion> found = matching<unis::AssetVersion>(
        asset.versions, wanted, [](const unis::AssetVersion &v) { return QStringList{v.id}; },
        [](const unis::AssetVersion &v) { return QStringList{v.name}; });
    if (found.size() == 1)
        return found.constFirst();
    QStringList names;
    for (const unis::AssetVersion &v : asset.versions)
        names.append(v.name);
    m_context.out().error(tr("%1 has no version \"%2\" (--%3). Versions: %4.").arg(asset.name, wanted, option, choices(names)));
    *exitCode = ExitUsage;
    return std::nullopt;
}

std::optional<unis::PresetSpec> UnisCommands::findSpec(UnisProvider *p, const QString &wanted, const QString &gpuModel,
                                                       int gpus, int *exitCode)
{
    const auto listed = awaitResult<unis::SpecList>([p](QObject *ctx, auto done) { p->specs(ctx, std::move(done)); });
    if (!listed) {
        *exitCode = m_context.fail(listed.error());
        return std::nullopt;
    }
    QList<unis::PresetSpec> all = listed.value().cpu + listed.value().gpu;
    if (!gpuModel.isEmpty()) {
        // The model as written, else the one model whose name holds what was written ("A100").
        QString model;
        QStringList partial;
        for (const unis::PresetSpec &s : std::as_const(all)) {
            if (sameGpuModel(s.gpuModel, gpuModel))
                model = s.gpuModel;
            else if (s.gpuModel.contains(gpuModel.trimmed(), Qt::CaseInsensitive) && !partial.contains(s.gpuModel))
                partial.append(s.gpuModel);
        }
        if (model.isEmpty() && partial.size() == 1)
            model = partial.constFirst();
        QList<unis::PresetSpec> ofModel;
        for (const unis::PresetSpec &s : std::as_const(all)) {
            if (!model.isEmpty() && sameGpuModel(s.gpuModel, model))
                ofModel.append(s);
        }
        if (ofModel.isEmpty()) {
            const auto models = awaitResult<QStringList>([p](QObject *ctx, auto done) { p->gpuModels(ctx, std::move(done)); });
            m_context.out().error(tr("No preset spec has the GPU model \"%1\". GPU models: %2.")
                                      .arg(gpuModel, models ? choices(models.value()) : QStringLiteral("-")));
            *exitCode = ExitUsage;
            return std::nullopt;
        }
        all = ofModel;
    }
    QList<unis::PresetSpec> found;
    if (!wanted.trimmed().isEmpty()) {
        found = matching<unis::PresetSpec>(
            all, wanted, [](const unis::PresetSpec &s) { return QStringList{s.specId}; },
            [](const unis::PresetSpec &s) { return QStringList{s.nickname, s.name}; });
    } else {
        // The GPU model and the number of whole cards pick the spec.
        for (const unis::PresetSpec &s : std::as_const(all)) {
            if (s.numberOfGpus == gpus && (s.gpuShare.isEmpty() || s.gpuShare == u"none"))
                found.append(s);
        }
    }
    if (found.size() == 1)
        return found.constFirst();
    QStringList names;
    for (const unis::PresetSpec &s : found.isEmpty() ? all : found)
        names.append(s.label());
    if (wanted.trimmed().isEmpty())
        m_context.out().error(tr("No single preset spec of %1 has %n whole GPU(s); choose one with --spec: %2.", nullptr, gpus)
                                  .arg(gpuModel, choices(names)));
    else if (found.size() > 1)
        m_context.out().error(tr("%n preset specs are named \"%1\": give --spec the spec id instead: %2.", nullptr,
                                 int(found.size()))
                                  .arg(wanted, choices(names)));
    else
        m_context.out().error(tr("No preset spec \"%1\". Specs: %2. See: suanli-cli specs").arg(wanted, choices(names)));
    *exitCode = ExitUsage;
    return std::nullopt;
}

std::optional<unis::ResourceGroup> UnisCommands::findGroup(UnisProvider *p, const QString &wanted, int *exitCode)
{
    const auto listed =
        awaitResult<QList<unis::ResourceGroup>>([p](QObject *ctx, auto done) { p->resourceGroups(ctx, std::move(done)); });
    if (!listed) {
        *exitCode = m_context.fail(listed.error());
        return std::nullopt;
    }
    const QList<unis::ResourceGroup> found = matching<unis::ResourceGroup>(
        listed.value(), wanted, [](const unis::ResourceGroup &g) { return QStringList{g.id, g.key}; },
        [](const unis::ResourceGroup &g) { return QStringList{g.name}; });
    if (found.size() == 1)
        return found.constFirst();
    QStringList names;
    for (const unis::ResourceGroup &g : listed.value())
        names.append(g.name);
    m_context.out().error(tr("No resource group \"%1\" for this account. Resource groups: %2. See: suanli-cli resource-groups")
                              .arg(wanted, choices(names)));
    *exitCode = ExitUsage;
    return std::nullopt;
}

std::optional<unis::ModelRef> UnisCommands::findModel(UnisProvider *p, const QString &option, int *exitCode)
{
    const std::optional<unis::Asset> model =
        findAsset(p, unis::AssetKind::Model, m_commandLine.value(option).trimmed(), option, exitCode);
    if (!model)
        return std::nullopt;
    const QString versionOption = option + QStringLiteral("-version");
    const std::optional<unis::AssetVersion> version =
        findVersion(*model, m_commandLine.value(versionOption), versionOption, exitCode);
    if (!version)
        return std::nullopt;
    unis::ModelRef ref;
    ref.originType = QStringLiteral("aiAssets");
    ref.id = model->id;
    ref.name = model->name;
    ref.version = version->name;
    ref.versionId = version->id;
    ref.dir = version->path;
    return ref;
}

int UnisCommands::createFailed(const ApiError &error, ResourceKind kind)
{
    const int code = m_context.fail(error);
    if (error.ambiguous)
        m_context.out().error(tr("The answer was lost, so the job may have been created. Check with 'suanli-cli list --kind %1' "
                                 "before trying again.")
                                  .arg(ResourceNames::kindKey(kind)));
    // Refused before sending: what the command line asked for cannot be made.
    return error.kind == ApiError::Kind::Unsupported ? int(ExitUsage) : code;
}

int UnisCommands::reportCreated(UnisProvider *p, ResourceKind kind, const QString &name, const QDateTime &sentAt,
                                const std::optional<QSet<QString>> &before, const QList<Resource> &foundAtOnce)
{
    QList<Resource> found = foundAtOnce;
    QString lastError;
    if (found.isEmpty()) {
        if (!m_context.out().json())
            m_context.out().note(tr("Accepted; waiting for \"%1\" to show in the list…").arg(name));
        const QDeadlineTimer deadline(kFindWaitMs);
        while (found.isEmpty() && !deadline.hasExpired()) {
            pause(kFindPollMs);
            const auto again = awaitResult<QList<Resource>>([&](QObject *ctx, auto done) {
                p->findCreated(kind, name, sentAt, before, ctx, std::move(done));
            });
            if (again)
                found = again.value();
            else
                lastError = again.error().toDisplayString();
        }
    }
    const QString accountName = p->session()->name();
    const std::optional<Resource> job = found.isEmpty() ? std::nullopt : std::optional<Resource>(found.constFirst());
    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{
            {QStringLiteral("id"), job ? QJsonValue(job->id) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), ResourceNames::kindKey(kind)},
            {QStringLiteral("resource"), job ? QJsonValue(JsonFormat::resource(*job, accountName)) : QJsonValue(QJsonValue::Null)}});
    } else if (job) {
        // Only the id on stdout, so that scripts can capture it.
        m_context.out().printLine(job->id);
        m_context.out().note(tr("Created \"%1\" (%2, %3).").arg(name, ResourceNames::kindLabel(kind), TextFormat::status(*job)));
    }
    if (!job) {
        m_context.out().error(tr("The platform accepted \"%1\", but its list did not show it within %n second(s). See: "
                                 "suanli-cli list --kind %2",
                                 nullptr, kFindWaitMs / 1000)
                                  .arg(name, ResourceNames::kindKey(kind)));
        if (!lastError.isEmpty())
            m_context.out().error(lastError);
        return ExitFailed;
    }
    if (found.size() > 1)
        m_context.out().note(tr("%n new jobs are named \"%1\"; the newest is shown.", nullptr, int(found.size())).arg(name));
    return ExitOk;
}

// ---- who am I, quotas ------------------------------------------------------------------------------

int UnisCommands::whoami()
{
    const QString command = QStringLiteral("whoami");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("whoami takes no arguments."), command);
    int exitCode = ExitOk;
    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const auto me = awaitResult<unis::UserInfo>([p](QObject *ctx, auto done) { p->whoAmI(ctx, std::move(done), true); });
    if (!me)
        return m_context.fail(me.error());
    const unis::UserInfo &u = me.value();

    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("account"), p->session()->name()},
                                              {QStringLiteral("userId"), u.userId},
                                              {QStringLiteral("userName"), u.userName},
                                              {QStringLiteral("nickName"), JsonFormat::text(u.nickName)},
                                              {QStringLiteral("tenantId"), JsonFormat::text(u.tenantId)},
                                              {QStringLiteral("tenantName"), JsonFormat::text(u.tenantName)},
                                              {QStringLiteral("groupId"), JsonFormat::text(u.groupId)},
                                              {QStringLiteral("groupName"), JsonFormat::text(u.groupName)},
                                              {QStringLiteral("role"), roleKey(u.role)},
                                              {QStringLiteral("roleId"), u.roleId},
                                              {QStringLiteral("roleName"), JsonFormat::text(u.roleName)},
                                              {QStringLiteral("roleKeys"), QJsonArray::fromStringList(u.roleKeys)},
                                              {QStringLiteral("admin"), u.isAdmin()}});
        return ExitOk;
    }
    const auto withId = [](const QString &name, const QString &id) {
        if (name.isEmpty())
            return TextFormat::orDash(id);
        return id.isEmpty() ? name : name + QStringLiteral(" (") + id + u')';
    };
    QString role = unis::Mapping::roleLabel(u.role);
    if (!u.roleName.isEmpty() && u.roleName != role)
        role += QStringLiteral(" (") + u.roleName + u')';
    TablePrinter table({tr("FIELD"), tr("VALUE")});
    table.addRow({tr("Account"), p->session()->name() + QStringLiteral(" (") + platformName() + u')'});
    table.addRow({tr("User"), u.nickName.isEmpty() || u.nickName == u.userName ? u.userName
                                                                                 : u.userName + QStringLiteral(" (") + u.nickName + u')'});
    table.addRow({tr("User id"), u.userId});
    table.addRow({tr("Tenant"), withId(u.tenantName, u.tenantId)});
    table.addRow({tr("Group"), withId(u.groupName, u.groupId)});
    table.addRow({tr("Role"), role});
    m_context.out().printTable(table);
    return ExitOk;
}

int UnisCommands::quota()
{
    const QString command = QStringLiteral("quota");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("quota takes no arguments."), command);
    int exitCode = ExitOk;
    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const auto got = awaitResult<unis::Quotas>([p](QObject *ctx, auto done) { p->quotas(ctx, std::move(done)); });
    if (!got)
        return m_context.fail(got.error());
    const unis::Quotas &q = got.value();

    if (m_context.out().json()) {
        QJsonValue resources = QJsonValue::Null;
        if (const auto &r = q.remaining) {
            resources = QJsonObject{{QStringLiteral("cpu"), quotaJson(r->cpu)},
                                    {QStringLiteral("memory"), quotaJson(r->memory)},
                                    {QStringLiteral("gpu"), quotaJson(r->gpu)},
                                    {QStringLiteral("vgpu"), quotaJson(r->vgpu)},
                                    {QStringLiteral("mig"), quotaJson(r->mig)},
                                    {QStringLiteral("jobs"), quotaJson(r->jobs)},
                                    {QStringLiteral("periodStart"), JsonFormat::time(r->periodStart)},
                                    {QStringLiteral("periodEnd"), JsonFormat::time(r->periodEnd)},
                                    {QStringLiteral("periodText"), JsonFormat::text(r->periodText)},
                                    {QStringLiteral("configured"), r->configured}};
        }
        QJsonValue storage = QJsonValue::Null;
        if (const auto &s = q.storage) {
            storage = QJsonObject{{QStringLiteral("enabled"), s->enabled},
                                  {QStringLiteral("notEnabledText"), JsonFormat::text(s->notEnabledText)},
                                  {QStringLiteral("blockQuota"), quotaJson(s->blockQuota)},
                                  {QStringLiteral("blockUsed"), quotaJson(s->blockUsed)},
                                  {QStringLiteral("blockRemain"), quotaJson(s->blockRemain)},
                                  {QStringLiteral("inodeQuota"), quotaJson(s->inodeQuota)},
                                  {QStringLiteral("inodeUsed"), quotaJson(s->inodeUsed)},
                                  {QStringLiteral("inodeRemain"), quotaJson(s->inodeRemain)},
                                  {QStringLiteral("periodStart"), JsonFormat::time(s->periodStart)},
                                  {QStringLiteral("periodEnd"), JsonFormat::time(s->periodEnd)},
                                  {QStringLiteral("periodText"), JsonFormat::text(s->periodText)},
                                  {QStringLiteral("configured"), s->configured}};
        }
        m_context.out().printJson(QJsonObject{{QStringLiteral("account"), p->session()->name()},
                                              {QStringLiteral("resources"), resources},
                                              {QStringLiteral("resourcesError"), JsonFormat::text(q.remainingError)},
                                              {QStringLiteral("storage"), storage},
                                              {QStringLiteral("storageError"), JsonFormat::text(q.storageError)}});
    } else {
        TablePrinter table({tr("QUOTA"), tr("REMAINING")});
        table.setRightAligned(1);
        if (const auto &r = q.remaining) {
            table.addRow({tr("CPU cores"), quotaText(r->cpu)});
            table.addRow({tr("Memory"), quotaText(r->memory)});
            table.addRow({tr("GPUs"), quotaText(r->gpu)});
            table.addRow({tr("vGPUs"), quotaText(r->vgpu)});
            table.addRow({tr("MIG slices"), quotaText(r->mig)});
            table.addRow({tr("Jobs"), quotaText(r->jobs)});
        }
        if (table.rowCount() > 0)
            m_context.out().printTable(table);
        if (q.remaining) {
            m_context.out().printLine(tr("Period: %1").arg(periodText(q.remaining->periodStart, q.remaining->periodEnd,
                                                                    q.remaining->periodText)));
            if (!q.remaining->configured)
                m_context.out().printLine(tr("No compute quota is configured for this user."));
        }
        if (const auto &s = q.storage) {
            if (!s->enabled) {
                m_context.out().printLine(tr("Storage quota: not enabled (%1).").arg(TextFormat::orDash(s->notEnabledText)));
            } else {
                TablePrinter storage({tr("STORAGE"), tr("QUOTA"), tr("USED"), tr("REMAINING")});
                for (int column : {1, 2, 3})
                    storage.setRightAligned(column);
                storage.addRow({tr("Capacity"), quotaText(s->blockQuota), quotaText(s->blockUsed), quotaText(s->blockRemain)});
                storage.addRow({tr("Files (inodes)"), quotaText(s->inodeQuota), quotaText(s->inodeUsed), quotaText(s->inodeRemain)});
                m_context.out().printTable(storage);
                m_context.out().printLine(tr("Storage period: %1").arg(periodText(s->periodStart, s->periodEnd, s->periodText)));
            }
        }
    }
    // Half an answer is shown, and still a failure.
    if (!q.remainingError.isEmpty()) {
        m_context.out().error(tr("The remaining compute resources could not be read: %1").arg(q.remainingError));
        exitCode = ExitFailed;
    }
    if (!q.storageError.isEmpty()) {
        m_context.out().error(tr("The storage quota could not be read: %1").arg(q.storageError));
        exitCode = ExitFailed;
    }
    return exitCode;
}

// ---- pods and events ---------------------------------------------------------------------------------

int UnisCommands::pods()
{
    const QString command = QStringLiteral("pods");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("pods takes exactly one job ID for a %1 account.").arg(platformName()), command);
    int exitCode = ExitOk;
    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    Resource job;
    job.id = m_commandLine.positionals().constFirst().trimmed();
    const auto listed = awaitResult<QList<unis::Pod>>([p, &job](QObject *ctx, auto done) { p->pods(job, ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    if (m_context.out().json()) {
        QJsonArray items;
        for (const unis::Pod &pod : listed.value())
            items.append(podJson(pod));
        m_context.out().printJson(items);
        return ExitOk;
    }
    if (listed.value().isEmpty()) {
        m_context.out().note(tr("The job %1 has no pods (yet).").arg(job.id));
        return ExitOk;
    }
    TablePrinter table({tr("POD"), tr("UID"), tr("TYPE"), tr("STATUS"), tr("NODE IP"), tr("STARTED"), tr("RUN TIME"), tr("REASON")});
    for (const unis::Pod &pod : listed.value()) {
        table.addRow({TextFormat::orDash(pod.name), TextFormat::orDash(pod.podUid), TextFormat::orDash(pod.type),
                      ResourceNames::statusKey(unis::Mapping::podStatus(pod.status)), TextFormat::orDash(pod.ip),
                      TextFormat::time(pod.startedAt), TextFormat::orDash(pod.runTime), TextFormat::orDash(pod.reason)});
    }
    m_context.out().printTable(table);
    return ExitOk;
}

int UnisCommands::events()
{
    const QString command = QStringLiteral("events");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}, {QStringLiteral("job"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1 || m_commandLine.positionals().constFirst().trimmed().isEmpty())
        return m_context.usageError(tr("events takes exactly one POD (its UID as 'pods' shows it)."), command);
    const QString wanted = m_commandLine.positionals().constFirst().trimmed();
    int exitCode = ExitOk;
    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;

    // With --job, the pod may be named by its name or record id as well.
    QString podUid = wanted;
    if (m_commandLine.isSet(QStringLiteral("job"))) {
        Resource job;
        job.id = m_commandLine.value(QStringLiteral("job")).trimmed();
        const auto listed = awaitResult<QList<unis::Pod>>([p, &job](QObject *ctx, auto done) { p->pods(job, ctx, std::move(done)); });
        if (!listed)
            return m_context.fail(listed.error());
        const QList<unis::Pod> found = matching<unis::Pod>(
            listed.value(), wanted, [](const unis::Pod &pod) { return QStringList{pod.podUid, pod.id}; },
            [](const unis::Pod &pod) { return QStringList{pod.name}; });
        if (found.size() != 1) {
            QStringList names;
            for (const unis::Pod &pod : listed.value())
                names.append(pod.name);
            m_context.out().error(tr("The job %1 has no pod \"%2\". Pods: %3.").arg(job.id, wanted, choices(names)));
            return ExitUsage;
        }
        podUid = found.constFirst().podUid;
    }
    const auto listed =
        awaitResult<QList<unis::PodEvent>>([p, &podUid](QObject *ctx, auto done) { p->events(podUid, ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    if (m_context.out().json()) {
        QJsonArray items;
        for (const unis::PodEvent &e : listed.value())
            items.append(QJsonObject{{QStringLiteral("id"), JsonFormat::text(e.id)},
                                     {QStringLiteral("time"), JsonFormat::time(e.time)},
                                     {QStringLiteral("message"), e.message},
                                     {QStringLiteral("podUid"), JsonFormat::text(e.podUid)}});
        m_context.out().printJson(items);
        return ExitOk;
    }
    if (listed.value().isEmpty()) {
        m_context.out().note(tr("No events for the pod %1.").arg(podUid));
        return ExitOk;
    }
    TablePrinter table({tr("TIME"), tr("MESSAGE")});
    for (const unis::PodEvent &e : listed.value())
        table.addRow({e.time.isValid() ? e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-"),
                      e.message.simplified()});
    m_context.out().printTable(table);
    return ExitOk;
}

// ---- create --------------------------------------------------------------------------------------------

int UnisCommands::createDevEnv()
{
    const QString command = QStringLiteral("create-devenv");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("name"), true},
                                                              {QStringLiteral("image"), true},
                                                              {QStringLiteral("image-version"), true},
                                                              {QStringLiteral("spec"), true},
                                                              {QStringLiteral("gpu-model"), true},
                                                              {QStringLiteral("resource-group"), true},
                                                              {QStringLiteral("cpu"), true},
                                                              {QStringLiteral("memory"), true},
                                                              {QStringLiteral("gpus"), true},
                                                              {QStringLiteral("vgpus"), true},
                                                              {QStringLiteral("vgpu-memory"), true},
                                                              {QStringLiteral("vgpu-cores"), true},
                                                              {QStringLiteral("mig"), true},
                                                              {QStringLiteral("mig-count"), true},
                                                              {QStringLiteral("ssh"), false},
                                                              {QStringLiteral("ssh-auth"), true},
                                                              {QStringLiteral("ssh-key-pair"), true},
                                                              {QStringLiteral("ssh-password-stdin"), false},
                                                              {QStringLiteral("no-shared-memory"), false},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("create-devenv takes no arguments, only options."), command);
    const QString name = m_commandLine.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return m_context.usageError(tr("create-devenv needs --name NAME."), command);
    const QString imageWanted = m_commandLine.value(QStringLiteral("image")).trimmed();
    if (imageWanted.isEmpty())
        return m_context.usageError(tr("create-devenv needs --image IMAGE (see 'suanli-cli assets image')."), command);

    int exitCode = ExitOk;
    GpuRequest gpu;
    int cpu = 0;
    int memoryGb = 0;
    if (!gpuRequest(&gpu, command, &exitCode) || !wholeNumber(QStringLiteral("cpu"), 1, 4096, &cpu, command, &exitCode)
        || !wholeNumber(QStringLiteral("memory"), 1, 1024 * 1024, &memoryGb, command, &exitCode))
        return exitCode;
    const QString specWanted = m_commandLine.value(QStringLiteral("spec")).trimmed();
    const QString gpuModel = m_commandLine.value(QStringLiteral("gpu-model")).trimmed();
    const QString groupWanted = m_commandLine.value(QStringLiteral("resource-group")).trimmed();
    // The preset-spec flow (a spec, or a GPU model and a number of cards) or a resource group
    // with the resources spelled out.
    const bool bySpec = !specWanted.isEmpty() || (!gpuModel.isEmpty() && groupWanted.isEmpty());
    if (bySpec) {
        if (cpu > 0 || memoryGb > 0 || gpu.vgpus > 0 || gpu.migCount > 0 || (!specWanted.isEmpty() && gpu.gpus > 0))
            return m_context.usageError(tr("A preset spec sets the CPU, memory and GPUs: leave out --cpu, --memory, --gpus, "
                                           "--vgpus and --mig, or choose a --resource-group instead of a spec."),
                                        command);
    } else {
        if (groupWanted.isEmpty())
            return m_context.usageError(tr("create-devenv needs a preset spec (--spec, or --gpu-model with --gpus; see 'suanli-cli "
                                           "specs'), or --resource-group with --cpu and --memory (see 'suanli-cli resource-groups')."),
                                        command);
        if (cpu == 0 || memoryGb == 0)
            return m_context.usageError(tr("With --resource-group, give --cpu N and --memory GB."), command);
    }

    unis::DevEnvRequest request;
    request.name = name;
    request.sharedMemory = !m_commandLine.isSet(QStringLiteral("no-shared-memory"));
    const QString auth = m_commandLine.value(QStringLiteral("ssh-auth")).trimmed();
    const QString keyPair = m_commandLine.value(QStringLiteral("ssh-key-pair")).trimmed();
    const bool sshPasswordStdin = m_commandLine.isSet(QStringLiteral("ssh-password-stdin"));
    request.enableSsh = m_commandLine.isSet(QStringLiteral("ssh")) || !auth.isEmpty() || !keyPair.isEmpty() || sshPasswordStdin;
    if (request.enableSsh) {
        if (auth.isEmpty())
            request.sshAuthType = keyPair.isEmpty() ? 1 : (sshPasswordStdin ? 3 : 2);
        else if (auth == u"password")
            request.sshAuthType = 1;
        else if (auth == u"key-pair")
            request.sshAuthType = 2;
        else if (auth == u"both")
            request.sshAuthType = 3;
        else
            return m_context.usageError(tr("--ssh-auth takes password, key-pair or both, not \"%1\".").arg(auth), command);
        if (request.sshAuthType != 1 && keyPair.isEmpty())
            return m_context.usageError(tr("SSH with a key pair needs --ssh-key-pair ID."), command);
        if (request.sshAuthType == 2 && sshPasswordStdin)
            return m_context.usageError(tr("--ssh-password-stdin does not go with --ssh-auth key-pair."), command);
        request.keyPairId = keyPair;
        if (sshPasswordStdin) {
            const std::optional<QString> password = SecretPrompt::readLine();
            if (!password || password->isEmpty())
                return m_context.usageError(tr("No SSH password was given on stdin."), command);
            request.sshPassword = *password;
            Redactor::registerSecret(request.sshPassword);
        }
    }

    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const std::optional<unis::Asset> image = findAsset(p, unis::AssetKind::Image, imageWanted, QStringLiteral("image"), &exitCode);
    if (!image)
        return exitCode;
    const std::optional<unis::AssetVersion> imageVersion =
        findVersion(*image, m_commandLine.value(QStringLiteral("image-version")), QStringLiteral("image-version"), &exitCode);
    if (!imageVersion)
        return exitCode;
    request.imageId = image->id;
    request.image = imageVersion->path;
    request.imageType = image->preset ? 1 : 2;

    std::optional<unis::PresetSpec> spec;
    QString where;
    QString resources;
    if (bySpec) {
        spec = findSpec(p, specWanted, gpuModel, gpu.gpus > 0 ? gpu.gpus : 1, &exitCode);
        if (!spec)
            return exitCode;
        if (groupWanted.isEmpty()) {
            const QString specId = spec->specId;
            const auto placement = awaitResult<unis::SpecPlacement>(
                [p, &specId](QObject *ctx, auto done) { p->specPlacement(specId, ctx, std::move(done)); });
            if (!placement)
                return m_context.fail(placement.error());
            request.resourceGroupId = placement.value().resourceGroupId;
            where = placement.value().resourceGroupName;
        } else {
            const std::optional<unis::ResourceGroup> group = findGroup(p, groupWanted, &exitCode);
            if (!group)
                return exitCode;
            request.resourceGroupId = group->id;
            where = group->name;
        }
        resources = spec->label();
    } else {
        const std::optional<unis::ResourceGroup> group = findGroup(p, groupWanted, &exitCode);
        if (!group)
            return exitCode;
        const QString share = group->gpuShare.isEmpty() ? QStringLiteral("none") : group->gpuShare;
        if (gpu.count() > 0 && gpu.share() != share) {
            m_context.out().error(share == u"mig"    ? tr("The resource group %1 shares its GPUs as MIG slices: use --mig PROFILE.").arg(group->name)
                                  : share == u"vgpu" ? tr("The resource group %1 shares its GPUs as vGPUs: use --vgpus N.").arg(group->name)
                                                     : tr("The resource group %1 gives whole GPUs: use --gpus N.").arg(group->name));
            return ExitUsage;
        }
        if (!gpuModel.isEmpty()
            && std::none_of(group->gpuModels.cbegin(), group->gpuModels.cend(),
                            [&gpuModel](const QString &m) { return sameGpuModel(m, gpuModel); })) {
            m_context.out().error(tr("The resource group %1 has no %2 GPUs (it has: %3).")
                                      .arg(group->name, gpuModel, choices(group->gpuModels)));
            return ExitUsage;
        }
        request.resourceGroupId = group->id;
        request.cpu = cpu;
        request.memoryGb = memoryGb;
        request.gpu.gpuLimit = gpu.gpus;
        request.gpu.vGpu = gpu.vgpus;
        request.gpu.vGpuMemMb = gpu.vgpuMemoryMb;
        request.gpu.vGpuCores = gpu.vgpuCores;
        request.gpu.migSlice = gpu.migProfile;
        request.gpu.migSliceCount = gpu.migCount;
        where = group->name;
        unis::NodeResource shown;
        shown.cpu = cpu;
        shown.memoryGb = memoryGb;
        shown.gpuNum = gpu.count();
        shown.gpuShare = gpu.share();
        shown.migRes = gpu.migProfile;
        shown.gpuModel = group->gpuModels.value(0);
        resources = nodeText(shown);
    }
    unis::DevEnvRequest checked = request;
    if (spec) {
        checked.specId = spec->specId;
        checked.cpu = spec->cpuCores;
        checked.memoryGb = spec->memoryGb;
    }
    if (const auto problem = UnisProvider::validateDevEnv(checked)) {
        m_context.out().error(*problem);
        return ExitUsage;
    }

    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("This creates the dev environment \"%1\" from %2 %3 with %4 in %5; it uses the account's "
                                 "compute quota while it runs.")
                                  .arg(name, image->name, imageVersion->name, resources, where));
        m_context.out().error(tr("Nothing was done. Add --yes to create it."));
        return ExitRefused;
    }
    const auto outcome = awaitResult<UnisProvider::CreateOutcome>(
        [&](QObject *ctx, auto done) { p->createDevEnv(request, spec, ctx, std::move(done)); });
    if (!outcome)
        return createFailed(outcome.error(), ResourceKind::DevEnv);
    return reportCreated(p, ResourceKind::DevEnv, name, outcome.value().job.sentAt, std::nullopt, outcome.value().found);
}

int UnisCommands::createTask()
{
    const QString command = QStringLiteral("create-task");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("kind"), true},
                                                              {QStringLiteral("scenario"), true},
                                                              {QStringLiteral("incremental"), false},
                                                              {QStringLiteral("name"), true},
                                                              {QStringLiteral("description"), true},
                                                              {QStringLiteral("algorithm"), true},
                                                              {QStringLiteral("algorithm-version"), true},
                                                              {QStringLiteral("config"), true},
                                                              {QStringLiteral("param"), true},
                                                              {QStringLiteral("env"), true},
                                                              {QStringLiteral("image"), true},
                                                              {QStringLiteral("image-version"), true},
                                                              {QStringLiteral("model"), true},
                                                              {QStringLiteral("model-version"), true},
                                                              {QStringLiteral("sft-model"), true},
                                                              {QStringLiteral("sft-model-version"), true},
                                                              {QStringLiteral("reward-model"), true},
                                                              {QStringLiteral("reward-model-version"), true},
                                                              {QStringLiteral("dataset"), true},
                                                              {QStringLiteral("dataset-version"), true},
                                                              {QStringLiteral("input-dir"), true},
                                                              {QStringLiteral("output"), true},
                                                              {QStringLiteral("spec"), true},
                                                              {QStringLiteral("resource-group"), true},
                                                              {QStringLiteral("nodes"), true},
                                                              {QStringLiteral("cpu"), true},
                                                              {QStringLiteral("memory"), true},
                                                              {QStringLiteral("gpus"), true},
                                                              {QStringLiteral("vgpus"), true},
                                                              {QStringLiteral("vgpu-memory"), true},
                                                              {QStringLiteral("vgpu-cores"), true},
                                                              {QStringLiteral("mig"), true},
                                                              {QStringLiteral("mig-count"), true},
                                                              {QStringLiteral("rdma"), false},
                                                              {QStringLiteral("framework"), true},
                                                              {QStringLiteral("task-type"), true},
                                                              {QStringLiteral("resource-type"), true},
                                                              {QStringLiteral("command"), true},
                                                              {QStringLiteral("working-dir"), true},
                                                              {QStringLiteral("urgent"), false},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("create-task takes no arguments, only options."), command);

    // What kind of task, and for compute tasks and fine-tune jobs, which scenario.
    const QString kindKey = m_commandLine.value(QStringLiteral("kind")).trimmed();
    std::optional<ResourceKind> kind;
    if (kindKey == u"training")
        kind = ResourceKind::Training;
    else if (kindKey == u"fine-tune")
        kind = ResourceKind::FineTune;
    else if (kindKey == u"compute-task")
        kind = ResourceKind::ComputeTask;
    if (!kind)
        return m_context.usageError(kindKey.isEmpty() ? tr("create-task needs --kind training, fine-tune or compute-task.")
                                                      : tr("--kind takes training, fine-tune or compute-task, not \"%1\".").arg(kindKey),
                                    command);
    const QString scenario = m_commandLine.value(QStringLiteral("scenario")).trimmed();
    const bool incremental = m_commandLine.isSet(QStringLiteral("incremental"));
    std::optional<unis::ComputeKind> computeKind;
    std::optional<int> fineTunePretrain;
    if (*kind == ResourceKind::ComputeTask) {
        computeKind = unis::Mapping::computeKindFromKey(scenario);
        if (!computeKind)
            return m_context.usageError(tr("A compute task needs --scenario fine-tune, pre-train, rl, dpo or model-training."), command);
    } else if (*kind == ResourceKind::FineTune) {
        if (!scenario.isEmpty() && scenario != u"fine-tune" && scenario != u"pre-train")
            return m_context.usageError(tr("A fine-tune job takes --scenario fine-tune or pre-train, not \"%1\".").arg(scenario), command);
        // 0 fine-tune, 1 pre-train, 2 incremental pre-training.
        fineTunePretrain = scenario == u"pre-train" ? (incremental ? 2 : 1) : 0;
    } else if (!scenario.isEmpty()) {
        return m_context.usageError(tr("--scenario is for fine-tune jobs and compute tasks."), command);
    }
    const bool preTrain = scenario == u"pre-train";
    if (incremental && !preTrain)
        return m_context.usageError(tr("--incremental goes with --scenario pre-train."), command);
    const bool rl = computeKind == unis::ComputeKind::ReinforcementLearning;
    const bool dpo = computeKind == unis::ComputeKind::Dpo;
    if (m_commandLine.isSet(QStringLiteral("sft-model")) && !rl && !dpo)
        return m_context.usageError(tr("--sft-model is for compute tasks of the rl and dpo scenarios."), command);
    if (m_commandLine.isSet(QStringLiteral("reward-model")) && !rl)
        return m_context.usageError(tr("--reward-model is for compute tasks of the rl scenario."), command);
    QString taskType;
    const QString taskTypeKey = m_commandLine.value(QStringLiteral("task-type")).trimmed();
    if (!taskTypeKey.isEmpty()) {
        if (*kind != ResourceKind::Training && computeKind != unis::ComputeKind::ModelTraining)
            return m_context.usageError(tr("--task-type is for training jobs and model-training compute tasks."), command);
        if (taskTypeKey == u"nlp")
            taskType = QStringLiteral("1");
        else if (taskTypeKey == u"cv")
            taskType = QStringLiteral("2");
        else if (taskTypeKey == u"ml")
            taskType = QStringLiteral("3");
        else
            return m_context.usageError(tr("--task-type takes nlp, cv or ml, not \"%1\".").arg(taskTypeKey), command);
    }
    const QString framework = m_commandLine.value(QStringLiteral("framework")).trimmed();
    static const QStringList frameworks{QStringLiteral("PyTorch"), QStringLiteral("TensorFlow"), QStringLiteral("scikit-learn"),
                                        QStringLiteral("MPI")};
    if (!framework.isEmpty() && !frameworks.contains(framework))
        return m_context.usageError(tr("--framework takes %1, not \"%2\".").arg(frameworks.join(QStringLiteral(", ")), framework),
                                    command);
    const QString resourceType = m_commandLine.value(QStringLiteral("resource-type")).trimmed();
    if (!resourceType.isEmpty() && resourceType != u"standard" && resourceType != u"advanced")
        return m_context.usageError(tr("--resource-type takes standard or advanced, not \"%1\".").arg(resourceType), command);

    const QString name = m_commandLine.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return m_context.usageError(tr("create-task needs --name NAME."), command);
    const QString algorithmWanted = m_commandLine.value(QStringLiteral("algorithm")).trimmed();
    if (algorithmWanted.isEmpty())
        return m_context.usageError(tr("create-task needs --algorithm ALGORITHM (see 'suanli-cli assets algorithm')."), command);
    if (m_commandLine.isSet(QStringLiteral("dataset")) && m_commandLine.isSet(QStringLiteral("input-dir")))
        return m_context.usageError(tr("Give the input as --dataset or as --input-dir, not both."), command);

    int exitCode = ExitOk;
    GpuRequest gpu;
    int nodes = 1;
    int cpu = 0;
    int memoryGb = 0;
    if (!gpuRequest(&gpu, command, &exitCode) || !wholeNumber(QStringLiteral("nodes"), 1, 1024, &nodes, command, &exitCode)
        || !wholeNumber(QStringLiteral("cpu"), 1, 4096, &cpu, command, &exitCode)
        || !wholeNumber(QStringLiteral("memory"), 1, 1024 * 1024, &memoryGb, command, &exitCode))
        return exitCode;
    const QString specWanted = m_commandLine.value(QStringLiteral("spec")).trimmed();
    const QString groupWanted = m_commandLine.value(QStringLiteral("resource-group")).trimmed();
    if (!specWanted.isEmpty()) {
        if (cpu > 0 || memoryGb > 0 || gpu.count() > 0)
            return m_context.usageError(tr("A preset spec sets the CPU, memory and GPUs: leave out --cpu, --memory, --gpus, "
                                           "--vgpus and --mig, or choose a --resource-group instead of a spec."),
                                        command);
        if (!groupWanted.isEmpty())
            return m_context.usageError(tr("A preset spec decides the resource group: give --spec or --resource-group, not both."),
                                        command);
    } else {
        if (groupWanted.isEmpty())
            return m_context.usageError(tr("create-task needs --spec SPEC (see 'suanli-cli specs'), or --resource-group with --cpu "
                                           "and --memory (see 'suanli-cli resource-groups')."),
                                        command);
        if (cpu == 0 || memoryGb == 0)
            return m_context.usageError(tr("With --resource-group, give --cpu N and --memory GB (per node)."), command);
    }
    QList<QPair<QString, QString>> params;
    QList<QPair<QString, QString>> env;
    if (!pairs(QStringLiteral("param"), &params, command, &exitCode) || !pairs(QStringLiteral("env"), &env, command, &exitCode))
        return exitCode;

    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;

    // The algorithm, its version and the strategy that says how to run it.
    const std::optional<unis::Asset> algorithm =
        findAsset(p, unis::AssetKind::Algorithm, algorithmWanted, QStringLiteral("algorithm"), &exitCode);
    if (!algorithm)
        return exitCode;
    const std::optional<unis::AssetVersion> algorithmVersion =
        findVersion(*algorithm, m_commandLine.value(QStringLiteral("algorithm-version")), QStringLiteral("algorithm-version"), &exitCode);
    if (!algorithmVersion)
        return exitCode;
    const QString algoId = algorithm->id;
    const QString algoVersionId = algorithmVersion->id;
    const auto configs = awaitResult<QList<unis::AlgoConfig>>(
        [&](QObject *ctx, auto done) { p->algoConfigs(algoId, algoVersionId, ctx, std::move(done)); });
    if (!configs)
        return m_context.fail(configs.error());
    const QString configWanted = m_commandLine.value(QStringLiteral("config")).trimmed();
    QList<unis::AlgoConfig> configFound = configs.value();
    if (!configWanted.isEmpty())
        configFound = matching<unis::AlgoConfig>(
            configs.value(), configWanted, [](const unis::AlgoConfig &c) { return QStringList{c.id}; },
            [](const unis::AlgoConfig &c) { return QStringList{c.trainStrategy}; });
    if (configFound.size() != 1) {
        QStringList names;
        for (const unis::AlgoConfig &c : configs.value())
            names.append(c.trainStrategy);
        const QString algo = algorithm->name + u' ' + algorithmVersion->name;
        if (configs.value().isEmpty())
            m_context.out().error(tr("The algorithm %1 has no strategy to run it with.").arg(algo));
        else if (configWanted.isEmpty())
            m_context.out().error(tr("The algorithm %1 has several strategies; choose one with --config: %2.").arg(algo, choices(names)));
        else
            m_context.out().error(tr("The algorithm %1 has no strategy \"%2\". Strategies: %3.").arg(algo, configWanted, choices(names)));
        return ExitUsage;
    }
    const unis::AlgoConfig config = configFound.constFirst();
    const QString configId = config.id;
    const auto detail = awaitResult<unis::AlgoConfigDetail>(
        [&](QObject *ctx, auto done) { p->algoConfigDetail(configId, ctx, std::move(done)); });
    if (!detail)
        return m_context.fail(detail.error());
    const unis::AlgoConfigDetail &strategy = detail.value();

    unis::TaskRequest request;
    request.name = name;
    request.description = m_commandLine.value(QStringLiteral("description"));
    request.framework = framework.isEmpty() ? frameworkOf(strategy.taskType) : framework;
    request.taskType = taskType;
    request.isPretrain = fineTunePretrain;
    request.incrementalPretrain = incremental;
    request.urgent = m_commandLine.isSet(QStringLiteral("urgent"));
    if (!resourceType.isEmpty())
        request.resourceType = resourceType;
    request.algorithmOriginType = QStringLiteral("aiAssets");
    request.algorithmId = algorithm->id;
    request.algorithmName = algorithm->name;
    request.algorithmVersion = algorithmVersion->name;
    request.algorithmVersionId = algorithmVersion->id;
    request.algorithmPath = algorithmVersion->path.isEmpty() ? strategy.algoPath : algorithmVersion->path;
    request.startupFile = strategy.bootFile.isEmpty() ? config.bootFile : strategy.bootFile;
    request.strategy = strategy.trainStrategy.isEmpty() ? config.trainStrategy : strategy.trainStrategy;
    request.strategyId = config.id;
    request.workingDir = m_commandLine.value(QStringLiteral("working-dir"));
    request.outputDir = m_commandLine.value(QStringLiteral("output")).trimmed();

    // Hyper-parameters and environment: the strategy's, with the command line's values; new
    // names are added as the user's own.
    request.hyperParams = strategy.hyperParams;
    for (const auto &[key, value] : std::as_const(params)) {
        auto it = std::find_if(request.hyperParams.begin(), request.hyperParams.end(),
                               [&key](const unis::HyperParam &h) { return h.name == key; });
        if (it != request.hyperParams.end()) {
            it->value = value;
        } else {
            unis::HyperParam added;
            added.name = key;
            added.value = value;
            added.custom = true;
            request.hyperParams.append(added);
        }
    }
    request.variables = strategy.envParams;
    for (const auto &[key, value] : std::as_const(env)) {
        auto it = std::find_if(request.variables.begin(), request.variables.end(),
                               [&key](const unis::EnvVar &v) { return v.name == key; });
        if (it != request.variables.end())
            it->value = value;
        else
            request.variables.append({key, value, QString()});
    }

    // The image: the strategy's unless the command line names one.
    const QString imageWanted = m_commandLine.value(QStringLiteral("image")).trimmed();
    const QString imageVersionWanted = m_commandLine.value(QStringLiteral("image-version")).trimmed();
    if (imageWanted.isEmpty() && strategy.imageId.isEmpty())
        return m_context.usageError(tr("The strategy %1 names no image: give --image IMAGE.").arg(request.strategy), command);
    const std::optional<unis::Asset> image =
        findAsset(p, unis::AssetKind::Image, imageWanted.isEmpty() ? strategy.imageId : imageWanted, QStringLiteral("image"), &exitCode);
    if (!image)
        return exitCode;
    const QString defaultImageVersion = imageWanted.isEmpty() ? strategy.imageVersionId : QString();
    const std::optional<unis::AssetVersion> imageVersion =
        findVersion(*image, imageVersionWanted.isEmpty() ? defaultImageVersion : imageVersionWanted, QStringLiteral("image-version"),
                    &exitCode);
    if (!imageVersion)
        return exitCode;
    request.image = imageVersion->path;
    request.imageId = image->id;
    request.imageName = image->name;
    request.imageVersion = imageVersion->name;
    request.imageVersionId = imageVersion->id;

    // Models: the strategy's base model unless one is named; the RL and DPO extras.
    if (m_commandLine.isSet(QStringLiteral("model"))) {
        const auto model = findModel(p, QStringLiteral("model"), &exitCode);
        if (!model)
            return exitCode;
        request.model = *model;
    } else if (!strategy.modelId.isEmpty() && !rl) {
        request.model.originType = QStringLiteral("aiAssets");
        request.model.id = strategy.modelId;
        request.model.name = strategy.modelName;
        request.model.version = strategy.modelVersionName;
        request.model.versionId = strategy.modelVersionId;
        request.model.dir = strategy.modelPath;
    }
    if (m_commandLine.isSet(QStringLiteral("sft-model"))) {
        const auto model = findModel(p, QStringLiteral("sft-model"), &exitCode);
        if (!model)
            return exitCode;
        request.sftModel = *model;
    }
    if (m_commandLine.isSet(QStringLiteral("reward-model"))) {
        const auto model = findModel(p, QStringLiteral("reward-model"), &exitCode);
        if (!model)
            return exitCode;
        request.rewardModel = *model;
    }

    // The input: a dataset of the AI assets, or a folder of the account's storage.
    QString input = tr("no input");
    if (m_commandLine.isSet(QStringLiteral("dataset"))) {
        const std::optional<unis::Asset> dataset = findAsset(p, unis::AssetKind::Dataset, m_commandLine.value(QStringLiteral("dataset")).trimmed(),
                                                             QStringLiteral("dataset"), &exitCode);
        if (!dataset)
            return exitCode;
        const std::optional<unis::AssetVersion> version =
            findVersion(*dataset, m_commandLine.value(QStringLiteral("dataset-version")), QStringLiteral("dataset-version"), &exitCode);
        if (!version)
            return exitCode;
        request.inputType = QStringLiteral("aiAssets");
        request.inputDir = version->path;
        request.datasetId = dataset->id;
        request.datasetName = dataset->name;
        request.datasetVersion = version->name;
        request.datasetVersionId = version->id;
        input = dataset->name + u' ' + version->name;
    } else if (m_commandLine.isSet(QStringLiteral("input-dir"))) {
        request.inputType = QStringLiteral("local");
        request.inputDir = m_commandLine.value(QStringLiteral("input-dir")).trimmed();
        input = request.inputDir;
    }

    // Where it runs: a preset spec (its resource group follows) or a resource group.
    unis::NodeResource node;
    node.count = nodes;
    const bool rdma = m_commandLine.isSet(QStringLiteral("rdma"));
    QString where;
    if (!specWanted.isEmpty()) {
        const std::optional<unis::PresetSpec> spec = findSpec(p, specWanted, QString(), 0, &exitCode);
        if (!spec)
            return exitCode;
        const QString specId = spec->specId;
        const auto placement = awaitResult<unis::SpecPlacement>([&](QObject *ctx, auto done) {
            p->api()->specPlacement(specId, nodes, rdma, node.nodeType, ctx, std::move(done));
        });
        if (!placement)
            return m_context.fail(placement.error());
        request.zoneId = placement.value().resourceGroupId;
        request.zoneName = placement.value().resourceGroupName;
        request.resourceGroupKey = placement.value().resourceGroupKey;
        request.rdmaName = placement.value().resourceName;
        node.specId = spec->specId;
        node.cpu = spec->cpuCores;
        node.memoryGb = spec->memoryGb;
        node.gpuNum = spec->numberOfGpus;
        node.gpuShare = spec->gpuShare.isEmpty() ? QStringLiteral("none") : spec->gpuShare;
        node.migRes = spec->migType;
        node.gpuMem = spec->gpuMemoryMb;
        node.gpuCores = spec->computility;
        node.gpuModel = spec->gpuModel;
        where = placement.value().resourceGroupName;
    } else {
        const std::optional<unis::ResourceGroup> group = findGroup(p, groupWanted, &exitCode);
        if (!group)
            return exitCode;
        const QString share = group->gpuShare.isEmpty() ? QStringLiteral("none") : group->gpuShare;
        if (gpu.count() > 0 && gpu.share() != share) {
            m_context.out().error(share == u"mig"    ? tr("The resource group %1 shares its GPUs as MIG slices: use --mig PROFILE.").arg(group->name)
                                  : share == u"vgpu" ? tr("The resource group %1 shares its GPUs as vGPUs: use --vgpus N.").arg(group->name)
                                                     : tr("The resource group %1 gives whole GPUs: use --gpus N.").arg(group->name));
            return ExitUsage;
        }
        request.zoneId = group->id;
        request.zoneName = group->name;
        request.resourceGroupKey = group->key;
        request.rdmaName = group->rdmaNames;
        node.cpu = cpu;
        node.memoryGb = memoryGb;
        node.gpuNum = gpu.count();
        node.gpuShare = gpu.count() > 0 ? gpu.share() : QStringLiteral("none");
        node.migRes = gpu.migProfile;
        node.gpuMem = gpu.vgpuMemoryMb;
        node.gpuCores = gpu.vgpuCores;
        node.gpuModel = gpu.count() > 0 ? group->gpuModels.value(0) : QString();
        where = group->name;
    }
    if (rdma && request.rdmaName.isEmpty()) {
        m_context.out().error(tr("The resource group %1 has no high-performance network (RDMA).").arg(where));
        return ExitUsage;
    }
    request.rdma = rdma;
    if (!rdma)
        request.rdmaName.clear();
    request.nodes = {node};

    // The command: as given, else as the platform generates it from the strategy.
    request.command = m_commandLine.value(QStringLiteral("command")).trimmed();
    if (request.command.isEmpty()) {
        const auto generated = awaitResult<QString>([&](QObject *ctx, auto done) {
            p->generateCommand(strategy, node.gpuNum, nodes, request.hyperParams, ctx, std::move(done));
        });
        if (!generated)
            return m_context.fail(generated.error());
        request.command = generated.value();
    }

    const unis::Mapping::TaskFlavor flavor = *kind == ResourceKind::Training   ? unis::Mapping::TaskFlavor::Training
                                             : *kind == ResourceKind::FineTune ? unis::Mapping::TaskFlavor::FineTune
                                                                               : unis::Mapping::TaskFlavor::Compute;
    if (const auto problem = UnisProvider::validateTask(request, flavor)) {
        m_context.out().error(*problem);
        return ExitUsage;
    }
    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        QString what = ResourceNames::kindLabel(*kind);
        if (computeKind)
            what += QStringLiteral(": ") + unis::Mapping::computeKindLabel(*computeKind);
        m_context.out().error(tr("This creates \"%1\" (%2): %3 (%4), image %5 %6, input %7, %8 in %9. It starts at once "
                                 "and uses the account's compute quota.")
                                  .arg(name, what, algorithm->name + u' ' + algorithmVersion->name, request.strategy, image->name,
                                       imageVersion->name, input, nodeText(node), where));
        m_context.out().error(tr("Command: %1").arg(request.command));
        m_context.out().error(tr("Nothing was done. Add --yes to create it."));
        return ExitRefused;
    }

    Result<UnisProvider::CreateOutcome> outcome = ApiError::cancelled();
    if (*kind == ResourceKind::Training)
        outcome = awaitResult<UnisProvider::CreateOutcome>(
            [&](QObject *ctx, auto done) { p->createTraining(request, ctx, std::move(done)); });
    else if (*kind == ResourceKind::FineTune)
        outcome = awaitResult<UnisProvider::CreateOutcome>(
            [&](QObject *ctx, auto done) { p->createFineTune(request, ctx, std::move(done)); });
    else
        outcome = awaitResult<UnisProvider::CreateOutcome>(
            [&](QObject *ctx, auto done) { p->createComputeTask(request, *computeKind, ctx, std::move(done)); });
    if (!outcome)
        return createFailed(outcome.error(), *kind);
    return reportCreated(p, *kind, name, outcome.value().job.sentAt, std::nullopt, outcome.value().found);
}

int UnisCommands::clone()
{
    const QString command = QStringLiteral("clone");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("name"), true},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("clone takes exactly one ID: a compute task."), command);
    const QString id = m_commandLine.positionals().constFirst().trimmed();
    int exitCode = ExitOk;
    Provider *base = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), kUnis, command, false, &exitCode);
    auto *p = qobject_cast<UnisProvider *>(base);
    if (!p)
        return base ? int(ExitFailed) : exitCode;

    // Refusals come before anything is read or sent.
    const ActionInfo info = p->actionInfo(Action::Clone);
    if (info.needsConfirmation && !m_commandLine.isSet(QStringLiteral("yes"))) {
        if (!info.warning.isEmpty())
            m_context.out().error(info.warning);
        m_context.out().error(tr("Nothing was done. Add --yes to clone %1.").arg(id));
        return ExitRefused;
    }
    if (const Result<Done> unlocked = m_context.unlock(p); !unlocked)
        return m_context.fail(unlocked.error());
    const auto listed = awaitResult<QList<Resource>>(
        [p](QObject *ctx, auto done) { p->listKind(ResourceKind::ComputeTask, ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());
    std::optional<Resource> source;
    QSet<QString> before;
    for (const Resource &r : listed.value()) {
        before.insert(r.id);
        if (r.id == id)
            source = r;
    }
    if (!source) {
        m_context.out().error(tr("%1: no such compute task in account %2.").arg(id, p->session()->name()));
        return ExitFailed;
    }
    const Availability availability = p->availability(*source, Action::Clone);
    if (!availability.available) {
        m_context.out().error(tr("%1: cannot clone it: %2").arg(id, availability.reason));
        m_context.out().error(tr("Nothing was done."));
        return ExitRefused;
    }
    ActionRequest request;
    request.action = Action::Clone;
    request.name = m_commandLine.value(QStringLiteral("name")).trimmed();
    if (request.name.isEmpty())
        request.name = source->name + QStringLiteral("-clone"); // as the platform's own console names copies
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const Resource from = *source;
    const auto done = awaitResult<Done>([&](QObject *ctx, auto completion) { p->perform(from, request, ctx, std::move(completion)); });
    if (!done)
        return createFailed(done.error(), ResourceKind::ComputeTask);
    return reportCreated(p, ResourceKind::ComputeTask, request.name, sentAt, before, {});
}

// ---- catalogs ----------------------------------------------------------------------------------------

int UnisCommands::specs()
{
    const QString command = QStringLiteral("specs");
    const QString parseError =
        m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}, {QStringLiteral("gpu-model"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("specs takes no arguments."), command);
    const QString gpuModel = m_commandLine.value(QStringLiteral("gpu-model")).trimmed();
    int exitCode = ExitOk;
    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const auto models = awaitResult<QStringList>([p](QObject *ctx, auto done) { p->gpuModels(ctx, std::move(done)); });
    if (!models)
        return m_context.fail(models.error());
    const auto listed = awaitResult<unis::SpecList>([p](QObject *ctx, auto done) { p->specs(ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());
    QList<unis::PresetSpec> shown;
    for (const unis::PresetSpec &s : listed.value().cpu + listed.value().gpu) {
        if (gpuModel.isEmpty() || sameGpuModel(s.gpuModel, gpuModel) || s.gpuModel.contains(gpuModel, Qt::CaseInsensitive))
            shown.append(s);
    }

    if (m_context.out().json()) {
        QJsonArray items;
        for (const unis::PresetSpec &s : std::as_const(shown))
            items.append(specJson(s));
        m_context.out().printJson(QJsonObject{{QStringLiteral("gpuModels"), QJsonArray::fromStringList(models.value())},
                                              {QStringLiteral("specs"), items}});
        return ExitOk;
    }
    if (shown.isEmpty()) {
        m_context.out().note(gpuModel.isEmpty() ? tr("No preset specs: this deployment does not use them; create with "
                                                     "--resource-group instead.")
                                                : tr("No preset spec has the GPU model %1. GPU models: %2.")
                                                      .arg(gpuModel, choices(models.value())));
        return ExitOk;
    }
    TablePrinter table({tr("SPEC"), tr("ID"), tr("TYPE"), tr("CPU"), tr("MEMORY"), tr("GPU")});
    table.setRightAligned(3);
    table.setRightAligned(4);
    for (const unis::PresetSpec &s : std::as_const(shown))
        table.addRow({s.label(), s.specId, s.specType, QString::number(s.cpuCores), tr("%1 GB").arg(s.memoryGb), specGpuText(s)});
    m_context.out().printTable(table);
    if (!models.value().isEmpty())
        m_context.out().note(tr("GPU models: %1").arg(models.value().join(QStringLiteral(", "))));
    return ExitOk;
}

int UnisCommands::resourceGroups()
{
    const QString command = QStringLiteral("resource-groups");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("resource-groups takes no arguments."), command);
    int exitCode = ExitOk;
    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const auto listed =
        awaitResult<QList<unis::ResourceGroup>>([p](QObject *ctx, auto done) { p->resourceGroups(ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    if (m_context.out().json()) {
        QJsonArray items;
        for (const unis::ResourceGroup &g : listed.value())
            items.append(groupJson(g));
        m_context.out().printJson(items);
        return ExitOk;
    }
    if (listed.value().isEmpty()) {
        m_context.out().note(tr("No resource groups for this account's user group."));
        return ExitOk;
    }
    TablePrinter table({tr("NAME"), tr("ID"), tr("GPU SHARE"), tr("GPU MODELS"), tr("GPUS FREE"), tr("CPU FREE"),
                        tr("MEMORY FREE"), tr("RDMA")});
    for (int column : {4, 5, 6})
        table.setRightAligned(column);
    for (const unis::ResourceGroup &g : listed.value()) {
        table.addRow({g.name, g.id, TextFormat::orDash(g.gpuShare), g.gpuModels.isEmpty() ? QStringLiteral("-") : g.gpuModels.join(QStringLiteral(", ")),
                      QStringLiteral("%1/%2").arg(g.gpuFree).arg(g.gpuTotal),
                      QStringLiteral("%1/%2").arg(g.cpuFree, 0, 'f', 0).arg(g.cpuTotal, 0, 'f', 0),
                      tr("%1/%2 GB").arg(g.memFreeGb, 0, 'f', 0).arg(g.memTotalGb, 0, 'f', 0), TextFormat::orDash(g.rdmaNames)});
    }
    m_context.out().printTable(table);
    return ExitOk;
}

int UnisCommands::assets()
{
    const QString command = QStringLiteral("assets");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("mine"), false},
                                                              {QStringLiteral("search"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    const std::optional<unis::AssetKind> kind = assetKindFromKey(m_commandLine.positionals().value(0));
    if (m_commandLine.positionals().size() != 1 || !kind)
        return m_context.usageError(tr("assets takes one of: image, algorithm, model, dataset."), command);
    const int scope = m_commandLine.isSet(QStringLiteral("mine")) ? 2 : 1;
    const QString search = m_commandLine.value(QStringLiteral("search")).trimmed();
    int exitCode = ExitOk;
    UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const auto listed = awaitResult<QList<unis::Asset>>(
        [&](QObject *ctx, auto done) { p->assets(*kind, scope, search, ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    if (m_context.out().json()) {
        QJsonArray items;
        for (const unis::Asset &a : listed.value())
            items.append(assetJson(a));
        m_context.out().printJson(items);
        return ExitOk;
    }
    if (listed.value().isEmpty()) {
        m_context.out().note(tr("Nothing found."));
        return ExitOk;
    }
    TablePrinter table({tr("NAME"), tr("ID"), tr("AUTHOR"), tr("VERSIONS")});
    for (const unis::Asset &a : listed.value()) {
        QStringList versions;
        for (const unis::AssetVersion &v : a.versions)
            versions.append(v.name);
        table.addRow({a.preset ? a.name + QStringLiteral(" ★") : a.name, a.id, TextFormat::orDash(a.author),
                      versions.isEmpty() ? QStringLiteral("-") : versions.join(QStringLiteral(", "))});
    }
    m_context.out().printTable(table);
    if (std::any_of(listed.value().cbegin(), listed.value().cend(), [](const unis::Asset &a) { return a.preset; }))
        m_context.out().note(tr("★ preset by the platform"));
    return ExitOk;
}

} // namespace suanli::cli
