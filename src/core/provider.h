#pragma once

#include "money.h"
#include "resource.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>

namespace suanli {

class AccountSession;

enum class Action {
    Start,
    Stop,
    Restart,
    Destroy,
    ScheduleShutdown,
    CancelScheduledShutdown,
    StopCardless,   // power off and release the GPU, keeping the disk (慧星云 无卡关机)
    Rebuild,        // reinstall from another image (imageId)
    ChangeBilling,  // switch to a prepaid period (billing), one way
    Renew,          // extend a prepaid period (periods)
    Snapshot,       // save as an image (name); one resource at a time
    Resume,         // continue a stopped or failed job from its last checkpoint (UNIS compute tasks)
    Clone,          // create a copy of a job with the same settings (name: the copy's name)
    RegisterModel,  // register what a finished job trained as a model (name: the model's name)
};

struct ActionRequest
{
    Action action = Action::Start;
    QDateTime when;   // ScheduleShutdown
    QString reason;   // Destroy, where the platform records one
    QString imageId;  // Rebuild
    QString name;     // Snapshot
    QString billing;  // ChangeBilling: "daily" or "monthly"
    int periods = 0;  // Renew: how many days / months, as the platform allows
};

// The result of one action over several resources: platforms that take a batch answer per id.
struct BatchOutcome
{
    QStringList succeeded;                     // resource ids
    QList<QPair<QString, QString>> failed;     // resource id, reason (translated or the platform's)
    bool allSucceeded() const { return failed.isEmpty(); }
};

// Whether an action can be taken on one resource now, and if not, why (for a tooltip).
struct Availability
{
    bool available = false;
    QString reason;
    static Availability yes() { return {true, {}}; }
    static Availability no(const QString &why) { return {false, why}; }
};

// What the GUI and CLI need to present an action.
struct ActionInfo
{
    QString label;          // translated, for a menu or button
    QString cliName;        // "start", "destroy", ...
    bool needsConfirmation = false; // costs money or cannot be undone
    QString warning;        // translated, shown in the confirmation
};

struct BalanceItem
{
    QString label;      // a compute card's title, ...
    Money amount;
    QDateTime expires;
    QString note;       // the platform's status text
};

struct Balance
{
    QString accountId;
    Money available;
    QString currency = QStringLiteral("CNY");
    QList<BalanceItem> extras;
};

template<typename T>
struct Page
{
    QList<T> items;
    int total = 0;
    int page = 1;
    int pageSize = 10;
};

struct ListOptions
{
    bool includeDestroyed = false;
};

// One platform's powers over one account. The GUI and CLI ask capabilities and availability
// instead of switching on platform names.
class Provider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provider)

public:
    enum class Capability {
        ListResources = 0x1,
        Balance = 0x2,
        CreateInstance = 0x4,
        ScheduledShutdown = 0x8,
        Bills = 0x10,
        RechargeHistory = 0x20,
        BatchActions = 0x40,   // one request acts on several resources (performBatch is native)
        Tokens = 0x80,         // the platform's API tokens can be listed, created and deleted
        RemoteAccess = 0x100,  // resources carry SSH access (Resource::remote)
        Images = 0x200,        // image catalog: rebuild, snapshot
        Quotas = 0x400,        // remaining compute and storage quotas instead of (or beside) a balance
        Files = 0x800,         // the platform's file storage: browse, upload, delete
        Logs = 0x1000,         // resources have logs that can be read (and followed)
        Metrics = 0x2000,      // resources have GPU / CPU monitoring series
        Recharge = 0x4000,     // the balance can be topped up (a payment page in the browser)
        ApiKeys = 0x8000,      // the platform's API keys can be listed and applied for
        Orders = 0x10000,      // a paged order history
        Video = 0x20000,       // video generation tasks
        ResourceKinds = 0x40000, // resources of several kinds in one table (filter by kind)
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    explicit Provider(AccountSession *session, QObject *parent = nullptr);
    ~Provider() override;

    AccountSession *session() const { return m_session; }

    virtual Capabilities capabilities() const = 0;
    // Every action the platform offers for its resources, in menu order.
    virtual QList<Action> actions() const = 0;
    virtual ActionInfo actionInfo(Action action) const = 0;
    virtual Availability availability(const Resource &resource, Action action) const = 0;
    // A note for actions the platform lacks, said in the UI instead of offering a wrong button
    // (Chenyu: no plain power-off). Empty when the action exists.
    virtual QString missingActionNote(Action action) const { Q_UNUSED(action); return {}; }

    // Checks the credentials with a cheap read; on success the account is Online.
    virtual void verify(QObject *context, Completion<Done> done) = 0;
    virtual void listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done) = 0;
    virtual void resource(const QString &id, QObject *context, Completion<Resource> done) = 0;
    virtual void perform(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done) = 0;
    // One action over several resources. The default sends one perform() after another and
    // collects the answers; platforms with batch endpoints send one request. Resources for which
    // the action is not available are reported as failed without being sent.
    virtual void performBatch(const QList<Resource> &resources, const ActionRequest &request, QObject *context,
                              Completion<BatchOutcome> done);
    virtual void balance(QObject *context, Completion<Balance> done) = 0;

protected:
    // Keeps the account state in step with what the platform just answered: online after an
    // answer, sign-in failed on an auth error, offline when the platform cannot be reached.
    void trackState(const ApiError *error);
    template<typename T>
    void track(const Result<T> &result)
    {
        trackState(result.ok() ? nullptr : &result.error());
    }

    // Delivers a result from the event loop, only while `context` exists.
    template<typename T>
    static void deliverLater(QObject *context, Completion<T> done, Result<T> result)
    {
        QMetaObject::invokeMethod(context, [done = std::move(done), result = std::move(result)] { done(result); },
                                  Qt::QueuedConnection);
    }

private:
    AccountSession *m_session;
};

} // namespace suanli

Q_DECLARE_OPERATORS_FOR_FLAGS(suanli::Provider::Capabilities)
