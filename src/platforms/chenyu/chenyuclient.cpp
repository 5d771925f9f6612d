#include "chenyuclient.h"

#include "chenyumapping.h"

#include "core/accountsession.h"
#include "core/httpclient.h"
#include "core/timeparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace suanli::chenyu {

Client::Client(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    session->http()->setAuthInjector([session](HttpRequest &request) {
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + session->secret().toUtf8()});
    });
}

Client::~Client() = default;

void Client::post(const QString &path, const QJsonObject &body, bool unsafe, const QString &label, QObject *context,
                  std::function<void(const Result<QJsonObject> &)> handler)
{
    HttpRequest req = HttpRequest::postJson(m_session->endpoint(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                            unsafe ? HttpRequest::Safety::Unsafe : HttpRequest::Safety::Safe);
    req.label = label;
    HttpJob *job = m_session->http()->send(std::move(req));
    connect(job, &HttpJob::finished, context, [handler = std::move(handler)](const Result<HttpResponse> &r) {
        handler(Mapping::envelope(r));
    });
}

namespace {

QJsonObject pageBody(int page, int pageSize, const QString &keyword)
{
    QJsonObject body{{QStringLiteral("page"), std::max(1, page)},
                     {QStringLiteral("page_size"), std::clamp(pageSize, 1, Client::kMaxPageSize)}};
    body.insert(QStringLiteral("kw"), keyword);
    return body;
}

template<typename T, typename Map>
std::function<void(const Result<QJsonObject> &)> mapped(Map map, std::function<void(const Result<T> &)> done)
{
    return [map, done = std::move(done)](const Result<QJsonObject> &r) {
        if (!r)
            done(r.error());
        else
            done(map(r.value()));
    };
}

} // namespace

void Client::balance(QObject *context, Completion<AccountBalance> done)
{
    post(QStringLiteral("/api/v1/finances/balance"), {}, false, tr("balance"), context,
         mapped<AccountBalance>(&Mapping::balance, std::move(done)));
}

void Client::recharges(int page, int pageSize, const QString &keyword, QObject *context, Completion<Page<RechargeRecord>> done)
{
    post(QStringLiteral("/api/v1/finances/recharge"), pageBody(page, pageSize, keyword), false, tr("recharge history"), context,
         mapped<Page<RechargeRecord>>([page, pageSize](const QJsonObject &o) {
             auto r = Mapping::recharges(o);
             if (r) { r.value().page = page; r.value().pageSize = pageSize; }
             return r;
         }, std::move(done)));
}

void Client::bills(int page, int pageSize, const QString &keyword, QObject *context, Completion<Page<BillRecord>> done)
{
    post(QStringLiteral("/api/v1/finances/bill"), pageBody(page, pageSize, keyword), false, tr("bills"), context,
         mapped<Page<BillRecord>>([page, pageSize](const QJsonObject &o) {
             auto r = Mapping::bills(o);
             if (r) { r.value().page = page; r.value().pageSize = pageSize; }
             return r;
         }, std::move(done)));
}

void Client::pods(int page, int pageSize, const QString &keyword, QObject *context, Completion<Page<Pod>> done)
{
    post(QStringLiteral("/api/v1/app/list"), pageBody(page, pageSize, keyword), false, tr("pod list"), context,
         mapped<Page<Pod>>([page, pageSize](const QJsonObject &o) {
             auto r = Mapping::pods(o);
             if (r) { r.value().page = page; r.value().pageSize = pageSize; }
             return r;
         }, std::move(done)));
}

void Client::allPods(QObject *context, Completion<QList<Pod>> done)
{
    auto pods = std::make_shared<QList<Pod>>();
    // Only the request in flight holds the pager: if `context` goes away, so does everything.
    auto fetch = std::make_shared<std::function<void(int)>>();
    *fetch = [this, context, pods, weak = std::weak_ptr(fetch), done](int page) {
        this->pods(page, kMaxPageSize, {}, context, [pods, self = weak.lock(), done, page](const Result<Page<Pod>> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            *pods += r.value().items;
            if (r.value().items.isEmpty() || pods->size() >= r.value().total || page >= 1000)
                done(*pods);
            else
                (*self)(page + 1);
        });
    };
    (*fetch)(1);
}

void Client::gpuModels(QObject *context, Completion<GpuCatalog> done)
{
    post(QStringLiteral("/api/v1/gpu/models"), {}, false, tr("GPU models"), context,
         mapped<GpuCatalog>(&Mapping::gpuModels, std::move(done)));
}

void Client::instances(InstanceStatus status, int page, int pageSize, QObject *context, Completion<Page<Instance>> done)
{
    QJsonObject body{{QStringLiteral("page"), std::max(1, page)},
                     {QStringLiteral("page_size"), std::clamp(pageSize, 1, kMaxPageSize)},
                     {QStringLiteral("status"), int(status)}};
    post(QStringLiteral("/api/v1/app/instance/list"), body, false, tr("instance list"), context,
         mapped<Page<Instance>>([page, pageSize](const QJsonObject &o) {
             auto r = Mapping::instances(o);
             if (r) { r.value().page = page; r.value().pageSize = pageSize; }
             return r;
         }, std::move(done)));
}

QList<InstanceStatus> Client::liveStatuses()
{
    return {InstanceStatus::Created, InstanceStatus::Starting, InstanceStatus::Running, InstanceStatus::Stopping,
            InstanceStatus::Stopped};
}

void Client::allInstances(bool includeDestroyed, QObject *context, Completion<QList<Instance>> done)
{
    QList<InstanceStatus> statuses = liveStatuses();
    if (includeDestroyed)
        statuses.append(InstanceStatus::Destroyed);

    // The statuses are queried side by side; each walks its pages. The answer is assembled in
    // status order once all are in, so the result does not depend on network timing.
    struct State {
        QList<QList<Instance>> perStatus;
        int pending = 0;
        bool failed = false;
        Completion<QList<Instance>> done;
    };
    auto state = std::make_shared<State>();
    state->perStatus.resize(statuses.size());
    state->pending = int(statuses.size());
    state->done = std::move(done);

    auto finishOne = [state]() {
        if (--state->pending > 0 || state->failed)
            return;
        QList<Instance> all;
        QSet<QString> seen;
        for (const auto &list : std::as_const(state->perStatus)) {
            for (const Instance &i : list) {
                // An instance that changed status between two queries can show up twice.
                if (!seen.contains(i.uuid)) {
                    seen.insert(i.uuid);
                    all.append(i);
                }
            }
        }
        state->done(all);
    };

    for (int idx = 0; idx < statuses.size(); ++idx) {
        const InstanceStatus status = statuses[idx];
        // Only the request in flight holds the pager: if `context` goes away, so does everything.
        auto fetch = std::make_shared<std::function<void(int)>>();
        *fetch = [this, context, state, weak = std::weak_ptr(fetch), idx, status, finishOne](int page) {
            instances(status, page, kMaxPageSize, context,
                      [state, self = weak.lock(), idx, page, finishOne](const Result<Page<Instance>> &r) {
                          if (state->failed)
                              return;
                          if (!r) {
                              state->failed = true;
                              state->done(r.error());
                              return;
                          }
                          state->perStatus[idx] += r.value().items;
                          if (r.value().items.isEmpty() || state->perStatus[idx].size() >= r.value().total || page >= 1000)
                              finishOne();
                          else
                              (*self)(page + 1);
                      });
        };
        (*fetch)(1);
    }
}

void Client::instanceStatus(const QString &uuid, QObject *context, Completion<InstanceState> done)
{
    post(QStringLiteral("/api/v1/app/instance/status"), {{QStringLiteral("instance_uuid"), uuid}}, false,
         tr("instance status"), context, mapped<InstanceState>(&Mapping::instanceState, std::move(done)));
}

void Client::createInstance(const CreateInstanceParams &params, QObject *context, Completion<Instance> done)
{
    QJsonObject body{{QStringLiteral("image_tag"), params.imageTag},
                     {QStringLiteral("gpu_model_uuid"), params.gpuModelUuid},
                     {QStringLiteral("auto_start"), params.autoStart ? 1 : 0}};
    if (!params.podUuid.isEmpty())
        body.insert(QStringLiteral("pod_uuid"), params.podUuid);
    if (!params.imageUuid.isEmpty())
        body.insert(QStringLiteral("image_uuid"), params.imageUuid);
    post(QStringLiteral("/api/v1/app/instance/create"), body, true, tr("create instance"), context,
         mapped<Instance>(&Mapping::createdInstance, std::move(done)));
}

void Client::simpleWrite(const QString &path, const QJsonObject &body, const QString &label, QObject *context,
                         Completion<Done> done)
{
    post(path, body, true, label, context, [done = std::move(done)](const Result<QJsonObject> &r) {
        if (!r)
            done(r.error());
        else
            done(Done{});
    });
}

void Client::start(const QString &uuid, QObject *context, Completion<Done> done)
{
    simpleWrite(QStringLiteral("/api/v1/app/instance/start"), {{QStringLiteral("instance_uuid"), uuid}}, tr("start"),
                context, std::move(done));
}

void Client::restart(const QString &uuid, QObject *context, Completion<Done> done)
{
    simpleWrite(QStringLiteral("/api/v1/app/instance/restart"), {{QStringLiteral("instance_uuid"), uuid}}, tr("restart"),
                context, std::move(done));
}

void Client::scheduleShutdown(const QString &uuid, const QDateTime &when, QObject *context, Completion<Done> done)
{
    simpleWrite(QStringLiteral("/api/v1/app/instance/scheduled/shutdown"),
                {{QStringLiteral("instance_uuid"), uuid}, {QStringLiteral("regular_time"), formatChinaWallClock(when)}},
                tr("scheduled shutdown"), context, std::move(done));
}

void Client::cancelScheduledShutdown(const QString &uuid, QObject *context, Completion<Done> done)
{
    simpleWrite(QStringLiteral("/api/v1/app/instance/scheduled/shutdown"),
                {{QStringLiteral("instance_uuid"), uuid}, {QStringLiteral("cancel"), true}},
                tr("cancel scheduled shutdown"), context, std::move(done));
}

void Client::destroy(const QString &uuid, const QString &reason, QObject *context, Completion<Done> done)
{
    QJsonObject body{{QStringLiteral("instance_uuid"), uuid}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("shutdown_reason"), reason);
    simpleWrite(QStringLiteral("/api/v1/app/instance/stop"), body, tr("destroy"), context, std::move(done));
}

} // namespace suanli::chenyu
