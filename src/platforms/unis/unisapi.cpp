#include "unisapi.h"

#include "core/jsonutil.h"

#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace suanli::unis {

namespace {

// Lists are read to the end, but a server that never says it is done must not keep us forever.
constexpr int kMaxPages = 200;

QUrlQuery taskQuery(const QString &taskId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("taskId"), taskId);
    return q;
}

QStringList cleanIds(const QStringList &ids)
{
    QStringList out;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (!id.isEmpty() && !out.contains(id))
            out.append(id);
    }
    return out;
}

// A detail answer: `data` as an object.
Result<QJsonObject> detailOf(const Envelope &env)
{
    const QJsonValue v = parseEmbeddedJson(env.data);
    if (!v.isObject())
        return ApiError::parse(Api::tr("the detail is not an object"));
    return v.toObject();
}

QString encodedPathSegment(const QString &id)
{
    // An id goes into the path as one segment; anything but plain characters is escaped.
    return QString::fromLatin1(QUrl::toPercentEncoding(id.trimmed()));
}

} // namespace

Api::Api(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Api::~Api() = default;

template<typename T>
void Api::refuse(QObject *context, Completion<T> done, const QString &message)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), message] { done(ApiError::unsupported(message)); }, Qt::QueuedConnection);
}

HttpRequest Api::post(const QString &path, const QJsonObject &body, bool unsafe, const QUrlQuery &query) const
{
    HttpRequest r = HttpRequest::postJson(m_client->url(path, query), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                          unsafe ? HttpRequest::Safety::Unsafe : HttpRequest::Safety::Safe);
    return r;
}

HttpRequest Api::postValue(const QString &path, const QJsonValue &body, bool unsafe) const
{
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return HttpRequest::postJson(m_client->url(path), doc.toJson(QJsonDocument::Compact),
                                 unsafe ? HttpRequest::Safety::Unsafe : HttpRequest::Safety::Safe);
}

HttpRequest Api::get(const QString &path, const QUrlQuery &query) const
{
    return HttpRequest::get(m_client->url(path, query));
}

template<typename T>
void Api::send(HttpRequest request, const QString &label, QObject *context, std::function<Result<T>(const Envelope &)> map,
               Completion<T> done)
{
    request.label = label;
    m_client->call(std::move(request), context, [map = std::move(map), done = std::move(done)](const Result<Envelope> &r) {
        if (!r)
            done(r.error());
        else
            done(map(r.value()));
    });
}

void Api::fetchAll(std::function<HttpRequest(int, int)> makeRequest, PagingStyle style, const QString &label,
                   QObject *context, Completion<QList<QJsonObject>> done)
{
    struct State
    {
        QList<QJsonObject> rows;
        int page = 1;
    };
    auto state = std::make_shared<State>();
    auto next = std::make_shared<std::function<void()>>();
    const int size = m_pageSize;
    QPointer<QObject> guard(context);
    // Only the request in flight holds the chain.
    *next = [this, state, weak = std::weak_ptr(next), makeRequest, style, label, context, size, done] {
        HttpRequest request = makeRequest(state->page, size);
        request.label = label;
        m_client->call(std::move(request), context, [state, self = weak.lock(), style, size, done](const Result<Envelope> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            Result<PagedRows> page = Mapping::pagedRows(r.value(), style, state->page, size);
            if (!page) {
                done(page.error());
                return;
            }
            const int got = int(page.value().rows.size());
            state->rows += page.value().rows;
            if (state->page >= kMaxPages
                || !Mapping::hasMorePages(page.value().page, state->page, state->rows.size(), got)) {
                done(state->rows);
                return;
            }
            ++state->page;
            (*self)();
        });
    };
    (*next)();
}

// ---- who am I, quotas -----------------------------------------------------------------------

void Api::getInfo(QObject *context, Completion<UserInfo> done)
{
    send<UserInfo>(get(QStringLiteral("/prod-api/getInfo")), tr("user information"), context, &Mapping::userInfo,
                   std::move(done));
}

void Api::remainingResources(const QString &userId, QObject *context, Completion<RemainingResources> done)
{
    // The path as the document writes it, without a gateway prefix.
    send<RemainingResources>(post(QStringLiteral("/system/config/getRemainResource"), {{QStringLiteral("userId"), userId}}, false),
                             tr("remaining resources"), context, &Mapping::remainingResources, std::move(done));
}

void Api::storageQuota(const QString &userId, qint64 uid, QObject *context, Completion<StorageQuota> done)
{
    // The example's `uid` (the table writes uId), a number as the example sends it.
    send<StorageQuota>(post(QStringLiteral("/resource/configRemake/getQuotaRemainResource"),
                            {{QStringLiteral("userId"), userId}, {QStringLiteral("uid"), uid}}, false),
                       tr("storage quota"), context, &Mapping::storageQuota, std::move(done));
}

// ---- lists and details ----------------------------------------------------------------------

void Api::notebooks(QObject *context, Completion<QList<QJsonObject>> done)
{
    fetchAll(
        [this](int page, int size) {
            QUrlQuery q;
            // 0-based pages here, unlike every other list.
            q.addQueryItem(QStringLiteral("page"), QString::number(page - 1));
            q.addQueryItem(QStringLiteral("size"), QString::number(size));
            return get(QStringLiteral("/api/kernel/notebooks"), q);
        },
        PagingStyle::Notebook, tr("dev environments"), context, std::move(done));
}

void Api::notebook(const QString &id, QObject *context, Completion<QJsonObject> done)
{
    send<QJsonObject>(get(QStringLiteral("/api/kernel/notebooks/") + encodedPathSegment(id)), tr("dev environment"),
                      context, &detailOf, std::move(done));
}

void Api::trainingJobs(const QString &userId, QObject *context, Completion<QList<QJsonObject>> done)
{
    fetchAll(
        [this, userId](int page, int size) {
            return post(QStringLiteral("/api/kernel/trainOperator/listTask"),
                        {{QStringLiteral("userId"), userId}, {QStringLiteral("pageNum"), page}, {QStringLiteral("pageSize"), size}},
                        false);
        },
        PagingStyle::Kernel, tr("training jobs"), context, std::move(done));
}

void Api::trainingJob(const QString &taskId, QObject *context, Completion<QJsonObject> done)
{
    // The id in the query (as the training examples do) and in the body (as the compute-task
    // detail of the same path does).
    send<QJsonObject>(post(QStringLiteral("/api/kernel/trainOperator/queryTaskInfo"), {{QStringLiteral("taskId"), taskId}},
                           false, taskQuery(taskId)),
                      tr("training job"), context, &detailOf, std::move(done));
}

void Api::fineTuneJobs(const QString &userId, QObject *context, Completion<QList<QJsonObject>> done)
{
    fetchAll(
        [this, userId](int page, int size) {
            return post(QStringLiteral("/api/kernel/fineTune/listLlmFineTuneTask"),
                        {{QStringLiteral("userId"), userId}, {QStringLiteral("pageNum"), page}, {QStringLiteral("pageSize"), size}},
                        false);
        },
        PagingStyle::Kernel, tr("fine-tune jobs"), context, std::move(done));
}

void Api::fineTuneJob(const QString &taskId, QObject *context, Completion<QJsonObject> done)
{
    send<QJsonObject>(post(QStringLiteral("/api/kernel/fineTune/queryLlmFineTuneTaskDetail"), {{QStringLiteral("taskId"), taskId}},
                           false, taskQuery(taskId)),
                      tr("fine-tune job"), context, &detailOf, std::move(done));
}

void Api::computeTasks(const QString &userId, const QString &userName, const QString &statusFilter,
                       const QString &nameFilter, QObject *context, Completion<QList<QJsonObject>> done)
{
    fetchAll(
        [this, userId, userName, statusFilter, nameFilter](int page, int size) {
            return post(QStringLiteral("/api/kernel/computationTask/list"),
                        {{QStringLiteral("userId"), userId},
                         {QStringLiteral("userName"), userName},
                         {QStringLiteral("status"), statusFilter},
                         {QStringLiteral("taskName"), nameFilter},
                         {QStringLiteral("pageNum"), page},
                         {QStringLiteral("pageSize"), size}},
                        false);
        },
        PagingStyle::Kernel, tr("compute tasks"), context, std::move(done));
}

void Api::pods(const QString &taskId, QObject *context, Completion<QList<Pod>> done)
{
    fetchAll(
        [this, taskId](int page, int size) {
            return post(QStringLiteral("/api/kernel/trainOperatorPod/getPodList"),
                        {{QStringLiteral("taskId"), taskId}, {QStringLiteral("pageNum"), page}, {QStringLiteral("pageSize"), size}},
                        false);
        },
        PagingStyle::Kernel, tr("pods"), context, [done = std::move(done)](const Result<QList<QJsonObject>> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            QList<Pod> pods;
            for (const QJsonObject &o : r.value())
                pods.append(Mapping::pod(o));
            done(pods);
        });
}

void Api::podEvents(const QString &podUid, QObject *context, Completion<QList<PodEvent>> done)
{
    send<QList<PodEvent>>(post(QStringLiteral("/api/kernel/trainOperatorPod/viewPodEvents"), {{QStringLiteral("podUid"), podUid}}, false),
                          tr("pod events"), context, &Mapping::podEvents, std::move(done));
}

// ---- create forms ---------------------------------------------------------------------------

void Api::gpuModels(QObject *context, Completion<QStringList> done)
{
    send<QStringList>(get(QStringLiteral("/api/system/presetSpec/getGpuModelList")), tr("GPU models"), context,
                      &Mapping::gpuModels, std::move(done));
}

void Api::migProfiles(const QString &gpuModel, QObject *context, Completion<QStringList> done)
{
    QUrlQuery q;
    // The exact string of the model list ("Nvidia/A100-PCIE-80GB"), the slash escaped.
    q.addQueryItem(QStringLiteral("gpuType"), QString::fromLatin1(QUrl::toPercentEncoding(gpuModel)));
    send<QStringList>(get(QStringLiteral("/api/system/aiResourceGroup/getMigConfigByGpuType"), q), tr("MIG profiles"),
                      context, &Mapping::migProfiles, std::move(done));
}

void Api::specList(const QStringList &chosenSpecs, QObject *context, Completion<SpecList> done)
{
    const QJsonValue chosen = chosenSpecs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(chosenSpecs));
    send<SpecList>(post(QStringLiteral("/api/system/presetSpec/getSpecList"), {{QStringLiteral("specList"), chosen}}, false),
                   tr("preset specs"), context, &Mapping::specList, std::move(done));
}

void Api::specPlacement(const QString &specId, int instances, bool rdma, const QString &nodeType, QObject *context,
                        Completion<SpecPlacement> done)
{
    QJsonObject item{{QStringLiteral("specId"), specId}, {QStringLiteral("instanceNum"), std::max(1, instances)}};
    if (rdma)
        item.insert(QStringLiteral("isRdma"), true);
    if (!nodeType.isEmpty())
        item.insert(QStringLiteral("nodeType"), nodeType);
    // A bare array, as the example sends it (the table names a wrapper the example lacks).
    send<SpecPlacement>(postValue(QStringLiteral("/api/system/presetSpec/queryAIResourceGroupBySpec"), QJsonArray{item}, false),
                        tr("resource group of a spec"), context, &Mapping::specPlacement, std::move(done));
}

void Api::resourceGroups(const QString &sysGroupId, QObject *context, Completion<QList<ResourceGroup>> done)
{
    send<QList<ResourceGroup>>(post(QStringLiteral("/api/system/aiResourceGroup/findResourceGroupBySysGroupId"),
                                    {{QStringLiteral("sysGroupId"), sysGroupId}}, false),
                               tr("resource groups"), context, &Mapping::resourceGroups, std::move(done));
}

void Api::assets(AssetKind kind, int scope, const QString &title, QObject *context, Completion<QList<Asset>> done)
{
    QString path;
    QString label;
    switch (kind) {
    case AssetKind::Image:
        path = QStringLiteral("/api/market/datahub/image/getImageList");
        label = tr("images");
        break;
    case AssetKind::Algorithm:
        path = QStringLiteral("/api/market/datahub/algo/getAlgoList");
        label = tr("algorithms");
        break;
    case AssetKind::Model:
        path = QStringLiteral("/api/market/datahub/model/getModelList");
        label = tr("models");
        break;
    case AssetKind::Dataset:
        path = QStringLiteral("/api/market/datahub/dataset/getDatasetList");
        label = tr("datasets");
        break;
    }
    fetchAll(
        [this, path, scope, title](int page, int size) {
            return post(path, {{QStringLiteral("current"), page},
                               {QStringLiteral("size"), size},
                               {QStringLiteral("author"), QString()},
                               {QStringLiteral("scope"), scope},
                               {QStringLiteral("taskTags"), QJsonArray()}, // no tag filter
                               {QStringLiteral("title"), title}},
                        false);
        },
        PagingStyle::Datahub, label, context, [done = std::move(done)](const Result<QList<QJsonObject>> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            QList<Asset> out;
            for (const QJsonObject &o : r.value()) {
                Asset a = Mapping::asset(o);
                if (!a.id.isEmpty())
                    out.append(a);
            }
            done(out);
        });
}

void Api::algoConfigs(const QString &algoId, const QString &versionId, QObject *context, Completion<QList<AlgoConfig>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("algoId"), algoId);
    q.addQueryItem(QStringLiteral("versionId"), versionId);
    send<QList<AlgoConfig>>(get(QStringLiteral("/api/market/datahub/algo/getAlgoParamConfigList"), q), tr("algorithm strategies"),
                            context, &Mapping::algoConfigs, std::move(done));
}

void Api::algoConfigDetail(const QString &configId, QObject *context, Completion<AlgoConfigDetail> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("id"), configId);
    send<AlgoConfigDetail>(get(QStringLiteral("/api/market/datahub/algo/getAlgoParamConfigDetails"), q), tr("algorithm strategy"),
                           context, &Mapping::algoConfigDetail, std::move(done));
}

void Api::generateCommand(const QString &bootFile, int trainTaskType, int gpusPerNode, int nodes, const QList<EnvVar> &env,
                          const QList<HyperParam> &params, QObject *context, Completion<QString> done)
{
    QJsonArray envJson;
    for (const EnvVar &e : env)
        envJson.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), e.value},
                                   {QStringLiteral("description"), e.description}});
    QJsonArray paramJson;
    for (const HyperParam &p : params)
        paramJson.append(p.toJson());
    // Generates text only: a read as far as retries go.
    send<QString>(post(QStringLiteral("/api/market/datahub/algo/generateCommand"),
                       {{QStringLiteral("bootFile"), bootFile},
                        {QStringLiteral("trainTaskType"), trainTaskType},
                        {QStringLiteral("trainEnvParams"), envJson},
                        {QStringLiteral("trainHyperParams"), paramJson},
                        {QStringLiteral("ngpus"), gpusPerNode},
                        {QStringLiteral("nnodes"), nodes}},
                       false),
                  tr("launch command"), context, &Mapping::generatedCommand, std::move(done));
}

// ---- dev environments --------------------------------------------------------------------------

void Api::createNotebook(const DevEnvRequest &request, QObject *context, Completion<CreatedJob> done)
{
    const QString name = request.name.trimmed();
    send<CreatedJob>(post(QStringLiteral("/api/kernel/notebooks"), Mapping::devEnvBody(request), true),
                     tr("create dev environment"), context,
                     [name](const Envelope &env) -> Result<CreatedJob> {
                         Result<Done> ok = Mapping::done(env);
                         if (!ok)
                             return ok.error();
                         return Mapping::createdJob(env, name);
                     },
                     std::move(done));
}

void Api::startNotebook(const QString &id, QObject *context, Completion<Done> done)
{
    send<Done>(post(QStringLiteral("/api/kernel/notebooks/") + encodedPathSegment(id) + QStringLiteral(":start"), {}, true),
               tr("start dev environment"), context, &Mapping::done, std::move(done));
}

void Api::stopNotebook(const QString &id, QObject *context, Completion<Done> done)
{
    send<Done>(post(QStringLiteral("/api/kernel/notebooks/") + encodedPathSegment(id) + QStringLiteral(":close"), {}, true),
               tr("stop dev environment"), context, &Mapping::done, std::move(done));
}

void Api::deleteNotebook(const QString &id, QObject *context, Completion<Done> done)
{
    HttpRequest r;
    r.method = "DELETE";
    r.url = m_client->url(QStringLiteral("/api/kernel/notebooks/") + encodedPathSegment(id));
    r.safety = HttpRequest::Safety::Unsafe;
    send<Done>(std::move(r), tr("delete dev environment"), context, &Mapping::done, std::move(done));
}

// ---- training -------------------------------------------------------------------------------------

void Api::createTraining(const TaskRequest &request, QObject *context, Completion<CreatedJob> done)
{
    const QString name = request.name.trimmed();
    send<CreatedJob>(post(QStringLiteral("/api/kernel/trainOperator/createTask"),
                          Mapping::taskBody(request, Mapping::TaskFlavor::Training), true),
                     tr("create training job"), context,
                     [name](const Envelope &env) -> Result<CreatedJob> { return Mapping::createdJob(env, name); },
                     std::move(done));
}

void Api::stopTraining(const QString &taskId, QObject *context, Completion<Done> done)
{
    send<Done>(post(QStringLiteral("/api/kernel/trainOperator/stopTask"), {{QStringLiteral("taskId"), taskId}}, true,
                    taskQuery(taskId)),
               tr("stop training job"), context, &Mapping::done, std::move(done));
}

void Api::deleteTraining(const QStringList &taskIds, QObject *context, Completion<Done> done)
{
    const QStringList ids = cleanIds(taskIds);
    if (ids.isEmpty()) {
        refuse(context, std::move(done), tr("Choose at least one job to delete."));
        return;
    }
    // The example's taskIds array (the table writes one taskId).
    send<Done>(post(QStringLiteral("/api/kernel/trainOperator/deleteTask"), {{QStringLiteral("taskIds"), QJsonArray::fromStringList(ids)}},
                    true),
               tr("delete training jobs"), context, &Mapping::done, std::move(done));
}

// ---- fine-tuning ----------------------------------------------------------------------------------

void Api::createFineTune(const TaskRequest &request, QObject *context, Completion<CreatedJob> done)
{
    const QString name = request.name.trimmed();
    send<CreatedJob>(post(QStringLiteral("/api/kernel/fineTune/createLlmFineTuneTask"),
                          Mapping::taskBody(request, Mapping::TaskFlavor::FineTune), true),
                     tr("create fine-tune job"), context,
                     [name](const Envelope &env) -> Result<CreatedJob> { return Mapping::createdJob(env, name); },
                     std::move(done));
}

void Api::stopFineTune(const QString &taskId, QObject *context, Completion<Done> done)
{
    send<Done>(post(QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask"), {{QStringLiteral("taskId"), taskId}}, true,
                    taskQuery(taskId)),
               tr("stop fine-tune job"), context, &Mapping::done, std::move(done));
}

void Api::deleteFineTune(const QStringList &taskIds, QObject *context, Completion<Done> done)
{
    const QStringList ids = cleanIds(taskIds);
    if (ids.isEmpty()) {
        refuse(context, std::move(done), tr("Choose at least one job to delete."));
        return;
    }
    // A DELETE with the example's JSON body (its declared form content type cannot carry an array).
    HttpRequest r = post(QStringLiteral("/api/kernel/fineTune/deleteLlmFineTuneTask"),
                         {{QStringLiteral("taskIds"), QJsonArray::fromStringList(ids)}}, true);
    r.method = "DELETE";
    send<Done>(std::move(r), tr("delete fine-tune jobs"), context, &Mapping::done, std::move(done));
}

// ---- compute tasks ----------------------------------------------------------------------------------

void Api::createComputeTask(const TaskRequest &request, ComputeKind kind, QObject *context, Completion<CreatedJob> done)
{
    const QString name = request.name.trimmed();
    send<CreatedJob>(post(QStringLiteral("/api/kernel/computationTask/train"),
                          Mapping::taskBody(request, Mapping::TaskFlavor::Compute, kind), true),
                     tr("create compute task"), context,
                     [name](const Envelope &env) -> Result<CreatedJob> { return Mapping::createdJob(env, name); },
                     std::move(done));
}

void Api::stopComputeTask(const QString &taskId, const QString &createWay, QObject *context, Completion<Done> done)
{
    send<Done>(post(QStringLiteral("/api/kernel/computationTask/stop"),
                    {{QStringLiteral("taskId"), taskId}, {QStringLiteral("createWay"), createWay}}, true),
               tr("stop compute task"), context, &Mapping::done, std::move(done));
}

void Api::deleteComputeTasks(const QStringList &taskIds, const QString &createWay, QObject *context, Completion<Done> done)
{
    const QStringList ids = cleanIds(taskIds);
    if (ids.isEmpty()) {
        refuse(context, std::move(done), tr("Choose at least one task to delete."));
        return;
    }
    send<Done>(post(QStringLiteral("/api/kernel/computationTask/deleteTask"),
                    {{QStringLiteral("taskIds"), QJsonArray::fromStringList(ids)}, {QStringLiteral("createWay"), createWay}}, true),
               tr("delete compute tasks"), context, &Mapping::done, std::move(done));
}

void Api::checkResume(const QString &taskId, const QString &createWay, QObject *context, Completion<Done> done)
{
    const QString path = createWay == u"userDefined"
        ? QStringLiteral("/api/kernel/trainOperator/checkCanResumeTrainOperatorTask/")
        : QStringLiteral("/api/kernel/fineTune/checkCanResumeFineTuneTask/");
    send<Done>(post(path + encodedPathSegment(taskId), {}, false), tr("resume check"), context, &Mapping::resumeCheck,
               std::move(done));
}

void Api::resume(const QString &taskId, const QString &createWay, QObject *context, Completion<Done> done)
{
    const QString path = createWay == u"userDefined" ? QStringLiteral("/api/kernel/trainOperator/resumeTrainOperatorTask")
                                                       : QStringLiteral("/api/kernel/fineTune/resumeLlmFineTuneTask");
    HttpRequest r = post(path, {}, true, taskQuery(taskId));
    r.body.clear(); // the id travels in the query; the document sends no body
    send<Done>(std::move(r), tr("resume compute task"), context, &Mapping::done, std::move(done));
}

void Api::cloneSettings(const QString &taskId, const QString &createWay, const QString &userId, QObject *context,
                        Completion<Envelope> done)
{
    send<Envelope>(post(QStringLiteral("/api/kernel/computationTask/cloneTask"),
                        {{QStringLiteral("userId"), userId}, {QStringLiteral("taskId"), taskId}, {QStringLiteral("createWay"), createWay}},
                        false),
                   tr("settings of a task to clone"), context, [](const Envelope &env) -> Result<Envelope> { return env; },
                   std::move(done));
}

void Api::registerModel(const QString &name, const QString &description, int authority, const QString &sourceFile,
                        const QStringList &taskTags, QObject *context, Completion<QPair<QString, QString>> done)
{
    if (name.trimmed().isEmpty()) {
        refuse(context, std::move(done), tr("Give the model a name."));
        return;
    }
    // The fields at the top level: `createDTO` names the Java parameter, as elsewhere in the document.
    send<QPair<QString, QString>>(post(QStringLiteral("/api/market/datahub/model/create"),
                                       {{QStringLiteral("name"), name.trimmed()},
                                        {QStringLiteral("description"), description},
                                        {QStringLiteral("authority"), authority},
                                        {QStringLiteral("taskTags"), QJsonArray::fromStringList(taskTags)},
                                        {QStringLiteral("sourceFile"), sourceFile}},
                                       true),
                                  tr("register model"), context, &Mapping::registeredModel, std::move(done));
}

} // namespace suanli::unis
