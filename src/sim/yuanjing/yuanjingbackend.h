#pragma once

#include "sim/backend.h"
#include "sim/yuanjing/yuanjingrecords.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace suanli::sim {

// 元境 (Yuanjing) as its API document describes it: ".dspy" paths, GET with query parameters for
// reads, POST for the rest (JSON, or form-encoded as the platform's own web pages send), the
// {"status":"ok|error|choose","data":...} envelope, and a cookie session.
//
// Sign-in: gen_sms_code "sends" a six-digit code (smsCodeSent(); suanli-sim prints it) and sets
// an anonymous session cookie; phone_login must bring that cookie back with the key and the
// code. A phone with several accounts is answered "choose" until the login names one with
// selected_id; an unknown phone gets a new account. The login replaces the cookie with the
// signed-in session (AIOHTTP_SESSION, a session cookie as aiohttp sets it).
//
// The document says nothing about a missing session. Ours: no cookie or an unknown one gets
// HTTP 401 (the auth middleware); a session that expired gets HTTP 200
// {"status":"error","data":{"message":"need login"}}.
//
// vidu_inference streams NDJSON over a few seconds (chunked): a submit line with the task id,
// progress lines, and SUCCEEDED with the video URL (or FAILED with the reason). Lines are not
// aligned with chunks: two lines share the first chunk and the last line comes in two. The
// reference-to-video model's stream ends after the submit line; its task goes on and is
// polled. The charge is taken when a video succeeds; a generation the cash account cannot pay
// for is refused before the stream with the envelope error "账户余额不够".
//
// Recharge answers an Alipay-like URL on the simulator itself (/sim/alipay/gateway.do); paying
// there (or completeRecharge()) credits the cash account.
class YuanjingBackend final : public QObject, public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingBackend)

public:
    static QString cookieName(); // "AIOHTTP_SESSION"
    static QString demoPhone();   // one account, may run pricing tests
    static QString choosePhone(); // two accounts: the "choose" branch

    explicit YuanjingBackend(QObject *parent = nullptr);
    ~YuanjingBackend() override;

    SimReply handle(const SimRequest &request) override;

    // Knobs.
    void setGenerationMs(int ms); // how long a video takes (default 3000)
    int generationMs() const;
    void setSmsIntervalMs(int ms); // shortest time between two codes for one phone (default 60000)
    void setSessionLifetimeMs(qint64 ms); // idle time after which a session expires (default 7 days)
    // The next generation fails with `reason` (after half its time).
    void failNextVideo(const QString &reason);
    // Every signed-in session expires now: the next call of each gets "need login".
    void expireSessions();

    // A signed-in session for the account `userId`, as if its phone had logged in: the cookie
    // value (for the demo, which starts signed in). Empty for an unknown user.
    QString createSession(const QString &userId);

    // Inspection for tests and the demo.
    QString lastSmsCode(const QString &phone) const; // empty when none was sent
    int smsCount(const QString &phone) const;
    QStringList userIds(const QString &phone) const;
    QString userIdOfSession(const QString &cookieValue) const; // empty: none or anonymous
    QList<yuanjing::AccountBalance> balances(const QString &userId) const;
    qint64 cashFen(const QString &userId) const;
    QList<yuanjing::App> apps(const QString &userId) const;
    QList<yuanjing::Task> tasks(const QString &userId) const; // oldest first
    std::optional<yuanjing::Task> task(const QString &taskid) const;
    QString taskStatus(const QString &taskid) const; // as get_asynctask_status says it now
    int orderCount(const QString &userId) const;
    int inferenceCount() const; // generations accepted (streams begun)
    QStringList rechargeTradeNos() const; // oldest first
    bool rechargePaid(const QString &tradeNo) const;
    // Pays a recharge as the Alipay page would; false for an unknown one. Paying twice credits once.
    bool completeRecharge(const QString &tradeNo);
    QList<yuanjing::Model> models() const { return m_models; }

Q_SIGNALS:
    // A code was "sent" by SMS: the simulator's console shows it.
    void smsCodeSent(const QString &phone, const QString &code);
    void rechargeCompleted(const QString &tradeNo, qint64 fen);

private:
    struct Outcome
    {
        int status = 200;
        QJsonObject body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Call
    {
        const SimRequest *request = nullptr;
        QJsonObject params; // query, form and JSON body merged
        QString origin;     // "http://host:port" as the client addressed us
        yuanjing::User *user = nullptr;
        QString sessionCookie;
    };
    using Handler = SimReply (YuanjingBackend::*)(Call &call);
    struct Route
    {
        QString method;
        Handler handler;
        bool needsLogin = true;
    };

    static Outcome ok(const QJsonValue &data);
    static Outcome okWithoutData();
    static Outcome error(const QString &message);
    static SimReply reply(const Outcome &outcome, const QString &note = {});

    SimReply genSmsCode(Call &call);
    SimReply phoneLogin(Call &call);
    SimReply userRecharge(Call &call);
    SimReply downApps(Call &call);
    SimReply applyApiKey(Call &call);
    SimReply getApiKey(Call &call);
    SimReply myBalance(Call &call);
    SimReply queryPrice(Call &call);
    SimReply queryOrders(Call &call);
    SimReply viduInference(Call &call);
    SimReply typeLlms(Call &call);
    SimReply myAsyncTasks(Call &call);
    SimReply asyncTaskStatus(Call &call);
    SimReply testPricing(Call &call);
    SimReply media(const SimRequest &request);
    SimReply alipayGateway(const SimRequest &request);
    SimReply alipayPay(const SimRequest &request);

    yuanjing::User *findUser(const QString &id);
    const yuanjing::User *findUser(const QString &id) const;
    const yuanjing::Model *findModel(const QString &id) const;
    yuanjing::Task *findTask(const QString &taskid);
    QString newSession(const QString &userId);
    QByteArray setCookie(const QString &value) const;
    yuanjing::User &registerUser(const QString &phone);

    // The task as the stream's lines and the task list show it at `atMs`.
    QString statusAt(const yuanjing::Task &task, qint64 atMs) const;
    int progressAt(const yuanjing::Task &task, qint64 atMs) const;
    QJsonObject lineAt(const yuanjing::Task &task, qint64 atMs, const QString &origin) const;
    QString videoUrl(const yuanjing::Task &task, const QString &origin) const;
    qint64 reservedFen(const QString &userId) const; // running generations not yet charged

    qint64 nowMs() const;
    // Charges finished videos and books charges, each at the moment it was due.
    void advance();
    void scheduleNextEvent();

    QList<yuanjing::Model> m_models;
    QList<yuanjing::User> m_users;
    QList<yuanjing::Task> m_tasks;
    QHash<QString, yuanjing::SmsChallenge> m_challenges; // by key
    QHash<QString, yuanjing::Session> m_sessions;        // by cookie value
    QHash<QString, QString> m_lastCode;                  // phone -> code
    QHash<QString, qint64> m_lastSmsMs;                  // phone -> when
    QHash<QString, int> m_smsCounts;
    QList<yuanjing::Recharge> m_recharges;
    QString m_failNext; // the reason the next generation fails with
    QHash<QString, Route> m_routes;
    int m_generationMs = 3000;
    int m_smsIntervalMs = 60000;
    qint64 m_sessionLifetimeMs = 7LL * 24 * 3600 * 1000;
    int m_inferences = 0;
    int m_userSeq = 3000;
    QTimer m_timer;
};

} // namespace suanli::sim
