#include "huixingyunprovider.h"

#include "huixingyunmapping.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/jsonutil.h"

#include <QSet>
#include <QSysInfo>

#include <algorithm>
#include <memory>

namespace suanli::huixingyun {

namespace {

const QString kCardless = QStringLiteral("cardless");
const QString kNormal = QStringLiteral("normal");

QString stopModeKey(const QString &gid)
{
    return QStringLiteral("stopMode/") + gid;
}

QString payMethodOf(const Resource &r)
{
    return json::text(r.raw.value(QStringLiteral("pay_method")));
}

QString currentOsOf(const Resource &r)
{
    return json::text(r.raw.value(QStringLiteral("image")).toObject().value(QStringLiteral("os"))).trimmed();
}

QString gpuTypeOf(const Resource &r)
{
    return json::text(r.raw.value(QStringLiteral("size")).toObject().value(QStringLiteral("gpu_type"))).trimmed();
}

QString displayName(const Resource &r)
{
    if (r.name.isEmpty() || r.name == r.id)
        return r.id;
    return HuixingyunProvider::tr("%1 (%2)").arg(r.name, r.id);
}

bool isSettled(const Resource &r)
{
    return r.status == ResourceStatus::Running || r.status == ResourceStatus::Stopped;
}

} // namespace

HuixingyunProvider::HuixingyunProvider(AccountSession *session, QObject *parent)
    : Provider(session, parent)
    , m_client(new Client(session, this))
{
}

HuixingyunProvider::~HuixingyunProvider() = default;

Provider::Capabilities HuixingyunProvider::capabilities() const
{
    return Capability::ListResources | Capability::CreateInstance | Capability::BatchActions | Capability::Tokens
        | Capability::RemoteAccess | Capability::Images;
}

QList<Action> HuixingyunProvider::actions() const
{
    return {Action::Start,   Action::Stop,          Action::StopCardless, Action::Restart, Action::Rebuild,
            Action::Snapshot, Action::ChangeBilling, Action::Renew,        Action::Destroy};
}

ActionInfo HuixingyunProvider::actionInfo(Action action) const
{
    switch (action) {
    case Action::Start:
        return {tr("Start"), QStringLiteral("start"), false, tr("An hourly-billed instance is billed again once it runs.")};
    case Action::Stop:
        return {tr("Stop"), QStringLiteral("stop"), false, {}};
    case Action::StopCardless:
        return {tr("Stop without GPU"), QStringLiteral("stop-cardless"), false,
                tr("The instance powers off and gives its GPU back (无卡关机); the disk is kept. When it starts again, "
                   "a GPU of its type may not be free.")};
    case Action::Restart:
        return {tr("Restart"), QStringLiteral("restart"), false, {}};
    case Action::Rebuild:
        return {tr("Rebuild…"), QStringLiteral("rebuild"), true,
                tr("Reinstalling from an image wipes the system disk and everything on it. The image must run the "
                   "same operating system as the instance.")};
    case Action::Snapshot:
        return {tr("Save as image…"), QStringLiteral("snapshot"), false,
                tr("The image is saved in the background and shows up among your images when done.")};
    case Action::ChangeBilling:
        return {tr("Change billing…"), QStringLiteral("lengthen"), true,
                tr("Switching to daily or monthly billing charges the prepaid period now, and it is one-way: the "
                   "instance can never go back to hourly billing, and only hourly instances can be destroyed.")};
    case Action::Renew:
        return {tr("Renew…"), QStringLiteral("renew"), true,
                tr("Renewing charges the account for the extra days or months now.")};
    case Action::Destroy:
        return {tr("Destroy…"), QStringLiteral("destroy"), true,
                tr("Destroying deletes the instance and its disks. This cannot be undone.")};
    case Action::ScheduleShutdown:
    case Action::CancelScheduledShutdown:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break; // not offered by this platform
    }
    return {};
}

Availability HuixingyunProvider::availability(const Resource &resource, Action action) const
{
    const bool running = resource.status == ResourceStatus::Running;
    const bool stopped = resource.status == ResourceStatus::Stopped;
    const QString payMethod = payMethodOf(resource);
    const std::optional<PayUnit> unit = Mapping::payUnitOfMethod(payMethod);
    switch (action) {
    case Action::Start:
        if (stopped)
            return Availability::yes();
        return Availability::no(tr("Only a stopped instance can be started."));
    case Action::Stop:
    case Action::StopCardless:
        if (running)
            return Availability::yes();
        return Availability::no(tr("Only a running instance can be stopped."));
    case Action::Restart:
        if (running)
            return Availability::yes();
        return Availability::no(tr("Only a running instance can be restarted."));
    case Action::Rebuild:
        if (isSettled(resource))
            return Availability::yes();
        return Availability::no(tr("Wait until the instance is running or stopped before reinstalling it."));
    case Action::Snapshot:
        if (isSettled(resource))
            return Availability::yes();
        return Availability::no(tr("Wait until the instance is running or stopped before saving it as an image."));
    case Action::ChangeBilling:
        if (unit == PayUnit::Hourly || unit == PayUnit::Daily)
            return Availability::yes();
        if (unit == PayUnit::Monthly)
            return Availability::no(tr("This instance is already billed monthly; billing cannot go back to daily or hourly."));
        return Availability::no(tr("The billing mode \"%1\" is unknown, so it cannot be changed here.").arg(payMethod));
    case Action::Renew:
        if (unit == PayUnit::Daily || unit == PayUnit::Monthly)
            return Availability::yes();
        if (unit == PayUnit::Hourly)
            return Availability::no(
                tr("Hourly-billed instances cannot be renewed; change the billing to daily or monthly instead."));
        return Availability::no(tr("The billing mode \"%1\" is unknown, so the instance cannot be renewed here.").arg(payMethod));
    case Action::Destroy: {
        const bool hourly = unit == PayUnit::Hourly;
        if (hourly && stopped)
            return Availability::yes();
        const QString billing = payMethod.isEmpty() ? tr("in an unknown way") : Mapping::billingLabel(payMethod).toLower();
        if (!hourly && !stopped)
            return Availability::no(tr("慧星云 destroys only instances that are billed hourly and stopped; this one is "
                                       "billed %1 and not stopped.").arg(billing));
        if (!hourly)
            return Availability::no(tr("慧星云 destroys only instances that are billed hourly and stopped; this one is "
                                       "billed %1 and runs until it expires.").arg(billing));
        return Availability::no(tr("慧星云 destroys only instances that are billed hourly and stopped; stop this one first."));
    }
    case Action::ScheduleShutdown:
    case Action::CancelScheduledShutdown:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break;
    }
    return Availability::no(tr("慧星云 does not offer this action."));
}

// ---- rules -----------------------------------------------------------------------------------

std::optional<QString> HuixingyunProvider::validateBuy(const BuyRequest &request, const GpuProduct &product)
{
    if (request.imageId.trimmed().isEmpty())
        return tr("Choose an image.");
    if (request.count < 1)
        return tr("Order at least one instance.");
    if (!request.gpuType.isEmpty() && request.gpuType != product.gpuType)
        return tr("The order names GPU type %1 but the product is %2.").arg(request.gpuType, product.gpuType);
    if (!request.roomName.isEmpty() && !product.roomName.isEmpty() && request.roomName != product.roomName)
        return tr("The zone must be the product's zone (%1).").arg(product.roomName);
    if (product.gpuRemain < 1)
        return tr("No GPUs of this type are available now.");
    if (request.gpusPerInstance < 1 || request.gpusPerInstance > product.gpuRemain)
        return product.gpuRemain == 1 ? tr("Only 1 GPU per instance is available now.")
                                      : tr("Choose 1 to %1 GPUs per instance.").arg(product.gpuRemain);
    if (request.extraDiskGb < 0 || request.extraDiskGb % 100 != 0)
        return tr("Extra data disk is added in steps of 100 GB.");
    if (product.diskCapGb > 0 && request.extraDiskGb > product.diskCapGb)
        return tr("The data disk can grow by at most %1 GB.").arg(product.diskCapGb);
    return std::nullopt;
}

std::optional<QString> HuixingyunProvider::validateBuyApplication(const BuyAppRequest &request)
{
    if (request.appType.trimmed().isEmpty())
        return tr("Choose an application.");
    if (request.count < 1)
        return tr("Order at least one instance.");
    return std::nullopt;
}

QList<int> HuixingyunProvider::renewPeriods(const QString &payMethod)
{
    switch (Mapping::payUnitOfMethod(payMethod).value_or(PayUnit::Hourly)) {
    case PayUnit::Daily: return {1, 3, 7};
    case PayUnit::Monthly: return {1, 3, 12};
    case PayUnit::Hourly: break;
    }
    return {};
}

std::optional<QString> HuixingyunProvider::validateRenew(const QString &payMethod, int periods)
{
    const std::optional<PayUnit> unit = Mapping::payUnitOfMethod(payMethod);
    if (!unit)
        return tr("The billing mode \"%1\" is unknown, so the instance cannot be renewed here.").arg(payMethod);
    if (*unit == PayUnit::Hourly)
        return tr("Hourly-billed instances cannot be renewed; change the billing to daily or monthly instead.");
    if (renewPeriods(payMethod).contains(periods))
        return std::nullopt;
    return *unit == PayUnit::Daily ? tr("A daily-billed instance renews for 1, 3 or 7 days.")
                                   : tr("A monthly-billed instance renews for 1, 3 or 12 months.");
}

QList<PayUnit> HuixingyunProvider::billingTargets(const QString &payMethod)
{
    switch (Mapping::payUnitOfMethod(payMethod).value_or(PayUnit::Monthly)) {
    case PayUnit::Hourly: return {PayUnit::Daily, PayUnit::Monthly};
    case PayUnit::Daily: return {PayUnit::Monthly};
    case PayUnit::Monthly: break;
    }
    return {};
}

std::optional<QString> HuixingyunProvider::validateChangeBilling(const QString &payMethod, PayUnit target)
{
    const std::optional<PayUnit> unit = Mapping::payUnitOfMethod(payMethod);
    if (!unit)
        return tr("The billing mode \"%1\" is unknown, so it cannot be changed here.").arg(payMethod);
    if (*unit == PayUnit::Monthly)
        return tr("This instance is already billed monthly; billing cannot go back to daily or hourly.");
    if (target == PayUnit::Hourly)
        return tr("Billing cannot change back to hourly.");
    if (*unit == PayUnit::Daily && target == PayUnit::Daily)
        return tr("This instance is already billed daily; it can only change to monthly.");
    return std::nullopt;
}

std::optional<QString> HuixingyunProvider::validateRebuildOs(const QString &currentOs, const QString &imageOs)
{
    if (currentOs.trimmed().isEmpty() || imageOs.trimmed().isEmpty())
        return std::nullopt; // not known: the platform decides
    if (currentOs.trimmed().compare(imageOs.trimmed(), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return tr("The image runs %1 but the instance runs %2: 慧星云 cannot reinstall across operating systems.")
        .arg(imageOs.trimmed(), currentOs.trimmed());
}

QString HuixingyunProvider::tokenNameForThisComputer()
{
    QString host = QSysInfo::machineHostName().trimmed();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return QStringLiteral("Suanli Console @ ") + host;
}

QString HuixingyunProvider::requestText(const ActionRequest &request)
{
    switch (request.action) {
    case Action::Start: return tr("start");
    case Action::Stop: return tr("stop");
    case Action::StopCardless: return tr("card-less stop");
    case Action::Restart: return tr("restart");
    case Action::Rebuild: return tr("rebuild from image %1").arg(request.imageId);
    case Action::Snapshot: return tr("save as image \"%1\"").arg(request.name.trimmed());
    case Action::ChangeBilling: {
        const auto unit = Mapping::payUnitFromKey(request.billing);
        return tr("change billing to %1").arg(unit ? Mapping::payUnitLabel(*unit).toLower() : request.billing);
    }
    case Action::Renew: return tr("renew for %n period(s)", nullptr, request.periods);
    case Action::Destroy: return tr("destroy");
    case Action::ScheduleShutdown:
    case Action::CancelScheduledShutdown:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break;
    }
    return {};
}

bool HuixingyunProvider::stoppedCardless(const QString &gid) const
{
    return session()->persisted(stopModeKey(gid)).toString() == kCardless;
}

// ---- state and log ---------------------------------------------------------------------------

void HuixingyunProvider::log(bool ok, const QString &message) const
{
    if (EventLog *log = session()->eventLog()) {
        if (ok)
            log->info(session()->name(), message);
        else
            log->error(session()->name(), message);
    }
}

// ---- reads -----------------------------------------------------------------------------------

void HuixingyunProvider::verify(QObject *context, Completion<Done> done)
{
    if (!session()->hasSecret()) {
        deliverLater<Done>(context, std::move(done),
                           ApiError::auth(tr("Enter the API token first (create one from your username and password).")));
        return;
    }
    session()->setState(AccountState::SigningIn);
    m_client->instances(context, [this, done = std::move(done)](const Result<QList<Instance>> &r) {
        track(r);
        if (!r)
            done(r.error());
        else
            done(Done{});
    });
}

void HuixingyunProvider::listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done)
{
    Q_UNUSED(options); // the platform lists no destroyed instances
    const QString accountId = session()->account().id;
    m_client->instances(context, [this, accountId, done = std::move(done)](const Result<QList<Instance>> &r) {
        track(r);
        if (!r) {
            done(r.error());
            return;
        }
        QList<Resource> rows;
        rows.reserve(r.value().size());
        for (const Instance &i : r.value()) {
            if (!i.image.imageId.isEmpty() && !i.image.os.isEmpty())
                m_imageOs.insert(i.image.imageId, i.image.os);
            // Seen running: however it was stopped before (perhaps from the web console), that
            // no longer decides the next start.
            const QString key = stopModeKey(i.gid);
            if (Mapping::normalizedStatus(i.status) == ResourceStatus::Running && session()->persisted(key).isValid())
                session()->persist(key, QVariant());
            rows.append(Mapping::toResource(i, accountId, stoppedCardless(i.gid)));
        }
        done(rows);
    });
}

void HuixingyunProvider::resource(const QString &id, QObject *context, Completion<Resource> done)
{
    listResources({}, context, [id, done = std::move(done)](const Result<QList<Resource>> &r) {
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

void HuixingyunProvider::findOrder(const QStringList &orderUids, QObject *context, Completion<QList<Resource>> done)
{
    const QSet<QString> wanted(orderUids.cbegin(), orderUids.cend());
    listResources({}, context, [wanted, done = std::move(done)](const Result<QList<Resource>> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        QList<Resource> found;
        for (const Resource &res : r.value()) {
            if (wanted.contains(json::text(res.raw.value(QStringLiteral("order_uid")))))
                found.append(res);
        }
        done(found);
    });
}

void HuixingyunProvider::balance(QObject *context, Completion<Balance> done)
{
    deliverLater<Balance>(
        context, std::move(done),
        ApiError::unsupported(tr("慧星云's API has no balance endpoint: see the balance in the 慧星云 web console.")));
}

void HuixingyunProvider::rememberImages(const QList<Image> &images)
{
    for (const Image &i : images) {
        if (!i.imageId.isEmpty() && !i.os.isEmpty())
            m_imageOs.insert(i.imageId, i.os);
    }
}

void HuixingyunProvider::rebuildImages(const Resource &resource, QObject *context, Completion<QList<Image>> done)
{
    const QString gpuType = gpuTypeOf(resource);
    const QString room = resource.region;
    const QString os = currentOsOf(resource);
    struct State
    {
        QList<Image> publicImages;
        QList<Image> mine;
        int pending = 2;
        std::optional<ApiError> error;
        Completion<QList<Image>> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    auto finishOne = [this, state, os, room]() {
        if (--state->pending > 0)
            return;
        if (state->error && state->publicImages.isEmpty() && state->mine.isEmpty()) {
            state->done(*state->error);
            return;
        }
        QList<Image> out;
        for (const Image &i : state->publicImages + state->mine) {
            // Images belong to a zone, and a rebuild keeps the OS family.
            if (!room.isEmpty() && !i.roomName.isEmpty() && i.roomName != room)
                continue;
            if (validateRebuildOs(os, i.os))
                continue;
            out.append(i);
        }
        rememberImages(out);
        state->done(out);
    };
    auto collect = [this, state, finishOne](QList<Image> *into) {
        return [this, state, finishOne, into](const Result<QList<Image>> &r) {
            track(r);
            if (r) {
                rememberImages(r.value());
                *into = r.value();
            } else if (!state->error) {
                state->error = r.error();
            }
            finishOne();
        };
    };
    if (gpuType.isEmpty()) {
        --state->pending;
    } else {
        m_client->publicImages(gpuType, context, collect(&state->publicImages));
    }
    if (room.isEmpty()) {
        --state->pending;
    } else {
        m_client->myImages(room, context, collect(&state->mine));
    }
    if (state->pending == 0)
        deliverLater<QList<Image>>(context, state->done, QList<Image>());
}

void HuixingyunProvider::imageOs(const QString &imageId, const QList<Resource> &resources, QObject *context,
                                 std::function<void(const Result<QString> &)> done)
{
    if (m_imageOs.contains(imageId)) {
        done(m_imageOs.value(imageId));
        return;
    }
    QStringList gpuTypes;
    QStringList rooms;
    for (const Resource &r : resources) {
        const QString type = gpuTypeOf(r);
        if (!type.isEmpty() && !gpuTypes.contains(type))
            gpuTypes.append(type);
        if (!r.region.isEmpty() && !rooms.contains(r.region))
            rooms.append(r.region);
    }
    struct State
    {
        int pending = 0;
        std::function<void(const Result<QString> &)> done;
    };
    auto state = std::make_shared<State>();
    state->pending = int(gpuTypes.size() + rooms.size());
    state->done = std::move(done);
    if (state->pending == 0) {
        state->done(QString());
        return;
    }
    // A failed lookup leaves the OS unknown; the platform then has the last word.
    auto collect = [this, state, imageId](const Result<QList<Image>> &r) {
        if (r)
            rememberImages(r.value());
        if (--state->pending == 0)
            state->done(m_imageOs.value(imageId));
    };
    for (const QString &type : std::as_const(gpuTypes))
        m_client->publicImages(type, context, collect);
    for (const QString &room : std::as_const(rooms))
        m_client->myImages(room, context, collect);
}

// ---- actions ---------------------------------------------------------------------------------

void HuixingyunProvider::perform(const Resource &resource, const ActionRequest &request, QObject *context,
                                 Completion<Done> done)
{
    runBatch({resource}, request, context, [id = resource.id, done = std::move(done)](const Result<Detailed> &r) {
        if (!r)
            done(r.error());
        else if (!r.value().failed.isEmpty())
            done(r.value().failed.first().second);
        else if (r.value().succeeded.contains(id))
            done(Done{});
        else
            done(ApiError::platform(QString(), Mapping::noAnswerReason()));
    });
}

void HuixingyunProvider::performBatch(const QList<Resource> &resources, const ActionRequest &request, QObject *context,
                                      Completion<BatchOutcome> done)
{
    runBatch(resources, request, context, [done = std::move(done)](const Result<Detailed> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        BatchOutcome out;
        out.succeeded = r.value().succeeded;
        for (const auto &[id, error] : r.value().failed)
            out.failed.append({id, error.toDisplayString()});
        done(out);
    });
}

void HuixingyunProvider::runBatch(const QList<Resource> &input, const ActionRequest &request, QObject *context,
                                  Completion<Detailed> done)
{
    // One entry per id: a resource picked twice is acted on once.
    QList<Resource> resources;
    QSet<QString> seen;
    for (const Resource &r : input) {
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            resources.append(r);
        }
    }
    if (resources.isEmpty()) {
        deliverLater<Detailed>(context, std::move(done), Detailed{});
        return;
    }
    // Answers in the order the caller gave, whichever request they came from.
    done = [resources, done = std::move(done)](const Result<Detailed> &r) {
        if (!r) {
            done(r);
            return;
        }
        Detailed d = r.value();
        QHash<QString, int> order;
        for (const Resource &res : resources)
            order.insert(res.id, int(order.size()));
        const auto position = [&order](const QString &id) { return order.value(id, int(order.size())); };
        std::stable_sort(d.succeeded.begin(), d.succeeded.end(),
                         [&](const QString &a, const QString &b) { return position(a) < position(b); });
        std::stable_sort(d.failed.begin(), d.failed.end(),
                         [&](const auto &a, const auto &b) { return position(a.first) < position(b.first); });
        done(d);
    };

    // Rules about the request as a whole: nothing is sent when one fails.
    QString problem;
    std::optional<PayUnit> target;
    switch (request.action) {
    case Action::Rebuild:
        if (request.imageId.trimmed().isEmpty())
            problem = tr("Choose the image to reinstall from.");
        break;
    case Action::Snapshot:
        if (resources.size() > 1)
            problem = tr("An image is saved from one instance at a time.");
        else if (request.name.trimmed().isEmpty())
            problem = tr("Give the image a name.");
        break;
    case Action::ChangeBilling:
        target = Mapping::payUnitFromKey(request.billing);
        if (!target || *target == PayUnit::Hourly)
            problem = tr("Choose daily or monthly billing.");
        break;
    case Action::Renew:
        if (!Client::isKnownRenewPeriod(request.periods))
            problem = tr("Renew for 1, 3 or 7 days, or for 1, 3 or 12 months.");
        break;
    default:
        break;
    }
    if (!problem.isEmpty()) {
        log(false, tr("%1 not sent: %2").arg(requestText(request), problem));
        deliverLater<Detailed>(context, std::move(done), ApiError::unsupported(problem));
        return;
    }

    // Rules per resource: the ones that fail are reported without being sent.
    Detailed refused;
    QList<Resource> sendable;
    for (const Resource &r : std::as_const(resources)) {
        std::optional<QString> why;
        const Availability a = availability(r, request.action);
        if (!a.available)
            why = a.reason;
        else if (request.action == Action::Renew)
            why = validateRenew(payMethodOf(r), request.periods);
        else if (request.action == Action::ChangeBilling)
            why = validateChangeBilling(payMethodOf(r), *target);
        if (why)
            refused.failed.append({r.id, ApiError::unsupported(*why)});
        else
            sendable.append(r);
    }

    if (request.action != Action::Rebuild) {
        sendBatch(sendable, request, refused, context, std::move(done));
        return;
    }
    // A rebuild keeps the OS family: learn the image's OS first, when it can be learnt.
    imageOs(request.imageId.trimmed(), sendable, context,
            [this, sendable, request, refused, context, done = std::move(done)](const Result<QString> &os) mutable {
                QList<Resource> same;
                for (const Resource &r : std::as_const(sendable)) {
                    if (auto why = validateRebuildOs(currentOsOf(r), os ? os.value() : QString()))
                        refused.failed.append({r.id, ApiError::unsupported(*why)});
                    else
                        same.append(r);
                }
                sendBatch(same, request, refused, context, std::move(done));
            });
}

void HuixingyunProvider::sendBatch(const QList<Resource> &resources, const ActionRequest &request, Detailed refused,
                                   QObject *context, Completion<Detailed> done)
{
    for (const auto &[id, error] : std::as_const(refused.failed))
        log(false, tr("%1: %2 — not sent: %3").arg(id, requestText(request), error.message));

    if (resources.isEmpty()) {
        deliverLater<Detailed>(context, std::move(done), refused);
        return;
    }

    using Call = std::function<void(Completion<BatchOutcome>)>;
    QList<QPair<QStringList, Call>> calls;
    QStringList ids;
    QStringList cardless;
    for (const Resource &r : resources) {
        ids.append(r.id);
        if (stoppedCardless(r.id))
            cardless.append(r.id);
    }

    switch (request.action) {
    case Action::Start: {
        // The start call must match how the instance was stopped.
        QStringList normal;
        for (const QString &id : std::as_const(ids)) {
            if (!cardless.contains(id))
                normal.append(id);
        }
        if (!normal.isEmpty())
            calls.append({normal, [this, normal, context](Completion<BatchOutcome> d) {
                              startNormal(normal, context, std::move(d));
                          }});
        if (!cardless.isEmpty())
            calls.append({cardless, [this, cardless, context](Completion<BatchOutcome> d) {
                              m_client->startCardless(cardless, context, std::move(d));
                          }});
        break;
    }
    case Action::Stop:
    case Action::StopCardless: {
        const bool noCard = request.action == Action::StopCardless;
        calls.append({ids, [this, ids, noCard, context](Completion<BatchOutcome> d) {
                          m_client->stop(ids, noCard, context, std::move(d));
                      }});
        break;
    }
    case Action::Restart:
        calls.append({ids, [this, ids, context](Completion<BatchOutcome> d) {
                          m_client->restart(ids, context, std::move(d));
                      }});
        break;
    case Action::Rebuild: {
        const QString image = request.imageId.trimmed();
        calls.append({ids, [this, ids, image, context](Completion<BatchOutcome> d) {
                          m_client->rebuild(ids, image, context, std::move(d));
                      }});
        break;
    }
    case Action::Destroy:
        calls.append({ids, [this, ids, context](Completion<BatchOutcome> d) {
                          m_client->destroy(ids, context, std::move(d));
                      }});
        break;
    case Action::ChangeBilling: {
        const PayUnit target = Mapping::payUnitFromKey(request.billing).value_or(PayUnit::Monthly);
        calls.append({ids, [this, ids, target, context](Completion<BatchOutcome> d) {
                          m_client->lengthen(ids, target, context, std::move(d));
                      }});
        break;
    }
    case Action::Renew: {
        const int periods = request.periods;
        calls.append({ids, [this, ids, periods, context](Completion<BatchOutcome> d) {
                          m_client->renew(ids, periods, context, std::move(d));
                      }});
        break;
    }
    case Action::Snapshot: {
        const QString gid = ids.first();
        const QString name = request.name.trimmed();
        calls.append({ids, [this, gid, name, context](Completion<BatchOutcome> d) {
                          m_client->snapshot(gid, name, context, [gid, d = std::move(d)](const Result<Done> &r) {
                              if (!r) {
                                  d(r.error());
                                  return;
                              }
                              BatchOutcome o;
                              o.succeeded.append(gid);
                              d(o);
                          });
                      }});
        break;
    }
    case Action::ScheduleShutdown:
    case Action::CancelScheduledShutdown:
    case Action::Resume:
    case Action::Clone:
    case Action::RegisterModel:
        break; // refused by availability()
    }

    struct State
    {
        Detailed detailed;
        QList<QPair<QStringList, ApiError>> requestErrors;
        int pending = 0;
        int calls = 0;
        int requestsOk = 0;
        Completion<Detailed> done;
    };
    auto state = std::make_shared<State>();
    state->detailed = std::move(refused);
    state->pending = state->calls = int(calls.size());
    state->done = std::move(done);
    const bool anyRefused = !state->detailed.failed.isEmpty();
    if (calls.isEmpty()) {
        deliverLater<Detailed>(context, state->done, state->detailed);
        return;
    }

    for (const auto &[callIds, call] : std::as_const(calls)) {
        const QString what = request.action == Action::Start && callIds == cardless ? tr("start after card-less stop")
                                                                                     : requestText(request);
        log(true, tr("Sent: %1 for %n instance(s): %2", nullptr, int(callIds.size()))
                      .arg(what, callIds.join(QStringLiteral(", "))));
        call([this, state, callIds, resources, request, anyRefused](const Result<BatchOutcome> &r) {
            if (r) {
                ++state->requestsOk;
                state->detailed.succeeded += r.value().succeeded;
                for (const auto &[id, reason] : r.value().failed)
                    state->detailed.failed.append({id, ApiError::platform(QString(), reason)});
            } else {
                state->requestErrors.append({callIds, r.error()});
            }
            if (--state->pending > 0)
                return;

            Result<Detailed> result = state->detailed;
            if (!anyRefused && state->requestsOk == 0) {
                // Every request failed as a whole and nothing was refused: that failure is the answer.
                result = state->requestErrors.first().second;
            } else {
                for (const auto &[errorIds, error] : std::as_const(state->requestErrors)) {
                    for (const QString &id : errorIds)
                        result.value().failed.append({id, error});
                }
            }
            if (state->requestsOk > 0)
                track(Result<Done>(Done{}));
            else if (!state->requestErrors.isEmpty())
                track(Result<Done>(state->requestErrors.first().second));
            finishBatch(resources, request, result);
            state->done(result);
        });
    }
}

void HuixingyunProvider::startNormal(const QStringList &gids, QObject *context, Completion<BatchOutcome> done)
{
    m_client->start(gids, context, [this, context, done = std::move(done)](const Result<BatchOutcome> &r) {
        if (!r) {
            done(r);
            return;
        }
        // Instances stopped elsewhere (the web console) have no record here; one the platform
        // refused to start normally may have been stopped card-less. It was refused, so asking
        // the other start call cannot start it twice.
        QStringList unknown;
        for (const auto &[id, reason] : r.value().failed) {
            if (!session()->persisted(stopModeKey(id)).isValid())
                unknown.append(id);
        }
        if (unknown.isEmpty()) {
            done(r);
            return;
        }
        log(true, tr("Sent: %1 for %n instance(s): %2", nullptr, int(unknown.size()))
                      .arg(tr("start after card-less stop"), unknown.join(QStringLiteral(", "))));
        m_client->startCardless(unknown, context, [first = r.value(), unknown, done](const Result<BatchOutcome> &c) {
            BatchOutcome merged;
            merged.succeeded = first.succeeded;
            for (const auto &[id, reason] : first.failed) {
                if (!unknown.contains(id)) {
                    merged.failed.append({id, reason});
                    continue;
                }
                if (c && c.value().succeeded.contains(id)) {
                    merged.succeeded.append(id);
                    continue;
                }
                QString second = c ? Mapping::noAnswerReason() : c.error().toDisplayString();
                if (c) {
                    for (const auto &[otherId, otherReason] : c.value().failed) {
                        if (otherId == id)
                            second = otherReason;
                    }
                }
                merged.failed.append({id, tr("%1 (the card-less start failed too: %2)").arg(reason, second)});
            }
            done(merged);
        });
    });
}

void HuixingyunProvider::finishBatch(const QList<Resource> &resources, const ActionRequest &request,
                                     const Result<Detailed> &result)
{
    QHash<QString, QString> names;
    for (const Resource &r : resources)
        names.insert(r.id, displayName(r));
    const QString what = requestText(request);
    if (!result) {
        for (const Resource &r : resources)
            log(false, tr("%1: %2 — failed: %3").arg(names.value(r.id), what, result.error().toDisplayString()));
        return;
    }
    for (const QString &id : result.value().succeeded) {
        log(true, tr("%1: %2 — accepted by the platform.").arg(names.value(id, id), what));
        // Remember how each instance was stopped: the next start depends on it.
        switch (request.action) {
        case Action::Stop:
            session()->persist(stopModeKey(id), kNormal);
            break;
        case Action::StopCardless:
            session()->persist(stopModeKey(id), kCardless);
            break;
        case Action::Start:
        case Action::Destroy:
            if (session()->persisted(stopModeKey(id)).isValid())
                session()->persist(stopModeKey(id), QVariant());
            break;
        default:
            break;
        }
    }
    for (const auto &[id, error] : result.value().failed) {
        if (names.contains(id) && error.kind != ApiError::Kind::Unsupported) // refusals were logged when made
            log(false, tr("%1: %2 — failed: %3").arg(names.value(id), what, error.toDisplayString()));
    }
}

// ---- orders ----------------------------------------------------------------------------------

Provider::Completion<OrderOutcome> HuixingyunProvider::orderLogged(const QString &what, Completion<OrderOutcome> done)
{
    return [this, what, done = std::move(done)](const Result<OrderOutcome> &r) {
        track(r);
        if (!r) {
            log(false, tr("%1 — failed: %2").arg(what, r.error().toDisplayString()));
        } else if (r.value().failed > 0) {
            log(false, tr("%1 — %2 created, %3 failed: %4")
                           .arg(what)
                           .arg(r.value().succeeded)
                           .arg(r.value().failed)
                           .arg(r.value().failures.join(QStringLiteral("; "))));
        } else {
            log(true, tr("%1 — %2 created (orders %3).")
                          .arg(what)
                          .arg(r.value().succeeded)
                          .arg(r.value().orderUids.join(QStringLiteral(", "))));
        }
        done(r);
    };
}

void HuixingyunProvider::buy(const BuyRequest &request, const GpuProduct &product, QObject *context,
                             Completion<OrderOutcome> done)
{
    if (auto problem = validateBuy(request, product)) {
        deliverLater<OrderOutcome>(context, std::move(done), ApiError::unsupported(*problem));
        return;
    }
    BuyRequest filled = request;
    if (filled.gpuType.isEmpty())
        filled.gpuType = product.gpuType;
    if (filled.roomName.isEmpty())
        filled.roomName = product.roomName;
    const QString what = tr("order of %n instance(s) of %1 × %2", nullptr, filled.count)
                             .arg(product.name.isEmpty() ? filled.gpuType : product.name)
                             .arg(filled.gpusPerInstance);
    log(true, tr("Sent: %1 (%2 billing).").arg(what, Mapping::payUnitLabel(filled.payUnit).toLower()));
    m_client->buy(filled, context, orderLogged(what, std::move(done)));
}

void HuixingyunProvider::buyApplication(const BuyAppRequest &request, QObject *context, Completion<OrderOutcome> done)
{
    if (auto problem = validateBuyApplication(request)) {
        deliverLater<OrderOutcome>(context, std::move(done), ApiError::unsupported(*problem));
        return;
    }
    const QString what = tr("order of %n %1 application instance(s)", nullptr, request.count).arg(request.appType);
    log(true, tr("Sent: %1 (%2 billing).").arg(what, Mapping::payUnitLabel(request.payUnit).toLower()));
    m_client->buyApplication(request, context, orderLogged(what, std::move(done)));
}

// ---- tokens ----------------------------------------------------------------------------------

void HuixingyunProvider::generateToken(const QString &password, const QString &name, QObject *context,
                                       Completion<ApiToken> done)
{
    const QString username = session()->account().login;
    if (username.trimmed().isEmpty()) {
        deliverLater<ApiToken>(context, std::move(done),
                               ApiError::unsupported(tr("Enter the account's 慧星云 username first.")));
        return;
    }
    m_client->generateToken(username, password, name, context, [this, name, done = std::move(done)](const Result<ApiToken> &r) {
        if (r)
            log(true, tr("API token \"%1\" created.").arg(name));
        else
            log(false, tr("Creating API token \"%1\" failed: %2").arg(name, r.error().toDisplayString()));
        done(r);
    });
}

void HuixingyunProvider::listTokens(const QString &password, QObject *context, Completion<QList<ApiToken>> done)
{
    const QString username = session()->account().login;
    if (username.trimmed().isEmpty()) {
        deliverLater<QList<ApiToken>>(context, std::move(done),
                                      ApiError::unsupported(tr("Enter the account's 慧星云 username first.")));
        return;
    }
    m_client->allTokens(username, password, context, std::move(done));
}

void HuixingyunProvider::deleteTokens(const QString &password, const QStringList &tokens, QObject *context,
                                      Completion<Done> done)
{
    const QString username = session()->account().login;
    if (username.trimmed().isEmpty()) {
        deliverLater<Done>(context, std::move(done), ApiError::unsupported(tr("Enter the account's 慧星云 username first.")));
        return;
    }
    m_client->deleteTokens(username, password, tokens, context, [this, tokens, done = std::move(done)](const Result<Done> &r) {
        if (r) {
            log(true, tr("%n API token(s) deleted.", nullptr, int(tokens.size())));
            // Deleting the token in use signs the account out.
            if (session()->hasSecret() && tokens.contains(session()->secret()))
                session()->setState(AccountState::AuthFailed,
                                    tr("The API token this account uses was deleted; enter a new one."));
        } else {
            log(false, tr("Deleting API tokens failed: %1").arg(r.error().toDisplayString()));
        }
        done(r);
    });
}

} // namespace suanli::huixingyun
