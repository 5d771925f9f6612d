#pragma once

#include "huixingyunclient.h"

#include "core/provider.h"

#include <QHash>

#include <optional>

namespace suanli::huixingyun {

// 慧星云 for the GUI and CLI: batch actions in one request each, the two kinds of shutdown (and
// the start call each needs later), billing changes and renewals, images, API tokens and
// orders. The API has no balance.
class HuixingyunProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuixingyunProvider)

public:
    explicit HuixingyunProvider(AccountSession *session, QObject *parent = nullptr);
    ~HuixingyunProvider() override;

    Client *client() const { return m_client; }

    Capabilities capabilities() const override;
    QList<Action> actions() const override;
    ActionInfo actionInfo(Action action) const override;
    Availability availability(const Resource &resource, Action action) const override;

    void verify(QObject *context, Completion<Done> done) override;
    void listResources(const ListOptions &options, QObject *context, Completion<QList<Resource>> done) override;
    void resource(const QString &id, QObject *context, Completion<Resource> done) override;
    void perform(const Resource &resource, const ActionRequest &request, QObject *context, Completion<Done> done) override;
    // One request per action (a start may need two: one per shutdown kind); Snapshot takes one
    // resource only.
    void performBatch(const QList<Resource> &resources, const ActionRequest &request, QObject *context,
                      Completion<BatchOutcome> done) override;
    void balance(QObject *context, Completion<Balance> done) override;

    // ---- orders (cost money; sent once) ----
    // Validated against the product the order is for (GPUs per instance up to gpu_remain).
    void buy(const BuyRequest &request, const GpuProduct &product, QObject *context, Completion<OrderOutcome> done);
    void buyApplication(const BuyAppRequest &request, QObject *context, Completion<OrderOutcome> done);
    // The instances an order created: the buy answer names orders, not instances.
    void findOrder(const QStringList &orderUids, QObject *context, Completion<QList<Resource>> done);

    // ---- images ----
    // What an instance can be rebuilt from: the public images of its GPU type and the account's
    // own images in its zone, of the same OS as its current image when that is known.
    void rebuildImages(const Resource &resource, QObject *context, Completion<QList<Image>> done);

    // ---- API tokens: the account's username (login) with a password that is never stored ----
    void generateToken(const QString &password, const QString &name, QObject *context, Completion<ApiToken> done);
    void listTokens(const QString &password, QObject *context, Completion<QList<ApiToken>> done);
    void deleteTokens(const QString &password, const QStringList &tokens, QObject *context, Completion<Done> done);

    // ---- rules, for dialogs and tests (translated reasons; nullopt = fine) ----
    static std::optional<QString> validateBuy(const BuyRequest &request, const GpuProduct &product);
    static std::optional<QString> validateBuyApplication(const BuyAppRequest &request);
    // Renew periods allowed for a billing mode ("Day": 1, 3, 7; "Month": 1, 3, 12; else none).
    static QList<int> renewPeriods(const QString &payMethod);
    static std::optional<QString> validateRenew(const QString &payMethod, int periods);
    // The targets a billing mode may change to: Hour -> Day/Month, Day -> Month.
    static QList<PayUnit> billingTargets(const QString &payMethod);
    static std::optional<QString> validateChangeBilling(const QString &payMethod, PayUnit target);
    static std::optional<QString> validateRebuildOs(const QString &currentOs, const QString &imageOs);

    // How a request reads in the activity log ("card-less stop", "renew for 3 periods", …).
    static QString requestText(const ActionRequest &request);
    // The name of the token this computer creates from a password ("Suanli Console @ host"),
    // the same from the GUI and the CLI so that signing in again finds it.
    static QString tokenNameForThisComputer();
    // Whether the last successful stop of `gid` through this app was card-less.
    bool stoppedCardless(const QString &gid) const;

private:
    struct Detailed
    {
        QStringList succeeded;
        QList<QPair<QString, ApiError>> failed;
    };
    // Sends the batch; a Result error only when one request-level failure is the whole story.
    void runBatch(const QList<Resource> &resources, const ActionRequest &request, QObject *context,
                  Completion<Detailed> done);
    void sendBatch(const QList<Resource> &resources, const ActionRequest &request, Detailed refused,
                   QObject *context, Completion<Detailed> done);
    // /gpu/instances/start; ids it refuses that this app never saw stopped get the card-less start.
    void startNormal(const QStringList &gids, QObject *context, Completion<BatchOutcome> done);
    void finishBatch(const QList<Resource> &resources, const ActionRequest &request, const Result<Detailed> &result);
    // Looks up the OS of an image among those an instance could use, caching what it learns.
    void imageOs(const QString &imageId, const QList<Resource> &resources, QObject *context,
                 std::function<void(const Result<QString> &)> done);
    void rememberImages(const QList<Image> &images);
    void log(bool ok, const QString &message) const;
    // Logs an order's answer and keeps the account state in step.
    Completion<OrderOutcome> orderLogged(const QString &what, Completion<OrderOutcome> done);


    Client *m_client;
    QHash<QString, QString> m_imageOs; // image id -> OS, from every image list seen
};

} // namespace suanli::huixingyun
