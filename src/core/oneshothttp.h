#pragma once

#include "httprequest.h"
#include "result.h"

#include <QByteArray>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QNetworkCookieJar;
class QTcpSocket;
class QTimer;

namespace suanli {

// One HTTP/1.1 exchange on a connection of its own, for writes that cost money or destroy.
// QNetworkAccessManager re-sends a request by itself when a connection closes before the
// answer, even a POST and even on a new connection; this class never sends twice. It writes
// the request once, reads one answer (Content-Length, chunked, or until close), and reports
// a failure after the request went out as ambiguous. The body is also handed over piece by
// piece as it arrives (bodyReceived), for answers that stream.
class OneShotHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotHttp)

public:
    OneShotHttp(HttpRequest request, int timeoutMs, QObject *parent = nullptr);
    ~OneShotHttp() override;

    void setCookieJar(QNetworkCookieJar *jar) { m_jar = jar; }
    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }

    void start();
    void cancel();

Q_SIGNALS:
    // Body bytes of a successful (2xx) answer as they arrive, de-chunked, in order; finished()
    // still carries the whole body.
    void bodyReceived(const QByteArray &part);
    void finished(const suanli::Result<suanli::HttpResponse> &result);

private:
    enum class Stage { Connecting, Sending, StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, ChunkTrailer, Done };

    QByteArray serializeHead() const; // the request line and the headers
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void parse();
    bool parseHeaderLine(const QByteArray &line);
    // Moves `bytes` into the body and tells; false when the receiver ended the exchange.
    bool deliver(const QByteArray &bytes);
    void complete();
    void fail(const ApiError &error);
    void finishWith(const Result<HttpResponse> &result);
    void touch();

    HttpRequest m_request;
    int m_timeoutMs;
    QPointer<QNetworkCookieJar> m_jar;
    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();

    QTcpSocket *m_socket = nullptr;
    QTimer *m_idle = nullptr;
    Stage m_stage = Stage::Connecting;
    bool m_sent = false;     // at least one byte of the request left this process
    bool m_finished = false;
    bool m_cancelled = false;
    QByteArray m_buffer;
    HttpResponse m_response;
    qint64 m_contentLength = -1;
    qint64 m_chunkRemaining = 0;
    bool m_chunked = false;
};

} // namespace suanli
