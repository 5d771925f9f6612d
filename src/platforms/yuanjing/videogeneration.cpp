#include "videogeneration.h"

#include "yuanjingclient.h"
#include "yuanjingmapping.h"

#include "core/httpclient.h"
#include "core/logging.h"

#include <QTimer>

namespace suanli::yuanjing {

namespace {

// How far back a task may have been created to be taken for the one this request made.
constexpr qint64 kRecoverSlackMs = 2 * 60 * 1000;

} // namespace

VideoGeneration::VideoGeneration(Client *client, VideoRequest request, QObject *parent)
    : VideoGeneration(client, std::move(request), Options{}, parent)
{
}

VideoGeneration::VideoGeneration(Client *client, VideoRequest request, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_options(options)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &VideoGeneration::pollOnce);
    m_task.llmid = m_request.llmid;
    m_task.prompt = m_request.prompt;
    m_task.input = m_request.toJson();
    m_task.input.remove(QStringLiteral("image")); // large, and not ours to keep
}

VideoGeneration::~VideoGeneration()
{
    if (m_job)
        m_job->disconnect(this);
}

void VideoGeneration::start()
{
    const QString problem = Client::problemWith(m_request);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { finishWith(ApiError::unsupported(problem)); });
        return;
    }
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_task.createdAt = m_startedAt;
    m_job = m_client->startVideo(m_request);
    connect(m_job, &HttpJob::bodyReceived, this, &VideoGeneration::onBytes);
    connect(m_job, &HttpJob::finished, this, &VideoGeneration::onPostFinished);
}

void VideoGeneration::follow(const VideoTask &task)
{
    m_task = task;
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
    if (task.finished()) {
        QTimer::singleShot(0, this, [this] { finishWith(m_task); });
        return;
    }
    startPolling(tr("Following the task until it is done."));
}

void VideoGeneration::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_pollTimer->stop();
    if (m_job)
        m_job->cancel(); // finished() follows, with the outcome of the request
    else
        QTimer::singleShot(0, this, [this] { finishWith(ApiError::cancelled()); });
}

void VideoGeneration::onBytes(const QByteArray &bytes)
{
    if (m_finished)
        return;
    for (const VideoEvent &e : m_parser.feed(bytes)) {
        handle(e);
        if (m_finished)
            return;
    }
}

void VideoGeneration::handle(const VideoEvent &e)
{
    switch (e.kind) {
    case VideoEvent::Kind::Unreadable:
        qCDebug(lcHttp) << "video stream: unreadable line" << e.error;
        Q_EMIT event(e);
        return;
    case VideoEvent::Kind::EnvelopeError:
        // Before any stream: nothing was made, nothing is charged.
        m_envelopeError = e.error.isEmpty() ? tr("元境 refused the generation.") : e.error;
        return;
    case VideoEvent::Kind::Progress:
    case VideoEvent::Kind::Succeeded:
    case VideoEvent::Kind::Failed:
        break;
    }
    const bool wasKnown = !m_task.taskId.isEmpty();
    Mapping::apply(m_task, e);
    m_task.updatedAt = QDateTime::currentDateTimeUtc();
    if (!e.type.isEmpty())
        qCDebug(lcHttp) << "video stream: type" << e.type;
    Q_EMIT event(e);
    if (!wasKnown && !m_task.taskId.isEmpty())
        Q_EMIT taskKnown(m_task);
    if (e.kind == VideoEvent::Kind::Succeeded || e.kind == VideoEvent::Kind::Failed)
        finishWith(m_task);
}

void VideoGeneration::onPostFinished(const Result<HttpResponse> &result)
{
    m_job = nullptr;
    if (m_finished)
        return;
    if (!result) {
        const ApiError &error = result.error();
        if (m_cancelled) {
            finishWith(error);
            return;
        }
        if (!m_task.taskId.isEmpty()) {
            startPolling(tr("The stream broke (%1); asking for the task's status instead.").arg(error.message));
            return;
        }
        if (!error.ambiguous) {
            finishWith(error); // nothing went out
            return;
        }
        recover(error);
        return;
    }
    const HttpResponse &response = result.value();
    if (response.status < 200 || response.status >= 300) {
        const Result<Envelope> envelope = Mapping::envelope(result);
        finishWith(envelope ? ApiError::http(response.status, {}) : envelope.error());
        return;
    }
    for (const VideoEvent &e : m_parser.finish()) {
        handle(e);
        if (m_finished)
            return;
    }
    if (!m_envelopeError.isEmpty() && m_task.taskId.isEmpty()) {
        const bool needLogin = Mapping::saysNeedLogin(m_envelopeError);
        finishWith(needLogin ? ApiError::auth(Mapping::sessionExpiredMessage())
                             : ApiError::platform(QString(), m_envelopeError));
        return;
    }
    if (m_task.taskId.isEmpty()) {
        finishWith(ApiError::parse(tr("the answer named no task")));
        return;
    }
    startPolling(tr("The stream ended before the video was ready; asking for the task's status."));
}

void VideoGeneration::recover(const ApiError &error)
{
    // The request may have arrived: look for a task of ours among today's before saying it failed.
    m_client->tasks(this, [this, error](const Result<QList<VideoTask>> &r) {
        if (m_finished)
            return;
        if (r) {
            const VideoTask *best = nullptr;
            for (const VideoTask &t : r.value()) {
                if (t.prompt != m_request.prompt.trimmed() && t.prompt != m_request.prompt)
                    continue;
                if (!t.llmid.isEmpty() && t.llmid != m_request.llmid)
                    continue;
                if (t.createdAt.isValid() && t.createdAt < m_startedAt.addMSecs(-kRecoverSlackMs))
                    continue;
                if (!best || (t.createdAt.isValid() && t.createdAt > best->createdAt))
                    best = &t;
            }
            if (best) {
                const VideoTask found = *best;
                VideoEvent seen;
                seen.status = found.status;
                seen.taskId = found.taskId;
                seen.video = found.video;
                seen.error = found.error;
                seen.usage = found.usage;
                Mapping::apply(m_task, seen);
                Q_EMIT taskKnown(m_task);
                if (found.finished()) {
                    finishWith(m_task);
                    return;
                }
                startPolling(tr("The answer was lost (%1), but the task was found; asking for its status.").arg(error.message));
                return;
            }
        }
        finishWith(error);
    });
}

void VideoGeneration::startPolling(const QString &reason)
{
    if (m_finished)
        return;
    m_polling = true;
    m_pollFailures = 0;
    m_pollUntil = QDateTime::currentDateTimeUtc().addMSecs(m_options.pollForMs);
    Q_EMIT pollingStarted(reason);
    pollOnce();
}

void VideoGeneration::pollOnce()
{
    if (m_finished || m_pollInFlight)
        return;
    m_pollInFlight = true;
    m_client->taskStatus(m_task.taskId, this, [this](const Result<VideoEvent> &r) {
        m_pollInFlight = false;
        if (m_finished)
            return;
        if (r) {
            m_pollFailures = 0;
            handle(r.value());
            if (m_finished)
                return;
        } else if (r.error().kind == ApiError::Kind::Auth || ++m_pollFailures > m_options.maxPollFailures) {
            ApiError e = r.error();
            if (e.kind != ApiError::Kind::Auth)
                e.message = tr("%1 The task %2 may still finish: see today's tasks.").arg(e.message, m_task.taskId);
            finishWith(e);
            return;
        }
        if (QDateTime::currentDateTimeUtc() > m_pollUntil) {
            finishWith(ApiError::timeout());
            return;
        }
        m_pollTimer->start(m_options.pollMs);
    });
}

void VideoGeneration::finishWith(const Result<VideoTask> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_polling = false;
    m_pollTimer->stop();
    // Always from the event loop: a caller may be in the middle of its own slot.
    QMetaObject::invokeMethod(this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

} // namespace suanli::yuanjing
