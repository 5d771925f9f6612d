#pragma once

#include "videostreamparser.h"
#include "yuanjingtypes.h"

#include "core/httprequest.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace suanli {
class HttpJob;
}

namespace suanli::yuanjing {

class Client;

// One paid generation, from the POST to the final answer. The stream is read as it arrives
// and every line is told (event()); SUCCEEDED or FAILED ends it. When the stream breaks, or
// ends before a final line (async models end it right after the submit line), the task's
// status is asked every few seconds instead until it is final. The request is sent once; if it
// fails before naming its task, today's tasks are searched for it before giving up.
class VideoGeneration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoGeneration)

public:
    struct Options
    {
        int pollMs = 5000;          // between two status questions
        int maxPollFailures = 12;   // in a row, before giving up (the task may still finish)
        qint64 pollForMs = 60LL * 60 * 1000; // longest time to keep asking
    };

    VideoGeneration(Client *client, VideoRequest request, QObject *parent = nullptr);
    VideoGeneration(Client *client, VideoRequest request, Options options, QObject *parent = nullptr);
    ~VideoGeneration() override;

    const VideoRequest &request() const { return m_request; }
    // Sends the request (from the event loop).
    void start();
    // Stops waiting. The platform cannot stop a task: one already submitted goes on and is
    // charged if it succeeds, and shows in today's tasks.
    void cancel();
    // Takes up a task whose stream ended without its final line (after a restart, say).
    void follow(const VideoTask &task);

    VideoTask task() const { return m_task; }
    bool isPolling() const { return m_polling; }
    bool isFinished() const { return m_finished; }
    int linesRead() const { return m_parser.linesSeen(); }

Q_SIGNALS:
    // A line of the stream, or the answer of a status question.
    void event(const suanli::yuanjing::VideoEvent &event);
    // The task is known (its id came with the first line).
    void taskKnown(const suanli::yuanjing::VideoTask &task);
    // The stream is over without a final line: from now on the status is asked. `reason` is
    // translated.
    void pollingStarted(const QString &reason);
    // Once: the finished task (SUCCEEDED or FAILED), or why there is none.
    void finished(const suanli::Result<suanli::yuanjing::VideoTask> &result);

private:
    void onBytes(const QByteArray &bytes);
    void onPostFinished(const Result<HttpResponse> &result);
    void handle(const VideoEvent &event);
    void startPolling(const QString &reason);
    void pollOnce();
    void recover(const ApiError &error);
    void finishWith(const Result<VideoTask> &result);

    Client *m_client;
    VideoRequest m_request;
    Options m_options;
    VideoStreamParser m_parser;
    QPointer<HttpJob> m_job;
    QTimer *m_pollTimer;
    VideoTask m_task;
    QString m_envelopeError;
    QDateTime m_startedAt;
    QDateTime m_pollUntil;
    int m_pollFailures = 0;
    bool m_polling = false;
    bool m_pollInFlight = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace suanli::yuanjing
