#include "unisprovider.h"

#include "unismapping.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/jsonutil.h"

#include <QHash>
#include <QPointer>

#include <memory>

namespace suanli::unis {

namespace {

// Clocks of a private deployment may be off: a job created "before" the request by this much
// still counts as the new one.
constexpr qint64 kClockMarginSecs = 120;

const QList<ResourceKind> kListedKinds{ResourceKind::DevEnv, ResourceKind::Training, ResourceKind::FineTune,
                                       ResourceKind::ComputeTask};

bool isActive(ResourceStatus s)
{
    return s == ResourceStatus::Pending || s == ResourceStatus::Creating || s == ResourceStatus::Starting
        || s == ResourceStatus::Running;
}

QString displayName(const Resource &r)
{
    if (r.name.isEmpty() || r.name == r.id)
        return r.id;
    return UnisProvider::tr("%1 (%2)").arg(r.name, r.id);
}

QString kindText(ResourceKind kind)
{
    return ResourceNames::kindLabel(kind);
}

} // namespace

UnisProvider::UnisProvider(AccountSession *session, QObject *parent)
    : Provider(session, parent)
    , m_client(new Client(session, this))
    , m_api(new Api(m_client, this))
    , m_details(new JobDetails(m_api, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_client, &Client::signedIn, this, [this](const QString &user) {
        log(true, tr("Signed in to the UNIS platform as %1.").arg(user));
    });
    connect(m_client, &Client::signInFailed, this, [this](const ApiError &error) {
        log(false, tr("Signing in to the UNIS platform failed: %1").arg(error.toDisplayString()));
    });
    // Another login is another user, whose jobs are others.
    connect(session, &AccountSession::accountChanged, this, [this] {
        m_me.reset();
        m_details->clear();
    });
}

UnisProvider::~UnisProvider() = default;

void UnisProvider::log(bool ok, const QString &message) const
{
    if (EventLog *log = session()->eventLog()) {
        if (ok)
            log->info(session()->name(), message);
        else
            log->error(session()->name(), message);
    }
}

Mapping::RowContext UnisProvider::rowContext() const
{
    Mapping::RowContext c;
    c.accountId = session()->account().id;
    c.baseUrl = session()->account().baseUrl;
    c.currentUser = m_me ? m_me->userName : session()->account().login;
    c.now = m_clock();
    return c;
}

void UnisProvider::setClock(Client::Clock clock)
{
    m_clock = clock ? clock : Client::Clock([] { return QDateTime::currentDateTimeUtc(); });
    m_details->setClock(std::move(clock));
}

// ---- capabilities and actions ----------------------------------------------------------------------

Provider::Capabilities UnisProvider::capabilities() const
{
    // CreateInstance: dev environments and jobs are created from the GUI (createDevEnv() and the
    // task creates); without it the GUI offers no way to create anything.
    return Capability::ListResources | Capability::Quotas | Capability::ResourceKinds | Capability::RemoteAccess
        | Capability::CreateInstance;
}

QList<Action> UnisProvider::actions() const
{
    return {Action::Start, Action::Stop, Action::Resume, Action::Clone, Action::RegisterModel, Action::Destroy};
}

ActionInfo UnisProvider::actionInfo(Action action) const
{
    switch (action) {
    case Action::Start:
        return {tr("Start"), QStringLiteral("start"), false,
                tr("A running dev environment uses the account's compute quota until it is stopped.")};
    case Action::Stop:
        return {tr("Stop"), QStringLiteral("stop"), false, {}};
    case Action::Resume:
        return {tr("Resume"), QStringLiteral("resume"), true,
                tr("The task runs again from its last checkpoint and uses the account's compute quota.")};
    case Action::Clone:
        return {tr("Clone…"), QStringLiteral("clone"), true,
                tr("A new task with the same settings is created and starts at once, using the account's compute "
                   "quota.")};
    case Action::RegisterModel:
        return {tr("Register model…"), QStringLiteral("register-model"), false,
                tr("What the job wrote to its output folder becomes a private model in the AI assets.")};
    case Action::Destroy:
        return {tr("Delete…"), QStringLiteral("destroy"), true,
                tr("Deleting removes the job and its record from the platform. This cannot be undone.")};
    default:
        break;
    }
    return {};
}

QString UnisProvider::missingActionNote(Action action) const
{
    if (action == Action::Restart)
        return tr("The UNIS platform has no restart: stop the dev environment, then start it.");
    return {};
}

Availability UnisProvider::availability(const Resource &r, Action action) const
{
    const bool job = r.kind == ResourceKind::Training || r.kind == ResourceKind::FineTune || r.kind == ResourceKind::ComputeTask;
    if (r.kind == ResourceKind::OnlineService || r.kind == ResourceKind::Evaluation)
        return Availability::no(tr("Online services and evaluations are managed in the UNIS web console."));
    if (r.status == ResourceStatus::Destroyed)
        return Availability::no(tr("This job has been deleted."));
    switch (action) {
    case Action::Start:
        if (r.kind != ResourceKind::DevEnv)
            return Availability::no(r.kind == ResourceKind::ComputeTask
                                        ? tr("A compute task cannot be started again; resume it or clone it.")
                                        : tr("Only dev environments can be started; create the job again instead."));
        if (r.status == ResourceStatus::Stopped || r.status == ResourceStatus::Failed)
            return Availability::yes();
        return Availability::no(tr("Only a stopped dev environment can be started."));
    case Action::Stop:
        if (r.kind == ResourceKind::DevEnv) {
            if (r.status == ResourceStatus::Running || r.status == ResourceStatus::Starting)
                return Availability::yes();
            return Availability::no(tr("Only a running dev environment can be stopped."));
        }
        if (isActive(r.status))
            return Availability::yes();
        return Availability::no(tr("Only a job that is queued or running can be stopped."));
    case Action::Resume:
        if (r.kind != ResourceKind::ComputeTask || !Mapping::computeKindOf(r))
            return Availability::no(tr("Only compute tasks can be resumed."));
        if (r.status == ResourceStatus::Stopped || r.status == ResourceStatus::Failed)
            return Availability::yes();
        return Availability::no(tr("Only a stopped or failed compute task can be resumed."));
    case Action::Clone:
        if (r.kind != ResourceKind::ComputeTask || !Mapping::computeKindOf(r))
            return Availability::no(tr("Only compute tasks can be cloned."));
        return Availability::yes();
    case Action::RegisterModel:
        if (!job)
            return Availability::no(tr("Only a training, fine-tune or compute task's output can be registered as a model."));
        if (r.status == ResourceStatus::Succeeded)
            return Availability::yes();
        return Availability::no(tr("Only a job that succeeded has a model to register."));
    case Action::Destroy:
        if (r.kind == ResourceKind::DevEnv && r.statusText == Mapping::notebookStatusText(5))
            return Availability::no(tr("The dev environment is being deleted."));
        return Availability::yes();
    default:
        break;
    }
    return Availability::no(tr("The UNIS platform does not offer this action."));
}

QString UnisProvider::requestText(const ActionRequest &request)
{
    switch (request.action) {
    case Action::Start: return tr("start");
    case Action::Stop: return tr("stop");
    case Action::Resume: return tr("resume");
    case Action::Clone: return tr("clone");
    case Action::RegisterModel: return tr("register model");
    case Action::Destroy: return tr("delete");
    default: return tr("action");
    }
}

// ---- who am I -------------------------------------------------------------------------------------

void UnisProvider::whoAmI(QObject *context, Completion<UserInfo> done, bool refresh)
{
    if (m_me && !refresh) {
        deliverLater<UserInfo>(context, std::move(done), *m_me);
        return;
    }
    m_api->getInfo(context, [this, done = std::move(done)](const Result<UserInfo> &r) {
        track(r);
        if (r) {
            m_me = r.value();
            Q_EMIT userChanged();
        }
        done(r);
    });
}

void UnisProvider::withUser(QObject *context, std::function<void(const Result<UserInfo> &)> next)
{
    if (m_me) {
        next(*m_me);
        return;
    }
    whoAmI(context, std::move(next));
}

void UnisProvider::verify(QObject *context, Completion<Done> done)
{
    session()->setState(AccountState::SigningIn);
    QPointer<QObject> guard(context);
    m_client->signIn(context, [this, context, guard, done = std::move(done)](const Result<Done> &r) {
        if (!r) {
            track(r);
            done(r.error());
            return;
        }
        whoAmI(context, [done](const Result<UserInfo> &me) {
            if (me)
                done(Done{});
            else
                done(me.error());
        }, true);
    });
}

void UnisProvider::balance(QObject *context, Completion<Balance> done)
{
    deliverLater<Balance>(context, std::move(done),
                          ApiError::unsupported(tr("The UNIS platform has quotas, not a balance: see the quotas instead.")));
}

void UnisProvider::quotas(QObject *context, Completion<Quotas> done)
{
    withUser(context, [this, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        struct State
        {
            Quotas quotas;
            int pending = 2;
            std::optional<ApiError> firstError;
            Completion<Quotas> done;
        };
        auto state = std::make_shared<State>();
        state->done = done;
        auto finish = [this, state] {
            if (--state->pending > 0)
                return;
            if (!state->quotas.remaining && !state->quotas.storage && state->firstError) {
                track(Result<Done>(*state->firstError));
                state->done(*state->firstError);
                return;
            }
            track(Result<Done>(Done{}));
            state->done(state->quotas);
        };
        m_api->remainingResources(me.value().userId, context, [state, finish](const Result<RemainingResources> &r) {
            if (r) {
                state->quotas.remaining = r.value();
            } else {
                state->quotas.remainingError = r.error().toDisplayString();
                if (!state->firstError)
                    state->firstError = r.error();
            }
            finish();
        });
        m_api->storageQuota(me.value().userId, me.value().uid, context, [state, finish](const Result<StorageQuota> &r) {
            if (r) {
                state->quotas.storage = r.value();
            } else {
                state->quotas.storageError = r.error().toDisplayString();
                if (!state->firstError)
                    state->firstError = r.error();
            }
            finish();
        });
    });
}

// ---- lists ------------------------------------------------------------------------------------------

void UnisProvider::listKind(ResourceKind kind, QObject *context, Completion<QList<Resource>> done)
{
    readKind(kind, context, [this, kind, context, done = std::move(done)](const Result<QList<Resource>> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        m_details->retain(kind, r.value());
        m_details->complete(r.value(), context, [done](const QList<Resource> &rows) { done(rows); });
    });
}

void UnisProvider::readKind(ResourceKind kind, QObject *context, Completion<QList<Resource>> done)
{
    withUser(context, [this, kind, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        const Mapping::RowContext rc = rowContext();
        auto mapRows = [done, rc](Resource (*map)(const QJsonObject &, const Mapping::RowContext &)) {
            return [done, rc, map](const Result<QList<QJsonObject>> &r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                QList<Resource> out;
                out.reserve(r.value().size());
                for (const QJsonObject &o : r.value()) {
                    Resource res = map(o, rc);
                    if (!res.id.isEmpty())
                        out.append(res);
                }
                done(out);
            };
        };
        switch (kind) {
        case ResourceKind::DevEnv:
            m_api->notebooks(context, mapRows(&Mapping::devEnvResource));
            return;
        case ResourceKind::Training:
            m_api->trainingJobs(me.value().userId, context, mapRows(&Mapping::trainingResource));
            return;
        case ResourceKind::FineTune:
            m_api->fineTuneJobs(me.value().userId, context, mapRows(&Mapping::fineTuneResource));
            return;
        case ResourceKind::ComputeTask:
        case ResourceKind::OnlineService:
        case ResourceKind::Evaluation:
            m_api->computeTasks(me.value().userId, me.value().userName, QString(), QString(), context,
                                mapRows(&Mapping::computeResource));
            return;
        default:
            done(ApiError::unsupported(tr("The UNIS platform has no jobs of this kind.")));
            return;
        }
    });
}

void UnisProvider::listComputeTasks(ResourceStatus status, const QString &name, QObject *context,
                                    Completion<QList<Resource>> done)
{
    withUser(context, [this, status, name, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        const Mapping::RowContext rc = rowContext();
        m_api->computeTasks(me.value().userId, me.value().userName, Mapping::computeStatusFilter(status), name.trimmed(),
                            context, [this, rc, context, done](const Result<QList<QJsonObject>> &r) {
                                track(r);
                                if (!r) {
                                    done(r.error());
                                    return;
                                }
                                QList<Resource> out;
                                for (const QJsonObject &o : r.value())
                                    out.append(Mapping::computeResource(o, rc));
                                // A filtered list: it completes rows but is no reason to forget any.
                                m_details->complete(out, context, [done](const QList<Resource> &rows) { done(rows); });
                            });
    });
}

void UnisProvider::listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done)
{
    Q_UNUSED(options); // deleted jobs are not listed by the platform
    struct State
    {
        QHash<ResourceKind, QList<Resource>> rows;
        QList<QPair<ResourceKind, ApiError>> errors;
        int pending = 0;
        Completion<QList<Resource>> done;
    };
    auto state = std::make_shared<State>();
    state->pending = int(kListedKinds.size());
    state->done = std::move(done);
    withUser(context, [this, state, context](const Result<UserInfo> &me) {
        if (!me) {
            state->done(me.error());
            return;
        }
        for (ResourceKind kind : kListedKinds) {
            listKind(kind, context, [this, state, kind](const Result<QList<Resource>> &r) {
                if (r)
                    state->rows.insert(kind, r.value());
                else
                    state->errors.append({kind, r.error()});
                if (--state->pending > 0)
                    return;
                m_listProblems.clear();
                for (const auto &[failedKind, error] : std::as_const(state->errors)) {
                    const QString line = tr("%1 could not be listed: %2").arg(kindText(failedKind), error.toDisplayString());
                    m_listProblems.append(line);
                    if (state->errors.size() < kListedKinds.size())
                        log(false, line);
                }
                if (state->errors.size() == kListedKinds.size()) {
                    track(Result<Done>(state->errors.first().second));
                    state->done(state->errors.first().second);
                    return;
                }
                track(Result<Done>(Done{}));
                // A job may show in its own list and in the compute-task list: the compute
                // task, with its resume / clone actions, wins.
                QList<Resource> out;
                QSet<QString> seen;
                for (ResourceKind k : {ResourceKind::ComputeTask, ResourceKind::DevEnv, ResourceKind::Training,
                                       ResourceKind::FineTune}) {
                    for (const Resource &res : state->rows.value(k)) {
                        const QString key = (res.kind == ResourceKind::DevEnv ? QStringLiteral("d:") : QStringLiteral("j:")) + res.id;
                        if (seen.contains(key))
                            continue;
                        seen.insert(key);
                        out.append(res);
                    }
                }
                state->done(out);
            });
        }
    });
}

void UnisProvider::resource(const QString &id, QObject *context, Completion<Resource> done)
{
    QPointer<QObject> guard(context);
    listResources({}, context, [this, id, context, guard, done = std::move(done)](const Result<QList<Resource>> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        std::optional<Resource> row;
        for (const Resource &res : r.value()) {
            if (res.id == id) {
                row = res;
                break;
            }
        }
        if (!row) {
            done(ApiError::platform(QString(), tr("No job with id %1.").arg(id)));
            return;
        }
        const Resource base = *row;
        auto withPodsThen = [this, context, done](const Resource &res) {
            if (res.kind == ResourceKind::DevEnv || res.kind == ResourceKind::OnlineService) {
                done(res);
                return;
            }
            m_api->pods(res.id, context, [res, done](const Result<QList<Pod>> &p) {
                // The detail is worth having without the pods' times.
                done(p ? Mapping::withPods(res, p.value()) : res);
            });
        };
        auto detailDone = [base, withPodsThen](const Result<QJsonObject> &d) {
            withPodsThen(d ? Mapping::withDetail(base, d.value()) : base);
        };
        switch (base.kind) {
        case ResourceKind::DevEnv:
            m_api->notebook(base.id, context, [base, done](const Result<QJsonObject> &d) {
                if (!d) {
                    done(base);
                    return;
                }
                Mapping::RowContext rc;
                rc.accountId = base.accountId;
                Resource fresh = Mapping::devEnvResource(d.value(), rc);
                // Keep what only the list row knew.
                Resource merged = base;
                merged.status = fresh.status;
                merged.statusText = fresh.statusText;
                QJsonObject raw = base.raw;
                raw.insert(QStringLiteral("detail"), fresh.raw);
                merged.raw = raw;
                if (!fresh.remote.host.isEmpty())
                    merged.remote = fresh.remote;
                done(merged);
            });
            return;
        case ResourceKind::Training:
            m_api->trainingJob(base.id, context, detailDone);
            return;
        case ResourceKind::FineTune:
            m_api->fineTuneJob(base.id, context, detailDone);
            return;
        case ResourceKind::ComputeTask:
            if (Mapping::createWayOf(base) == u"userDefined")
                m_api->trainingJob(base.id, context, detailDone);
            else
                m_api->fineTuneJob(base.id, context, detailDone);
            return;
        default:
            withPodsThen(base);
            return;
        }
    });
}

void UnisProvider::pods(const Resource &job, QObject *context, Completion<QList<Pod>> done)
{
    m_api->pods(job.id, context, [this, done = std::move(done)](const Result<QList<Pod>> &r) {
        track(r);
        done(r);
    });
}

void UnisProvider::events(const Pod &pod, QObject *context, Completion<QList<PodEvent>> done)
{
    events(pod.podUid, context, std::move(done));
}

void UnisProvider::events(const QString &podUid, QObject *context, Completion<QList<PodEvent>> done)
{
    if (podUid.trimmed().isEmpty()) {
        deliverLater<QList<PodEvent>>(context, std::move(done), ApiError::unsupported(tr("This pod has no UID to ask its events by.")));
        return;
    }
    m_api->podEvents(podUid.trimmed(), context, [this, done = std::move(done)](const Result<QList<PodEvent>> &r) {
        track(r);
        done(r);
    });
}

// ---- actions ----------------------------------------------------------------------------------------

void UnisProvider::perform(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done)
{
    const Availability a = availability(resource, request.action);
    if (!a.available) {
        log(false, tr("%1: %2 — not sent: %3").arg(displayName(resource), requestText(request), a.reason));
        deliverLater<Done>(context, std::move(done), ApiError::unsupported(a.reason));
        return;
    }
    const QString what = requestText(request);
    const QString name = displayName(resource);
    log(true, tr("Sent: %1 for %2.").arg(what, name));
    performOn(resource, request, context, [this, what, name, done = std::move(done)](const Result<Done> &r) {
        track(r);
        if (r)
            log(true, tr("%1: %2 — accepted by the platform.").arg(name, what));
        else
            log(false, tr("%1: %2 — failed: %3").arg(name, what, r.error().toDisplayString()));
        done(r);
    });
}

void UnisProvider::performOn(const Resource &r, const ActionRequest &request, QObject *context, Completion<Done> done)
{
    switch (request.action) {
    case Action::Start:
        m_api->startNotebook(r.id, context, std::move(done));
        return;
    case Action::Stop:
        switch (r.kind) {
        case ResourceKind::DevEnv:
            m_api->stopNotebook(r.id, context, std::move(done));
            return;
        case ResourceKind::Training:
            m_api->stopTraining(r.id, context, std::move(done));
            return;
        case ResourceKind::FineTune:
            m_api->stopFineTune(r.id, context, std::move(done));
            return;
        default:
            m_api->stopComputeTask(r.id, Mapping::createWayOf(r), context, std::move(done));
            return;
        }
    case Action::Destroy:
        switch (r.kind) {
        case ResourceKind::DevEnv:
            m_api->deleteNotebook(r.id, context, std::move(done));
            return;
        case ResourceKind::Training:
            m_api->deleteTraining({r.id}, context, std::move(done));
            return;
        case ResourceKind::FineTune:
            m_api->deleteFineTune({r.id}, context, std::move(done));
            return;
        default:
            m_api->deleteComputeTasks({r.id}, Mapping::createWayOf(r), context, std::move(done));
            return;
        }
    case Action::Resume: {
        // Ask first: the platform says why a task cannot go on (no checkpoint, say).
        const QString way = Mapping::createWayOf(r);
        const QString id = r.id;
        m_api->checkResume(id, way, context, [this, id, way, context, done = std::move(done)](const Result<Done> &check) {
            if (!check) {
                done(check.error());
                return;
            }
            m_api->resume(id, way, context, done);
        });
        return;
    }
    case Action::Clone:
        cloneTask(r, request.name, context, std::move(done));
        return;
    case Action::RegisterModel:
        registerModel(r, request.name, context, std::move(done));
        return;
    default:
        deliverLater<Done>(context, std::move(done), ApiError::unsupported(tr("The UNIS platform does not offer this action.")));
        return;
    }
}

void UnisProvider::cloneTask(const Resource &r, const QString &requestedName, QObject *context, Completion<Done> done)
{
    const std::optional<ComputeKind> kind = Mapping::computeKindOf(r);
    const QString name = requestedName.trimmed().isEmpty() ? r.name + QStringLiteral("-clone") : requestedName.trimmed();
    const QString way = Mapping::createWayOf(r);
    withUser(context, [this, r, kind, name, way, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        m_api->cloneSettings(r.id, way, me.value().userId, context,
                             [this, kind, name, me = me.value(), context, done](const Result<Envelope> &settings) {
                                 if (!settings) {
                                     done(settings.error());
                                     return;
                                 }
                                 Result<TaskRequest> request = Mapping::taskFromClone(settings.value(), name);
                                 if (!request) {
                                     done(request.error());
                                     return;
                                 }
                                 TaskRequest t = request.value();
                                 t.userId = me.userId;
                                 t.userName = me.userName;
                                 m_api->createComputeTask(t, kind.value_or(ComputeKind::FineTune), context,
                                                          [done](const Result<CreatedJob> &c) {
                                                              if (c)
                                                                  done(Done{});
                                                              else
                                                                  done(c.error());
                                                          });
                             });
    });
}

void UnisProvider::registerModel(const Resource &r, const QString &requestedName, QObject *context, Completion<Done> done)
{
    const QString name = requestedName.trimmed().isEmpty() ? r.name : requestedName.trimmed();
    auto registerFrom = [this, name, r, context, done](const QString &outputDir) {
        if (outputDir.isEmpty()) {
            done(ApiError::unsupported(tr("The platform does not say where %1 wrote its output.").arg(displayName(r))));
            return;
        }
        m_api->registerModel(name, tr("Registered from %1").arg(r.name), 1, outputDir, {}, context,
                             [done](const Result<QPair<QString, QString>> &m) {
                                 if (m)
                                     done(Done{});
                                 else
                                     done(m.error());
                             });
    };
    QString known = json::text(r.raw.value(QLatin1String("outputDir"))).trimmed();
    if (known.isEmpty())
        known = json::text(r.raw.value(QLatin1String("detail")).toObject().value(QLatin1String("outputDir"))).trimmed();
    if (!known.isEmpty()) {
        registerFrom(known);
        return;
    }
    // The compute list does not carry the output folder: the detail does.
    auto fromDetail = [registerFrom, done](const Result<QJsonObject> &d) {
        if (!d) {
            done(d.error());
            return;
        }
        registerFrom(json::text(d.value().value(QLatin1String("outputDir"))).trimmed());
    };
    if (r.kind == ResourceKind::Training || (r.kind == ResourceKind::ComputeTask && Mapping::createWayOf(r) == u"userDefined"))
        m_api->trainingJob(r.id, context, fromDetail);
    else
        m_api->fineTuneJob(r.id, context, fromDetail);
}

// ---- create -------------------------------------------------------------------------------------------

QList<Resource> UnisProvider::pickCreated(const QList<Resource> &rows, const QString &name, const QDateTime &notBefore,
                                          const std::optional<QSet<QString>> &before)
{
    QList<Resource> out;
    const QString wanted = name.trimmed();
    for (const Resource &r : rows) {
        if (r.name.trimmed() != wanted)
            continue;
        // A listing from before is the better witness: a known id is an older namesake.
        const bool fresh = before ? !before->contains(r.id)
                                  : notBefore.isValid() && r.createdAt.isValid()
                                        && r.createdAt >= notBefore.addSecs(-kClockMarginSecs);
        if (fresh)
            out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const Resource &a, const Resource &b) { return a.createdAt > b.createdAt; });
    return out;
}

void UnisProvider::findCreated(ResourceKind kind, const QString &name, const QDateTime &notBefore,
                               const std::optional<QSet<QString>> &before, QObject *context, Completion<QList<Resource>> done)
{
    // Names and ids are all it takes: the list alone, no details.
    readKind(kind, context, [kind, name, notBefore, before, done = std::move(done)](const Result<QList<Resource>> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        QList<Resource> rows;
        for (const Resource &res : r.value()) {
            if (res.kind == kind)
                rows.append(res);
        }
        done(pickCreated(rows, name, notBefore, before));
    });
}

void UnisProvider::createAndFind(ResourceKind kind, const QString &name, const QString &what,
                                 std::function<void(Completion<CreatedJob>)> create, QObject *context,
                                 Completion<CreateOutcome> done)
{
    // What exists before, so that a namesake from earlier is not taken for the new job.
    readKind(kind, context, [this, kind, name, what, create, context, done](const Result<QList<Resource>> &before) {
        std::optional<QSet<QString>> known;
        if (before) {
            known.emplace();
            for (const Resource &r : before.value())
                known->insert(r.id);
        }
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        log(true, tr("Sent: %1 \"%2\".").arg(what, name));
        create([this, kind, name, what, known, sentAt, context, done](const Result<CreatedJob> &created) {
            track(created);
            if (!created) {
                log(false, tr("%1 \"%2\" failed: %3").arg(what, name, created.error().toDisplayString()));
                done(created.error());
                return;
            }
            CreateOutcome outcome;
            outcome.job = created.value();
            outcome.job.sentAt = sentAt;
            findCreated(kind, name, sentAt, known, context, [this, outcome, what, name, done](const Result<QList<Resource>> &found) {
                CreateOutcome o = outcome;
                if (found)
                    o.found = found.value();
                if (!o.found.isEmpty() && o.job.id.isEmpty())
                    o.job.id = o.found.first().id;
                log(true, o.found.isEmpty() ? tr("%1 \"%2\" accepted; it is not listed yet.").arg(what, name)
                                            : tr("%1 \"%2\" accepted: %3.").arg(what, name, o.found.first().id));
                done(o);
            });
        });
    });
}

std::optional<QString> UnisProvider::validateDevEnv(const DevEnvRequest &r)
{
    if (r.name.trimmed().isEmpty())
        return tr("Give the dev environment a name.");
    if (r.imageId.trimmed().isEmpty() || r.image.trimmed().isEmpty())
        return tr("Choose an image.");
    if (r.resourceGroupId.trimmed().isEmpty() && r.specId.trimmed().isEmpty())
        return tr("Choose a spec or a resource group.");
    if (r.specId.trimmed().isEmpty() && (r.cpu < 1 || r.memoryGb < 1))
        return tr("Give the dev environment at least one CPU core and 1 GB of memory.");
    if (r.enableSsh && (r.sshAuthType < 1 || r.sshAuthType > 3))
        return tr("Choose how SSH signs in: password, key pair or both.");
    if (r.enableSsh && r.sshAuthType != 1 && r.keyPairId.trimmed().isEmpty())
        return tr("SSH with a key pair needs the key pair.");
    return std::nullopt;
}

std::optional<QString> UnisProvider::validateTask(const TaskRequest &r, Mapping::TaskFlavor flavor)
{
    Q_UNUSED(flavor);
    if (r.name.trimmed().isEmpty())
        return tr("Give the job a name.");
    if (r.imageId.trimmed().isEmpty())
        return tr("Choose an image.");
    if (r.zoneId.trimmed().isEmpty())
        return tr("Choose a resource group.");
    if (r.nodes.isEmpty())
        return tr("Give the job at least one node.");
    for (const NodeResource &n : r.nodes) {
        if (n.count < 1 || n.cpu < 1)
            return tr("Every node needs at least one instance and one CPU core.");
        if (n.gpuNum < 0)
            return tr("A node cannot have a negative number of GPUs.");
    }
    if (r.command.trimmed().isEmpty())
        return tr("Give the job a command to run (generate it from the algorithm's strategy).");
    return std::nullopt;
}

void UnisProvider::createDevEnv(const DevEnvRequest &input, const std::optional<PresetSpec> &spec, QObject *context,
                                Completion<CreateOutcome> done)
{
    DevEnvRequest request = input;
    if (spec) {
        request.specId = spec->specId;
        request.cpu = spec->cpuCores;
        request.memoryGb = spec->memoryGb;
        request.gpu = spec->notebookGpu();
    }
    if (auto problem = validateDevEnv(request)) {
        deliverLater<CreateOutcome>(context, std::move(done), ApiError::unsupported(*problem));
        return;
    }
    const QString name = request.name.trimmed();
    auto create = [this, name, context, done](const DevEnvRequest &r) {
        createAndFind(ResourceKind::DevEnv, name, tr("create dev environment"),
                      [this, r, context](Completion<CreatedJob> d) { m_api->createNotebook(r, context, std::move(d)); },
                      context, done);
    };
    if (!request.specId.isEmpty() && request.resourceGroupId.isEmpty()) {
        // The preset-spec flow: the spec decides the resource group.
        m_api->specPlacement(request.specId, 1, false, {}, context, [request, create, done](const Result<SpecPlacement> &p) {
            if (!p) {
                done(p.error());
                return;
            }
            DevEnvRequest r = request;
            r.resourceGroupId = p.value().resourceGroupId;
            create(r);
        });
        return;
    }
    create(request);
}

void UnisProvider::createTraining(const TaskRequest &input, QObject *context, Completion<CreateOutcome> done)
{
    if (auto problem = validateTask(input, Mapping::TaskFlavor::Training)) {
        deliverLater<CreateOutcome>(context, std::move(done), ApiError::unsupported(*problem));
        return;
    }
    withUser(context, [this, input, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        TaskRequest r = input;
        r.userId = me.value().userId;
        r.userName = me.value().userName;
        createAndFind(ResourceKind::Training, r.name.trimmed(), tr("create training job"),
                      [this, r, context](Completion<CreatedJob> d) { m_api->createTraining(r, context, std::move(d)); },
                      context, done);
    });
}

void UnisProvider::createFineTune(const TaskRequest &input, QObject *context, Completion<CreateOutcome> done)
{
    if (auto problem = validateTask(input, Mapping::TaskFlavor::FineTune)) {
        deliverLater<CreateOutcome>(context, std::move(done), ApiError::unsupported(*problem));
        return;
    }
    withUser(context, [this, input, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        TaskRequest r = input;
        r.userId = me.value().userId;
        r.userName = me.value().userName;
        createAndFind(ResourceKind::FineTune, r.name.trimmed(), tr("create fine-tune job"),
                      [this, r, context](Completion<CreatedJob> d) { m_api->createFineTune(r, context, std::move(d)); },
                      context, done);
    });
}

void UnisProvider::createComputeTask(const TaskRequest &input, ComputeKind kind, QObject *context,
                                     Completion<CreateOutcome> done)
{
    if (auto problem = validateTask(input, Mapping::TaskFlavor::Compute)) {
        deliverLater<CreateOutcome>(context, std::move(done), ApiError::unsupported(*problem));
        return;
    }
    withUser(context, [this, input, kind, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        TaskRequest r = input;
        r.userId = me.value().userId;
        r.userName = me.value().userName;
        createAndFind(ResourceKind::ComputeTask, r.name.trimmed(),
                      tr("create compute task (%1)").arg(Mapping::computeKindLabel(kind)),
                      [this, r, kind, context](Completion<CreatedJob> d) {
                          m_api->createComputeTask(r, kind, context, std::move(d));
                      },
                      context, done);
    });
}

// ---- create forms -----------------------------------------------------------------------------------

void UnisProvider::gpuModels(QObject *context, Completion<QStringList> done)
{
    m_api->gpuModels(context, std::move(done));
}

void UnisProvider::migProfiles(const QString &gpuModel, QObject *context, Completion<QStringList> done)
{
    m_api->migProfiles(gpuModel, context, std::move(done));
}

void UnisProvider::specs(QObject *context, Completion<SpecList> done)
{
    m_api->specList({}, context, std::move(done));
}

void UnisProvider::specPlacement(const QString &specId, QObject *context, Completion<SpecPlacement> done)
{
    m_api->specPlacement(specId, 1, false, {}, context, std::move(done));
}

void UnisProvider::resourceGroups(QObject *context, Completion<QList<ResourceGroup>> done)
{
    withUser(context, [this, context, done = std::move(done)](const Result<UserInfo> &me) {
        if (!me) {
            done(me.error());
            return;
        }
        m_api->resourceGroups(me.value().groupId, context, done);
    });
}

void UnisProvider::assets(AssetKind kind, int scope, const QString &title, QObject *context, Completion<QList<Asset>> done)
{
    m_api->assets(kind, scope, title, context, std::move(done));
}

void UnisProvider::algoConfigs(const QString &algoId, const QString &versionId, QObject *context,
                               Completion<QList<AlgoConfig>> done)
{
    m_api->algoConfigs(algoId, versionId, context, std::move(done));
}

void UnisProvider::algoConfigDetail(const QString &configId, QObject *context, Completion<AlgoConfigDetail> done)
{
    m_api->algoConfigDetail(configId, context, std::move(done));
}

void UnisProvider::generateCommand(const AlgoConfigDetail &config, int gpusPerNode, int nodes,
                                   const QList<HyperParam> &params, QObject *context, Completion<QString> done)
{
    // The strategy's taskType (0 PyTorch, 1 scikit, 2 TensorFlow, 7 Paddle) in the generator's
    // numbering (0 pytorch, 1 scikit-learn, 2 tensorflow, 3 shell).
    const int trainTaskType = config.taskType >= 0 && config.taskType <= 2 ? config.taskType : 3;
    m_api->generateCommand(config.bootFile, trainTaskType, gpusPerNode, nodes, config.envParams,
                           params.isEmpty() ? config.hyperParams : params, context, std::move(done));
}

} // namespace suanli::unis
