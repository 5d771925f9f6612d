#pragma once

#include "huixingyuntypes.h"

#include "core/provider.h"
#include "core/result.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace suanli {
class AccountSession;
}

namespace suanli::huixingyun {

// Every endpoint of 慧星云's API. The GPU endpoints send the account's token raw in
// `Authorization` (no "Bearer"); the token endpoints send username + password in the body and
// no Authorization header. Completion comes through the event loop while `context` exists.
// Reads are retried on transient failures; buy, destroy, rebuild, lengthen, renew, snapshot,
// stop/start/restart and token create/delete are sent once.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    explicit Client(AccountSession *session, QObject *parent = nullptr);
    ~Client() override;

    // Tokens (username + password in the body).
    void generateToken(const QString &username, const QString &password, const QString &name, QObject *context,
                       Completion<ApiToken> done);
    void allTokens(const QString &username, const QString &password, QObject *context, Completion<QList<ApiToken>> done);
    // Several tokens at once are joined with commas.
    void deleteTokens(const QString &username, const QString &password, const QStringList &tokens, QObject *context,
                      Completion<Done> done);

    // Catalog.
    void products(QObject *context, Completion<QList<GpuProduct>> done);
    void applications(QObject *context, Completion<QList<AppProduct>> done);
    void publicImages(const QString &gpuType, QObject *context, Completion<QList<Image>> done);
    void myImages(const QString &roomName, QObject *context, Completion<QList<Image>> done);

    // Orders (cost money).
    void buy(const BuyRequest &request, QObject *context, Completion<OrderOutcome> done);
    void buyApplication(const BuyAppRequest &request, QObject *context, Completion<OrderOutcome> done);

    // Instances.
    void instances(QObject *context, Completion<QList<Instance>> done);
    // Batch calls: one comma-joined `gid`; the answer lists successes and failures per gid.
    void stop(const QStringList &gids, bool cardless, QObject *context, Completion<BatchOutcome> done);
    void start(const QStringList &gids, QObject *context, Completion<BatchOutcome> done);
    void startCardless(const QStringList &gids, QObject *context, Completion<BatchOutcome> done);
    void restart(const QStringList &gids, QObject *context, Completion<BatchOutcome> done);
    void rebuild(const QStringList &gids, const QString &imageId, QObject *context, Completion<BatchOutcome> done);
    void destroy(const QStringList &gids, QObject *context, Completion<BatchOutcome> done);
    void lengthen(const QStringList &gids, PayUnit target, QObject *context, Completion<BatchOutcome> done);
    void renew(const QStringList &gids, int periods, QObject *context, Completion<BatchOutcome> done);
    // One instance only, on the singular path /gpu/instance/snapshot.
    void snapshot(const QString &gid, const QString &name, QObject *context, Completion<Done> done);

    // Renew periods the platform accepts for some billing mode (daily 1/3/7, monthly 1/3/12).
    static bool isKnownRenewPeriod(int periods);

private:
    void post(const QString &path, const QJsonObject &body, bool unsafe, bool withToken, const QString &label,
              QObject *context, std::function<void(const Result<QJsonObject> &)> handler);
    void batchCall(const QString &path, const QStringList &gids, const QJsonObject &extra, const QString &label,
                   QObject *context, Completion<BatchOutcome> done);
    // A request refused before sending, still answered through the event loop.
    template<typename T>
    static void refuse(QObject *context, Completion<T> done, const QString &message);

    AccountSession *m_session;
};

} // namespace suanli::huixingyun
