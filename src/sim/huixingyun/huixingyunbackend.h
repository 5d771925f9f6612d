#pragma once

#include "sim/backend.h"
#include "sim/huixingyun/huixingyunrecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace suanli::sim {

// 慧星云 (Huixingyun) as its API document describes it: POST + JSON everywhere, the raw token in
// Authorization (no "Bearer"), username + password in the body of the token endpoints, bare
// objects with no envelope, comma-joined gid batches answered per gid, and instances that
// create, start, stop, rebuild and expire over time even when nobody polls.
//
// The document says nothing about errors. Ours: HTTP 401 {"message":"invalid token"} for a
// missing or wrong token, HTTP 401 {"message":"用户名或密码错误"} for wrong credentials, HTTP 400
// {"message":"<中文说明>"} for bad parameters (the single-gid snapshot included); batch
// endpoints answer HTTP 200 and list each refused gid in "fails" as {"gid","reason"}.
class HuixingyunBackend final : public QObject, public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuixingyunBackend)

public:
    static QString defaultApiToken(); // "hx-demo-token-0001"
    static QString defaultUsername(); // "demo"
    static QString defaultPassword(); // "demo-pass-1"

    explicit HuixingyunBackend(QObject *parent = nullptr);
    ~HuixingyunBackend() override;

    SimReply handle(const SimRequest &request) override;

    // The demo token; setting it replaces the demo token's value (or brings it back if it was
    // deleted through the API).
    QString apiToken() const;
    void setApiToken(const QString &token);
    QString username() const;
    void setUsername(const QString &username);
    QString password() const;
    void setPassword(const QString &password);

    // Real time per status step (default 3000 ms); applies to steps already under way too.
    void setTransitionMs(int ms);
    int transitionMs() const;

    // Inspection for tests and the demo.
    int buyCount() const; // instances created through instance and application buys
    // How many accepted requests to `path` named `gid` (a money-costing call must arrive once).
    int requestCountFor(const QString &gid, const QString &path) const;
    QJsonObject instanceJson(const QString &gid) const; // list-item shape; empty if unknown
    QStringList instanceIds() const;                    // oldest first
    // How the instance was last stopped, "normal" or "card_less", until it is started again
    // (so also while stopping); "" for one that is not stopped or unknown.
    QString stopMode(const QString &gid) const;
    QStringList tokenValues() const;
    QList<QJsonObject> customImages() const;     // every room, in creation order
    int gpuRemain(const QString &gpuType) const; // -1 for an unknown type

private:
    struct Outcome
    {
        int status = 200;
        QJsonObject body;
    };
    using Handler = Outcome (HuixingyunBackend::*)(const QJsonObject &body);
    // One gid of a batch: an empty string means success, anything else is the failure reason.
    using GidAction = std::function<QString(huixingyun::Instance &instance, qint64 now)>;

    static Outcome badRequest(const QString &message);

    // Token endpoints: username + password in the body.
    Outcome generateToken(const QJsonObject &body);
    Outcome deleteToken(const QJsonObject &body);
    Outcome allTokens(const QJsonObject &body);
    std::optional<Outcome> checkCredentials(const QJsonObject &body) const;

    // GPU endpoints: Authorization header.
    Outcome productList(const QJsonObject &body);
    Outcome applicationList(const QJsonObject &body);
    Outcome publicImages(const QJsonObject &body);
    Outcome myImages(const QJsonObject &body);
    Outcome buyInstances(const QJsonObject &body);
    Outcome buyApplication(const QJsonObject &body);
    Outcome listInstances(const QJsonObject &body);
    Outcome stopInstances(const QJsonObject &body);
    Outcome restartInstances(const QJsonObject &body);
    Outcome startInstances(const QJsonObject &body);
    Outcome cardlessStartInstances(const QJsonObject &body);
    Outcome snapshot(const QJsonObject &body);
    Outcome rebuildInstances(const QJsonObject &body);
    Outcome destroyInstances(const QJsonObject &body);
    Outcome lengthenInstances(const QJsonObject &body);
    Outcome renewInstances(const QJsonObject &body);

    // Runs `action` on every gid of the comma-joined "gid" parameter, in order.
    Outcome batch(const QJsonObject &body, const QString &path, const GidAction &action);
    QString stopOne(huixingyun::Instance &instance, qint64 now, bool cardLess);
    QString restartOne(huixingyun::Instance &instance, qint64 now);
    QString startOne(huixingyun::Instance &instance, qint64 now, bool cardLess);
    QString rebuildOne(huixingyun::Instance &instance, qint64 now, const huixingyun::Image &image);
    QString destroyOne(huixingyun::Instance &instance, qint64 now);
    QString lengthenOne(huixingyun::Instance &instance, qint64 now, huixingyun::PayMethod target);
    QString renewOne(huixingyun::Instance &instance, qint64 now, int period);

    // Creates up to `num` instances; the ones stock cannot cover become fails.
    Outcome placeOrder(huixingyun::Product &product, int num, int gpuCount, int extraDiskCap,
                       const huixingyun::Image &image, huixingyun::PayMethod payMethod,
                       const huixingyun::AppProduct *app);

    huixingyun::Instance *findInstance(const QString &gid);
    huixingyun::Product *findProduct(const QString &gpuType);
    const huixingyun::Image *findImage(const QString &imageId) const;
    QJsonObject toJson(const huixingyun::Instance &instance) const;
    static QJsonObject imageJson(const huixingyun::Image &image, bool withRoom);
    static QJsonObject tokenJson(const huixingyun::Token &token);

    qint64 nowMs() const;
    // Moves every instance through the steps that are due, expires prepaid ones and publishes
    // finished snapshots, each at the moment it was due.
    void advance();
    void scheduleNextEvent();
    qint64 nextEventMs(const huixingyun::Instance &instance) const;
    void enterSequence(huixingyun::Instance &instance, const QStringList &steps, qint64 atMs);
    void enterStatus(huixingyun::Instance &instance, const QString &next, qint64 atMs);
    QString nextOrderUid(qint64 atMs);

    QString m_apiToken;
    QString m_username;
    QString m_password;
    int m_transitionMs = 3000;
    int m_buyCount = 0;
    int m_orderSeq = 0;
    QList<huixingyun::Product> m_products;
    QList<huixingyun::AppProduct> m_apps;
    QList<huixingyun::Image> m_publicImages;
    QList<huixingyun::Image> m_customImages;
    QList<huixingyun::PendingImage> m_pendingImages;
    QList<huixingyun::Token> m_tokens;
    QList<huixingyun::Instance> m_instances;
    QHash<QString, int> m_gidRequests; // path + '\n' + gid
    QHash<QString, Handler> m_tokenRoutes;
    QHash<QString, Handler> m_gpuRoutes;
    QTimer m_timer;
};

} // namespace suanli::sim
