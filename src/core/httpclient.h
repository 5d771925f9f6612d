#pragma once

#include "httprequest.h"
#include "result.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace suanli {

class HttpClient;
class OneShotHttp;

// One call: owns at most one QNetworkReply at a time, retries safe calls, and finishes exactly
// once through the event loop with a Result. Deletes itself after finishing.
class HttpJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpJob)

public:
    ~HttpJob() override;

    const HttpRequest &request() const { return m_request; }
    // Gives up: the job finishes with ApiError::Kind::Cancelled (through the event loop).
    void cancel();

Q_SIGNALS:
    // Body bytes of a successful answer as they arrive (requests with `streamed`, and every
    // one-shot request), in order; finished() still carries the whole body.
    void bodyReceived(const QByteArray &part);
    void finished(const suanli::Result<suanli::HttpResponse> &result);

private:
    friend class HttpClient;
    HttpJob(HttpClient *client, HttpRequest request);

    void startAttempt();
    void startOneShot(const HttpRequest &request);
    void onReplyFinished();
    void onReplyReadyRead();
    void onOneShotFinished(const Result<HttpResponse> &result);
    void finish(const Result<HttpResponse> &result);
    bool scheduleRetry(const ApiError &error, const QByteArray &retryAfter);

    HttpClient *m_client;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotHttp> m_oneShot;
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    qint64 m_attemptStartedMs = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QByteArray m_streamedBody; // what a streamed reply handed over so far
};

// Per-account HTTP access: one QNetworkAccessManager (with its cookie jar), auth injection,
// retry policy, and the request log.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using AuthInjector = std::function<void(HttpRequest &)>;

    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpClient() override;

    void setAuthInjector(AuthInjector injector) { m_auth = std::move(injector); }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // For tests: a deterministic source of uniform [0,1) numbers for the jitter.
    void setRandomSource(std::function<double()> unit) { m_unit = std::move(unit); }
    void setAccountName(const QString &name) { m_accountName = name; }
    // Longest time a transfer may go without moving a byte, for requests that set none.
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    // TLS settings for every request (an account's own CA for a private deployment).
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    // A set-up problem that makes every request fail before it is sent (an account's CA
    // certificate file that cannot be read): the message says what to fix. Empty: none.
    void setConfigurationError(const QString &message) { m_configurationError = message; }
    QString configurationError() const { return m_configurationError; }
    QNetworkAccessManager *network() const { return m_nam; }

    // Sends the request. The job is owned by the client and deletes itself once finished.
    HttpJob *send(HttpRequest request);
    // Cancels every job still running (account removed, app quitting).
    void cancelAll();

Q_SIGNALS:
    void requestLogged(const suanli::HttpLogEntry &entry);

private:
    friend class HttpJob;

    QNetworkAccessManager *m_nam;
    AuthInjector m_auth;
    RetryPolicy m_policy;
    std::function<double()> m_unit;
    QString m_accountName;
    int m_defaultTimeoutMs = 30000;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QString m_configurationError;
};

} // namespace suanli
