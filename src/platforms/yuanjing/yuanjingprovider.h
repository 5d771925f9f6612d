#pragma once

#include "videogeneration.h"
#include "yuanjingclient.h"
#include "yuanjingtypes.h"

#include "core/provider.h"

namespace suanli::yuanjing {

// 元境 for the GUI and CLI: an SMS sign-in whose session cookie is the account's secret, the
// balance (the sum of the user's accounts) and Alipay recharges, downstream API keys, orders,
// prices, and video generation. The resources are video tasks: today's, as the platform lists
// them, and the ones this app saw before (the platform forgets them at midnight), kept in the
// account's state file. Video tasks take no actions.
class YuanjingProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingProvider)

public:
    explicit YuanjingProvider(AccountSession *session, QObject *parent = nullptr);
    ~YuanjingProvider() override;

    Client *client() const { return m_client; }

    Capabilities capabilities() const override;
    QList<Action> actions() const override;
    ActionInfo actionInfo(Action action) const override;
    Availability availability(const Resource &resource, Action action) const override;

    void verify(QObject *context, Completion<Done> done) override;
    void listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done) override;
    void resource(const QString &id, QObject *context, Completion<Resource> done) override;
    void perform(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done) override;
    // The sum over the user's accounts (balances() lists them one by one).
    void balance(QObject *context, Completion<Balance> done) override;

    // ---- sign-in: the session's cookie jar keeps what the platform sets ----
    void sendSmsCode(const QString &phone, QObject *context, Completion<QString> done);
    // On success the session holds the new cookies (AccountSession::secretChanged() tells);
    // `selectedId` picks one of the phone's accounts (sent on the first try when known).
    void signIn(const QString &phone, const QString &key, const QString &code, const QString &selectedId,
                QObject *context, Completion<LoginOutcome> done);

    // ---- money ----
    void balances(QObject *context, Completion<QList<AccountBalance>> done);
    // The payment page's address (costs money when paid; sent once).
    void recharge(Money amount, QObject *context, Completion<QUrl> done);
    void orders(int page, int pageRows, QObject *context, Completion<OrdersPage> done);
    void price(const VideoRequest &request, QObject *context, Completion<PriceQuote> done);
    void price(const QString &llmid, const QJsonObject &config, QObject *context, Completion<PriceQuote> done);
    void testPricing(const QString &ppid, const QJsonObject &usage, QObject *context, Completion<PricingResult> done);

    // ---- API keys ----
    void apps(QObject *context, Completion<QList<ApiApp>> done);
    void applyApiKey(const QString &appname, const QString &description, QObject *context, Completion<Done> done);
    void apiKey(const QString &id, QObject *context, Completion<ApiKey> done);

    // ---- video ----
    void models(VideoType type, QObject *context, Completion<QList<VideoModel>> done);
    // A generation, not yet started, parented to `parent`. The task is remembered as it goes
    // (so that the task table shows it at once and after a restart).
    VideoGeneration *generation(const VideoRequest &request, QObject *parent,
                                VideoGeneration::Options options = VideoGeneration::Options{});
    // The task now, from its status and what this app remembers of it.
    void task(const QString &taskId, QObject *context, Completion<VideoTask> done);
    QList<VideoTask> rememberedTasks() const;
    void rememberTask(const VideoTask &task);

    // The most tasks remembered between runs.
    static int rememberedTaskLimit() { return 300; }
    // What a request costs, said for a confirmation ("¥2.00 (list price ¥2.50)").
    static QString priceText(const PriceQuote &quote);

private:
    void log(bool ok, const QString &message) const;
    template<typename T>
    Completion<T> tracked(Completion<T> done);

    Client *m_client;
};

} // namespace suanli::yuanjing
