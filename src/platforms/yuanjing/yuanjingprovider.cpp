#include "yuanjingprovider.h"

#include "yuanjingmapping.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/jsonutil.h"
#include "core/timeparse.h"

#include <QHash>
#include <QJsonArray>
#include <QVariantList>

#include <algorithm>

namespace suanli::yuanjing {

namespace {

const QString kTasksKey = QStringLiteral("videoTasks");

QVariantMap toVariant(const VideoTask &t)
{
    QVariantMap m;
    m.insert(QStringLiteral("taskid"), t.taskId);
    m.insert(QStringLiteral("llmid"), t.llmid);
    m.insert(QStringLiteral("status"), t.status);
    m.insert(QStringLiteral("prompt"), t.prompt);
    if (!t.video.isEmpty())
        m.insert(QStringLiteral("video"), t.video);
    if (!t.error.isEmpty())
        m.insert(QStringLiteral("error"), t.error);
    if (!t.usage.isEmpty())
        m.insert(QStringLiteral("usage"), t.usage.toVariantMap());
    if (!t.input.isEmpty())
        m.insert(QStringLiteral("input"), t.input.toVariantMap());
    if (t.createdAt.isValid())
        m.insert(QStringLiteral("created"), formatIsoWithOffset(t.createdAt));
    if (t.updatedAt.isValid())
        m.insert(QStringLiteral("updated"), formatIsoWithOffset(t.updatedAt));
    return m;
}

VideoTask fromVariant(const QVariantMap &m)
{
    VideoTask t;
    t.taskId = m.value(QStringLiteral("taskid")).toString();
    t.llmid = m.value(QStringLiteral("llmid")).toString();
    t.status = m.value(QStringLiteral("status")).toString();
    t.prompt = m.value(QStringLiteral("prompt")).toString();
    t.video = m.value(QStringLiteral("video")).toString();
    t.error = m.value(QStringLiteral("error")).toString();
    t.usage = QJsonObject::fromVariantMap(m.value(QStringLiteral("usage")).toMap());
    t.input = QJsonObject::fromVariantMap(m.value(QStringLiteral("input")).toMap());
    t.createdAt = parseTime(m.value(QStringLiteral("created")).toString()).value_or(QDateTime());
    t.updatedAt = parseTime(m.value(QStringLiteral("updated")).toString()).value_or(QDateTime());
    return t;
}

// What the platform says wins; what only this app knew (the prompt, the time) fills gaps.
VideoTask merged(const VideoTask &known, const VideoTask &fresh)
{
    VideoTask t = fresh;
    if (t.prompt.isEmpty())
        t.prompt = known.prompt;
    if (t.llmid.isEmpty())
        t.llmid = known.llmid;
    if (!t.createdAt.isValid())
        t.createdAt = known.createdAt;
    if (t.status.isEmpty())
        t.status = known.status;
    if (t.video.isEmpty())
        t.video = known.video;
    if (t.error.isEmpty())
        t.error = known.error;
    if (t.usage.isEmpty())
        t.usage = known.usage;
    if (t.input.isEmpty())
        t.input = known.input;
    return t;
}

} // namespace

YuanjingProvider::YuanjingProvider(AccountSession *session, QObject *parent)
    : Provider(session, parent)
    , m_client(new Client(session, this))
{
    // The session cookie is the account's secret.
    session->setSecretKind(AccountSession::SecretKind::Cookies);
}

YuanjingProvider::~YuanjingProvider() = default;

Provider::Capabilities YuanjingProvider::capabilities() const
{
    // Generating a video is how a video task is created.
    return Capability::ListResources | Capability::CreateInstance | Capability::Balance | Capability::Recharge
        | Capability::ApiKeys | Capability::Orders | Capability::Video;
}

QList<Action> YuanjingProvider::actions() const
{
    return {};
}

ActionInfo YuanjingProvider::actionInfo(Action action) const
{
    Q_UNUSED(action);
    return {};
}

Availability YuanjingProvider::availability(const Resource &resource, Action action) const
{
    Q_UNUSED(resource);
    Q_UNUSED(action);
    return Availability::no(tr("元境's video tasks cannot be stopped or deleted through its API."));
}

QString YuanjingProvider::priceText(const PriceQuote &quote)
{
    if (quote.listPrice == quote.price)
        return quote.price.toDisplayString();
    return tr("%1 (list price %2)").arg(quote.price.toDisplayString(), quote.listPrice.toDisplayString());
}

void YuanjingProvider::log(bool ok, const QString &message) const
{
    if (EventLog *log = session()->eventLog()) {
        if (ok)
            log->info(session()->name(), message);
        else
            log->error(session()->name(), message);
    }
}

template<typename T>
Provider::Completion<T> YuanjingProvider::tracked(Completion<T> done)
{
    return [this, done = std::move(done)](const Result<T> &r) {
        track(r);
        done(r);
    };
}

// ---- Provider --------------------------------------------------------------------------------------

void YuanjingProvider::verify(QObject *context, Completion<Done> done)
{
    if (!session()->hasSecret()) {
        deliverLater<Done>(context, std::move(done), ApiError::auth(Mapping::sessionExpiredMessage()));
        return;
    }
    session()->setState(AccountState::SigningIn);
    m_client->balances(context, [this, done = std::move(done)](const Result<QList<AccountBalance>> &r) {
        track(r);
        if (!r)
            done(r.error());
        else
            done(Done{});
    });
}

void YuanjingProvider::listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done)
{
    Q_UNUSED(options);
    const QString accountId = session()->account().id;
    m_client->tasks(context, [this, accountId, done = std::move(done)](const Result<QList<VideoTask>> &r) {
        track(r);
        if (!r) {
            done(r.error());
            return;
        }
        for (const VideoTask &t : r.value())
            rememberTask(t);
        // Today's from the platform (as remembered now, with what only this app knew), then the
        // ones it no longer lists.
        QList<Resource> rows;
        for (const VideoTask &t : rememberedTasks())
            rows.append(Mapping::toResource(t, accountId));
        done(rows);
    });
}

void YuanjingProvider::resource(const QString &id, QObject *context, Completion<Resource> done)
{
    const QString accountId = session()->account().id;
    task(id, context, [accountId, done = std::move(done)](const Result<VideoTask> &r) {
        if (!r)
            done(r.error());
        else
            done(Mapping::toResource(r.value(), accountId));
    });
}

void YuanjingProvider::perform(const Resource &resource, const ActionRequest &request, QObject *context,
                               Completion<Done> done)
{
    Q_UNUSED(request);
    deliverLater<Done>(context, std::move(done), ApiError::unsupported(availability(resource, request.action).reason));
}

void YuanjingProvider::balance(QObject *context, Completion<Balance> done)
{
    const QString accountId = session()->account().id;
    balances(context, [accountId, done = std::move(done)](const Result<QList<AccountBalance>> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        Balance b;
        b.accountId = accountId;
        for (const AccountBalance &a : r.value()) {
            b.available += a.balance;
        }
        done(b);
    });
}

// ---- sign-in ------------------------------------------------------------------------------------------

void YuanjingProvider::sendSmsCode(const QString &phone, QObject *context, Completion<QString> done)
{
    m_client->sendSmsCode(phone, context, [this, phone, done = std::move(done)](const Result<QString> &r) {
        if (r)
            log(true, tr("An SMS code was sent to %1.").arg(Client::normalizedPhone(phone)));
        else
            log(false, tr("No SMS code could be sent: %1").arg(r.error().toDisplayString()));
        done(r);
    });
}

void YuanjingProvider::signIn(const QString &phone, const QString &key, const QString &code, const QString &selectedId,
                              QObject *context, Completion<LoginOutcome> done)
{
    session()->setState(AccountState::SigningIn);
    m_client->login(phone, key, code, selectedId, context, [this, done = std::move(done)](const Result<LoginOutcome> &r) {
        if (!r) {
            session()->setState(r.error().kind == ApiError::Kind::Network || r.error().kind == ApiError::Kind::Timeout
                                    ? AccountState::Offline
                                    : AccountState::SignedOut,
                                r.error().message);
            log(false, tr("Sign-in failed: %1").arg(r.error().toDisplayString()));
        } else if (r.value().signedIn) {
            session()->setState(AccountState::Online);
            log(true, tr("Signed in as %1.").arg(r.value().user.displayName()));
        } else {
            session()->setState(AccountState::SignedOut, tr("Choose one of the phone's accounts."));
        }
        done(r);
    });
}

// ---- money ----------------------------------------------------------------------------------------------

void YuanjingProvider::balances(QObject *context, Completion<QList<AccountBalance>> done)
{
    m_client->balances(context, tracked(std::move(done)));
}

void YuanjingProvider::recharge(Money amount, QObject *context, Completion<QUrl> done)
{
    m_client->recharge(amount, context, [this, amount, done = std::move(done)](const Result<QUrl> &r) {
        track(r);
        if (r)
            log(true, tr("Recharge of %1 started: the payment page is open in the browser.").arg(amount.toDisplayString()));
        else
            log(false, tr("Recharge of %1 failed: %2").arg(amount.toDisplayString(), r.error().toDisplayString()));
        done(r);
    });
}

void YuanjingProvider::orders(int page, int pageRows, QObject *context, Completion<OrdersPage> done)
{
    m_client->orders(page, pageRows, context, tracked(std::move(done)));
}

void YuanjingProvider::price(const VideoRequest &request, QObject *context, Completion<PriceQuote> done)
{
    price(request.llmid, request.priceConfig(), context, std::move(done));
}

void YuanjingProvider::price(const QString &llmid, const QJsonObject &config, QObject *context, Completion<PriceQuote> done)
{
    m_client->price(llmid, config, context, tracked(std::move(done)));
}

void YuanjingProvider::testPricing(const QString &ppid, const QJsonObject &usage, QObject *context,
                                   Completion<PricingResult> done)
{
    m_client->testPricing(ppid, usage, context, tracked(std::move(done)));
}

// ---- API keys -------------------------------------------------------------------------------------------

void YuanjingProvider::apps(QObject *context, Completion<QList<ApiApp>> done)
{
    m_client->apps(context, tracked(std::move(done)));
}

void YuanjingProvider::applyApiKey(const QString &appname, const QString &description, QObject *context,
                                   Completion<Done> done)
{
    m_client->applyApiKey(appname, description, context, [this, appname, done = std::move(done)](const Result<Done> &r) {
        track(r);
        if (r)
            log(true, tr("Applied for an API key for the app \"%1\".").arg(appname.trimmed()));
        else
            log(false, tr("Applying for an API key for \"%1\" failed: %2").arg(appname.trimmed(), r.error().toDisplayString()));
        done(r);
    });
}

void YuanjingProvider::apiKey(const QString &id, QObject *context, Completion<ApiKey> done)
{
    m_client->apiKey(id, context, tracked(std::move(done)));
}

// ---- video --------------------------------------------------------------------------------------------------

void YuanjingProvider::models(VideoType type, QObject *context, Completion<QList<VideoModel>> done)
{
    m_client->models(type, context, tracked(std::move(done)));
}

VideoGeneration *YuanjingProvider::generation(const VideoRequest &request, QObject *parent, VideoGeneration::Options options)
{
    auto *g = new VideoGeneration(m_client, request, options, parent);
    connect(g, &VideoGeneration::taskKnown, this, &YuanjingProvider::rememberTask);
    connect(g, &VideoGeneration::event, this, [this, g](const VideoEvent &e) {
        if (!e.taskId.isEmpty() || !g->task().taskId.isEmpty())
            rememberTask(g->task());
    });
    connect(g, &VideoGeneration::finished, this, [this, g, request](const Result<VideoTask> &r) {
        track(r);
        if (r) {
            rememberTask(r.value());
            if (r.value().succeeded())
                log(true, tr("Video %1 is ready: %2").arg(r.value().taskId, r.value().video));
            else
                log(false, tr("Video %1 failed: %2").arg(r.value().taskId, r.value().error));
        } else {
            if (!g->task().taskId.isEmpty())
                rememberTask(g->task());
            log(false, tr("Video generation with %1 failed: %2").arg(request.llmid, r.error().toDisplayString()));
        }
    });
    return g;
}

void YuanjingProvider::task(const QString &taskId, QObject *context, Completion<VideoTask> done)
{
    m_client->taskStatus(taskId, context, [this, taskId, done = std::move(done)](const Result<VideoEvent> &r) {
        track(r);
        if (!r) {
            done(r.error());
            return;
        }
        VideoTask t;
        for (const VideoTask &known : rememberedTasks()) {
            if (known.taskId == taskId)
                t = known;
        }
        t.taskId = taskId;
        Mapping::apply(t, r.value());
        if (t.finished())
            rememberTask(t);
        done(t);
    });
}

QList<VideoTask> YuanjingProvider::rememberedTasks() const
{
    QList<VideoTask> out;
    for (const QVariant &v : session()->persisted(kTasksKey).toList()) {
        const VideoTask t = fromVariant(v.toMap());
        if (!t.taskId.isEmpty())
            out.append(t);
    }
    // Newest first; tasks without a time go last.
    std::stable_sort(out.begin(), out.end(), [](const VideoTask &a, const VideoTask &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        return a.createdAt > b.createdAt;
    });
    return out;
}

void YuanjingProvider::rememberTask(const VideoTask &task)
{
    if (task.taskId.isEmpty())
        return;
    QList<VideoTask> all = rememberedTasks();
    bool found = false;
    for (VideoTask &known : all) {
        if (known.taskId == task.taskId) {
            const VideoTask next = merged(known, task);
            if (toVariant(next) == toVariant(known))
                return; // nothing new: no write
            known = next;
            found = true;
        }
    }
    if (!found)
        all.prepend(task);
    std::stable_sort(all.begin(), all.end(), [](const VideoTask &a, const VideoTask &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        return a.createdAt > b.createdAt;
    });
    QVariantList list;
    for (const VideoTask &t : std::as_const(all)) {
        if (list.size() >= rememberedTaskLimit())
            break;
        list.append(toVariant(t));
    }
    session()->persist(kTasksKey, list);
}

} // namespace suanli::yuanjing
