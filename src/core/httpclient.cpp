#include "httpclient.h"

#include "logging.h"
#include "oneshothttp.h"
#include "redactor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace suanli {

namespace {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ApiError errorFromReply(QNetworkReply *reply, bool cancelled, bool unsafe)
{
    const auto code = reply->error();
    const QString detail = Redactor::redact(reply->errorString());
    switch (code) {
    case QNetworkReply::OperationCanceledError:
        if (cancelled)
            return ApiError::cancelled();
        // Qt reports the transfer timeout as a cancellation.
        return ApiError::timeout(unsafe);
    case QNetworkReply::TimeoutError:
        return ApiError::timeout(unsafe);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        // Nothing was sent: never ambiguous.
        return ApiError::network(ApiError::tr("Cannot reach the server: %1").arg(detail), false);
    case QNetworkReply::SslHandshakeFailedError: {
        ApiError e = ApiError::network(ApiError::tr("The secure connection failed: %1").arg(detail), false);
        e.retryable = false;
        return e;
    }
    default:
        return ApiError::network(ApiError::tr("The connection failed: %1").arg(detail), unsafe);
    }
}

} // namespace

HttpJob::HttpJob(HttpClient *client, HttpRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_oneShot) {
        m_oneShot->cancel(); // finished() follows, marked ambiguous if the request went out
    } else if (m_reply) {
        m_reply->abort(); // finished() follows with OperationCanceledError
    } else {
        QTimer::singleShot(0, this, [this] { finish(ApiError::cancelled()); });
    }
}

void HttpJob::startAttempt()
{
    if (m_cancelled) {
        finish(ApiError::cancelled());
        return;
    }
    if (!m_client->m_configurationError.isEmpty()) {
        // Sending without the account's own trust settings would only fail less clearly.
        ApiError e = ApiError::network(m_client->m_configurationError, false);
        e.retryable = false;
        finish(e);
        return;
    }
    ++m_attempt;
    HttpRequest req = m_request;
    if (m_client->m_auth)
        m_client->m_auth(req);

    QNetworkRequest qreq(req.url);
    for (const auto &h : std::as_const(req.headers))
        qreq.setRawHeader(h.first, h.second);
    qreq.setTransferTimeout(req.timeoutMs > 0 ? req.timeoutMs : m_client->m_defaultTimeoutMs);
    qreq.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    qreq.setSslConfiguration(m_client->m_ssl);
    if (req.safety == HttpRequest::Safety::Unsafe || req.ownConnection) {
        startOneShot(req);
        return;
    }
    QNetworkAccessManager *nam = m_client->m_nam;

    m_attemptStartedMs = nowMs();
    qCDebug(lcHttp) << req.method << Redactor::redact(req.url.toString()) << "attempt" << m_attempt;
    if (req.method == "GET")
        m_reply = nam->get(qreq);
    else if (req.method == "DELETE" && req.body.isEmpty())
        m_reply = nam->deleteResource(qreq);
    else
        m_reply = nam->sendCustomRequest(qreq, req.method, req.body);
    m_streamedBody.clear();
    if (req.streamed)
        connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReplyReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
}

void HttpJob::onReplyReadyRead()
{
    if (!m_reply)
        return;
    // Only a successful answer streams; an error page is read whole at the end.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QByteArray part = m_reply->readAll();
    if (part.isEmpty())
        return;
    m_streamedBody += part;
    Q_EMIT bodyReceived(part);
}

void HttpJob::startOneShot(const HttpRequest &request)
{
    m_attemptStartedMs = nowMs();
    qCDebug(lcHttp) << request.method << Redactor::redact(request.url.toString()) << "(sent once)";
    auto *exchange = new OneShotHttp(request, request.timeoutMs > 0 ? request.timeoutMs : m_client->m_defaultTimeoutMs, this);
    exchange->setCookieJar(m_client->m_nam->cookieJar());
    exchange->setProxy(m_client->m_nam->proxy());
    exchange->setSslConfiguration(m_client->m_ssl);
    m_oneShot = exchange;
    connect(exchange, &OneShotHttp::bodyReceived, this, &HttpJob::bodyReceived);
    connect(exchange, &OneShotHttp::finished, this, &HttpJob::onOneShotFinished);
    exchange->start();
}

void HttpJob::onOneShotFinished(const Result<HttpResponse> &result)
{
    if (m_oneShot)
        m_oneShot->deleteLater();
    m_oneShot = nullptr; // a cancel while a retry waits must not go to the finished exchange
    HttpLogEntry log;
    log.accountName = m_client->m_accountName;
    log.method = m_request.method;
    log.url = Redactor::redact(m_request.url.toString());
    log.durationMs = nowMs() - m_attemptStartedMs;
    log.attempt = m_attempt;
    if (result)
        log.status = result.value().status;
    else
        log.error = result.error().message;
    Q_EMIT m_client->requestLogged(log);
    if (m_request.safety == HttpRequest::Safety::Unsafe) {
        // Never retried: the outcome of a write that may have arrived is for the caller to check.
        finish(result);
        return;
    }
    // A safe request that only wanted a connection of its own: retried as on the shared path.
    if (!result) {
        if (result.error().retryable && result.error().kind != ApiError::Kind::Cancelled && scheduleRetry(result.error(), {}))
            return;
        finish(result);
        return;
    }
    HttpResponse response = result.value();
    response.attempts = m_attempt;
    if (isRetryableStatus(response.status) && scheduleRetry(ApiError::http(response.status, {}), response.header("Retry-After")))
        return;
    finish(std::move(response));
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const bool unsafe = m_request.safety == HttpRequest::Safety::Unsafe;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const qint64 duration = nowMs() - m_attemptStartedMs;

    HttpLogEntry log;
    log.accountName = m_client->m_accountName;
    log.method = m_request.method;
    log.url = Redactor::redact(m_request.url.toString());
    log.durationMs = duration;
    log.attempt = m_attempt;

    if (statusAttr.isValid() && !(m_cancelled && reply->error() == QNetworkReply::OperationCanceledError)) {
        HttpResponse response;
        response.status = statusAttr.toInt();
        response.attempts = m_attempt;
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        const QByteArray rest = reply->readAll();
        if (m_request.streamed && !rest.isEmpty() && response.status >= 200 && response.status < 300) {
            m_streamedBody += rest;
            Q_EMIT bodyReceived(rest);
        }
        response.body = m_request.streamed && response.status >= 200 && response.status < 300 ? m_streamedBody : rest;
        const bool streamedAlready = !m_streamedBody.isEmpty();
        log.status = response.status;
        Q_EMIT m_client->requestLogged(log);

        // A body cut short by a dropped connection still carries the status line.
        if (reply->error() != QNetworkReply::NoError && response.status >= 200 && response.status < 300) {
            ApiError e = errorFromReply(reply, m_cancelled, unsafe);
            // What the caller already read cannot be taken back: no second attempt then.
            if (!unsafe && !streamedAlready && scheduleRetry(e, {}))
                return;
            finish(e);
            return;
        }
        if (!unsafe && isRetryableStatus(response.status)) {
            ApiError e = ApiError::http(response.status, {});
            if (scheduleRetry(e, response.header("Retry-After")))
                return;
        }
        finish(std::move(response));
        return;
    }

    ApiError error = errorFromReply(reply, m_cancelled, unsafe);
    log.error = error.message;
    Q_EMIT m_client->requestLogged(log);
    qCDebug(lcHttp) << "failed:" << error.message;
    if (!unsafe && error.retryable && scheduleRetry(error, {}))
        return;
    finish(error);
}

bool HttpJob::scheduleRetry(const ApiError &error, const QByteArray &retryAfter)
{
    Q_UNUSED(error);
    const RetryPolicy &policy = m_client->m_policy;
    if (m_cancelled || m_attempt >= policy.maxAttempts)
        return false;
    int delay = policy.backoffMs(m_attempt, m_client->m_unit);
    if (auto server = policy.retryAfterMs(retryAfter, QDateTime::currentDateTimeUtc()))
        delay = std::max(delay, *server);
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &HttpJob::startAttempt);
    }
    qCDebug(lcHttp) << "retrying in" << delay << "ms";
    m_retryTimer->start(delay);
    return true;
}

void HttpJob::finish(const Result<HttpResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    // Always from the event loop, even when cancel() or a failing start ends the job at once.
    QMetaObject::invokeMethod(this, [this, result] {
        Q_EMIT finished(result);
        deleteLater();
    }, Qt::QueuedConnection);
}

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_unit([] { return QRandomGenerator::global()->generateDouble(); })
{
}

HttpClient::~HttpClient() = default;

HttpJob *HttpClient::send(HttpRequest request)
{
    auto *job = new HttpJob(this, std::move(request));
    // Start from the event loop so that callers can connect first and completion is never
    // synchronous.
    QTimer::singleShot(0, job, &HttpJob::startAttempt);
    return job;
}

void HttpClient::cancelAll()
{
    const auto jobs = findChildren<HttpJob *>(Qt::FindDirectChildrenOnly);
    for (HttpJob *job : jobs)
        job->cancel();
}

} // namespace suanli
