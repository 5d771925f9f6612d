#pragma once

#include "yuanjingtypes.h"

#include "core/money.h"
#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace suanli {
class AccountSession;
class HttpJob;
}

namespace suanli::yuanjing {

struct Envelope;

// Every endpoint of 元境's API. The session is the account's cookie jar (no token, no header):
// the jar that asked for the SMS code is the one that signs in and then makes every call.
// Reads are GETs with query parameters and are retried on transient failures; sign-in,
// recharge, applying for a key and video generation are sent once. Completion comes through
// the event loop while `context` exists.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    explicit Client(AccountSession *session, QObject *parent = nullptr);
    ~Client() override;

    // "138 0000 0000", "+86 13800000000" -> "13800000000"; empty when it is no mainland mobile
    // number.
    static QString normalizedPhone(const QString &phone);
    // How long the video stream may stay silent: the platform polls its upstream every 30 s
    // or so, and a video takes minutes.
    static int videoIdleTimeoutMs();

    // Sign-in.
    void sendSmsCode(const QString &phone, QObject *context, Completion<QString> done); // the key
    void login(const QString &phone, const QString &key, const QString &code, const QString &selectedId,
               QObject *context, Completion<LoginOutcome> done);

    // Money.
    void balances(QObject *context, Completion<QList<AccountBalance>> done);
    // The Alipay address that takes the payment (costs money: sent once).
    void recharge(Money amount, QObject *context, Completion<QUrl> done);
    void price(const QString &llmid, const QJsonObject &config, QObject *context, Completion<PriceQuote> done);
    void orders(int page, int pageRows, QObject *context, Completion<OrdersPage> done);
    void testPricing(const QString &ppid, const QJsonObject &usage, QObject *context, Completion<PricingResult> done);

    // Downstream API keys.
    void apps(QObject *context, Completion<QList<ApiApp>> done);
    void applyApiKey(const QString &appname, const QString &description, QObject *context, Completion<Done> done);
    void apiKey(const QString &id, QObject *context, Completion<ApiKey> done);

    // Video.
    void models(VideoType type, QObject *context, Completion<QList<VideoModel>> done);
    void tasks(QObject *context, Completion<QList<VideoTask>> done);
    void taskStatus(const QString &taskId, QObject *context, Completion<VideoEvent> done);
    // Starts a generation: one streamed POST, sent once. The caller reads the job's
    // bodyReceived() as it arrives and its finished().
    HttpJob *startVideo(const VideoRequest &request);
    // Why a request cannot be sent as it is (translated); empty when it can.
    static QString problemWith(const VideoRequest &request);

private:
    using Handler = std::function<void(const Result<Envelope> &)>;
    void get(const QString &path, const QUrlQuery &query, const QString &label, QObject *context, Handler handler);
    void post(const QString &path, const QByteArray &json, bool unsafe, const QString &label, QObject *context,
              Handler handler);
    void sendLogin(const QUrlQuery &fields, bool asForm, QObject *context,
                   std::function<void(const Result<Envelope> &)> handler);
    template<typename T>
    static void refuse(QObject *context, Completion<T> done, const QString &message);

    AccountSession *m_session;
};

} // namespace suanli::yuanjing
