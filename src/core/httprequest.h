#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace suanli {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What a platform client asks the HTTP layer to send.
struct HttpRequest
{
    enum class Safety {
        Safe,   // reads and status checks: retried with backoff on transient failures
        Unsafe  // costs money or destroys: never retried, sent on a fresh connection
    };

    QByteArray method = "POST";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    Safety safety = Safety::Safe;
    int timeoutMs = 0; // 0: the client's default transfer timeout
    // The answer streams (NDJSON, say): HttpJob::bodyReceived() hands the body over as it
    // arrives. A safe request is not retried once bytes of its body went out to the caller.
    bool streamed = false;
    // Sent on a connection of its own, the body handed to the socket in one piece: for large
    // bodies, which QNetworkAccessManager passes to its socket 16 KiB at a time, each piece a
    // round trip through the calling thread's event loop. Safe requests are still retried.
    bool ownConnection = false;
    // Short human name for logs ("instance list"); the path is logged as well.
    QString label;

    static HttpRequest postJson(const QUrl &url, const QByteArray &json, Safety safety = Safety::Safe);
    static HttpRequest get(const QUrl &url);
};

struct HttpResponse
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    int attempts = 1;

    QByteArray header(const QByteArray &name) const;
};

// One line of the HTTP request log (what the log viewer shows); secrets already redacted.
struct HttpLogEntry
{
    QString accountName;
    QByteArray method;
    QString url;       // redacted
    int status = 0;    // 0 when no answer came
    qint64 durationMs = 0;
    int attempt = 1;
    QString error;     // empty on success
    QDateTime time;    // when the answer (or the failure) came; set by the EventLog when empty
};

} // namespace suanli
