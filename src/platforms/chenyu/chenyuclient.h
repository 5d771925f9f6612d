#pragma once

#include "chenyutypes.h"

#include "core/provider.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace suanli {
class AccountSession;
class HttpJob;
}

namespace suanli::chenyu {

// The twelve endpoints of Chenyu's API. Every call completes through the event loop, and only
// while `context` exists. Reads are retried on transient failures; create, start, restart,
// scheduled shutdown and destroy are sent once.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    static constexpr int kMaxPageSize = 100;

    explicit Client(AccountSession *session, QObject *parent = nullptr);
    ~Client() override;

    void balance(QObject *context, Completion<AccountBalance> done);
    void recharges(int page, int pageSize, const QString &keyword, QObject *context, Completion<Page<RechargeRecord>> done);
    void bills(int page, int pageSize, const QString &keyword, QObject *context, Completion<Page<BillRecord>> done);
    void pods(int page, int pageSize, const QString &keyword, QObject *context, Completion<Page<Pod>> done);
    // Every pod, fetched page by page.
    void allPods(QObject *context, Completion<QList<Pod>> done);
    void gpuModels(QObject *context, Completion<GpuCatalog> done);
    void instances(InstanceStatus status, int page, int pageSize, QObject *context, Completion<Page<Instance>> done);
    // The list call needs a status: one paged query per live status (and destroyed on request).
    void allInstances(bool includeDestroyed, QObject *context, Completion<QList<Instance>> done);
    void instanceStatus(const QString &uuid, QObject *context, Completion<InstanceState> done);

    void createInstance(const CreateInstanceParams &params, QObject *context, Completion<Instance> done);
    void start(const QString &uuid, QObject *context, Completion<Done> done);
    void restart(const QString &uuid, QObject *context, Completion<Done> done);
    // `when` is sent as China Standard Time wall-clock text, as the platform expects.
    void scheduleShutdown(const QString &uuid, const QDateTime &when, QObject *context, Completion<Done> done);
    void cancelScheduledShutdown(const QString &uuid, QObject *context, Completion<Done> done);
    // Irreversible: the document's `/instance/stop` destroys the instance.
    void destroy(const QString &uuid, const QString &reason, QObject *context, Completion<Done> done);

    static QList<InstanceStatus> liveStatuses();

private:
    void post(const QString &path, const QJsonObject &body, bool unsafe, const QString &label, QObject *context,
              std::function<void(const Result<QJsonObject> &)> handler);
    void simpleWrite(const QString &path, const QJsonObject &body, const QString &label, QObject *context,
                     Completion<Done> done);

    AccountSession *m_session;
};

} // namespace suanli::chenyu
