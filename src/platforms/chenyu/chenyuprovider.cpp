#include "chenyuprovider.h"

#include "chenyumapping.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/jsonutil.h"

#include <QLocale>
#include <QSet>

#include <memory>

namespace suanli::chenyu {

ChenyuProvider::ChenyuProvider(AccountSession *session, QObject *parent)
    : Provider(session, parent)
    , m_client(new Client(session, this))
{
}

ChenyuProvider::~ChenyuProvider() = default;

Provider::Capabilities ChenyuProvider::capabilities() const
{
    return Capability::ListResources | Capability::Balance | Capability::CreateInstance
        | Capability::ScheduledShutdown | Capability::Bills | Capability::RechargeHistory;
}

QList<Action> ChenyuProvider::actions() const
{
    return {Action::Start, Action::Restart, Action::ScheduleShutdown, Action::CancelScheduledShutdown, Action::Destroy};
}

QString ChenyuProvider::noPowerOffNote()
{
    return tr("晨羽智云 has no plain power-off: its \"stop\" call destroys the instance. To power off without "
              "destroying, schedule a shutdown.");
}

ActionInfo ChenyuProvider::actionInfo(Action action) const
{
    switch (action) {
    case Action::Start:
        return {tr("Start"), QStringLiteral("start"), false, tr("A running instance is billed by the hour.")};
    case Action::Restart:
        return {tr("Restart"), QStringLiteral("restart"), false, {}};
    case Action::ScheduleShutdown:
        return {tr("Schedule shutdown…"), QStringLiteral("shutdown-at"), false, {}};
    case Action::CancelScheduledShutdown:
        return {tr("Cancel scheduled shutdown"), QStringLiteral("shutdown-cancel"), false, {}};
    case Action::Destroy:
        return {tr("Destroy…"), QStringLiteral("destroy"), true,
                tr("Destroying deletes the instance and its data. This cannot be undone.")};
    case Action::Stop:
        return {tr("Stop"), QStringLiteral("stop"), false, noPowerOffNote()};
    case Action::StopCardless:
    case Action::Rebuild:
    case Action::ChangeBilling:
    case Action::Renew:
    case Action::Snapshot:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break; // not offered by this platform
    }
    return {};
}

QString ChenyuProvider::missingActionNote(Action action) const
{
    return action == Action::Stop ? noPowerOffNote() : QString();
}

Availability ChenyuProvider::availability(const Resource &resource, Action action) const
{
    const int status = int(json::integerOr(resource.raw.value(QStringLiteral("status")), -1));
    const bool destroyed = status == int(InstanceStatus::Destroyed);
    switch (action) {
    case Action::Start:
        if (status == int(InstanceStatus::Created) || status == int(InstanceStatus::Stopped))
            return Availability::yes();
        return Availability::no(tr("Only a created or stopped instance can be started."));
    case Action::Restart:
        if (status == int(InstanceStatus::Running))
            return Availability::yes();
        return Availability::no(tr("Only a running instance can be restarted."));
    case Action::ScheduleShutdown:
        if (status == int(InstanceStatus::Running) || status == int(InstanceStatus::Starting))
            return Availability::yes();
        return Availability::no(tr("Only a running instance can be shut down."));
    case Action::CancelScheduledShutdown:
        if (!destroyed)
            return Availability::yes();
        return Availability::no(tr("The instance has been destroyed."));
    case Action::Destroy:
        if (!destroyed)
            return Availability::yes();
        return Availability::no(tr("The instance has already been destroyed."));
    case Action::Stop:
        return Availability::no(noPowerOffNote());
    case Action::StopCardless:
    case Action::Rebuild:
    case Action::ChangeBilling:
    case Action::Renew:
    case Action::Snapshot:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break;
    }
    return Availability::no(tr("晨羽智云 does not offer this action."));
}

void ChenyuProvider::verify(QObject *context, Completion<Done> done)
{
    if (!session()->hasSecret()) {
        deliverLater<Done>(context, std::move(done), ApiError::auth(tr("Enter the API key first.")));
        return;
    }
    session()->setState(AccountState::SigningIn);
    m_client->balance(context, [this, done = std::move(done)](const Result<AccountBalance> &r) {
        track(r);
        if (!r)
            done(r.error());
        else
            done(Done{});
    });
}

void ChenyuProvider::listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done)
{
    const QString accountId = session()->account().id;
    m_client->allInstances(options.includeDestroyed, context,
                           [this, accountId, context, done = std::move(done)](const Result<QList<Instance>> &r) {
                               track(r);
                               if (!r) {
                                   done(r.error());
                                   return;
                               }
                               QList<Resource> rows;
                               rows.reserve(r.value().size());
                               for (const Instance &i : r.value())
                                   rows.append(Mapping::toResource(i, accountId));
                               confirmMissing(std::move(rows), context, done);
                           });
}

// The list call takes one status at a time, so an instance that changes status between two of
// the side-by-side queries is in neither answer. Before an instance listed last time is taken as
// gone, its own status is asked; one still alive stays in the list with that status.
void ChenyuProvider::confirmMissing(QList<Resource> rows, QObject *context, const Completion<QList<Resource>> &done)
{
    QSet<QString> listed;
    for (const Resource &r : std::as_const(rows))
        listed.insert(r.id);
    QList<Resource> missing;
    for (const Resource &previous : std::as_const(m_lastListed)) {
        if (!listed.contains(previous.id) && previous.status != ResourceStatus::Destroyed)
            missing.append(previous);
    }
    if (missing.isEmpty()) {
        m_lastListed = rows;
        done(rows);
        return;
    }
    struct State
    {
        QList<Resource> rows;
        int pending = 0;
    };
    auto state = std::make_shared<State>(State{std::move(rows), int(missing.size())});
    for (const Resource &previous : std::as_const(missing)) {
        m_client->instanceStatus(previous.id, context, [this, state, previous, done](const Result<InstanceState> &r) {
            if (r && r.value().status != int(InstanceStatus::Destroyed)) {
                Resource still = previous;
                still.status = Mapping::normalizedStatus(r.value().status);
                still.statusText = r.value().statusText.isEmpty() ? Mapping::statusText(r.value().status) : r.value().statusText;
                still.raw.insert(QStringLiteral("status"), r.value().status);
                still.raw.insert(QStringLiteral("status_txt"), still.statusText);
                state->rows.append(still);
            }
            if (--state->pending == 0) {
                m_lastListed = state->rows;
                done(state->rows);
            }
        });
    }
}

void ChenyuProvider::resource(const QString &id, QObject *context, Completion<Resource> done)
{
    ListOptions options;
    options.includeDestroyed = true;
    listResources(options, context, [id, done = std::move(done)](const Result<QList<Resource>> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        for (const Resource &res : r.value()) {
            if (res.id == id) {
                done(res);
                return;
            }
        }
        done(ApiError::platform(QString(), tr("No instance with id %1.").arg(id)));
    });
}

void ChenyuProvider::perform(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done)
{
    const Availability a = availability(resource, request.action);
    if (!a.available) {
        deliverLater<Done>(context, std::move(done), ApiError::unsupported(a.reason));
        return;
    }
    const QString what = requestText(request);
    auto logged = [this, name = resource.name.isEmpty() ? resource.id : resource.name, what,
                   done = std::move(done)](const Result<Done> &r) {
        track(r);
        if (EventLog *log = session()->eventLog()) {
            if (r)
                log->info(session()->name(), tr("%1: %2 — accepted by the platform.").arg(name, what));
            else
                log->error(session()->name(), tr("%1: %2 — failed: %3").arg(name, what, r.error().toDisplayString()));
        }
        done(r);
    };
    switch (request.action) {
    case Action::Start:
        m_client->start(resource.id, context, std::move(logged));
        return;
    case Action::Restart:
        m_client->restart(resource.id, context, std::move(logged));
        return;
    case Action::ScheduleShutdown:
        if (!request.when.isValid() || request.when <= QDateTime::currentDateTime()) {
            deliverLater<Done>(context, std::move(logged), ApiError::unsupported(tr("Choose a shutdown time in the future.")));
            return;
        }
        m_client->scheduleShutdown(resource.id, request.when, context, std::move(logged));
        return;
    case Action::CancelScheduledShutdown:
        m_client->cancelScheduledShutdown(resource.id, context, std::move(logged));
        return;
    case Action::Destroy:
        m_client->destroy(resource.id, request.reason, context, std::move(logged));
        return;
    case Action::Stop:
    case Action::StopCardless:
    case Action::Rebuild:
    case Action::ChangeBilling:
    case Action::Renew:
    case Action::Snapshot:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break; // refused above by availability()
    }
    deliverLater<Done>(context, std::move(logged), ApiError::unsupported(noPowerOffNote()));
}

QString ChenyuProvider::requestText(const ActionRequest &request)
{
    switch (request.action) {
    case Action::Start: return tr("start");
    case Action::Restart: return tr("restart");
    case Action::ScheduleShutdown:
        return tr("shutdown scheduled for %1").arg(QLocale().toString(request.when.toLocalTime(), QLocale::ShortFormat));
    case Action::CancelScheduledShutdown: return tr("scheduled shutdown cancelled");
    case Action::Destroy: return tr("destroy");
    case Action::Stop: return tr("stop");
    case Action::StopCardless:
    case Action::Rebuild:
    case Action::ChangeBilling:
    case Action::Renew:
    case Action::Snapshot:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break;
    }
    return {};
}

void ChenyuProvider::balance(QObject *context, Completion<Balance> done)
{
    const QString accountId = session()->account().id;
    m_client->balance(context, [this, accountId, done = std::move(done)](const Result<AccountBalance> &r) {
        track(r);
        if (!r) {
            done(r.error());
            return;
        }
        Balance b;
        b.accountId = accountId;
        b.available = r.value().balance;
        for (const ComputeCard &c : r.value().cards)
            b.extras.append({c.title, c.leaveAmount, c.expireDate, c.statusText});
        done(b);
    });
}

} // namespace suanli::chenyu
